"""The issue's ownership cases from the command line: a venture file with owners, the ownership view,
the board pack and the workbook on two dates."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl

from desktop_app.services.context import open_register
from tests.e2e.test_cli import run
from tests.reports.conftest import pdf_text, squash
from tests.services.test_ownership import AFFILIATES, ENTITY_LIST, affiliates_measures

HEADER = ["name", "country", "partner_1_name", "partner_1_country", "partner_1_share", "partner_1_owners"]
ROWS = [["Aurora Anode Materials LLC", "US", "Shandong Carbon", "CN", "30", "Binhai Holdings [50, CN]"],
        ["Delta Magnet JV", "US", "Delta Metals", "CN", "40",
         "Kestrel Microelectronics [30, CN]; Corvid Systems [25, CN]"],
        ["Echo Motor JV", "US", "Echo Parts", "CN", "60", "Fulmar Trading [20, CN]"],
        ["Foxtrot JV", "US", "Foxtrot Cells", "CN", "51", "Gannet Capital [60, CN]"]]


def _setup(tmp_path: Path) -> None:
    ctx = open_register(f"sqlite:///{tmp_path / 'reg.sqlite3'}", actor="setup")
    affiliates_measures(ctx)
    ctx.db.dispose()
    for name, since in (("Kestrel Microelectronics Co., Ltd.", "2025-03-25"), ("Corvid Systems Ltd.", "2025-03-25"),
                        ("Fulmar Tradings", "2025-03-25"), ("Gannet Capital", "2027-01-15")):
        done = run(tmp_path, "ownership", "list", ENTITY_LIST, name, "--country", "CN", "--list", "Entity List",
                   "--from", since)
        assert done.returncode == 0, done.stderr
    with (tmp_path / "ventures.csv").open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([HEADER, *ROWS])
    done = run(tmp_path, "import", "ventures", str(tmp_path / "ventures.csv"))
    assert done.returncode == 0, done.stderr
    done = run(tmp_path, "ownership", "owner", "Binhai Holdings", "Kestrel Microelectronics", "--share", "50",
               "--owned-country", "CN", "--owner-country", "CN")
    assert done.returncode == 0, done.stderr


def test_the_issue_cases_end_to_end(tmp_path: Path) -> None:
    _setup(tmp_path)
    show = run(tmp_path, "ownership", "Delta Magnet JV", "--on", "2026-12-01", "--rule", AFFILIATES).stdout
    assert "partner Delta Metals: 55%: captured" in show
    echo = run(tmp_path, "ownership", "Echo Motor JV", "--on", "2026-12-01", "--rule", AFFILIATES).stdout
    assert "partner Echo Parts: share not known: unknown" in echo and "Possible match, confirm: Fulmar Trading" in echo
    foxtrot = run(tmp_path, "ownership", "Foxtrot JV", "--on", "2026-12-01", "--rule", AFFILIATES).stdout
    assert "NOT YET LISTED" in foxtrot and "of the venture: not captured" in foxtrot
    pdf = tmp_path / "board.pdf"
    done = run(tmp_path, "report", "pdf", str(pdf), "--as-of", "2026-12-01")
    assert done.returncode == 0, done.stderr
    text = squash(pdf_text(pdf, "-raw"))
    page1 = text[text.index("Keymessages"):text.index("Decisionsrequired")]
    assert squash(f"Under {AFFILIATES} (in force on 2026-12-01, threshold 50%), 2 joint ventures are captured") \
        in page1
    assert squash("Kestrel Microelectronics [listed] -50%-> Binhai Holdings -50%-> Shandong Carbon") in text
    june = tmp_path / "june.pdf"
    assert run(tmp_path, "report", "pdf", str(june), "--as-of", "2026-06-01").returncode == 0
    june_text = squash(pdf_text(june, "-raw"))
    assert squash(f"Under {AFFILIATES}") not in june_text[:june_text.index("Decisionsrequired")]
    book = tmp_path / "book.xlsx"
    assert run(tmp_path, "report", "xlsx", str(book), "--as-of", "2026-12-01").returncode == 0
    rows = {(r[0], r[1], r[2]): r[5] for r in openpyxl.load_workbook(book)["Ownership"].iter_rows(values_only=True)}
    assert rows[("Foxtrot JV", "Foxtrot Cells", AFFILIATES)] == "not captured"  # listed from 2027-01-15
    assert rows[("Echo Motor JV", "Echo Parts", AFFILIATES)] == "unknown"
    assert run(tmp_path, "check").returncode == 0
