"""Deterministic synthetic register of any size, as import CSV files or bulk-loaded into a database.

    python -m benchmarks.generate OUT_DIR [--measures 10000] [--ventures 2000] [--inputs 10]
                                          [--assessments 100000] [--via csv|import|bulk] [--db URL]

`csv` writes measures.csv, ventures.csv and assessments.csv in the import format; `import` also
loads them through the audited import service; `bulk` inserts the same rows straight into every
table with SQLAlchemy Core executemany (levels from the stored matrix, one audit entry for the load).
The benchmarks share this generator.
"""

from __future__ import annotations

import argparse
import csv
import random
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from desktop_app.domain.entity import RECORDS, Entity

JURISDICTIONS = ("CN", "US", "JP", "KR", "DE", "NL", "EU", "CD", "ID", "AU", "CL", "NA")
TYPES = ("export ban", "export licensing requirement", "technology export restriction", "export quota",
         "export tax", "import tariff", "end-user control / entity listing", "investment screening")
STATUSES = ("proposed", "consultation", "adopted", "in force", "suspended", "repealed")
# A realistic spread: 1,200 materials (real and made-up substances in ten forms), each with its
# own 6-digit HS code, so measures hit a few percent of the ventures rather than nearly all.
_SUBSTANCES = ("graphite", "gallium", "germanium", "antimony", "lithium", "cobalt", "nickel", "manganese",
               "tungsten", "indium", "tantalum", "niobium", "vanadium", "magnesium", "silicon", "boron",
               "neodymium", "dysprosium", "terbium", "yttrium", "scandium", "tin", "bismuth", "molybdenum",
               "chromium", "titanium", "zirconium", "hafnium", "platinum", "palladium")
_FORMS = ("ore", "concentrate", "oxide", "carbonate", "hydroxide", "metal", "powder", "wafers", "precursor",
          "scrap")


def _materials(count: int = 120) -> tuple[tuple[str, str], ...]:
    made = random.Random(1)
    substances = list(_SUBSTANCES)
    while len(substances) < count:  # made-up substances, pronounceable and distinct
        word = "".join(made.choice("bcdfgklmnprstvz") + made.choice("aeiou") for _ in range(3)) + "ium"
        if word not in substances:
            substances.append(word)
    return tuple((f"{substance} {form}", f"HS:{2801 + n:04d}.{10 + 5 * k:02d}")
                 for n, substance in enumerate(substances) for k, form in enumerate(_FORMS))


MATERIALS = _materials()
# Several scripts, and a few names that look like spreadsheet formulas (they must stay text).
NAMES = ("Northwind", "华锂", "한중미래", "Société Électro", "Ünal Batarya", "Северный", "Aurora", "Kyushu",
         "Rhein", "Katanga", "江西", "포항", "Zoë & Cie", "عربي للمعادن", "+Rhein", "=Kyushu")
OWNERS = ("Anna Keller", "Li Wei", "Min-jun Park", "Haruka Sato", "James O'Neill", "王芳", "김지훈",
          "-Jane Doe")
SUPPLIERS = ("CN", "CN", "CN", "AU", "CL", "CD", "ID", "JP", "KR", "US")
CHANNELS = ("input supply", "technology licence", "export sales", "investment approval", "tariff cost")
SEED = 20261125
Row = dict[str, object]


@dataclass(frozen=True)
class Size:
    measures: int = 10_000
    ventures: int = 2_000
    inputs: int = 10
    assessments: int = 100_000


def _day(rng: random.Random, start: date = date(2019, 1, 1), span: int = 2_500) -> date:
    return start + timedelta(days=rng.randrange(span))


def measure_rows(size: Size, rng: random.Random) -> Iterator[Row]:
    for n in range(size.measures):
        items = rng.sample(MATERIALS, rng.randint(1, 4))
        announced = _day(rng)
        status = rng.choice(STATUSES)
        targets = rng.sample(JURISDICTIONS, rng.randint(0, 2))
        yield {
            "reference": f"SYN/{rng.choice(('MOFCOM', 'BIS', 'METI', 'USTR'))} No. {n + 1} of {announced.year}",
            "title": f"{rng.choice(NAMES)} synthetic control {n + 1} on {items[0][0]}",
            "jurisdiction": rng.choice(JURISDICTIONS), "authority": rng.choice(("MOFCOM", "BIS", "METI")),
            "measure_type": rng.choice(TYPES), "status": status, "announced_on": announced.isoformat(),
            "effective_on": (announced + timedelta(days=rng.randint(0, 120))).isoformat(),
            "items": "; ".join(name for name, _ in items), "codes": " | ".join(code for _, code in items),
            "targets": "; ".join(targets), "summary": f"Synthetic summary {n + 1}.",
            "source_url": f"https://example.invalid/measure/{n + 1}",
            "status_history": f"{announced.isoformat()} {status}",
        }


