"""No English sentence left in a Chinese report: screening routes and reasons, ownership arithmetic,
listing reasons, chains and status causes are worded whole through the reports' catalog."""

from __future__ import annotations

import pickle
from datetime import date
from pathlib import Path

from desktop_app.domain.phrase import Phrase, Places, templates
from desktop_app.services.context import ServiceContext
from desktop_app.services.reports.briefing import write_briefing
from desktop_app.services.reports.options import ReportOptions
from desktop_app.services.reports.phrasing import worded
from desktop_app.services.reports.workbook import write_workbook
from desktop_app.system.report_language import report_language
from tests.reports.conftest import pdf_text
from tests.reports.english_scan import english_left, user_data, workbook_lines
from tests.services.ownership_cases import build_cases

AS_OF = date(2026, 12, 1)


def _reports(ctx: ServiceContext, tmp_path: Path, lang: str) -> tuple[list[str], list[str]]:
    pdf, xlsx = tmp_path / f"{lang}.pdf", tmp_path / f"{lang}.xlsx"
    write_briefing(ctx, pdf, ReportOptions(as_of=AS_OF, since=date(2026, 1, 1), full=True, lang=lang))
    write_workbook(ctx, xlsx, ReportOptions(as_of=AS_OF, lang=lang))
    return pdf_text(pdf).splitlines(), workbook_lines(xlsx)


def test_the_chinese_demo_reports_hold_no_english_sentence(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    """The demo register with the ownership cases (captured, unknown, a possible match): the full
    briefing and every sheet of the workbook written in Chinese, scanned line by line."""
    build_cases(demo_ctx, demo=True)
    db = Path(str(demo_ctx.db.engine.url.database))
    data = user_data(db)
    pdf, workbook = _reports(demo_ctx, tmp_path, "zh_CN")
    assert english_left(pdf, data) == []
    assert english_left(workbook, data) == []
    flat = "\n".join(pdf + workbook)
    # The sentences are there, in Chinese: a route, a reason, the arithmetic, a chain, a status cause.
    for chinese in ("适用于从中国运往", "位于美国的合资企业", "（同义词）", "相同编码", "计算过程：", "全额计入",
                    "[已列名]", "可能与", "生效日期"):
        assert chinese in flat, chinese
    # The same scan finds the English ones in the English reports: it is not blind.
    pdf_en, workbook_en = _reports(demo_ctx, tmp_path, "en")
    found = "\n".join(english_left(pdf_en, data) + english_left(workbook_en, data))
    for english in ("applies to what leaves", "counts in full", "same code", "[listed]"):
        assert english in found, english


def test_phrases_read_as_the_english_they_replace() -> None:
    """A Phrase is the English text itself (screening, the command line and fingerprints read it
    unchanged); pickled, it is that plain text; worded in English it is returned as it is."""
    china = Places("China", ["CN"], ["China"])
    said = Phrase("{issuer}'s {kind}", issuer=china, kind="export ban")
    assert said == "China's export ban" and isinstance(said, str)
    restored = pickle.loads(pickle.dumps(said))
    assert restored == said and type(restored) is str
    assert worded(said) is said
    with report_language("zh_CN"):
        assert worded(said) == "中国的export ban"
        assert worded(Places("the United States and Germany", ["US", "DE"], ["United States", "Germany"])) \
            == "美国和德国"
    assert "{lead}: {home} gets {item} from {places}" in templates()
