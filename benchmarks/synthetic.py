"""A deterministic synthetic register bulk-loaded with SQLAlchemy Core (for the PDF benchmark).

python -m benchmarks.synthetic OUT.sqlite3 [--ventures 2000] [--assessments 100000]
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from desktop_app.domain.models import (
    Assessment,
    JointVenture,
    Measure,
    MeasureItem,
    MeasureStatusChange,
    MitigationAction,
    Partner,
    VentureItem,
)
from desktop_app.domain.risk import default_matrix
from desktop_app.domain.text import normalize_key
from desktop_app.services.context import open_register

NAMES = (
    "Northwind",
    "华锂新能源",
    "한중미래",
    "Société Électro",
    "Ünal Batarya",
    "Северный",
    "Aurora",
    "Kyushu",
    "Rhein",
    "Katanga",
    "江西",
    "Zoë & Cie",
    "<b>Bold</b> & Sons",
)
OWNERS = ("Anna Keller", "Li Wei", "Min-jun Park", "Haruka Sato", "James O'Neill", "王芳", "김지훈")
STATUSES = ("proposed", "consultation", "adopted", "in_force", "suspended", "repealed")
TYPES = ("export_ban", "export_licensing", "technology_export_restriction", "export_quota", "import_tariff")
CHANNELS = ("input_supply", "technology_licence", "export_sales", "investment_approval", "tariff_cost")
MATERIALS = (
    ("graphite", "HS:2504"),
    ("gallium", "HS:8112.92"),
    ("germanium dioxide", "HS:2825.60"),
    ("antimony", "HS:8110"),
    ("lithium carbonate", "HS:2836.91"),
    ("HBM stacks", "ECCN:3A090.c"),
)


def _day(rng: random.Random) -> date:
    return date(2020, 1, 1) + timedelta(days=rng.randrange(2500))


def build(
    path: Path, *, ventures: int = 2_000, assessments: int = 100_000, measures: int = 300, seed: int = 20261125
) -> str:
    """Create a fresh register at `path` (replacing it) and fill it; returns its URL."""
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        p.unlink(missing_ok=True)
    url = f"sqlite:///{path}"
    ctx = open_register(url, actor="bench")
    rng = random.Random(seed)
    now = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    matrix = default_matrix()
    stamp = {"created_at": now, "updated_at": now, "version": 1}
    with ctx.db.session(write=True) as s:
        mrows, items, history = [], [], []
        for m in range(1, measures + 1):
            ref = f"MOFCOM Announcement No. {m} of {2020 + m % 6}"
            status = rng.choice(STATUSES)
            announced = _day(rng)
            mrows.append(
                {
                    "id": m,
                    "reference": ref,
                    "reference_key": normalize_key(ref),
                    "title": f"Export control measure {m} on {MATERIALS[m % len(MATERIALS)][0]}",
                    "jurisdiction": "CN",
                    "authority": "MOFCOM",
                    "measure_type": rng.choice(TYPES),
                    "status": status,
                    "announced_on": announced,
                    "effective_on": announced + timedelta(days=30),
                    "summary": "Licences required for listed items. " * 3,
                    "source_url": f"https://www.mofcom.gov.cn/measure/{m}",
                    "original_title": "",
                    "notes": "",
                    **stamp,
                }
            )
            name, code = MATERIALS[m % len(MATERIALS)]
            items.append({"measure_id": m, "position": 0, "name": name, "codes": code})
            history.append({"measure_id": m, "status": status, "valid_from": announced, "note": ""})
        s.execute(insert(Measure), mrows)
        s.execute(insert(MeasureItem), items)
        s.execute(insert(MeasureStatusChange), history)
        vrows, partners, vitems = [], [], []
        for v in range(1, ventures + 1):
            name = f"{NAMES[v % len(NAMES)]} Venture {v:05d}"
            vrows.append(
                {
                    "id": v,
                    "name": name,
                    "name_key": normalize_key(name),
                    "country": "CN",
                    "location": "Ganzhou",
                    "activity": "cathode materials",
                    "sector": "batteries",
                    "stage": "operating",
                    "owner": OWNERS[v % len(OWNERS)],
                    "currency": "USD",
                    "value_at_stake": 1_000_000 * (v % 90 + 1),
                    "notes": "",
                    **stamp,
                }
            )
            partners += [
                {"venture_id": v, "position": 0, "name": "Home Co", "country": "US", "share": 60},
                {"venture_id": v, "position": 1, "name": "Partner Co", "country": "CN", "share": 40},
            ]
            for i, (mat, code) in enumerate(MATERIALS[:3]):
                vitems.append({"venture_id": v, "position": i, "name": mat, "direction": "input", "codes": code})
        s.execute(insert(JointVenture), vrows)
        s.execute(insert(Partner), partners)
        s.execute(insert(VentureItem), vitems)
        arows, actions = [], []
        per = max(1, assessments // max(1, ventures))
        aid = 0
        for v in range(1, ventures + 1):
            for k in range(per):
                if aid >= assessments:
                    break
                aid += 1
                il, ii = rng.randint(1, 5), rng.randint(1, 5)
                rl, ri = max(1, il - rng.randint(0, 2)), max(1, ii - rng.randint(0, 1))
                inh, res = matrix.level_for(il, ii), matrix.level_for(rl, ri)
                assessed = _day(rng)
                arows.append(
                    {
                        "id": aid,
                        "measure_id": 1 + (v * 7 + k) % measures,
                        "venture_id": v,
                        "channels": "; ".join(rng.sample(CHANNELS, 2)),
                        "inherent_likelihood": il,
                        "inherent_impact": ii,
                        "inherent_level": inh.key,
                        "inherent_rank": inh.rank,
                        "residual_likelihood": rl,
                        "residual_impact": ri,
                        "residual_level": res.key,
                        "residual_rank": res.rank,
                        "residual_score": rl * ri,
                        "treatment": "mitigate",
                        "rationale": "",
                        "owner": OWNERS[aid % len(OWNERS)],
                        "assessor": "bench",
                        "assessed_on": assessed,
                        "next_review_on": assessed + timedelta(days=res.review_days),
                        "status": "approved",
                        **stamp,
                    }
                )
                if aid % 5 == 0:
                    actions.append(
                        {
                            "assessment_id": aid,
                            "position": 0,
                            "text": "Qualify a second supplier",
                            "owner": OWNERS[aid % len(OWNERS)],
                            "due_on": assessed,
                            "status": "open",
                        }
                    )
            if len(arows) >= 20_000:
                s.execute(insert(Assessment), arows)
                arows = []
        if arows:
            s.execute(insert(Assessment), arows)
        s.execute(insert(MitigationAction), actions)
    ctx.db.dispose()
    return url


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--ventures", type=int, default=2_000)
    parser.add_argument("--assessments", type=int, default=100_000)
    args = parser.parse_args()
    start = time.perf_counter()
    url = build(args.out, ventures=args.ventures, assessments=args.assessments)
    print(f"{url}: {args.ventures:,} ventures, {args.assessments:,} assessments in {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
