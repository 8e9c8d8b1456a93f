"""'Did you mean ...': the nearest valid values for a message, by similarity (rapidfuzz)."""

from __future__ import annotations

from collections.abc import Iterable

from desktop_app.domain.enums import Vocabulary
from desktop_app.domain.jurisdictions import fold
from desktop_app.domain.text import split_list

CUTOFF = 70  # rapidfuzz ratio (0-100) a value must reach to be offered


def nearest(text: str, choices: Iterable[str], limit: int = 2, cutoff: int = CUTOFF) -> list[str]:
    """The choices closest to `text` (compared folded: case, accents and punctuation aside),
    best first; those holding `text` as a whole word come first ("ref" -> "reference" aside,
    "korea" -> "South Korea")."""
    from rapidfuzz import fuzz, process

    folded = fold(text)
    if not folded:
        return []
    by_key: dict[str, str] = {}
    for choice in choices:
        by_key.setdefault(fold(choice), choice)
    keys = list(by_key)
    found = [k for k in keys if len(folded) > 2 and f" {folded} " in f" {k} "]
    found += [k for k, _s, _i in process.extract(folded, keys, scorer=fuzz.ratio, limit=limit + len(found),
                                                   score_cutoff=cutoff)]
    out: list[str] = []
    for key in found:
        if by_key[key] not in out:
            out.append(by_key[key])
    return out[:limit]


def did_you_mean(text: str, choices: Iterable[str]) -> str:
    """" (did you mean 'export ban'?)" or "" when nothing is near."""
    near = nearest(text, choices)
    return f" (did you mean {' or '.join(repr(n) for n in near)}?)" if near else ""


def vocabulary_problem(vocabulary: type[Vocabulary], text: str, *, many: bool = False) -> str | None:
    """Why `text` is not a value (or, with `many`, a `;` list of values) of `vocabulary`; None
    when it is (or is blank, which keeps or defaults the value)."""
    for part in split_list(text) if many else [text.strip()]:
        if part and vocabulary._lookup(part) is None:
            labels = vocabulary.choices()
            return (f"unknown value {part!r}{did_you_mean(part, labels)}; expected one of: "
                    f"{', '.join(labels)}")
    return None
