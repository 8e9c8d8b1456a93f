"""The register's entities, declared once: the `Entity` enum and one spec per entity."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from desktop_app.system.message_language import mark, msg

if TYPE_CHECKING:  # imported on first use (see _measure): the window's first paint needs only names
    from sqlmodel import SQLModel

    from desktop_app.domain.assessment_schemas import AssessmentRead
    from desktop_app.domain.fields import RecordMeta
    from desktop_app.domain.measure_schemas import MeasureRead
    from desktop_app.domain.models import Assessment, JointVenture, Measure, MeasureClause, SuspensionWindow
    from desktop_app.domain.time_schemas import ClauseRead, WindowRead
    from desktop_app.domain.venture_schemas import JointVentureRead

TableT = TypeVar("TableT", bound="SQLModel")
ReadT = TypeVar("ReadT", bound="RecordMeta")


class Entity(StrEnum):
    """Everything the audit trail names. A member's value is the name stored in each audit entry,
    which the entry's hash covers: existing registers' chains break if a value ever changes."""

    MEASURE = "measure"
    VENTURE = "joint_venture"
    ASSESSMENT = "assessment"
    MEASURE_LINK = "measure_link"
    EXPOSURE_DISMISSAL = "exposure_dismissal"
    SYNONYM = "synonym"
    RISK_MATRIX = "risk_matrix"
    IMPORT = "import"  # one entry per imported file
    DATABASE = "database"  # a restore from a backup, a move to PostgreSQL
    JURISDICTION_GROUP = "jurisdiction_group"
    MEASURE_CLAUSE = "measure_clause"
    SUSPENSION_WINDOW = "suspension_window"
    EVENT_CONFIRMATION = "event_confirmation"
    TAXONOMY_TERM = "taxonomy_term"
    TAXONOMY_RELATION = "taxonomy_relation"
    CROSSWALK = "crosswalk_row"
    INFERRED_FLOW = "inferred_flow"  # a confirmed or rejected flow screening read from words
    BRIEFING = "briefing"  # one entry per PDF briefing issued (date, options, file hash)
    PARTY = "party"  # a partner or owner, with its owners (ownership chains)
    LISTED_PARTY = "listed_party"  # a party a party-listing measure names
    OWNERSHIP_RULE = "ownership_rule"  # a measure's ownership threshold
    PARTY_MATCH = "party_match"  # a confirmed or rejected possible match of a party with a listing
    CONTENT_SHARE = "content_share"  # an input's share of a venture product's value, by origin
    DE_MINIMIS_RULE = "de_minimis_rule"  # a measure's content threshold

    @property
    def spec(self) -> EntitySpec:
        return SPECS[self]

    @property
    def label(self) -> str:
        """The singular noun of sentences and messages: "joint venture"."""
        return SPECS[self].label

    @property
    def record(self) -> RecordSpec[Any, Any]:
        """The spec of one of the register's records (measure, venture, assessment)."""
        spec = SPECS[self]
        if not isinstance(spec, RecordSpec):
            raise ValueError(msg("a {label} is not one of the register's records", label=msg(spec.label)))
        return spec


@dataclass(frozen=True)
class EntitySpec:
    """How every layer names an entity."""

    entity: Entity
    label: str  # singular, lower case: "joint venture"
    plural: str  # "joint ventures"


@dataclass(frozen=True)
class RecordSpec(EntitySpec, Generic[TableT, ReadT]):
    """One of the register's records: what imports, exports, browses and edits it derive from."""

    name: str  # CLI argument, file stem, settings and view key: "ventures"
    title: str  # window view, import choice and workbook sheet: "Joint ventures"
    key: tuple[str, ...]  # the table's natural key (a UNIQUE constraint)
    key_columns: tuple[str, ...]  # the import columns that name that key
    columns: tuple[str, ...]  # import and export columns, in export order
    required: frozenset[str]
    sheet_names: tuple[str, ...]  # workbook sheet names an import looks for (folded)
    file_words: tuple[str, ...]  # words of a file name that suggest this record
    classes: Callable[[], tuple[type[TableT], type[ReadT]]] = field(repr=False, compare=False)
    # A record of its own in the window (a view, a form, create/update services); False for the
    # parts of a measure that are imported, exported and edited on the measure (clauses, windows).
    browsable: bool = True
    # Columns the workbook adds that the register computes (levels from the matrix): an import of
    # that workbook reads past them without a warning.
    computed: tuple[str, ...] = ()

    @property
    def table(self) -> type[TableT]:
        """The SQLModel table class."""
        return self.classes()[0]

    @property
    def read(self) -> type[ReadT]:
        """The Read schema the services return."""
        return self.classes()[1]


