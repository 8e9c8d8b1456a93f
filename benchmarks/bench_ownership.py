"""Ownership arithmetic on long chains: the pure aggregation, then a register end to end.

    python -m benchmarks.bench_ownership [--parties 1000] [--budget 2.0]

A venture's partner sits at the bottom of a chain of PARTIES parties, each owning 100% of the
next, the top one on a listing. Times printed: the pure aggregation (and a 1,000-owner flat
fan-in), `venture_ownership` on a SQLite register (the graph read, the listing matched, the
tree and arithmetic built), screening with the rule and the results the briefing and
workbook show. The budget is printed beside each
figure; tests never assert on time.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert

from desktop_app.domain.models import Party, PartyOwner
from desktop_app.domain.ownership.aggregate import Edge, Listing, Status, aggregate
from desktop_app.domain.text import normalize_key
from desktop_app.services.context import open_register
from desktop_app.services.ownership import listings
from desktop_app.services.ownership.captures import venture_ownership
from desktop_app.services.ownership.results import VentureResult, results_on
from desktop_app.services.records import measures, ventures
from desktop_app.services.screening.exposures import screen


def _timed(label: str, budget: float, run: object) -> object:
    start = time.perf_counter()
    result = run()  # type: ignore[operator]
    took = time.perf_counter() - start
    print(f"{label:<48} {took:8.3f} s  (budget {budget:.1f} s{'' if took <= budget else ': OVER'})")
    return result


def pure(parties: int, budget: float) -> None:
    chain = {n: [Edge(n + 1, Decimal(100))] for n in range(parties)}
    statuses = {parties: Status(Listing.LISTED, "top of the chain")}
    _timed(f"pure aggregation, {parties:,}-tier chain", budget, lambda: aggregate([0], chain, statuses, {}))
    fan = {0: [Edge(n, Decimal(100) / parties) for n in range(1, parties + 1)]}
    listed = {n: Status(Listing.LISTED) for n in range(1, parties + 1)}
    _timed(f"pure aggregation, {parties:,} owners of one party", budget, lambda: aggregate([0], fan, listed, {}))


def register(parties: int, budget: float, folder: Path) -> None:
    ctx = open_register(f"sqlite:///{folder / 'ownership.sqlite3'}", actor="bench")
    measures.create_measure(ctx, {"reference": "Bench listing", "title": "A listing", "jurisdiction": "US",
                                  "measure_type": "party listing", "status": "in force"})
    now = ctx.now()
    with ctx.db.session(write=True) as s:  # the chain written in bulk: the audited path is not what is timed
        s.execute(insert(Party), [{"id": n + 1, "name": f"Tier {n}", "name_key": normalize_key(f"Tier {n}"),
                                   "country": "DE", "aliases": "", "notes": "", "created_at": now, "updated_at": now}
                                  for n in range(parties + 1)])
        s.execute(insert(PartyOwner), [{"owned_id": n + 1, "owner_id": n + 2, "share": Decimal(100), "note": ""}
                                       for n in range(parties)])
    # The venture after the chain: saving it makes its partners parties (Tier 0 is one already).
    ventures.create_venture(ctx, {"name": "Bench venture", "country": "DE", "stage": "operating",
                                  "partners": [{"name": "Tier 0", "country": "DE", "share": "60"},
                                               {"name": "Other", "country": "DE", "share": "40"}]})
    listings.add_listed(ctx, "Bench listing", {"name": f"Tier {parties}", "list_name": "Bench list"})
    result = _timed(f"venture_ownership, {parties:,}-tier chain", budget,
                    lambda: venture_ownership(ctx, "Bench venture"))
    print(f"  verdict: {result.outcomes[0].venture.verdict.value}, "  # type: ignore[attr-defined]
          f"{len(result.outcomes[0].arithmetic()):,} lines of arithmetic")  # type: ignore[attr-defined]
    found = _timed(f"screening with the listing, {parties:,}-tier chain", budget * 2, lambda: screen(ctx))
    print(f"  findings: {len(found):,}")  # type: ignore[arg-type]

    def report_results() -> list[VentureResult]:
        with ctx.db.session() as s:
            return results_on(s, ctx.today())

    rows = _timed(f"the reports' ownership results, {parties:,}-tier chain", budget, report_results)
    print(f"  report verdict: {rows[0].verdict.value}")  # type: ignore[index]
    ctx.db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parties", type=int, default=1000)
    parser.add_argument("--budget", type=float, default=2.0, help="seconds each step should stay under")
    args = parser.parse_args()
    pure(args.parties, args.budget)
    with tempfile.TemporaryDirectory() as folder:
        register(args.parties, args.budget, Path(folder))


if __name__ == "__main__":
    main()
