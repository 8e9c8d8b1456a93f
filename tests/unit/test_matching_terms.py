"""The item vocabulary and stages: what a name names, at which stage, and what a list entry covers."""

from __future__ import annotations

from desktop_app.domain.matching.names import read_name
from desktop_app.domain.matching.taxonomy import Taxonomy, Term
from desktop_app.domain.matching.words import Synonyms, tokens, words
from tests.unit.matching import VOCAB, findings, hits, measure, venture, vocabulary


def concepts(name: str, issuer: str | None = None) -> set[str]:
    return set(read_name(name, VOCAB, issuer).concepts)


def test_words_are_normalised_and_plurals_folded() -> None:
    assert words("Germanium  OXIDES; gallium-arsenide (99.99%)") == ["germanium", "oxide", "gallium", "arsenide"]
    assert words("Ｇａｌｌｉｕｍ") == ["gallium"]
    shown, toks = tokens("球形石墨 and HBM3E")
    assert [t.text for t in toks] == ["球形石墨", "and", "hbm3e"] and shown[: toks[0].end] == "球形石墨"


def test_names_in_three_languages_find_the_same_terms() -> None:
    assert concepts("natural spherical graphite") == concepts("球形石墨") == concepts("구형흑연") == {
        "spherical_graphite"}
    assert concepts("battery-grade lithium carbonate") == concepts("电池级碳酸锂") == concepts("탄산리튬")
    assert concepts("인조흑연 음극재") == {"artificial_graphite_anode"}  # two terms that together make one
    assert concepts("NCM 양극재") == {"ncm_cathode"}
    assert concepts("copper-cobalt ore") == {"cobalt_ore"}


def test_a_coordination_is_read_both_ways() -> None:
    assert concepts("NCM and NCA precursor hydroxides", "CN") == {"ncm_precursor", "nca_precursor"}
    assert concepts("lithium carbonate/hydroxide") == {"lithium_carbonate", "lithium_hydroxide"}
    assert concepts("gallium and germanium metal") == {"gallium_metal", "germanium_metal"}


def test_siblings_never_cover_each_other_and_the_chain_is_shown() -> None:
    synthetic = measure(items=[("artificial graphite anode material", [])])
    v = venture("KR", ("natural spherical graphite", "input", [], ["CN"]),
                ("인조흑연 음극재", "input", [], ["CN"]))
    assert hits(synthetic, v) == ["input:인조흑연 음극재"]
    natural = measure(items=[("natural graphite", [])])
    [f] = findings(natural, venture("US", ("spherical graphite", "input", [], ["CN"])))
    assert f.hits[0].detail == ("'spherical graphite' is spherical graphite \u2192 natural graphite (vocabulary); "
                                "stage: material")


def test_synonyms_do_not_merge_products_the_vocabulary_tells_apart() -> None:
    """The shipped synonyms read `lithium hydroxide` as `lithium`: terms are found first."""
    lfp = measure(items=[("LFP cathode", [])])
    v = venture("KR", ("lithium hydroxide", "input", [], ["CN"]), ("lithium ore", "input", [], ["CN"]),
                ("LFP cathode powder", "input", [], ["CN"]))
    assert hits(lfp, v) == ["input:LFP cathode powder"]


def test_a_listed_stage_reaches_the_same_stage_only() -> None:
    ore_ban = measure(jurisdiction="NA", items=[("unprocessed crushed lithium ore", []), ("cobalt", []),
                                                ("graphite", []), ("rare earth minerals", [])])
    v = venture("CN", *[(n, "input", [], ["NA"]) for n in (
        "lithium carbonate", "lithium hydroxide", "cobalt sulfate", "NCM precursor", "flake graphite",
        "spherical graphite", "NdPr oxide", "lithium ore", "spodumene concentrate", "cobalt ore", "graphite ore",
        "monazite")])
    assert hits(ore_ban, v) == ["input:lithium ore", "input:spodumene concentrate", "input:cobalt ore",
                                "input:graphite ore", "input:monazite"]


def test_a_list_naming_several_stages_reaches_each_where_named() -> None:
    m = measure(items=[("antimony ores and raw materials", []), ("antimony metal and products", []),
                       ("antimony oxides purity >=99.99%", [])])
    v = venture("JP", *[(n, "input", [], ["CN"]) for n in ("stibnite", "antimony ingots", "antimony trioxide",
                                                           "antimony smelting technology")])
    assert hits(m, v) == ["input:stibnite", "input:antimony ingots", "input:antimony trioxide"]


def test_technology_is_recognised_in_any_column_and_only_technology_controls_it() -> None:
    catalogue = measure("technology export restriction", items=[
        ("battery cathode material preparation technology (entry 252604X: LFP, LMFP, phosphate cathode "
         "precursors)", [])])
    v = venture("HU", ("LFP preparation technology", "input", [], ["CN"]), ("LFP cathode", "input", [], ["CN"]),
                ("lithium refining process licence", "input", [], ["CN"]))
    assert hits(catalogue, v) == ["input:LFP preparation technology"]
    [f] = findings(catalogue, v)
    assert f.stage.value == "technology" and f.stage.source == "name"
    goods = measure(items=[("LFP cathode", [])])
    assert hits(goods, v) == ["input:LFP cathode"]  # a goods control leaves the know-how alone


def test_an_explicit_stage_wins_over_the_name() -> None:
    m = measure(jurisdiction="NA", items=[("lithium", [], "ore")])
    v = venture("CN", ("lithium", "input", [], ["NA"], "ore"), ("lithium", "output", [], ["NA"], "refined"))
    assert hits(m, v) == ["input:lithium"]


def test_names_no_term_describes_fall_back_to_words_with_the_synonym_shown() -> None:
    plain = vocabulary(synonyms={"tellurium lumps": "tellurium"})
    tellurium = measure(items=[("tellurium", [])], vocab=plain)
    tv = venture("JP", ("tellurium lumps", "input", [], ["CN"]), vocab=plain)
    [f] = findings(tellurium, tv, plain)
    assert f.confidence == "low" and "'tellurium lumps' read as 'tellurium' (synonym)" in f.hits[0].detail


def test_edited_terms_and_relations_change_what_is_covered() -> None:
    tax = Taxonomy([Term("widget", "widget", "material", ("widgets", "小部件")),
                    Term("blue_widget", "blue widget", "material", (), ("widget",))])
    assert tax.covers("widget", "blue_widget") and not tax.covers("blue_widget", "widget")
    assert tax.chain("widget", "blue_widget") == ["blue widget", "widget"]
    cyclic = Taxonomy([Term("a", "a", "", (), ("b",)), Term("b", "b", "", (), ("a",))])
    assert cyclic.ancestors("a") == {"b"}  # a loop typed in by someone is cut, not followed forever
    assert Synonyms({"xx yy": "zz"}).explained("xx yy ww") == (frozenset({"zz", "ww"}),
                                                                ("'xx yy' read as 'zz' (synonym)",))
