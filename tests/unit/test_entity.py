"""The entity declarations: stored audit names unchanged, one coherent spec per entity, loaded lazily."""

from __future__ import annotations

import subprocess
import sys

import pytest
from sqlalchemy import UniqueConstraint

from desktop_app.domain.entity import (
    RECORDS,
    SPECS,
    Entity,
    RecordSpec,
    audit_label,
    guess_record,
    record_named,
)
from desktop_app.domain.fields import RecordMeta
from tests.conftest import REPO

# What registers store in audit_entry.entity today. Each entry's hash covers the name, so a
# changed value would break every existing register's chain: this list only ever grows.
STORED_AUDIT_NAMES = ["measure", "joint_venture", "assessment", "measure_link", "exposure_dismissal", "synonym",
                      "risk_matrix", "import", "database", "jurisdiction_group", "measure_clause", "suspension_window",
                      "event_confirmation", "taxonomy_term", "taxonomy_relation",
                      "crosswalk_row", "inferred_flow", "briefing", "party", "listed_party", "ownership_rule",
                      "party_match", "content_share", "de_minimis_rule"]


def test_audit_names_are_the_ones_registers_store() -> None:
    assert [e.value for e in Entity] == STORED_AUDIT_NAMES
    assert all(type(e.value) is str for e in Entity)


def test_every_entity_has_one_spec_that_names_it() -> None:
    assert list(SPECS) == list(Entity)
    for entity, spec in SPECS.items():
        assert spec.entity is entity and entity.spec is spec
        assert spec.label == spec.label.lower() and spec.plural not in ("", spec.label)
    assert len({s.label for s in SPECS.values()}) == len(SPECS)


def test_the_records_are_measures_ventures_and_assessments_in_dependency_order() -> None:
    assert RECORDS == (Entity.MEASURE, Entity.VENTURE, Entity.ASSESSMENT)
    assert [e.record.name for e in RECORDS] == ["measures", "ventures", "assessments"]
    assert [e.record.title for e in RECORDS] == ["Measures", "Joint ventures", "Assessments"]
    assert all(isinstance(SPECS[e], RecordSpec) for e in RECORDS)
    with pytest.raises(ValueError, match="not one of the register's records"):
        _ = Entity.SYNONYM.record


@pytest.mark.parametrize("entity", RECORDS)
def test_a_record_spec_agrees_with_its_table_and_read_schema(entity: Entity) -> None:
    spec = entity.record
    table = spec.table.__table__  # type: ignore[attr-defined]
    assert issubclass(spec.read, RecordMeta)
    assert {"id", "version", "archived_at"} <= set(table.c.keys()) and set(spec.key) <= set(table.c.keys())
    unique = [tuple(c.name for c in u.columns) for u in table.constraints if isinstance(u, UniqueConstraint)]
    unique += [(c.name,) for c in table.c if c.unique]
    assert spec.key in unique, f"{spec.key} is not a UNIQUE key of {table.name}"
    assert set(spec.key_columns) <= spec.required <= set(spec.columns)
    assert len(set(spec.columns)) == len(spec.columns)
    assert spec.name in spec.sheet_names and spec.title.casefold() in spec.sheet_names


def test_record_named_and_guess_record() -> None:
    assert record_named("ventures") is Entity.VENTURE
    with pytest.raises(ValueError, match="use one of measures, ventures, clauses, windows, assessments"):
        record_named("joint_venture")
    with pytest.raises(ValueError):
        Entity("measures")  # the CLI name is not an audit name
    assert guess_record("Joint ventures.xlsx") is Entity.VENTURE
    assert guess_record("JV partners 2026.csv") is Entity.VENTURE
    assert guess_record("measure assessments.csv") is Entity.ASSESSMENT  # dependents first
    assert guess_record("Measures.xlsx") is Entity.MEASURE
    assert guess_record("data.csv") is None


def test_audit_labels_of_known_and_unknown_names() -> None:
    assert audit_label("joint_venture") == "joint venture"
    assert audit_label("measure_link") == "measure link"
    assert audit_label("written_by_a_newer_version") == "written_by_a_newer_version"


def test_the_declarations_load_no_table_classes() -> None:
    """The window's first paint reads names and titles; the SQLModel tables load with the first query."""
    code = ("import sys; from desktop_app.domain.entity import RECORDS; [e.record.title for e in RECORDS]; "
            "print('desktop_app.domain.models' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True,
                         timeout=120)
    assert out.stdout.strip() == "False"
