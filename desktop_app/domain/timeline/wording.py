"""The English templates of a measure's status cause on a date (see domain/phrase.py)."""

from __future__ import annotations

from desktop_app.domain.phrase import template, term

CLAUSE_NAME = template("clause {clause}")  # what a state on a date is about
WHOLE_MEASURE = term("whole measure")
MIXED_STATUS = template("{status} ({others})")  # a measure whose clauses differ on the date
CLAUSE_STATUS = template("{clause} {status}")
STATUSES = template("{first}; {rest}")
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

# The timeline's event titles (domain/timeline/events.py); calendar files and the command line
# print the English text, the window and the reports word them in their language.
CONSULTATION_ENDS = template("Consultation ends: {ref}")
TAKES_EFFECT = template("Takes effect: {ref}")
REMOVED = template("Removed: {ref}")
CLAUSE_TAKES_EFFECT_ON = template("Clause {clause} takes effect: {ref}")
CLAUSE_EXPIRES_ON = template("Clause {clause} expires: {ref}")
OF_CLAUSE = template("{ref} clause {clause}")
SUSPENSION_STARTS = template("Suspension starts: {what}")
SUSPENDED_BY = template("by {by}")
SUSPENSION_EXTENDED = template("Suspension extended: {what} (last day {until})")
SUSPENSION_LIFTED_ON = template("Suspension lifted: {what} (last day {until})")
OPEN_ENDED = term("open-ended")
SUSPENSION_ENDS = template("Suspension ends: {what} (last day; in force again from {day} unless extended)")
CONFIRMED_NOT_EXTENDED = template("Suspension of {what} ended on {end}: confirmed not extended ({who})")
REVIEW = template("Review {ref} x {venture}")  # an assessment's review date (services/timeline/events.py)
CONFIRM_NOT_EXTENDED = template("Suspension of {what} ended on {end}: confirm it was not extended")
