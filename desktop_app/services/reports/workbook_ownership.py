"""The workbook's ownership sheets: every venture's result per rule, and the records behind it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date

from sqlmodel import Session

from desktop_app.domain.ownership.aggregate import pct
from desktop_app.reports.workbook_document import Column, ColumnKind, TableSheet
from desktop_app.services.ownership.results import HeldResult, VentureResult
from desktop_app.services.ownership.transfer import FILES, rows_in
from desktop_app.services.reports.phrasing import worded
from desktop_app.system.report_language import N_, _, label

K = ColumnKind
WHOLE = N_("(the venture as a whole)")
OWNERSHIP_COLUMNS = (
    Column("venture", K.TEXT, 30), Column("partner", K.TEXT, 30), Column("rule", K.TEXT, 30),
    Column("rule_status", K.TEXT, 14), Column("threshold", K.TEXT, 10), Column("result", K.TEXT, 13),
    Column("held_by_listed_parties", K.TEXT, 14), Column("arithmetic", K.LONG_TEXT, 70),
    Column("chain", K.LONG_TEXT, 50), Column("as_of", K.DATE),
)
# The ownership files' columns, one sheet each, in the files' layout (documented once, in docs/ownership.md).
SHEETS = {"parties.csv": "Parties", "owners.csv": "Owners", "listed_parties.csv": "Listed parties",
          "thresholds.csv": "Ownership thresholds", "content_shares.csv": "Content shares",
          "de_minimis.csv": "De minimis rules"}
_WIDE = {"aliases", "notes", "note", "items", "lists"}
_DATES = {"listed_from", "listed_until"}


def _row(r: VentureResult, h: HeldResult, day: date) -> tuple[object, ...]:
    return (r.venture, h.partner or _(WHOLE), r.rule.measure_reference, label(r.status_label),
            pct(r.rule.threshold), label(h.verdict.value), worded(h.held), "\n".join(worded(x) for x in h.arithmetic),
            "\n".join(worded(c) for c in h.chains), day)


def ownership_sheet(results: Sequence[VentureResult], day: date) -> TableSheet:
    """One row per venture and rule for the venture as a whole, then one per partner."""

    def rows() -> Iterator[tuple[object, ...]]:
        for r in results:
            yield _row(r, r.whole, day)
            for h in r.partners:
                yield _row(r, h, day)

    expected = sum(1 + len(r.partners) for r in results)
    return TableSheet.titled("Ownership", OWNERSHIP_COLUMNS, rows(), expected)


def _column(name: str) -> Column:
    if name in _DATES:
        return Column(name, K.DATE)
    return Column(name, K.LONG_TEXT if name in _WIDE else K.TEXT, 40 if name in _WIDE else 24)


def record_sheets(s: Session) -> list[TableSheet]:
    """Parties, owners, listed parties, thresholds, content shares and de minimis rules: the
    ownership files' rows, so the workbook holds what the ownership results are computed from."""
    found = rows_in(s)
    return [TableSheet.titled(title, tuple(_column(c) for c in FILES[file]),
                              [tuple(v if v != "" or c not in _DATES else None for c, v in zip(FILES[file], row,
                                                                                          strict=True))
                               for row in found[file]], len(found[file]))
            for file, title in SHEETS.items()]
