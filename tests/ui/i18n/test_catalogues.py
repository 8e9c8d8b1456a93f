"""The shipped catalogues: complete, current with the code, compiled from their sources."""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QTranslator

from desktop_app.ui import language

ROOT = Path(__file__).resolve().parents[3]
SHIPPED = [code for code in language.LANGUAGES if code != language.SOURCE_LANGUAGE]
PLACEHOLDER = re.compile(r"\{[A-Za-z_0-9]*(?:![rsa])?(?::[^{}]*)?\}")


def translations_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "tools" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def messages(code: str) -> list[tuple[str, str, ET.Element | None]]:
    root = ET.parse(language.I18N_DIR / f"{language.CATALOGUE}_{code}.ts").getroot()
    return [(context.findtext("name") or "", message.findtext("source") or "", message.find("translation"))
            for context in root.iter("context") for message in context.iter("message")]


def test_the_tool_ships_the_languages_the_window_offers() -> None:
    assert tuple(translations_tool().LANGUAGES) == tuple(SHIPPED)


@pytest.mark.parametrize("code", SHIPPED)
def test_every_message_is_translated(code: str) -> None:
    found = messages(code)
    assert len(found) > 700
    lacking = [(c, s) for c, s, t in found
               if t is None or t.get("type") is not None or not (t.text or "").strip()]
    assert lacking == []


@pytest.mark.parametrize("code", SHIPPED)
def test_translations_keep_placeholders_and_accelerators(code: str) -> None:
    for context, source, translation in messages(code):
        text = translation.text if translation is not None else ""
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text or "")), (context, source)
        if re.search(r"&[^& ]", source):
            assert re.search(r"&[^& ]", text or ""), (context, source, "keeps a keyboard accelerator")


def test_the_sources_match_what_lupdate_extracts_now() -> None:
    assert translations_tool().check() == []


@pytest.mark.parametrize("code", SHIPPED)
def test_the_committed_qm_is_the_compiled_ts(code: str, tmp_path: Path) -> None:
    tool = translations_tool()
    ts = language.I18N_DIR / f"{language.CATALOGUE}_{code}.ts"
    shutil.copyfile(ts, tmp_path / ts.name)
    tool.lrelease(tmp_path / ts.name, tmp_path / "out.qm")
    assert (tmp_path / "out.qm").read_bytes() == language.catalogue_path(code).read_bytes()


@pytest.mark.parametrize("code", SHIPPED)
def test_each_catalogue_loads(code: str) -> None:
    translator = QTranslator()
    assert translator.load(str(language.catalogue_path(code)))
    assert translator.translate("actions", "&File")


def test_pip_installs_ship_every_catalogue() -> None:
    """The package data pattern in pyproject.toml takes every compiled catalogue (the bundle's spec
    collects desktop_app/ui/**/*.qm the same way)."""
    import tomllib

    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = data["tool"]["setuptools"]["package-data"]["desktop_app.ui"]
    shipped = {p for pattern in patterns for p in (ROOT / "desktop_app" / "ui").glob(pattern)}
    assert shipped == {language.catalogue_path(code) for code in SHIPPED}
