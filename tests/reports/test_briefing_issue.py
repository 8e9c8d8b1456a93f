"""Issuing a briefing: the file is published only when the register has recorded it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from desktop_app.domain.entity import Entity
from desktop_app.domain.errors import RegisterError
from desktop_app.domain.models import AuditEntry
from desktop_app.services.context import ServiceContext
from desktop_app.services.reports import issued
from desktop_app.services.reports.briefing import write_briefing
from desktop_app.services.reports.issued import BriefingNotRecorded, file_sha256
from desktop_app.services.reports.options import ReportOptions

BOARD = ReportOptions(full=False)


def _briefings(ctx: ServiceContext) -> list[AuditEntry]:
    with ctx.db.session() as s:
        return list(s.exec(select(AuditEntry).where(AuditEntry.entity == Entity.BRIEFING.value)).all())


def test_a_briefing_the_audit_trail_refuses_is_not_published(demo_ctx: ServiceContext, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "pack.pdf"
    target.write_bytes(b"the earlier briefing")

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise RegisterError("the audit trail is sealed by a test")

    monkeypatch.setattr(issued.audit, "record", refuse)
    with pytest.raises(BriefingNotRecorded) as raised:
        write_briefing(demo_ctx, target, BOARD)
    message = str(raised.value)
    assert "could not be recorded" in message and "not issued" in message and str(target) in message
    assert "earlier file there is unchanged" in message
    assert target.read_bytes() == b"the earlier briefing"
    assert sorted(p.name for p in out.iterdir()) == ["pack.pdf"]  # no temporary file left behind
    assert _briefings(demo_ctx) == []


def test_a_commit_that_fails_after_publishing_takes_the_file_back(demo_ctx: ServiceContext, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "pack.pdf"
    real = issued.audit.record

    def record_then_fail_commit(s, *args: object, **kwargs: object) -> object:
        done = real(s, *args, **kwargs)

        def commit() -> None:
            assert target.exists()  # published inside the transaction, before its commit
            raise RegisterError("the disk went away during the commit")

        s.commit = commit  # the write session commits through this once the block ends
        return done

    monkeypatch.setattr(issued.audit, "record", record_then_fail_commit)
    with pytest.raises(BriefingNotRecorded, match="nothing was written"):
        write_briefing(demo_ctx, target, BOARD)
    assert list(out.iterdir()) == []
    assert _briefings(demo_ctx) == []


def test_a_recorded_briefing_is_the_published_file(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "pack.pdf"
    target.write_bytes(b"the earlier briefing")
    write_briefing(demo_ctx, target, BOARD)
    [entry] = _briefings(demo_ctx)
    assert f'"{file_sha256(target)}"' in entry.changes
    assert sorted(p.name for p in out.iterdir()) == ["pack.pdf"]  # the earlier file's copy is gone
