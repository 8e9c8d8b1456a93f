"""The board pack's "decisions required": treatments awaiting approval, acceptances expiring and
exposures awaiting triage, each with its owner (the PDF's page 1 and the workbook's Summary)."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import Session, col, select

from desktop_app.domain.enums import AssessmentStatus, Treatment
from desktop_app.domain.models import Assessment, JointVenture, Measure
from desktop_app.reports import document as d
from desktop_app.services.reports.key_messages import ScreeningDigest
from desktop_app.services.reports.scope import ReportScope
from desktop_app.services.reports.tallies import HORIZON_DAYS, tallies
from desktop_app.system.report_language import _, label, n_

MAX_DECISIONS = 8


def _label(vocab: type, value: str) -> str:
    try:
        return label(vocab(value).label)
    except ValueError:
        return value


def decisions(s: Session, scope: ReportScope, screening: ScreeningDigest,
              limit: int = MAX_DECISIONS) -> tuple[tuple[d.Decision, ...], int]:
    """At most `limit` decisions, soonest first within each kind, and how many there are in all."""
    awaiting = [Assessment.status == AssessmentStatus.IN_REVIEW.value]
    horizon = scope.as_of + timedelta(days=HORIZON_DAYS)
    expiring = [Assessment.treatment == Treatment.ACCEPT.value, Assessment.status != AssessmentStatus.CLOSED.value,
                col(Assessment.next_review_on) <= horizon]
    cols = (Measure.reference, JointVenture.name, Assessment.treatment, Assessment.owner, Assessment.next_review_on)
    counts = tallies(s, scope)
    count = counts.awaiting_approval + counts.expiring_acceptances
    found: list[d.Decision] = []
    kinds: dict[int, str] = {}  # id(decision) -> its kind, for the shares below (the text is translated)
    for where, verb in ((awaiting, "Approve"), (expiring, "Renew")):
        rows = s.exec(scope.joined(select(*cols).select_from(Assessment)).where(*where)
                      .order_by(col(Assessment.next_review_on), col(Assessment.id)).limit(limit))
        for ref, venture, treatment, owner, due in rows:
            text = (_("Approve the treatment ({treatment}) of {measure} at {venture}",
                      treatment=_label(Treatment, treatment), measure=ref, venture=venture) if verb == "Approve"
                    else _("Renew or end the acceptance of {measure} at {venture}", measure=ref, venture=venture))
            found.append(d.Decision(text, owner or _("(no owner)"), due))
            kinds[id(found[-1])] = verb
    triage = sorted(screening.by_venture.items(), key=lambda kv: (-kv[1], kv[0].casefold()))
    count += len(triage)
    for venture, n in triage[:limit]:
        found.append(d.Decision(n_("Triage {n:,} unassessed exposure of {venture}",
                                   "Triage {n:,} unassessed exposures of {venture}", n, n=n, venture=venture),
                                screening.owners.get(venture) or _("(no owner)")))
        kinds[id(found[-1])] = "Triage"
    # Each kind keeps a share of the page: the first of every kind, then the rest in order.
    firsts = [next(x for x in found if kinds[id(x)] == v) for v in ("Approve", "Renew", "Triage")
              if any(kinds[id(x)] == v for x in found)]
    rest = [x for x in found if x not in firsts]
    return tuple((firsts + rest)[:limit]), count
