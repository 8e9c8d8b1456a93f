"""Exposure matching as pure functions: code hierarchy, words and synonyms, direction, targeting."""

from __future__ import annotations

import json

import pytest

from desktop_app.domain.matching.exposure import (
    MeasureProfile,
    Synonyms,
    VentureProfile,
    code_covers,
    code_key,
    evaluate,
    flow_reason,
    may_flow,
    measure_profile,
    venture_profile,
    words,
)
from desktop_app.domain.matching.exposure_index import ExposureIndex, match_brute_force
from desktop_app.system.paths import resource

SYN = Synonyms(json.loads(resource("synonyms.json").read_text(encoding="utf-8"))["synonyms"])


def covers(measure_code: str, item_code: str) -> bool:
    return code_covers(code_key(measure_code), code_key(item_code))


def measure(mtype: str = "export ban", jurisdiction: str = "CN", items=(("graphite", ["HS:2504"]),),
            targets=(), excluded=(), mid: int = 1):
    return measure_profile(mid, f"M{mid}", jurisdiction, mtype, targets, excluded, items, SYN)


def venture(country: str, *items, vid: int = 1):
    return venture_profile(vid, f"V{vid}", country, items, SYN)


def hits(m, v) -> list[str]:
    """`direction:name` of every item of `v` the measure reaches."""
    return [f"{it.direction.value}:{it.name}" for it in v.items if evaluate(m, v, it) is not None]


# ---- codes ---------------------------------------------------------------------------------

def test_hs_heading_covers_subheadings_and_chinese_ten_digit_codes() -> None:
    assert covers("HS:2504", "HS:2504.10")
    assert covers("HS:2504", "CN:2504101000")
    assert covers("CN:25041010", "CN:2504101000")
    assert covers("HS:2504.10", "HS:2504.10")
    assert not covers("HS:2504.10", "HS:2504")  # a broader item code is not covered by a narrower one
    assert not covers("HS:2504", "HS:2505.10")
    assert not covers("HS:28", "ECCN:2810")


def test_eccn_and_catalogue_entries_match_exactly() -> None:
    assert covers("ECCN:3A090.c", "ECCN:3a090.C")
    assert not covers("ECCN:3A090", "ECCN:3A090.c")
    assert covers("CN-TECH:252604X", "CN-TECH:252604X")
    assert not covers("CN-TECH:2526", "CN-TECH:252604X")
    assert covers("OTHER:semiconductor  manufacturing equipment",
                  "OTHER:Semiconductor manufacturing equipment")


# ---- words and synonyms ----------------------------------------------------------------------

def test_words_are_normalised_and_plurals_folded() -> None:
    assert words("Germanium  OXIDES; gallium-arsenide (99.99%)") == [
        "germanium", "oxide", "gallium", "arsenide"]
    assert words("Ｇａｌｌｉｕｍ") == ["gallium"]  # full-width letters fold under NFKC
    assert words("batteries") == ["battery"]


def test_synonyms_reduce_names_to_what_is_controlled() -> None:
    assert SYN.terms("spherical graphite") == {"graphite"}
    assert SYN.terms("battery-grade lithium hydroxide") == {"lithium"}
    assert SYN.terms("LFP cathode powder") == {"lithium", "iron", "phosphate", "cathode"}
    assert SYN.terms("processing equipment and related products") == set()


def test_longest_synonym_wins_and_edits_take_effect() -> None:
    syn = Synonyms({"graphite": "carbon", "spherical graphite": "graphite"})
    assert syn.terms("spherical graphite") == {"graphite"}
    assert syn.terms("graphite electrodes") == {"carbon", "electrode"}


def test_names_match_when_one_contains_the_others_words() -> None:
    m = measure(items=[("natural flake graphite incl. expanded graphite", [])])
    assert hits(m, venture("US", ("expanded graphite", "input", [], ["CN"]))) == ["input:expanded graphite"]
    assert hits(m, venture("US", ("graphite products", "input", [], ["CN"]))) == ["input:graphite products"]
    general = measure(items=[("graphite", [])])
    assert hits(general, venture("US", ("coated graphite foil", "input", [], ["CN"]))) == [
        "input:coated graphite foil"]
    other = measure(items=[("gallium metal", [])])
    assert hits(other, venture("US", ("germanium metal", "input", [], ["CN"]))) == []
    assert hits(measure(items=[("coated graphite", [])]),
                venture("US", ("coated copper foil", "input", [], ["CN"]))) == []


