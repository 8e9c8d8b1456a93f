"""Text rules shared by every path: key normalisation, escaped lists, codes, jurisdictions."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from desktop_app.domain.enums import CodeSystem

# parse_jurisdiction lives with the vocabulary; callers of this module keep importing it from here.
from desktop_app.domain.jurisdictions import parse_jurisdiction, vocabulary  # noqa: F401
from desktop_app.system.message_language import msg

LIST_SEPARATOR = ";"
GROUP_SEPARATOR = "|"
_ESCAPABLE = "\\;|[]"
# Also accepted when reading: "\\," inside brackets and "\\ " for a padding-proof space.
_UNESCAPABLE = _ESCAPABLE + ", "
_NEEDS_ESCAPE = re.compile(r"[\\;|\[\]]|^ | $")


def normalize_key(text: str) -> str:
    """Key used for uniqueness: NFKC, trimmed, inner whitespace folded, case-folded."""
    return " ".join(unicodedata.normalize("NFKC", text).split()).casefold()


def escape_item(text: str) -> str:
    """Escape list metacharacters so any text survives a `;`-separated list.

    Leading and trailing spaces are escaped too: unescaped ones are list padding.
    """
    if not _NEEDS_ESCAPE.search(text):
        return text  # the common case: nothing to escape
    body = "".join("\\" + ch if ch in _ESCAPABLE else ch for ch in text)
    core = body.strip(" ")
    if not core:
        return "\\ " * len(body)
    lead = len(body) - len(body.lstrip(" "))
    trail = len(body) - len(body.rstrip(" "))
    return "\\ " * lead + core + "\\ " * trail


def is_escaped(text: str, index: int) -> bool:
    """True when the character at `index` is preceded by an odd number of backslashes."""
    slashes = 0
    while index - 1 - slashes >= 0 and text[index - 1 - slashes] == "\\":
        slashes += 1
    return slashes % 2 == 1


def trim_spaces(raw: str) -> str:
    """Drop unescaped padding spaces at both ends (tabs and line breaks are content)."""
    if "\\" not in raw:  # nothing escaped: every end space is padding
        return raw.strip(" ")
    text = raw.lstrip(" ")
    end = len(text)
    while end > 0 and text[end - 1] == " " and not is_escaped(text, end - 1):
        end -= 1
    return text[:end]


def unescape(raw: str) -> str:
    """Trim padding, then resolve backslash escapes; other backslashes stay (Windows paths)."""
    if "\\" not in raw:
        return raw.strip(" ")
    out: list[str] = []
    chars = iter(trim_spaces(raw))
    for ch in chars:
        if ch == "\\":
            nxt = next(chars, "")
            out.append(nxt if nxt in _UNESCAPABLE else ch + nxt)
        else:
            out.append(ch)
    return "".join(out)


def join_list(values: list[str], sep: str = LIST_SEPARATOR) -> str:
    return f"{sep} ".join(escape_item(v) for v in values)


def split_list(text: str | None, sep: str = LIST_SEPARATOR) -> list[str]:
    """Split on unescaped `sep`, trim padding, unescape, and drop empty parts."""
    if not text:
        return []
    if "\\" not in text:  # no escapes: plain splitting gives the same result, much faster
        return [part for part in (raw.strip(" ") for raw in text.split(sep)) if part]
    return [part for part in (unescape(raw) for raw in split_raw(text, sep)) if part]


def split_raw(text: str, sep: str, *, brackets: bool = False) -> list[str]:
    """Split on unescaped `sep` but keep escapes, for a second level of splitting.

    With `brackets`, a `sep` inside `[...]` does not split (tags keep their own lists).
    """
    if "\\" not in text:  # the common case: no escapes, so only separators and brackets matter
        if not brackets or ("[" not in text and "]" not in text):
            return text.split(sep)
        return _split_outside_brackets(text, sep)
    parts: list[str] = []
    current: list[str] = []
    escaped = False
    depth = 0
    for ch in text:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif brackets and ch == "[":
            depth += 1
        elif brackets and ch == "]":
            depth = max(0, depth - 1)
        elif ch == sep and depth == 0:
            parts.append("".join(current))
            current = []
            continue
        current.append(ch)
    parts.append("".join(current))
    return parts


@cache
def _specials(sep: str) -> re.Pattern[str]:
    return re.compile(r"[\[\]" + re.escape(sep) + "]")


def _split_outside_brackets(text: str, sep: str) -> list[str]:
    """`split_raw(text, sep, brackets=True)` for text without backslashes, visiting only the
    separators and brackets instead of every character."""
    parts: list[str] = []
    depth = start = 0
    for match in _specials(sep).finditer(text):
        ch = match.group()
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth = max(0, depth - 1)
        elif depth == 0:
            parts.append(text[start : match.start()])
            start = match.end()
    parts.append(text[start:])
    return parts


@dataclass(frozen=True, slots=True)
class Code:
    """A classification code: system plus a text value (never a number)."""

    system: CodeSystem
    value: str

    def __str__(self) -> str:
        return f"{self.system.value}:{self.value}"


def parse_code(text: str) -> Code:
    """Parse `SYSTEM:VALUE`, e.g. `HS:2504.10`; raise ValueError naming the problem."""
    system, sep, value = text.strip().partition(":")
    if not sep:
        raise ValueError(msg("code {code!r} needs a system, e.g. HS:2504.10", code=text.strip()))
    value = " ".join(value.split())
    if not value:
        raise ValueError(msg("code {code!r} has no value after the colon", code=text.strip()))
    try:
        parsed = CodeSystem.parse(system)
    except ValueError:
        known = ", ".join(s.value for s in CodeSystem)
        raise ValueError(msg("unknown code system {system!r}; use one of {known}", system=system.strip(),
                             known=known)) from None
    return Code(CodeSystem(parsed), value)


def parse_codes(text: str | None) -> list[Code]:
    return [parse_code(part) for part in split_list(text)]


def format_codes(codes: list[str]) -> str:
    return "; ".join(codes)


def jurisdictions() -> dict[str, str]:
    """ISO 3166-1 alpha-2 codes (and EU) mapped to their English names, from the installed vocabulary."""
    return dict(vocabulary().names)


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def has_control_chars(text: str) -> bool:
    """True when text holds C0/C1 controls other than tab, newline and carriage return."""
    return _CONTROL.search(text) is not None
