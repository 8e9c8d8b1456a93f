"""`export-risk ownership` end to end: owners recorded, the affiliates rule on two dates, verdicts, cycles."""

from __future__ import annotations

import re
from pathlib import Path

from desktop_app.services.context import open_register
from desktop_app.services.records import ventures
from tests.conftest import venture_data
from tests.e2e.test_cli import run
from tests.services.test_ownership import AFFILIATES, ENTITY_LIST, affiliates_measures

VENTURE = "Aurora Anode Materials LLC"


def _setup(tmp_path: Path) -> None:
    ctx = open_register(f"sqlite:///{tmp_path / 'reg.sqlite3'}", actor="setup")
    affiliates_measures(ctx)
    ventures.create_venture(ctx, venture_data())
    ctx.db.dispose()
    listed = run(tmp_path, "ownership", "list", ENTITY_LIST, "Kestrel Microelectronics Co., Ltd.", "--country", "CN",
                 "--alias", "红隼微电子有限公司", "--list", "Entity List", "--from", "2025-03-25")
    assert listed.returncode == 0, listed.stderr
    for owned, owner in (("Shandong Carbon", "Binhai Holdings"), ("Binhai Holdings", "红隼微电子")):
        done = run(tmp_path, "ownership", "owner", owned, owner, "--share", "50", "--owned-country", "CN",
                   "--owner-country", "CN")
        assert done.returncode == 0, done.stderr


def test_the_affiliates_rule_suspended_in_june_and_back_in_december(tmp_path: Path) -> None:
    _setup(tmp_path)
    june = run(tmp_path, "ownership", VENTURE, "--on", "2026-06-01", "--rule", AFFILIATES)
    assert june.returncode == 0, june.stderr
    assert f"{AFFILIATES} (suspended on 2026-06-01): threshold 50%, drawing on Entity List, MEU List" in june.stdout
    assert "it captures nothing on that date" in june.stdout
    assert "LISTED: on the Entity List (90 FR 14046) from 2025-03-25 as Kestrel Microelectronics" in june.stdout
    assert "partner Shandong Carbon: 50%: captured" in june.stdout
    december = run(tmp_path, "ownership", "show", VENTURE, "--on", "2026-12-01", "--rule", AFFILIATES)
    assert f"{AFFILIATES} (in force on 2026-12-01)" in december.stdout
    assert "captures nothing" not in december.stdout
    assert "Shandong Carbon: Binhai Holdings 50% x 100% (Binhai Holdings captured, counted in full) = 50%" in \
        december.stdout
    assert "Held by listed parties: 30% of the venture: not captured" in december.stdout


def test_possible_matches_are_judged_once_and_cycles_refused(tmp_path: Path) -> None:
    _setup(tmp_path)
    assert run(tmp_path, "ownership", "list", ENTITY_LIST, "Appalachian Energies Inc.", "--country", "US",
               "--list", "Entity List").returncode == 0
    out = run(tmp_path, "ownership", VENTURE, "--on", "2026-12-01", "--rule", AFFILIATES).stdout
    assert "Possible match, confirm: Appalachian Energy ~ Appalachian Energies Inc." in out
    assert "of the venture: unknown" in out
    # Nothing is known yet: the share is said to be unknown, never "0% or more".
    assert "partner Appalachian Energy: share not known: unknown" in out
    assert "share held by listed parties not known: unknown" in out
    assert not re.search(r"(?<![\d.])0% or more", out)
    assert run(tmp_path, "ownership", "reject", "Appalachian Energy", "2").returncode == 0
    out = run(tmp_path, "ownership", VENTURE, "--on", "2026-12-01", "--rule", AFFILIATES).stdout
    assert "Possible match" not in out and "of the venture: not captured" in out
    circle = run(tmp_path, "ownership", "owner", "红隼微电子", "Shandong Carbon", "--share", "5",
                 "--owned-country", "CN", "--owner-country", "CN")
    assert circle.returncode == 1 and "would run in a circle" in circle.stderr
    bad = run(tmp_path, "ownership", "threshold", AFFILIATES, "0")
    assert bad.returncode == 1 and "threshold" in bad.stderr
    assert run(tmp_path, "ownership", "No such venture").returncode == 1
    assert run(tmp_path, "check").returncode == 0
