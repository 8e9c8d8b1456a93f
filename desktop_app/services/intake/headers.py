"""Column headers as people write them: a mapping to import columns, and suggestions by similarity."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from desktop_app.domain.entity import Entity
from desktop_app.domain.errors import ImportRejected
from desktop_app.domain.jurisdictions import fold
from desktop_app.services.intake.suggest import did_you_mean, nearest
from desktop_app.services.intake.tabular import Table, header_key, read_table
from desktop_app.services.records.browse_columns import TABLES
from desktop_app.system.message_language import msg

_PARTNER = re.compile(r"^partner_\d+_(name|country|share|owners)$")
_PARTNER_ALONE = re.compile(r"partner\s?(\d+)(?: name)?")
SUGGEST_CUTOFF = 75
IGNORE = ""  # a mapping to this drops the column


def is_column(entity: Entity, name: str) -> bool:
    return name in entity.record.columns or (entity is Entity.VENTURE and _PARTNER.match(name) is not None)


def labels(entity: Entity) -> dict[str, str]:
    """Words a header may use for each import column: its name in words, and the title the
    window's table gives it ("Announced" for announced_on)."""
    out = {column.replace("_", " "): column for column in entity.record.columns}
    table = TABLES.get(entity)  # a measure's clauses and windows have no table of their own
    for browse in table.columns if table is not None else ():
        if browse.key in entity.record.columns:
            out.setdefault(browse.title, browse.key)
    return out


def unknown(entity: Entity, columns: Iterable[str]) -> list[str]:
    """The file's headers (as keys) that are not import columns."""
    return [c for c in columns if c and not is_column(entity, c)]


# Words registers use for a column that are not like its name ("Kind" for the measure type):
# suggested, never read without the user's say (a mapping or the dialog's choice).
_COMMON = {"ref": "reference", "ref no": "reference", "reference number": "reference", "id": "reference",
           "name": "title", "measure title": "title", "issuer": "jurisdiction", "issuing country": "jurisdiction",
           "issued by": "jurisdiction", "country": "jurisdiction", "kind": "measure_type", "type": "measure_type",
           "state": "status", "in force": "effective_on", "date in force": "effective_on",
           "entry into force": "effective_on", "effective date": "effective_on", "announced": "announced_on",
           "target countries": "targets", "destinations": "targets", "target": "targets",
           "exceptions": "excluded", "exempt": "excluded", "source": "source_url", "link": "source_url",
           "url": "source_url", "products": "items", "hs codes": "codes", "comments": "notes", "remarks": "notes"}
COMMON_HEADERS: dict[Entity, dict[str, str]] = {
    Entity.MEASURE: _COMMON,
    Entity.VENTURE: {"joint venture": "name", "jv": "name", "venture": "name", "venture name": "name",
                     "host country": "country", "location country": "country", "comments": "notes",
                     "remarks": "notes", "value": "value_at_stake", "responsible": "owner"},
    Entity.ASSESSMENT: {"measure": "measure_reference", "reference": "measure_reference", "ref": "measure_reference",
                        "joint venture": "venture", "jv": "venture", "review date": "next_review_on",
                        "next review": "next_review_on", "assessment date": "assessed_on",
                        "assessed": "assessed_on", "assessed by": "assessor", "justification": "rationale",
                        "mitigations": "mitigation", "responsible": "owner"},
}


def suggest(entity: Entity, header: str, taken: Iterable[str] = ()) -> str | None:
    """The import column a header most likely means, or None when none is near enough: a word
    registers commonly use for it, then a column whose name the header holds as whole words
    ("Measure title" -> title), then the most similar name."""
    words = labels(entity)
    free = {label: column for label, column in words.items() if column not in set(taken)}
    spoken = fold(header.replace("_", " "))
    partner = _PARTNER_ALONE.fullmatch(spoken) if entity is Entity.VENTURE else None
    if partner is not None and f"partner_{partner.group(1)}_name" not in set(taken):
        return f"partner_{partner.group(1)}_name"  # "Partner 2" names the second partner
    common = COMMON_HEADERS.get(entity, {}).get(spoken)
    if common is not None and common not in set(taken) and is_column(entity, common):
        return common
    held = sorted((label for label in words if f" {fold(label)} " in f" {spoken} "), key=len, reverse=True)
    if held:  # the column it names, or none when the file has that column already
        return free.get(held[0])
    found = nearest(header.replace("_", " "), free, limit=1, cutoff=SUGGEST_CUTOFF)
    return free[found[0]] if found else None


