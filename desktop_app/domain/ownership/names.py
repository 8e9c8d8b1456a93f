"""Matching a party's names against a listed party's: the same normalised name, or close enough to ask."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from rapidfuzz import fuzz

# Legal-form words that say nothing about who a company is (compared after casefold, NFKC and
# punctuation removed): English, German, French, Dutch, Chinese, Japanese and Korean forms.
LEGAL_FORMS = frozenset({
    "co", "company", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "llc", "plc", "lp", "llp",
    "gmbh", "ag", "kg", "sa", "sas", "sarl", "bv", "nv", "spa", "srl", "oy", "ab", "as", "pte", "pty", "bhd",
    "sdn", "kk", "jsc", "pjsc", "ooo", "holding", "holdings", "group", "the",
})
# Scripts without spaces: the forms are cut from the end of the name (longest first).
CJK_FORMS = ("股份有限公司", "有限责任公司", "有限公司", "集团公司", "集团", "公司", "株式会社", "有限会社", "合同会社",
             "주식회사", "유한회사", "(주)", "㈜")
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
# At or above this RapidFuzz ratio (0-100) two names that differ are worth asking about.
POSSIBLE_CUTOFF = 88.0


class NameMatch(StrEnum):
    EXACT = "match"
    POSSIBLE = "possible match, confirm"


def normalise(name: str) -> str:
    """NFKC, case-folded, punctuation and legal-form words removed, spaces folded."""
    text = unicodedata.normalize("NFKC", name).casefold()
    for form in CJK_FORMS:
        text = text.replace(form, " ")
    words = _PUNCT.sub(" ", text.replace("&", " and ")).split()
    kept = [w for w in words if w not in LEGAL_FORMS]
    return " ".join(kept or words)


@dataclass(frozen=True, slots=True)
class Found:
    """How a party's names meet a listed party's: which two names and how closely (0-100)."""

    kind: NameMatch
    ours: str
    listed: str
    score: float


def match_names(ours: Iterable[str], listed: Sequence[str], cutoff: float = POSSIBLE_CUTOFF) -> Found | None:
    """The best meeting of any of our names with any listed name: the same normalised name is a
    match; a RapidFuzz ratio (token-sorted, or with spaces ignored) at or above `cutoff` a
    possible match; otherwise None."""
    keys = [(n, normalise(n)) for n in listed if n.strip()]
    best: Found | None = None
    for name in ours:
        key = normalise(name)
        if not key:
            continue
        for other, other_key in keys:
            if key == other_key:
                return Found(NameMatch.EXACT, name, other, 100.0)
            # Word order (`Metals Northwind`) and word breaks (`Sino-Rare`, `Sinorare`) both vary.
            score = max(fuzz.token_sort_ratio(key, other_key, score_cutoff=cutoff),
                        fuzz.ratio(key.replace(" ", ""), other_key.replace(" ", ""), score_cutoff=cutoff))
            if score and (best is None or score > best.score):
                best = Found(NameMatch.POSSIBLE, name, other, round(score, 1))
    return best
