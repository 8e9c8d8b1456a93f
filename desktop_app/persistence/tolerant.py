"""Read a stored record even when a value in it breaks the rules: repaired, marked, never fatal.

A register edited behind the application's back (the sqlite3 shell, psql) can hold a control
character or an over-long text that validation would have refused. Reports and exports must
not die on such a row: its text is shown with U+FFFD where a character cannot be shown, the
record keeps the list of what was wrong (`RecordMeta.problems`), the log says so, and anyone
collecting (`collect_marks`, used by the command line) hears of it. `check` reports the same.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar, get_args

from pydantic import BaseModel, ValidationError

from desktop_app.domain.enums import Vocabulary
from desktop_app.domain.fields import LONG_TEXT_MAX, RecordMeta, issues_from_error

log = logging.getLogger(__name__)
M = TypeVar("M", bound=RecordMeta)
REPLACEMENT = "\ufffd"
_KEEP = "\t\n\r"
_marks: ContextVar[list[str] | None] = ContextVar("tolerant_marks", default=None)


def printable(text: str) -> str:
    """`text` with every character that cannot be shown (controls, surrogates, non-characters)
    replaced by U+FFFD; tabs and line breaks stay."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() or ch in _KEEP or ch == " " else REPLACEMENT for ch in text)


def _repair(value: Any) -> Any:
    if isinstance(value, str):
        fixed = printable(value)
        return fixed if len(fixed) <= LONG_TEXT_MAX else fixed[: LONG_TEXT_MAX - 1] + "\u2026"
    if isinstance(value, list):
        return [_repair(v) for v in value]
    return value


def read_model(model: type[M], data: dict[str, Any], what: str) -> M:
    """`model` validated from stored `data`; on failure, repaired and marked instead of raised.

    `what` names the record for the log and the marks (e.g. "measure 'MOFCOM No. 46' (id 3)").
    """
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = tuple(str(i) for i in issues_from_error(exc))
        failing = {err["loc"][0] for err in exc.errors() if err["loc"]}
    repaired = {k: _repair(v) if k in failing else v for k, v in data.items()}
    found: BaseModel
    try:
        found = model.model_validate(repaired)
    except ValidationError as still:
        # Values text repair cannot fix: an unknown vocabulary key stands in as UnknownKey; any
        # other (a date, a number) takes the field's default, or is kept as stored if it has none.
        failing = {err["loc"][0] for err in still.errors() if err["loc"]}
        kept = {}
        for key, value in repaired.items():
            field = model.model_fields.get(str(key))
            if key not in failing or field is None:
                kept[key] = value
            elif (vocabulary := _vocabulary(field.annotation)) is not None:
                kept[key] = ([vocabulary.stored(v) for v in value] if isinstance(value, list)
                             else vocabulary.stored(value))
            elif field.is_required():
                kept[key] = value
        found = model.model_construct(**kept)
    record: M = found  # type: ignore[assignment]
    record._problems = problems
    note(what, problems)
    return record


def _vocabulary(annotation: Any) -> type[Vocabulary] | None:
    """The vocabulary a field holds (or holds a list of), if any."""
    for candidate in (annotation, *get_args(annotation)):
        if isinstance(candidate, type) and issubclass(candidate, Vocabulary):
            return candidate
    return None


def note(what: str, problems: tuple[str, ...]) -> None:
    """Log a record whose stored values fail validation, and tell whoever collects marks."""
    text = f"{what}: {'; '.join(problems)}"
    log.warning("stored record fails validation (shown repaired): %s", text)
    marks = _marks.get()
    if marks is not None and text not in marks:
        marks.append(text)


@contextmanager
def collect_marks() -> Iterator[list[str]]:
    """Gather, in this thread, the records read repaired while the block runs."""
    marks: list[str] = []
    token = _marks.set(marks)
    try:
        yield marks
    finally:
        _marks.reset(token)
