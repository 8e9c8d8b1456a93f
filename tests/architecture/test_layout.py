"""The package's layout holds: every subpackage is shipped, no symlinks, and the contracts bite."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.conftest import REPO

PACKAGE = REPO / "desktop_app"


def _pyproject() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_subpackage_is_listed_for_setuptools() -> None:
    listed = set(_pyproject()["tool"]["setuptools"]["packages"])
    on_disk = {".".join(p.parent.relative_to(REPO).parts) for p in PACKAGE.rglob("__init__.py")}
    resources = {"desktop_app.resources"} | {
        "desktop_app.resources." + ".".join(d.relative_to(REPO / "resources").parts)
        for d in (REPO / "resources").rglob("*") if d.is_dir() and d.name != "__pycache__"}
    guide = {"desktop_app.resources.guide", "desktop_app.resources.guide.screenshots"}  # docs/, the user guide
    assert listed == on_disk | resources | guide


def test_no_symlinks_in_the_package() -> None:
    assert [p for p in PACKAGE.rglob("*") if p.is_symlink()] == []


def test_resources_are_found_as_package_data() -> None:
    from desktop_app.system.paths import RESOURCES

    assert (RESOURCES / "fonts" / "DejaVuSans.ttf").is_file()
    assert (RESOURCES / "demo" / "measures.csv").is_file()


def test_no_module_over_400_lines() -> None:
    long = {str(p.relative_to(REPO)): n for p in PACKAGE.rglob("*.py")
            if "versions" not in p.parts and (n := len(p.read_text(encoding="utf-8").splitlines())) > 400}
    assert long == {}


def _lint_imports(tree: Path) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).with_name("lint-imports")
    return subprocess.run([str(exe), "--no-cache", "--config", str(tree / "pyproject.toml")],
                          cwd=tree, env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"},
                          capture_output=True, text=True, timeout=300, check=False)


@pytest.fixture(scope="module")
def copied_tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tree = tmp_path_factory.mktemp("layout")
    shutil.copytree(PACKAGE, tree / "desktop_app", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tree / "pyproject.toml")
    return tree


def test_contracts_hold_on_the_tree_as_it_is(copied_tree: Path) -> None:
    result = _lint_imports(copied_tree)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(("module", "line"), [
    ("cli/screening.py", "import PySide6.QtCore  # noqa\n"),
    ("services/records/browse.py", "from desktop_app.ui import settings  # noqa\n"),
    ("domain/text.py", "from desktop_app.system import paths  # noqa\n"),
    ("reports/pdf/render.py", "from desktop_app.domain import enums  # noqa\n"),
    ("cli/reports.py", "from desktop_app.ui import app  # noqa\n"),
])
def test_a_forbidden_import_breaks_a_contract(copied_tree: Path, module: str, line: str) -> None:
    target = copied_tree / "desktop_app" / module
    original = target.read_text(encoding="utf-8")
    target.write_text(original + line, encoding="utf-8")
    try:
        result = _lint_imports(copied_tree)
    finally:
        target.write_text(original, encoding="utf-8")
    assert result.returncode != 0, f"{module} + {line!r} passed lint-imports"
    assert "BROKEN" in result.stdout
