"""The domain's messages (validation, parsing, rules) in the window's language; English unchanged."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from pydantic import BaseModel, ConfigDict, ValidationError

import desktop_app.services  # noqa: F401  (installs the jurisdiction vocabulary the domain reads)
from desktop_app.domain.cells import cell_date, cell_decimal, split_tagged
from desktop_app.domain.enums import MeasureStatus
from desktop_app.domain.errors import ValidationFailed
from desktop_app.domain.fields import Issue, Severity, _readable, parse_model
from desktop_app.domain.jurisdictions import parse_jurisdiction
from desktop_app.domain.measure_schemas import MeasureCreate, validate_measure
from desktop_app.domain.ownership.aggregate import OwnershipCycle
from desktop_app.domain.risk import RiskMatrix, matrix_issues
from desktop_app.domain.text import parse_code
from desktop_app.domain.timeline.facts import Window
from desktop_app.domain.timeline.rules import window_issues
from desktop_app.domain.venture_schemas import validate_venture
from desktop_app.services.vocabularies import default_matrix
from desktop_app.system.message_language import LANGUAGES, SOURCE
from tests.conftest import measure_data, venture_data

FOLDER = Path(__file__).resolve().parents[2] / "resources" / "locale" / "messages"
Speak = Callable[[str], str]


def _messages(result: tuple[object, list[Issue]]) -> dict[str, str]:
    return {i.field: i.message for i in result[1]}


def _raised(call: Callable[[], object]) -> str:
    with pytest.raises(ValueError) as caught:
        call()
    return str(caught.value)


def test_field_messages_of_a_form_in_chinese(speak: Speak) -> None:
    speak("zh_CN")
    found = _messages(validate_measure(measure_data(title=" ", effective_on="2024-13-01", jurisdiction="Narnia",
                                                    extra="x"), date(2026, 1, 1)))
    assert found["title"] == "必填"
    assert found["effective_on"] == "“2024-13-01”不是日期：请写成 YYYY-MM-DD，例如 2024-03-31"
    assert found["jurisdiction"].startswith("'Narnia' 不是国家或 EU")
    assert found["extra"] == "不允许额外的输入项"  # pydantic's own message, translated
    missing = _messages(parse_model(MeasureCreate, {}))
    assert missing["reference"] == "必填"


def test_the_same_messages_in_english_read_as_before() -> None:
    found = _messages(validate_measure(measure_data(title=" ", effective_on="2024-13-01", extra="x"),
                                       date(2026, 1, 1)))
    assert found == {"title": "is required",
                     "effective_on": "'2024-13-01' is not a date: write it as YYYY-MM-DD, e.g. 2024-03-31",
                     "extra": "Extra inputs are not permitted"}


class _Sample(BaseModel):
    model_config = ConfigDict(extra="forbid")
    count: int
    status: MeasureStatus
    flag: bool = False
    names: list[str] = []


@pytest.mark.parametrize("data", [{}, {"count": "x", "status": "nope", "flag": "maybe", "names": "a", "more": 1},
                                  {"count": 1.5, "status": 3}])
def test_pydantic_messages_we_translate_read_exactly_as_pydantic_writes_them_in_english(data: dict) -> None:
    with pytest.raises(ValidationError) as caught:
        _Sample.model_validate(data)
    for err in caught.value.errors():
        assert _readable(err) == err["msg"], err["type"]


def test_pydantic_choices_in_japanese(speak: Speak) -> None:
    speak("ja")
    with pytest.raises(ValidationError) as caught:
        _Sample.model_validate({"count": "x", "status": "in_force"})
    assert [_readable(e) for e in caught.value.errors()] == [
        "有効な整数を入力してください。この文字列は整数として読み取れません"]


def test_cross_field_rules_in_german(speak: Speak) -> None:
    speak("de")
    found = _messages(validate_measure(measure_data(announced_on="2024-12-03", consultation_ends_on="2024-11-01"),
                                       date(2026, 1, 1)))
    assert found["consultation_ends_on"] == "die Konsultation kann nicht vor der Ankündigung der Maßnahme enden"
    shares = _messages(validate_venture(venture_data(partners=[
        {"name": "A", "country": "US", "share": "60"}, {"name": "B", "country": "CN"}])))
    assert shares["partners"] == ("Eigentum unvollständig: 1 Partneranteil(e) nicht offengelegt; die bekannten "
                                  "Anteile ergeben zusammen 60.00 %")


def test_parsers_raise_in_korean(speak: Speak) -> None:
    speak("ko")
    assert _raised(lambda: cell_date("31/03/2024")) == (
        "'31/03/2024'은(는) 날짜가 아닙니다. YYYY-MM-DD 형식으로 입력하십시오")
    assert _raised(lambda: cell_decimal("12,5x")) == "'12,5x'은(는) 숫자가 아닙니다(숫자와 소수점을 사용하십시오)"
    assert _raised(lambda: parse_code("2504.10")) == "코드 '2504.10'에는 체계가 필요합니다(예: HS:2504.10)"
    assert _raised(lambda: split_tagged("graphite [HS:2504")).startswith("'graphite [HS:2504'에 닫는")


def test_parsers_in_english_read_as_before() -> None:
    assert _raised(lambda: cell_date("31/03/2024")) == "'31/03/2024' is not a date; write it as YYYY-MM-DD"
    assert _raised(lambda: parse_code("2504.10")) == "code '2504.10' needs a system, e.g. HS:2504.10"
    assert _raised(lambda: parse_jurisdiction("Chna")).startswith(
        "'Chna' is not a country or EU: write an ISO 3166 code or a country name (did you mean 'China'")


def test_the_not_saved_heading_names_the_record_in_chinese(speak: Speak) -> None:
    issues = [Issue("title", Severity.ERROR, "x"), Issue("notes", Severity.WARNING, "w")]
    assert str(ValidationFailed(issues, "joint venture")) == "The joint venture was not saved:\n  - title: x"
    speak("zh_CN")
    assert str(ValidationFailed(issues, "joint venture")) == "合资企业未保存：\n  - title: x"
    assert str(ValidationFailed(issues)) == "记录未保存：\n  - title: x"
    assert str(ValidationFailed(issues, "window (M-1)")) == "window (M-1)未保存：\n  - title: x"  # built text kept


def test_ownership_cycle_window_and_matrix_findings_in_chinese(speak: Speak) -> None:
    speak("zh_CN")
    assert str(OwnershipCycle(["A Co", "B Co", "A Co"])) == (
        "所有权形成循环：A Co，其所有者为 B Co，其所有者为 A Co。请先更正其中一个所有者。")
    new = Window(1, 7, "", date(2025, 5, 1), date(2025, 4, 1), suspension_id=7)
    assert [i.message for i in window_issues(new, [], [])] == [
        "措施不能暂停自身", "暂停期的结束日（2025-04-01）早于开始日（2025-05-01）"]
    a = Window(1, 7, "", date(2025, 1, 1), None, suspension_reference="S-1")
    b = Window(2, 7, "", date(2025, 3, 1), date(2025, 6, 30))
    assert [i.message for i in window_issues(a, [b], [])] == [
        "S-1 规定的 2025-01-01 至 无限期 暂停期 与 2025-03-01 至 2025-06-30 暂停期 在整项措施上重叠"]
    m = default_matrix()
    broken = RiskMatrix(m.levels, tuple(m.grid[:4]))
    assert [i.message for i in matrix_issues(broken)] == ["网格必须为 5 × 5"]


def test_in_english_cycle_and_window_read_as_before() -> None:
    assert str(OwnershipCycle(["A Co", "B Co", "A Co"])) == (
        "Ownership runs in a circle: A Co, which is owned by B Co, which is owned by A Co. "
        "Correct one of these owners first.")
    a = Window(1, 7, "", date(2025, 1, 1), None, suspension_reference="S-1")
    b = Window(2, 7, "c1", date(2025, 3, 1), date(2025, 6, 30))
    assert [i.message for i in window_issues(a, [b], ["c1"])] == [
        "the window 2025-01-01 to open-ended by S-1 overlaps the window 2025-03-01 to 2025-06-30 on clause c1"]


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{[^{}]*\}", text))


@pytest.mark.parametrize("code", [c for c in LANGUAGES if c != SOURCE])
def test_every_domain_translation_keeps_its_placeholders(code: str) -> None:
    po = read_po((FOLDER / f"{code}.po").open("rb"), locale=LANGUAGES[code])
    checked = 0
    for m in po:
        if not m.id or not any(path.startswith("desktop_app/domain/") for path, _line in m.locations):
            continue
        ids = m.id if isinstance(m.id, tuple) else (m.id,)
        strings = m.string if isinstance(m.string, tuple) else (m.string,)
        assert all(strings), m.id
        for text in strings:
            assert _placeholders(text) == _placeholders(ids[-1]), (m.id, text)
        checked += 1
    assert checked > 100


def test_a_quoted_status_is_named_in_german(speak: Speak) -> None:
    """The status history's status and the recorded one, quoted inside the message, are labels of
    the language too (not the stored English words)."""
    data = measure_data(status="in force")  # the history says suspended since 2025-11-09
    english = _messages(validate_measure(data, date(2026, 1, 1)))["status"]
    assert english == "status history says 'suspended' today, not 'in force'"
    speak("de")
    german = _messages(validate_measure(data, date(2026, 1, 1)))["status"]
    assert german == "laut Statusverlauf gilt heute „ausgesetzt“, nicht „in Kraft“", german
