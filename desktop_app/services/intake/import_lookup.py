"""What an import reads of the register once per transaction: keys, labels, archive flags, groups."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from desktop_app.domain.models import Assessment, JointVenture, Measure, MeasureClause, SuspensionWindow
from desktop_app.domain.text import normalize_key
from desktop_app.services.intake.jurisdiction_cells import JurisdictionReader
from desktop_app.services.intake.suggest import did_you_mean
from desktop_app.services.records.groups import load_index


class Lookup:
    """Keys, labels and archive flags of the register, read once per import transaction."""

    def __init__(self, s: Session, today: date, with_pairs: bool = False) -> None:
        self._today = today
        self.jurisdictions = JurisdictionReader(load_index(s))
        self.warnings: list[tuple[str, str]] = []
        self.measures: dict[str, int] = {}
        self.references: dict[int, str] = {}
        self.archived_measures: set[int] = set()
        for mid, key, ref, archived in s.exec(
                select(Measure.id, Measure.reference_key, Measure.reference, Measure.archived_at)):
            self.measures[key], self.references[mid] = mid, ref
            if archived is not None:
                self.archived_measures.add(mid)
        self.ventures: dict[str, int] = {}
        self.names: dict[int, str] = {}
        self.archived_ventures: set[int] = set()
        for vid, key, name, archived in s.exec(
                select(JointVenture.id, JointVenture.name_key, JointVenture.name, JointVenture.archived_at)):
            self.ventures[key], self.names[vid] = vid, name
            if archived is not None:
                self.archived_ventures.add(vid)
        # Live clause labels (folded) by measure: an assessment may name the clause it depends on.
        self.clauses: dict[int, set[str]] = {}
        for mid, label in s.exec(select(MeasureClause.measure_id, MeasureClause.label)
                                 .where(col(MeasureClause.archived_at).is_(None))):
            self.clauses.setdefault(mid, set()).add(label.casefold())
        self.session = s  # for the checks that read the register (suspension windows)
        self.clause_ids = {(m, k): i for i, m, k in s.exec(
            select(MeasureClause.id, MeasureClause.measure_id, MeasureClause.label_key))}
        self.window_ids = {(m, c.casefold(), b, d): i for i, m, c, b, d in s.exec(select(
            SuspensionWindow.id, SuspensionWindow.measure_id, SuspensionWindow.clause, SuspensionWindow.suspension_id,
            SuspensionWindow.starts_on))}
        self.pending_windows: list[Any] = []  # windows of this import checked so far (overlaps)
        self._measure_of: dict[str, int | None] = {}
        self._venture_of: dict[str, int | None] = {}
        pairs = select(Assessment.id, Assessment.measure_id, Assessment.venture_id)
        self.pairs: dict[tuple[int, int], int] = (
            {(m, v): a for a, m, v in s.exec(pairs)} if with_pairs else {}
        )

    def measure_id(self, reference: str) -> int | None:
        # Memoised by the cell's text: an assessment file names each measure many times.
        try:
            return self._measure_of[reference]
        except KeyError:
            found = self._measure_of[reference] = self.measures.get(normalize_key(reference))
            return found

    def venture_id(self, name: str) -> int | None:
        try:
            return self._venture_of[name]
        except KeyError:
            found = self._venture_of[name] = self.ventures.get(normalize_key(name))
            return found

    def today(self) -> date:
        return self._today

    def nearest(self, column: str, text: str) -> str:
        """" (did you mean 'X'?)" for a measure reference or venture name not in the register."""
        names = self.references if column == "measure_reference" else self.names
        return did_you_mean(text, names.values()) if text.strip() else ""
