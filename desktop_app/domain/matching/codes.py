"""Classification codes: hierarchies (HS/CN digits, dotted control numbers), codes in names, crosswalk."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from desktop_app.domain.phrase import Phrase, template

# HS headings and China's 10-digit customs codes share their first six digits, so both live in
# one digit tree: a code covers every longer code it is a prefix of.
TREE_SYSTEMS = frozenset({"HS", "CN", "HTS"})
TREE = "#"
# Export-control numbers are dotted: ECCN 3A090 covers 3A090.c and 3A090.c.1.
DOTTED_SYSTEMS = frozenset({"ECCN", "CN-DU", "EU-DU"})
# Control numbers written bare inside a measure's items belong to the issuer's list.
_ISSUER_LIST = {"US": "ECCN", "CN": "CN-DU", "EU": "EU-DU"}
_NAMED = re.compile(
    r"(?<![\w-])(ECCN|CN-DU|EU-DU|CN-TECH|HTS|HS|CN)\s*[:\s]\s*([0-9][0-9A-Za-z]*(?:[.\-][0-9A-Za-z]+)*)",
    re.IGNORECASE)
_CONTROL_NUMBER = re.compile(r"(?<![\w.])([0-9][A-E][0-9]{3}(?:\.[a-z0-9]{1,3})*)(?![\w])")
_CATALOGUE = re.compile(r"(?<![\w])([0-9]{6}[XJ])(?![\w])")

CodeKey = tuple[str, str]  # (TREE or the system, normalised value)

_CORRESPONDS = template("{code} corresponds to {other}")
_NOTED = template("{code} corresponds to {other} ({note})")


@lru_cache(maxsize=65_536)
def code_key(code: str) -> CodeKey:
    """`HS:2504.10` -> ("#", "250410"); `ECCN:3A090.c` -> ("ECCN", "3a090.c"); others exact.

    Cached: a few thousand codes recur across every venture's items and measure's entries, and
    each profile then holds the same key instead of a copy.
    """
    system, _, value = code.partition(":")
    system = system.strip().upper()
    if system in TREE_SYSTEMS:
        digits = "".join(ch for ch in value if ch not in ". -" and not ch.isspace())
        if digits.isdigit():
            return TREE, digits
    return system, "".join(value.split()).casefold() if system in DOTTED_SYSTEMS else " ".join(value.split()).casefold()


def code_covers(measure_key: CodeKey, item_key: CodeKey) -> bool:
    """A tree code covers itself and every longer code under it; a dotted number covers its
    sub-entries (3A090 covers 3A090.c); other codes match exactly."""
    if measure_key[0] != item_key[0]:
        return False
    if measure_key[0] == TREE:
        return item_key[1].startswith(measure_key[1])
    if measure_key[0] in DOTTED_SYSTEMS:
        return item_key[1] == measure_key[1] or item_key[1].startswith(measure_key[1] + ".")
    return item_key == measure_key


def index_keys(key: CodeKey) -> list[CodeKey]:
    """The keys under which an item's code is filed, so that every code covering it finds it."""
    kind, value = key
    if kind == TREE:
        return [(TREE, value[:n]) for n in range(1, len(value) + 1)]
    if kind in DOTTED_SYSTEMS:
        parts = value.split(".")
        return [(kind, ".".join(parts[: n + 1])) for n in range(len(parts))]
    return [key]


def show_code(code: str) -> str:
    """`HS:2504.10` -> `HS 2504.10`: a code as a reader writes it."""
    system, _, value = code.partition(":")
    return f"{system.strip().upper()} {value.strip()}"


def codes_in_text(text: str, issuer: str | None = None) -> list[str]:
    """Codes written inside a name: `(ECCN 3A090.c)`, `HS 2504.10`, `CN-TECH 252604X`, and, for a
    measure's items (`issuer` given), bare control numbers of the issuer's list (`3C901.a.1`)."""
    found: list[str] = []
    taken: list[tuple[int, int]] = []
    for m in _NAMED.finditer(text):
        system = m.group(1).upper()
        found.append(f"{'HS' if system == 'HTS' else system}:{m.group(2).rstrip('.-')}")
        taken.append(m.span())
    for m in _CATALOGUE.finditer(text):
        if not any(a <= m.start() < b for a, b in taken):
            found.append(f"CN-TECH:{m.group(1)}")
            taken.append(m.span())
    system = _ISSUER_LIST.get(issuer or "")
    if system:
        for m in _CONTROL_NUMBER.finditer(text):
            if not any(a <= m.start() < b for a, b in taken):
                found.append(f"{system}:{m.group(1)}")
    return list(dict.fromkeys(found))


def issuer_list(issuer: str | None) -> str:
    """The code system of the control list a jurisdiction's bare numbers belong to ("" if none)."""
    return _ISSUER_LIST.get(issuer or "", "")


def code_stage(key: CodeKey, stages: Mapping[str, str]) -> str:
    """The stage a tree code's chapter or heading implies (`stages` maps digit prefixes, e.g.
    "26" -> ore), longest prefix first; "" when the code says nothing about the stage."""
    if key[0] != TREE:
        return ""
    for n in range(len(key[1]), 1, -1):
        stage = stages.get(key[1][:n])
        if stage is not None:
            return stage
    return ""


@dataclass(frozen=True, slots=True)
class Equivalent:
    code: str
    note: str


class Crosswalk:
    """Published correspondences between code systems (a China dual-use number and its customs
    code): a measure's code also covers what its equivalents cover, and the reason says so."""

    def __init__(self, rows: Iterable[tuple[str, str, str]] = ()) -> None:
        self._pairs: list[tuple[CodeKey, Equivalent]] = []
        self._by_system: dict[str, list[tuple[CodeKey, Equivalent]]] = defaultdict(list)
        for a, b, note in rows:
            for one, other in ((a, b), (b, a)):
                key = code_key(one)
                said = Phrase(_NOTED, code=show_code(one), other=show_code(other), note=note) if note else \
                    Phrase(_CORRESPONDS, code=show_code(one), other=show_code(other))
                pair = (key, Equivalent(other, said))
                self._pairs.append(pair)
                self._by_system[key[0]].append(pair)

    def __len__(self) -> int:
        return len(self._pairs) // 2

    def equivalents(self, code: str) -> list[Equivalent]:
        """Codes of other systems that `code` covers through a published correspondence: the
        row's own code, or one under it (CN-DU 3C901 reaches the row for CN-DU 3C901.a.1)."""
        key = code_key(code)
        return [eq for row_key, eq in self._by_system.get(key[0], ()) if code_covers(key, row_key)]
