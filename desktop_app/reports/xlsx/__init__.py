"""The Excel workbook renderer (openpyxl, write-only mode)."""
