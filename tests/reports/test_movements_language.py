"""The briefing's "suspension recorded" lines: the audit's stored (English) name in English, the
same facts worded in the report language otherwise."""

from __future__ import annotations

from datetime import date

from desktop_app.persistence.matrix_repo import load_matrix
from desktop_app.services.context import ServiceContext
from desktop_app.services.reports.movements import movements
from desktop_app.system.report_language import report_language


def _recorded(ctx: ServiceContext) -> list[str]:
    with ctx.db.session() as s:
        moves = movements(s, date(2000, 1, 1), ctx.today(), load_matrix(s))
    return [line for line in moves.status_changes if "uspension recorded" in line or "暂停实施" in line]


def test_suspension_lines_are_the_stored_name_in_english_and_chinese_in_chinese(demo_ctx: ServiceContext) -> None:
    english = _recorded(demo_ctx)
    assert english and all(line.startswith("Suspension recorded: ") for line in english)
    assert "Suspension recorded: MOFCOM/GAC Announcement No. 55 of 2025 suspended by MOFCOM/GAC Announcement " \
           "No. 70 of 2025 from 2025-11-07" in english
    with report_language("zh_CN"):
        chinese = _recorded(demo_ctx)
    assert len(chinese) == len(english)
    assert not [line for line in chinese if "suspended" in line or " from " in line], chinese
    assert "已记录暂停实施：MOFCOM/GAC Announcement No. 55 of 2025 自 2025/11/7 起被 MOFCOM/GAC Announcement " \
           "No. 70 of 2025 暂停实施" in chinese, chinese
