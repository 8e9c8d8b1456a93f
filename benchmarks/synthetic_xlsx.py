"""A large synthetic register for the workbook benchmark, bulk-loaded with SQLAlchemy Core."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

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
from desktop_app.domain.risk import default_matrix
from desktop_app.services.context import ServiceContext, open_register

NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
CHUNK = 5_000
NAMES = ("Northwind", "华锂", "한중미래", "Société Électro", "Ünal Batarya", "Aurora", "=Kyushu", "+Rhein")
MATERIALS = (("gallium", "HS:8112.92"), ("spherical graphite", "HS:2504.10"), ("HBM stacks", "ECCN:3A090.c"),
             ("germanium dioxide", "HS:2825.60"), ("antimony", "HS:8110"), ("etch tools", "ECCN:3B001"))
OWNERS = ("Anna Keller", "Li Wei", "Min-jun Park", "王芳", "김지훈", "-James O'Neill")


def _insert(ctx: ServiceContext, model: type, rows: list[dict[str, object]]) -> None:
    with ctx.db.session(write=True) as s:
        for start in range(0, len(rows), CHUNK):
            s.execute(insert(model), rows[start : start + CHUNK])


def build(path: Path, assessments: int = 100_000, ventures: int = 100, seed: int = 7) -> ServiceContext:
    """Measures x ventures pairs up to `assessments`, each with one mitigation action (no audit trail)."""
    rng = random.Random(seed)
    ctx = open_register(f"sqlite:///{path}", actor="bench")
    ctx.now = lambda: NOW
    n_measures = -(-assessments // ventures)
    stamp = {"created_at": NOW, "updated_at": NOW, "version": 1}
    measures = []
    for n in range(n_measures):
        day = date(2019, 1, 1) + timedelta(days=rng.randrange(2_500))
        measures.append({
            "reference": f"SYN/MOFCOM No. {n + 1} of {day.year}", "reference_key": f"syn/mofcom no. {n + 1}",
            "title": f"{rng.choice(NAMES)} synthetic export control {n + 1}", "original_title": "",
            "jurisdiction": rng.choice(("CN", "US", "JP", "EU")), "authority": "MOFCOM",
            "measure_type": rng.choice(("export_ban", "export_licensing", "import_tariff")),
            "status": "in_force", "announced_on": day, "effective_on": day + timedelta(days=30),
            "summary": "Synthetic measure for the workbook benchmark. " * rng.randint(1, 6),
            "source_url": f"https://example.com/notice/{n}", "notes": "", **stamp,
        })
    _insert(ctx, Measure, measures)
    _insert(ctx, MeasureItem, [{"measure_id": m + 1, "position": 0, "name": MATERIALS[m % 6][0],
                                "codes": MATERIALS[m % 6][1]} for m in range(n_measures)])
    _insert(ctx, MeasureJurisdiction, [{"measure_id": m + 1, "jurisdiction": "US", "excluded": False}
                                       for m in range(n_measures)])
    _insert(ctx, MeasureStatusChange, [{"measure_id": m + 1, "status": "in_force", "note": "",
                                        "valid_from": measures[m]["effective_on"]} for m in range(n_measures)])
    _insert(ctx, JointVenture, [{
        "name": f"{NAMES[v % len(NAMES)]} JV {v + 1}", "name_key": f"jv {v + 1}", "country": "CN",
        "location": "Ganzhou", "activity": "battery materials", "sector": "materials", "stage": "operating",
        "value_at_stake": rng.randrange(10**6, 10**9), "currency": "USD", "owner": rng.choice(OWNERS),
        "notes": "", **stamp} for v in range(ventures)])
    _insert(ctx, Partner, [{"venture_id": v + 1, "position": p, "name": f"Partner {p} of {v + 1}",
                            "country": ("DE", "CN")[p], "share": 50} for v in range(ventures) for p in (0, 1)])
    _insert(ctx, VentureItem, [{"venture_id": v + 1, "position": 0, "name": MATERIALS[v % 6][0],
                                "direction": "input", "codes": MATERIALS[v % 6][1]} for v in range(ventures)])
    matrix = default_matrix()
    rows, actions = [], []
    for n in range(assessments):
        il, ii = rng.randint(1, 5), rng.randint(1, 5)
        rl, ri = max(1, il - rng.randint(0, 2)), max(1, ii - rng.randint(0, 1))
        inherent, residual = matrix.level_for(il, ii), matrix.level_for(rl, ri)
        assessed = date(2025, 1, 1) + timedelta(days=rng.randrange(600))
        rows.append({
            "measure_id": n // ventures + 1, "venture_id": n % ventures + 1,
            "channels": "input_supply; export_sales", "inherent_likelihood": il, "inherent_impact": ii,
            "inherent_level": inherent.key, "inherent_rank": inherent.rank, "residual_likelihood": rl,
            "residual_impact": ri, "residual_level": residual.key, "residual_rank": residual.rank,
            "residual_score": rl * ri, "treatment": "mitigate", "owner": rng.choice(OWNERS),
            "rationale": "Supply of the controlled input is licensed case by case. " * rng.randint(1, 4),
            "assessor": "bench", "assessed_on": assessed,
            "next_review_on": assessed + timedelta(days=residual.review_days), "status": "approved", **stamp,
        })
        actions.append({"assessment_id": n + 1, "position": 0, "text": "qualify a second source",
                        "owner": rng.choice(OWNERS), "due_on": assessed + timedelta(days=90), "status": "open"})
    _insert(ctx, Assessment, rows)
    del rows
    _insert(ctx, MitigationAction, actions)
    return ctx
