"""The streamed CSV export writes byte for byte what the record-by-record path writes."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.domain.entity import Entity
from desktop_app.domain.enums import ActionStatus, ImpactChannel, Treatment
from desktop_app.persistence import export_rows
from desktop_app.services.context import ServiceContext
from desktop_app.services.intake import exporter
from desktop_app.services.intake.codecs import CODECS
from desktop_app.services.progress import Cancelled
from desktop_app.services.records import assessments, measures, ventures
from desktop_app.services.records.registry import SERVICES
from tests.conftest import measure_data, venture_data

EDGE_TEXT = ["plain", "=1+2", "-Jane Doe", "'=already", "a; b | c [d], e\\f", " padded ", "", "@SUM(A1)",
             "\tTab", "x,y", "[bracket]", "trailing \\"]


def _record_path(ctx: ServiceContext, entity: str, include_archived: bool) -> bytes:
    """The export as the record path writes it: read models, codec cells, `csv_cell`."""
    kind, codec = SERVICES[entity].kind, CODECS[entity]
    with ctx.db.session() as s:
        table = kind.table.__table__
        query = select(table).order_by(table.c.id)
        if not include_archived:
            query = query.where(table.c.archived_at.is_(None))
        reads = kind.read(s, list(s.execute(query)))
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    columns = codec.columns_for(reads)
    writer.writerow(columns)
    for read in reads:
        cells = codec.to_cells(read)
        writer.writerow([exporter.csv_cell(cells.get(c, "")) for c in columns])
    return out.getvalue().encode("utf-8-sig")


def _fill(ctx: ServiceContext, texts: list[str]) -> None:
    statuses, channels, treatments = list(ActionStatus), list(ImpactChannel), list(Treatment)
    for n, text in enumerate(texts):
        m = measures.create_measure(ctx, measure_data(reference=f"{text} #{n}", title=text or "t",
                                                      status="in force", status_history=[]))
        v = ventures.create_venture(ctx, venture_data(name=f"{text} JV {n}", owner=text))
        actions = [{"text": text or "act", "owner": text if n % 3 else "",
                    "due_on": "2027-01-01" if n % 2 else None, "status": statuses[n % len(statuses)]}
                   for _ in range(n % 3)]  # none, one or two actions
        a = assessments.create_assessment(ctx, {
            "measure_id": m.id, "venture_id": v.id, "inherent_likelihood": 1 + n % 5,
            "inherent_impact": 1 + (n * 3) % 5, "rationale": text, "owner": text,
            "treatment": treatments[n % len(treatments)],
            "channels": [channels[n % len(channels)], channels[(n + 2) % len(channels)]][: 1 + n % 2],
            "mitigation": actions})
        if n % 7 == 3:
            assessments.archive_assessment(ctx, a.id)


@pytest.mark.parametrize("include_archived", [False, True])
def test_assessment_export_matches_the_record_path(ctx: ServiceContext, tmp_path: Path,
                                                   hostile_strings: list[str], include_archived: bool) -> None:
    _fill(ctx, hostile_strings + EDGE_TEXT)
    target = tmp_path / "a.csv"
    count = exporter.export_csv(ctx, Entity.ASSESSMENT, target, include_archived=include_archived)
    expected = _record_path(ctx, Entity.ASSESSMENT, include_archived)
    assert target.read_bytes() == expected
    assert count == len(list(csv.reader(io.StringIO(expected.decode("utf-8-sig"), newline="")))) - 1 > 0


def test_assessment_pages_hold_whole_assessments_in_id_order(ctx: ServiceContext) -> None:
    _fill(ctx, EDGE_TEXT * 3)
    with ctx.db.session() as s:
        pages = list(export_rows.assessment_pages(s, include_archived=True, page=4))
        total = export_rows.count_assessments(s, include_archived=True)
    per_page = [sorted({row[0] for row in p}) for p in pages]
    ids = [i for p in per_page for i in p]
    assert ids == sorted(ids) and len(ids) == len(set(ids)) == total == len(EDGE_TEXT) * 3
    assert max(len(p) for p in per_page) == 4
    reads = {a.id: a for a in assessments.list_assessments(ctx, include_archived=True)}
    for page in pages:
        for aid in {row[0] for row in page}:
            texts = [row[17] for row in page if row[0] == aid and row[17] is not None]
            assert texts == [m.text for m in reads[aid].mitigation]
    assert any(len(r.mitigation) == 2 for r in reads.values())


def test_cancelled_export_leaves_no_file(ctx: ServiceContext, tmp_path: Path) -> None:
    _fill(ctx, EDGE_TEXT)

    class Cancelling:
        def report(self, fraction: float, text: str) -> None:
            pass

        def cancelled(self) -> bool:
            return True

    out = tmp_path / "out"
    with pytest.raises(Cancelled):
        exporter.export_csv(ctx, Entity.ASSESSMENT, out / "a.csv", progress=Cancelling())
    assert list(out.iterdir()) == []
