"""What a row codec is, and the cell readers that collect errors by column."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from desktop_app.domain.cells import cell_date, cell_decimal, cell_int, cell_text
from desktop_app.domain.entity import Entity
from desktop_app.domain.enums import Vocabulary
from desktop_app.domain.fields import RecordMeta

if TYPE_CHECKING:
    from desktop_app.services.intake.jurisdiction_cells import JurisdictionReader

ReadT = TypeVar("ReadT", bound=RecordMeta)


class Lookup(Protocol):
    """Resolves keys to ids inside the import's transaction, reads jurisdiction cells, and
    collects the row's warnings (the text was read, but not as written)."""

    jurisdictions: JurisdictionReader
    warnings: list[tuple[str, str]]  # (column, message) of the row being read

    def measure_id(self, reference: str) -> int | None: ...
    def venture_id(self, name: str) -> int | None: ...
    def today(self) -> date: ...
    def nearest(self, column: str, text: str) -> str: ...  # " (did you mean ...?)" for a key cell


@dataclass(frozen=True)
class Codec(Generic[ReadT]):
    """How a row of one record entity maps to service data and back; its columns are the spec's."""

    entity: Entity
    # (cells, existing data or None, lookup) -> (data, [(column, message)])
    from_cells: Callable[[dict[str, object], dict[str, Any] | None, Lookup],
                         tuple[dict[str, Any], list[tuple[str, str]]]]
    # read model -> {column: text or value}
    to_cells: Callable[[ReadT], dict[str, object]]
    # pydantic field path -> column name, for validation messages
    column_for: Callable[[str], str]
    # row cells -> normalised key, for duplicate detection and upsert
    key_of: Callable[[dict[str, object]], str]
    # the columns an export of these records needs (ventures grow partner columns)
    export_columns: Callable[[list[ReadT]], tuple[str, ...]] | None = None
    # vocabulary columns (value, or `;` list when True), checked with "did you mean" before reading
    vocabularies: tuple[tuple[str, type[Vocabulary], bool], ...] = ()

    @property
    def columns(self) -> tuple[str, ...]:
        return self.entity.record.columns

    @property
    def required(self) -> frozenset[str]:
        return self.entity.record.required

    @property
    def key_columns(self) -> tuple[str, ...]:
        return self.entity.record.key_columns

    def columns_for(self, reads: list[ReadT]) -> tuple[str, ...]:
        return self.export_columns(reads) if self.export_columns else self.columns


class Cells:
    """Typed access to one row's cells that records errors instead of raising."""

    def __init__(self, cells: dict[str, object]) -> None:
        self.cells = cells
        self.errors: list[tuple[str, str]] = []

    def has(self, column: str) -> bool:
        return column in self.cells

    def overlay(
        self, existing: dict[str, Any] | None, *, texts: tuple[str, ...] = (), dates: tuple[str, ...] = ()
    ) -> dict[str, Any]:
        """The stored record's data with the file's text and date columns laid over it; columns the
        file does not have keep their stored values (a partial import changes only what it names)."""
        data = dict(existing or {})
        data.update({c: self.text(c) for c in texts if self.has(c)})
        data.update({c: self.date(c) for c in dates if self.has(c)})
        return data

    def text(self, column: str) -> str:
        return cell_text(self.cells.get(column))

    def typed(self, column: str, parse: Callable[[object], Any]) -> Any:
        try:
            return parse(self.cells.get(column))
        except ValueError as exc:
            self.errors.append((column, str(exc)))
            return None

    def date(self, column: str) -> date | None:
        return self.typed(column, cell_date)

    def int(self, column: str) -> int | None:
        return self.typed(column, cell_int)

    def decimal(self, column: str) -> Decimal | None:
        return self.typed(column, cell_decimal)

    def jurisdiction(self, column: str, lookup: Lookup) -> str | None:
        """A country (or EU) by code, name or alias; None (and an error) when it names none."""
        text = self.text(column)
        if not text.strip():
            return text.strip()
        return self.parsed(column, lookup.jurisdictions.country)

    def parsed(self, column: str, parse: Callable[[str], Any], default: Any = None) -> Any:
        try:
            return parse(self.text(column))
        except ValueError as exc:
            self.errors.append((column, str(exc)))
            return default


def first_segment(path: str) -> str:
    return path.split(".", 1)[0]


def text_or_date(value: object) -> object:
    """Dates stay dates (real spreadsheet dates in the workbook); None becomes empty."""
    return "" if value is None else value
