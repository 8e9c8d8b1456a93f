"""Row codecs: one per entity, shared by import, CSV export and the workbook sheets."""

from __future__ import annotations

from desktop_app.services.intake.codecs import assessments, clauses, measures, ventures, windows
from desktop_app.services.intake.codecs.base import Codec

CODECS: dict[str, Codec] = {
    "measures": measures.CODEC,
    "ventures": ventures.CODEC,
    "assessments": assessments.CODEC,
    # The time records: clauses of measures, suspension windows (after the measures they name).
    "clauses": clauses.CODEC,
    "windows": windows.CODEC,
}

__all__ = ["CODECS", "Codec"]
