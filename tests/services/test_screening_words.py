"""Screening's explanations are Phrases that read, byte for byte, as the English they replaced."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from desktop_app.domain.matching.direction import SUPPLIERS
from desktop_app.domain.phrase import Phrase
from desktop_app.services.context import open_register
from desktop_app.services.intake.demo import load_demo
from desktop_app.services.screening import exposures as screening
from desktop_app.services.screening.findings import Exposure, NeedsData
from desktop_app.services.timeline.events import list_events
from tests.conftest import FIXED_NOW


def _old_why(e: Exposure) -> str:
    """Exposure.why as the f-strings wrote it before it became a Phrase."""
    first = e.hits[0]
    what = f"{e.measure_reference} lists \u201c{first.measure_item}\u201d; {first.detail}."
    more = "".join(f" Also: {h.detail} (\u201c{h.measure_item}\u201d)." for h in e.hits[1:3])
    made_up = "" if e.match.recorded_item else " (an item the activity text names, not yet recorded)"
    return f"{e.direction_label.capitalize()} '{e.item_name}'{made_up}: {what}{more} {e.flow}"


def _old_need(n: NeedsData) -> str:
    noun = "measure depends" if n.count == 1 else "measures depend"
    return f"Record the {n.missing} of {n.item_name} at {n.venture_name}: {n.count} {noun} on it"


def test_the_demo_reads_as_before_and_keeps_its_facts(tmp_path: Path) -> None:
    ctx = open_register(f"sqlite:///{tmp_path / 'demo.sqlite3'}", actor="tester")
    ctx.now = lambda: FIXED_NOW
    load_demo(ctx)
    found = screening.screen(ctx, include_assessed=True, include_dismissed=True, kinds=screening.ALL_KINDS)
    exposures = [e for e in found if e.kind == "exposure"]
    assert exposures
    for e in exposures:
        assert isinstance(e.why, Phrase) and str(e.why) == _old_why(e)
        assert e.flow == e.match.route.text[:1].upper() + e.match.route.text[1:]
    one = NeedsData(1, "Ruhr", "input:gallium", "gallium", None, SUPPLIERS, True, ((7, "No. 46", "why"),))
    for n in (one, replace(one, measures=((7, "No. 46", "why"), (8, "No. 58", "why")))):
        assert isinstance(n.text, Phrase) and str(n.text) == _old_need(n)
    # Event titles keep the timeline's English too (calendar files and uids are built from them).
    titles = [e.title for e in list_events(ctx)]
    assert titles and all(isinstance(t, Phrase) for t in titles)
    assert any(t.startswith("Suspension ends: ") and t.endswith(" unless extended)") for t in titles)
    ctx.db.dispose()
