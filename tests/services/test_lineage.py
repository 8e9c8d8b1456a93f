"""Measure lineage: links shown from both measures, the rules a link obeys, audit, CLI."""

from __future__ import annotations

import pytest

from desktop_app.domain.entity import Entity
from desktop_app.domain.errors import ArchivedRecord, ValidationFailed
from desktop_app.domain.lineage import LinkKind, parse_link_kind
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext
from desktop_app.services.intake.demo import load_demo
from desktop_app.services.records import measures
from desktop_app.services.records.lineage import (
    link_measures,
    links_of,
    list_links,
    load_demo_links,
    measure_id_for,
    unlink_measures,
)
from tests.conftest import measure_data
from tests.services.test_screening import _cli

DRAFT = "MOFCOM/MOST consultation draft (2 Jan 2025)"
FINAL = "Catalogue adjustment of 15 Jul 2025 (new restricted entry No. 252604X)"


def _measures(ctx: ServiceContext, n: int) -> list[int]:
    return [measures.create_measure(ctx, measure_data(reference=f"M{i}")).id for i in range(n)]


def test_demo_draft_is_finalised_on_15_july_and_both_measures_say_so(ctx: ServiceContext) -> None:
    load_demo(ctx)
    draft, final = measure_id_for(ctx, DRAFT), measure_id_for(ctx, FINAL.upper())
    [on_draft] = links_of(ctx, draft)
    [on_final] = links_of(ctx, final)
    assert str(on_draft) == f"finalised by {FINAL} (the 2 Jan 2025 draft was finalised on 15 Jul 2025)"
    assert (on_draft.other_id, on_draft.outgoing) == (final, False)
    assert on_final.phrase == "finalises" and on_final.other_reference == DRAFT and on_final.outgoing
    assert load_demo_links(ctx) == 0  # loading the demo again adds nothing
    assert len(list_links(ctx)) == 3  # the suspensions are windows (windows.csv), not links


def test_every_kind_reads_from_both_ends(ctx: ServiceContext) -> None:
    ids = _measures(ctx, 6)
    for n, kind in enumerate(LinkKind):
        link_measures(ctx, ids[0], ids[n + 1], kind)
    assert [v.phrase for v in links_of(ctx, ids[0])] == [
        "finalises", "amends", "suspends", "supersedes", "responds to"]
    assert [links_of(ctx, i)[0].phrase for i in ids[1:]] == [
        "finalised by", "amended by", "suspended by", "superseded by", "responded to by"]


def test_inverse_phrases_swap_the_measures(ctx: ServiceContext) -> None:
    old, new = _measures(ctx, 2)
    read = link_measures(ctx, old, new, "finalised by", "  draft made final  ")
    assert (read.from_id, read.to_id, read.kind) == (new, old, LinkKind.FINALISES)
    assert read.note == "draft made final"
    assert parse_link_kind("Responds-To") == (LinkKind.RESPONDS_TO, False)
    assert parse_link_kind("replaced by") == (LinkKind.SUPERSEDES, True)
    with pytest.raises(ValueError):
        parse_link_kind("is cousin of")


def test_links_that_make_no_sense_are_refused(ctx: ServiceContext) -> None:
    a, b, c = _measures(ctx, 3)
    link_measures(ctx, a, b, LinkKind.SUPERSEDES)
    link_measures(ctx, b, c, LinkKind.SUPERSEDES)
    cases = [(a, a, "supersedes", "itself"), (a, b, "supersedes", "already exists"),
             (b, a, "supersedes", "both ways"), (c, a, "finalises", "loop"),
             (a, b, "is cousin of", "unknown value")]
    for src, dst, kind, message in cases:
        with pytest.raises(ValidationFailed) as caught:
            link_measures(ctx, src, dst, kind)
        assert message in str(caught.value.issues)
    link_measures(ctx, c, a, "responds to")  # not an ordering kind: no loop rule
    with pytest.raises(ValidationFailed):
        link_measures(ctx, a, b, "amends", "bad\x07note")
    measures.archive_measure(ctx, c)
    with pytest.raises(ArchivedRecord):
        link_measures(ctx, c, b, "amends")


def test_links_are_audited_and_removable(ctx: ServiceContext) -> None:
    a, b = _measures(ctx, 2)
    read = link_measures(ctx, a, b, "amends", "<b>clause 3</b>")
    unlink_measures(ctx, read.id)
    assert links_of(ctx, a) == [] and links_of(ctx, b) == []
    with ctx.db.session() as s:
        entries = audit.list_entries(s, entity=Entity.MEASURE_LINK)
        assert audit.verify_chain(s).ok
    assert [e.action for e in entries] == ["archive", "create"]
    assert entries[1].entity_label == "M0 amends M1"
    assert entries[1].changes["note"] == [None, "<b>clause 3</b>"]


def test_cli_link_and_links(tmp_path) -> None:
    db = tmp_path / "cli.sqlite3"
    assert _cli(db, "demo").returncode == 0
    shown = _cli(db, "links", DRAFT)
    assert shown.returncode == 0 and f"finalised by {FINAL}" in shown.stdout
    made = _cli(db, "link", "Decision No. 004/ARECOMS/2025 (as reported)", "responds to",
                "Decision No. 001/ARECOMS/2025", "--note", "quota after the ban")
    assert made.returncode == 0, made.stderr
    assert "responds to Decision No. 001/ARECOMS/2025" in made.stdout
    again = _cli(db, "link", "Decision No. 004/ARECOMS/2025 (as reported)", "responds to",
                 "Decision No. 001/ARECOMS/2025")
    assert again.returncode == 1 and "already exists" in again.stderr
    listing = _cli(db, "links").stdout.splitlines()
    assert len(listing) == 4
    link_id = listing[-1].split("]")[0].strip("[")
    assert _cli(db, "links", "--remove", link_id).returncode == 0
    assert len(_cli(db, "links").stdout.splitlines()) == 3
