"""Every user-visible literal in desktop_app/ui is marked for translation; domain labels are listed."""

from __future__ import annotations

import importlib
import inspect

from desktop_app.domain.entity import SPECS
from desktop_app.domain.enums import Vocabulary
from desktop_app.services.records.browse_columns import TABLES
from desktop_app.services.vocabularies import default_matrix
from desktop_app.ui.labels import SOURCES
from tests.ui.i18n.scan import scan_ui, unmarked

# The modules that declare vocabularies whose labels the window shows.
VOCABULARY_MODULES = ("desktop_app.domain.enums", "desktop_app.domain.timeline.facts",
                      "desktop_app.domain.timeline.events", "desktop_app.domain.lineage")


def test_no_unmarked_literal_in_the_ui() -> None:
    assert scan_ui() == []


def test_the_scan_finds_what_it_should() -> None:
    code = ('w.setText("Hello there")\nQPushButton(f"Save {name}", self)\nbox.setWindowTitle("A" if x else "B")\n'
            'menu.addMenu("&File")\nlog.warning("not for users %s", x)\nw.setObjectName("main_toolbar")\n'
            'w.setText(translate("ctx", "Fine"))\nself._act("new-db")\n')
    found = unmarked(code)
    assert [f.split(": ", 1)[1] for f in found] == [
        "setText('Hello there')", "QPushButton(f'Save {name}')", "setWindowTitle('A')", "setWindowTitle('B')",
        "addMenu('&File')"]


def domain_labels() -> list[str]:
    """Every label the domain and services can hand the window."""
    labels: list[str] = []
    for module_name in VOCABULARY_MODULES:
        module = importlib.import_module(module_name)
        for cls in vars(module).values():
            if inspect.isclass(cls) and issubclass(cls, Vocabulary) and cls.__module__ == module_name:
                labels += [m.label for m in cls]
                labels += [m.inverse_label for m in cls if hasattr(m, "inverse_label")]
    for spec in SPECS.values():
        labels += [spec.label, spec.plural, *([spec.title] if getattr(spec, "title", None) else [])]
    labels += [column.title for table in TABLES.values() for column in table.columns]
    labels += [level.label for level in default_matrix().levels]
    return labels


def test_every_domain_label_is_listed_for_translation() -> None:
    labels = domain_labels()
    assert len(labels) > 150
    assert sorted(set(labels) - set(SOURCES)) == []
