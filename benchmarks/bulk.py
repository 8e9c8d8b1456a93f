"""Bulk path of the synthetic generator: the same rows as the import CSVs, written with Core executemany.

The rows are mapped straight to table values (no per-row validation or audit); levels and
review dates come from the register's stored risk matrix, and one audit entry records the load.
An equivalence test checks that a small register built this way exports exactly like one
built through the audited import.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from datetime import date
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import func, insert, select

from desktop_app.domain.enums import (
    ActionStatus,
    AssessmentStatus,
    AuditAction,
    ImpactChannel,
    MeasureStatus,
    MeasureType,
    Treatment,
    VentureStage,
    Vocabulary,
)
from desktop_app.domain.models import (
    Assessment,
    JointVenture,
    Measure,
    MeasureItem,
    MeasureJurisdiction,
    MeasureStatusChange,
    MitigationAction,
    Partner,
    VentureItem,
)
from desktop_app.domain.risk import RiskMatrix
from desktop_app.domain.text import normalize_key
from desktop_app.persistence.matrix_repo import load_matrix
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext, open_register

CHUNK = 5_000
Row = dict[str, Any]


@cache
def _key(vocabulary: type[Vocabulary], label: str) -> str:
    return vocabulary.parse(label).value


def _list(text: object) -> list[str]:
    # The generator writes no escapes, so a plain split is the import's split.
    return [part.strip() for part in str(text).split(";") if part.strip()]


def _tagged(text: object) -> Iterator[tuple[str, list[str]]]:
    """`name [tag, tag]; name [tag]` as the generator writes it (no escapes, no nesting)."""
    for part in _list(text):
        name, _, rest = part.partition(" [")
        yield name.strip(), [t.strip() for t in rest.rstrip("]").split(",") if t.strip()]


def _day(text: object) -> date | None:
    return date.fromisoformat(str(text)) if text else None


class _Loader:
    """Maps generator rows to table rows and inserts them a chunk at a time."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.now = ctx.now()
        self.stamp = {"created_at": self.now, "updated_at": self.now, "version": 1}
        self.counts: dict[str, int] = {}

    def insert(self, conn: Any, model: type, rows: Iterable[Row]) -> None:
        table = model.__table__  # type: ignore[attr-defined]
        batch: list[Row] = []
        for row in rows:
            batch.append(row)
            if len(batch) == CHUNK:
                conn.execute(insert(table), batch)
                batch = []
        if batch:
            conn.execute(insert(table), batch)

    def measures(self, conn: Any, rows: list[Row]) -> dict[str, int]:
        self.insert(conn, Measure, ({
            "id": n, "reference": r["reference"], "reference_key": normalize_key(str(r["reference"])),
            "title": r["title"], "original_title": "", "jurisdiction": r["jurisdiction"],
            "authority": r["authority"], "measure_type": _key(MeasureType, r["measure_type"]),
            "status": _key(MeasureStatus, r["status"]), "announced_on": _day(r["announced_on"]),
            "effective_on": _day(r["effective_on"]), "summary": r["summary"], "source_url": r["source_url"],
            "notes": "", **self.stamp} for n, r in enumerate(rows, 1)))
        self.insert(conn, MeasureItem, (
            {"measure_id": n, "position": i, "name": name, "codes": code}
            for n, r in enumerate(rows, 1)
            for i, (name, code) in enumerate(zip(_list(r["items"]), str(r["codes"]).split(" | "), strict=True))))
        self.insert(conn, MeasureJurisdiction, (
            {"measure_id": n, "jurisdiction": j, "excluded": False}
            for n, r in enumerate(rows, 1) for j in _list(r["targets"])))
        self.insert(conn, MeasureStatusChange, (
            {"measure_id": n, "status": _key(MeasureStatus, status), "valid_from": _day(day), "note": ""}
            for n, r in enumerate(rows, 1)
            for day, _, status in (h.partition(" ") for h in _list(r["status_history"]))))
        self.counts["measures"] = len(rows)
        return {normalize_key(str(r["reference"])): n for n, r in enumerate(rows, 1)}

    def ventures(self, conn: Any, rows: list[Row]) -> dict[str, int]:
        self.insert(conn, JointVenture, ({
            "id": n, "name": r["name"], "name_key": normalize_key(str(r["name"])), "country": r["country"],
            "location": r["location"], "activity": r["activity"], "sector": r["sector"],
            "stage": _key(VentureStage, r["stage"]), "value_at_stake": Decimal(str(r["value_at_stake"])),
            "currency": r["currency"], "owner": r["owner"], "notes": "", **self.stamp}
            for n, r in enumerate(rows, 1)))
        self.insert(conn, Partner, (
            {"venture_id": n, "position": p - 1, "name": r[f"partner_{p}_name"],
             "country": r[f"partner_{p}_country"], "share": Decimal(str(r[f"partner_{p}_share"]))}
            for n, r in enumerate(rows, 1) for p in (1, 2)))
        self.insert(conn, VentureItem, (
            {"venture_id": n, "position": i, "name": name, "direction": "input",
             "codes": "; ".join(t for t in tags if not t.startswith("from:")),
             "countries": "; ".join(t.removeprefix("from:").strip() for t in tags if t.startswith("from:"))}
            for n, r in enumerate(rows, 1) for i, (name, tags) in enumerate(_tagged(r["inputs"]))))
        self.counts["ventures"] = len(rows)
        return {normalize_key(str(r["name"])): n for n, r in enumerate(rows, 1)}

    def assessments(self, conn: Any, matrix: RiskMatrix, rows: Iterable[Row], measures: dict[str, int],
                    ventures: dict[str, int]) -> None:
        actions: list[Row] = []
        count = 0

        def values() -> Iterator[Row]:
            nonlocal count
            for count, r in enumerate(rows, 1):
                il, ii = int(r["likelihood"]), int(r["impact"])
                rl, ri = int(r["residual_likelihood"]), int(r["residual_impact"])
                inherent, residual = matrix.level_for(il, ii), matrix.level_for(rl, ri)
                assessed = date.fromisoformat(str(r["assessed_on"]))
                for i, (text, tags) in enumerate(_tagged(r["mitigation"])):
                    tag = dict(t.split(": ", 1) for t in tags)
                    actions.append({"assessment_id": count, "position": i, "text": text,
                                    "owner": tag.get("owner", ""), "due_on": _day(tag.get("due")),
                                    "status": _key(ActionStatus, tag.get("status", "open"))})
                yield {
                    "id": count, "measure_id": measures[normalize_key(str(r["measure_reference"]))],
                    "venture_id": ventures[normalize_key(str(r["venture"]))],
                    "channels": "; ".join(_key(ImpactChannel, c) for c in _list(r["channels"])),
                    "inherent_likelihood": il, "inherent_impact": ii, "inherent_level": inherent.key,
                    "inherent_rank": inherent.rank, "residual_likelihood": rl, "residual_impact": ri,
                    "residual_level": residual.key, "residual_rank": residual.rank, "residual_score": rl * ri,
                    "treatment": _key(Treatment, r["treatment"]), "rationale": r["rationale"],
                    "owner": r["owner"], "assessor": self.ctx.actor, "assessed_on": assessed,
                    "next_review_on": matrix.next_review(residual, assessed),
                    "status": _key(AssessmentStatus, r["status"]), **self.stamp,
                }

        self.insert(conn, Assessment, values())
        self.insert(conn, MitigationAction, actions)
        self.counts["assessments"] = count


def bulk_load(url: str, measures: list[Row], ventures: list[Row], assessments: Iterable[Row],
              actor: str = "benchmark") -> float:
    """Insert the generator's rows into the (new, empty) register at `url`; returns seconds."""
    ctx = open_register(url, actor=actor)
    started = time.perf_counter()
    loader = _Loader(ctx)
    try:
        with ctx.db.session(write=True) as s:
            conn = s.connection()
            if conn.execute(select(func.count()).select_from(Measure.__table__)).scalar_one():
                raise SystemExit(f"{url} already holds measures; the bulk path needs an empty register")
            measure_ids = loader.measures(conn, measures)
            venture_ids = loader.ventures(conn, ventures)
            loader.assessments(conn, load_matrix(s), assessments, measure_ids, venture_ids)
            audit.record(s, ctx, AuditAction.IMPORT, "import", None, "synthetic register (bulk)",
                         {name: [None, n] for name, n in loader.counts.items()})
        if ctx.db.is_sqlite:
            with ctx.db.engine.connect() as conn:
                conn.exec_driver_sql("ANALYZE")
                conn.commit()
    finally:
        ctx.db.dispose()
    return time.perf_counter() - started
