"""Finds user-visible string literals in desktop_app/ui that are not marked for translation."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

UI = Path(__file__).resolve().parents[3] / "desktop_app" / "ui"
# Qt calls whose text argument reaches the screen, and the application's own helpers that pass
# their text on to one of them.
SINK_CALLS = frozenset({
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
    "setTitle", "setLabelText", "addTab", "setTabText", "setTabToolTip", "addRow", "addItem", "addItems",
    "addAction", "addMenu", "showMessage", "setAccessibleName", "setHorizontalHeaderLabels",
    "setSpecialValueText", "setInformativeText", "setDetailedText", "setHeaderLabels", "addButton",
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu", "QToolBar",
    "QListWidgetItem", "QToolButton", "information", "question", "critical", "about", "warning",
    "getSaveFileName", "getOpenFileName", "getExistingDirectory", "getText", "getItem",
    "createUndoAction", "createRedoAction",
    # the application's helpers that put their text arguments on screen
    "_act", "show_error", "plain_box", "confirm", "run_task", "show_banner", "ask_note", "_box",
    "field", "Column", "FilterSpec", "ask_save_path", "ask_open_path", "set_choices",
})
# The helpers also take keys and icon names: there only text that reads as words is flagged.
HELPERS = frozenset({"_act", "show_error", "plain_box", "confirm", "run_task", "show_banner", "ask_note", "_box",
                     "field", "Column", "FilterSpec", "ask_save_path", "ask_open_path", "set_choices"})
LOGGERS = frozenset({"log", "logging", "logger"})
SHORTCUT = re.compile(r"^(?:(?:Ctrl|Alt|Shift|Meta)\+)+\S+$")


def _name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _is_log(call: ast.Call) -> bool:
    func = call.func
    return isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in LOGGERS


def _bare_texts(node: ast.expr) -> Iterator[ast.expr]:
    """Literals that reach the call as they are: the argument itself, either branch of a
    conditional, either side of a concatenation, the items of a literal list or tuple."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if any(ch.isalpha() for ch in node.value):
            yield node
    elif isinstance(node, ast.JoinedStr):
        if any(isinstance(v, ast.Constant) and any(ch.isalpha() for ch in str(v.value)) for v in node.values):
            yield node
    elif isinstance(node, ast.IfExp):
        yield from _bare_texts(node.body)
        yield from _bare_texts(node.orelse)
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        yield from _bare_texts(node.left)
        yield from _bare_texts(node.right)
    elif isinstance(node, (ast.List, ast.Tuple)):
        for item in node.elts:
            yield from _bare_texts(item)


def _reads_as_words(text: ast.expr) -> bool:
    if isinstance(text, ast.JoinedStr):
        value = "".join(str(v.value) if isinstance(v, ast.Constant) else "X" for v in text.values)
    else:
        value = str(text.value) if isinstance(text, ast.Constant) else ""
    if SHORTCUT.match(value):  # a key sequence: Qt shows it in the user's words by itself
        return False
    return " " in value.strip() or value[:1].isupper()


def unmarked(source: str, filename: str = "<source>") -> list[str]:
    """`file:line: call(text)` for every literal handed to a sink without translate()/tr()."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or _is_log(node) or _name(node) not in SINK_CALLS:
            continue
        args = [*node.args, *(kw.value for kw in node.keywords if kw.arg not in ("objectName",))]
        for arg in args:
            for text in _bare_texts(arg):
                if _name(node) in HELPERS and not _reads_as_words(text):
                    continue
                shown = ast.unparse(text)[:60]
                found.append(f"{filename}:{text.lineno}: {_name(node)}({shown})")
    return found


def scan_ui() -> list[str]:
    found: list[str] = []
    for path in sorted(UI.rglob("*.py")):
        found += unmarked(path.read_text(encoding="utf-8"), str(path.relative_to(UI.parent.parent)))
    return found


if __name__ == "__main__":
    print("\n".join(scan_ui()))
