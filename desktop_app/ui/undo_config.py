"""Undo for the register's settings and links: screening synonyms, the risk matrix, measure lineage."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from desktop_app.domain.entity import Entity
from desktop_app.domain.errors import Conflict
from desktop_app.domain.risk import RiskMatrix
from desktop_app.services.context import ServiceContext
from desktop_app.services.records import lineage, synonyms
from desktop_app.services.records import matrix as matrix_service
from desktop_app.services.records.lineage import MeasureLinkRead
from desktop_app.services.records.synonyms import SynonymRead
from desktop_app.ui.labels import label_text
from desktop_app.ui.language import translate

if TYPE_CHECKING:
    from desktop_app.ui.undo import RecordWindow


def changed_since(entity: Entity) -> Conflict:
    """The refusal of an undo (or redo) that would overwrite someone else's later change."""
    return Conflict(translate("undo_config", "This {what} was changed since (by someone else or another window); "
                                             "undoing would overwrite that change, so nothing was changed.")
                    .format(what=label_text(entity.label)))


class _ConfigCommand(QUndoCommand):
    """A change already made through the change helper when pushed (the first redo does
    nothing); undo and redo run through it too, and a refusal removes the command."""

    entity: Entity

    def __init__(self, window: RecordWindow, text: str) -> None:
        super().__init__(text[:120])
        self.window = window
        self._first = True

    def _run(self, work: Callable[[ServiceContext], Any]) -> None:
        from desktop_app.ui.change_op import ChangeOp  # it imports the window protocol of undo

        ok, _ = ChangeOp(self.window, self.text(), work, changed=self.entity).run_and_wait()
        if not ok:
            self.setObsolete(True)

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.forward()

    def undo(self) -> None:
        self.back()

    def forward(self) -> None:
        raise NotImplementedError

    def back(self) -> None:
        raise NotImplementedError


def _pair(synonym: SynonymRead | None) -> tuple[str, str] | None:
    return None if synonym is None else (synonym.term, synonym.means)


class SynonymCommand(_ConfigCommand):
    """A synonym added (before None), changed, or removed (after None)."""

    entity = Entity.SYNONYM

    def __init__(self, window: RecordWindow, before: SynonymRead | None, after: SynonymRead | None) -> None:
        shown = after or before
        assert shown is not None
        if before is None:
            text = translate("undo_config", "Add synonym {term}")
        elif after is None:
            text = translate("undo_config", "Remove synonym {term}")
        else:
            text = translate("undo_config", "Edit synonym {term}")
        super().__init__(window, text.format(term=shown.term))
        self.before, self.after = before, after

    def _put(self, expected: SynonymRead | None, target: SynonymRead | None) -> None:
        term = (target or expected).term  # type: ignore[union-attr]

        def work(ctx: ServiceContext) -> None:
            if _pair(synonyms.find_synonym(ctx, term)) != _pair(expected):
                raise changed_since(Entity.SYNONYM)
            if target is None:
                synonyms.remove_synonym(ctx, term)
            else:
                synonyms.set_synonym(ctx, target.term, target.means)

        self._run(work)

    def forward(self) -> None:
        self._put(self.before, self.after)

    def back(self) -> None:
        self._put(self.after, self.before)


class MatrixCommand(_ConfigCommand):
    """The risk matrix saved from `before` to `after`; each way re-levels the assessments."""

    entity = Entity.RISK_MATRIX

    def __init__(self, window: RecordWindow, before: RiskMatrix, after: RiskMatrix) -> None:
        super().__init__(window, translate("undo_config", "Edit the risk matrix"))
        self.before, self.after = before, after

    def _put(self, expected: RiskMatrix, target: RiskMatrix) -> None:
        def work(ctx: ServiceContext) -> int:
            if matrix_service.get_matrix(ctx).to_json() != expected.to_json():
                raise changed_since(Entity.RISK_MATRIX)
            return matrix_service.update_matrix(ctx, target)

        self._run(work)

    def forward(self) -> None:
        self._put(self.before, self.after)

    def back(self) -> None:
        self._put(self.after, self.before)


def _same(a: MeasureLinkRead, b: MeasureLinkRead) -> bool:
    return (a.from_id, a.to_id, a.kind, a.note) == (b.from_id, b.to_id, b.kind, b.note)


class LinkCommand(_ConfigCommand):
    """A link between two measures added (undo removes it) or removed (undo adds it again;
    a link made again gets a new id, which the command follows)."""

    entity = Entity.MEASURE_LINK

    def __init__(self, window: RecordWindow, link: MeasureLinkRead, added: bool) -> None:
        text = translate("undo_config", "Link {sentence}") if added else \
            translate("undo_config", "Remove link {sentence}")
        super().__init__(window, text.format(sentence=link.sentence))
        self.link, self.added = link, added

    def _unlink(self) -> None:
        link = self.link

        def work(ctx: ServiceContext) -> None:
            current = lineage.find_link(ctx, link.id)
            if current is None or not _same(current, link):
                raise changed_since(Entity.MEASURE_LINK)
            lineage.unlink_measures(ctx, link.id)

        self._run(work)

    def _relink(self) -> None:
        link = self.link

        def work(ctx: ServiceContext) -> None:
            # A colleague's identical link is refused by the service ("already exists").
            self.link = lineage.link_measures(ctx, link.from_id, link.to_id, link.kind, link.note)

        self._run(work)

    def forward(self) -> None:
        self._relink() if self.added else self._unlink()

    def back(self) -> None:
        self._unlink() if self.added else self._relink()
