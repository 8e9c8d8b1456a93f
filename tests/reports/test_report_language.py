"""`--lang`: the briefing and the workbook in Simplified Chinese, read back with real parsers; the catalog complete."""

from __future__ import annotations

import re
import shutil
import string
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from babel.messages.pofile import read_po

from desktop_app.cli.main import main
from desktop_app.reports.workbook_document import CUT_TAG
from desktop_app.reports.xlsx.render import render_workbook
from desktop_app.services.context import ServiceContext
from desktop_app.services.reports.briefing import write_briefing
from desktop_app.services.reports.options import ReportOptions
from desktop_app.services.reports.workbook import write_workbook
from desktop_app.system import report_language
from desktop_app.system.paths import resource
from tests.reports.conftest import pdf_fonts, pdf_text, squash
from tests.services.ownership_cases import DELTA, DEMO_CARBON, ECHO, build_cases
from tests.services.test_ownership import AFFILIATES

# Every section title of the briefing (board pack and --full) in both languages.
TITLES = {
    "Key messages": "要点", "Decisions required": "待决事项", "Executive summary": "执行摘要",
    "Since the last briefing": "自上次简报以来", "Risk heat map": "风险热力图", "Top risks": "主要风险",
    "Calendar": "日程", "Regulatory events": "监管事件", "Reviews by owner": "按负责人列出的复核",
    "Unassessed exposures": "未评估的风险敞口", "Glossary and method": "术语与方法", "Method": "方法",
    "Residual risk by joint venture": "各合资企业的剩余风险",
}
FULL_TITLES = {"Joint ventures": "合资企业", "Measures appendix": "措施附录",
               "Changes since the last briefing": "自上次简报以来的变更"}


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> str:
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_template, path)
    return str(path)


def _briefing(db: str, out: Path, *extra: str) -> str:
    assert main(["--db", db, "report", "pdf", str(out), "--as-of", "2026-11-25", "--since", "2026-01-01",
                 *extra]) == 0
    return pdf_text(out)


def test_board_pack_in_chinese_has_chinese_titles_and_no_english_ones(demo_db: str, tmp_path: Path) -> None:
    text = _briefing(demo_db, tmp_path / "zh.pdf", "--lang", "zh_CN")
    flat = squash(text)
    for english, chinese in TITLES.items():
        assert squash(chinese) in flat, chinese
        assert not re.search(rf"^\s*{re.escape(english)}\s*$", text, re.MULTILINE), english
    assert "第1页，共" in flat and "Page 1 of" not in text
    assert "出口风险简报" in flat and "2026/11/25" in flat  # the title and a date in the language's form
    assert "机密-仅供内部合规使用" in flat  # the default confidentiality line
    assert "的暂停实施已于2026/11/9结束：请确认未延期" in flat  # a calendar line, rebuilt as one sentence


def test_full_briefing_in_chinese_names_countries_in_chinese(demo_db: str, tmp_path: Path) -> None:
    out = tmp_path / "zh-full.pdf"
    text = _briefing(demo_db, out, "--full", "--lang", "zh")  # "zh" is accepted for zh_CN
    flat = squash(text)
    for english, chinese in {**TITLES, **FULL_TITLES}.items():
        assert squash(chinese) in flat, chinese
        assert not re.search(rf"^\s*{re.escape(english)}\s*$", text, re.MULTILINE), english
    for country in ("中国", "美国"):
        assert country in flat, country
    assert "[U+" not in flat  # every Chinese character had a glyph
    fonts = pdf_fonts(out)
    assert all(f["emb"] == "yes" for f in fonts), fonts
    assert any("WenQuanYiMicroHei" in f["name"] for f in fonts)  # the registered CJK font draws it
    assert not any("Helvetica" in f["name"] or "STSong" in f["name"] for f in fonts)


def test_english_briefing_keeps_english_titles(demo_db: str, tmp_path: Path) -> None:
    flat = squash(_briefing(demo_db, tmp_path / "en.pdf", "--lang", "en"))
    for english, chinese in TITLES.items():
        assert squash(english) in flat and squash(chinese) not in flat, english


def test_workbook_in_chinese(demo_db: str, tmp_path: Path) -> None:
    out = tmp_path / "zh.xlsx"
    assert main(["--db", demo_db, "report", "xlsx", str(out), "--lang", "zh_CN", "--since", "2026-01-01"]) == 0
    wb = openpyxl.load_workbook(out, read_only=True)
    names = wb.sheetnames
    for sheet in ("摘要", "风险矩阵", "合作方", "缓解行动", "风险敞口", "沿革", "事件", "变更"):
        assert sheet in names, names
    # The sheets the import reads keep their English names and headers.
    for sheet in ("Measures", "Joint ventures", "Assessments", "Clauses", "Suspension windows"):
        assert sheet in names, names
    assert not {"Summary", "Risk matrix", "Partners", "Mitigations", "Exposures", "Changes"} & set(names)
    summary = [str(v) for row in wb["摘要"].iter_rows(values_only=True) for v in row if v is not None]
    assert summary[0].startswith("出口风险工作簿") and "要点" in summary and "关键数据" in summary
    partners = list(wb["合作方"].iter_rows(values_only=True))
    assert partners[0] == ("合资企业", "序号", "名称", "国家/地区", "持股比例")
    countries = {row[3] for row in partners[1:]}
    assert "中国" in countries, countries
    header = next(wb["Joint ventures"].iter_rows(values_only=True))
    assert "country" in header and "name" in header


