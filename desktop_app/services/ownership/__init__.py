"""Ownership: parties and their owners, listings, thresholds, and who a rule captures on a date."""
