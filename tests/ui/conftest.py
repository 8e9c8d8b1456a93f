"""Main-window tests: offscreen Qt, synchronous workers, modal boxes answered, a demo register."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.services.context import ServiceContext, open_register
from desktop_app.services.intake.demo import load_demo
from desktop_app.ui import messages, workers
from tests.conftest import FIXED_NOW


@pytest.fixture(autouse=True)
def _synchronous(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "SYNCHRONOUS", True)


@pytest.fixture
def german(qapp: Any, speak: Callable[[str], str]) -> Iterator[str]:
    """The window's language German, installed before a window is made (as at start): Qt's
    catalogue and the services' messages alike; English again afterwards."""
    from desktop_app.ui import language

    code = language.install("de")
    speak("de")
    yield code
    language.install(language.SOURCE_LANGUAGE)


@dataclass
class Dialogs:
    """What modal boxes would have shown, and how the 'user' answers questions."""

    errors: list[tuple[str, BaseException]] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    boxes: list[str] = field(default_factory=list)
    answer: bool = False


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    seen = Dialogs()

    def show_error(parent: Any, exc: BaseException, title: str = "") -> None:
        seen.errors.append((title, exc))

    def confirm(parent: Any, title: str, text: str, **_options: Any) -> bool:
        seen.questions.append(text)
        return seen.answer

    def box_exec(self: QMessageBox) -> int:
        seen.boxes.append(self.text())
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(messages, "show_error", show_error)
    monkeypatch.setattr(messages, "confirm", confirm)
    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    return seen


def fixed(ctx: ServiceContext) -> ServiceContext:
    ctx.now = lambda: FIXED_NOW
    return ctx


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo register built once per run; each test works on its own copy."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    ctx = fixed(open_register(f"sqlite:///{path}", actor="tester"))
    load_demo(ctx)
    ctx.db.dispose()  # closes the last connection: SQLite folds the WAL back into the file
    return path


@pytest.fixture
def demo_url(tmp_path: Path, demo_template: Path) -> str:
    path = tmp_path / "register.sqlite3"
    shutil.copyfile(demo_template, path)
    return f"sqlite:///{path}"


@pytest.fixture
def demo_ctx(demo_url: str) -> Iterator[ServiceContext]:
    ctx = fixed(open_register(demo_url, actor="tester"))
    yield ctx
    ctx.db.dispose()


@pytest.fixture
def window(qtbot: Any, demo_ctx: ServiceContext, dialogs: Dialogs) -> Any:
    from desktop_app.ui.main_window import MainWindow

    win = MainWindow(demo_ctx)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int | None]]:
    """Records handed to the forms' entry point instead of opening a form."""
    from desktop_app.ui import forms

    calls: list[tuple[str, int | None]] = []
    monkeypatch.setattr(forms, "open_record", lambda _w, entity, record_id: calls.append((entity, record_id)))
    return calls
