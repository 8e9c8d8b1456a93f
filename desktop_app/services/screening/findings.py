"""What screening reports: exposures (a measure reaching a venture's item) and the data they wait on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop_app.domain.enums import ItemDirection, MeasureStatus, MeasureType
from desktop_app.domain.matching.direction import NEEDS_DATA
from desktop_app.domain.matching.exposure import Hit, Match
from desktop_app.domain.phrase import Capital, Phrase, Term, joined, template, term

EXPOSURE_KIND, NEEDS_DATA_KIND = "exposure", NEEDS_DATA


@dataclass(frozen=True)
class Dismissal:
    id: int
    reason: str
    actor: str
    dismissed_at: datetime
    current: bool  # False once the measure or the item changed since the dismissal


# Why an exposure is one (Exposure.why): the first link, up to two more, then the route.
WHY = template("{role} '{item}': {measure} lists \u201c{listed}\u201d; {detail}.{more} {flow}")
WHY_UNRECORDED = template("{role} '{item}' (an item the activity text names, not yet recorded): {measure} lists "
                          "\u201c{listed}\u201d; {detail}.{more} {flow}")
ALSO = template(" Also: {detail} (\u201c{listed}\u201d).")
PARTNER = term("partner")  # the role of a party listing's match, which names no item
# What to record for a needs-data finding (NeedsData.text), one template per count's form.
RECORD_ONE = template("Record the {missing} of {item} at {venture}: {count} measure depends on it")
RECORD_MANY = template("Record the {missing} of {item} at {venture}: {count} measures depend on it")


def sentence(text: str) -> str:
    """Text starting with a capital (a route may start with "the United States' ..."), keeping
    what it was made from so another language can word it."""
    return Capital(text)


def role_label(direction: ItemDirection | None) -> str:
    return Term(direction.label) if direction is not None else PARTNER


@dataclass(frozen=True)
class Exposure:
    """One screening finding about one measure and one item of one venture: the domain's match,
    with the records' names and the register's state (assessed, dismissed)."""

    match: Match
    measure_reference: str
    measure_title: str
    measure_status: MeasureStatus
    measure_type: MeasureType
    venture_name: str
    assessed: bool
    dismissal: Dismissal | None

    # The match's facts, read through (an Exposure holds its Match instead of copying them).
    @property
    def measure_id(self) -> int:
        return self.match.measure_id

    @property
    def venture_id(self) -> int:
        return self.match.venture_id

    @property
    def item_key(self) -> str:
        return self.match.item_key

    @property
    def item_name(self) -> str:
        return self.match.item_name

    @property
    def direction(self) -> ItemDirection | None:
        return self.match.direction

    @property
    def direction_label(self) -> str:
        return role_label(self.match.direction)

    @property
    def kind(self) -> str:
        return self.match.kind

    @property
    def confidence(self) -> str:
        return self.match.confidence

    @property
    def hits(self) -> tuple[Hit, ...]:
        return self.match.hits

    @property
    def fingerprint(self) -> str:
        return self.match.fingerprint

    @property
    def flow(self) -> str:
        """Which way the measure reaches the item, in words."""
        return sentence(self.match.route.text)

    @property
    def countries_unknown(self) -> bool:
        return self.match.kind == NEEDS_DATA

    @property
    def import_flow(self) -> bool:
        return self.measure_type is MeasureType.IMPORT_TARIFF

    @property
    def dismissed(self) -> bool:
        return self.dismissal is not None and self.dismissal.current

    @property
    def reasons(self) -> tuple[str, ...]:
        """One line per link between the measure's list and the item (for reports)."""
        return tuple(f"{h.via}: {h.detail} (the measure lists: {h.measure_item})" for h in self.hits)

    @property
    def why(self) -> str:
        """What links them and which way, in sentences a board reader follows."""
        first = self.hits[0]
        more = joined(Phrase(ALSO, detail=h.detail, listed=h.measure_item) for h in self.hits[1:3])
        return Phrase(WHY if self.match.recorded_item else WHY_UNRECORDED, role=Term(self.direction_label.capitalize()),
                      item=self.item_name, measure=self.measure_reference, listed=first.measure_item,
                      detail=first.detail, more=more, flow=self.flow)


@dataclass(frozen=True)
class NeedsData:
    """One fact to record (the suppliers of an input, the destinations of an output) and the
    measures whose reach depends on it, most-depended-on first in listings."""

    venture_id: int
    venture_name: str
    item_key: str
    item_name: str
    direction: ItemDirection | None
    missing: str  # "supplier countries", "destinations", "destinations of its products"
    recorded_item: bool
    measures: tuple[tuple[int, str, str], ...]  # (measure id, reference, the reason in words)

    @property
    def count(self) -> int:
        return len(self.measures)

    @property
    def text(self) -> str:
        return Phrase(RECORD_ONE if self.count == 1 else RECORD_MANY, missing=self.missing, item=self.item_name,
                      venture=self.venture_name, count=self.count)
