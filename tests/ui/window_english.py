"""Finds English sentences of ours left in a window speaking German (or any Latin-script language),
telling them from user data and from the other language's own lowercase words."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from functools import cache

from tests.reports.english_scan import FIXED_PHRASES
from tools.message_catalog import phrases, vocabulary

_WORD = re.compile(r"[A-Za-z][a-z'-]*")
_SPACE = re.compile(r"\s+")
# Words our English shares with German: a run of them proves nothing.
_SHARED = frozenset({"in", "an", "am", "so", "um", "was", "will", "also", "man", "hat", "war", "die", "the", "a"})


@cache
def our_words() -> frozenset[str]:
    """Every word of the English templates and labels the app words its sentences with."""
    text = " ".join([*phrases(), *vocabulary()])
    return frozenset(w.lower() for w in _WORD.findall(re.sub(r"\{[^{}]*\}", " ", text))) - _SHARED


def _without_data(line: str, data: list[str]) -> str:
    """The line with every text the register holds (names, items, titles) cut out, longest first."""
    flat = _SPACE.sub(" ", html.unescape(line)).strip()  # tooltips are rich text
    low = flat.lower()
    for d in data:
        at = low.find(d)
        while at >= 0:
            flat, low = flat[:at] + " | " + flat[at + len(d):], low[:at] + " | " + low[at + len(d):]
            at = low.find(d)
    return flat


def english_left(lines: Iterable[str], data: str) -> list[str]:
    """Lines holding one of the English phrases screening used to leave (case as written), or three
    words in a row, lowercase, that are all words of our English templates, once user data is cut out."""
    held = sorted((d for d in data.split("\n") if len(d) > 2), key=len, reverse=True)
    found = []
    for line in lines:
        text = _without_data(line, held)
        hits = [p for p in FIXED_PHRASES if p in text]
        words = [w if w.islower() and w.lower() in our_words() else "" for w in re.split(r"[^A-Za-z'-]+", text)]
        run = 0
        for at, w in enumerate(words):
            run = run + 1 if w else 0
            if run == 3:
                hits.append(" ".join(words[at - 2: at + 1]))
        if hits:
            found.append(f"{line}  <- {hits}")
    return found
