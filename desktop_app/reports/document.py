"""The risk briefing as plain data: what the renderers draw, free of database and app types."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from desktop_app.reports.ownership_document import OwnershipSection

# Every string below is user data unless said otherwise: renderers must print it literally.


@dataclass(frozen=True, slots=True)
class Level:
    """One level of the risk matrix (key, label, #RRGGBB colour, rank: higher is worse)."""

    key: str
    label: str
    colour: str
    rank: int


@dataclass(frozen=True, slots=True)
class Figure:
    """A labelled count, e.g. ("in force", 3)."""

    label: str
    value: int


@dataclass(frozen=True)
class Cover:
    title: str
    as_of: date
    prepared_by: str
    generated_at: datetime
    head_hash: str
    confidentiality: str
    scope: tuple[str, ...] = ()  # venture names the briefing is limited to; empty: all
    since: date | None = None


@dataclass(frozen=True)
class Summary:
    """Headline figures; the renderer turns them into sentences and a table."""

    measures_total: int
    measures_by_status: tuple[Figure, ...]
    in_force: int
    proposed: int
    consultation: int
    ventures_total: int
    ventures_exposed: int
    ventures_by_worst_level: tuple[Figure, ...]  # ordered worst first
    assessments_total: int
    assessments_by_level: tuple[Figure, ...]  # residual, ordered worst first
    overdue_reviews: int = 0
    unassessed_exposures: int | None = None  # screening matches nobody assessed; None: not screened


@dataclass(frozen=True)
class HeatMap:
    """grid[likelihood-1][impact-1] is a level key; counts has the same shape."""

    title: str
    grid: tuple[tuple[str, ...], ...]
    counts: tuple[tuple[int, ...], ...]
    # Net change of each cell since the last briefing (same shape; None: no movement shown).
    shift: tuple[tuple[int, ...], ...] | None = None


@dataclass(frozen=True, slots=True)
class VentureBar:
    """Residual assessments of one venture per level, aligned with Briefing.levels."""

    name: str
    counts: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class RiskRow:
    measure_reference: str
    measure_title: str
    venture: str
    channels: str
    inherent: str  # level key
    residual: str  # level key
    treatment: str
    owner: str
    next_review: date
    overdue: bool = False
    measure_status: str = ""  # the measure's (clause's) status on the as-of date, as a label
    next_action: str = ""  # the first open mitigation action
    action_owner: str = ""
    action_due: date | None = None
    movement: str = ""  # "new", "up", "down" or "" since the last briefing


@dataclass(frozen=True, slots=True)
class DeadlineRow:
    on: date
    kind: str  # fixed wording: "Consultation ends", "Takes effect", "Review due", "Review overdue"
    subject: str
    venture: str = ""


@dataclass(frozen=True, slots=True)
class KeyMessage:
    """One sentence of page 1, ranked by the register (`kind` names the rule that made it)."""

    text: str
    kind: str


@dataclass(frozen=True, slots=True)
class Decision:
    """A decision the board or an owner must take: what, who, by when (None: no date)."""

    text: str
    owner: str
    due_on: date | None = None


@dataclass(frozen=True)
class ChangeGroup:
    """Changes since the last briefing in words ("Residual risk of X at Y rose from Medium to
    High"), one group per kind; `lines` holds at most the first few of `total`."""

    title: str
    total: int
    lines: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Partner:
    name: str
    country: str
    share: str  # already formatted, e.g. "49.00 %"


@dataclass(frozen=True, slots=True)
class KeyItem:
    name: str
    direction: str
    codes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Action:
    text: str
    owner: str
    due_on: date | None
    status: str


@dataclass(frozen=True)
class AssessmentLine:
    measure_reference: str
    measure_title: str
    measure_status: str  # status on the as-of date, as a label
    channels: str
    inherent: str  # level key
    residual: str  # level key
    treatment: str
    status: str
    owner: str
    next_review: date
    actions: tuple[Action, ...] = ()


@dataclass(frozen=True)
class VentureSection:
    name: str
    country: str
    location: str = ""
    activity: str = ""
    sector: str = ""
    stage: str = ""
    owner: str = ""
    value_at_stake: str = ""
    partners: tuple[Partner, ...] = ()
    items: tuple[KeyItem, ...] = ()
    assessments: tuple[AssessmentLine, ...] = ()


@dataclass(frozen=True, slots=True)
class StatusStep:
    valid_from: date
    status: str
    note: str = ""


@dataclass(frozen=True)
class MeasureEntry:
    reference: str
    title: str
    jurisdiction: str
    measure_type: str
    status: str  # on the as-of date, as a label
    authority: str = ""
    original_title: str = ""
    history: tuple[StatusStep, ...] = ()
    announced_on: date | None = None
    consultation_ends_on: date | None = None
    effective_on: date | None = None
    removed_on: date | None = None
    items: tuple[KeyItem, ...] = ()
    targets: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()
    summary: str = ""
    source_url: str = ""  # the renderer links it only when it is a plain http(s) address
    lineage: tuple[str, ...] = ()  # links read from this measure's side, e.g. "finalised by X"


@dataclass(frozen=True, slots=True)
class ChangeRow:
    at: datetime
    actor: str
    action: str
    entity: str
    label: str
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class Changes:
    """Audit-trail entries from `since` to the as-of date; `rows` holds at most the newest few."""

    since: date
    total: int
    by_entity: tuple[Figure, ...]  # e.g. ("measure created", 3)
    rows: tuple[ChangeRow, ...]


@dataclass(frozen=True, slots=True)
class ExposureRow:
    """One screening match nobody assessed or dismissed: a measure reaching a venture's item."""

    measure_reference: str
    venture: str
    item: str
    direction: str  # a label, e.g. "input"
    matched_on: tuple[str, ...]  # one reason per hit, e.g. "code: HS:2504 covers HS:2504.10 (...)"
    reaches: str  # how the measure reaches the item (flow and countries)


@dataclass(frozen=True, slots=True)
class PairRow:
    """Unassessed matches of one measure at one venture: how many items, and the first few names."""

    measure_reference: str
    venture: str
    matches: int
    items: str


@dataclass(frozen=True, slots=True)
class ReviewGroup:
    """Open reviews of one owner in the calendar: overdue ones (and the oldest's days) and due ones."""

    owner: str
    overdue: int
    oldest_days: int
    due: int
    next_due: date | None = None


@dataclass(frozen=True)
class Exposures:
    """Unassessed exposures found by screening; `rows` holds at most the first few of `total`."""

    total: int
    pairs: int  # distinct measure x venture pairs among all `total` matches
    rows: tuple[ExposureRow, ...]
    by_pair: tuple[PairRow, ...] = ()  # the board pack's summary: the pairs with the most matches


@dataclass(frozen=True)
class TableSection:
    """A generic extra section (a title, an introduction and one table), e.g. screening results."""

    title: str
    intro: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass
class Briefing:
    """The whole briefing. `ventures` and `measures` may be lazy iterables (streamed while
    rendering, for large registers); their counts are given for progress and the summary."""

    cover: Cover
    summary: Summary
    levels: tuple[Level, ...]  # ordered worst first
    heat_maps: tuple[HeatMap, ...]
    venture_bars: tuple[VentureBar, ...]
    venture_bars_total: int
    top_risks: tuple[RiskRow, ...]
    deadlines: tuple[DeadlineRow, ...]
    deadlines_total: int
    ventures: Iterable[VentureSection]
    venture_count: int
    measures: Iterable[MeasureEntry]
    measure_count: int
    changes: Changes | None = None
    exposures: Exposures | None = None  # None: screening not run (the section is left out)
    extra_sections: tuple[TableSection, ...] = field(default_factory=tuple)
    deadline_horizon_days: int = 90
    key_messages: tuple[KeyMessage, ...] = ()
    decisions: tuple[Decision, ...] = ()
    decisions_total: int = 0
    change_groups: tuple[ChangeGroup, ...] = ()
    review_groups: tuple[ReviewGroup, ...] = ()
    review_groups_total: int = 0
    full: bool = True  # False: the bounded board pack (no per-venture and per-measure appendix)
    dossier: bool = False  # a board pack limited to named ventures: their sections, measures and trail
    ownership: OwnershipSection | None = None  # None: no ownership rule has listed parties to draw on
