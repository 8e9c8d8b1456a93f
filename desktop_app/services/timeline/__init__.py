"""The register as of any date, clauses, suspension windows and events: one layer every view uses."""
