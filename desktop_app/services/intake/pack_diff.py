"""An update pack's diff in words: new and changed measures, clauses and windows, new links."""

from __future__ import annotations

from desktop_app.services.intake.diffs import change_lines
from desktop_app.services.intake.pack import PackReport


def diff_lines(report: PackReport) -> list[str]:
    """Sections a person reads before confirming (the CLI prints them, the window shows them):
    `New measures`, `Changed measures` with `field: old -> new`, the same for clauses and
    suspension windows, `New links`, and what the pack left as this register has it."""
    lines: list[str] = []
    for part in report.parts:
        lines += _section(f"New {part.entity.spec.plural}", [f"+ {o.key}  (row {o.row})"
                                                         for o in part.outcomes if o.action == "create"])
        changed: list[str] = []
        for o in part.outcomes:
            if o.action == "update":
                changed.append(f"~ {o.key}  (row {o.row})")
                changed += [f"    {line}" for line in change_lines(o.changes)]
        lines += _section(f"Changed {part.entity.spec.plural}", changed)
    lines += _section("New links", [f"+ {link}" for link in report.new_links])
    kept = [f"= {o.key}  (row {o.row}, {part.entity.label})" for part in report.parts
            for o in part.outcomes if o.action == "kept"]
    lines += _section("Left as this register has them (archived here)", kept)
    return lines or ["Nothing new: the register already has everything in this pack."]


def _section(title: str, entries: list[str]) -> list[str]:
    return [f"{title}:", *(f"  {e}" for e in entries)] if entries else []

