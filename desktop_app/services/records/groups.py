"""Jurisdiction groups as records: list, save and remove (audited), and the index imports and screening use."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session

from desktop_app.domain.audit_chain import field_changes
from desktop_app.domain.entity import Entity
from desktop_app.domain.enums import AuditAction
from desktop_app.domain.errors import Conflict, NotFound, RegisterError
from desktop_app.domain.fields import parse_model
from desktop_app.domain.group_schemas import (
    EU,
    JurisdictionGroupIn,
    JurisdictionGroupRead,
    all_countries,
    group_rules,
)
from desktop_app.domain.jurisdictions import fold, jurisdiction_name, vocabulary
from desktop_app.persistence.db import retrying_write
from desktop_app.persistence.group_repo import find_group, measures_naming, read_groups, write_group
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext
from desktop_app.services.records.common import require_valid
from desktop_app.system import report_language
from desktop_app.system.message_language import msg

WHAT = Entity.JURISDICTION_GROUP.label


@dataclass(frozen=True)
class GroupIndex:
    """The register's groups as imports, screening and reports need them, read once."""

    groups: Mapping[str, JurisdictionGroupRead] = field(default_factory=dict)

    @property
    def spellings(self) -> dict[str, str]:
        """fold(code, name or alias) -> code."""
        out: dict[str, str] = {}
        for g in self.groups.values():
            for text in (g.code, g.name, *g.aliases):
                out.setdefault(fold(text), g.code)
        return out

    def resolve(self, text: str) -> str | None:
        return self.spellings.get(fold(text))

    def members(self) -> dict[str, frozenset[str]]:
        """Group code -> its countries (a group of all countries: every ISO country)."""
        everyone = all_countries()
        return {code: everyone if g.covers_all else frozenset(g.members) for code, g in self.groups.items()}

    def name(self, code: str) -> str:
        """What a person reads for a stored target: a group's name or a country's."""
        group = self.groups.get(code)
        return group.name if group is not None else jurisdiction_name(code)

    def local_name(self, code: str) -> str:
        """`name` in the report language: a country's CLDR name ("中国" in Chinese); a group's own name."""
        group = self.groups.get(code)
        return group.name if group is not None else report_language.country(code, jurisdiction_name(code))

    def names(self, codes: list[str]) -> list[str]:
        return [self.name(c) for c in codes]


def load_index(s: Session) -> GroupIndex:
    return GroupIndex({g.code: g for g in read_groups(s)})


def group_index(ctx: ServiceContext) -> GroupIndex:
    with ctx.db.session() as s:
        return load_index(s)


def list_groups(ctx: ServiceContext) -> list[JurisdictionGroupRead]:
    with ctx.db.session() as s:
        return read_groups(s)


def get_group(ctx: ServiceContext, code: str) -> JurisdictionGroupRead:
    with ctx.db.session() as s:
        row = find_group(s, code)
        if row is None:
            raise NotFound(msg("No jurisdiction group {code!r}.", code=code.strip()))
        return read_groups(s, [row])[0]


def check_group(data: JurisdictionGroupIn | Mapping[str, Any]) -> JurisdictionGroupIn:
    raw = data.model_dump() if isinstance(data, JurisdictionGroupIn) else dict(data)
    for meta in ("id", "version"):  # a Read passed back: its version is the `version` argument
        raw.pop(meta, None)
    model, issues = parse_model(JurisdictionGroupIn, raw)
    if model is not None:
        issues = group_rules(model)
    return require_valid(model, issues, WHAT)


def _content(g: JurisdictionGroupIn | None) -> dict[str, Any] | None:
    """The audited fields (members in code order, as they are stored)."""
    if g is None:
        return None
    content = g.model_dump(mode="json", include=set(JurisdictionGroupIn.model_fields))
    content["members"] = sorted(content["members"])
    return content


def unknown_targets(s: Session, codes: list[str]) -> list[str]:
    """The codes among `codes` that are neither a country nor a group of the register."""
    vocab, index = vocabulary(), load_index(s)
    return [c for c in codes if vocab.resolve(c) is None and c not in index.groups]


@retrying_write
def save_group(ctx: ServiceContext, data: JurisdictionGroupIn | Mapping[str, Any],
               *, version: int | None = None) -> JurisdictionGroupRead:
    """Create the group, or replace the one with the same code (refused if `version` is stale)."""
    model = check_group(data)
    with ctx.db.session(write=True) as s:
        row = find_group(s, model.code)
        before = read_groups(s, [row])[0] if row is not None else None
        if row is not None and version is not None and row.version != version:
            raise Conflict(msg("Someone else changed the group {code} since you opened it (your version {yours}, "
                               "now {now}). Nothing was overwritten.", code=model.code, yours=version,
                               now=row.version),
                           current=before)
        clash = {a: c for a, c in load_index(s).spellings.items() if c != model.code}
        taken = [t for t in (model.name, *model.aliases) if fold(t) in clash]
        if taken:
            raise RegisterError(msg("{name!r} already names the group {code}.", name=taken[0],
                                    code=clash[fold(taken[0])]))
        changes = field_changes(_content(before), _content(model))
        if before is not None and not changes:
            return before
        row = write_group(s, row, model, ctx.now())
        audit.record(s, ctx, AuditAction.UPDATE if before else AuditAction.CREATE, Entity.JURISDICTION_GROUP,
                     row.id, model.code, changes)
        return read_groups(s, [row])[0]


@retrying_write
def remove_group(ctx: ServiceContext, code: str) -> None:
    """Delete a group no measure names (audited); the EU group stays, as EU is also an issuer."""
    with ctx.db.session(write=True) as s:
        row = find_group(s, code)
        if row is None:
            raise NotFound(msg("No jurisdiction group {code!r}.", code=code.strip()))
        if row.code == EU:
            raise RegisterError(msg("The EU group cannot be removed: edit its members instead."))
        used = measures_naming(s, row.code)
        if used:
            raise RegisterError(msg("The group {code} is named by {count} measure(s); remove it from their "
                                    "targets and exclusions first.", code=row.code, count=used))
        before = read_groups(s, [row])[0]
        s.delete(row)
        s.flush()
        audit.record(s, ctx, AuditAction.ARCHIVE, Entity.JURISDICTION_GROUP, before.id, before.code,
                     field_changes(_content(before), None))
