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

from sqlmodel import Session, col, select

from desktop_app.domain.assessment_schemas import validate_assessment
from desktop_app.domain.fields import Issue, RecordMeta, Severity
from desktop_app.domain.measure_schemas import validate_measure
from desktop_app.domain.models import Assessment, JointVenture, Measure, MitigationAction, Synonym
from desktop_app.domain.risk import RiskMatrix
from desktop_app.domain.text import normalize_key, split_list
from desktop_app.domain.venture_schemas import validate_venture
from desktop_app.persistence.matrix_repo import load_matrix
from desktop_app.persistence.measure_repo import read_measures
from desktop_app.persistence.venture_repo import read_ventures

BATCH = 2_000


def _batches(s: Session, table: type[Any]) -> Iterator[list[Any]]:
    last = 0
    while rows := list(s.exec(select(table).where(col(table.id) > last).order_by(col(table.id)).limit(BATCH))):
        yield rows
        last = rows[-1].id


def _errors(what: str, record: RecordMeta, issues: list[Issue]) -> list[str]:
    found = list(record.problems)
    found += [str(i) for i in issues if i.severity is Severity.ERROR and str(i) not in found]
    return [f"{what}: {problem}" for problem in found]


def _content(record: RecordMeta) -> dict[str, Any]:
    return {k: v for k, v in record.to_update().items() if k != "version"}


def measure_problems(s: Session, today: date) -> list[str]:
    out: list[str] = []
    for rows in _batches(s, Measure):
        for row, m in zip(rows, read_measures(s, rows), strict=True):
            what = f"measure {row.reference!r} (id {row.id})"
            out += _errors(what, m, validate_measure(_content(m), today)[1])
            if row.reference_key != normalize_key(row.reference):
                out.append(f"{what}: its stored key {row.reference_key!r} does not match its reference")
    return out


def venture_problems(s: Session) -> list[str]:
    out: list[str] = []
    for rows in _batches(s, JointVenture):
        for row, v in zip(rows, read_ventures(s, rows), strict=True):
            what = f"joint venture {row.name!r} (id {row.id})"
            out += _errors(what, v, validate_venture(_content(v))[1])
            if row.name_key != normalize_key(row.name):
                out.append(f"{what}: its stored key {row.name_key!r} does not match its name")
    return out


def _derived(row: Any, matrix: RiskMatrix) -> list[str]:
    """The levels, ranks and score the register derives from an assessment's scores."""
    found = []
    for kind, li, ii, level, rank in (
        ("inherent", row.inherent_likelihood, row.inherent_impact, row.inherent_level, row.inherent_rank),
        ("residual", row.residual_likelihood, row.residual_impact, row.residual_level, row.residual_rank),
    ):
        try:
            expected = matrix.level_for(li, ii)
        except ValueError:
            continue  # the score itself is reported by the validators
        if level != expected.key or rank != expected.rank:
            found.append(f"{kind} level is {level!r} but the risk matrix gives {expected.key!r} for "
                         f"likelihood {li} x impact {ii}")
    if row.residual_score != row.residual_likelihood * row.residual_impact:
        found.append(f"residual score is {row.residual_score}, not {row.residual_likelihood} x "
                     f"{row.residual_impact}")
    return found


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
    table, actions = Assessment.__table__, MitigationAction.__table__  # type: ignore[attr-defined]
    last = 0
    while rows := conn.execute(select(table).where(table.c.id > last).order_by(table.c.id).limit(BATCH)).all():
        last = rows[-1].id
        mitigation: dict[int, list[dict[str, Any]]] = {}
        for a in conn.execute(select(actions).where(actions.c.assessment_id.between(rows[0].id, last))
                              .order_by(actions.c.assessment_id, actions.c.position)):
            mitigation.setdefault(a.assessment_id, []).append(
                {"text": a.text, "owner": a.owner, "due_on": a.due_on, "status": a.status})
        for row in rows:
            what = (f"assessment {refs.get(row.measure_id, row.measure_id)} x "
                    f"{names.get(row.venture_id, row.venture_id)} (id {row.id})")
            data = {c: getattr(row, c) for c in _INPUTS} | {
                "channels": split_list(row.channels), "mitigation": mitigation.get(row.id, [])}
            issues = validate_assessment(data, today)[1]
            out += [f"{what}: {i}" for i in issues if i.severity is Severity.ERROR]
            out += [f"{what}: {problem}" for problem in _derived(row, matrix)]
    return out


def synonym_problems(s: Session) -> list[str]:
    return [f"synonym {row.term!r} (id {row.id}): its stored key {row.term_key!r} does not match its term"
            for row in s.exec(select(Synonym)) if row.term_key != normalize_key(row.term)]


def rule_problems(s: Session, today: date) -> list[str]:
    """Every rule a stored record breaks, one line per problem naming the record."""
    return measure_problems(s, today) + venture_problems(s) + assessment_problems(s, today) + synonym_problems(s)