def partner_columns(count: int) -> tuple[str, ...]:
    """`partner_N_name, partner_N_country, partner_N_share` for partners 1 to `count`."""
    return tuple(f"partner_{n}_{part}" for n in range(1, count + 1) for part in ("name", "country", "share"))


# Ventures import any number of partner columns; an export writes at least this many partners.
EXPORT_PARTNERS = 4
# Every export ends with the record's version: an import row carrying an older one than the
# stored record is a stale-version conflict (someone edited the record after the export).
VERSION_COLUMN = "version"
VENTURE_BASE_COLUMNS = (
    "name", "country", "location", "activity", "sector", "stage", "inputs", "outputs",
    "technologies_in", "technologies_out", "value_at_stake", "currency", "owner", "notes",
)


def _measure() -> tuple[type[Measure], type[MeasureRead]]:
    from desktop_app.domain.measure_schemas import MeasureRead
    from desktop_app.domain.models import Measure

    return Measure, MeasureRead


def _venture() -> tuple[type[JointVenture], type[JointVentureRead]]:
    from desktop_app.domain.models import JointVenture
    from desktop_app.domain.venture_schemas import JointVentureRead

    return JointVenture, JointVentureRead


def _assessment() -> tuple[type[Assessment], type[AssessmentRead]]:
    from desktop_app.domain.assessment_schemas import AssessmentRead
    from desktop_app.domain.models import Assessment

    return Assessment, AssessmentRead


def _clause() -> tuple[type[MeasureClause], type[ClauseRead]]:
    from desktop_app.domain.models import MeasureClause
    from desktop_app.domain.time_schemas import ClauseRead

    return MeasureClause, ClauseRead


def _window() -> tuple[type[SuspensionWindow], type[WindowRead]]:
    from desktop_app.domain.models import SuspensionWindow
    from desktop_app.domain.time_schemas import WindowRead

    return SuspensionWindow, WindowRead


