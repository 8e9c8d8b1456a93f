"""The cell grammar of import/export files: dates, numbers, tagged lists, formula guards."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from desktop_app.domain.text import escape_item, is_escaped, split_raw, trim_spaces, unescape
from desktop_app.system.message_language import msg

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# A spreadsheet treats a cell starting with one of these as a formula (OWASP CSV injection).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
GUARD = "'"


def guard_formula(text: str) -> str:
    """Prefix an apostrophe when text would be read as a formula (or starts like a guarded cell)."""
    if text.lstrip(GUARD).startswith(FORMULA_TRIGGERS):
        return GUARD + text
    return text


def unguard_formula(text: str) -> str:
    """Undo `guard_formula`; text that was never guarded (e.g. "'s-Hertogenbosch") is kept."""
    if text.startswith(GUARD) and text.lstrip(GUARD).startswith(FORMULA_TRIGGERS):
        return text[1:]
    return text


def cell_text(value: object) -> str:
    """Text of a cell: None is empty; whole numbers lose their `.0`."""
    if type(value) is str:  # the common case first: CSV cells are all text
        return unguard_formula(value) if value.startswith(GUARD) else value
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return unguard_formula(str(value))


def cell_date(value: object) -> date | None:
    """A real spreadsheet date or ISO `YYYY-MM-DD`; anything else is an error, never a guess."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        if value.time() != datetime.min.time():
            raise ValueError(msg("{value} has a time of day; give a date", value=value.isoformat()))
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if _ISO_DATE.match(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise ValueError(msg("{value!r} is not a valid date", value=text)) from None
    raise ValueError(msg("{value!r} is not a date; write it as YYYY-MM-DD", value=text))


def cell_int(value: object) -> int | None:
    if type(value) is str and value.isascii() and value.isdigit():  # plain digits, as CSV gives them
        return int(float(value))
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValueError(msg("{value!r} is not a whole number", value=value))
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = str(value).strip()
    if re.fullmatch(r"[+-]?\d+(\.0+)?", text):
        return int(float(text))
    raise ValueError(msg("{value!r} is not a whole number", value=text))


def cell_decimal(value: object) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValueError(msg("{value!r} is not a number", value=value))
    try:
        # Through str() so a float cell like 0.1 becomes Decimal("0.1"), not its binary expansion.
        number = Decimal(str(value).strip())
    except InvalidOperation:
        raise ValueError(msg("{value!r} is not a number (use digits and a dot)", value=str(value).strip())) from None
    if not number.is_finite():
        raise ValueError(msg("{value!r} is not a number", value=value))
    return number


def split_tagged(text: str | None) -> list[tuple[str, list[str]]]:
    """Parse `name [tag, tag]; name2` into [(name, [tags]), (name2, [])].

    `;` separates elements, a trailing `[...]` holds comma-separated tags, and a backslash
    escapes any of `\\ ; | [ ] ,` (and padding spaces) so every name survives.
    """
    if not text:
        return []
    elements: list[tuple[str, list[str]]] = []
    for raw in split_raw(text, ";", brackets=True):
        body = trim_spaces(raw)
        if not body:
            continue
        tags: list[str] = []
        plain = "\\" not in body  # nothing escaped: plain string searches give the same answers
        if body.endswith("]") and (plain or not is_escaped(body, len(body) - 1)):
            start = body.rfind("[", 0, len(body) - 1) if plain else _open_bracket(body)
            start = None if start == -1 else start
            if start is None:
                raise ValueError(msg("{value!r} has a ']' without a matching '['", value=body))
            tags = [t for t in (unescape(t) for t in split_raw(body[start + 1 : -1], ",")) if t]
            body = body[:start]
        elif ("[" in body) if plain else any(ch == "[" and not is_escaped(body, i) for i, ch in enumerate(body)):
            raise ValueError(msg("{value!r} has a '[' without a closing ']'", value=body))
        name = unescape(body)
        if not name:
            raise ValueError(msg("{value!r} has codes but no name", value=raw.strip()))
        elements.append((name, tags))
    return elements


def join_tagged(elements: list[tuple[str, list[str]]]) -> str:
    parts = []
    for name, tags in elements:
        part = escape_item(name).replace(",", "\\,") if tags else escape_item(name)
        if tags:
            part += " [" + ", ".join(escape_item(t).replace(",", "\\,") for t in tags) + "]"
        parts.append(part)
    return "; ".join(parts)


def _open_bracket(text: str) -> int | None:
    for i in range(len(text) - 2, -1, -1):
        if text[i] == "[" and not is_escaped(text, i):
            return i
    return None
