"""Undo/redo through the audited services: saves, archive/restore, and refusals that protect data."""

from __future__ import annotations

from desktop_app.domain.entity import Entity
from desktop_app.domain.errors import Conflict
from desktop_app.services.audit import list_entries
from desktop_app.services.records.measures import create_measure, get_measure, update_measure
from desktop_app.services.records.ventures import get_venture, list_ventures
from desktop_app.ui.forms import open_form
from desktop_app.ui.undo import ArchiveCommand, SaveRecordCommand
from tests.conftest import measure_data
from tests.ui_forms.conftest import click


def test_undo_of_a_create_archives_and_redo_restores(qtbot, window) -> None:
    form = open_form(window, Entity.VENTURE, None)
    qtbot.keyClicks(form.name, "Undoable JV")
    qtbot.keyClicks(form.country, "VN")
    click(qtbot, form.save_button)
    [venture] = list_ventures(window.ctx)
    stack = window.undo_stack
    assert stack.undoText() == "Add joint venture Undoable JV"
    stack.undo()
    assert get_venture(window.ctx, venture.id).archived
    assert list_ventures(window.ctx) == []
    stack.redo()
    assert not get_venture(window.ctx, venture.id).archived
    with window.ctx.db.session() as s:
        actions = [e.action for e in list_entries(s, entity=Entity.VENTURE)]
    assert actions == ["restore", "archive", "create"]  # newest first: every step audited


def test_archive_command_performs_on_push_and_reverses(window) -> None:
    record = create_measure(window.ctx, measure_data())
    stack = window.undo_stack
    stack.push(ArchiveCommand(window, Entity.MEASURE, record.id, archive=True))
    assert get_measure(window.ctx, record.id).archived
    assert stack.undoText() == f"Archive measure {record.reference}"
    stack.undo()
    assert not get_measure(window.ctx, record.id).archived
    stack.redo()
    assert get_measure(window.ctx, record.id).archived
    stack.push(ArchiveCommand(window, Entity.MEASURE, record.id, archive=False))
    assert not get_measure(window.ctx, record.id).archived
    assert window.changed == [Entity.MEASURE] * 4


def test_undo_of_an_edit_refuses_to_overwrite_someone_elses_change(window, errors_shown) -> None:
    ctx = window.ctx
    record = create_measure(ctx, measure_data())
    mine = update_measure(ctx, record.id, record.to_update() | {"title": "Mine"})
    window.undo_stack.push(SaveRecordCommand(window, Entity.MEASURE, record, mine))
    theirs = update_measure(ctx, record.id, mine.to_update() | {"title": "Theirs"})
    window.undo_stack.undo()
    assert get_measure(ctx, record.id).title == "Theirs"
    assert isinstance(errors_shown[0][1], Conflict)
    assert errors_shown[0][0].startswith("Could not edit measure")
    assert window.undo_stack.count() == 0  # the command is dropped, not left half-done
    assert theirs.version == get_measure(ctx, record.id).version


def test_undo_after_archive_and_restore_uses_the_current_version(window) -> None:
    ctx = window.ctx
    record = create_measure(ctx, measure_data())
    mine = update_measure(ctx, record.id, record.to_update() | {"title": "Mine"})
    stack = window.undo_stack
    stack.push(SaveRecordCommand(window, Entity.MEASURE, record, mine))
    stack.push(ArchiveCommand(window, Entity.MEASURE, record.id, archive=True))
    stack.undo()  # restore bumps the version
    stack.undo()  # the edit is still undoable with the new version
    assert get_measure(ctx, record.id).title == record.title
    stack.redo()
    assert get_measure(ctx, record.id).title == "Mine"


def test_failed_archive_is_reported_and_not_stacked(window, errors_shown) -> None:
    window.undo_stack.push(ArchiveCommand(window, Entity.VENTURE, 404, archive=True))
    assert window.undo_stack.count() == 0
    assert "No joint venture with id 404" in str(errors_shown[0][1])