MEASURES: RecordSpec[Measure, MeasureRead] = RecordSpec(
    Entity.MEASURE, mark("measure"), "measures", name="measures", title="Measures",
    key=("reference_key",), key_columns=("reference",),
    columns=("reference", "title", "jurisdiction", "authority", "measure_type", "status", "announced_on",
             "consultation_ends_on", "effective_on", "removed_on", "items", "codes", "targets", "excluded",
             "targets_note", "source_url", "summary", "original_title", "notes", "status_history",
             VERSION_COLUMN),
    required=frozenset({"reference", "title", "jurisdiction", "measure_type", "status"}),
    sheet_names=("measures", "measure"), file_words=("measure",), classes=_measure,
)
VENTURES: RecordSpec[JointVenture, JointVentureRead] = RecordSpec(
    Entity.VENTURE, mark("joint venture"), "joint ventures", name="ventures", title="Joint ventures",
    key=("name_key",), key_columns=("name",),
    columns=VENTURE_BASE_COLUMNS + partner_columns(EXPORT_PARTNERS) + (VERSION_COLUMN,),
    required=frozenset({"name", "country"}),
    sheet_names=("joint ventures", "ventures", "joint_ventures", "venture"), file_words=("venture", "jv"),
    classes=_venture,
)
ASSESSMENTS: RecordSpec[Assessment, AssessmentRead] = RecordSpec(
    Entity.ASSESSMENT, mark("assessment"), "assessments", name="assessments", title="Assessments",
    key=("measure_id", "venture_id"), key_columns=("measure_reference", "venture"),
    columns=("measure_reference", "venture", "channels", "likelihood", "impact", "residual_likelihood",
             "residual_impact", "treatment", "rationale", "mitigation", "owner", "next_review_on", "status",
             "assessed_on", "assessor", "clause", VERSION_COLUMN),
    required=frozenset({"measure_reference", "venture", "likelihood", "impact"}),
    sheet_names=("assessments", "assessment"), file_words=("assess",), classes=_assessment,
    computed=("inherent_level", "residual_level"),
)
CLAUSES: RecordSpec[MeasureClause, ClauseRead] = RecordSpec(
    Entity.MEASURE_CLAUSE, mark("clause"), "clauses", name="clauses", title="Clauses",
    key=("measure_id", "label_key"), key_columns=("measure_reference", "clause"),
    columns=("measure_reference", "clause", "title", "text", "items", "codes", "effective_on", "expires_on",
             "status", "threshold", "targets", "excluded", "notes"),
    required=frozenset({"measure_reference", "clause"}),
    sheet_names=("clauses", "clause", "measure clauses"), file_words=("clause",), classes=_clause,
    browsable=False,
)
WINDOWS: RecordSpec[SuspensionWindow, WindowRead] = RecordSpec(
    Entity.SUSPENSION_WINDOW, mark("suspension window"), "suspension windows", name="windows",
    title="Suspension windows",
    key=("measure_id", "clause", "suspension_id", "starts_on"),
    key_columns=("measure_reference", "clause", "suspended_by", "starts_on"),
    columns=("measure_reference", "clause", "suspended_by", "starts_on", "ends_on", "changes", "note"),
    required=frozenset({"measure_reference", "starts_on"}),
    sheet_names=("suspension windows", "suspensionwindows", "windows", "suspension_windows"),
    file_words=("window", "suspension"), classes=_window, browsable=False,
)
SPECS: dict[Entity, EntitySpec] = {spec.entity: spec for spec in (
    MEASURES, VENTURES, ASSESSMENTS,
    EntitySpec(Entity.MEASURE_LINK, mark("measure link"), "measure links"),
    EntitySpec(Entity.EXPOSURE_DISMISSAL, mark("exposure dismissal"), "exposure dismissals"),
    EntitySpec(Entity.SYNONYM, mark("synonym"), "synonyms"),
    EntitySpec(Entity.RISK_MATRIX, mark("risk matrix"), "risk matrices"),
    EntitySpec(Entity.IMPORT, mark("import"), "imports"),
    EntitySpec(Entity.DATABASE, mark("database"), "databases"),
    EntitySpec(Entity.JURISDICTION_GROUP, mark("jurisdiction group"), "jurisdiction groups"),
    CLAUSES, WINDOWS,
    EntitySpec(Entity.EVENT_CONFIRMATION, mark("event confirmation"), "event confirmations"),
    EntitySpec(Entity.TAXONOMY_TERM, mark("taxonomy term"), "taxonomy terms"),
    EntitySpec(Entity.TAXONOMY_RELATION, mark("taxonomy relation"), "taxonomy relations"),
    EntitySpec(Entity.CROSSWALK, mark("crosswalk row"), "crosswalk rows"),
    EntitySpec(Entity.INFERRED_FLOW, mark("inferred flow"), "inferred flows"),
    EntitySpec(Entity.BRIEFING, mark("briefing"), "briefings"),
    EntitySpec(Entity.PARTY, mark("party"), "parties"),
    EntitySpec(Entity.LISTED_PARTY, mark("listed party"), "listed parties"),
    EntitySpec(Entity.OWNERSHIP_RULE, mark("ownership rule"), "ownership rules"),
    EntitySpec(Entity.PARTY_MATCH, mark("party match"), "party matches"),
    EntitySpec(Entity.CONTENT_SHARE, mark("content share"), "content shares"),
    EntitySpec(Entity.DE_MINIMIS_RULE, mark("de minimis rule"), "de minimis rules"),
)}
# The register's records in dependency order (an assessment names a measure and a venture).
# A new record is one spec here and one entry in each layer's table: services.records.registry
# (SERVICES), services.records.browse_columns (TABLES), services.intake (CODECS, import_batch's
# ADAPTERS) and ui.entities (ENTITY_UI); tests/*/test_entit* fail until every one has it.
RECORDS: tuple[Entity, ...] = tuple(
    e for e in Entity if isinstance(spec := SPECS[e], RecordSpec) and spec.browsable)
# Everything a file can hold, in the order an import of several needs (the measure before its
# clauses, the clause before its windows, both before the assessments that may name a clause):
# CODECS and import_batch's ADAPTERS are keyed by these.
IMPORTABLE: tuple[Entity, ...] = (Entity.MEASURE, Entity.VENTURE, Entity.MEASURE_CLAUSE, Entity.SUSPENSION_WINDOW,
                                  Entity.ASSESSMENT)


def record_named(name: str) -> Entity:
    """The records whose CLI and file name is `name` ("measures", "clauses"); ValueError naming the choices."""
    for entity in IMPORTABLE:
        if entity.record.name == name:
            return entity
    raise ValueError(msg("unknown record type {name!r}; use one of {names}", name=name,
                         names=", ".join(e.record.name for e in IMPORTABLE)))


def guess_record(file_name: str) -> Entity | None:
    """The record a file's name suggests. Dependents are tried first: an assessments file's name
    often names measures too ("measure assessments.csv")."""
    folded = file_name.casefold()
    return next((e for e in reversed(IMPORTABLE) if any(w in folded for w in e.record.file_words)), None)


def audit_label(stored: str) -> str:
    """The label of an entity name read from the audit trail (a name this version does not know,
    written by a newer one, is shown as stored)."""
    try:
        return Entity(stored).label
    except ValueError:
        return stored
