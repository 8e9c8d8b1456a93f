"""Row codecs: one per record entity, shared by import, CSV export and the workbook sheets."""

from __future__ import annotations

from typing import Any

from desktop_app.domain.entity import Entity
from desktop_app.services.intake.codecs import assessments, clauses, measures, ventures, windows
from desktop_app.services.intake.codecs.base import Codec

# Every importable record, in IMPORTABLE's order (the time records after the measures they name).
CODECS: dict[Entity, Codec[Any]] = {codec.entity: codec for codec in (
    measures.CODEC, ventures.CODEC, clauses.CODEC, windows.CODEC, assessments.CODEC)}

__all__ = ["CODECS", "Codec"]
