"""Finds English sentences left in a report written in another language, telling them from user data."""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

import openpyxl

from desktop_app.system.paths import resource

# The English the screening and ownership text used to leave in a Chinese report: each phrase
# is part of a template now worded through the reports' catalog.
FIXED_PHRASES = (
    "applies to what leaves", "applies to goods from", "relieves a control", "passed on from third countries",
    "made outside", "made abroad", "the venture in", "has not recorded", "records no products", "whatever its origin",
    "concerns anything tied", "not confirmed", "read from", "read as", "(synonym)", "same code", "covers all goods",
    "the same words", "which covers", "corresponds to", "(crosswalk)", "(vocabulary)", "stage:", "the measure's",
    "counts in full", "counted in full", "by listed parties", "listed itself", "as far as known", "is not known",
    "share not recorded", "or more", "at least", "sum ", "Arithmetic:", "Calculation:", "possible match with",
    "confirm or reject", "[listed]", "[listing unknown]", "more tiers", "of the value", "origin not recorded",
    "technology clause", "any destination", "its own country",
)
# A run of four or more lowercase English words: a sentence, unless the register holds it as data.
RUN = re.compile(r"(?<![\w'-])[a-z][a-z'-]*(?: [a-z][a-z'-]*){3,}(?![\w'-])")
_SPACE = re.compile(r"\s+")


def _flat(text: str) -> str:
    return _SPACE.sub(" ", text).strip().lower()


def _strings(value: object) -> Iterator[str]:
    """Every string inside a stored value (JSON columns hold lists and objects of strings)."""
    if isinstance(value, str):
        yield value
        if value[:1] in "[{":
            with contextlib.suppress(ValueError):  # text that only starts like JSON
                yield from _strings(json.loads(value))
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(k)
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def user_data(db: Path) -> str:
    """Every text the register holds (names, titles, items, notes, sources, the audit trail) and
    the screening vocabulary it ships, lower-cased with whitespace collapsed, one per line."""
    out: list[str] = []
    with sqlite3.connect(db) as con:
        tables = [r[0] for r in con.execute("select name from sqlite_master where type='table'")]
        for table in tables:
            for row in con.execute(f'select * from "{table}"'):  # the register's own table names
                out += [s for v in row for s in _strings(v)]
    for name in ("screening_taxonomy.json", "synonyms.json", "screening_crosswalk.json", "screening_language.json"):
        out += _strings(json.loads(Path(str(resource(name))).read_text(encoding="utf-8")))
    return "\n".join(_flat(s) for s in out)


def workbook_lines(path: Path) -> list[str]:
    """Each line of every text cell of every sheet written in the report language, as
    "sheet!cell: text". The importable sheets keep English names, headers and vocabulary values
    by design (any copy imports back), so they are left out."""
    wb = openpyxl.load_workbook(path)
    return [f"{ws.title}!{c.coordinate}: {line}" for ws in wb.worksheets if not ws.title.isascii()
            for row in ws.iter_rows() for c in row if isinstance(c.value, str) for line in c.value.splitlines()]


def english_left(lines: Iterable[str], data: str) -> list[str]:
    """The lines holding a fixed phrase, or a run of four or more English words the register does
    not hold as data (a name, a title, an item, a note, a vocabulary term)."""
    found = []
    for line in lines:
        text = line.split(": ", 1)[1] if "!" in line.split(": ", 1)[0] else line
        hits = [p for p in FIXED_PHRASES if p.lower() in text.lower() and p.lower() not in _data_around(text, p, data)]
        hits += [m.group(0) for m in RUN.finditer(text) if _flat(m.group(0)) not in data]
        if hits:
            found.append(f"{line}  <- {hits}")
    return found


def _data_around(text: str, phrase: str, data: str) -> str:
    """The phrase counts as data when a text the register holds that contains it is in the line
    (an item named "... (or more) ...", a title in the change list's stored values), or when the
    words around it, up to the nearest CJK character, are such a text."""
    p, line = phrase.lower(), _flat(text)
    if any(p in d and d in line for d in data.split("\n") if d):
        return p
    at = text.lower().index(p)
    left = re.split(r"[\u3000-\u9fff\uff00-\uffef|]", text[:at])[-1]
    right = re.split(r"[\u3000-\u9fff\uff00-\uffef|]", text[at:])[0]
    span = _flat(left + right)
    return p if span and span in data else ""
