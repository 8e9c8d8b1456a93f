"""Report assembly: the PDF briefing and the Excel workbook documents, read in one transaction."""