def venture_rows(size: Size, rng: random.Random) -> Iterator[Row]:
    for n in range(size.ventures):
        inputs = [rng.choice(MATERIALS) for _ in range(size.inputs)]
        share = rng.randint(30, 70)
        yield {
            "name": f"{rng.choice(NAMES)} JV {n + 1:05d}", "country": rng.choice(JURISDICTIONS),
            "location": "Synthetic City", "activity": "battery materials", "sector": "battery materials",
            "stage": "operating", "owner": rng.choice(OWNERS),
            "inputs": "; ".join(f"{name} {k} [{code}, from: {rng.choice(SUPPLIERS)}]"
                                for k, (name, code) in enumerate(inputs)),
            "value_at_stake": str(rng.randint(1, 500) * 1_000_000), "currency": "USD",
            "partner_1_name": f"Partner A{n}", "partner_1_country": "US", "partner_1_share": str(share),
            "partner_2_name": f"Partner B{n}", "partner_2_country": "CN", "partner_2_share": str(100 - share),
        }


def assessment_rows(size: Size, rng: random.Random, measure_refs: list[str],
                    venture_names: list[str]) -> Iterator[Row]:
    total = len(measure_refs) * len(venture_names)
    picks = rng.sample(range(total), min(size.assessments, total))
    for k in picks:
        il, ii = rng.randint(1, 5), rng.randint(1, 5)
        yield {
            "measure_reference": measure_refs[k % len(measure_refs)],
            "venture": venture_names[k // len(measure_refs)],
            "channels": "; ".join(rng.sample(CHANNELS, rng.randint(1, 2))),
            "likelihood": il, "impact": ii, "residual_likelihood": rng.randint(1, il),
            "residual_impact": rng.randint(1, ii), "treatment": rng.choice(("mitigate", "monitor", "accept")),
            "rationale": f"Synthetic rationale {k}", "owner": rng.choice(OWNERS),
            "assessed_on": _day(rng, date(2024, 6, 1), 900).isoformat(),  # some reviews overdue, most not
            "status": rng.choice(("draft", "in review", "approved")),
            "mitigation": f"action {k} [owner: {rng.choice(OWNERS)}, due: 2027-01-31, status: open]",
        }


def synthetic_rows(size: Size, seed: int = SEED) -> tuple[list[Row], list[Row], Iterator[Row]]:
    """Measures, ventures and (lazily) assessments as import cells; the same seed, the same rows."""
    rng = random.Random(seed)
    measures = list(measure_rows(size, rng))
    ventures = list(venture_rows(size, rng))
    assessments = assessment_rows(size, rng, [str(m["reference"]) for m in measures],
                                  [str(v["name"]) for v in ventures])
    return measures, ventures, assessments


def write_csvs(out: Path, size: Size, seed: int = SEED) -> dict[str, Path]:
    """Write the three import files for `size`; the same seed always gives the same bytes."""
    out.mkdir(parents=True, exist_ok=True)
    measures, ventures, assessments = synthetic_rows(size, seed)
    paths = {}
    for entity, rows in zip(RECORDS, (measures, ventures, assessments), strict=True):
        columns = [c for c in entity.record.columns if not c.startswith("partner_")]
        if entity is Entity.VENTURE:
            columns += [f"partner_{n}_{p}" for n in (1, 2) for p in ("name", "country", "share")]
        path = paths[entity.record.name] = out / f"{entity.record.name}.csv"
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, columns, extrasaction="raise")
            writer.writeheader()
            writer.writerows(rows)
    return paths


def build_register(path: Path, size: Size, seed: int = SEED) -> str:
    """A new SQLite register at `path` holding the synthetic rows (bulk path); returns its URL."""
    from benchmarks.bulk import bulk_load

    for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        stale.unlink(missing_ok=True)
    url = f"sqlite:///{path}"
    bulk_load(url, *synthetic_rows(size, seed))
    return url


def load_via_import(url: str, paths: dict[str, Path]) -> dict[str, float]:
    """Import the files through the audited service; returns seconds per entity."""
    from desktop_app.services.context import open_register
    from desktop_app.services.intake.importer import run_import

    ctx = open_register(url, actor="benchmark")
    timings = {}
    for entity in RECORDS:
        started = time.perf_counter()
        run_import(ctx, paths[entity.record.name], entity)
        timings[entity.record.name] = time.perf_counter() - started
    ctx.db.dispose()
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--measures", type=int, default=Size.measures)
    parser.add_argument("--ventures", type=int, default=Size.ventures)
    parser.add_argument("--inputs", type=int, default=Size.inputs)
    parser.add_argument("--assessments", type=int, default=Size.assessments)
    parser.add_argument("--via", choices=("csv", "import", "bulk"), default="csv")
    parser.add_argument("--db", help="database URL or path for --via import/bulk (default OUT/register.sqlite3)")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    size = Size(args.measures, args.ventures, args.inputs, args.assessments)
    from desktop_app.system.paths import resolve_db

    url = resolve_db(args.db or str(args.out / "register.sqlite3"))
    if args.via == "bulk":  # no files needed: the same rows straight into the tables
        from benchmarks.bulk import bulk_load

        print(f"bulk-loaded {size} into {url} in {bulk_load(url, *synthetic_rows(size, args.seed)):.1f} s")
        return
    started = time.perf_counter()
    paths = write_csvs(args.out, size, args.seed)
    print(f"wrote {', '.join(str(p) for p in paths.values())} in {time.perf_counter() - started:.1f} s")
    if args.via == "import":
        for entity, seconds in load_via_import(url, paths).items():
            print(f"imported {entity} in {seconds:.1f} s")


if __name__ == "__main__":
    main()
