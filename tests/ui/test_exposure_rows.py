"""The needs-data list says where a flow was read (activity text, notes) in the interface language."""

from __future__ import annotations

from typing import Any

from desktop_app.services.context import ServiceContext
from desktop_app.services.records import measures, ventures
from desktop_app.ui.views.exposure_rows import FLOW_SOURCES, flow_source
from desktop_app.ui.views.exposures_view import ExposuresView
from tests.conftest import measure_data, venture_data
from tests.ui.test_exposures_view import FakeWindow

READ_FROM = 3  # the flows table's "Read from" column



def _read_from(qtbot: Any, ctx: ServiceContext) -> list[str]:
    """The "Read from" cells of a venture whose activity text and notes both name a flow."""
    measures.create_measure(ctx, measure_data(status="in force", status_history=[], targets=[]))
    ventures.create_venture(ctx, venture_data(
        name="Ruhr", country="DE", partners=[], items=[{"name": "crude gallium metal"}, {"name": "gallium oxide"}],
        activity="Refining; dependent on Chinese gallium imports.", notes="6N gallium sold to US fabs."))
    view = ExposuresView(FakeWindow(ctx))
    qtbot.addWidget(view)
    view.refresh()
    view.venture.setCurrentIndex(view.venture.findData("Ruhr"))
    flows = view.needs.flows_model
    assert {f.source for f in view.needs.flows} == {"activity", "notes"}  # both sources are read
    return [str(flows.index(r, READ_FROM).data()) for r in range(flows.rowCount())]


def test_english_reads_activity_text_and_notes(qtbot: Any, ctx: ServiceContext) -> None:
    assert set(_read_from(qtbot, ctx)) == {"activity text", "notes"}


def test_german_names_the_source_in_german(german: str, qtbot: Any, ctx: ServiceContext) -> None:
    shown = set(_read_from(qtbot, ctx))
    assert shown == {"Tätigkeitsbeschreibung", "Notizen"}
    assert not shown & {"activity", "notes", *FLOW_SOURCES.values()}  # neither the key nor the English


def test_every_source_screening_writes_has_a_label() -> None:
    """The sources the activity reader stores; one added later shows its key until it gets a label."""
    from pathlib import Path

    from desktop_app.domain.matching import activity

    reader = Path(activity.__file__).read_text(encoding="utf-8")
    assert all(f'"{key}"' in reader for key in ("own mine", "partner"))  # the literals it writes itself
    assert {"activity", "notes", "partner", "own mine"} == set(FLOW_SOURCES)
    assert flow_source("a source added later") == "a source added later"
    assert flow_source("own mine") == "own mine" and flow_source("activity") == "activity text"
