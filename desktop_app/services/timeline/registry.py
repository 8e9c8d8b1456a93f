"""The time records' names in one place: audit entities, import entities and workbook sheets.

(The entity declarations of `domain/entity.py` take these over when they arrive.)
"""

from __future__ import annotations

# Audit trail entity names.
CLAUSE = "measure_clause"
WINDOW = "suspension_window"
CONFIRMATION = "event_confirmation"
# Import/export entity -> (workbook sheet title, table name of the sheet).
SHEETS = {"clauses": ("Clauses", "Clauses"), "windows": ("Suspension windows", "SuspensionWindows")}
