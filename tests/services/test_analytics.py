"""Dashboard and report figures: archived measures, ventures and assessments drop out of every figure."""

from __future__ import annotations

from desktop_app.domain.entity import Entity
from desktop_app.services.context import ServiceContext
from desktop_app.services.intake.demo import load_demo
from desktop_app.services.records import measures, ventures
from desktop_app.services.reports import analytics


def _figures(ctx: ServiceContext) -> tuple[int, dict[str, int], int, int, int]:
    data = analytics.dashboard(ctx, within_days=3650, top=100)
    cells = sum(sum(row) for row in data.heat_map)
    reviews = sum(1 for d in data.deadlines if d.record is Entity.ASSESSMENT)
    return cells, data.by_level, len(data.top), data.ventures_exposed, reviews


def test_demo_figures_add_up(ctx: ServiceContext) -> None:
    load_demo(ctx)
    cells, by_level, top, exposed, reviews = _figures(ctx)
    assert cells == sum(by_level.values()) == top == 12
    assert exposed == 6 and reviews == 11  # the closed what-if assessment has no review due


def test_archiving_a_measure_or_venture_takes_its_assessments_out(ctx: ServiceContext) -> None:
    load_demo(ctx)
    katanga = next(v for v in ventures.list_ventures(ctx) if v.name.startswith("Katanga"))
    ventures.archive_venture(ctx, katanga.id)
    cells, by_level, top, exposed, _ = _figures(ctx)
    assert (cells, sum(by_level.values()), top, exposed) == (11, 11, 11, 5)
    ban = next(m for m in measures.list_measures(ctx) if m.reference == "MOFCOM Announcement No. 46 of 2024")
    measures.archive_measure(ctx, ban.id)
    cells, _, top, _, _ = _figures(ctx)
    assert (cells, top) == (9, 9)  # its two assessments went with it
    assert all(a.measure_id != ban.id for a in analytics.dashboard(ctx).top)


def test_deadline_limit_keeps_the_nearest_and_the_overdue_count_stays_whole(ctx: ServiceContext) -> None:
    load_demo(ctx)
    with ctx.db.session() as s:
        every = analytics.deadlines(s, ctx.today(), 3650)
        nearest = analytics.deadlines(s, ctx.today(), 3650, limit=3)
        overdue = analytics.count_overdue(s, ctx.today())
    assert len(every) > 3 and nearest == every[:3]
    assert overdue == sum(1 for d in every if d.kind == "review_overdue") > 0
    data = analytics.dashboard(ctx, within_days=3650, deadline_limit=2)
    assert len(data.deadlines) == 2 and data.overdue == overdue
