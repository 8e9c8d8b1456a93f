"""A party's listing status on a date: its names against listed parties, with people's verdicts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from desktop_app.domain.ownership import wording as w
from desktop_app.domain.ownership.aggregate import NOT_LISTED, Listing, Status
from desktop_app.domain.ownership.names import NameMatch, match_names
from desktop_app.domain.phrase import Phrase

# Which status wins when several listed parties meet one party's names.
_RANK = {Listing.LISTED: 0, Listing.UNKNOWN: 1, Listing.NOT_YET: 2, Listing.NOT_LISTED: 3}


@dataclass(frozen=True, slots=True)
class Entry:
    """A listed party as matching needs it."""

    id: int
    names: tuple[str, ...]  # the listed name first, then its aliases
    country: str
    list_name: str
    source: str  # the measure's reference
    listed_from: date | None
    listed_until: date | None  # the last day listed


@dataclass(frozen=True, slots=True)
class Possible:
    """A near name nobody has confirmed or rejected yet: the listing stays unknown until then."""

    party: str
    entry: Entry
    ours: str
    score: float


def _where(e: Entry) -> str:
    return Phrase(w.ON_LIST, list=e.list_name, source=e.source) if e.list_name else \
        Phrase(w.LISTED_SOURCE, source=e.source)


def listing_on(names: Sequence[str], country: str, entries: Iterable[Entry], decisions: Mapping[int, str],
               day: date) -> tuple[Status, list[Possible]]:
    """The party's status on `day`: listed (the same normalised name, or a match someone
    confirmed) inside the listing's dates; not yet (listed from a later date); unknown (a
    possible match, or the same name in another country, nobody has judged); else not listed."""
    best, possible = NOT_LISTED, []
    for e in entries:
        verdict = decisions.get(e.id)
        if verdict == "rejected":
            continue
        found = match_names(names, e.names)
        if found is None and verdict != "confirmed":
            continue
        if e.listed_until is not None and e.listed_until < day:
            continue  # delisted before the date
        if e.listed_from is not None and e.listed_from > day:
            status = Status(Listing.NOT_YET, Phrase(w.NOT_YET, where=_where(e), start=e.listed_from,
                                                    day=day))
        elif verdict == "confirmed" or (found is not None and found.kind is NameMatch.EXACT
                                        and not (country and e.country and country != e.country)):
            since = Phrase(w.SINCE, start=e.listed_from) if e.listed_from else ""
            status = Status(Listing.LISTED, Phrase(w.LISTED_AS_CONFIRMED if verdict == "confirmed" else w.LISTED_AS,
                                                   where=_where(e), since=since, name=e.names[0]))
        else:
            assert found is not None
            said = w.POSSIBLE_OTHER if found.kind is NameMatch.EXACT else w.POSSIBLE
            status = Status(Listing.UNKNOWN, Phrase(said, listed=found.listed, where=_where(e),
                                                    score=f"{found.score:g}", entry=e.id))
            possible.append(Possible(names[0], e, found.ours, found.score))
        if _RANK[status.listing] < _RANK[best.listing]:
            best = status
    return best, possible
