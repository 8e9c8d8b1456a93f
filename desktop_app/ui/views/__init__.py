"""The main window's views: the three record tables, the dashboard and the audit log."""
