"""Screening speed: the indexed matcher against brute-force pairwise comparison on synthetic data.

    .venv/bin/python -m benchmarks.bench_screening [--measures 10000] [--ventures 2000]
        [--items 10] [--sample 200] [--full] [--seed 7]

Brute force over 10,000 x 2,000 x 10 takes minutes, so by default it runs on `--sample`
measures and is scaled to the full set (the output says so); `--full` runs all of it. Both
matchers must return identical matches on the measures both ran.

This times the matcher alone, on profiles built in memory. The app's screening also reads the
register: `screening.iter_screening` builds venture profiles from plain columns once, then reads
measures, assessed pairs and dismissals a page at a time and yields each page's matches sorted
(sort keys once per venture), so a whole-register screening (the workbook's Exposures sheet)
never holds every match. The earlier version also read full records of every measure and
venture, held all matches and sorted them with two Unicode normalisations per match. On the
synthetic 100,000-assessment register (93,390 matches) the matcher itself is most of the cost:
that register's items meet far more candidate measures than this benchmark's random ones, and
most candidates fail the direction and jurisdiction check, which therefore uses per-measure
country sets (whole-register screening there: 26.5 s CPU before, 19.3 s after).
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from typing import TypeVar

from desktop_app.domain.matching.codes import Crosswalk
from desktop_app.domain.matching.exposure_index import ExposureIndex, match_brute_force
from desktop_app.domain.matching.profiles import MeasureProfile, VentureProfile, measure_profile
from desktop_app.domain.matching.taxonomy import Taxonomy
from desktop_app.domain.matching.ventures import venture_profile
from desktop_app.domain.matching.vocabulary import ScreeningVocabulary
from desktop_app.domain.matching.words import Synonyms
from desktop_app.services.vocabularies import screening_language, shipped_crosswalk, shipped_taxonomy

T = TypeVar("T")
COUNTRIES = ["CN", "US", "DE", "JP", "KR", "FR", "GB", "IN", "VN", "TW", "AU", "CA", "MX", "BR", "CL", "AR",
             "ZA", "CD", "NA", "ID", "MY", "TH", "PL", "HU", "IT", "ES", "NL", "SE", "TR", "SA"]
TYPES = ["export ban", "export licensing", "export quota", "export tax", "end-user control",
         "technology export restriction", "import tariff", "investment screening", "framework law",
         "extraterritorial rule"]
DIRECTIONS = ["input", "input", "input", "output", "output", "technology_in", "technology_out"]
# Generic words are dropped by the matcher; descriptive ones stay and add near-miss candidates.
GENERIC = ["refined", "powder", "crude", "high purity", "materials", "products"]
DESCRIPTIVE = ["coated", "spherical", "battery grade", "ultra thin", "doped", "recycled", "sintered",
               "milled", "fine", "bulk"]
SYNONYMS = {"spherical graphite": "graphite", "lithium hydroxide": "lithium", "all goods": "*"}


def _substances(rng: random.Random, n: int = 600) -> list[str]:
    stems = ["gallium", "germanium", "graphite", "antimony", "lithium", "cobalt", "nickel", "tungsten",
             "indium", "tantalum", "niobium", "vanadium", "magnesium", "manganese", "silicon", "boron"]
    made = set(stems)
    while len(made) < n:
        made.add("".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(4)))
    return sorted(made)


def _codes(rng: random.Random, headings: list[str], eccns: list[str], specific: bool) -> list[str]:
    """Item codes are specific (6 or 10 digits); measure codes also use 4-digit headings."""
    out = []
    for _ in range(rng.randint(0, 2)):
        kind = rng.random()
        h = rng.choice(headings)
        if kind < 0.15:
            out.append(f"ECCN:{rng.choice(eccns)}")
        elif kind < 0.45 and not specific:
            out.append(f"HS:{h}")
        elif kind < 0.75:
            out.append(f"HS:{h}.{rng.randint(10, 99)}")
        else:
            out.append(f"CN:{h}{rng.randint(10, 99)}{rng.randint(0, 9999):04d}")
    return out


def _name(rng: random.Random, substances: list[str]) -> str:
    words = [rng.choice(substances)]
    if rng.random() < 0.6:
        words.insert(0, rng.choice(DESCRIPTIVE))
    if rng.random() < 0.5:
        words.append(rng.choice(GENERIC))
    return " ".join(words)


def vocabulary() -> ScreeningVocabulary:
    """The shipped taxonomy, crosswalk and words, with the synthetic synonyms."""
    return ScreeningVocabulary(Taxonomy.from_rows(shipped_taxonomy()), Synonyms(SYNONYMS),
                               Crosswalk((r["code_a"], r["code_b"], r["note"]) for r in shipped_crosswalk()),
                               screening_language())


def synthetic(n_measures: int, n_ventures: int, items: int, seed: int, syn: ScreeningVocabulary
              ) -> tuple[list[MeasureProfile], list[VentureProfile]]:
    rng = random.Random(seed)
    substances = _substances(rng)
    headings = [f"{rng.randint(2500, 8599)}" for _ in range(1200)]
    eccns = [f"{rng.randint(0, 9)}{rng.choice('ABCDE')}{rng.randint(1, 999):03d}" for _ in range(300)]
    ventures = [
        venture_profile(v, f"JV {v}", rng.choice(COUNTRIES), [
            (_name(rng, substances), rng.choice(DIRECTIONS), _codes(rng, headings, eccns, True),
             rng.sample(COUNTRIES, rng.randint(0, 3))) for _ in range(items)], syn)
        for v in range(n_ventures)
    ]
    measures = []
    for m in range(n_measures):
        entries = [(("all goods" if rng.random() < 0.002 else _name(rng, substances)),
                    _codes(rng, headings, eccns, False)) for _ in range(rng.randint(1, 4))]
        targets = rng.sample(COUNTRIES, rng.choice([0, 0, 0, 1, 2, 3]))
        excluded = [c for c in rng.sample(COUNTRIES, rng.choice([0, 0, 0, 1])) if c not in targets]
        measures.append(measure_profile(m, f"M{m}", rng.choice(COUNTRIES), rng.choice(TYPES), targets,
                                        excluded, entries, syn))
    return measures, ventures


def timed(fn: Callable[[], T]) -> tuple[T, float]:
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--measures", type=int, default=10_000)
    parser.add_argument("--ventures", type=int, default=2_000)
    parser.add_argument("--items", type=int, default=10)
    parser.add_argument("--sample", type=int, default=200, help="measures brute force runs on")
    parser.add_argument("--full", action="store_true", help="run brute force on every measure")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    vocab = vocabulary()
    (measures, ventures), t_gen = timed(lambda: synthetic(args.measures, args.ventures, args.items, args.seed, vocab))
    print(f"synthetic register: {len(measures):,} measures, {len(ventures):,} ventures x {args.items} items "
          f"({t_gen:.1f} s to build the profiles)")
    index, t_index = timed(lambda: ExposureIndex(ventures, vocab))
    found, t_match = timed(lambda: index.match_all(measures))
    t_indexed = t_index + t_match
    print(f"indexed:     {t_indexed:8.2f} s  (index {t_index:.2f} s + matching {t_match:.2f} s), "
          f"{len(found):,} matches")

    sample = measures if args.full else measures[: min(args.sample, len(measures))]
    brute, t_brute = timed(lambda: match_brute_force(sample, ventures, vocab))
    scale = len(measures) / len(sample)
    t_brute_all = t_brute * scale
    label = "measured" if scale == 1 else f"{t_brute:.2f} s on {len(sample):,} measures, scaled x{scale:.0f}"
    print(f"brute force: {t_brute_all:8.2f} s  ({label})")
    sample_ids = {m.id for m in sample}
    assert brute == [f for f in found if f.measure_id in sample_ids], "the matchers disagree"
    print(f"identical matches on the {len(sample):,} measures both ran: {len(brute):,}")
    print(f"speed-up: {t_brute_all / t_indexed:.1f}x")


if __name__ == "__main__":
    main()
