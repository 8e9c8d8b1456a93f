"""Re-validate every stored record with the rules the services apply on the way in.

A row edited behind the application's back can break a rule no save would have let through
(ownership over 100%, a control character, a risk level that is not the matrix's level for its
scores). The same validators as the services (`domain/*_schemas.py`) run over each stored record,
plus the checks of what the register derives itself (keys, levels, ranks, scores).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from sqlalchemy import Table
from sqlalchemy.engine import Connection
from sqlmodel import Session, select

from desktop_app.domain.assessment_schemas import validate_assessment
from desktop_app.domain.fields import Issue, Severity
from desktop_app.domain.measure_schemas import validate_measure
from desktop_app.domain.models import (
    Assessment,
    JointVenture,
    Measure,
    MeasureItem,
    MeasureJurisdiction,
    MeasureStatusChange,
    MitigationAction,
    Partner,
    Synonym,
    VentureItem,
)
from desktop_app.domain.risk import RiskMatrix
from desktop_app.domain.text import normalize_key, split_list
from desktop_app.domain.venture_schemas import validate_venture
from desktop_app.persistence.matrix_repo import load_matrix
from desktop_app.system.message_language import mark, msg

BATCH = 2_000
_MEASURE = ("reference", "title", "original_title", "jurisdiction", "authority", "measure_type", "status",
            "announced_on", "consultation_ends_on", "effective_on", "removed_on", "summary", "source_url", "notes")
_VENTURE = ("name", "country", "location", "activity", "sector", "stage", "value_at_stake", "currency", "owner",
            "notes")


def _pages(conn: Connection, table: Table) -> Iterator[list[Any]]:
    """Every stored row of `table` as plain rows, BATCH at a time in id order (no ORM objects:
    a check reads every record of the register)."""
    last = 0
    while rows := conn.execute(select(table).where(table.c.id > last).order_by(table.c.id).limit(BATCH)).all():
        yield rows
        last = rows[-1].id


def _children(conn: Connection, table: Table, parent: str, rows: list[Any], *order: str) -> dict[int, list[Any]]:
    found: dict[int, list[Any]] = {}
    key = table.c[parent]
    query = select(table).where(key.between(rows[0].id, rows[-1].id)).order_by(key, *(table.c[o] for o in order))
    for child in conn.execute(query):
        found.setdefault(getattr(child, parent), []).append(child)
    return found


def _errors(what: str, issues: list[Issue]) -> list[str]:
    return [msg("{record}: {problem}", record=what, problem=str(i)) for i in issues if i.severity is Severity.ERROR]


def measure_problems(s: Session, today: date) -> list[str]:
    out: list[str] = []
    conn = s.connection()
    for rows in _pages(conn, _table(Measure)):
        items = _children(conn, _table(MeasureItem), "measure_id", rows, "position")
        places = _children(conn, _table(MeasureJurisdiction), "measure_id", rows, "id")
        history = _children(conn, _table(MeasureStatusChange), "measure_id", rows, "valid_from")
        for row in rows:
            what = msg("measure {label!r} (id {id})", label=row.reference, id=row.id)
            data = {c: getattr(row, c) for c in _MEASURE} | {
                "items": [{"name": i.name, "codes": split_list(i.codes)} for i in items.get(row.id, [])],
                "targets": [j.jurisdiction for j in places.get(row.id, []) if not j.excluded],
                "excluded": [j.jurisdiction for j in places.get(row.id, []) if j.excluded],
                "status_history": [{"status": h.status, "valid_from": h.valid_from, "note": h.note}
                                   for h in history.get(row.id, [])]}
            out += _errors(what, validate_measure(data, today)[1])
            if row.reference_key != normalize_key(row.reference):
                out.append(msg("{record}: its stored key {key!r} does not match its reference", record=what,
                               key=row.reference_key))
    return out


def venture_problems(s: Session) -> list[str]:
    out: list[str] = []
    conn = s.connection()
    for rows in _pages(conn, _table(JointVenture)):
        partners = _children(conn, _table(Partner), "venture_id", rows, "position")
        items = _children(conn, _table(VentureItem), "venture_id", rows, "position")
        for row in rows:
            what = msg("joint venture {label!r} (id {id})", label=row.name, id=row.id)
            data = {c: getattr(row, c) for c in _VENTURE} | {
                "partners": [{"name": p.name, "country": p.country or None, "share": p.share}
                             for p in partners.get(row.id, [])],
                "items": [{"name": i.name, "direction": i.direction, "codes": split_list(i.codes),
                           "countries": split_list(i.countries)} for i in items.get(row.id, [])]}
            out += _errors(what, validate_venture(data)[1])
            if row.name_key != normalize_key(row.name):
                out.append(msg("{record}: its stored key {key!r} does not match its name", record=what,
                               key=row.name_key))
    return out


def _table(model: type[Any]) -> Table:
    return model.__table__  # type: ignore[no-any-return]


def _derived(row: Any, matrix: RiskMatrix) -> list[str]:
    """The levels, ranks and score the register derives from an assessment's scores."""
    found = []
    for wrong, li, ii, level, rank in (
        (_INHERENT, row.inherent_likelihood, row.inherent_impact, row.inherent_level, row.inherent_rank),
        (_RESIDUAL, row.residual_likelihood, row.residual_impact, row.residual_level, row.residual_rank),
    ):
        try:
            expected = matrix.level_for(li, ii)
        except ValueError:
            continue  # the score itself is reported by the validators
        if level != expected.key or rank != expected.rank:
            found.append(msg(wrong, level=level, expected=expected.key, likelihood=li, impact=ii))
    if row.residual_score != row.residual_likelihood * row.residual_impact:
        found.append(msg("residual score is {score}, not {likelihood} x {impact}", score=row.residual_score,
                         likelihood=row.residual_likelihood, impact=row.residual_impact))
    return found


