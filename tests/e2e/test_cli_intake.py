"""The command line's intake: --map, field-level dry runs, stale versions, packs, groups."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.test_cli import run

DATA = Path(__file__).resolve().parent.parent / "data" / "intake"


def test_a_register_as_written_imports_with_map(tmp_path: Path) -> None:
    refused = run(tmp_path, "import", "measures", str(DATA / "measures_as_written.csv"))
    assert refused.returncode == 1 and "missing required column(s) jurisdiction, reference" in refused.stderr
    maps = ("--map", "Ref=reference", "--map", "Issuer=jurisdiction", "--map", "Source=source_url")
    dry = run(tmp_path, "import", "measures", str(DATA / "measures_as_written.csv"), *maps, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "20 would be created" in dry.stdout
    assert "read 'China (most entities)' as China" in dry.stderr
    done = run(tmp_path, "import", "measures", str(DATA / "measures_as_written.csv"), *maps)
    assert done.returncode == 0 and "20 were created" in done.stdout
    ventures = run(tmp_path, "import", "ventures", str(DATA / "ventures_as_written.csv"),
                   "--map", "Partner 1=partner_1_name")
    assert ventures.returncode == 0 and "ownership incomplete" in ventures.stderr
    assessed = run(tmp_path, "import", "assessments", str(DATA / "assessments_as_written.csv"),
                   "--map", "Measure=measure_reference")
    assert assessed.returncode == 0 and "review overdue since 2024-06-30" in assessed.stderr
    assert "3 were created" in assessed.stdout


def test_a_stale_export_needs_overwrite_newer(tmp_path: Path) -> None:
    assert run(tmp_path, "demo").returncode == 0
    out = tmp_path / "measures.csv"
    assert run(tmp_path, "export", "measures", str(out)).returncode == 0
    text = out.read_text(encoding="utf-8-sig")
    edited = tmp_path / "edited.csv"
    edited.write_text(text.replace("Announcement on strengthening export control", "Strengthened export control"),
                      encoding="utf-8")
    first = run(tmp_path, "import", "measures", str(edited))
    assert first.returncode == 0 and "1 updated" in first.stdout  # the register had not changed
    stale = run(tmp_path, "import", "measures", str(out), "--dry-run")
    assert stale.returncode == 1 and "conflict MOFCOM Announcement No. 46 of 2024" in stale.stdout
    assert "title: register 'Strengthened export control" in stale.stdout
    assert run(tmp_path, "import", "measures", str(out)).returncode == 1
    forced = run(tmp_path, "import", "measures", str(out), "--overwrite-newer")
    assert forced.returncode == 0 and "1 updated" in forced.stdout


def test_groups_and_packs_from_the_command_line(tmp_path: Path) -> None:
    listed = run(tmp_path, "group", "list")
    assert listed.returncode == 0 and "EAR:D:5" in listed.stdout and "WORLD" in listed.stdout
    shown = run(tmp_path, "group", "show", "EAR:E:1")
    assert "Iran" in shown.stdout and "North Korea" in shown.stdout and "Syria" in shown.stdout
    made = run(tmp_path, "group", "set", "MINE:1", "--name", "Our markets", "--members", "Namibia; 中国; UK")
    assert made.returncode == 0 and "China, United Kingdom, Namibia" in made.stdout
    bad = run(tmp_path, "group", "set", "MINE:1", "--members", "Chna")
    assert bad.returncode == 1 and "did you mean 'China'" in bad.stderr
    assert run(tmp_path, "demo").returncode == 0
    pack = tmp_path / "pack.csv"
    pack.write_text("reference,title,jurisdiction,measure_type,status,targets,notes\n"
                    "PACK-CLI-1 (fictional test row),Fictional rule,China,export ban,proposed,MINE:1,ignored note\n",
                    encoding="utf-8")
    dry = run(tmp_path, "pack", str(pack), "--dry-run")
    assert dry.returncode == 0 and "New measures:\n  + PACK-CLI-1 (fictional test row)  (row 2)" in dry.stdout
    assert "Dry run" in dry.stdout
    assert run(tmp_path, "pack", str(pack)).returncode == 0
    again = run(tmp_path, "pack", str(pack))
    assert "measures: 0 were created, 0 updated, 1 unchanged" in again.stdout
    assert run(tmp_path, "group", "remove", "MINE:1").returncode == 1  # named by the pack's measure


def test_a_csv_pack_with_clauses_and_windows_lists_them_before_importing(tmp_path: Path) -> None:
    assert run(tmp_path, "demo").returncode == 0
    new = "PACK-CLI-2 (fictional test row)"
    (tmp_path / "m.csv").write_text(f"reference,title,jurisdiction,measure_type,status\n"
                                    f"{new},Fictional rule,CN,export ban,in force\n", encoding="utf-8")
    (tmp_path / "c.csv").write_text(f"measure_reference,clause,title\n{new},1,Fictional clause\n", encoding="utf-8")
    (tmp_path / "w.csv").write_text(f"measure_reference,starts_on,ends_on\n{new},2026-01-01,2026-06-30\n",
                                    encoding="utf-8")
    args = ("pack", str(tmp_path / "m.csv"), "--clauses", str(tmp_path / "c.csv"), "--windows", str(tmp_path / "w.csv"))
    dry = run(tmp_path, *args, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert f"New clauses:\n  + {new} x 1  (row 2)" in dry.stdout
    assert "New suspension windows:\n  + " in dry.stdout and "Dry run" in dry.stdout
    assert run(tmp_path, *args).returncode == 0
    again = run(tmp_path, *args)
    assert again.returncode == 0 and "Nothing new" in again.stdout
