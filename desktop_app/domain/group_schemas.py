"""Jurisdiction groups (the EU, EAR country groups, all countries): the schema and their expansion."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Annotated

from pydantic import AfterValidator, Field

from desktop_app.domain.fields import Issue, Jurisdiction, LongText, RequiredText, Schema, Severity, ShortText
from desktop_app.domain.jurisdictions import fold, is_group_code, vocabulary
from desktop_app.system.message_language import msg

EU = "EU"  # a jurisdiction (an issuer) and a group of its members (a target)


def _group_code(text: str) -> str:
    value = text.strip().upper()
    if value != EU and not is_group_code(value):
        raise ValueError(msg("write a code of 3 to 40 capitals, digits and ':' '-' '.', e.g. EAR:D:5 "
                             "(two letters are kept for countries)"))
    if value != EU and vocabulary().resolve(value) is not None:
        raise ValueError(msg("{value!r} is a country's code", value=value))
    return value


def _distinct(values: list[str]) -> list[str]:
    if len({fold(v) for v in values}) != len(values):
        raise ValueError(msg("lists the same entry twice"))
    return values


GroupCode = Annotated[str, AfterValidator(_group_code)]


class JurisdictionGroupIn(Schema):
    code: GroupCode
    name: RequiredText
    aliases: Annotated[list[RequiredText], AfterValidator(_distinct)] = Field(default_factory=list)
    members: Annotated[list[Jurisdiction], AfterValidator(_distinct)] = Field(default_factory=list)
    covers_all: bool = False
    source: ShortText = ""
    notes: LongText = ""


class JurisdictionGroupRead(JurisdictionGroupIn):
    id: int
    version: int


def group_rules(g: JurisdictionGroupIn) -> list[Issue]:
    found = []
    if g.covers_all and g.members:
        found.append(Issue("members", Severity.ERROR, msg("a group of all countries lists no members")))
    if EU in g.members:
        found.append(Issue("members", Severity.ERROR, msg("list the member countries, not EU")))
    clash = [a for a in g.aliases if vocabulary().resolve(a) is not None]
    if clash:
        found.append(Issue("aliases", Severity.ERROR, msg("{alias!r} already names a country", alias=clash[0])))
    if not g.covers_all and not g.members:
        found.append(Issue("members", Severity.WARNING,
                           msg("no members yet: targets naming this group reach no country until they are listed")))
    return found


def all_countries() -> frozenset[str]:
    """Every ISO 3166 country of the vocabulary (what a group covering all countries holds)."""
    return frozenset(code for code in vocabulary().names if code != EU)


def expand(codes: Iterable[str], groups: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """Countries named by `codes`: a country stands for itself, a group for its members (and EU,
    without a group record, for nothing more than itself)."""
    out: set[str] = set()
    for code in codes:
        out.add(code)
        out |= groups.get(code, frozenset())
    return frozenset(out)
