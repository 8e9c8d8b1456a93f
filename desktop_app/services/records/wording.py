"""The sentences the record services say about one kind of record, whole and marked for translation.

A sentence per kind of record (not "No {what}" with an English noun inside), so each language
words it in full; a kind without its own sentences gets the general "record" wording.
"""

from __future__ import annotations

from desktop_app.domain.entity import Entity
from desktop_app.system.message_language import mark, msg

NOT_FOUND: dict[Entity | None, str] = {
    Entity.MEASURE: mark("No measure with id {id}."),
    Entity.VENTURE: mark("No joint venture with id {id}."),
    Entity.ASSESSMENT: mark("No assessment with id {id}."),
    Entity.MEASURE_CLAUSE: mark("No clause with id {id}."),
    Entity.SUSPENSION_WINDOW: mark("No suspension window with id {id}."),
    None: mark("No record with id {id}."),
}
ARCHIVED: dict[Entity | None, str] = {
    Entity.MEASURE: mark("This measure is archived; restore it before editing."),
    Entity.VENTURE: mark("This joint venture is archived; restore it before editing."),
    Entity.ASSESSMENT: mark("This assessment is archived; restore it before editing."),
    Entity.MEASURE_CLAUSE: mark("This clause is archived; restore it before editing."),
    Entity.SUSPENSION_WINDOW: mark("This suspension window is archived; restore it before editing."),
    None: mark("This record is archived; restore it before editing."),
}
STALE: dict[Entity | None, str] = {
    Entity.MEASURE: mark("Someone else changed this measure since you opened it (your version {yours}, "
                         "now {now}). Nothing was overwritten."),
    Entity.VENTURE: mark("Someone else changed this joint venture since you opened it (your version {yours}, "
                         "now {now}). Nothing was overwritten."),
    Entity.ASSESSMENT: mark("Someone else changed this assessment since you opened it (your version {yours}, "
                            "now {now}). Nothing was overwritten."),
    Entity.MEASURE_CLAUSE: mark("Someone else changed this clause since you opened it (your version {yours}, "
                                "now {now}). Nothing was overwritten."),
    Entity.SUSPENSION_WINDOW: mark("Someone else changed this suspension window since you opened it (your "
                                   "version {yours}, now {now}). Nothing was overwritten."),
    None: mark("Someone else changed this record since you opened it (your version {yours}, now {now}). "
               "Nothing was overwritten."),
}
MEANWHILE: dict[Entity | None, str] = {
    Entity.MEASURE: mark("Someone else changed this measure meanwhile; nothing was changed."),
    Entity.VENTURE: mark("Someone else changed this joint venture meanwhile; nothing was changed."),
    Entity.ASSESSMENT: mark("Someone else changed this assessment meanwhile; nothing was changed."),
    Entity.MEASURE_CLAUSE: mark("Someone else changed this clause meanwhile; nothing was changed."),
    Entity.SUSPENSION_WINDOW: mark("Someone else changed this suspension window meanwhile; nothing was changed."),
    None: mark("Someone else changed this record meanwhile; nothing was changed."),
}


def said(sentences: dict[Entity | None, str], entity: Entity, /, **params: object) -> str:
    """The sentence for `entity` (or the general one) in the current language."""
    return msg(sentences.get(entity, sentences[None]), **params)