_INHERENT = mark("inherent level is {level!r} but the risk matrix gives {expected!r} for likelihood "
                 "{likelihood} x impact {impact}")
_RESIDUAL = mark("residual level is {level!r} but the risk matrix gives {expected!r} for likelihood "
                 "{likelihood} x impact {impact}")
_INPUTS = ("measure_id", "venture_id", "inherent_likelihood", "inherent_impact", "residual_likelihood",
           "residual_impact", "treatment", "rationale", "owner", "assessor", "assessed_on", "next_review_on",
           "status")


def assessment_problems(s: Session, today: date) -> list[str]:
    """Every assessment as stored, validated as the import and the form validate one (read as plain
    rows: 100,000 records through the ORM and back would take most of a check's time)."""
    out: list[str] = []
    matrix = load_matrix(s)
    conn = s.connection()
    refs = dict(conn.execute(select(Measure.id, Measure.reference)).all())  # type: ignore[call-overload,arg-type]
    names = dict(conn.execute(select(JointVenture.id, JointVenture.name)).all())  # type: ignore[call-overload,arg-type]
    for rows in _pages(conn, _table(Assessment)):
        mitigation = _children(conn, _table(MitigationAction), "assessment_id", rows, "position")
        for row in rows:
            what = msg("assessment {measure} x {venture} (id {id})", measure=refs.get(row.measure_id, row.measure_id),
                       venture=names.get(row.venture_id, row.venture_id), id=row.id)
            data = {c: getattr(row, c) for c in _INPUTS} | {"channels": split_list(row.channels), "mitigation": [
                {"text": a.text, "owner": a.owner, "due_on": a.due_on, "status": a.status}
                for a in mitigation.get(row.id, [])]}
            out += _errors(what, validate_assessment(data, today)[1])
            out += [msg("{record}: {problem}", record=what, problem=problem) for problem in _derived(row, matrix)]
    return out


def synonym_problems(s: Session) -> list[str]:
    return [msg("synonym {term!r} (id {id}): its stored key {key!r} does not match its term", term=row.term,
                id=row.id, key=row.term_key)
            for row in s.exec(select(Synonym)) if row.term_key != normalize_key(row.term)]


def rule_problems(s: Session, today: date) -> list[str]:
    """Every rule a stored record breaks, one line per problem naming the record."""
    return measure_problems(s, today) + venture_problems(s) + assessment_problems(s, today) + synonym_problems(s)
