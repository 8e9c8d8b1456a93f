"""Direction: which border crossing each type of measure acts on, and what unknown countries mean."""

from __future__ import annotations

from tests.unit.matching import findings, hits, measure, venture


def test_export_control_reaches_outputs_of_the_issuer_and_inputs_supplied_from_it() -> None:
    m = measure(items=[("gallium metal", ["HS:8112.92"])])
    v = venture("CN", ("gallium metal", "output", [], ["DE"]), ("gallium metal", "input", [], ["AU"]))
    assert hits(m, v) == ["output:gallium metal"]
    w = venture("JP", ("gallium metal", "input", [], ["CN", "AU"]), ("gallium metal", "output", [], ["CN"]),
                ("gallium metal", "input", [], ["AU"]))
    assert hits(m, w) == ["input:gallium metal"]


def test_domestic_supply_and_domestic_sales_are_not_exports() -> None:
    m = measure(items=[("gallium metal", [])])
    assert findings(m, venture("CN", ("gallium metal", "input", [], ["CN"]),
                               ("gallium metal", "output", [], ["CN"]))) == []


def test_unknown_origin_or_destination_is_not_an_exposure_but_needs_data() -> None:
    m = measure(items=[("gallium metal", [])])
    [f] = findings(m, venture("JP", ("gallium metal", "input", [], [])))
    assert f.kind == "needs-data" and f.route.missing == "supplier countries"
    assert "has not recorded where its gallium metal comes from" in f.flow
    [g] = findings(m, venture("CN", ("gallium metal", "output", [], [])))
    assert g.kind == "needs-data" and g.route.missing == "destinations"
    # A venture the measure cannot reach whatever the countries is not asked for data.
    us_only = measure(items=[("gallium metal", [])], targets=["US"])
    assert findings(us_only, venture("JP", ("gallium metal", "input", [], []))) == []
    assert [f.kind for f in findings(us_only, venture("CN", ("gallium metal", "output", [], [])))] == ["needs-data"]


def test_a_us_only_measure_reaches_sales_to_the_us_only() -> None:
    ban = measure(items=[("gallium metal", [])], targets=["US"])
    assert hits(ban, venture("CN", ("gallium metal", "output", [], ["KR"]))) == []
    assert hits(ban, venture("CN", ("gallium metal", "output", [], ["KR", "US"]))) == ["output:gallium metal"]
    assert hits(ban, venture("KR", ("gallium metal", "input", [], ["CN"]))) == []
    assert hits(ban, venture("US", ("gallium metal", "input", [], ["CN"]))) == ["input:gallium metal"]


def test_excluded_jurisdictions_are_never_hit_and_groups_count_through_members() -> None:
    m = measure(items=[("gallium metal", [])], excluded=["EU"])
    assert hits(m, venture("DE", ("gallium metal", "input", [], ["CN"]))) == []
    assert hits(m, venture("JP", ("gallium metal", "input", [], ["CN"]))) == ["input:gallium metal"]
    eu = measure(items=[("gallium metal", [])], jurisdiction="EU")
    assert hits(eu, venture("DE", ("gallium metal", "output", [], ["US"]))) == ["output:gallium metal"]
    assert hits(eu, venture("DE", ("gallium metal", "output", [], ["FR"]))) == []  # inside the EU
    to_de = measure(items=[("gallium metal", [])], targets=["DE"])
    assert hits(to_de, venture("CN", ("gallium metal", "output", [], ["EU"]))) == ["output:gallium metal"]


def test_import_tariff_reaches_goods_entering_the_issuer_never_technology() -> None:
    tariff = measure("import tariff", "US", [("natural graphite", ["HS:2504"])], targets=["CN"])
    assert hits(tariff, venture("CN", ("graphite", "output", ["HS:2504.10"], ["US", "KR"]))) == ["output:graphite"]
    assert hits(tariff, venture("KR", ("natural graphite", "output", [], ["US"]))) == []  # origin not targeted
    importer = venture("US", ("spherical graphite", "input", [], ["CN"]),
                       ("graphite coating licence", "technology_in", [], ["CN"]))
    assert hits(tariff, importer) == ["input:spherical graphite"]


