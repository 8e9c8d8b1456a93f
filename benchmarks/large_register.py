"""Build a register with N synthetic assessments (plus measures and ventures) for benchmarks."""

from __future__ import annotations

import math
import random
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from desktop_app.domain.risk import default_matrix
from desktop_app.services.context import open_register

STATUSES = ("draft", "in_review", "approved", "closed")
TREATMENTS = ("mitigate", "accept", "avoid", "transfer", "monitor")
OWNERS = ("Anna Keller", "Li Wei", "Min-jun Park", "Haruka Sato", "James O'Neill", "王芳", "김지훈")
JURISDICTIONS = ("CN", "US", "EU", "JP", "KR", "DE", "NL", "CD", "ID", "AU")


def build_large_register(path: Path, assessments: int = 100_000, seed: int = 7) -> str:
    """Create (or replace) a register at `path` holding `assessments` live assessments; return its URL."""
    if path.exists():
        path.unlink()
    url = f"sqlite:///{path}"
    open_register(url, actor="bench").db.dispose()  # creates and migrates the schema
    rng = random.Random(seed)
    n_measures = max(1, math.isqrt(assessments) * 2)
    n_ventures = math.ceil(assessments / n_measures)
    now = datetime(2026, 11, 25, tzinfo=UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    matrix = default_matrix()
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany(
            "INSERT INTO measure (id, reference, reference_key, title, original_title, jurisdiction, authority,"
            " measure_type, status, announced_on, effective_on, summary, source_url, notes, created_at,"
            " updated_at, version) VALUES (?, ?, ?, ?, '', ?, 'Authority', ?, ?, ?, ?, '', '', '', ?, ?, 1)",
            [(i, f"Measure {i:05d}", f"measure {i:05d}", f"Synthetic measure number {i}",
              rng.choice(JURISDICTIONS), rng.choice(("export_ban", "export_licensing", "import_tariff")),
              rng.choice(("proposed", "adopted", "in_force")), "2024-01-01", "2024-06-01", now, now)
             for i in range(1, n_measures + 1)])
        conn.executemany(
            "INSERT INTO joint_venture (id, name, name_key, country, location, activity, sector, stage,"
            " currency, owner, notes, created_at, updated_at, version)"
            " VALUES (?, ?, ?, ?, '', '', '', 'operating', '', ?, '', ?, ?, 1)",
            [(i, f"Venture {i:05d}", f"venture {i:05d}", rng.choice(JURISDICTIONS), rng.choice(OWNERS), now, now)
             for i in range(1, n_ventures + 1)])
        rows = []
        start = date(2025, 1, 1)
        for k in range(assessments):
            mid, vid = k % n_measures + 1, k // n_measures + 1
            il, ii = rng.randint(1, 5), rng.randint(1, 5)
            rl, ri = rng.randint(1, il), rng.randint(1, ii)
            inh, res = matrix.level_for(il, ii), matrix.level_for(rl, ri)
            assessed = start + timedelta(days=rng.randint(0, 600))
            rows.append((k + 1, mid, vid, "export_sales", il, ii, inh.key, inh.rank, rl, ri, res.key, res.rank,
                         rl * ri, rng.choice(TREATMENTS), f"Synthetic rationale {k}", rng.choice(OWNERS),
                         "bench", assessed.isoformat(), (assessed + timedelta(res.review_days)).isoformat(),
                         rng.choice(STATUSES), now, now))
        conn.executemany(
            "INSERT INTO assessment (id, measure_id, venture_id, channels, inherent_likelihood, inherent_impact,"
            " inherent_level, inherent_rank, residual_likelihood, residual_impact, residual_level,"
            " residual_rank, residual_score, treatment, rationale, owner, assessor, assessed_on,"
            " next_review_on, status, created_at, updated_at, version)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)", rows)
    conn.execute("ANALYZE")
    conn.close()
    return url
