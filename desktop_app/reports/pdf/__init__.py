"""The PDF briefing renderer (ReportLab)."""
