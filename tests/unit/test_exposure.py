"""The index agrees with brute force, its direction gate never turns a finding away, reasons read well."""

from __future__ import annotations

import random

import pytest

from desktop_app.domain.matching.exposure import evaluate
from desktop_app.domain.matching.exposure_index import ExposureIndex, match_brute_force, may_reach, router_for
from desktop_app.domain.matching.profiles import MeasureProfile, VentureProfile
from tests.unit.matching import VOCAB, findings, measure, venture


def test_reasons_name_the_list_entry_the_code_the_chain_and_the_direction() -> None:
    m = measure(items=[("natural flake graphite and products incl. spherical (spheroidized) graphite", ["HS:2504"])])
    v = venture("US", ("spherical graphite", "input", ["CN:2504101000"], ["CN"]))
    [f] = findings(m, v)
    assert [(h.via, h.measure_item) for h in f.hits] == [
        ("code", m.entries[0].name), ("vocabulary", m.entries[0].name)]
    assert [h.detail for h in f.hits] == ["HS 2504 covers CN 2504101000",
                                          "'spherical graphite' is spherical graphite; stage: material"]
    assert f.flow == ("China's export ban applies to what leaves China for any destination: the venture in the "
                      "United States gets spherical graphite from China.")
    assert f.kind == "exposure" and f.confidence == "high"


def test_a_code_list_given_for_the_whole_measure_is_not_credited_to_one_entry() -> None:
    m = measure("import tariff", "US", [("lithium-ion batteries", ["HS:8507.60", "HS:2504"]),
                                        ("natural graphite", ["HS:8507.60", "HS:2504"])], targets=["CN"])
    [f] = findings(m, venture("US", ("flake graphite", "input", ["HS:2504.10"], ["CN"])))
    assert ("code", "the measure's code list", "HS 2504 covers HS 2504.10") in {
        (h.via, h.measure_item, h.detail) for h in f.hits}
    assert not any(h.measure_item == "lithium-ion batteries" for h in f.hits)


def test_all_goods_wildcard_covers_goods_not_technology() -> None:
    m = measure("import tariff", "US", [("all goods originating in China", [])], targets=["CN"])
    v = venture("US", ("coating pitch", "input", [], ["CN"]), ("coating licence", "technology_in", [], ["CN"]))
    [f] = findings(m, v)
    assert f.item_name == "coating pitch" and f.confidence == "low" and "'all goods' read as '*'" in f.hits[0].detail


def _random_register(seed: int) -> tuple[list[MeasureProfile], list[VentureProfile]]:
    rng = random.Random(seed)
    countries = ["CN", "US", "DE", "JP", "KR", "FR", "CD", "NA"]
    names = ["spherical graphite", "gallium metal", "germanium dioxide", "cobalt hydroxide", "needle coke",
             "lithium carbonate", "LFP cathode powder", "all goods from China", "HBM test dies", "lithium ore",
             "LFP preparation technology", "NdPr oxide", "widget", "cobalt", "rare earths"]
    codes = ["HS:2504", "HS:2504.10", "CN:2504101000", "HS:8112.92", "CN:8112929010", "HS:28",
             "ECCN:3A090", "ECCN:3A090.c", "CN-TECH:252604X", "HS:2", "OTHER:sme"]
    types = ["export ban", "import tariff", "technology export restriction", "framework law", "export quota",
             "extraterritorial rule", "party listing"]
    measures = [measure(rng.choice(types), rng.choice([*countries, "EU"]),
                        [(rng.choice(names), rng.sample(codes, rng.randint(0, 2)))
                         for _ in range(rng.randint(0, 3))],
                        targets=rng.sample(countries, rng.choice([0, 0, 1, 2])),
                        excluded=rng.sample(["EU", "KR"], rng.choice([0, 1])), mid=i,
                        summary=rng.choice(["", "Also reaches re-exports from third countries.",
                                            "Foreign direct product rule."]))
                for i in range(40)]
    directions = ["input", "output", "technology_in", "technology_out"]
    texts = ["", "Sells into the US and Korea.", "Dependent on Chinese gallium imports.", "锗锭生产，出口至德国。"]
    ventures = [venture(rng.choice(countries),
                        *[(rng.choice(names), rng.choice(directions), rng.sample(codes, rng.randint(0, 2)),
                           rng.sample(countries, rng.randint(0, 2))) for _ in range(rng.randint(0, 5))],
                        vid=i, activity=rng.choice(texts), partners=[("widget", rng.choice(countries))])
                for i in range(30)]
    return measures, ventures


@pytest.mark.parametrize("seed", range(10))
def test_indexed_matcher_equals_brute_force(seed: int) -> None:
    measures, ventures = _random_register(seed)
    expected = match_brute_force(measures, ventures, VOCAB)
    assert {f.kind for f in expected} == {"exposure", "needs-data"}  # the data must exercise both
    assert ExposureIndex(ventures, VOCAB).match_all(measures) == expected


@pytest.mark.parametrize("seed", range(10))
def test_the_direction_gate_never_turns_away_a_finding(seed: int) -> None:
    measures, ventures = _random_register(seed)
    turned_away = 0
    for m in measures:
        router = router_for(m, VOCAB)
        for v in ventures:
            for item in v.items:
                allowed = may_reach(m, router, v.country, item.inbound, item.technology)
                assert allowed or evaluate(m, v, item, VOCAB, router) is None, (m.flows, v.country, item.name)
                turned_away += not allowed
    assert turned_away  # the gate must do something on this data


def test_finding_fingerprints_keep_the_first_versions_form() -> None:
    """Dismissals made before stages and vocabularies existed stay valid: same payloads, same digest."""
    from desktop_app.domain.matching.exposure import pair_digest
    from desktop_app.domain.matching.profiles import digest

    assert pair_digest("0a52d349902af8f4d25d", "6a5566556a359ce9106e") == digest(
        ["0a52d349902af8f4d25d", "6a5566556a359ce9106e"])
    m = measure(items=[("gallium", ["HS:8112.92"])], targets=["US"])
    assert m.fingerprint == digest(["CN", "export_ban", ["US"], [], [["gallium", ["HS:8112.92"]]]])
    v = venture("CN", ("gallium metal", "output", ["HS:8112.92"], ["US"]))
    assert v.items[0].fingerprint == digest(["gallium metal", "output", ["HS:8112.92"], ["US"]])
