"""The editable screening synonym list (seeded by migration 0002); every edit is audited."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import col, select

from desktop_app.domain.entity import Entity
from desktop_app.domain.enums import AuditAction
from desktop_app.domain.errors import NotFound, ValidationFailed
from desktop_app.domain.fields import Issue, Severity
from desktop_app.domain.matching.words import WILDCARD, words
from desktop_app.domain.models import Synonym
from desktop_app.domain.text import has_control_chars, normalize_key
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext
from desktop_app.system.message_language import msg

TEXT_MAX = 200


@dataclass(frozen=True)
class SynonymRead:
    id: int
    term: str
    means: str


def _check(field: str, text: str) -> str:
    value = " ".join(text.split())
    problem = ""
    if not value:
        problem = msg("is required")
    elif len(value) > TEXT_MAX:
        problem = msg("is {length:,} characters long; the limit is {limit:,}", length=len(value), limit=TEXT_MAX)
    elif has_control_chars(value):
        problem = msg("contains control characters")
    elif value != WILDCARD and not words(value):
        problem = msg("needs at least one word of two letters or digits")
    if problem:
        raise ValidationFailed([Issue(field, Severity.ERROR, problem)], Entity.SYNONYM.label)
    return value


def list_synonyms(ctx: ServiceContext) -> list[SynonymRead]:
    with ctx.db.session() as s:
        rows = s.exec(select(Synonym).order_by(col(Synonym.term_key))).all()
        return [SynonymRead(r.id or 0, r.term, r.means) for r in rows]


def set_synonym(ctx: ServiceContext, term: str, means: str) -> SynonymRead:
    """Add `term` (read as `means` when screening) or change what an existing term means."""
    term, means = _check("term", term), _check("means", means)
    if term == WILDCARD:
        raise ValidationFailed([Issue("term", Severity.ERROR, msg("'*' can only be a meaning"))], Entity.SYNONYM.label)
    with ctx.db.session(write=True) as s:
        row = s.exec(select(Synonym).where(Synonym.term_key == normalize_key(term))).first()
        before = None if row is None else {"term": row.term, "means": row.means}
        if before == {"term": term, "means": means}:
            return SynonymRead(row.id or 0, row.term, row.means)  # type: ignore[union-attr]
        if row is None:
            row = Synonym(term=term, term_key=normalize_key(term), means=means)
        else:
            row.term, row.means = term, means
        s.add(row)
        s.flush()
        changes = {k: [None if before is None else before[k], v]
                   for k, v in {"term": term, "means": means}.items()
                   if before is None or before[k] != v}
        audit.record(s, ctx, AuditAction.UPDATE if before else AuditAction.CREATE, Entity.SYNONYM, row.id, term,
                     changes)
        return SynonymRead(row.id or 0, row.term, row.means)


def remove_synonym(ctx: ServiceContext, term: str) -> None:
    with ctx.db.session(write=True) as s:
        row = s.exec(select(Synonym).where(Synonym.term_key == normalize_key(term))).first()
        if row is None:
            raise NotFound(msg("No synonym {term!r}.", term=term))
        s.delete(row)
        s.flush()
        audit.record(s, ctx, AuditAction.ARCHIVE, Entity.SYNONYM, row.id, row.term,
                     {"term": [row.term, None], "means": [row.means, None]})


def find_synonym(ctx: ServiceContext, term: str) -> SynonymRead | None:
    """The synonym stored for `term` (matched as screening matches it), or None."""
    with ctx.db.session() as s:
        row = s.exec(select(Synonym).where(Synonym.term_key == normalize_key(" ".join(term.split())))).first()
        return None if row is None else SynonymRead(row.id or 0, row.term, row.means)
