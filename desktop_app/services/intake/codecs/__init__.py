"""Row codecs: one per entity, shared by import, CSV export and the workbook sheets."""

from __future__ import annotations

from desktop_app.services.intake.codecs import assessments, measures, ventures
from desktop_app.services.intake.codecs.base import Codec

CODECS: dict[str, Codec] = {
    "measures": measures.CODEC,
    "ventures": ventures.CODEC,
    "assessments": assessments.CODEC,
}

__all__ = ["CODECS", "Codec"]
