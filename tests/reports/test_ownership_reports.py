"""Ownership in the board pack, the full briefing and the workbook, read back with pdftotext and openpyxl."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from desktop_app.services.context import ServiceContext
from desktop_app.services.reports.briefing import write_briefing
from desktop_app.services.reports.options import ReportOptions
from desktop_app.services.reports.workbook import write_workbook
from tests.reports.conftest import pdf_text, squash
from tests.services.ownership_cases import AURORA, DELTA, ECHO, build_cases
from tests.services.test_ownership import AFFILIATES

IN_FORCE, SUSPENDED = date(2026, 12, 1), date(2026, 6, 1)


@pytest.fixture
def cases(ctx: ServiceContext) -> ServiceContext:
    build_cases(ctx)
    return ctx


def _pdf(ctx: ServiceContext, tmp_path: Path, day: date, *, full: bool = False) -> str:
    target = tmp_path / f"briefing-{day}-{full}.pdf"
    write_briefing(ctx, target, ReportOptions(as_of=day, full=full))
    return squash(pdf_text(target, "-raw"))


def _key_messages(text: str) -> str:
    return text[text.index("Keymessages"):text.index("Decisionsrequired")]


def test_the_board_pack_names_captured_and_unknown_ventures_under_a_rule_in_force(cases: ServiceContext,
                                                                                   tmp_path: Path) -> None:
    text = _pdf(cases, tmp_path, IN_FORCE)
    messages = _key_messages(text)
    assert squash(f"Under {AFFILIATES} (in force on 2026-12-01, threshold 50%), 2 joint ventures are captured") \
        in messages
    assert squash("Shandong Carbon is held 50% by listed parties (Binhai Holdings 50% x 100%") in messages
    assert squash(f"whether {ECHO} is captured is unknown") in messages
    section = text[text.index("Ownership"):]
    assert squash("Kestrel Microelectronics [listed] -50%-> Binhai Holdings -50%-> Shandong Carbon") in section
    assert squash("Corvid Systems [listed] -25%-> Delta Metals") in section
    assert squash("sum 55%; 55% >= 50%: captured") in section
    assert "Ownershipappendix" not in text  # the board pack is bounded


def test_a_suspended_rule_gives_no_key_message_but_the_section_says_why(cases: ServiceContext,
                                                                        tmp_path: Path) -> None:
    text = _pdf(cases, tmp_path, SUSPENDED)
    assert squash(f"Under {AFFILIATES}") not in _key_messages(text)
    assert squash("Under 90 FR 14046 (in force on 2026-06-01") in _key_messages(text)
    section = text[text.index("Ownership"):]
    assert squash(f"{AFFILIATES} suspended 50%") in section


def test_the_full_appendix_lists_every_ventures_result(cases: ServiceContext, tmp_path: Path) -> None:
    text = _pdf(cases, tmp_path, IN_FORCE, full=True)
    appendix = text[text.index("Ownershipappendix"):]
    for venture, result in ((squash(AURORA), "captured"), (squash(DELTA), "captured"), (squash(ECHO), "unknown")):
        assert appendix.count(venture) == 2 and result in appendix  # one line per rule
    assert squash(f"{ECHO} {AFFILIATES} in force unknown Echo Parts unknown Fulmar Trading 20% x 0%") in appendix


def test_the_workbook_has_the_ownership_sheet_and_the_records_behind_it(cases: ServiceContext,
                                                                        tmp_path: Path) -> None:
    target = tmp_path / "book.xlsx"
    write_workbook(cases, target, ReportOptions(as_of=IN_FORCE))
    pdf = _key_messages(_pdf(cases, tmp_path, IN_FORCE))
    book = openpyxl.load_workbook(target)
    rows = list(book["Ownership"].iter_rows(values_only=True))
    assert rows[0] == ("venture", "partner", "rule", "rule_status", "threshold", "result",
                       "held_by_listed_parties", "arithmetic", "chain", "as_of")
    by_key = {(r[0], r[1], r[2]): r for r in rows[1:]}
    delta = by_key[(DELTA, "Delta Metals", AFFILIATES)]
    assert delta[5:7] == ("captured", "55%") and "Delta Metals: sum 55%" in delta[7]
    assert delta[9].date() == IN_FORCE
    assert by_key[(ECHO, "Echo Parts", AFFILIATES)][5] == "unknown"
    assert by_key[(AURORA, "(the venture as a whole)", AFFILIATES)][5:7] == ("not captured", "30%")
    owners = list(book["Owners"].iter_rows(values_only=True))
    assert ("Delta Metals", "CN", "Corvid Systems", "CN", "25", None) in owners
    assert {"Parties", "Listed parties", "Ownership thresholds", "Content shares", "De minimis rules"} <= set(
        book.sheetnames)
    summary = [str(c) for row in book["Summary"].iter_rows(values_only=True) for c in row if c]
    ownership = [m for m in summary if "Under " in m]
    assert ownership and all(squash(m.split(". ", 1)[1]) in pdf for m in ownership)  # the same key messages


@pytest.mark.parametrize("pick", ["=HYPERLINK(", "<b>", "\ud55c"])  # a formula, markup, Korean
def test_hostile_party_names_survive_both_reports(ctx: ServiceContext, tmp_path: Path,
                                                  hostile_strings: list[str], pick: str) -> None:
    name = " ".join(next(s for s in hostile_strings if pick in s and s.isprintable()).split())
    build_cases(ctx, owner_name=name)
    assert squash(name) in _pdf(ctx, tmp_path, IN_FORCE)
    target = tmp_path / "book.xlsx"
    write_workbook(ctx, target, ReportOptions(as_of=IN_FORCE))
    book = openpyxl.load_workbook(target)
    hit = next(c for row in book["Owners"].iter_rows() for c in row if c.value == name)
    assert hit.data_type == "s"  # text, never a formula
    chains = [r[8] for r in book["Ownership"].iter_rows(values_only=True) if r[1] == "Shandong Carbon"]
    assert chains and all(f"-50%-> {name} -50%-> Shandong Carbon" in c for c in chains)