def test_an_extraterritorial_rule_never_reaches_a_plant_inside_the_issuer() -> None:
    rule = measure("extraterritorial rule", items=[("foreign items containing China-origin rare earths", [])])
    inside = venture("CN", ("NdPr oxide", "input", [], ["CN"]), ("NdFeB magnets", "output", [], ["DE"]))
    assert findings(rule, inside) == []
    abroad = venture("VN", ("NdPr oxide", "input", [], ["CN"]), ("NdFeB magnets", "output", [], ["DE"]))
    [f] = findings(rule, abroad)
    assert f.kind == "exposure" and "goods made abroad" in f.flow and "sends NdFeB magnets to Germany" in f.flow
    no_products = venture("VN", ("NdPr oxide", "input", [], ["CN"]))
    assert [f.kind for f in findings(rule, no_products)] == ["needs-data"]
    elsewhere = venture("VN", ("NdPr oxide", "input", [], ["AU"]), ("NdFeB magnets", "output", [], ["DE"]))
    assert findings(rule, elsewhere) == []


def test_clauses_worded_for_goods_abroad_make_an_export_control_extraterritorial() -> None:
    rule = measure("export licensing requirement", items=[
        ("clause I(3): China-origin listed rare-earth items re-exported from abroad", []),
        ("clause I(1): foreign items containing >=0.1% by value of China-origin listed rare-earth items", [])])
    assert "export" not in rule.flows and {"re-export", "contains"} <= rule.flows
    assert findings(rule, venture("CN", ("NdPr oxide", "output", [], ["DE"]))) == []


def test_foreign_direct_product_rules_reach_foreign_made_items_bound_for_the_targets() -> None:
    rule = measure("export licensing requirement", "US", [("high-bandwidth memory (ECCN 3A090.c)", []),
                                                         ("24 types of semiconductor manufacturing equipment", []),
                                                         ("two new foreign direct product rules", [])],
                   targets=["CN", "MO"])
    assert {"export", "foreign-made"} <= rule.flows
    [f] = findings(rule, venture("CN", ("HBM stacks (ECCN 3A090.c)", "input", [], ["KR"])))
    assert f.kind == "exposure" and "receives HBM stacks (ECCN 3A090.c) from South Korea" in f.flow
    assert findings(rule, venture("JP", ("HBM stacks", "input", [], ["KR"]))) == []
    assert hits(rule, venture("JP", ("etch tools", "output", [], ["CN", "KR"]))) == ["output:etch tools"]


def test_party_listings_match_partners_not_items() -> None:
    listing = measure("party listing", "US", [("Acme Semiconductor Co.", [])])
    v = venture("CN", ("Acme Semiconductor wafers", "input", [], ["US"]),
                partners=[("Acme Semiconductor Co., Ltd.", "CN"), ("Other Partner AG", "DE")])
    assert findings(listing, v) == []
    from desktop_app.domain.matching.exposure import party_matches
    from tests.unit.matching import VOCAB

    [f] = party_matches(listing, v, VOCAB)
    assert f.direction is None and f.item_name == "Acme Semiconductor Co., Ltd." and "lists" in f.flow


def test_explanations_use_country_names_and_say_what_was_read_from_words() -> None:
    m = measure("export licensing requirement", "CD", [("cobalt", ["HS:2605; HS:2822"])])
    v = venture("CD", ("cobalt hydroxide", "output", [], []),
                activity="Cobalt hydroxide from copper-cobalt ore, sold to Chinese refiners.")
    [f] = findings(m, v)
    assert f.kind == "exposure" and f.confidence == "medium" and f.route.inferred
    assert "the Democratic Republic of the Congo" in f.flow and "to China" in f.flow and " CN " not in f.flow
    assert "read from the activity text: \u201csold to Chinese refiners\u201d; not confirmed" in f.flow
