"""Joint-venture schema family and its rules (ownership shares, currency, items)."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, Field

from desktop_app.domain.enums import ItemDirection, ItemStage, VentureStage
from desktop_app.domain.fields import (
    CodeText,
    Issue,
    Jurisdiction,
    LongText,
    NameText,
    RecordMeta,
    Schema,
    Severity,
    ShortText,
    parse_model,
    ungroup,
)
from desktop_app.system.message_language import msg

SHARE_TOTAL = Decimal(100)
CENT = Decimal("0.01")


def _share(value: Decimal) -> Decimal:
    if not Decimal(0) <= value <= SHARE_TOTAL:
        raise ValueError(msg("ownership share must be between 0 and 100"))
    if value != value.quantize(CENT):
        raise ValueError(msg("ownership share allows at most two decimals"))
    return value.quantize(CENT)  # one representation, so 49 and 49.00 compare equal


def _money(value: Decimal | None) -> Decimal | None:
    if value is None:
        return None
    if value < 0:
        raise ValueError(msg("value at stake cannot be negative"))
    if value != value.quantize(CENT) or abs(value) >= Decimal(10) ** 16:
        raise ValueError(msg("value at stake allows at most 16 digits and two decimals"))
    return value.quantize(CENT)


def _currency(text: str) -> str:
    code = text.strip().upper()
    if code and not (len(code) == 3 and code.isascii() and code.isalpha()):
        raise ValueError(msg("currency must be a three-letter ISO 4217 code such as USD"))
    return code


Share = Annotated[Decimal, AfterValidator(_share)]
Money = Annotated[Decimal | None, BeforeValidator(ungroup), AfterValidator(_money)]
Currency = Annotated[str, AfterValidator(_currency)]


class PartnerIn(Schema):
    name: NameText
    country: Jurisdiction | None = None
    share: Share | None = None  # None: not disclosed yet


def _distinct(values: list[str]) -> list[str]:
    if len(set(values)) != len(values):
        raise ValueError(msg("lists a country twice"))
    return values


class VentureItemIn(Schema):
    name: NameText
    direction: ItemDirection = ItemDirection.INPUT
    codes: list[CodeText] = Field(default_factory=list)
    # Inputs and technology in: supplier/licensor countries; outputs and technology out:
    # destination countries. Empty means not recorded (screening then lists what depends on it).
    countries: Annotated[list[Jurisdiction], AfterValidator(_distinct)] = Field(default_factory=list)
    # None: not recorded (screening reads the stage from the name where it is clear).
    stage: ItemStage | None = None


class JointVentureBase(Schema):
    name: NameText
    country: Jurisdiction
    location: ShortText = ""
    activity: ShortText = ""
    sector: ShortText = ""
    stage: VentureStage = VentureStage.OPERATING
    value_at_stake: Money = None
    currency: Currency = ""
    owner: ShortText = ""
    notes: LongText = ""


class JointVentureCreate(JointVentureBase):
    partners: list[PartnerIn] = Field(default_factory=list)
    items: list[VentureItemIn] = Field(default_factory=list)


class JointVentureUpdate(JointVentureCreate):
    version: int


class JointVentureRead(JointVentureCreate, RecordMeta):
    update_schema = JointVentureUpdate

    @property
    def ownership_total(self) -> Decimal:
        """The sum of the known shares."""
        return known_total(self.partners)

    @property
    def ownership_complete(self) -> bool:
        """False while a partner's share is not disclosed: screening and reports say "ownership
        incomplete" rather than reading the known shares as the whole."""
        return all(p.share is not None for p in self.partners)


OWNERSHIP_INCOMPLETE = "ownership incomplete"


def known_total(partners: list[PartnerIn]) -> Decimal:
    return sum((p.share for p in partners if p.share is not None), Decimal(0))


def ownership_text(partners: list[PartnerIn]) -> str:
    """How reports state the ownership: "100.00%", "70.00%" or "70.00% known; ownership incomplete"."""
    total = known_total(partners)
    if all(p.share is not None for p in partners):
        return f"{total:.2f}%"
    return f"{total:.2f}% known; {OWNERSHIP_INCOMPLETE}"


def venture_rules(v: JointVentureCreate) -> list[Issue]:
    """Cross-field checks: the ownership total of the known shares, currency with value, names."""
    found: list[Issue] = []
    total = known_total(v.partners)
    unknown = sum(1 for p in v.partners if p.share is None)
    if total > SHARE_TOTAL:
        found.append(Issue("partners", Severity.ERROR,
                           msg("ownership shares add up to {total}%, over 100%", total=total)))
    elif unknown:
        found.append(Issue("partners", Severity.WARNING,
                           # "share(s)" as before: the English wording is kept exactly.
                           msg("ownership incomplete: {count} partner share(s) not disclosed; the known shares "
                               "add up to {total}%", count=unknown, total=total)))
    elif v.partners and total < SHARE_TOTAL:
        found.append(
            Issue("partners", Severity.WARNING, msg("ownership shares add up to {total}%, under 100%", total=total))
        )
    names = [p.name.casefold().strip() for p in v.partners]
    if len(set(names)) != len(names):
        found.append(Issue("partners", Severity.ERROR, msg("the same partner is listed twice")))
    if v.value_at_stake is not None and not v.currency:
        found.append(Issue("currency", Severity.ERROR, msg("is required when a value at stake is given")))
    return found


def validate_venture(
    data: dict[str, Any], schema: type[JointVentureCreate] = JointVentureCreate
) -> tuple[JointVentureCreate | None, list[Issue]]:
    model, issues = parse_model(schema, data)
    if model is None:
        return None, issues
    return model, venture_rules(model)
