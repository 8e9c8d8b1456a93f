"""Briefing options: as-of status histories, changes since a date, venture scope, bad options."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pypdf
import pytest

from desktop_app.cli.main import main
from desktop_app.domain.errors import NotFound
from desktop_app.services.context import ServiceContext
from desktop_app.services.records.measures import list_measures, update_measure
from desktop_app.services.reports.briefing import ReportOptionsError, assemble, write_briefing
from desktop_app.services.reports.options import ReportOptions
from tests.reports.conftest import pdf_text, squash, twin

DRAFT = "MOFCOM/MOST consultation draft (2 Jan 2025)"


def _section(text: str, start: str, length: int = 600) -> str:
    at = text.index(start)
    return text[at : at + length]


def test_as_of_reads_the_dated_status_history(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    out = write_briefing(demo_ctx, tmp_path / "b.pdf", ReportOptions(as_of=date(2025, 1, 15)))
    text = pdf_text(out, "-raw")
    draft = _section(text, f"{DRAFT} \u2014")
    assert re.search(r"Status\s+consultation", draft), draft
    assert "as of 2025-01-15" in text
    # Measures announced after the date are not in the briefing at all.
    with demo_ctx.db.session() as s:
        doc = assemble(s, demo_ctx, ReportOptions(), date(2025, 1, 15))
        refs = {m.reference: m.status for m in doc.measures}
    assert refs[DRAFT] == "consultation"
    assert all(
        m.announced_on is None or m.announced_on <= date(2025, 1, 15)
        for m in list_measures(demo_ctx)
        if m.reference in refs
    )
    assert doc.summary.consultation == 1


def test_as_of_today_shows_the_current_status(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    with demo_ctx.db.session() as s:
        doc = assemble(s, demo_ctx, ReportOptions(), demo_ctx.today())
        statuses = {m.reference: m.status for m in doc.measures}
    assert statuses[DRAFT] != "consultation"


def test_changes_since_come_from_the_audit_trail(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    measure = next(m for m in list_measures(demo_ctx) if m.reference == DRAFT)
    data = measure.to_update() | {"summary": "Amended <b>summary</b> & more"}
    later = demo_ctx.now() + timedelta(days=3)
    demo_ctx.now = lambda: later
    update_measure(demo_ctx, measure.id, data)
    since = later.date()
    out = write_briefing(demo_ctx, tmp_path / "b.pdf", ReportOptions(since=since))
    text = pdf_text(out, "-raw")
    changes = text[text.rindex("Changes since the last briefing") :]
    assert "1 audit-trail entry" in changes
    assert squash(DRAFT) in squash(changes) and "summary" in changes
    assert re.search(r"Since " + since.isoformat() + r": 1 change in the audit trail", squash_spaces(text))
    # Without --since the briefing lists the changes since the last briefing it issued (b.pdf).
    out = write_briefing(demo_ctx, tmp_path / "c.pdf", ReportOptions())
    default = since.isoformat()
    assert re.search(r"Since " + default + r": \d+ changes? in the audit trail", squash_spaces(pdf_text(out, "-raw")))


def squash_spaces(text: str) -> str:
    return " ".join(text.split())


def test_venture_scope_limits_every_section(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    out = write_briefing(demo_ctx, tmp_path / "b.pdf", ReportOptions(ventures=("kyushu photonics substrates kk",)))
    text = pdf_text(out, "-raw")
    assert "Kyushu Photonics Substrates KK" in text
    for other in ("Aurora Anode Materials LLC", "Katanga Cobalt Hydroxide SA"):
        assert other not in text
    outline = [item.title for item in pypdf.PdfReader(out).outline if not isinstance(item, list)]
    assert "Joint ventures" in outline


def test_unknown_venture_and_bad_dates_are_refused(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    target = tmp_path / "b.pdf"
    with pytest.raises(NotFound, match="No Such JV"):
        write_briefing(demo_ctx, target, ReportOptions(ventures=("No Such JV",)))
    with pytest.raises(ReportOptionsError, match="after the as-of date"):
        write_briefing(demo_ctx, target, ReportOptions(as_of=date(2025, 1, 1), since=date(2025, 2, 1)))
    assert not target.exists()
    assert list(tmp_path.iterdir()) == [tmp_path / "demo.sqlite3"] or all(
        not p.name.endswith(".partial") for p in tmp_path.iterdir()
    )


def test_cli_writes_the_briefing(demo_ctx: ServiceContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = demo_ctx.db.engine.url.database
    out = tmp_path / "cli.pdf"
    assert (
        main(
            [
                "--db",
                str(db),
                "report",
                "pdf",
                str(out),
                "--as-of",
                "2025-01-15",
                "--venture",
                "Kyushu Photonics Substrates KK",
            ]
        )
        == 0
    )
    assert "Kyushu Photonics Substrates KK" in pdf_text(out)
    assert main(["--db", str(db), "report", "pdf", str(out), "--venture", "nobody"]) == 1
    assert "nobody" in capsys.readouterr().err
    assert out.exists()  # the earlier briefing is still there


def test_same_register_and_options_give_the_same_text(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    options = ReportOptions(as_of=date(2025, 6, 30), since=date(2025, 1, 1))
    same = twin(demo_ctx, tmp_path / "twin.sqlite3")  # each briefing is recorded in its register
    first = pdf_text(write_briefing(demo_ctx, tmp_path / "1.pdf", options), "-raw")
    same.now = lambda: datetime(2027, 3, 4, 5, 6, tzinfo=UTC)
    second = pdf_text(write_briefing(same, tmp_path / "2.pdf", options), "-raw")
    stamp = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC")
    assert first != second  # the generation time is printed ...
    assert stamp.sub("<time>", first) == stamp.sub("<time>", second)  # ... and nothing else differs
    assert squash(first)
