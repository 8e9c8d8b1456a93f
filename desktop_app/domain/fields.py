"""Shared field types and the validation report (Issue) every schema produces."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any, ClassVar, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, PrivateAttr, ValidationError

from desktop_app.domain.jurisdictions import parse_jurisdiction, parse_target
from desktop_app.domain.text import has_control_chars, parse_code
from desktop_app.system.message_language import mark, msg, nmsg

SHORT_TEXT_MAX = 4_000
# Long text stays below Excel's 32,767-character cell limit so no export ever has to cut it.
LONG_TEXT_MAX = 30_000


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Issue:
    """One finding of validation: the field it concerns, how serious, and what is wrong."""

    field: str
    severity: Severity
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message


def errors(issues: list[Issue]) -> list[Issue]:
    return [i for i in issues if i.severity is Severity.ERROR]


def warnings(issues: list[Issue]) -> list[Issue]:
    return [i for i in issues if i.severity is Severity.WARNING]


# Unpaired surrogates and the U+xFFFE/U+xFFFF non-characters of every plane: not storable text.
_UNSTORABLE = re.compile("[\ud800-\udfff" + "".join(
    f"\\U{plane:04X}FFFE-\\U{plane:04X}FFFF" for plane in range(17)) + "]")


def _check_characters(text: str) -> str:
    if text.isprintable():  # one C-level pass: no controls, surrogates or non-characters
        return text
    if has_control_chars(text):
        raise ValueError(msg("contains control characters (only tab and line breaks are allowed)"))
    bad = _UNSTORABLE.search(text)
    if bad is not None:
        ch = bad.group()
        if "\ud800" <= ch <= "\udfff":
            raise ValueError(msg("contains an unpaired surrogate, which is not valid text"))
        raise ValueError(msg("contains the non-character U+{code:04X}", code=ord(ch)))
    return text


# Characters that change how a name reads without showing themselves: bidirectional embeddings,
# overrides and isolates (a name can display reversed), and zero-width characters (two names
# that look the same are different keys). Names are where they mislead: keys, partners, items.
_HIDDEN = re.compile("[\u202a-\u202e\u2066-\u2069\u200b-\u200d\u2060\ufeff]")


def _visible(text: str) -> str:
    found = _HIDDEN.search(text)
    if found is not None:
        ch = found.group()
        raise ValueError(msg("contains the invisible character U+{code:04X} ({name}), which can make a name "
                             "read differently from what is stored; remove it",
                             code=ord(ch), name=unicodedata.name(ch, "unnamed")))
    return text


def _required(text: str) -> str:
    if not text.strip():
        raise ValueError(msg("is required"))
    return text


def _text(limit: int) -> AfterValidator:
    """Storable characters, then the length limit, in one call (it runs for every text cell)."""

    def check(text: str) -> str:
        _check_characters(text)
        if len(text) > limit:
            raise ValueError(msg("is {length:,} characters long; the limit is {limit:,}", length=len(text),
                                 limit=limit))
        return text

    return AfterValidator(check)


ShortText = Annotated[str, _text(SHORT_TEXT_MAX)]
RequiredText = Annotated[ShortText, AfterValidator(_required)]
NameText = Annotated[RequiredText, AfterValidator(_visible)]  # names and keys: nothing hidden
LongText = Annotated[str, _text(LONG_TEXT_MAX)]
Jurisdiction = Annotated[str, AfterValidator(parse_jurisdiction)]
# A targeted or excluded jurisdiction: a country or a jurisdiction group's code.
Target = Annotated[str, AfterValidator(parse_target)]
CodeText = Annotated[str, AfterValidator(lambda s: str(parse_code(s)))]
Score = Annotated[int, AfterValidator(lambda v: _between(v, 1, 5))]


def _between(value: int, low: int, high: int) -> int:
    if not low <= value <= high:
        raise ValueError(msg("must be between {low} and {high}", low=low, high=high))
    return value


class Schema(BaseModel):
    """Base of input schemas: strict about unknown fields, no silent coercion of text."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False, frozen=True)


