"""Codes: the HS/CN digit tree, dotted control numbers, codes written in names, the crosswalk."""

from __future__ import annotations

from desktop_app.domain.matching.codes import Crosswalk, code_covers, code_key, code_stage, codes_in_text, index_keys
from tests.unit.matching import findings, measure, venture, vocabulary


def covers(measure_code: str, item_code: str) -> bool:
    return code_covers(code_key(measure_code), code_key(item_code))


def test_hs_heading_covers_subheadings_and_chinese_ten_digit_codes() -> None:
    assert covers("HS:2504", "HS:2504.10")
    assert covers("HS:2504", "CN:2504101000")
    assert covers("CN:25041010", "CN:2504101000")
    assert not covers("HS:2504.10", "HS:2504")  # a broader item code is not covered by a narrower one
    assert not covers("HS:2504", "HS:2505.10")
    assert not covers("HS:28", "ECCN:2810")


def test_control_numbers_are_hierarchical_and_catalogue_entries_exact() -> None:
    assert covers("ECCN:3A090", "ECCN:3A090.c")
    assert covers("ECCN:3A090", "ECCN:3a090.C.1")
    assert covers("ECCN:3A090.c", "ECCN:3A090.c")
    assert not covers("ECCN:3A090.c", "ECCN:3A090")
    assert not covers("ECCN:3A09", "ECCN:3A090")  # a prefix of the number is not its parent
    assert not covers("ECCN:3A001", "CN-DU:3A001")  # the same number on two lists means two things
    assert covers("CN-DU:3C901", "CN-DU:3C901.a.1")
    assert covers("CN-TECH:252604X", "CN-TECH:252604x")
    assert not covers("CN-TECH:2526", "CN-TECH:252604X")
    assert {k[1] for k in index_keys(code_key("ECCN:3A090.c.1"))} == {"3a090", "3a090.c", "3a090.c.1"}


def test_codes_written_inside_names_are_read() -> None:
    assert codes_in_text("HBM test dies (ECCN 3A090.c)") == ["ECCN:3A090.c"]
    assert codes_in_text("spherical graphite HS 2504.10, CN:2504101000") == ["HS:2504.10", "CN:2504101000"]
    assert codes_in_text("battery cathode technology (entry 252604X: LFP)") == ["CN-TECH:252604X"]
    # Bare control numbers belong to the issuer's list, and only in a measure's own items.
    assert codes_in_text("3C901.a.1 LFP cathode", issuer="CN") == ["CN-DU:3C901.a.1"]
    assert codes_in_text("3A090 high-bandwidth memory", issuer="US") == ["ECCN:3A090"]
    assert codes_in_text("3C901 LFP cathode") == []
    assert codes_in_text("crude gallium 6N; 99.99% purity") == []


def test_a_code_inside_an_item_name_meets_the_measures_parent_number() -> None:
    m = measure("export licensing requirement", "US", [("high-bandwidth memory (ECCN 3A090)", [])],
                targets=["CN"])
    v = venture("CN", ("HBM3E stacks (ECCN 3A090.c)", "input", [], ["US"]))
    [f] = findings(m, v)
    assert "ECCN 3A090 covers ECCN 3A090.c" in [h.detail for h in f.hits]


def test_the_crosswalk_carries_a_control_number_to_the_customs_code() -> None:
    vocab = vocabulary(crosswalk=[("CN-DU:3C901.a.1", "CN:28429040", "the announcement's reference tariff line")])
    assert [e.code for e in vocab.crosswalk.equivalents("CN-DU:3C901")] == ["CN:28429040"]
    m = measure(items=[("3C901 listed entry", [])], vocab=vocab)
    v = venture("CN", ("widget A", "output", ["CN:2842904000"], ["HU"]), vocab=vocab)
    [f] = findings(m, v, vocab)
    [detail] = [h.detail for h in f.hits]
    assert "CN-DU 3C901.a.1 corresponds to CN 28429040" in detail and detail.endswith("(crosswalk)")
    bare = vocabulary(crosswalk=[])
    assert not findings(measure(items=[("3C901 listed entry", [])], vocab=bare),
                        venture("CN", ("widget A", "output", ["CN:2842904000"], ["HU"]), vocab=bare), bare)
    assert len(Crosswalk([("CN-DU:3A001", "CN:85076000", "")])) == 1


def test_a_codes_chapter_can_tell_a_stage() -> None:
    stages = {"26": "ore", "8507": "product"}
    assert code_stage(code_key("HS:2605"), stages) == "ore"
    assert code_stage(code_key("CN:8507600010"), stages) == "product"
    assert code_stage(code_key("HS:2504"), stages) == ""
    assert code_stage(code_key("ECCN:3A090"), stages) == ""
