"""The paged table queries: counts, sort order, stable pages, every filter and search, audit queries."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desktop_app.domain.entity import RECORDS, Entity
from desktop_app.domain.errors import ValidationFailed
from desktop_app.persistence import fast_sqlite
from desktop_app.services.context import ServiceContext, open_register
from desktop_app.services.intake.demo import load_demo
from desktop_app.services.records import browse
from desktop_app.services.records.assessments import archive_assessment, list_assessments
from desktop_app.services.records.browse import BrowseQuery as Q
from desktop_app.services.records.measures import archive_measure, create_measure, list_measures
from desktop_app.services.records.ventures import list_ventures
from desktop_app.services.reports import analytics
from tests.conftest import FIXED_NOW, measure_data

TODAY = FIXED_NOW.date()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceContext]:
    """The demo register, loaded once for the read-only tests of this module."""
    path: Path = tmp_path_factory.mktemp("browse") / "demo.sqlite3"
    context = open_register(f"sqlite:///{path}", actor="tester")
    context.now = lambda: FIXED_NOW
    load_demo(context)
    yield context
    context.db.dispose()


def col(entity: Entity, row: browse.BrowseRow, key: str) -> object:
    return row.values[browse.columns(entity).index(key)]


@pytest.mark.parametrize("entity", RECORDS)
def test_counts_and_pages_cover_every_live_record(demo: ServiceContext, entity: Entity) -> None:
    listed = {Entity.MEASURE: list_measures, Entity.VENTURE: list_ventures,
              Entity.ASSESSMENT: list_assessments}[entity]
    ids = {r.id for r in listed(demo)}
    assert browse.count(demo, entity) == len(ids) > 0
    rows = browse.page(demo, entity, Q(), 0, 1000)
    assert {r.id for r in rows} == ids
    assert all(len(r.values) == len(browse.columns(entity)) and not r.archived for r in rows)


@pytest.mark.parametrize("entity", RECORDS)
def test_every_sort_key_pages_stably_in_both_directions(demo: ServiceContext, entity: Entity) -> None:
    total = browse.count(demo, entity)
    for key in browse.columns(entity):
        for descending in (False, True):
            q = Q(sort=key, descending=descending)
            whole = [r.id for r in browse.page(demo, entity, q, 0, total)]
            pieced = [r.id for off in range(0, total, 5) for r in browse.page(demo, entity, q, off, 5)]
            assert pieced == whole == browse.ordered_ids(demo, entity, q), (key, descending)
            assert len(set(whole)) == total


def test_sorting_orders_by_the_column(demo: ServiceContext) -> None:
    rows = browse.page(demo, Entity.ASSESSMENT, Q(sort="residual_score", descending=True), 0, 100)
    scores = [col(Entity.ASSESSMENT, r, "residual_score") for r in rows]
    assert scores == sorted(scores, reverse=True)
    rows = browse.page(demo, Entity.VENTURE, Q(sort="name"), 0, 100)
    names = [str(col(Entity.VENTURE, r, "name")).casefold() for r in rows]
    assert names == sorted(names)
    reviews = [col(Entity.ASSESSMENT, r, "next_review_on")
               for r in browse.page(demo, Entity.ASSESSMENT, Q(sort="next_review_on"), 0, 100)]
    assert reviews == sorted(reviews)  # type: ignore[type-var]


def test_rows_by_id_keeps_the_order_given_and_skips_missing(demo: ServiceContext) -> None:
    ids = browse.ordered_ids(demo, Entity.ASSESSMENT, Q(sort="venture", descending=True))
    wanted = [*ids[3:7], 999_999, ids[0]]
    assert [r.id for r in browse.rows_by_id(demo, Entity.ASSESSMENT, wanted)] == [*ids[3:7], ids[0]]
    by_page = {r.id: r for r in browse.page(demo, Entity.ASSESSMENT, Q(), 0, 100)}
    assert all(by_page[r.id] == r for r in browse.rows_by_id(demo, Entity.ASSESSMENT, ids))


def _oracle(demo: ServiceContext) -> list:
    return list_assessments(demo)


@pytest.mark.parametrize(
    ("field", "pick"),
    [
        ("status", lambda a: a.status.value),
        ("risk_level", lambda a: a.residual_level),
        ("owner", lambda a: a.owner),
        ("venture_id", lambda a: a.venture_id),
        ("measure_id", lambda a: a.measure_id),
    ],
)
def test_assessment_filters_match_the_records(demo: ServiceContext, field: str, pick) -> None:
    records = _oracle(demo)
    for value in {pick(a) for a in records}:
        expected = {a.id for a in records if pick(a) == value}
        got = set(browse.ordered_ids(demo, Entity.ASSESSMENT, Q(**{field: value})))
        assert got == expected, (field, value)
        assert browse.count(demo, Entity.ASSESSMENT, Q(**{field: value})) == len(expected)


def test_type_and_jurisdiction_filter_assessments_through_their_measure(demo: ServiceContext) -> None:
    measures = {m.id: m for m in list_measures(demo)}
    records = _oracle(demo)
    for m in measures.values():
        expected = {a.id for a in records if measures[a.measure_id].jurisdiction == m.jurisdiction}
        assert set(browse.ordered_ids(demo, Entity.ASSESSMENT, Q(jurisdiction=m.jurisdiction))) == expected
        expected = {a.id for a in records if measures[a.measure_id].measure_type == m.measure_type}
        assert set(browse.ordered_ids(demo, Entity.ASSESSMENT, Q(type=m.measure_type.value))) == expected


def test_review_overdue_and_heat_map_cells_agree_with_analytics(demo: ServiceContext) -> None:
    records = _oracle(demo)
    overdue = {a.id for a in records if a.next_review_on < TODAY and a.status.value != "closed"}
    assert overdue and set(browse.ordered_ids(demo, Entity.ASSESSMENT, Q(review_overdue=True))) == overdue
    assert browse.register_counts(demo).overdue_reviews == len(overdue)
    with demo.db.session() as s:
        grid = analytics.heat_map(s)
    for li in range(1, 6):
        for ii in range(1, 6):
            assert browse.count(demo, Entity.ASSESSMENT, Q(likelihood=li, impact=ii)) == grid[li - 1][ii - 1]
    rows = browse.page(demo, Entity.ASSESSMENT, Q(review_overdue=True), 0, 100)
    assert all(col(Entity.ASSESSMENT, r, "overdue") for r in rows)


def test_measure_and_venture_filters_reach_through_assessments(demo: ServiceContext) -> None:
    records = _oracle(demo)
    for level in {a.residual_level for a in records}:
        expected = {a.measure_id for a in records if a.residual_level == level}
        assert set(browse.ordered_ids(demo, Entity.MEASURE, Q(risk_level=level))) == expected
        expected = {a.venture_id for a in records if a.residual_level == level}
        assert set(browse.ordered_ids(demo, Entity.VENTURE, Q(risk_level=level))) == expected
    venture = records[0].venture_id
    assert set(browse.ordered_ids(demo, Entity.MEASURE, Q(venture_id=venture))) == {
        a.measure_id for a in records if a.venture_id == venture}
    for m in list_measures(demo):
        q = Q(status=m.status.value, jurisdiction=m.jurisdiction)
        assert m.id in browse.ordered_ids(demo, Entity.MEASURE, q)
    for v in list_ventures(demo):
        assert v.id in browse.ordered_ids(demo, Entity.VENTURE, Q(status=v.stage.value, jurisdiction=v.country))
        if v.owner:
            assert v.id in browse.ordered_ids(demo, Entity.VENTURE, Q(owner=v.owner))


def test_search_matches_words_case_insensitively_across_joined_names(demo: ServiceContext) -> None:
    by_venture = {a.id for a in _oracle(demo) if a.venture_name.startswith("华锂")}
    assert by_venture and set(browse.ordered_ids(demo, Entity.ASSESSMENT, Q(search="华锂"))) == by_venture
    assert browse.count(demo, Entity.VENTURE, Q(search="한중미래")) == 1
    lfp = browse.ordered_ids(demo, Entity.VENTURE, Q(search="lfp CATHODE"))
    assert lfp and browse.ordered_ids(demo, Entity.VENTURE, Q(search="lfp zzznotthere")) == []
    # Partner names are searched too.
    assert browse.count(demo, Entity.VENTURE, Q(search="Northwind")) == 1


def test_search_treats_wildcards_literally(ctx: ServiceContext) -> None:
    create_measure(ctx, measure_data(reference="R1", title="Tariff of 100% on gallium"))
    create_measure(ctx, measure_data(reference="R2", title="Tariff of 1000 on gallium_x"))
    assert browse.count(ctx, Entity.MEASURE, Q(search="100%")) == 1
    assert browse.count(ctx, Entity.MEASURE, Q(search="%")) == 1
    assert browse.count(ctx, Entity.MEASURE, Q(search="_")) == 1
    assert browse.count(ctx, Entity.MEASURE, Q(search="gallium")) == 2


def test_hostile_titles_come_back_verbatim_and_are_found(
    ctx: ServiceContext, hostile_strings: list[str]
) -> None:
    stored: dict[int, str] = {}
    for n, text in enumerate(hostile_strings):
        try:
            stored[create_measure(ctx, measure_data(reference=f"H{n}", title=text)).id] = text
        except ValidationFailed:
            continue  # control characters are refused at entry; nothing to browse
    assert len(stored) >= len(hostile_strings) - 3
    for row in browse.rows_by_id(ctx, Entity.MEASURE, list(stored)):
        assert col(Entity.MEASURE, row, "title") == stored[row.id]
    for rid, text in stored.items():
        word = max(text.split(), key=len)
        assert rid in browse.ordered_ids(ctx, Entity.MEASURE, Q(search=word)), text


def test_archived_records_are_hidden_unless_asked_for(ctx: ServiceContext) -> None:
    m = create_measure(ctx, measure_data())
    archive_measure(ctx, m.id)
    assert browse.count(ctx, Entity.MEASURE) == 0
    rows = browse.page(ctx, Entity.MEASURE, Q(include_archived=True))
    assert [(r.id, r.archived) for r in rows] == [(m.id, True)]


def test_archived_assessments_leave_the_counts(demo: ServiceContext, tmp_path: Path) -> None:
    ctx = open_register(f"sqlite:///{tmp_path / 'r.sqlite3'}", actor="tester")
    ctx.now = lambda: FIXED_NOW
    try:
        load_demo(ctx)
        before = browse.register_counts(ctx)
        archive_assessment(ctx, browse.ordered_ids(ctx, Entity.ASSESSMENT)[0])
        assert browse.register_counts(ctx).live[Entity.ASSESSMENT] == before.live[Entity.ASSESSMENT] - 1
    finally:
        ctx.db.dispose()


def test_distinct_values_feed_the_filter_lists(demo: ServiceContext) -> None:
    owners = browse.distinct_values(demo, Entity.ASSESSMENT, "owner")
    assert owners == sorted({a.owner for a in _oracle(demo) if a.owner})
    assert "CN" in browse.distinct_values(demo, Entity.MEASURE, "jurisdiction")
    assert "KR" in browse.distinct_values(demo, Entity.VENTURE, "country")


def test_an_entity_without_a_table_is_refused(demo: ServiceContext) -> None:
    with pytest.raises(ValueError, match="unknown entity 'synonym'"):
        browse.count(demo, Entity.SYNONYM)


def test_dates_come_back_as_dates(demo: ServiceContext) -> None:
    row = browse.page(demo, Entity.ASSESSMENT, Q(), 0, 1)[0]
    assert isinstance(col(Entity.ASSESSMENT, row, "next_review_on"), date)


@pytest.mark.fences
def test_planner_hints_and_driver_ids_change_no_result(demo: ServiceContext) -> None:
    """The SQLite fence's fast paths (planner hints, ids from the driver's cursor) against their
    stock twins: the same rows in the same order for every sort and the filters they touch."""
    queries = {entity: [Q(sort=key, descending=d) for key in browse.columns(entity) for d in (False, True)]
               for entity in RECORDS}
    queries[Entity.ASSESSMENT] += [Q(review_overdue=True), Q(review_overdue=True, sort="measure"),
                                   Q(sort="venture", include_archived=True), Q(review_overdue=True, search="Keller")]
    queries[Entity.MEASURE] += [Q(review_overdue=True, sort="title")]
    queries[Entity.VENTURE] += [Q(review_overdue=True)]
    seen = {}
    for fast in (True, False):
        with fast_sqlite.SQLALCHEMY.forced(fast), fast_sqlite.SQLITE.forced(fast):
            seen[fast] = ([(browse.ordered_ids(demo, e, q), browse.count(demo, e, q), browse.page(demo, e, q, 0, 50))
                           for e, qs in queries.items() for q in qs], browse.register_counts(demo))
    assert seen[True] == seen[False]
    assert seen[True][1].overdue_reviews > 0 and any(ids for ids, _, _ in seen[True][0])
