"""Helpers for the PDF briefing tests: real files, read back with poppler and pypdf."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from desktop_app.services.context import ServiceContext
from desktop_app.services.intake.demo import load_demo
from tests.conftest import need_tool

# Marks that pdftotext adds around right-to-left runs, and every kind of whitespace.
_NOISE = re.compile(r"[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]+")


def squash(text: str) -> str:
    """Text with whitespace and bidi marks removed, so wrapped lines still compare literally."""
    return _NOISE.sub("", text)


def pdf_text(path: Path, *args: str) -> str:
    """Text of the PDF as poppler's pdftotext extracts it (content-stream order with -raw)."""
    tool = need_tool("pdftotext")
    return subprocess.run(
        [tool, "-enc", "UTF-8", *args, str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def pdf_fonts(path: Path) -> list[dict[str, str]]:
    """Rows of `pdffonts`: name, type, emb."""
    tool = need_tool("pdffonts")
    out = subprocess.run([tool, str(path)], check=True, capture_output=True, text=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name type [subtype] encoding emb sub uni object ID: read emb from the right.
        rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return rows


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo register loaded once per session; tests copy the file."""
    from desktop_app.services.context import open_register
    from tests.conftest import FIXED_NOW

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    ctx = open_register(f"sqlite:///{path}", actor="tester")
    ctx.now = lambda: FIXED_NOW
    load_demo(ctx)
    ctx.db.dispose()
    return path


@pytest.fixture
def demo_ctx(demo_template: Path, tmp_path: Path):
    """A copy of the demo register with the fixed test clock."""
    import shutil

    from desktop_app.services.context import open_register
    from tests.conftest import FIXED_NOW

    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_template, path)
    ctx: ServiceContext = open_register(f"sqlite:///{path}", actor="tester")
    ctx.now = lambda: FIXED_NOW
    yield ctx
    ctx.db.dispose()


def twin(ctx: ServiceContext, target: Path) -> ServiceContext:
    """A copy of `ctx`'s SQLite register at `target`, with the same clock and actor: writing a
    briefing records it in the audit trail, so two briefings of one state need two copies."""
    import sqlite3

    from desktop_app.services.context import open_register

    source = str(ctx.db.url).removeprefix("sqlite:///")
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    copy = open_register(f"sqlite:///{target}", actor=ctx.actor)
    copy.now = ctx.now
    return copy
