"""Tampering with the audit trail is reported; concurrent edits and archived records are refused."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from desktop_app.cli.main import main as cli_main
from desktop_app.domain.errors import ArchivedRecord, Conflict
from desktop_app.services.context import ServiceContext, open_register
from desktop_app.services.maintenance.backups import check_register
from desktop_app.services.records import measures, ventures
from tests.conftest import measure_data, need_tool, venture_data


def _trail(path: Path) -> None:
    ctx = open_register(f"sqlite:///{path}", actor="owner")
    for i in range(6):
        measures.create_measure(ctx, measure_data(reference=f"M-{i}"))
    ctx.db.dispose()


def _shell(path: Path, sql: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([need_tool("sqlite3"), str(path), sql], capture_output=True, text=True, check=False)


def _check(path: Path, capsys: pytest.CaptureFixture) -> tuple[int, str]:
    code = cli_main(["--db", str(path), "check"])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_the_append_only_guard_refuses_edits_from_the_shell(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "r.sqlite3"
    _trail(path)
    for sql in ("UPDATE audit_entry SET actor = 'mallory' WHERE id = 3",
                "DELETE FROM audit_entry WHERE id = 3"):
        result = _shell(path, sql)
        assert result.returncode != 0 and "append-only" in result.stderr
    assert _check(path, capsys)[0] == 0


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("UPDATE audit_entry SET actor = 'mallory' WHERE id = 3",
         "entry 3 was altered (first broken entry: 3)"),
        ("UPDATE audit_entry SET changes = replace(changes, 'M-2', 'M-X') WHERE id = 3",
         "entry 3 was altered (first broken entry: 3)"),
        ("DELETE FROM audit_entry WHERE id = 4", "entry 4 is missing (next is 5) (first broken entry: 4)"),
        ("DELETE FROM audit_entry WHERE id = 6", "the head records entry 6"),
        # A careful tamperer also fixes the edited entry's own hash: the next link breaks.
        ("UPDATE audit_entry SET actor = 'mallory', hash = 'f' || substr(hash, 2) WHERE id = 2",
         "first broken entry: 2"),
    ],
    ids=["actor", "changes", "delete-middle", "delete-last", "rehash"],
)
def test_tampering_after_dropping_the_guards_is_reported_with_the_first_broken_entry(
    tmp_path: Path, capsys: pytest.CaptureFixture, sql: str, expected: str
) -> None:
    path = tmp_path / "r.sqlite3"
    _trail(path)
    result = _shell(path, "DROP TRIGGER audit_entry_no_update; DROP TRIGGER audit_entry_no_delete; " + sql)
    assert result.returncode == 0, result.stderr
    code, output = _check(path, capsys)
    assert code == 1
    assert expected in output
    assert "append-only guard audit_entry_no_update was removed" in output


def test_dropping_the_guards_alone_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite3"
    _trail(path)
    _shell(path, "DROP TRIGGER audit_entry_no_delete")
    ctx = open_register(f"sqlite:///{path}", actor="checker")
    report = check_register(ctx)
    ctx.db.dispose()
    assert not report.ok and report.problems == [
        "audit trail: its append-only guard audit_entry_no_delete was removed or disabled"]


@pytest.fixture
def two_sessions(tmp_path: Path) -> tuple[ServiceContext, ServiceContext]:
    """Two users: two contexts, two engines, one register file."""
    url = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    alice, bob = open_register(url, actor="alice"), open_register(url, actor="bob")
    yield alice, bob
    alice.db.dispose()
    bob.db.dispose()


def test_second_save_of_the_same_record_is_a_conflict_showing_the_first(two_sessions) -> None:
    alice, bob = two_sessions
    created = measures.create_measure(alice, measure_data(reference="SHARED"))
    alice_form = measures.get_measure(alice, created.id).to_update()
    bob_form = measures.get_measure(bob, created.id).to_update()
    measures.update_measure(alice, created.id, alice_form | {"title": "Alice's title"})
    with pytest.raises(Conflict) as conflict:
        measures.update_measure(bob, created.id, bob_form | {"title": "Bob's title"})
    assert conflict.value.current.title == "Alice's title"  # what the GUI shows Bob
    assert conflict.value.current.version == 2
    assert "Nothing was overwritten" in str(conflict.value)
    assert measures.get_measure(bob, created.id).title == "Alice's title"
    # Bob reloads, reapplies his change on the current version, and it is saved.
    fresh = conflict.value.current.to_update() | {"title": "Bob's title"}
    assert measures.update_measure(bob, created.id, fresh).version == 3


def test_conflicting_venture_edits_never_sum_ownership_over_100(two_sessions) -> None:
    alice, bob = two_sessions
    jv = ventures.create_venture(alice, venture_data(partners=[
        {"name": "A", "country": "US", "share": "60"}, {"name": "B", "country": "CN", "share": "30"}]))
    form = jv.to_update()

    def add(name: str) -> dict:
        return form | {"partners": [*form["partners"], {"name": name, "country": "DE", "share": "10"}]}

    ventures.update_venture(alice, jv.id, add("Alice's partner"))
    with pytest.raises(Conflict):
        ventures.update_venture(bob, jv.id, add("Bob's partner"))
    total = sum(p.share for p in ventures.get_venture(bob, jv.id).partners)
    assert total == 100


def test_archive_then_edit_and_edit_then_archive_are_refused(two_sessions) -> None:
    alice, bob = two_sessions
    created = measures.create_measure(alice, measure_data(reference="TO-ARCHIVE"))
    bob_form = measures.get_measure(bob, created.id).to_update()
    measures.archive_measure(alice, created.id, created.version)
    with pytest.raises(ArchivedRecord, match="restore it"):
        measures.update_measure(bob, created.id, bob_form | {"title": "too late"})
    with pytest.raises(Conflict):  # archiving with a stale version is refused too
        measures.archive_measure(bob, created.id, created.version)
    assert measures.get_measure(alice, created.id).title == created.title
