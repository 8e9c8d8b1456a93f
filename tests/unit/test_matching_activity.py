"""Flows written in words: activity texts in English, Chinese and Korean, own mines, partners."""

from __future__ import annotations

from desktop_app.domain.matching.activity import read_flows
from desktop_app.domain.matching.profiles import key_item
from tests.unit.matching import VOCAB, findings, measure, venture


def flows(country: str, text: str, *items: tuple[str, str], partners=(), notes: str = "") -> set[tuple[str, str, str]]:
    """{(direction, item, country)} read from the text ("" country: an item named without one)."""
    recorded = [key_item(n, name, d, (), (), "", VOCAB) for n, (name, d) in enumerate(items)]
    found = read_flows((("activity", text), ("notes", notes)), country, recorded, partners, VOCAB)
    return {(f.direction.value, f.item_name, f.country) for f in found}


def test_english_products_destinations_and_origins() -> None:
    assert flows("KR", "NCM cathode powder for Korean and US cell plants.") == {
        ("output", "NCM cathode powder", "KR"), ("output", "NCM cathode powder", "US")}
    assert ("input", "gallium metal", "CN") in flows(
        "DE", "Refining; dependent on Chinese gallium imports for blending.", ("gallium metal", "input"))
    assert ("output", "cobalt hydroxide", "CN") in flows(
        "CD", "Processing of copper-cobalt ore into cobalt hydroxide, sold to Chinese refiners.",
        ("copper-cobalt ore", "input"))


def test_customers_described_by_a_product_are_not_products() -> None:
    found = flows("JP", "Etch tools for memory fabs; most shipments go to Chinese and Korean fabs.")
    assert found == {("output", "Etch tools", "CN"), ("output", "Etch tools", "KR")}


def test_chinese_text() -> None:
    assert flows("CN", "磷酸铁锂正极材料生产，产品主要销往匈牙利和德国的电池工厂") == {
        ("output", "磷酸铁锂正极材料", "HU"), ("output", "磷酸铁锂正极材料", "DE")}
    assert ("output", "AI加速器", "CN") in flows("CN", "AI加速器先进封装；HBM由韩国供应商提供，产品销售给国内客户。",
                                             ("HBM stacks", "input"))
    assert flows("CN", "锗锭和高纯二氧化锗的生产。") == {("output", "锗锭和高纯二氧化锗", "")}


def test_korean_text() -> None:
    found = flows("KR", "NCM 양극재 생산, 국내 및 미국 배터리 셀 공장에 공급. 전구체는 중국 협력사로부터 수입",
                  ("NCM precursor hydroxide", "input"))
    assert found == {("output", "NCM 양극재", "KR"), ("output", "NCM 양극재", "US"),
                     ("input", "NCM precursor hydroxide", "CN")}
    assert ("input", "spodumene concentrate", "AU") in flows("KR", "호주산 스포듀민 정광을 수산화리튬으로 전환",
                                                             ("spodumene concentrate", "input"))


def test_technology_inputs_get_their_licensor_from_words_or_from_foreign_partners() -> None:
    said = flows("HU", "LFP cathode for European cell makers, built on the Chinese partner's LFP preparation "
                       "technology.", ("LFP preparation technology", "input"))
    assert ("input", "LFP preparation technology", "CN") in said
    unsaid = flows("HU", "", ("LFP preparation technology", "input"), partners=[("Hunan Co.", "CN"), ("Local", "HU")])
    assert unsaid == {("input", "LFP preparation technology", "CN")}


def test_a_mining_venture_uses_its_own_ore() -> None:
    assert flows("ZW", "Open-pit lithium mine and concentrator; spodumene concentrate for Chinese converters.",
                 ("run-of-mine lithium ore", "input")) == {
        ("input", "run-of-mine lithium ore", "ZW"), ("output", "spodumene concentrate", "CN")}


def test_read_flows_join_the_profile_until_rejected() -> None:
    text = ("Sintered NdFeB magnets for motor makers in Germany, made from rare-earth oxides bought from Chinese "
            "separators.")
    v = venture("VN", ("dysprosium oxide", "input", [], []), activity=text)
    dy, magnets = v.items
    assert [e.country for e in dy.inferred] == ["CN"] and dy.recorded and not dy.countries
    assert not magnets.recorded and [e.country for e in magnets.inferred] == ["DE"]
    w = venture("VN", ("dysprosium oxide", "input", [], []), activity=text,
                rejected=[("input:dysprosium oxide", "CN")])
    assert w.items[0].inferred == ()


def test_recorded_countries_are_not_second_guessed() -> None:
    """Words may propose another country (to confirm), but screening goes by what is recorded."""
    v = venture("DE", ("gallium metal", "input", [], ["AU"]), activity="Dependent on Chinese gallium imports.")
    assert v.items[0].countries == ("AU",) and [e.country for e in v.items[0].inferred] == ["CN"]
    assert findings(measure(items=[("gallium metal", [])]), v) == []
