"""The English templates of a measure's status cause on a date (see domain/phrase.py)."""

from __future__ import annotations

from desktop_app.domain.phrase import template, term

RECORDED = term("recorded status")
ANNOUNCED_CONSULTATION = term("announced for consultation")
CONSULTATION_ENDED = term("consultation ended")
ANNOUNCED_TAKES_EFFECT = template("announced; takes effect {day}")
ANNOUNCED = term("announced")
ANNOUNCED_NO_DATE = term("announced; effective date not recorded")
EFFECTIVE_DATE = term("effective date")
REMOVAL_DATE = term("removal date")
HISTORY = term("status history")
HISTORY_NOTE = template("status history: {note}")
FIRST_DATED = template("first dated on {day}")
NO_DATES = term("no dates recorded")
CLAUSE_EXPIRED = template("clause {clause} expired after {day}")
CLAUSE_TAKES_EFFECT = template("clause {clause} takes effect {day}")
CLAUSE_EFFECTIVE = template("clause {clause} effective date")
CLAUSE_RECORDED = template("clause {clause} recorded status")
SUSPENDED_UNTIL = template("suspended by {by} until {day}")
SUSPENDED_OPEN = template("suspended by {by}, open-ended")
SUSPENSION_ENDED = template("{cause}; suspension by {by} ended on {day}")
SUSPENSION_LIFTED = template("{cause}; suspension by {by} lifted on {day}")
