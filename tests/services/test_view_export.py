"""Export of a view: the records a table lists in its order (the CLI's export service), and a
list view's shown rows; formula-looking text is never a live formula, bad targets are refused."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from desktop_app.domain.entity import Entity
from desktop_app.domain.errors import OutputRefused
from desktop_app.services.context import ServiceContext
from desktop_app.services.intake.exporter import export_csv, export_rows_csv
from desktop_app.services.records import browse
from desktop_app.services.records.browse import BrowseQuery
from desktop_app.services.records.measures import archive_measure, create_measure
from tests.conftest import measure_data


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def test_ids_write_those_records_in_that_order_archived_or_not(ctx: ServiceContext, tmp_path: Path) -> None:
    ids = [create_measure(ctx, measure_data(reference=f"REF {n}")).id for n in range(4)]
    archive_measure(ctx, ids[1])
    chosen = [ids[3], ids[1], ids[0], 999_999]  # a record gone since the view read it is left out
    assert export_csv(ctx, Entity.MEASURE, tmp_path / "view.csv", ids=chosen) == 3
    assert [r[0] for r in _rows(tmp_path / "view.csv")[1:]] == ["REF 3", "REF 1", "REF 0"]
    # Without ids: every live record, as `export-risk export` writes them.
    assert export_csv(ctx, Entity.MEASURE, tmp_path / "all.csv") == 3


def test_a_view_query_exports_the_same_rows_as_the_table(ctx: ServiceContext, tmp_path: Path) -> None:
    for ref, authority in (("B one", "MOFCOM"), ("A two", "MOFCOM"), ("C three", "BIS")):
        create_measure(ctx, measure_data(reference=ref, authority=authority))
    query = BrowseQuery(search="MOFCOM", sort="reference", descending=True)
    export_csv(ctx, Entity.MEASURE, tmp_path / "v.csv", ids=browse.ordered_ids(ctx, Entity.MEASURE, query))
    assert [r[0] for r in _rows(tmp_path / "v.csv")[1:]] == ["B one", "A two"]


def test_shown_rows_are_guarded_and_survive_hostile_text(ctx: ServiceContext, tmp_path: Path,
                                                         hostile_strings: list[str]) -> None:
    rows = [[text, "=1+1", "@SUM(A1)"] for text in hostile_strings]
    target = tmp_path / "shown.csv"
    assert export_rows_csv(ctx, target, ["=Header", "b", "c"], rows) == len(rows)
    read = _rows(target)
    assert read[0][0] == "'=Header" and read[1][1:] == ["'=1+1", "'@SUM(A1)"]
    for text, row in zip(hostile_strings, read[1:], strict=True):
        assert row[0] == text or row[0] == "'" + text  # verbatim, or guarded when it looks like a formula


def test_the_register_and_a_folder_are_refused(ctx: ServiceContext, tmp_path: Path) -> None:
    before = ctx.db.path.read_bytes()[:100]
    with pytest.raises(OutputRefused, match="would destroy it"):
        export_rows_csv(ctx, ctx.db.path, ["a"], [["b"]])
    assert ctx.db.path.read_bytes()[:100] == before
    with pytest.raises(OutputRefused, match="is a folder"):
        export_csv(ctx, Entity.MEASURE, tmp_path, ids=[])
