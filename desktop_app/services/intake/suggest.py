"""'Did you mean ...': the nearest valid values for a message, by similarity (rapidfuzz)."""

from __future__ import annotations

from collections.abc import Iterable

from desktop_app.domain.enums import Vocabulary
from desktop_app.domain.jurisdictions import fold
from desktop_app.domain.text import split_list
from desktop_app.system.message_language import msg

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
    return did_you_mean_text(nearest(text, choices))


def did_you_mean_text(near: list[str]) -> str:
    """" (did you mean 'a' or 'b'?)" for the values found (the nearest are two at most), or ""."""
    if len(near) == 2:
        return msg(" (did you mean {first!r} or {second!r}?)", first=near[0], second=near[1])
    return msg(" (did you mean {choices}?)", choices=" or ".join(repr(n) for n in near)) if near else ""


def vocabulary_problem(vocabulary: type[Vocabulary], text: str, *, many: bool = False) -> str | None:
    """Why `text` is not a value (or, with `many`, a `;` list of values) of `vocabulary`; None
    when it is (or is blank, which keeps or defaults the value)."""
    for part in split_list(text) if many else [text.strip()]:
        if part and vocabulary._lookup(part) is None:
            labels = vocabulary.choices()
            return msg("unknown value {value!r}{hint}; expected one of: {choices}", value=part,
                       hint=did_you_mean(part, labels), choices=", ".join(labels))
    return None
