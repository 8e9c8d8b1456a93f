"""Input schemas of ownership records: parties, owners, listed parties, thresholds."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated

from pydantic import AfterValidator, Field, model_validator

from desktop_app.domain.fields import Jurisdiction, LongText, NameText, Schema, ShortText
from desktop_app.system.message_language import msg

STEP = Decimal("0.0001")


def _percent(value: Decimal) -> Decimal:
    if not Decimal(0) <= value <= Decimal(100):
        raise ValueError(msg("a share must be between 0 and 100 (percent)"))
    if value != value.quantize(STEP):
        raise ValueError(msg("a share allows at most four decimals"))
    return value.quantize(STEP)


def _threshold(value: Decimal) -> Decimal:
    if value == 0:
        raise ValueError(msg("a threshold must be above 0%"))
    return _percent(value)


Percent = Annotated[Decimal, AfterValidator(_percent)]
Threshold = Annotated[Decimal, AfterValidator(_threshold)]


class PartyIn(Schema):
    name: NameText
    country: Jurisdiction | None = None
    aliases: list[NameText] = Field(default_factory=list)  # other spellings: Chinese, Korean, Japanese names
    notes: LongText = ""


class OwnerIn(Schema):
    share: Percent | None = None  # None: not known
    note: LongText = ""


class ListedPartyIn(Schema):
    name: NameText
    aliases: list[NameText] = Field(default_factory=list)
    country: Jurisdiction | None = None
    list_name: ShortText = ""  # "Entity List", "MEU List", "Unreliable Entity List"
    listed_from: date | None = None
    listed_until: date | None = None  # the last day on the list

    @model_validator(mode="after")
    def _dates(self) -> ListedPartyIn:
        if self.listed_from and self.listed_until and self.listed_until < self.listed_from:
            raise ValueError(msg("listed_until is before listed_from"))
        return self


class RuleIn(Schema):
    threshold: Threshold = Decimal(50)
    lists: list[NameText] = Field(default_factory=list)  # empty: the measure's own listed parties
    note: LongText = ""
