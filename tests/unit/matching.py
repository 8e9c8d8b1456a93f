"""Shared helpers of the matching tests: the shipped vocabulary and short builders."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from desktop_app.domain.matching.codes import Crosswalk
from desktop_app.domain.matching.exposure import Match, evaluate
from desktop_app.domain.matching.profiles import MeasureProfile, VentureProfile, measure_profile
from desktop_app.domain.matching.taxonomy import Taxonomy
from desktop_app.domain.matching.ventures import venture_profile
from desktop_app.domain.matching.vocabulary import ScreeningVocabulary
from desktop_app.domain.matching.words import Synonyms
from desktop_app.services.jurisdiction_names import sentence_names
from desktop_app.services.vocabularies import screening_language, shipped_crosswalk, shipped_taxonomy
from desktop_app.system.paths import resource

SYNONYMS = json.loads(resource("synonyms.json").read_text(encoding="utf-8"))["synonyms"]


def vocabulary(synonyms: dict[str, str] | None = None, crosswalk: Sequence[tuple[str, str, str]] | None = None
               ) -> ScreeningVocabulary:
    rows = crosswalk if crosswalk is not None else [(r["code_a"], r["code_b"], r["note"]) for r in shipped_crosswalk()]
    return ScreeningVocabulary(Taxonomy.from_rows(shipped_taxonomy()), Synonyms(SYNONYMS if synonyms is None
                                                                                  else synonyms),
                               Crosswalk(rows), screening_language(), lambda c: sentence_names().get(c, c))


VOCAB = vocabulary()


def measure(mtype: str = "export ban", jurisdiction: str = "CN", items: Sequence[Any] = (("graphite", ["HS:2504"]),),
            targets: Sequence[str] = (), excluded: Sequence[str] = (), mid: int = 1, title: str = "",
            summary: str = "", vocab: ScreeningVocabulary = VOCAB) -> MeasureProfile:
    return measure_profile(mid, f"M{mid}", jurisdiction, mtype, targets, excluded, items, vocab, title=title,
                           summary=summary)


def venture(country: str, *items: Sequence[Any], vid: int = 1, activity: str = "", notes: str = "",
            partners: Sequence[tuple[str, str]] = (), rejected: Sequence[tuple[str, str]] = (),
            vocab: ScreeningVocabulary = VOCAB) -> VentureProfile:
    return venture_profile(vid, f"V{vid}", country, items, vocab, texts=(("activity", activity), ("notes", notes)),
                           partners=partners, rejected=rejected)


def findings(m: MeasureProfile, v: VentureProfile, vocab: ScreeningVocabulary = VOCAB) -> list[Match]:
    return [f for item in v.items if (f := evaluate(m, v, item, vocab)) is not None]


def hits(m: MeasureProfile, v: VentureProfile, kind: str = "exposure") -> list[str]:
    """`direction:name` of every item of `v` the measure reaches as `kind`."""
    return [f"{f.direction.value if f.direction else 'partner'}:{f.item_name}" for f in findings(m, v)
            if f.kind == kind]
