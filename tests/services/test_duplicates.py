"""Possible duplicate measures: same authority and date, similar title; a warning's facts, never a refusal."""

from __future__ import annotations

from desktop_app.services.context import ServiceContext
from desktop_app.services.records.duplicates import similar_measures
from desktop_app.services.records.measures import archive_measure, create_measure
from tests.conftest import measure_data

TITLE = "Export ban on gallium, germanium and antimony to the United States"


def _existing(ctx: ServiceContext) -> int:
    return create_measure(ctx, measure_data(authority="MOFCOM", title=TITLE, announced_on="2024-12-03",
                                            effective_on="2024-12-03")).id


def test_same_authority_date_and_a_reworded_title_is_found(ctx: ServiceContext) -> None:
    existing = _existing(ctx)
    [found] = similar_measures(ctx, {"authority": " mofcom ", "announced_on": "2024-12-03",
                                     "title": "Export ban on gallium, germanium and antimony to the US"})
    assert (found.id, found.same) == (existing, "announced") and 80 <= found.score < 100
    [by_effect] = similar_measures(ctx, {"authority": "MOFCOM", "effective_on": "2024-12-03", "title": TITLE})
    assert by_effect.same == "effective" and by_effect.score == 100


def test_a_different_title_authority_or_date_is_not_a_duplicate(ctx: ServiceContext) -> None:
    existing = _existing(ctx)
    base = {"authority": "MOFCOM", "announced_on": "2024-12-03", "title": TITLE}
    assert similar_measures(ctx, base | {"title": "Export licensing of graphite items"}) == []
    assert similar_measures(ctx, base | {"authority": "BIS"}) == []
    assert similar_measures(ctx, base | {"announced_on": "2024-12-04"}) == []
    assert similar_measures(ctx, base | {"announced_on": "not a date"}) == []  # no basis for a warning
    assert similar_measures(ctx, base, exclude_id=existing) == []
    archive_measure(ctx, existing)
    assert similar_measures(ctx, base) == []  # archived: not in the register's live view
