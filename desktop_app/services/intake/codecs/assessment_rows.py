"""Assessment CSV cells straight from stored column tuples: the export's fast path.

Gives exactly what `assessments.to_cells` then the exporter's `csv_cell` give for the same
record (a test compares the two on hostile text), without building a record object per row.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from desktop_app.domain.cells import FORMULA_TRIGGERS, GUARD, guard_formula
from desktop_app.domain.entity import Entity
from desktop_app.domain.enums import ActionStatus, AssessmentStatus, ImpactChannel, Treatment
from desktop_app.domain.text import escape_item, join_list, split_list

# The row layout below follows the spec's columns; fail at import if they ever diverge.
assert Entity.ASSESSMENT.record.columns == (
    "measure_reference", "venture", "channels", "likelihood", "impact", "residual_likelihood",
    "residual_impact", "treatment", "rationale", "mitigation", "owner", "next_review_on", "status",
    "assessed_on", "assessor", "clause", "version",
)
_GUARD_FIRST = frozenset((*FORMULA_TRIGGERS, GUARD))


def guarded(text: str) -> str:
    """`guard_formula` with the common case (no trigger at the start) decided by one lookup."""
    return guard_formula(text) if text[:1] in _GUARD_FIRST else text


@lru_cache(maxsize=1024)
def _channels(stored: str) -> str:
    """Stored `a; b` channel keys -> the guarded cell of their labels (few distinct values)."""
    return guarded(join_list([ImpactChannel.stored(c).label for c in split_list(stored)]))


def _label_cell(vocabulary: type[Treatment] | type[AssessmentStatus]) -> Callable[[str], str]:
    return lru_cache(maxsize=64)(lambda stored: guarded(vocabulary.stored(stored).label))


_treatment, _status = _label_cell(Treatment), _label_cell(AssessmentStatus)


# What `join_tagged` escapes in a tagged element: list metacharacters, commas, end spaces.
_TAGGED_SPECIAL = re.compile(r"[\\;|\[\],]|^ | $")


def _tag(text: str) -> str:
    """One element name or tag as `join_tagged` writes it (most need no escaping)."""
    return escape_item(text).replace(",", "\\,") if _TAGGED_SPECIAL.search(text) else text


@lru_cache(maxsize=64)
def _action_status(stored: str) -> str:
    return _tag(f"status: {ActionStatus.stored(stored).label}")


@lru_cache(maxsize=4096)
def _owner_tag(owner: str) -> str:
    """The owner tag and its separator (owners repeat: cached)."""
    return _tag(f"owner: {owner}") + ", " if owner else ""


def _mitigation(rows: list[Sequence[Any]]) -> str:
    """`join_tagged` of the actions (columns 17-20 of each row) with their owner, due and status
    tags (every action has a status tag, so every element carries brackets); an ISO date needs
    no escaping."""
    parts = []
    for row in rows:
        text, owner, due_on, status = row[17], row[18], row[19], row[20]
        due_tag = "" if due_on is None else f"due: {due_on.isoformat()}, "
        parts.append(f"{_tag(text)} [{_owner_tag(owner)}{due_tag}{_action_status(status)}]")
    text = "; ".join(parts)
    return guard_formula(text) if text[:1] in _GUARD_FIRST else text


def csv_rows(rows: Sequence[Sequence[Any]]) -> list[list[str]]:
    """A page of `export_rows.assessment_pages` as CSV rows in the codec's column order: one per
    assessment, its consecutive action rows folded into the mitigation cell."""
    # Written out inline (guard test, dates) because it runs once per cell of 100,000 rows.
    first = _GUARD_FIRST
    out: list[list[str]] = []
    last_id, actions = None, []
    for row in rows:
        (aid, reference, venture, channels, likelihood, impact, residual_likelihood, residual_impact,
         treatment, rationale, owner, next_review_on, status, assessed_on, assessor, clause, version) = row[:17]
        if aid == last_id:  # a further action of the assessment just written
            actions.append(row)
            out[-1][9] = _mitigation(actions)
            continue
        last_id, actions = aid, [] if row[17] is None else [row]
        out.append([
            guard_formula(reference) if reference[:1] in first else reference,
            guard_formula(venture) if venture[:1] in first else venture,
            _channels(channels), str(likelihood), str(impact), str(residual_likelihood),
            str(residual_impact), _treatment(treatment),
            guard_formula(rationale) if rationale[:1] in first else rationale,
            _mitigation(actions) if actions else "",
            guard_formula(owner) if owner[:1] in first else owner,
            "" if next_review_on is None else next_review_on.isoformat(), _status(status),
            "" if assessed_on is None else assessed_on.isoformat(),
            guard_formula(assessor) if assessor[:1] in first else assessor,
            guard_formula(clause) if clause[:1] in first else clause, str(version),
        ])
    return out
