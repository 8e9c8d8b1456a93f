"""Briefings the register issued: one audit entry per written briefing (its date, options and
file hash), so the next briefing's "since the last briefing" starts where the last one ended."""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col, select

from desktop_app.domain.entity import Entity
from desktop_app.domain.enums import AuditAction
from desktop_app.domain.errors import RegisterError
from desktop_app.domain.models import AuditEntry
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext
from desktop_app.services.reports.options import ReportOptions
from desktop_app.system.message_language import msg
from desktop_app.system.staged import Staged


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def last_briefing(s: Session, before: date | None = None) -> date | None:
    """The day the newest recorded briefing was issued (on or before `before`), or None."""
    query = select(AuditEntry.at).where(AuditEntry.entity == Entity.BRIEFING.value)
    if before is not None:
        query = query.where(col(AuditEntry.at) < (before + timedelta(days=1)).isoformat())
    at = s.exec(query.order_by(col(AuditEntry.id).desc()).limit(1)).first()
    return datetime.fromisoformat(at).date() if at else None


class BriefingNotRecorded(RegisterError):
    """The briefing was written but could not be recorded in the audit trail, so it was not issued."""


def record_briefing(ctx: ServiceContext, staged: Staged, options: ReportOptions, as_of: date, since: date,
                    pages: int | None = None) -> bool:
    """Record the staged briefing in the audit trail and publish it inside that transaction; False
    when the register is open read-only (the file is published all the same, unrecorded, and the
    next briefing's default start stays where it was). A failed record publishes nothing."""
    if ctx.db.read_only:
        staged.publish()
        return False
    changes: dict[str, object] = {
        "as_of": [None, as_of.isoformat()],
        "since": [None, since.isoformat()],
        "options": [None, json.dumps({"full": options.full, "ventures": list(options.ventures)},
                                     ensure_ascii=False, sort_keys=True)],
        "file": [None, staged.target.name],
        "sha256": [None, file_sha256(staged.tmp)],
    }
    if pages is not None:
        changes["pages"] = [None, pages]
    try:
        with ctx.db.session(write=True) as s:
            audit.record(s, ctx, AuditAction.CREATE, Entity.BRIEFING, None, f"briefing as of {as_of.isoformat()}",
                         changes)
            s.flush()
            staged.publish()  # before the commit: a failed commit takes the file back
    except (RegisterError, SQLAlchemyError) as exc:
        staged.take_back()
        raise BriefingNotRecorded(msg(
            "The briefing could not be recorded in the register's audit trail ({problem}), so it was not issued: "
            "nothing was written to {target} and the earlier file there is unchanged. Try again once the "
            "register accepts changes.", problem=exc, target=staged.target) if staged.target.exists() else msg(
            "The briefing could not be recorded in the register's audit trail ({problem}), so it was not issued: "
            "nothing was written to {target}. Try again once the register accepts changes.", problem=exc,
            target=staged.target)) from exc
    return True
