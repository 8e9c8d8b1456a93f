"""The Exposures view's rows: one finding of screening as table cells, and one screening as shown."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.domain.entity import Entity
from desktop_app.domain.rewording import worded
from desktop_app.services.screening.exposures import Exposure, NeedsData
from desktop_app.services.screening.flows import ProposedFlow
from desktop_app.ui.labels import label_text
from desktop_app.ui.language import translate
from desktop_app.ui.models.list_model import ListRow, SortOrder

HEADERS = (
    translate("exposures_view", "Measure"),
    translate("exposures_view", "Status"),
    translate("exposures_view", "Joint venture"),
    translate("exposures_view", "Item"),
    translate("exposures_view", "Direction"),
    translate("exposures_view", "Confidence"),
    translate("exposures_view", "Matched on"),
    translate("exposures_view", "How it reaches"),
)
# What each way of matching and each confidence means, on the cells that show them.
_C = "ExposuresView"  # the translation context of the texts below (lupdate reads the literal)
VIA_TIPS = {
    "code": QT_TRANSLATE_NOOP(
        "ExposuresView", "Code: the measure's list and the item share a code, or one covers the other (HS and CN "
        "digits, control numbers and their sub-entries, the crosswalk)."),
    "vocabulary": QT_TRANSLATE_NOOP(
        "ExposuresView", "Item vocabulary: the item's name is a term (or another name of one) that the list's "
        "entry covers, itself or through a broader term, at the stages the list names."),
    "words": QT_TRANSLATE_NOOP(
        "ExposuresView", "Same words only: no vocabulary term describes the item. If the match is right, a synonym "
        "(Edit > Screening synonyms) makes screening read the name as a known term."),
}
CONFIDENCE_TIPS = {
    "high": QT_TRANSLATE_NOOP("ExposuresView", "high: recorded codes or countries and a known stage."),
    "medium": QT_TRANSLATE_NOOP(
        "ExposuresView", "medium: a country read from the activity text and not confirmed, or an item whose stage "
        "is not known."),
    "low": QT_TRANSLATE_NOOP("ExposuresView", "low: the same words only (no vocabulary term describes it)."),
}
# The confidence cell itself, in the interface language (screening stores the English word).
CONFIDENCES = {
    "high": QT_TRANSLATE_NOOP("ExposuresView", "high"),
    "medium": QT_TRANSLATE_NOOP("ExposuresView", "medium"),
    "low": QT_TRANSLATE_NOOP("ExposuresView", "low"),
}
TIPS = (
    "",
    "",
    "",
    translate("exposures_view", "The venture's item, or one its activity text names (marked so)."),
    translate("exposures_view", "Input, output, technology in or out; 'partner' when a party listing names a partner."),
    " ".join(translate(_C, tip) for tip in CONFIDENCE_TIPS.values()),
    translate(
        "exposures_view",
        "What links the measure's list to the item: a code (HS and CN digits, control numbers and their "
        "sub-entries, the crosswalk), the item vocabulary (a term covers its narrower terms, at the stages the list "
        "names) or, for names no term describes, the same words.",
    ),
    translate(
        "exposures_view",
        "Which border the measure acts on (exports, imports, technology, goods made abroad) and the countries that "
        "tie the item to it.",
    ),
)
# Where screening read a flow (the key it stores), as the needs-data list's "Read from" column says it.
FLOW_SOURCES = {
    "activity": QT_TRANSLATE_NOOP("ExposuresView", "activity text"),
    "notes": QT_TRANSLATE_NOOP("ExposuresView", "notes"),
    "partner": QT_TRANSLATE_NOOP("ExposuresView", "foreign partner"),
    "own mine": QT_TRANSLATE_NOOP("ExposuresView", "own mine"),
}
DISMISSED_GREY = "#7A7A7A"
MAX_VENTURES = 1_000_000  # every live venture


class Screened(NamedTuple):
    """One screening as the view shows it, worked out on the background reader."""

    names: list[str]  # the venture drop-down
    found: list[Exposure]  # in the rows' order
    total: int  # unassessed in the register (the badge)
    needs: list[NeedsData]
    flows: list[ProposedFlow]
    summary: str
    rows: list[ListRow]
    pairs: int  # measure x venture pairs among the rows
    sort: SortOrder  # the order the rows are in


def _tr(text: str) -> str:
    return QCoreApplication.translate(_C, text)


def hit_tips(e: Exposure) -> str:
    """The Matched-on cell's tooltip: each hit with what its way of matching means."""
    lines = []
    for h in e.hits:
        entry = QCoreApplication.translate("ExposuresView", "list entry")
        tip = _tr(VIA_TIPS.get(h.via, h.via))
        lines.append(f"{worded(h.detail)}\n    {entry}: {worded(h.measure_item)}\n    {tip}")
    return "\n".join(lines)


def row_of(e: Exposure) -> ListRow:
    """One exposure as table cells (plain text, shown verbatim), with tooltips on screening's terms."""
    matched = "; ".join(f"{worded(h.detail)} ({worded(h.measure_item)})" for h in e.hits)
    role, flow = worded(e.direction_label), worded(e.flow)
    confidence = _tr(CONFIDENCES[e.confidence]) if e.confidence in CONFIDENCES else e.confidence
    state = (
        translate("exposures_view", " [assessed]")
        if e.assessed
        else translate("exposures_view", " [dismissed]")
        if e.dismissed
        else ""
    )
    unrecorded = "" if e.match.recorded_item else translate("exposures_view", " (from the activity text)")
    return ListRow(
        (
            e.measure_reference,
            label_text(e.measure_status.label),
            e.venture_name,
            e.item_name + unrecorded + state,
            role,
            confidence,
            matched,
            flow,
        ),
        record=(Entity.MEASURE, e.measure_id),
        sort_values=(
            e.measure_reference,
            label_text(e.measure_status.label),
            e.venture_name,
            e.item_name,
            role,
            {"high": 0, "medium": 1, "low": 2}.get(e.confidence, 3),
            matched,
            flow,
        ),
        foreground=DISMISSED_GREY if (e.assessed or e.dismissed) else None,
        payload=e,
        tips={5: _tr(CONFIDENCE_TIPS.get(e.confidence, "")), 6: hit_tips(e)},
    )


def flow_source(source: str) -> str:
    """Where a flow was read, in the interface language (a source screening adds later shows its key)."""
    return _tr(FLOW_SOURCES[source]) if source in FLOW_SOURCES else source


def flow_row(f: ProposedFlow) -> ListRow:
    """One flow read from a venture's texts, as the needs-data panel's cells (its texts keep the
    panel's translation context, where they were written first)."""
    return ListRow(
        (
            f.item_name + ("" if not f.new_item else translate("needs_data_panel", " (not recorded)")),
            label_text(f.direction.label),
            f.country or translate("needs_data_panel", "(none named)"),
            flow_source(f.source),
            f.quote,
        ),
        payload=f,
    )
