"""The register's screening taxonomy and code crosswalk, editable like the synonyms; every edit audited."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlmodel import Session, col, or_, select

from desktop_app.domain.entity import Entity
from desktop_app.domain.enums import AuditAction, ItemStage
from desktop_app.domain.errors import NotFound, ValidationFailed
from desktop_app.domain.fields import Issue, Severity
from desktop_app.domain.models import CrosswalkRow, TaxonomyRelation, TaxonomyTerm
from desktop_app.domain.text import has_control_chars, join_list, parse_code, split_list
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext
from desktop_app.system.message_language import msg

TERM, RELATION, CROSSWALK = Entity.TAXONOMY_TERM, Entity.TAXONOMY_RELATION, Entity.CROSSWALK
TEXT_MAX = 200
_KEY = re.compile(r"^[a-z0-9][a-z0-9_]*$")


@dataclass(frozen=True)
class TermRead:
    key: str
    label: str
    stage: str
    aliases: tuple[str, ...]
    broader: tuple[str, ...]


@dataclass(frozen=True)
class CrosswalkRead:
    id: int
    code_a: str
    code_b: str
    note: str


def _text(field: str, value: str, *, required: bool = True, limit: int = TEXT_MAX) -> str:
    text = " ".join(value.split())
    problem = (msg("is required") if required and not text else
               msg("is {length:,} characters long; the limit is {limit:,}", length=len(text), limit=limit)
               if len(text) > limit else
               msg("contains control characters") if has_control_chars(value.replace("\n", " ")) else "")
    if problem:
        raise ValidationFailed([Issue(field, Severity.ERROR, problem)], "screening vocabulary")
    return text


def _term(s: Session, key: str) -> TaxonomyTerm:
    row = s.exec(select(TaxonomyTerm).where(TaxonomyTerm.key == key.strip().casefold())).first()
    if row is None:
        raise NotFound(msg("No taxonomy term {key!r}.", key=key))
    return row


def list_terms(ctx: ServiceContext) -> list[TermRead]:
    with ctx.db.session() as s:
        terms = s.exec(select(TaxonomyTerm).order_by(col(TaxonomyTerm.key))).all()
        keys = {t.id: t.key for t in terms}
        broader: dict[int, list[str]] = {}
        for n, b in s.exec(select(TaxonomyRelation.narrower_id, TaxonomyRelation.broader_id)):
            broader.setdefault(n, []).append(keys[b])
        return [TermRead(t.key, t.label, t.stage, tuple(split_list(t.aliases)), tuple(sorted(broader.get(t.id, []))))
                for t in terms if t.id is not None]


def set_term(ctx: ServiceContext, key: str, label: str, stage: str = "", aliases: list[str] | None = None) -> TermRead:
    """Add a term or change its label, stage and aliases (English, Chinese, Korean spellings)."""
    key = key.strip().casefold()
    if not _KEY.match(key):
        raise ValidationFailed([Issue("key", Severity.ERROR, msg("use lower-case letters, digits and _ "
                                                                    "(e.g. lithium_carbonate)"))], "taxonomy term")
    label = _text("label", label)
    try:
        stage_value = ItemStage.parse(stage).value if stage.strip() else ""
    except ValueError as exc:
        raise ValidationFailed([Issue("stage", Severity.ERROR, str(exc))], "taxonomy term") from None
    spelled = [_text("aliases", a) for a in aliases or [] if a.strip()]
    with ctx.db.session(write=True) as s:
        row = s.exec(select(TaxonomyTerm).where(TaxonomyTerm.key == key)).first()
        after = {"label": label, "stage": stage_value, "aliases": join_list(spelled)}
        before = None if row is None else {"label": row.label, "stage": row.stage, "aliases": row.aliases}
        if before != after:
            row = row or TaxonomyTerm(key=key, label=label)
            row.label, row.stage, row.aliases = label, stage_value, after["aliases"]
            s.add(row)
            s.flush()
            changes = {k: [None if before is None else before[k], v] for k, v in after.items()
                       if before is None or before[k] != v}
            audit.record(s, ctx, AuditAction.UPDATE if before else AuditAction.CREATE, TERM, row.id, key, changes)
    return next(t for t in list_terms(ctx) if t.key == key)


def remove_term(ctx: ServiceContext, key: str) -> None:
    with ctx.db.session(write=True) as s:
        row = _term(s, key)
        keys = dict(s.exec(select(TaxonomyTerm.id, TaxonomyTerm.key)).all())
        relations = s.exec(select(TaxonomyRelation).where(or_(TaxonomyRelation.narrower_id == row.id,
                                                               TaxonomyRelation.broader_id == row.id))).all()
        gone = [(r.id, f"{keys.get(r.narrower_id)} is a kind of {keys.get(r.broader_id)}") for r in relations]
        s.delete(row)  # its relations go with it (ON DELETE CASCADE): each gets its own entry
        s.flush()
        writer = audit.AuditWriter(s, ctx)
        for relation_id, label in gone:
            writer.add(AuditAction.ARCHIVE, RELATION, relation_id, label, {"relation": [label, None]})
        writer.add(AuditAction.ARCHIVE, TERM, row.id, row.key,
                   {"label": [row.label, None], "stage": [row.stage, None], "aliases": [row.aliases, None]})
        writer.flush()


def _ancestors(s: Session, term_id: int) -> set[int]:
    edges: dict[int, list[int]] = {}
    for n, b in s.exec(select(TaxonomyRelation.narrower_id, TaxonomyRelation.broader_id)):
        edges.setdefault(n, []).append(b)
    seen: set[int] = set()
    todo = list(edges.get(term_id, []))
    while todo:
        b = todo.pop()
        if b not in seen:
            seen.add(b)
            todo.extend(edges.get(b, []))
    return seen


def relate(ctx: ServiceContext, narrower: str, broader: str, *, remove: bool = False) -> None:
    """Record (or with `remove`, drop) that `narrower` is a kind of `broader`; loops are refused."""
    with ctx.db.session(write=True) as s:
        n, b = _term(s, narrower), _term(s, broader)
        assert n.id is not None and b.id is not None
        row = s.exec(select(TaxonomyRelation).where(TaxonomyRelation.narrower_id == n.id,
                                                    TaxonomyRelation.broader_id == b.id)).first()
        label = f"{n.key} is a kind of {b.key}"
        if remove:
            if row is None:
                raise NotFound(msg("No relation: {relation}.", relation=label))
            s.delete(row)
            s.flush()
            audit.record(s, ctx, AuditAction.ARCHIVE, RELATION, row.id, label, {"relation": [label, None]})
            return
        if row is not None:
            return
        if n.id == b.id or n.id in _ancestors(s, b.id):
            raise ValidationFailed([Issue("broader", Severity.ERROR, msg(
                "{broader} is already a kind of {narrower}: the relation would close a loop", broader=b.key,
                narrower=n.key))], "taxonomy relation")
        row = TaxonomyRelation(narrower_id=n.id, broader_id=b.id)
        s.add(row)
        s.flush()
        audit.record(s, ctx, AuditAction.CREATE, RELATION, row.id, label, {"relation": [None, label]})


def list_crosswalk(ctx: ServiceContext) -> list[CrosswalkRead]:
    with ctx.db.session() as s:
        return [CrosswalkRead(r.id or 0, r.code_a, r.code_b, r.note)
                for r in s.exec(select(CrosswalkRow).order_by(col(CrosswalkRow.code_a), col(CrosswalkRow.code_b)))]


def _code(field: str, text: str) -> str:
    try:
        return str(parse_code(text))
    except ValueError as exc:
        raise ValidationFailed([Issue(field, Severity.ERROR, str(exc))], "crosswalk row") from None


def set_crosswalk(ctx: ServiceContext, code_a: str, code_b: str, note: str = "") -> CrosswalkRead:
    """Record that two codes of different systems correspond (say where it was published)."""
    a, b = _code("code_a", code_a), _code("code_b", code_b)
    if a.partition(":")[0] == b.partition(":")[0]:
        raise ValidationFailed([Issue("code_b", Severity.ERROR, msg("a crosswalk links two different code systems"))],
                               "crosswalk row")
    note = _text("note", note, required=False, limit=1_000)
    with ctx.db.session(write=True) as s:
        row = s.exec(select(CrosswalkRow).where(CrosswalkRow.code_a == a, CrosswalkRow.code_b == b)).first()
        before = None if row is None else row.note
        if row is None or before != note:
            row = row or CrosswalkRow(code_a=a, code_b=b)
            row.note = note
            s.add(row)
            s.flush()
            audit.record(s, ctx, AuditAction.UPDATE if before is not None else AuditAction.CREATE, CROSSWALK,
                         row.id, f"{a} = {b}", {"note": [before, note]})
        return CrosswalkRead(row.id or 0, a, b, note)


def remove_crosswalk(ctx: ServiceContext, row_id: int) -> None:
    with ctx.db.session(write=True) as s:
        row = s.get(CrosswalkRow, row_id)
        if row is None:
            raise NotFound(msg("No crosswalk row with id {id}.", id=row_id))
        s.delete(row)
        s.flush()
        audit.record(s, ctx, AuditAction.ARCHIVE, CROSSWALK, row_id, f"{row.code_a} = {row.code_b}",
                     {"note": [row.note, None]})
