"""Controlled vocabularies of the register, each with a display label and a forgiving parser."""

from __future__ import annotations

from enum import StrEnum
from functools import cache

from desktop_app.system.message_language import msg


class Vocabulary(StrEnum):
    """A string enum whose members carry a human label and parse from key or label."""

    @property
    def label(self) -> str:
        return _LABELS.get((type(self).__name__, self.value), self.value.replace("_", " "))

    @classmethod
    def parse(cls, text: str) -> Vocabulary:
        """Return the member whose key or label matches `text`, ignoring case and spacing."""
        found = cls._lookup(text)
        if found is None:
            choices = ", ".join(m.label for m in cls)
            raise ValueError(msg("unknown value {value!r}; expected one of: {choices}", value=str(text),
                                 choices=choices))
        return found

    @classmethod
    def _lookup(cls, text: object) -> Vocabulary | None:
        if not isinstance(text, str):
            return None
        return _spellings(cls).get(_fold(text))

    @classmethod
    def _missing_(cls, value: object) -> Vocabulary | None:
        # Lets pydantic (and plain construction) accept labels and aliases too.
        return cls._lookup(value)

    @classmethod
    def choices(cls) -> list[str]:
        return [m.label for m in cls]

    @classmethod
    def stored(cls, key: str) -> Vocabulary | UnknownKey:
        """The member a stored key names, or an UnknownKey standing in for a key no save writes."""
        try:
            return cls(key)
        except ValueError:
            return UnknownKey(key)


class UnknownKey(str):
    """A stored vocabulary key this version does not know (written outside the application): it
    reads like a member (`value`, `label`) and shows as it is, marked, so that a report, an
    export or a check never dies on it. `check` reports the record."""

    __slots__ = ()

    @property
    def value(self) -> str:
        return str(self)

    @property
    def label(self) -> str:
        return f"{self} (unknown)"


@cache
def _spellings(cls: type[Vocabulary]) -> dict[str, Vocabulary]:
    """Every accepted spelling of a vocabulary (folded key, label, alias) -> member."""
    found: dict[str, Vocabulary] = {}
    for alias, key in _ALIASES.get(cls.__name__, {}).items():
        found[_fold(alias)] = cls(key)
    for member in cls:
        found[_fold(member.label)] = member
        found[_fold(member.value)] = member
    return found


def _fold(text: str) -> str:
    return " ".join(str(text).replace("_", " ").replace("-", " ").split()).casefold()


class MeasureType(Vocabulary):
    EXPORT_BAN = "export_ban"
    EXPORT_LICENSING = "export_licensing"
    TECHNOLOGY_EXPORT_RESTRICTION = "technology_export_restriction"
    EXPORT_QUOTA = "export_quota"
    EXPORT_TAX = "export_tax"
    IMPORT_TARIFF = "import_tariff"
    END_USER_CONTROL = "end_user_control"
    INVESTMENT_SCREENING = "investment_screening"
    FRAMEWORK_LAW = "framework_law"
    SUSPENSION = "suspension"
    OTHER = "other"
    # Added with the screening vocabulary (stored keys above are never renamed):
    EXTRATERRITORIAL_RULE = "extraterritorial_rule"  # goods made abroad with, or re-exported, items of the issuer
    PARTY_LISTING = "party_listing"  # named parties (entity lists): matched against partners, not items


class MeasureStatus(Vocabulary):
    PROPOSED = "proposed"
    CONSULTATION = "consultation"
    ADOPTED = "adopted"
    IN_FORCE = "in_force"
    SUSPENDED = "suspended"
    REPEALED = "repealed"
    EXPIRED = "expired"


class CodeSystem(Vocabulary):
    HS = "HS"
    CN = "CN"
    ECCN = "ECCN"
    CN_DU = "CN-DU"
    CN_TECH = "CN-TECH"
    EU_DU = "EU-DU"
    OTHER = "OTHER"


class ItemStage(Vocabulary):
    """How far along the value chain an item is: a listed stage reaches the same stage only."""

    ORE = "ore"
    REFINED = "refined"
    MATERIAL = "material"
    COMPONENT = "component"
    PRODUCT = "product"
    EQUIPMENT = "equipment"
    TECHNOLOGY = "technology"
    SERVICE = "service"


class FlowState(Vocabulary):
    """An inferred flow (read from a venture's activity text) until someone confirms or rejects it."""

    PROPOSED = "proposed"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"


class VentureStage(Vocabulary):
    PLANNED = "planned"
    NEGOTIATING = "negotiating"
    OPERATING = "operating"
    EXITING = "exiting"
    CLOSED = "closed"


class ItemDirection(Vocabulary):
    INPUT = "input"
    OUTPUT = "output"
    TECHNOLOGY_IN = "technology_in"
    TECHNOLOGY_OUT = "technology_out"


