"""Screening findings from ownership: a partner (or the venture) a rule captures, or may capture."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from desktop_app.domain.enums import ItemDirection
from desktop_app.domain.matching.direction import EXPOSURE, HIGH, MEDIUM, NEEDS_DATA, Route
from desktop_app.domain.matching.exposure import Hit, Match
from desktop_app.domain.matching.profiles import digest
from desktop_app.domain.ownership import wording as w
from desktop_app.domain.ownership.aggregate import Edge, Holding, Listing, Status, Verdict, explain, pct
from desktop_app.domain.ownership.content import ContentResult
from desktop_app.domain.phrase import Phrase, Term, joined
from desktop_app.domain.text import normalize_key

MISSING = "ownership shares or listing verdicts"  # what a needs-data finding asks to record
VIA = "ownership"


def _listed_names(node: int, owners: Mapping[int, Sequence[Edge]], statuses: Mapping[int, Status],
                  names: Mapping[int, str], lines: Sequence[str]) -> str:
    """The listed (or possibly listed) parties behind a holding, as the finding names them."""
    found = [names[p] for p, st in statuses.items() if st.listing in (Listing.LISTED, Listing.UNKNOWN)
             and any(line.startswith(f"{names[p]}:") for line in lines)]
    return "; ".join(dict.fromkeys(found)) or w.LISTED_PARTIES


def ownership_match(measure_id: int, reference: str, venture_id: int, node: int, name: str, held: Holding,
                    threshold: Decimal, owners: Mapping[int, Sequence[Edge]], holdings: Mapping[int, Holding],
                    statuses: Mapping[int, Status], names: Mapping[int, str], note: str = "", *,
                    whole_venture: bool = False) -> Match | None:
    """An exposure for a captured partner, needs-data for an unknown one, None otherwise. The
    arithmetic is the reason; the fingerprint changes with it (a dismissal then lapses)."""
    if held.verdict is Verdict.NOT_CAPTURED:
        return None
    lines = explain(node, holdings, owners)
    captured = held.verdict is Verdict.CAPTURED
    kind = EXPOSURE if captured else NEEDS_DATA
    listed = _listed_names(node, owners, statuses, names, lines)
    share = pct(held.share) if captured or not held.unknown else Phrase(w.OR_MORE, share=pct(held.share))
    detail = Phrase(w.HELD_DETAIL, name=name, share=share, threshold=pct(threshold), verdict=Term(held.verdict.value))
    text = Phrase(w.ARITHMETIC_NOTE if note else w.ARITHMETIC, lines=joined(lines, w.LINES), note=note)
    confidence = HIGH if captured else MEDIUM
    route = Route(kind, lambda text=text: text, confidence, MISSING if kind == NEEDS_DATA else "")
    key = "venture:ownership" if whole_venture else f"partner:{normalize_key(name)}"
    return Match(measure_id, venture_id, key, name, None, kind, confidence, (Hit(VIA, listed, detail, confidence),),
                 route, fingerprint=digest([reference, name, lines]))


CONTENT_MISSING = "input value shares and origins"


def content_match(measure_id: int, reference: str, venture_id: int, result: ContentResult, listed: str,
                  note: str = "") -> Match | None:
    """An exposure for a product at or above a de minimis share, needs-data for an unknown one."""
    if result.verdict is Verdict.NOT_CAPTURED:
        return None
    captured = result.verdict is Verdict.CAPTURED
    kind, confidence = (EXPOSURE, HIGH) if captured else (NEEDS_DATA, MEDIUM)
    text = Phrase(w.CALCULATION_NOTE if note else w.CALCULATION, lines=joined(result.lines, w.LINES), note=note)
    route = Route(kind, lambda text=text: text, confidence, "" if captured else CONTENT_MISSING)
    last = result.lines[-1]
    detail = last.facts["said"] if isinstance(last, Phrase) else last.partition(": ")[2]
    return Match(measure_id, venture_id, f"product:{normalize_key(result.product)}", result.product,
                 ItemDirection.OUTPUT, kind, confidence, (Hit("content", listed, detail, confidence),), route,
                 fingerprint=digest([reference, result.product, list(result.lines)]))
