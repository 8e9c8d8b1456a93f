"""An update pack's diff in words: new and changed measures, clauses and windows, new links."""

from __future__ import annotations

from desktop_app.domain.entity import Entity
from desktop_app.services.intake.diffs import change_lines
from desktop_app.services.intake.pack import PackReport
from desktop_app.system.message_language import mark, msg


def diff_lines(report: PackReport) -> list[str]:
    """Sections a person reads before confirming (the CLI prints them, the window shows them):
    `New measures`, `Changed measures` with `field: old -> new`, the same for clauses and
    suspension windows, `New links`, and what the pack left as this register has it."""
    lines: list[str] = []
    for part in report.parts:
        new, changed_title = _TITLES[part.entity]
        lines += _section(msg(new), [msg("+ {key}  (row {row})", key=o.key, row=o.row)
                                     for o in part.outcomes if o.action == "create"])
        changed: list[str] = []
        for o in part.outcomes:
            if o.action == "update":
                changed.append(msg("~ {key}  (row {row})", key=o.key, row=o.row))
                changed += [f"    {line}" for line in change_lines(o.changes)]
        lines += _section(msg(changed_title), changed)
    lines += _section(msg("New links"), [f"+ {link}" for link in report.new_links])
    kept = [msg(_KEPT[part.entity], key=o.key, row=o.row) for part in report.parts
            for o in part.outcomes if o.action == "kept"]
    lines += _section(msg("Left as this register has them (archived here)"), kept)
    return lines or [msg("Nothing new: the register already has everything in this pack.")]


# Section titles and kept lines per part, whole (a title is not put together from the record's name).
_TITLES = {Entity.MEASURE: (mark("New measures"), mark("Changed measures")),
           Entity.MEASURE_CLAUSE: (mark("New clauses"), mark("Changed clauses")),
           Entity.SUSPENSION_WINDOW: (mark("New suspension windows"), mark("Changed suspension windows"))}
_KEPT = {Entity.MEASURE: mark("= {key}  (row {row}, measure)"),
         Entity.MEASURE_CLAUSE: mark("= {key}  (row {row}, clause)"),
         Entity.SUSPENSION_WINDOW: mark("= {key}  (row {row}, suspension window)")}


def _section(title: str, entries: list[str]) -> list[str]:
    return [msg("{title}:", title=title), *(f"  {e}" for e in entries)] if entries else []