def test_synonyms_let_different_names_of_one_material_meet() -> None:
    m = measure(items=[("natural graphite", [])])
    item = ("spheroidized graphite", "input", [], ["CN"])
    assert hits(m, venture("US", item)) == ["input:spheroidized graphite"]
    plain = Synonyms({})
    m2 = measure_profile(1, "M", "CN", "export ban", [], [], [("natural graphite", [])], plain)
    v2 = venture_profile(1, "V", "US", [item], plain)
    assert evaluate(m2, v2, v2.items[0]) is None


# ---- direction -------------------------------------------------------------------------------

def test_export_control_of_the_ventures_country_hits_outputs_and_outgoing_technology() -> None:
    m = measure(items=[("gallium", ["HS:8112.92"])])
    v = venture("CN", ("gallium", "output", [], ["DE"]), ("gallium", "technology_out", [], ["DE"]),
                ("gallium", "input", [], ["AU"]), ("gallium", "technology_in", [], ["US"]))
    assert hits(m, v) == ["output:gallium", "technology_out:gallium"]


def test_export_control_of_a_supplier_country_hits_inputs_and_incoming_licences() -> None:
    m = measure(items=[("gallium", [])])
    v = venture("JP", ("gallium", "input", [], ["CN", "AU"]), ("gallium", "technology_in", [], ["CN"]),
                ("gallium", "output", [], ["CN"]), ("gallium", "input", [], ["AU"]))
    assert hits(m, v) == ["input:gallium", "technology_in:gallium"]


def test_domestic_supply_and_domestic_sales_are_not_exports() -> None:
    m = measure(items=[("gallium", [])])
    assert hits(m, venture("CN", ("gallium", "input", [], ["CN"]), ("gallium", "output", [], ["CN"]))) == []


def test_tariff_of_the_destination_hits_exports_and_imports_into_it() -> None:
    tariff = measure("import tariff", "US", [("natural graphite", ["HS:2504"])], targets=["CN"])
    exporter = venture("CN", ("graphite", "output", ["HS:2504.10"], ["US", "KR"]))
    assert hits(tariff, exporter) == ["output:graphite"]
    assert hits(tariff, venture("CN", ("graphite", "output", [], ["KR"]))) == []
    assert hits(tariff, venture("KR", ("graphite", "output", [], ["US"]))) == []  # origin not targeted
    importer = venture("US", ("spherical graphite", "input", [], ["CN"]),
                       ("graphite coating licence", "technology_in", [], ["CN"]))
    assert hits(tariff, importer) == ["input:spherical graphite"]  # tariffs do not tax technology


def test_technology_restriction_leaves_goods_alone() -> None:
    m = measure("technology export restriction",
                items=[("lithium extraction technology", ["CN-TECH:252604X"])])
    v = venture("CN", ("lithium carbonate", "output", [], ["DE"]),
                ("lithium extraction know-how", "technology_out", [], ["DE"]))
    assert hits(m, v) == ["technology_out:lithium extraction know-how"]


def test_targeted_ban_does_not_hit_a_venture_selling_only_elsewhere() -> None:
    ban = measure(items=[("gallium", [])], targets=["US"])
    assert hits(ban, venture("CN", ("gallium", "output", [], ["KR"]))) == []
    assert hits(ban, venture("CN", ("gallium", "output", [], ["KR", "US"]))) == ["output:gallium"]
    assert hits(ban, venture("KR", ("gallium", "input", [], ["CN"]))) == []
    assert hits(ban, venture("US", ("gallium", "input", [], ["CN"]))) == ["input:gallium"]