class RecordMeta(Schema):
    """What every stored record carries besides its content; base of the `XRead` schemas."""

    # The schema `to_update()` produces; each XRead sets it to its XUpdate.
    update_schema: ClassVar[type[BaseModel]]

    id: int
    version: int
    created_at: datetime
    updated_at: datetime
    archived_at: datetime | None = None
    # What a stored value fails (set when a record changed behind the application's back is
    # read: its text is shown repaired, and this says what was wrong). Never audited or saved.
    _problems: tuple[str, ...] = PrivateAttr(default=())

    @property
    def archived(self) -> bool:
        return self.archived_at is not None

    @property
    def problems(self) -> tuple[str, ...]:
        return self._problems

    def to_update(self) -> dict[str, Any]:
        """The editable fields plus the version, ready for the update service."""
        return self.model_dump(include=set(self.update_schema.model_fields))


M = TypeVar("M", bound=BaseModel)


# Grouped thousands as the tables show them: 85,000,000 or 1,250.50 (never 85,5: no guessing).
_GROUPED = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def ungroup(value: Any) -> Any:
    """`"85,000,000"` -> `"85000000"`; anything else is left for the number parser to judge."""
    if isinstance(value, str) and _GROUPED.fullmatch(value.strip()):
        return value.strip().replace(",", "")
    return value


# pydantic's own messages a person can meet in a form or an import, by error type, marked in
# pydantic's English wording (so English reads as before); their {placeholders} come from the
# error's context. Any other type keeps pydantic's English.
_PYDANTIC: dict[str, str] = {
    "missing": mark("Field required"),
    "extra_forbidden": mark("Extra inputs are not permitted"),
    "string_type": mark("Input should be a valid string"),
    "int_type": mark("Input should be a valid integer"),
    "int_parsing": mark("Input should be a valid integer, unable to parse string as an integer"),
    "int_from_float": mark("Input should be a valid integer, got a number with a fractional part"),
    "decimal_type": mark("Decimal input should be an integer, float, string or Decimal object"),
    "bool_type": mark("Input should be a valid boolean"),
    "bool_parsing": mark("Input should be a valid boolean, unable to interpret input"),
    "list_type": mark("Input should be a valid list"),
    "enum": mark("Input should be {expected}"),
    "literal_error": mark("Input should be {expected}"),
    "date_past": mark("Date should be in the past"),
    "date_future": mark("Date should be in the future"),
    "greater_than_equal": mark("Input should be greater than or equal to {ge}"),
    "less_than_equal": mark("Input should be less than or equal to {le}"),
}


def _readable(err: Any) -> str:
    """pydantic's message in the interface language, reworded where its wording means nothing to a
    user (dates, numbers); a value error's text was already translated where it was raised."""
    kind = str(err.get("type", ""))
    shown = err.get("input")
    given = isinstance(shown, str) and bool(shown)
    if kind.startswith(("date_", "datetime_")) and kind not in ("date_past", "date_future"):
        if given:
            return msg("'{value}' is not a date: write it as YYYY-MM-DD, e.g. 2024-03-31", value=shown)
        return msg("is not a date: write it as YYYY-MM-DD, e.g. 2024-03-31")
    if kind.startswith("decimal_") and kind != "decimal_type":
        if given:
            return msg("'{value}' is not a number: write it like 85000000.50 or 85,000,000.50", value=shown)
        return msg("is not a number: write it like 85000000.50 or 85,000,000.50")
    ctx = err.get("ctx") or {}
    if kind == "string_too_long" and "max_length" in ctx:
        return nmsg("String should have at most {count} character", "String should have at most {count} characters",
                    int(ctx["max_length"]))
    if kind in _PYDANTIC and (ctx or "{" not in _PYDANTIC[kind]):
        try:
            return msg(_PYDANTIC[kind], **{k: v for k, v in ctx.items() if isinstance(k, str)})
        except (KeyError, IndexError, ValueError):  # a context this wording does not expect
            pass
    return str(err["msg"]).removeprefix("Value error, ")


def issues_from_error(exc: ValidationError) -> list[Issue]:
    """Turn pydantic's error list into Issues with dotted field paths (`partners.1.share`)."""
    found: list[Issue] = []
    for err in exc.errors():
        loc = ".".join(str(part) for part in err["loc"])
        found.append(Issue(loc, Severity.ERROR, _readable(err)))
    return found


def parse_model(model: type[M], data: dict[str, Any]) -> tuple[M | None, list[Issue]]:
    """Validate `data` into `model`; return the model (or None) and the field issues."""
    try:
        return model.model_validate(data), []
    except ValidationError as exc:
        return None, issues_from_error(exc)
