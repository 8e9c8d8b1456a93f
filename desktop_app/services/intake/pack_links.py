"""An update pack's links between measures: a CSV of its own or the pack workbook's Lineage sheet."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from desktop_app.domain.errors import ImportRejected
from desktop_app.services.intake.tabular import header_key
from desktop_app.system.message_language import msg

LINK_SHEETS = ("lineage", "links")
LINK_COLUMNS = ("from_reference", "kind", "to_reference", "note")


@dataclass(frozen=True)
class PackLink:
    row: int
    from_reference: str
    kind: str
    to_reference: str
    note: str = ""

    def __str__(self) -> str:
        return f"{self.from_reference} {self.kind} {self.to_reference}"


def read_links(path: Path, links: Path | None) -> list[PackLink]:
    """Links from `links` (CSV `from_reference,kind,to_reference,note`) or from the pack's own
    Lineage (or Links) sheet when it is a workbook; none otherwise."""
    rows: list[dict[str, object]] = []
    if links is not None:
        rows = _csv_rows(links)
    elif path.suffix.lower() in (".xlsx", ".xlsm"):
        import openpyxl

        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            sheet = next((book[n] for n in book.sheetnames if header_key(n) in LINK_SHEETS), None)
            if sheet is not None:
                values = sheet.iter_rows(values_only=True)
                heads = [header_key(h) for h in next(values, ())]
                rows = [dict(zip(heads, r, strict=False)) for r in values if any(v is not None for v in r)]
        finally:
            book.close()
    return [PackLink(n, *(str(r.get(c) or "").strip() for c in LINK_COLUMNS)) for n, r in enumerate(rows, start=2)]


def _csv_rows(links: Path) -> list[dict[str, object]]:
    """The links file's rows by folded header; a file that is not UTF-8 CSV is refused by name."""
    if not links.is_file():
        raise ImportRejected(msg("{path} does not exist or is not a file.", path=links))
    try:
        text = links.read_bytes().decode("utf-8-sig")
        if "\x00" in text:
            raise ImportRejected(msg("{file} contains NUL bytes: it is not a CSV text file.", file=links.name))
        return [{header_key(k): v for k, v in r.items() if k is not None}
                for r in csv.DictReader(io.StringIO(text, newline=""), strict=True)]
    except UnicodeDecodeError as exc:
        raise ImportRejected(msg("{file} is not UTF-8 text (offset {offset}); save it as 'CSV UTF-8'; "
                                 "nothing was imported.", file=links.name, offset=exc.start)) from None
    except csv.Error as exc:
        raise ImportRejected(msg("{file}: malformed CSV: {error}; nothing was imported.", file=links.name,
                                 error=exc)) from None
