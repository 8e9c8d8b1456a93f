"""A party's listing status on a date: its names against listed parties, with people's verdicts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from desktop_app.domain.ownership.aggregate import NOT_LISTED, Listing, Status
from desktop_app.domain.ownership.names import NameMatch, match_names

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
    on = f"on the {e.list_name}" if e.list_name else "listed"
    return f"{on} ({e.source})"


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
            status = Status(Listing.NOT_YET, f"{_where(e)} from {e.listed_from.isoformat()}, after "
                                             f"{day.isoformat()}")
        elif verdict == "confirmed" or (found is not None and found.kind is NameMatch.EXACT
                                        and not (country and e.country and country != e.country)):
            since = f" from {e.listed_from.isoformat()}" if e.listed_from else ""
            status = Status(Listing.LISTED, f"{_where(e)}{since} as {e.names[0]}" +
                            (", confirmed" if verdict == "confirmed" else ""))
        else:
            assert found is not None
            other = "; another country" if found.kind is NameMatch.EXACT else ""
            status = Status(Listing.UNKNOWN, f"possible match with {found.listed} {_where(e)}, score "
                                             f"{found.score:g}{other}: confirm or reject listed party {e.id}")
            possible.append(Possible(names[0], e, found.ours, found.score))
        if _RANK[status.listing] < _RANK[best.listing]:
            best = status
    return best, possible
