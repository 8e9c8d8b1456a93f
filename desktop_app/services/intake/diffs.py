"""Field-level changes of an import row in words: `title: 'old' -> 'new'`, for the CLI and the preview."""

from __future__ import annotations

import json
from typing import Any

from desktop_app.domain.text import join_list
from desktop_app.system.message_language import mark, msg

SHOWN_MAX = 160  # characters of one value; longer values are cut with an ellipsis
# The sides of a conflict as callers name them: said in the current language where shown.
SIDES = (mark("register"), mark("file"))


def value_text(value: Any) -> str:
    """A stored (JSON-ready) value as a person reads it: text quoted, lists joined, none as -."""
    if value is None or value in ("", []):
        return "-"
    if isinstance(value, str):
        text = repr(value)
    elif isinstance(value, list) and all(isinstance(v, str) for v in value):
        text = join_list(value)
    elif isinstance(value, list) and all(isinstance(v, dict) for v in value):
        text = "; ".join(", ".join(_plain(x) for x in item.values() if x not in (None, "", [])) for item in value)
    else:
        text = _plain(value)
    return text if len(text) <= SHOWN_MAX else text[: SHOWN_MAX - 1] + "…"


def _plain(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return " | ".join(_plain(v) for v in value)
    return json.dumps(value, ensure_ascii=False)


def change_lines(changes: dict[str, list[Any]], *, left: str = "", right: str = "") -> list[str]:
    """One line per changed field, in field order: `field: old -> new` (with `left`/`right`
    naming the sides of a conflict: `register 'x' / file 'y'`)."""
    lines = []
    for name, (old, new) in changes.items():
        if left or right:
            lines.append(msg("{field}: {left} {old} / {right} {new}", field=name, left=msg(left),
                             old=value_text(old), right=msg(right), new=value_text(new)))
        else:
            lines.append(f"{name}: {value_text(old)} -> {value_text(new)}")
    return lines
