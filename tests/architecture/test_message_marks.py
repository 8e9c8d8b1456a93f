"""Every message the services write for a person goes through the message catalog (msg / nmsg).

The window shows these messages (form validation, import, check and restore reports, refusals) in
its interface language; a literal raised or reported unmarked would stay English there.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2] / "desktop_app"
# Folders whose user-facing messages are marked; each area joins when its messages are marked.
AREAS: list[str] = [
    "domain", "services/intake", "services/records", "services/maintenance", "services/ownership",
    "services/screening", "services/timeline", "services/reports", "persistence", "system",
]
# Exceptions a person reads: the register's errors, and ValueError, which pydantic validators and
# the parsers behind them raise to become a field's message.
USER_ERRORS = {"RegisterError", "ValidationFailed", "NotFound", "Conflict", "ArchivedRecord", "DuplicateKey",
               "DatabaseRefused", "DamagedDatabase", "OutputRefused", "DatabaseBusy", "StorageFull",
               "ReadOnlyDatabase", "ImportRejected", "Cancelled", "ReportOptionsError", "BriefingNotRecorded",
               "NeedsUpgrade", "OwnershipCycle", "ValueError"}
MARKS = {"msg", "nmsg", "mark"}


def _is_text(node: ast.AST) -> bool:
    """A literal or f-string, or one built from them with + / % / .format()."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and any(ch.isalpha() for ch in node.value)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _is_text(node.left) or _is_text(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _is_text(node.func.value)
    return False


def _name(func: ast.AST) -> str:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def unmarked(path: Path, base: Path = ROOT.parent) -> list[str]:
    """`file:line: text` for each user error raised, or Issue made, with unmarked text."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        args: list[ast.AST] = []
        if name in USER_ERRORS:
            args = node.args[:1] + [k.value for k in node.keywords if k.arg == "message"]
        elif name == "Issue":  # Issue(field, severity, message)
            args = node.args[2:3] + [k.value for k in node.keywords if k.arg == "message"]
        for arg in args:
            if _is_text(arg):
                found.append(f"{path.relative_to(base)}:{node.lineno}: {ast.unparse(arg)[:80]}")
    return found


@pytest.mark.parametrize("area", AREAS)
def test_user_messages_are_marked(area: str) -> None:
    problems = [line for path in sorted((ROOT / area).rglob("*.py")) for line in unmarked(path)]
    assert not problems, ("wrap these messages in msg()/nmsg() (desktop_app/system/message_language.py):\n"
                          + "\n".join(problems))


def test_the_scan_finds_unmarked_text(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('raise ValueError(f"is {n} long")\nraise NotFound(msg("No such record"))\n'
                      'Issue("f", Severity.ERROR, "is required")\nraise Conflict("x" + name)\n', encoding="utf-8")
    where = [line.split(": ", 1)[0] for line in unmarked(sample, tmp_path)]
    assert where == ["sample.py:1", "sample.py:3", "sample.py:4"]
