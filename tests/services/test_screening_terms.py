"""The register's taxonomy and crosswalk: edited like the synonyms, audited, and used at once."""

from __future__ import annotations

import pytest

from desktop_app.domain.errors import NotFound, ValidationFailed
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext
from desktop_app.services.records import measures, ventures
from desktop_app.services.screening import terms
from desktop_app.services.screening.exposures import screen
from tests.conftest import measure_data, venture_data


def _entries(ctx: ServiceContext, entity: str) -> list[audit.AuditRecord]:
    with ctx.db.session() as s:
        return audit.list_entries(s, entity=entity)


def test_a_new_term_and_relation_change_what_an_entry_covers(ctx: ServiceContext) -> None:
    measures.create_measure(ctx, measure_data(status="in force", status_history=[], targets=[],
                                              items=[{"name": "synthetic graphite"}]))
    ventures.create_venture(ctx, venture_data(country="JP", partners=[], items=[
        {"name": "isostatic graphite blocks", "countries": ["CN"]}]))
    assert screen(ctx) == []
    terms.set_term(ctx, "isostatic_graphite", "isostatic graphite", "material", ["等静压石墨", "등방흑연"])
    assert screen(ctx) == []  # a term of its own, not yet a kind of anything
    terms.relate(ctx, "isostatic_graphite", "synthetic_graphite")
    [e] = screen(ctx)
    assert "isostatic graphite \u2192 synthetic graphite (vocabulary)" in e.why
    assert [r.action for r in _entries(ctx, "taxonomy_term")] == ["create"]
    assert _entries(ctx, "taxonomy_relation")[0].entity_label == "isostatic_graphite is a kind of synthetic_graphite"
    terms.relate(ctx, "isostatic_graphite", "synthetic_graphite", remove=True)
    assert screen(ctx) == []
    t = next(t for t in terms.list_terms(ctx) if t.key == "isostatic_graphite")
    assert t.aliases == ("等静压石墨", "등방흑연") and t.stage == "material"


def test_edits_that_would_break_the_vocabulary_are_refused(ctx: ServiceContext) -> None:
    with pytest.raises(ValidationFailed, match="lower-case"):
        terms.set_term(ctx, "Bad Key", "x")
    with pytest.raises(ValidationFailed, match="unknown value"):
        terms.set_term(ctx, "widget", "widget", "molten")
    with pytest.raises(ValidationFailed, match="control characters"):
        terms.set_term(ctx, "widget", "wid\x07get")
    with pytest.raises(ValidationFailed, match="close a loop"):
        terms.relate(ctx, "graphite", "spherical_graphite")
    with pytest.raises(NotFound):
        terms.remove_term(ctx, "never_there")
    terms.remove_term(ctx, "needle_coke")
    assert "needle_coke" not in {t.key for t in terms.list_terms(ctx)}
    assert _entries(ctx, "taxonomy_term")[0].action == "archive"


def test_crosswalk_rows_are_audited_and_screened_through(ctx: ServiceContext) -> None:
    measures.create_measure(ctx, measure_data(status="in force", status_history=[], targets=[],
                                              items=[{"name": "1C999 listed widget"}]))
    ventures.create_venture(ctx, venture_data(country="JP", partners=[], items=[
        {"name": "thing", "codes": ["CN:9999123456"], "countries": ["CN"]}]))
    assert screen(ctx) == []
    row = terms.set_crosswalk(ctx, "CN-DU:1C999", "CN:99991234", "an example source")
    [e] = screen(ctx)
    assert "CN-DU 1C999 corresponds to CN 99991234 (an example source)" in e.why
    with pytest.raises(ValidationFailed, match="two different code systems"):
        terms.set_crosswalk(ctx, "HS:2504", "HS:2504.10")
    with pytest.raises(ValidationFailed, match="unknown code system"):
        terms.set_crosswalk(ctx, "XX:1", "HS:2504")
    terms.remove_crosswalk(ctx, row.id)
    assert screen(ctx) == []
    assert [r.action for r in _entries(ctx, "crosswalk_row")] == ["archive", "create"]
    assert {(r.code_a, r.code_b) for r in terms.list_crosswalk(ctx)} >= {("CN-DU:3A001", "CN:85076000")}
