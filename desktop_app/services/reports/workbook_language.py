"""The workbook in the report language: which sheets are translated, and how a read-only sheet is."""

from __future__ import annotations

from dataclasses import replace

from desktop_app.reports.workbook_document import TableSheet
from desktop_app.system.report_language import N_, _

# Sheets no import reads: their titles, headers and labels follow the report language. The sheets
# the import reads back (Measures, Clauses, Suspension windows, Joint ventures, Assessments) keep
# their English titles, headers and values in every language, so a workbook in any language
# imports back unchanged (the importer finds sheets and columns by their English names).
READ_ONLY = (N_("Partners"), N_("Mitigations"), N_("Exposures"), N_("Lineage"), N_("Events"), N_("Changes"),
             # The ownership results and the records behind them: the ownership import reads its CSV files.
             N_("Ownership"), N_("Parties"), N_("Owners"), N_("Listed parties"), N_("Ownership thresholds"),
             N_("Content shares"), N_("De minimis rules"))
# Their columns (the English header is the column's name), declared here for the catalog.
HEADERS = (
    N_("venture"), N_("position"), N_("name"), N_("country"), N_("share"), N_("measure_reference"), N_("action"),
    N_("owner"), N_("due_on"), N_("status"), N_("residual_level"), N_("item"), N_("direction"), N_("matched_on"),
    N_("how_it_reaches"), N_("dismissal_reason"), N_("from_reference"), N_("kind"), N_("to_reference"),
    N_("note"), N_("date"), N_("event"), N_("waiting"), N_("clause"), N_("uid"), N_("id"),
    N_("at_utc"), N_("actor"), N_("entity"), N_("entity_id"), N_("record"), N_("changes"), N_("since"),
    N_("until"), N_("because"),
    # The ownership sheets' columns.
    N_("partner"), N_("rule"), N_("rule_status"), N_("threshold"), N_("result"), N_("held_by_listed_parties"),
    N_("arithmetic"), N_("chain"), N_("as_of"), N_("aliases"), N_("notes"), N_("owned"), N_("owned_country"),
    N_("owner_country"), N_("list_name"), N_("listed_from"), N_("listed_until"), N_("lists"), N_("product"),
    N_("input"), N_("origin"), N_("items"), N_("technology"),
)


def localized(sheet: TableSheet) -> TableSheet:
    """A read-only sheet with its title and headers in the report language; its Excel table keeps
    its English name (formulas and macros that name the table work in every language)."""
    if sheet.title not in READ_ONLY and sheet.table_name != "Statuses":
        return sheet
    columns = tuple(replace(c, header=_(c.name)) for c in sheet.columns)
    return TableSheet(_(sheet.title), sheet.table_name, columns, sheet.rows, sheet.expected_rows)
