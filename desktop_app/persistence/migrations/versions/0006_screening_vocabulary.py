"""Screening vocabulary: item stages, the item taxonomy and its relations, a code crosswalk, and
decisions on flows read from activity texts.

Existing registers move forward: venture items whose names state their stage clearly (technology,
equipment, ore or concentrate) get it; every other item is left without a stage (screening then
reads it from the name with the register's taxonomy). Measure items keep no stage: their words
say it when screening reads them. The taxonomy and crosswalk are seeded from the copies frozen
below, never from resources/ (later edits of the shipped files do not change what this revision
seeds; later edits in a register are its own, audited).

Revision ID: 0006
Revises: 0008
Create Date: 2026-12-02 10:00:00
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0008"  # after the intake migration (revision ids are names, not an order)
branch_labels = None
depends_on = None

# Words that make a venture item's stage clear from its name alone, as of this revision.
CLEAR_STAGES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("technology", re.compile(r"\b(technolog(y|ies)|know-?how|licen[cs]es?|process)\b|技术|工艺|기술|공정|라이선스",
                              re.IGNORECASE)),
    ("equipment", re.compile(r"\b(equipment|tools?|furnaces?|kilns?|machines?)\b|设备|장비", re.IGNORECASE)),
    ("ore", re.compile(r"\b(ores?|concentrates?)\b|矿石|精矿|광석|정광", re.IGNORECASE)),
)

# The taxonomy as shipped when this revision was written: (key, label, stage, aliases, broader).
TERMS_AT_0006: tuple[tuple[str, str, str, list[str], list[str]], ...] = (
    ("lithium", "lithium", "", ["锂", "리튬"], []),
    ("lithium_ore", "lithium ore", "ore", ["lithium ores", "lithium-bearing ore", "run-of-mine lithium ore", "crushed lithium ore", "lepidolite", "petalite", "锂矿", "锂矿石", "리튬 광석", "리튬광"], ["lithium"]),
    ("lithium_concentrate", "lithium concentrate", "ore", ["lithium concentrates", "锂精矿", "리튬 정광"], ["lithium_ore"]),
    ("spodumene", "spodumene", "ore", ["spodumene concentrate", "SC6", "锂辉石", "锂辉石精矿", "스포듀민", "스포듀민 정광"], ["lithium_ore"]),
    ("lithium_brine", "lithium brine", "ore", ["brine lithium", "盐湖卤水", "卤水"], ["lithium_ore"]),
    ("lithium_carbonate", "lithium carbonate", "refined", ["Li2CO3", "battery-grade lithium carbonate", "碳酸锂", "电池级碳酸锂", "탄산리튬"], ["lithium"]),
    ("lithium_hydroxide", "lithium hydroxide", "refined", ["lithium hydroxide monohydrate", "LiOH", "氢氧化锂", "수산화리튬"], ["lithium"]),
    ("lithium_metal", "lithium metal", "refined", ["metallic lithium", "lithium metal and alloys", "金属锂", "리튬 금속", "금속 리튬"], ["lithium"]),
    ("cathode_material", "cathode material", "material", ["cathode", "cathodes", "cathode active material", "cathode active materials", "cathode materials", "cathode powder", "CAM", "正极材料", "正极", "양극재", "양극 활물질", "양극소재"], []),
    ("lfp_cathode", "LFP cathode", "material", ["LFP", "LiFePO4", "lithium iron phosphate", "LFP cathode material", "磷酸铁锂", "리튬인산철", "인산철리튬"], ["cathode_material"]),
    ("lmfp_cathode", "LMFP cathode", "material", ["LMFP", "lithium manganese iron phosphate", "磷酸锰铁锂"], ["cathode_material"]),
    ("ncm_cathode", "NCM cathode", "material", ["NCM", "NMC", "nickel cobalt manganese", "ternary cathode", "三元正极", "三元材料", "삼원계"], ["cathode_material"]),
    ("nca_cathode", "NCA cathode", "material", ["NCA", "nickel cobalt aluminium", "nickel cobalt aluminum"], ["cathode_material"]),
    ("lrm_cathode", "lithium-rich manganese cathode", "material", ["lithium-rich manganese", "lithium rich manganese", "LMR", "富锂锰基", "리튬리치"], ["cathode_material"]),
    ("cathode_precursor", "cathode precursor", "material", ["precursor", "precursors", "pCAM", "前驱体", "전구체"], []),
    ("ncm_precursor", "NCM precursor", "material", ["NCM precursor hydroxide", "NCM hydroxide", "nickel cobalt manganese hydroxide", "三元前驱体", "NCM precursors", "NCM 전구체", "NCM pCAM"], ["cathode_precursor"]),
    ("nca_precursor", "NCA precursor", "material", ["NCA precursor hydroxide", "NCA hydroxide", "nickel cobalt aluminium hydroxide", "NCA precursors", "NCA 전구체"], ["cathode_precursor"]),
    ("phosphate_precursor", "phosphate cathode precursor", "material", ["phosphate precursor", "phosphate precursors", "phosphate cathode precursors", "iron phosphate", "ferric phosphate", "磷酸铁", "인산철"], ["cathode_precursor"]),
    ("graphite", "graphite", "", ["石墨", "흑연"], []),
    ("natural_graphite", "natural graphite", "", ["天然石墨", "천연흑연", "천연 흑연"], ["graphite"]),
    ("graphite_ore", "graphite ore", "ore", ["graphite ores", "graphite concentrate", "石墨矿", "흑연 광석"], ["natural_graphite"]),
    ("flake_graphite", "flake graphite", "material", ["natural flake graphite", "crystalline flake graphite", "鳞片石墨", "인상흑연"], ["natural_graphite"]),
    ("spherical_graphite", "spherical graphite", "material", ["spheroidized graphite", "spheroidised graphite", "spheroidal graphite", "SPG", "球形石墨", "球化石墨", "구형흑연", "구상흑연"], ["natural_graphite"]),
    ("expanded_graphite", "expanded graphite", "material", ["expandable graphite", "膨胀石墨"], ["natural_graphite"]),
    ("synthetic_graphite", "synthetic graphite", "material", ["artificial graphite", "人造石墨", "合成石墨", "인조흑연", "인조 흑연"], ["graphite"]),
    ("anode_material", "anode material", "material", ["anode", "anodes", "anode active material", "anode materials", "anode powder", "负极材料", "负极", "음극재", "음극 활물질"], []),
    ("artificial_graphite_anode", "artificial graphite anode material", "material", ["artificial graphite anode", "synthetic graphite anode", "人造石墨负极"], ["synthetic_graphite", "anode_material"]),
    ("natural_graphite_anode", "natural graphite anode material", "material", ["natural graphite anode", "coated spherical graphite", "spherical graphite anode", "天然石墨负极"], ["spherical_graphite", "anode_material"]),
    ("blended_anode", "blended anode material", "material", ["blended anode", "blended anode materials", "blended graphite anode"], ["anode_material"]),
    ("silicon_anode", "silicon anode material", "material", ["silicon anode", "silicon-carbon anode", "硅碳负极"], ["anode_material"]),
    ("needle_coke", "needle coke", "material", ["petroleum needle coke", "针状焦"], []),
    ("cobalt", "cobalt", "", ["钴", "코발트"], []),
    ("cobalt_ore", "cobalt ore", "ore", ["cobalt ores", "copper-cobalt ore", "cobalt concentrate", "heterogenite", "钴矿", "코발트 광석"], ["cobalt"]),
    ("cobalt_hydroxide", "cobalt hydroxide", "refined", ["氢氧化钴", "수산화코발트"], ["cobalt"]),
    ("cobalt_sulfate", "cobalt sulfate", "refined", ["cobalt sulphate", "硫酸钴", "황산코발트"], ["cobalt"]),
    ("cobalt_metal", "cobalt metal", "refined", ["cobalt cathode", "电解钴", "코발트 금속"], ["cobalt"]),
    ("nickel", "nickel", "", ["镍", "니켈"], []),
    ("nickel_ore", "nickel ore", "ore", ["nickel ores", "nickel laterite", "nickel concentrate", "镍矿", "니켈 광석"], ["nickel"]),
    ("nickel_sulfate", "nickel sulfate", "refined", ["nickel sulphate", "硫酸镍", "황산니켈"], ["nickel"]),
    ("nickel_intermediate", "nickel intermediate", "refined", ["mixed hydroxide precipitate", "MHP", "nickel matte", "镍中间品"], ["nickel"]),
    ("manganese", "manganese", "", ["锰", "망간"], []),
    ("manganese_ore", "manganese ore", "ore", ["manganese ores", "锰矿", "망간 광석"], ["manganese"]),
    ("manganese_sulfate", "manganese sulfate", "refined", ["manganese sulphate", "硫酸锰", "황산망간"], ["manganese"]),
    ("gallium", "gallium", "", ["镓", "갈륨"], []),
    ("gallium_metal", "gallium metal", "refined", ["crude gallium", "crude gallium metal", "high-purity gallium", "6N gallium", "metallic gallium", "金属镓", "粗镓", "高纯镓", "갈륨 금속"], ["gallium"]),
    ("gallium_compound", "gallium compound", "refined", ["gallium compounds", "镓化合物"], ["gallium"]),
    ("gallium_nitride", "gallium nitride", "refined", ["GaN", "氮化镓", "질화갈륨"], ["gallium_compound"]),
    ("gallium_oxide", "gallium oxide", "refined", ["Ga2O3", "氧化镓"], ["gallium_compound"]),
    ("gallium_arsenide", "gallium arsenide", "refined", ["GaAs", "砷化镓", "갈륨비소"], ["gallium_compound"]),
    ("gallium_phosphide", "gallium phosphide", "refined", ["磷化镓"], ["gallium_compound"]),
    ("gallium_other", "other gallium compounds", "refined", ["indium gallium arsenide", "gallium selenide", "gallium antimonide"], ["gallium_compound"]),
    ("gan_substrate", "GaN substrate", "component", ["GaN substrates", "GaN wafer", "GaN wafers", "gallium nitride substrate", "gallium nitride substrates", "gallium nitride wafer", "氮化镓衬底"], ["gallium_nitride"]),
    ("germanium", "germanium", "", ["锗", "게르마늄"], []),
    ("germanium_concentrate", "germanium concentrate", "ore", ["germanium concentrates", "锗精矿"], ["germanium"]),
    ("germanium_metal", "germanium metal", "refined", ["germanium ingot", "germanium ingots", "zone-melted germanium ingots", "zone-refined germanium", "optical-grade germanium", "金属锗", "锗锭", "区熔锗锭", "게르마늄 잉곳"], ["germanium"]),
    ("germanium_dioxide", "germanium dioxide", "refined", ["GeO2", "二氧化锗", "高纯二氧化锗", "이산화게르마늄"], ["germanium"]),
    ("germanium_tetrachloride", "germanium tetrachloride", "refined", ["GeCl4", "四氯化锗"], ["germanium"]),
    ("germanium_substrate", "germanium substrate", "component", ["germanium epitaxial growth substrates", "germanium wafers", "germanium substrates", "锗衬底"], ["germanium"]),
    ("zinc_germanium_phosphide", "zinc germanium phosphide", "refined", ["ZnGeP2", "磷锗锌"], ["germanium"]),
    ("antimony", "antimony", "", ["锑", "안티몬", "안티모니"], []),
    ("antimony_ore", "antimony ore", "ore", ["antimony ores", "stibnite", "antimony concentrate", "锑矿", "锑精矿"], ["antimony"]),
    ("antimony_metal", "antimony metal", "refined", ["antimony ingot", "antimony ingots", "锑锭", "金属锑"], ["antimony"]),
    ("antimony_oxide", "antimony oxide", "refined", ["antimony oxides", "antimony trioxide", "三氧化二锑", "氧化锑"], ["antimony"]),
    ("antimony_compound", "antimony compound", "refined", ["organic antimony compounds", "antimony hydride", "indium antimonide"], ["antimony"]),
    ("indium", "indium", "", ["铟", "인듐"], []),
    ("superhard_material", "superhard material", "material", ["superhard materials", "superhard-material", "synthetic diamond", "diamond micropowder", "cubic boron nitride", "CBN", "超硬材料", "人造金刚石", "초경질 소재"], []),
    ("superhard_equipment", "superhard-material equipment", "equipment", ["CVD diamond equipment", "DC arc plasma jet CVD equipment", "cubic press", "六面顶压机"], ["superhard_material"]),
    ("tungsten", "tungsten", "", ["钨", "텅스텐"], []),
    ("tungsten_compound", "tungsten compound", "refined", ["ammonium paratungstate", "APT", "tungsten oxide", "tungsten carbide", "仲钨酸铵", "碳化钨"], ["tungsten"]),
    ("rare_earth", "rare earths", "", ["rare earth", "rare-earth", "rare earth elements", "REE", "稀土", "희토류"], []),
    ("rare_earth_ore", "rare-earth ore", "ore", ["rare earth minerals", "rare-earth minerals", "rare earth ore", "rare-earth concentrate", "monazite", "bastnaesite", "稀土矿", "稀土精矿", "희토류 광석"], ["rare_earth"]),
    ("rare_earth_oxide", "rare-earth oxide", "refined", ["rare earth oxide", "rare-earth oxides", "rare earth oxides", "REO", "稀土氧化物", "희토류 산화물"], ["rare_earth"]),
    ("rare_earth_metal", "rare-earth metal", "refined", ["rare earth metals", "rare-earth metals and alloys", "稀土金属", "희토류 금속"], ["rare_earth"]),
    ("neodymium", "neodymium", "", ["钕", "네오디뮴"], ["rare_earth"]),
    ("praseodymium", "praseodymium", "", ["镨", "프라세오디뮴"], ["rare_earth"]),
    ("dysprosium", "dysprosium", "", ["镝", "디스프로슘"], ["rare_earth"]),
    ("terbium", "terbium", "", ["铽", "테르븀"], ["rare_earth"]),
    ("samarium", "samarium", "", ["钐", "사마륨"], ["rare_earth"]),
    ("gadolinium", "gadolinium", "", ["钆", "가돌리늄"], ["rare_earth"]),
    ("lutetium", "lutetium", "", ["镥", "루테튬"], ["rare_earth"]),
    ("scandium", "scandium", "", ["钪", "스칸듐"], ["rare_earth"]),
    ("yttrium", "yttrium", "", ["钇", "이트륨"], ["rare_earth"]),
    ("holmium", "holmium", "", ["钬", "홀뮴"], ["rare_earth"]),
    ("erbium", "erbium", "", ["铒", "에르븀"], ["rare_earth"]),
    ("thulium", "thulium", "", ["铥", "툴륨"], ["rare_earth"]),
    ("europium", "europium", "", ["铕", "유로퓸"], ["rare_earth"]),
    ("ytterbium", "ytterbium", "", ["镱", "이테르븀"], ["rare_earth"]),
    ("ndpr_oxide", "NdPr oxide", "refined", ["PrNd oxide", "didymium oxide", "氧化镨钕", "镨钕氧化物", "산화네오디뮴프라세오디뮴"], ["neodymium", "praseodymium", "rare_earth_oxide"]),
    ("dysprosium_oxide", "dysprosium oxide", "refined", ["Dy2O3", "氧化镝", "산화디스프로슘"], ["dysprosium", "rare_earth_oxide"]),
    ("terbium_oxide", "terbium oxide", "refined", ["Tb4O7", "氧化铽", "산화테르븀"], ["terbium", "rare_earth_oxide"]),
    ("samarium_oxide", "samarium oxide", "refined", ["氧化钐"], ["samarium", "rare_earth_oxide"]),
    ("permanent_magnet", "permanent magnet", "component", ["permanent magnets", "rare-earth magnet", "rare-earth magnets", "rare earth magnets", "永磁体", "永磁", "영구자석"], []),
    ("ndfeb_magnet", "NdFeB magnet", "component", ["NdFeB magnets", "sintered NdFeB", "sintered NdFeB magnets", "bonded NdFeB", "neodymium magnets", "neodymium magnet", "钕铁硼", "钕铁硼永磁体", "烧结钕铁硼", "네오디뮴 자석"], ["permanent_magnet", "neodymium"]),
    ("smco_magnet", "Sm-Co magnet", "component", ["Sm-Co magnets", "SmCo magnets", "samarium-cobalt magnets", "samarium cobalt magnets", "Sm-Co magnet materials", "钐钴磁体"], ["permanent_magnet"]),
    ("magnet_scrap", "permanent-magnet scrap", "material", ["permanent-magnet scrap", "magnet scrap", "magnet scrap and waste"], ["permanent_magnet"]),
    ("rare_earth_equipment", "rare-earth processing equipment", "equipment", ["centrifugal extraction equipment", "rare-earth kilns", "extraction tanks", "hydrogen-decrepitation furnaces", "jet mills"], ["rare_earth"]),
    ("semiconductor", "semiconductors", "component", ["semiconductor", "chips", "integrated circuits", "ICs", "芯片", "半导体", "반도체"], []),
    ("advanced_ic", "advanced integrated circuits", "component", ["advanced ICs", "advanced-node logic ICs", "advanced node logic ICs", "advanced logic dies", "advanced logic chips", "logic dies", "AI chips", "AI accelerators", "AI accelerator", "GPUs", "advanced computing ICs", "AI加速器", "先进逻辑芯片", "AI芯片", "첨단 로직", "AI 가속기"], ["semiconductor"]),
    ("memory_ic", "memory chips", "component", ["memory chip", "memory", "DRAM", "NAND", "存储芯片", "메모리"], ["semiconductor"]),
    ("hbm", "high-bandwidth memory", "component", ["HBM", "HBM2E", "HBM3", "HBM3E", "HBM stacks", "high bandwidth memory", "高带宽内存", "고대역폭 메모리"], ["memory_ic"]),
    ("chipmaking_equipment", "semiconductor manufacturing equipment", "equipment", ["chipmaking equipment", "chip-making equipment", "SME", "wafer fab equipment", "semiconductor equipment", "semiconductor manufacturing equipment items", "半导体设备", "반도체 장비"], []),
    ("etch_tool", "etch equipment", "equipment", ["etch tools", "etch", "etching equipment", "3D memory stacking etch", "刻蚀机", "식각 장비"], ["chipmaking_equipment"]),
    ("deposition_tool", "deposition equipment", "equipment", ["deposition tools", "deposition", "CVD equipment", "ALD equipment", "MOCVD", "MOCVD epitaxy tools", "epitaxy tools", "薄膜沉积设备", "증착 장비"], ["chipmaking_equipment"]),
    ("lithography_tool", "lithography equipment", "equipment", ["EUV", "EUV-related equipment", "DUV", "lithography", "scanners", "光刻机", "노광 장비"], ["chipmaking_equipment"]),
    ("cleaning_tool", "wafer cleaning equipment", "equipment", ["cleaning tools", "清洗设备"], ["chipmaking_equipment"]),
    ("annealing_tool", "annealing equipment", "equipment", ["annealing tools", "退火设备"], ["chipmaking_equipment"]),
    ("eda_software", "chip design software", "technology", ["EDA", "EDA software", "software tools for developing or producing chips", "电子设计自动化"], []),
    ("battery", "lithium-ion batteries", "product", ["lithium-ion battery", "lithium-ion batteries", "Li-ion batteries", "EV batteries", "lithium-ion EV batteries", "lithium-ion non-EV batteries", "锂离子电池", "리튬이온 배터리"], []),
    ("battery_cell", "lithium-ion cells", "product", ["Li-ion cells", "lithium-ion cells", "battery cells", "cells and packs", "Li-ion cells and packs", "电芯", "리튬이온 배터리 셀", "배터리 셀"], ["battery"]),
    ("battery_parts", "battery parts", "component", ["battery components"], ["battery"]),
    ("battery_equipment", "battery manufacturing equipment", "equipment", ["battery equipment", "winding equipment", "stacking equipment", "electrolyte-filling equipment", "formation and grading equipment", "锂电设备", "배터리 장비"], []),
    ("electrolyte", "electrolyte", "material", ["electrolytes", "电解液", "전해액"], []),
    ("electric_vehicle", "electric vehicles", "product", ["electric vehicle", "EVs", "EV", "新能源汽车", "电动汽车", "전기차"], []),
)

# The crosswalk as shipped when this revision was written: (code_a, code_b, note).
CROSSWALK_AT_0006: tuple[tuple[str, str, str], ...] = (
    ("CN-DU:3A001", "CN:85076000",
     "MOFCOM/GAC Announcement No. 58 of 2025: rechargeable lithium-ion cells and packs, reference tariff line 85076000 (text of the announcement as reprinted at http://www.ttdianshang.com/jixiezhizao/677.html)"),
    ("CN-DU:3C901.a.1", "CN:28429040",
     "MOFCOM/GAC Announcement No. 58 of 2025: lithium iron phosphate cathode material, reference tariff line 28429040 "
     "(text of the announcement as reprinted at http://www.ttdianshang.com/jixiezhizao/677.html)"),
)


def _escape(text: str) -> str:
    return "".join("\\" + ch if ch in "\\;|[]" else ch for ch in text)


def clear_stage(name: str) -> str:
    """The stage a name states beyond doubt, or "" (decided by the first rule that applies)."""
    for stage, pattern in CLEAR_STAGES:
        if pattern.search(name):
            return stage
    return ""


def _seed(bind: sa.engine.Connection) -> None:
    terms = sa.table("taxonomy_term", sa.column("id", sa.Integer), sa.column("key"), sa.column("label"),
                     sa.column("stage"), sa.column("aliases"))
    relations = sa.table("taxonomy_relation", sa.column("narrower_id", sa.Integer),
                         sa.column("broader_id", sa.Integer))
    ids = {key: n for n, (key, *_rest) in enumerate(TERMS_AT_0006, start=1)}
    op.bulk_insert(terms, [{"id": ids[key], "key": key, "label": label, "stage": stage,
                            "aliases": "; ".join(_escape(a) for a in aliases)}
                           for key, label, stage, aliases, _ in TERMS_AT_0006])
    op.bulk_insert(relations, [{"narrower_id": ids[key], "broader_id": ids[b]}
                               for key, _l, _s, _a, broader in TERMS_AT_0006 for b in broader])
    crosswalk = sa.table("crosswalk", sa.column("code_a"), sa.column("code_b"), sa.column("note"))
    op.bulk_insert(crosswalk, [{"code_a": a, "code_b": b, "note": note} for a, b, note in CROSSWALK_AT_0006])
    if bind.dialect.name == "postgresql":  # explicit ids were given: move the sequence past them
        bind.execute(sa.text("SELECT setval(pg_get_serial_sequence('taxonomy_term', 'id'), "
                             "(SELECT max(id) FROM taxonomy_term))"))


def _infer_stages(bind: sa.engine.Connection) -> None:
    items = sa.table("venture_item", sa.column("id", sa.Integer), sa.column("name"), sa.column("stage"))
    updates = [{"item_id": row.id, "new_stage": stage}
               for row in bind.execute(sa.select(items.c.id, items.c.name)) if (stage := clear_stage(row.name))]
    if updates:
        bind.execute(items.update().where(items.c.id == sa.bindparam("item_id"))
                     .values(stage=sa.bindparam("new_stage")), updates)


def upgrade() -> None:
    for table in ("venture_item", "measure_item"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("stage", sa.Text(), nullable=False, server_default=""))
    op.create_table(
        "taxonomy_term",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("stage", sa.Text(), nullable=False),
        sa.Column("aliases", sa.Text(), nullable=False),
        sa.CheckConstraint("length(key) > 0", name="ck_taxonomy_term_key"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key"),
    )
    op.create_table(
        "taxonomy_relation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("narrower_id", sa.Integer(), nullable=False),
        sa.Column("broader_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("narrower_id <> broader_id", name="ck_taxonomy_relation_self"),
        sa.ForeignKeyConstraint(["narrower_id"], ["taxonomy_term.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["broader_id"], ["taxonomy_term.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("narrower_id", "broader_id", name="uq_taxonomy_relation"),
    )
    with op.batch_alter_table("taxonomy_relation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_taxonomy_relation_narrower_id"), ["narrower_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_taxonomy_relation_broader_id"), ["broader_id"], unique=False)
    op.create_table(
        "crosswalk",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code_a", sa.Text(), nullable=False),
        sa.Column("code_b", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("code_a <> code_b", name="ck_crosswalk_self"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code_a", "code_b", name="uq_crosswalk_pair"),
    )
    op.create_table(
        "flow_decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("venture_id", sa.Integer(), nullable=False),
        sa.Column("item_key", sa.Text(), nullable=False),
        sa.Column("item_name", sa.Text(), nullable=False),
        sa.Column("country", sa.Text(), nullable=False),
        sa.Column("state", sa.Text(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("actor", sa.Text(), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("state IN ('confirmed', 'rejected')", name="ck_flow_decision_state"),
        sa.ForeignKeyConstraint(["venture_id"], ["joint_venture.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("venture_id", "item_key", "country", name="uq_flow_decision"),
    )
    with op.batch_alter_table("flow_decision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_flow_decision_venture_id"), ["venture_id"], unique=False)
    bind = op.get_bind()
    _seed(bind)
    _infer_stages(bind)


def downgrade() -> None:
    with op.batch_alter_table("flow_decision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_flow_decision_venture_id"))
    op.drop_table("flow_decision")
    op.drop_table("crosswalk")
    with op.batch_alter_table("taxonomy_relation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_taxonomy_relation_broader_id"))
        batch_op.drop_index(batch_op.f("ix_taxonomy_relation_narrower_id"))
    op.drop_table("taxonomy_relation")
    op.drop_table("taxonomy_term")
    for table in ("measure_item", "venture_item"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("stage")