class ImpactChannel(Vocabulary):
    INPUT_SUPPLY = "input_supply"
    TECHNOLOGY_LICENCE = "technology_licence"
    EXPORT_SALES = "export_sales"
    INVESTMENT_APPROVAL = "investment_approval"
    FINANCING = "financing"
    TARIFF_COST = "tariff_cost"
    OTHER = "other"


class Treatment(Vocabulary):
    MITIGATE = "mitigate"
    ACCEPT = "accept"
    AVOID = "avoid"
    TRANSFER = "transfer"
    MONITOR = "monitor"


class AssessmentStatus(Vocabulary):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    APPROVED = "approved"
    CLOSED = "closed"


class ActionStatus(Vocabulary):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class AuditAction(Vocabulary):
    CREATE = "create"
    UPDATE = "update"
    ARCHIVE = "archive"
    RESTORE = "restore"
    IMPORT = "import"
    CONFIGURE = "configure"
    RESTORE_DATABASE = "restore_database"
    SEAL = "seal"  # record states sealed by a schema upgrade (persistence/seals.py)


_LABELS: dict[tuple[str, str], str] = {
    ("MeasureType", MeasureType.EXPORT_BAN.value): "export ban",
    ("MeasureType", MeasureType.EXPORT_LICENSING.value): "export licensing requirement",
    ("MeasureType", MeasureType.TECHNOLOGY_EXPORT_RESTRICTION.value): "technology export restriction",
    ("MeasureType", MeasureType.EXPORT_QUOTA.value): "export quota",
    ("MeasureType", MeasureType.EXPORT_TAX.value): "export tax",
    ("MeasureType", MeasureType.IMPORT_TARIFF.value): "import tariff",
    ("MeasureType", MeasureType.END_USER_CONTROL.value): "end-user / end-use control",
    ("MeasureType", MeasureType.INVESTMENT_SCREENING.value): "investment screening",
    ("MeasureType", MeasureType.FRAMEWORK_LAW.value): "framework law",
    ("MeasureType", MeasureType.SUSPENSION.value): "suspension",
    ("MeasureType", MeasureType.EXTRATERRITORIAL_RULE.value): "extraterritorial / re-export rule",
    ("MeasureType", MeasureType.PARTY_LISTING.value): "party listing",
    ("ItemStage", ItemStage.ORE.value): "ore or concentrate",
    ("ItemStage", ItemStage.REFINED.value): "refined chemical or metal",
    ("MeasureStatus", MeasureStatus.IN_FORCE.value): "in force",
    ("CodeSystem", CodeSystem.CN.value): "CN customs 10-digit",
    ("CodeSystem", CodeSystem.CN_DU.value): "China dual-use list",
    ("CodeSystem", CodeSystem.CN_TECH.value): "China technology catalogue",
    ("CodeSystem", CodeSystem.EU_DU.value): "EU dual-use",
    ("CodeSystem", CodeSystem.OTHER.value): "other",
    ("ItemDirection", ItemDirection.TECHNOLOGY_IN.value): "technology in",
    ("ItemDirection", ItemDirection.TECHNOLOGY_OUT.value): "technology out",
    ("ImpactChannel", ImpactChannel.INPUT_SUPPLY.value): "input supply",
    ("ImpactChannel", ImpactChannel.TECHNOLOGY_LICENCE.value): "technology licence",
    ("ImpactChannel", ImpactChannel.EXPORT_SALES.value): "export sales",
    ("ImpactChannel", ImpactChannel.INVESTMENT_APPROVAL.value): "investment approval",
    ("ImpactChannel", ImpactChannel.TARIFF_COST.value): "tariff cost",
    ("AssessmentStatus", AssessmentStatus.IN_REVIEW.value): "in review",
    ("ActionStatus", ActionStatus.IN_PROGRESS.value): "in progress",
    ("AuditAction", AuditAction.RESTORE_DATABASE.value): "restore database",
    ("AuditAction", AuditAction.SEAL.value): "seal records",
}

# Spellings seen in real sources (and in the reference list) that mean the same thing.
_ALIASES: dict[str, dict[str, str]] = {
    "MeasureType": {
        "end-user control": "end_user_control",
        "end-use/end-user control": "end_user_control",
        # The label before the party-listing type existed: files exported then still read back.
        "end-user control / entity listing": "end_user_control",
        "entity listing": "party_listing",
        "entity list": "party_listing",
        "technology control": "technology_export_restriction",
        "extraterritorial rule": "extraterritorial_rule",
        "re-export rule": "extraterritorial_rule",
        "foreign direct product rule": "extraterritorial_rule",
        "suspension of measure": "suspension",
        "export licensing": "export_licensing",
    },
    "ImpactChannel": {"technology license": "technology_licence"},
    "ItemStage": {
        "concentrate": "ore", "ore": "ore", "unprocessed": "ore", "raw material": "ore",
        "chemical": "refined", "metal": "refined", "refined": "refined", "intermediate": "refined",
        "part": "component", "finished product": "product", "machinery": "equipment",
        "know-how": "technology", "licence": "technology", "license": "technology", "process": "technology",
    },
}
