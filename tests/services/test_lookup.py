"""Picker search: substring match on live records, wildcards taken literally, archived hidden."""

from __future__ import annotations

from desktop_app.services.records import lookup
from desktop_app.services.records.measures import archive_measure, create_measure
from desktop_app.services.records.ventures import archive_venture, create_venture
from tests.conftest import measure_data, venture_data


def test_search_measures_matches_reference_and_title(ctx) -> None:
    a = create_measure(ctx, measure_data(reference="MOFCOM No. 46", title="Gallium ban"))
    b = create_measure(ctx, measure_data(reference="BIS 2024-12", title="Advanced computing rule"))
    assert lookup.search_measures(ctx, "mofcom") == [(a.id, "MOFCOM No. 46 — Gallium ban")]
    assert [i for i, _ in lookup.search_measures(ctx, "COMPUTING")] == [b.id]
    assert {i for i, _ in lookup.search_measures(ctx, "")} == {a.id, b.id}
    assert lookup.search_measures(ctx, "", limit=1) == [(b.id, "BIS 2024-12 — Advanced computing rule")]


def test_search_treats_like_wildcards_literally(ctx) -> None:
    create_measure(ctx, measure_data(reference="A 100% rule", title="t"))
    create_measure(ctx, measure_data(reference="A_B rule", title="t"))
    create_measure(ctx, measure_data(reference="AXB rule", title="t"))
    assert [label for _, label in lookup.search_measures(ctx, "100%")] == ["A 100% rule — t"]
    assert [label for _, label in lookup.search_measures(ctx, "a_b")] == ["A_B rule — t"]


def test_search_ventures_non_ascii_and_archived_hidden(ctx) -> None:
    cn = create_venture(ctx, venture_data(name="华锂新能源材料（赣州）有限公司"))
    kr = create_venture(ctx, venture_data(name="한중미래양극재 주식회사"))
    assert lookup.search_ventures(ctx, "赣州") == [(cn.id, "华锂新能源材料（赣州）有限公司")]
    assert lookup.search_ventures(ctx, "양극재") == [(kr.id, "한중미래양극재 주식회사")]
    archive_venture(ctx, kr.id)
    assert lookup.search_ventures(ctx, "양극재") == []
    assert lookup.venture_choice(ctx, kr.id) == (kr.id, "한중미래양극재 주식회사")


def test_archived_measure_hidden_but_choice_resolves(ctx) -> None:
    m = create_measure(ctx, measure_data())
    archive_measure(ctx, m.id)
    assert lookup.search_measures(ctx, "") == []
    assert lookup.measure_choice(ctx, m.id)[0] == m.id
