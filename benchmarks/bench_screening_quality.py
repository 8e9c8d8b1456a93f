"""Screening quality: precision and recall against analyst labels of every measure x venture pair.

    .venv/bin/python -m benchmarks.bench_screening_quality [--work DIR] [--json FILE] [--quiet]

The labelled set is `benchmarks/data/screening_quality/`: real measures copied from the checked
reference list (with their sources) and fictional joint ventures written the way a compliance team
writes them (inputs only, few codes, few origins, flows in the activity text in English, Chinese
and Korean). `labels.csv` holds one label per pair (exposure, needs-data or not) with a one-line
reason; it was written before the matcher was tuned and records any later change.

The register is built through the ordinary import (the same path a user takes), then screened once.
A pair is predicted `exposure` when screening lists at least one exposure for it, `needs-data` when
it lists only needs-data findings, `not` otherwise.
"""

from __future__ import annotations

import argparse
import csv
import json
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop_app.services.context import open_register
from desktop_app.services.intake.importer import run_import
from desktop_app.services.screening import exposures as screening

DATA = Path(__file__).resolve().parent / "data" / "screening_quality"
KINDS = ("exposure", "needs-data")


@dataclass(frozen=True)
class Label:
    measure: str
    venture: str
    label: str
    reason: str


@dataclass(frozen=True)
class Score:
    kind: str
    true_positives: int
    predicted: int
    labelled: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.labelled if self.labelled else 1.0


def read_labels(path: Path = DATA / "labels.csv") -> list[Label]:
    """The labelled pairs; lines starting with `#` are the file's notes and change log."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        return [Label(r["measure_reference"], r["venture"], r["label"], r["reason"]) for r in rows]


def build_register(folder: Path) -> str:
    """A fresh register holding the labelled set's measures and ventures, imported as a user would."""
    url = f"sqlite:///{folder / 'quality.sqlite3'}"
    ctx = open_register(url, actor="benchmark")
    try:
        for entity, name in (("measures", "measures.csv"), ("ventures", "ventures.csv")):
            run_import(ctx, DATA / name, entity)
    finally:
        ctx.db.dispose()
    return url


def predictions(url: str) -> dict[tuple[str, str], tuple[str, list[str]]]:
    """(measure reference, venture) -> (predicted kind, the screening's reasons)."""
    ctx = open_register(url, actor="benchmark")
    try:
        found = screening.screen(ctx, include_assessed=True, include_dismissed=True, kinds=KINDS)
    finally:
        ctx.db.dispose()
    out: dict[tuple[str, str], tuple[str, list[str]]] = {}
    for e in found:
        kind = str(getattr(e, "kind", "exposure"))
        key = (e.measure_reference, e.venture_name)
        old_kind, reasons = out.get(key, (kind, []))
        merged = "exposure" if "exposure" in (kind, old_kind) else kind
        out[key] = (merged, [*reasons, f"[{kind}] {e.why}"])
    return out


def score(labels: Iterable[Label], predicted: dict[tuple[str, str], tuple[str, list[str]]], kind: str) -> Score:
    labels = list(labels)
    positives = {(lb.measure, lb.venture) for lb in labels if lb.label == kind}
    guessed = {pair for pair, (k, _) in predicted.items() if k == kind}
    return Score(kind, len(positives & guessed), len(guessed), len(positives))


def report(labels: list[Label], predicted: dict[tuple[str, str], tuple[str, list[str]]]) -> list[Score]:
    scores = [score(labels, predicted, kind) for kind in KINDS]
    by_pair = {(lb.measure, lb.venture): lb for lb in labels}
    for kind in KINDS:
        wrong = [(pair, p) for pair, p in sorted(predicted.items()) if p[0] == kind
                 and by_pair.get(pair, Label(*pair, "not", "(not labelled)")).label != kind]
        missed = [lb for lb in labels
                  if lb.label == kind and predicted.get((lb.measure, lb.venture), ("not",))[0] != kind]
        print(f"\nFalse {kind} findings ({len(wrong)}):")
        for (measure, venture), (_k, reasons) in wrong:
            label = by_pair.get((measure, venture))
            print(f"  {measure} x {venture}\n    label: {label.label if label else '?'}: "
                  f"{label.reason if label else ''}")
            for line in reasons[:3]:
                print(f"    screening: {line}")
        print(f"\nMissed {kind} pairs ({len(missed)}):")
        for lb in missed:
            got = predicted.get((lb.measure, lb.venture))
            print(f"  {lb.measure} x {lb.venture}\n    label: {lb.reason}\n    screening: "
                  + (got[0] + ": " + "; ".join(got[1][:2]) if got else "nothing found"))
    print()
    for s in scores:
        precision = f"{s.precision:.2f}" if s.predicted else "n/a"
        print(f"{s.kind:<11} precision {precision} ({s.true_positives}/{s.predicted})   "
              f"recall {s.recall:.2f} ({s.true_positives}/{s.labelled})")
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, help="folder for the register (default: a temporary one)")
    parser.add_argument("--json", type=Path, help="write the figures here for `python -m benchmarks`")
    args = parser.parse_args(argv)
    labels = read_labels()
    with tempfile.TemporaryDirectory(prefix="screening-quality-") as tmp:
        folder = args.work or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        url = build_register(folder)
        print(f"labelled set: {len(labels)} pairs; "
              + ", ".join(f"{sum(lb.label == k for lb in labels)} {k}" for k in (*KINDS, "not")))
        scores = report(labels, predictions(url))
    if args.json:
        args.json.write_text(json.dumps([s.__dict__ | {"precision": s.precision, "recall": s.recall}
                                         for s in scores], indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
