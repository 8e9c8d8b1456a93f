"""Risk matrix: levels with colours and review cadence, the 5x5 grid, and scoring."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from desktop_app.domain.fields import Issue, Severity
from desktop_app.system.message_language import msg

SIZE = 5
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


@dataclass(frozen=True, slots=True)
class RiskLevelDef:
    key: str
    label: str
    colour: str
    rank: int
    review_days: int


@dataclass(frozen=True)
class RiskMatrix:
    """Levels ordered by rank and a grid indexed [likelihood-1][impact-1] of level keys."""

    levels: tuple[RiskLevelDef, ...]
    grid: tuple[tuple[str, ...], ...]
    _by_key: dict[str, RiskLevelDef] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_key", {lv.key: lv for lv in self.levels})

    def level(self, key: str) -> RiskLevelDef:
        return self._by_key[key]

    def level_for(self, likelihood: int, impact: int) -> RiskLevelDef:
        if not (1 <= likelihood <= SIZE and 1 <= impact <= SIZE):
            raise ValueError(msg("likelihood and impact must be between 1 and 5"))
        return self._by_key[self.grid[likelihood - 1][impact - 1]]

    def next_review(self, level: RiskLevelDef, assessed_on: date) -> date:
        return assessed_on + timedelta(days=level.review_days)

    def ordered(self) -> list[RiskLevelDef]:
        return sorted(self.levels, key=lambda lv: lv.rank)

    def to_json(self) -> dict[str, object]:
        return {
            "levels": [
                {"key": lv.key, "label": lv.label, "colour": lv.colour, "rank": lv.rank,
                 "review_days": lv.review_days}
                for lv in self.ordered()
            ],
            "grid": [list(row) for row in self.grid],
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> RiskMatrix:
        levels = tuple(RiskLevelDef(**lv) for lv in data["levels"])  # type: ignore[arg-type, union-attr]
        grid = tuple(tuple(row) for row in data["grid"])  # type: ignore[union-attr]
        return cls(levels, grid)


def matrix_issues(m: RiskMatrix) -> list[Issue]:
    """Everything wrong with an edited matrix; an empty list means it can be saved."""
    found: list[Issue] = []

    def err(where: str, msg: str) -> None:
        found.append(Issue(where, Severity.ERROR, msg))

    keys = [lv.key for lv in m.levels]
    if not m.levels:
        err("levels", msg("the matrix needs at least one level"))
    if len(set(keys)) != len(keys):
        err("levels", msg("two levels share a key"))
    ranks = [lv.rank for lv in m.levels]
    if len(set(ranks)) != len(ranks):
        err("levels", msg("two levels share a rank"))
    for lv in m.levels:
        if not lv.label.strip():
            err(f"levels.{lv.key}.label", msg("is required"))
        if not _COLOUR.match(lv.colour):
            err(f"levels.{lv.key}.colour", msg("{colour!r} is not a colour like #C62828", colour=lv.colour))
        if not 1 <= lv.review_days <= 3660:
            err(f"levels.{lv.key}.review_days", msg("must be between 1 and 3660 days"))
    if len(m.grid) != SIZE or any(len(row) != SIZE for row in m.grid):
        err("grid", msg("the grid must be 5 x 5"))
        return found
    for li, row in enumerate(m.grid, start=1):
        for ii, key in enumerate(row, start=1):
            if key not in keys:
                err(f"grid.{li}.{ii}", msg("unknown level {key!r}", key=key))
    if found:
        return found
    rank = {lv.key: lv.rank for lv in m.levels}
    for li in range(SIZE):
        for ii in range(SIZE):
            here = rank[m.grid[li][ii]]
            if (li + 1 < SIZE and rank[m.grid[li + 1][ii]] < here) or (
                ii + 1 < SIZE and rank[m.grid[li][ii + 1]] < here
            ):
                found.append(
                    Issue(f"grid.{li + 1}.{ii + 1}", Severity.WARNING,
                          msg("a higher likelihood or impact gives a lower level here"))
                )
    return found
