"""Find records changed, added or deleted behind the application's back, by their sealed states.

Each record's last audit entry (or the seal that covers it) holds the digest of its state as the
application left it; `record_state` recomputes the digest from the rows as they are now. Any
difference is an edit made with the sqlite3 shell, psql or another program, since every change
the application makes writes a new entry in the same transaction.
"""

from __future__ import annotations

import json
import warnings
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection
from sqlmodel import Session

from desktop_app.domain.models import Assessment, AuditEntry, JointVenture, Measure
from desktop_app.persistence.assessment_repo import read_assessments
from desktop_app.persistence.measure_repo import read_measures
from desktop_app.persistence.record_state import MATRIX, REMOVED, Key, all_states, sealed_entities
from desktop_app.persistence.seals import root, seal_rows
from desktop_app.persistence.venture_repo import read_ventures
from desktop_app.services.records.common import snapshot
from desktop_app.system.message_language import mark, msg

# A record named in a finding, with and without its label: whole phrases, so each language words them.
NAMED = {"measure": mark("measure {label!r} (id {id})"), "joint_venture": mark("joint venture {label!r} (id {id})"),
         "assessment": mark("assessment {label!r} (id {id})"), "measure_link": mark("measure link {label!r} (id {id})"),
         "exposure_dismissal": mark("dismissed exposure {label!r} (id {id})"),
         "synonym": mark("synonym {label!r} (id {id})"), None: mark("{entity} {label!r} (id {id})")}
UNNAMED = {"measure": mark("measure with id {id}"), "joint_venture": mark("joint venture with id {id}"),
           "assessment": mark("assessment with id {id}"), "measure_link": mark("measure link with id {id}"),
           "exposure_dismissal": mark("dismissed exposure with id {id}"), "synonym": mark("synonym with id {id}"),
           None: mark("{entity} with id {id}")}
_ENTRY = AuditEntry.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Expected:
    audit_id: int  # the entry that wrote (or sealed) this state; 0: sealed at the trail's start
    state: str


def _name(key: Key, labels: dict[Key, str]) -> str:
    entity, record_id = key
    if entity == MATRIX:
        return msg("the risk matrix")
    label = labels.get(key)
    phrases = NAMED if label else UNNAMED
    return msg(phrases.get(entity, phrases[None]), entity=entity, label=label, id=record_id)


def _where(audit_id: int) -> str:
    return msg("audit entry {id}", id=audit_id) if audit_id else msg("the seal at the start of the audit trail")


def expected_states(conn: Connection) -> tuple[dict[Key, Expected], dict[Key, str], list[str]]:
    """What the trail says each sealed record holds, the records' labels, and broken seals."""
    expected: dict[Key, Expected] = {}
    labels: dict[Key, str] = {}
    seal_entries: dict[int, str | None] = {}
    sealed = sealed_entities()
    query = select(_ENTRY.c.id, _ENTRY.c.action, _ENTRY.c.entity, _ENTRY.c.entity_id, _ENTRY.c.entity_label,
                   _ENTRY.c.state_hash).order_by(_ENTRY.c.id)
    for audit_id, action, entity, entity_id, label, state in conn.execute(query):
        if action == "seal":
            seal_entries[audit_id] = state
        if entity in sealed:
            labels[(entity, entity_id)] = label
            if state is not None:
                expected[(entity, entity_id)] = Expected(audit_id, state)
    problems = []
    for audit_id, rows in sorted(seal_rows(conn).items()):
        if audit_id and seal_entries.get(audit_id) != root(rows):
            problems.append(msg("the record states sealed by audit entry {id} were changed outside the "
                                "application", id=audit_id))
        for entity, entity_id, state in rows:
            known = expected.get((entity, entity_id))
            if known is None or known.audit_id < audit_id:
                expected[(entity, entity_id)] = Expected(audit_id, state)
    return expected, labels, problems


def record_problems(conn: Connection) -> tuple[list[str], int]:
    """One line per record whose rows differ from its sealed state; and how many were compared."""
    expected, labels, problems = expected_states(conn)
    actual = all_states(conn)
    for key in sorted(expected.keys() | actual.keys(), key=lambda k: (k[0], k[1] or 0)):
        want, have = expected.get(key), actual.get(key)
        if want is None:
            problems.append(msg("{record} is not in the audit trail: it was added outside the application",
                                record=_name(key, labels)))
        elif want.state == REMOVED:
            if have is not None:
                problems.append(msg("{record} exists, but {entry} records its removal: it was put back outside "
                                    "the application", record=_name(key, labels), entry=_where(want.audit_id)))
        elif have is None:
            problems.append(msg("{record} was deleted outside the application (last written by {entry})",
                                record=_name(key, labels), entry=_where(want.audit_id)))
        elif have != want.state:
            fields = changed_fields(conn, key)
            problems.append(msg("{record} was changed outside the application: it no longer matches {entry} "
                                "(differs in: {fields})", record=_name(key, labels), entry=_where(want.audit_id),
                                fields=", ".join(fields)) if fields else
                            msg("{record} was changed outside the application: it no longer matches {entry}",
                                record=_name(key, labels), entry=_where(want.audit_id)))
    return problems, len(actual)


_EMPTY: tuple[Any, ...] = (None, "", [])


def changed_fields(conn: Connection, key: Key) -> list[str]:
    """The fields of a changed measure, venture or assessment whose stored value differs from the
    value its audit entries last recorded (replayed from their field-level changes)."""
    entity, record_id = key
    reader = _READERS.get(entity)
    if reader is None or record_id is None:
        return []
    recorded: dict[str, Any] = {}
    for (changes,) in conn.execute(select(_ENTRY.c.changes).where(
            _ENTRY.c.entity == entity, _ENTRY.c.entity_id == record_id).order_by(_ENTRY.c.id)):
        recorded.update({k: v[1] for k, v in json.loads(changes).items() if isinstance(v, list) and len(v) == 2})
    with Session(bind=conn) as s:
        rows = reader(s, record_id)
    if not rows:
        return []
    with warnings.catch_warnings():  # an unknown vocabulary key serialises as its text: say nothing
        warnings.simplefilter("ignore")
        now = snapshot(rows[0])
    # A create records only what is not empty: an editable field it left out was empty.
    keys = (recorded.keys() | set(type(rows[0]).update_schema.model_fields)) & now.keys()
    return sorted(k for k in keys if now[k] != recorded.get(k) and not (now[k] in _EMPTY and
                                                                        recorded.get(k) in _EMPTY))


def _reader(table: type, read: Any) -> Any:
    return lambda s, record_id: read(s, [row] if (row := s.get(table, record_id)) is not None else [])


_READERS = {"measure": _reader(Measure, read_measures), "joint_venture": _reader(JointVenture, read_ventures),
            "assessment": _reader(Assessment, read_assessments)}