def test_excluded_jurisdictions_are_never_hit_and_eu_covers_its_members() -> None:
    m = measure(items=[("gallium", [])], excluded=["EU"])
    assert hits(m, venture("DE", ("gallium", "input", [], ["CN"]))) == []
    assert hits(m, venture("JP", ("gallium", "input", [], ["CN"]))) == ["input:gallium"]
    assert hits(m, venture("CN", ("gallium", "output", [], ["FR", "JP"]))) == ["output:gallium"]
    eu = measure(items=[("gallium", [])], jurisdiction="EU")
    assert hits(eu, venture("DE", ("gallium", "output", [], ["US"]))) == ["output:gallium"]
    assert hits(eu, venture("DE", ("gallium", "output", [], ["FR"]))) == []  # inside the EU


def test_unrecorded_countries_match_and_say_so() -> None:
    m = measure(items=[("gallium", [])])
    v = venture("JP", ("gallium", "input", [], []))
    found = evaluate(m, v, v.items[0])
    assert found is not None and found.countries_unknown
    assert "suppliers not recorded" in found.flow


def test_reasons_name_the_item_the_code_and_the_direction() -> None:
    m = measure(items=[("natural flake graphite", ["HS:2504"])])
    v = venture("US", ("spherical graphite", "input", ["CN:2504101000"], ["CN"]))
    found = evaluate(m, v, v.items[0])
    assert found is not None
    assert [(h.via, h.detail) for h in found.hits] == [
        ("code", "HS:2504 covers CN:2504101000"), ("name", "shared words: graphite")]
    assert found.flow == "China export control on input from China into United States"


def test_all_goods_wildcard_covers_goods_not_technology() -> None:
    m = measure("import tariff", "US", [("all goods originating in China", [])], targets=["CN"])
    v = venture("US", ("needle coke", "input", [], ["CN"]), ("coating licence", "technology_in", [], ["CN"]))
    assert hits(m, v) == ["input:needle coke"]


# ---- the index agrees with brute force ------------------------------------------------------

def _random_register(seed: int) -> tuple[list[MeasureProfile], list[VentureProfile]]:
    import random

    rng = random.Random(seed)
    countries = ["CN", "US", "DE", "JP", "KR", "FR", "CD"]
    names = ["spherical graphite", "gallium metal", "germanium dioxide", "cobalt hydroxide", "needle coke",
             "lithium carbonate", "LFP cathode powder", "all goods from China", "HBM test dies"]
    codes = ["HS:2504", "HS:2504.10", "CN:2504101000", "HS:8112.92", "CN:8112929010", "HS:28",
             "ECCN:3A090.c", "CN-TECH:252604X", "HS:2", "OTHER:sme"]
    types = ["export ban", "import tariff", "technology export restriction", "framework law", "export quota"]
    measures = [measure(rng.choice(types), rng.choice([*countries, "EU"]),
                        [(rng.choice(names), rng.sample(codes, rng.randint(0, 2)))
                         for _ in range(rng.randint(0, 3))],
                        targets=rng.sample(countries, rng.choice([0, 0, 1, 2])),
                        excluded=rng.sample(["EU", "KR"], rng.choice([0, 1])), mid=i)
                for i in range(40)]
    directions = ["input", "output", "technology_in", "technology_out"]
    ventures = [venture(rng.choice(countries),
                        *[(rng.choice(names), rng.choice(directions), rng.sample(codes, rng.randint(0, 2)),
                           rng.sample(countries, rng.randint(0, 2))) for _ in range(rng.randint(0, 5))],
                        vid=i)
                for i in range(30)]
    return measures, ventures


@pytest.mark.parametrize("seed", range(12))
def test_indexed_matcher_equals_brute_force(seed: int) -> None:
    measures, ventures = _random_register(seed)
    expected = match_brute_force(measures, ventures)
    assert expected  # the data must exercise matching at all
    assert ExposureIndex(ventures).match_all(measures) == expected


@pytest.mark.parametrize("seed", range(12))
def test_the_flow_gate_never_turns_away_a_flow(seed: int) -> None:
    measures, ventures = _random_register(seed)
    turned_away = 0
    for m in measures:
        for v in ventures:
            for item in v.items:
                allowed = may_flow(m, v.country, item.direction)
                assert allowed or flow_reason(m, v, item) is None, (m.flow, m.jurisdiction, v.country, item.name)
                turned_away += not allowed
    assert turned_away  # the gate must do something on this data