def suggestions(entity: Entity, columns: list[str]) -> dict[str, str | None]:
    """For each unknown header, the suggested column (each column suggested once at most)."""
    taken = [c for c in columns if is_column(entity, c)]
    out: dict[str, str | None] = {}
    for header in unknown(entity, columns):
        out[header] = suggest(entity, header, taken)
        if out[header]:
            taken.append(out[header] or "")
    return out


def by_label(entity: Entity, columns: list[str], mapping: Mapping[str, str]) -> dict[str, str]:
    """Unknown headers that are exactly a column's label ("Type", "Announced", "Joint venture"):
    read as that column without asking, unless the mapping says otherwise or the column is there."""
    words = {fold(label): column for label, column in labels(entity).items()}
    present = {c for c in columns if is_column(entity, c)} | set(mapping.values())
    out: dict[str, str] = {}
    for header in unknown(entity, columns):
        column = words.get(fold(header.replace("_", " ")))
        if header not in mapping and column and column not in present and column not in out.values():
            out[header] = column
    return out


def header_set_key(columns: Iterable[str]) -> str:
    """A stable name for a file's set of headers, to remember its mapping by."""
    return hashlib.sha256("\x1f".join(sorted(c for c in columns if c)).encode()).hexdigest()[:16]


def parse_mapping(pairs: Iterable[str]) -> dict[str, str]:
    """`--map "Ref=reference"` arguments -> {header key: column} ("Notes=" drops a column)."""
    out: dict[str, str] = {}
    for pair in pairs:
        header, sep, column = pair.partition("=")
        if not sep or not header.strip():
            raise ImportRejected(msg("--map {pair!r}: write HEADER=COLUMN, e.g. --map \"Ref=reference\".", pair=pair))
        out[header_key(header)] = header_key(column)
    return out


def apply_mapping(table: Table, entity: Entity, mapping: Mapping[str, str]) -> Table:
    """The table with its headers renamed as `mapping` says; ImportRejected naming every problem."""
    if not mapping:
        return table
    problems = []
    for header, column in mapping.items():
        if header not in table.columns:
            problems.append(msg("--map {header}: the file has no column {header!r}{hint}", header=header,
                                hint=did_you_mean(header, [c for c in table.columns if c])))
        elif column != IGNORE and not is_column(entity, column):
            problems.append(msg("--map {header}={column}: {column!r} is not an import column of {entity}{hint}",
                                header=header, column=column, entity=entity.record.name,
                                hint=did_you_mean(column, entity.record.columns)))
    renamed = [mapping.get(c, c) for c in table.columns]
    named = [c for c in renamed if c]
    clashes = sorted({c for c in named if named.count(c) > 1})
    if clashes:
        problems.append(msg("two columns would both be {columns}; map only one of them",
                            columns=", ".join(repr(c) for c in clashes)))
    if problems:
        raise ImportRejected(msg("{file}: the column mapping does not fit the file; nothing was imported.",
                                 file=table.name), problems)
    rows = [(n, {mapping.get(c, c): v for c, v in cells.items() if mapping.get(c, c)}) for n, cells in table.rows]
    return replace(table, columns=renamed, rows=rows)


@dataclass(frozen=True)
class HeaderCheck:
    """A file's headers against the import columns: what is read without asking, what needs a
    choice (with the suggestion), and the required columns still missing."""

    columns: list[str]
    by_label: dict[str, str]
    unknown: dict[str, str | None]  # header -> suggested column (None: nothing near)
    choices: list[str]  # every column a header may be mapped to

    @property
    def key(self) -> str:
        return header_set_key(self.columns)


def check_headers(path: Path, entity: Entity) -> HeaderCheck:
    """Read a file's headers (the whole file is read and checked, as an import would)."""
    table = read_table(path, entity)
    labelled = by_label(entity, table.columns, {})
    renamed = [labelled.get(c, c) for c in table.columns]
    return HeaderCheck(table.columns, labelled,
                       suggestions(entity, renamed), list(entity.record.columns))