@pytest.mark.parametrize("kind", ["pdf", "xlsx"])
def test_bad_language_lists_the_languages_and_writes_nothing(demo_db: str, tmp_path: Path, kind: str,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / f"report.{kind}"
    with pytest.raises(SystemExit) as exc:
        main(["--db", demo_db, "report", kind, str(out), "--lang", "fr"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "'fr' is not a report language" in err and "en (English)" in err and "zh_CN" in err
    assert not out.exists() and not list(tmp_path.glob("*.tmp*"))


def test_language_names() -> None:
    assert [report_language.parse_language(t) for t in ("zh", "ZH-cn", "zh_Hans", "en", " EN ")] == [
        "zh_CN", "zh_CN", "zh_CN", "en", "en"]
    with pytest.raises(report_language.LanguageError, match="choose one of: en"):
        report_language.parse_language("de")


def _fields(text: str) -> tuple[list[str], int]:
    return sorted(f[1] for f in string.Formatter().parse(text) if f[1] is not None), text.count("<b>")


def test_every_report_message_is_translated_in_chinese() -> None:
    """The template built from the code (tools/report_catalog.py) against the shipped catalog: a
    message added to the code without a Chinese translation fails here, and so does one whose
    placeholders or bold marks differ from the English."""
    from tools.report_catalog import template

    with resource("locale", "zh_CN.po").open("rb") as fh:
        po = read_po(fh, locale="zh_CN")
    problems = []
    for message in template():
        if not message.id:
            continue
        found = po.get(message.id)
        strings = () if found is None else (found.string if isinstance(found.string, tuple) else (found.string,))
        if found is None or found.fuzzy or not all(strings):
            problems.append(("untranslated", message.id))
            continue
        english = message.id if isinstance(message.id, str) else message.id[1]
        for translated in strings:
            if _fields(translated) != _fields(english):
                problems.append(("placeholders differ", message.id, translated))
    assert not problems, problems[:10]


def test_field_terms_follow_the_established_chinese() -> None:
    """The catalog uses the field's established terms, not literal renderings."""
    with report_language.report_language("zh_CN"):
        terms = {"Inherent risk": "固有风险", "Residual risk": "剩余风险", "Risk matrix": "风险矩阵",
                 "Treatment": "应对措施", "Measure": "措施", "Joint venture": "合资企业", "in force": "生效",
                 "repealed": "废止", "suspension": "暂停实施", "export licensing requirement": "出口许可证要求"}
        for english, chinese in terms.items():
            assert report_language._(english) == chinese, english
        assert report_language.country("CN", "China") == "中国" and report_language.country("US", "x") == "美国"
    assert report_language._("Inherent risk") == "Inherent risk"  # outside the block: English


# The ownership section in Chinese: titles and headers; the English ones must not be left behind.
OWNERSHIP_ZH = ("股权", "规则", "门槛", "被涵盖", "未知", "合资企业数", "经由", "列名主体持股", "持股链与计算过程")
OWNERSHIP_EN = ("Ownership", "Ownership appendix", "Status on", "Threshold", "Captured", "Unknown", "Ventures",
                "Through", "Held by listed", "Chain and arithmetic", "Arithmetic", "Result", "Ownership sheet",
                "venture x rule result", "the venture as a whole", "Every joint venture's result", "Under 90 FR")


@pytest.fixture
def owned_demo(demo_ctx: ServiceContext) -> ServiceContext:
    """The demo register with the issue's ownership cases: two ventures captured, one unknown."""
    build_cases(demo_ctx, demo=True)  # the demo holds the Entity List addition and the affiliates rule
    return demo_ctx


def _owned_briefing(ctx: ServiceContext, out: Path, *, full: bool, lang: str = "zh_CN") -> str:
    write_briefing(ctx, out, ReportOptions(as_of=date(2026, 12, 1), since=date(2026, 1, 1), full=full, lang=lang))
    return pdf_text(out)


@pytest.mark.parametrize("full", [False, True])
def test_chinese_briefing_has_the_ownership_section_in_chinese(owned_demo: ServiceContext, tmp_path: Path,
                                                               full: bool) -> None:
    text = _owned_briefing(owned_demo, tmp_path / f"owned-{full}.pdf", full=full)
    flat = squash(text)
    for chinese in (*OWNERSHIP_ZH, *(("股权附录", "计算过程", "结果") if full else ())):
        assert squash(chinese) in flat, chinese
    start = text.index("\n股权\n")  # the section's heading, then up to the next section's
    parts = [text[start:text.index("术语与方法", start)], text[text.index("股权附录"):] if full else ""]
    for english in OWNERSHIP_EN:
        assert not any(re.search(rf"\b{re.escape(english)}\b", part) for part in parts), english
    # The key messages, each one whole sentence; a capture through two tiers names its chain.
    assert squash(f"根据 {AFFILIATES}（2026/12/1生效，门槛 50%），2 家合资企业因股权被涵盖") in flat
    assert squash(f"{ECHO}（未知）") in flat  # the verdict under the venture's name
    assert squash(f"Kestrel Microelectronics [已列名] -50%-> Binhai Holdings -50%-> {DEMO_CARBON}") in flat
    assert ("股权附录" in flat) is full  # the board pack is bounded
    if full:  # the measures' lineage lines and the raw change list, built from their parts
        lineage = re.findall(r"沿革：(.*)", text)
        english = re.compile(r"(clause \S+ )?(suspend|finalise|amend|supersede|respond)")
        assert lineage and not [x for x in lineage if english.match(x)], lineage
        assert squash("条款 2 自 2025/11/9 至 2026/11/27 被 MOFCOM Announcement No. 72 of 2025 暂停实施") in flat
        assert squash("条款 1：2026/12/1生效（自 2024/12/3 起）") in flat  # a clause's state on the as-of date
        changes = text[text.index("自上次简报以来的变更\n"):]
        assert "新建" in changes and "列名主体" in changes, changes[:400]
        assert not re.search(r"\b(create|update|listed party|joint venture)\b", changes), changes[:400]


def test_english_ownership_section_unchanged(owned_demo: ServiceContext, tmp_path: Path) -> None:
    flat = squash(_owned_briefing(owned_demo, tmp_path / "owned-en.pdf", full=True, lang="en"))
    under = squash(f"Under {AFFILIATES} (in force on 2026-12-01, threshold 50%), 2 joint ventures are captured")
    for english in ("Ownership", "Ownershipappendix", "Heldbylisted", "Chainandarithmetic", under):
        assert english in flat, english
    assert not any(squash(chinese) in flat for chinese in OWNERSHIP_ZH)


def test_chinese_workbook_has_chinese_ownership_sheets(owned_demo: ServiceContext, tmp_path: Path) -> None:
    out = tmp_path / "owned-zh.xlsx"
    write_workbook(owned_demo, out, ReportOptions(as_of=date(2026, 12, 1), lang="zh_CN"))
    wb = openpyxl.load_workbook(out, read_only=True)
    for sheet in ("股权", "主体", "股东", "列名主体", "股权门槛", "成分占比", "微量规则"):
        assert sheet in wb.sheetnames, wb.sheetnames
    assert "下拉列表" in wb.sheetnames  # the drop-downs' hidden sheet
    assert not {"Ownership", "Parties", "Owners", "Listed parties", "Ownership thresholds", "Lists"} & set(
        wb.sheetnames)
    rows = list(wb["股权"].iter_rows(values_only=True))
    assert rows[0] == ("合资企业", "合作方", "规则", "规则状态", "门槛", "结果", "列名主体持股", "计算过程",
                       "持股链", "截至日期")
    results = {(r[0], r[1]): r[5] for r in rows[1:]}
    assert results[(DELTA, "Delta Metals")] == "被涵盖" and results[(ECHO, "（合资企业整体）")] == "未知"
    assert {r[3] for r in rows[1:] if r[2] == AFFILIATES} == {"生效"}
    assert next(wb["列名主体"].iter_rows(values_only=True))[:3] == ("措施文号", "名称", "别名")
    # The importable sheets keep their English headers.
    assert "country" in next(wb["Joint ventures"].iter_rows(values_only=True))


def test_chinese_overflow_and_lists_sheets(tmp_path: Path) -> None:
    """A text over the cell limit: its marker names the Chinese Overflow sheet and keeps the tag the
    import looks for; the hidden Lists sheet that feeds the drop-downs is named in Chinese too."""
    from tests.reports.test_xlsx_safety import _document

    long_text = "长" * 40_000
    with report_language.report_language("zh_CN"):
        render_workbook(_document([(long_text, "High")]), tmp_path / "cut.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "cut.xlsx")
    assert {"超长文本", "下拉列表"} <= set(wb.sheetnames) and not {"Overflow", "Lists"} & set(wb.sheetnames)
    assert wb["下拉列表"].sheet_state == "hidden"
    rows = list(wb["超长文本"].iter_rows(values_only=True))
    assert rows[0] == ("工作表", "单元格", "分段", "文本") and "".join(r[3] for r in rows[1:]) == long_text
    cell = wb["Notes"]["A2"].value
    assert CUT_TAG in cell and cell.endswith("个字符，见工作表“超长文本”第 2 行起]"), cell[-60:]
