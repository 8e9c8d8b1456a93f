"""Dialogs: record conflicts, import with preview, report creation."""
