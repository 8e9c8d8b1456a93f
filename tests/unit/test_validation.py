"""Every validation rule: field errors and cross-field errors and warnings, as an Issue report."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.assessment_schemas import validate_assessment
from desktop_app.domain.fields import Severity
from desktop_app.domain.measure_schemas import validate_measure
from desktop_app.domain.risk import RiskMatrix, matrix_issues
from desktop_app.domain.venture_schemas import validate_venture
from desktop_app.services.vocabularies import default_matrix
from tests.conftest import measure_data, venture_data

TODAY = date(2026, 11, 25)


def _issues(result: tuple[object, list]) -> dict[str, tuple[Severity, str]]:
    return {i.field: (i.severity, i.message) for i in result[1]}


def test_a_valid_measure_has_no_issues() -> None:
    model, issues = validate_measure(measure_data(), TODAY)
    assert model is not None and issues == []


@pytest.mark.parametrize(
    ("override", "field", "fragment"),
    [
        ({"reference": "   "}, "reference", "required"),
        ({"title": ""}, "title", "required"),
        ({"jurisdiction": "Atlantis"}, "jurisdiction", "is not a country"),
        ({"measure_type": "embargo"}, "measure_type", "Input should be"),
        ({"status": "lapsed"}, "status", "Input should be"),
        ({"announced_on": "03/12/2024"}, "announced_on", "date"),
        ({"items": [{"name": "gallium", "codes": ["8112.92"]}]}, "items.0.codes.0", "needs a system"),
        ({"items": [{"name": "", "codes": []}]}, "items.0.name", "required"),
        ({"targets": ["XX"]}, "targets.0", "is not a country"),
        ({"title": "bell\x07"}, "title", "control characters"),
        ({"title": "half \ud800 surrogate"}, "title", "surrogate"),
        ({"summary": "x" * 30_001}, "summary", "limit"),
        ({"title": "x" * 4_001}, "title", "limit"),
    ],
)
def test_measure_field_errors(override: dict, field: str, fragment: str) -> None:
    model, issues = validate_measure(measure_data(**override), TODAY)
    assert model is None
    found = {i.field: i.message for i in issues}
    assert field in found and fragment in found[field]


@pytest.mark.parametrize(
    ("override", "field", "severity"),
    [
        ({"announced_on": "2025-01-02", "consultation_ends_on": "2024-12-01"}, "consultation_ends_on",
         Severity.ERROR),
        ({"effective_on": "2024-12-03", "removed_on": "2024-01-01"}, "removed_on", Severity.ERROR),
        ({"announced_on": "2024-12-05", "effective_on": "2024-12-02", "status_history": []}, "effective_on",
         Severity.WARNING),
        ({"targets": ["US"], "excluded": ["US"]}, "excluded", Severity.ERROR),
        ({"targets": ["US", "US"]}, "targets", Severity.ERROR),
        ({"status_history": [{"status": "in force", "valid_from": "2024-12-03"},
                             {"status": "suspended", "valid_from": "2024-12-03"}]}, "status_history",
         Severity.ERROR),
        ({"status": "in force"}, "status", Severity.WARNING),  # history says suspended today
        ({"source_url": "javascript:alert(1)"}, "source_url", Severity.WARNING),
    ],
)
def test_measure_cross_field_rules(override: dict, field: str, severity: Severity) -> None:
    assert _issues(validate_measure(measure_data(**override), TODAY))[field][0] is severity


def test_hostile_text_is_accepted_verbatim(hostile_strings: list[str]) -> None:
    for text in hostile_strings:
        model, issues = validate_measure(measure_data(title=text, summary=text), TODAY)
        assert model is not None, (text, issues)
        assert model.title == text and model.summary == text


def test_ownership_over_100_is_an_error_under_100_a_warning() -> None:
    over = venture_data(partners=[{"name": "A", "share": "60"}, {"name": "B", "share": "40.01"}])
    assert _issues(validate_venture(over))["partners"] == (Severity.ERROR,
                                                          "ownership shares add up to 100.01%, over 100%")
    under = venture_data(partners=[{"name": "A", "share": "60"}, {"name": "B", "share": "30"}])
    model, issues = validate_venture(under)
    assert model is not None and issues[0].severity is Severity.WARNING and "90.00%" in issues[0].message
    exact = venture_data(partners=[{"name": "A", "share": "66.67"}, {"name": "B", "share": "33.33"}])
    assert validate_venture(exact)[1] == []


@pytest.mark.parametrize(
    ("override", "field"),
    [
        ({"partners": [{"name": "A", "share": "101"}]}, "partners.0.share"),
        ({"partners": [{"name": "A", "share": "-1"}]}, "partners.0.share"),
        ({"partners": [{"name": "A", "share": "10.005"}]}, "partners.0.share"),
        ({"partners": [{"name": "A", "share": "10"}, {"name": " a", "share": "10"}]}, "partners"),
        ({"country": "Korea"}, "country"),
        ({"stage": "dormant"}, "stage"),
        ({"value_at_stake": "-5", "currency": "USD"}, "value_at_stake"),
        ({"value_at_stake": "5"}, "currency"),
        ({"value_at_stake": "5", "currency": "US$"}, "currency"),
        ({"items": [{"name": "graphite", "direction": "sideways"}]}, "items.0.direction"),
    ],
)
def test_venture_errors(override: dict, field: str) -> None:
    issues = _issues(validate_venture(venture_data(**override)))
    assert issues[field][0] is Severity.ERROR


def _assessment(**kw: object) -> dict[str, object]:
    return {"measure_id": 1, "venture_id": 1, "inherent_likelihood": 4, "inherent_impact": 4} | kw


@pytest.mark.parametrize(
    ("override", "field", "severity"),
    [
        ({"inherent_likelihood": 0}, "inherent_likelihood", Severity.ERROR),
        ({"inherent_impact": 6}, "inherent_impact", Severity.ERROR),
        ({"residual_likelihood": 2}, "residual_impact", Severity.ERROR),
        ({"residual_likelihood": 5, "residual_impact": 5}, "residual_likelihood", Severity.WARNING),
        ({"assessed_on": "2026-12-01"}, "assessed_on", Severity.ERROR),
        ({"assessed_on": "2026-11-01", "next_review_on": "2026-10-01"}, "next_review_on", Severity.ERROR),
        ({"treatment": "mitigate"}, "mitigation", Severity.WARNING),
        ({"channels": ["smuggling"]}, "channels.0", Severity.ERROR),
        ({"mitigation": [{"text": "", "status": "open"}]}, "mitigation.0.text", Severity.ERROR),
    ],
)
def test_assessment_rules(override: dict, field: str, severity: Severity) -> None:
    assert _issues(validate_assessment(_assessment(**override), TODAY))[field][0] is severity


def test_default_matrix_and_matrix_validation() -> None:
    m = default_matrix()
    assert matrix_issues(m) == []
    assert m.level_for(1, 1).label == "Low" and m.level_for(5, 5).label == "Critical"
    assert [lv.review_days for lv in m.ordered()] == [365, 180, 90, 30]
    broken = RiskMatrix(m.levels, (*m.grid[:4], ("low", "low", "low", "low", "nope")))
    assert any(i.field == "grid.5.5" and i.severity is Severity.ERROR for i in matrix_issues(broken))
    inverted = RiskMatrix(m.levels, (("critical",) * 5, *m.grid[1:]))
    assert any(i.severity is Severity.WARNING for i in matrix_issues(inverted))


def test_unknown_shares_count_only_the_known_ones() -> None:
    partners = [{"name": "A", "country": "KR", "share": None}, {"name": "B", "country": "China", "share": "60"}]
    model, issues = validate_venture(venture_data(partners=partners))
    assert model is not None and [p.country for p in model.partners] == ["KR", "CN"]
    assert _issues((model, issues))["partners"] == (
        Severity.WARNING, "ownership incomplete: 1 partner share(s) not disclosed; the known shares add up to 60.00%")
    over = [{"name": "A", "share": None}, {"name": "B", "share": "70"}, {"name": "C", "share": "40"}]
    assert _issues(validate_venture(venture_data(partners=over)))["partners"][0] is Severity.ERROR


@pytest.mark.parametrize(("assessed", "review", "status", "expected"), [
    (None, "2024-06-30", "approved", (Severity.WARNING, "review overdue since 2024-06-30")),  # no implicit date
    ("2025-05-01", "2025-04-01", "approved", (Severity.ERROR, "cannot be before the assessment date 2025-05-01")),
    ("2024-01-10", "2024-06-30", "approved", (Severity.WARNING, "review overdue since 2024-06-30")),
    (None, "2024-06-30", "closed", None),
    (None, "2027-01-31", "approved", None),
])
def test_review_dates_are_judged_against_a_stated_assessment_date_only(
        assessed: str | None, review: str, status: str, expected: tuple[Severity, str] | None) -> None:
    data = {"measure_id": 1, "venture_id": 1, "inherent_likelihood": 3, "inherent_impact": 3,
            "assessed_on": assessed, "next_review_on": review, "status": status}
    model, issues = validate_assessment(data, TODAY)
    assert model is not None
    assert _issues((model, issues)).get("next_review_on") == expected
