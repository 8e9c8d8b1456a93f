"""The audited services of each register record, by Entity: what export, import and the window call."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from desktop_app.domain.entity import Entity
from desktop_app.domain.fields import RecordMeta
from desktop_app.services.context import ServiceContext
from desktop_app.services.records import assessments, measures, ventures
from desktop_app.services.records.common import EntityKind
from desktop_app.services.timeline import clauses, windows

Read = TypeVar("Read", bound=RecordMeta)


@dataclass(frozen=True)
class RecordServices(Generic[Read]):
    """Create, update, read, archive and restore one kind of record, and how to name a record."""

    kind: EntityKind[Any, Read]
    create: Callable[[ServiceContext, Mapping[str, Any]], Read]
    update: Callable[[ServiceContext, int, Mapping[str, Any]], Read]
    describe: Callable[[Read], str]  # in window titles and undo texts: "MOFCOM No. 46 x Aurora"

    @property
    def entity(self) -> Entity:
        return self.kind.entity

    def get(self, ctx: ServiceContext, record_id: int) -> Read:
        return self.kind.get(ctx, record_id)

    def archive(self, ctx: ServiceContext, record_id: int, version: int | None = None) -> Read:
        return self.kind.set_archived(ctx, record_id, version, archive=True)

    def restore(self, ctx: ServiceContext, record_id: int, version: int | None = None) -> Read:
        return self.kind.set_archived(ctx, record_id, version, archive=False)

    def set_archived_many(self, ctx: ServiceContext, record_ids: list[int], archive: bool) -> list[int]:
        """Archive (or restore) many records in one transaction; the ids actually changed."""
        return self.kind.set_archived_many(ctx, record_ids, archive)


SERVICES: dict[Entity, RecordServices[Any]] = {
    Entity.MEASURE: RecordServices(measures.KIND, measures.create_measure, measures.update_measure,
                                   lambda r: r.reference),
    Entity.VENTURE: RecordServices(ventures.KIND, ventures.create_venture, ventures.update_venture,
                                   lambda r: r.name),
    Entity.ASSESSMENT: RecordServices(assessments.KIND, assessments.create_assessment,
                                      assessments.update_assessment,
                                      lambda r: f"{r.measure_reference} x {r.venture_name}"),
}
# The generic helpers of every importable record: the window's records and the parts of a measure
# that files carry (its clauses and suspension windows), keyed like the codecs.
KINDS: dict[Entity, EntityKind[Any, Any]] = {
    **{entity: services.kind for entity, services in SERVICES.items()},
    Entity.MEASURE_CLAUSE: clauses.KIND, Entity.SUSPENSION_WINDOW: windows.KIND,
}
