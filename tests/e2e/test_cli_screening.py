"""Screening from the command line: CSV for scripts, needs-data, inferred flows, the vocabulary."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from tests.e2e.test_cli import run

VENTURES = ("name,country,activity,inputs,partner_1_name,partner_1_country,partner_1_share\n"
            "Ruhr Gallium GmbH,DE,Refining; dependent on Chinese gallium imports for blending.,"
            "crude gallium metal; =HYPERLINK(\"x\") germanium dioxide,Ruhr AG,DE,100\n")


def _setup(tmp_path: Path) -> None:
    assert run(tmp_path, "demo").returncode == 0
    path = tmp_path / "v.csv"
    path.write_text(VENTURES, encoding="utf-8")
    done = run(tmp_path, "import", "ventures", str(path))
    assert done.returncode == 0, done.stderr


def test_screen_as_csv_lists_exposures_and_needs_data_with_their_reasons(tmp_path: Path) -> None:
    _setup(tmp_path)
    out = run(tmp_path, "screen", "--format", "csv", "--venture", "Ruhr Gallium GmbH")
    assert out.returncode == 0, out.stderr
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert list(rows[0]) == ["measure_reference", "venture", "item", "kind", "confidence", "reason"]
    kinds = {(r["measure_reference"], r["item"], r["kind"], r["confidence"]) for r in rows}
    assert ("MOFCOM/GAC Announcement No. 23 of 2023", "crude gallium metal", "exposure", "medium") in kinds
    hostile = [r for r in rows if "HYPERLINK" in r["item"]]
    assert hostile and all(r["item"].startswith("'=") for r in hostile)  # no cell is a formula
    assert all(r["reason"] and "\u201c" in r["reason"] for r in rows)


def test_needs_data_flows_and_recording_countries(tmp_path: Path) -> None:
    _setup(tmp_path)
    needs = run(tmp_path, "needs-data")
    assert needs.returncode == 0 and "Record the supplier countries of =HYPERLINK" in needs.stdout
    flows = run(tmp_path, "flows", "Ruhr Gallium GmbH")
    assert flows.returncode == 0 and "[1] input 'crude gallium metal' from China" in flows.stdout
    assert run(tmp_path, "flows", "Ruhr Gallium GmbH", "--confirm", "9").returncode == 1
    done = run(tmp_path, "flows", "Ruhr Gallium GmbH", "--confirm", "1")
    assert done.returncode == 0 and done.stdout.startswith("Confirmed and recorded: ")
    text = run(tmp_path, "screen", "--venture", "Ruhr Gallium GmbH").stdout
    assert "'crude gallium metal' (high confidence)" in text
    recorded = run(tmp_path, "record-countries", "Ruhr Gallium GmbH", '=HYPERLINK("x") germanium dioxide', "AU")
    assert recorded.returncode == 0, recorded.stderr
    assert "Record the supplier countries" not in run(tmp_path, "needs-data").stdout
    bad = run(tmp_path, "record-countries", "Ruhr Gallium GmbH", "crude gallium metal", "XX")
    assert bad.returncode == 1 and "is not a country" in bad.stderr


def test_taxonomy_and_crosswalk_commands(tmp_path: Path) -> None:
    assert run(tmp_path, "demo").returncode == 0
    listed = run(tmp_path, "taxonomy").stdout
    assert "spherical_graphite: spherical graphite [material] (a kind of natural_graphite)" in listed
    added = run(tmp_path, "taxonomy", "isostatic_graphite", "isostatic graphite", "--stage", "material",
                "--aliases", "等静压石墨; 등방흑연")
    assert added.returncode == 0 and "aliases: 等静压石墨; 등방흑연" in added.stdout
    assert run(tmp_path, "taxonomy", "--kind-of", "isostatic_graphite", "synthetic_graphite").returncode == 0
    assert run(tmp_path, "taxonomy", "--kind-of", "graphite", "isostatic_graphite").returncode == 1
    rows = run(tmp_path, "crosswalk").stdout
    assert "CN-DU:3A001 = CN:85076000" in rows
    assert run(tmp_path, "crosswalk", "CN-DU:1C999", "CN:99991234", "--note", "example").returncode == 0
    assert run(tmp_path, "crosswalk", "HS:2504", "HS:2504.10").returncode == 1
    assert run(tmp_path, "check").returncode == 0  # every edit is in the audit chain
