"""The English templates of the ownership arithmetic, listing reasons and chains (see domain/phrase.py)."""

from __future__ import annotations

from desktop_app.domain.phrase import template, term

LINE = template("{name}: {said}")  # every line of the arithmetic starts with the party it is about
LINES = template("{first}; {rest}")  # lines written on one line

# A party's own listing, then how each holder adds to it, then the verdict.
OWN = template("{listing}")
OWN_WHY = template("{listing} ({why})")
LISTED_ITSELF = template("listed itself: captured (counts in full)")
AT_OR_ABOVE = template("{share} >= {threshold}: captured (counts in full)")
BELOW = template("{share} < {threshold}: not captured")
FLOOR = template("at least {share}")
UNKNOWN_BELOW = template("{floor}, below {threshold} as far as known; {missing} is not known: unknown")
ITS_LISTING = term("its own listing")
SHARE_OR_LISTING = term("a share or a listing")
UNKNOWN = term("unknown")
OWNER_CAPTURED = template("{owner} captured, counted in full")
OWNER_HELD = template("{owner} held {share} by listed parties")
OWNER_HELD_MORE = template("{owner} held {share} by listed parties, or more")
NOT_KNOWN_ZERO = template("{owner} (share not known) x 0% ({why}) = 0%")
NOT_RECORDED = template("{owner} holds a share not recorded x {factor} ({why}) = unknown")
TIMES = template("{owner} {share} x {factor} ({why}) = {result}")
SUM = template("sum {total}")
SUM_UNKNOWN = template("sum {total} (and an unknown part)")
OR_MORE = template("{share} or more")

# Why a party is (or may be) listed on the date.
ON_LIST = template("on the {list} ({source})")
LISTED_SOURCE = template("listed ({source})")
NOT_YET = template("{where} from {start}, after {day}")
LISTED_AS = template("{where}{since} as {name}")
LISTED_AS_CONFIRMED = template("{where}{since} as {name}, confirmed")
SINCE = template(" from {start}")
POSSIBLE = template("possible match with {listed} {where}, score {score}: confirm or reject listed party {entry}")
POSSIBLE_OTHER = template("possible match with {listed} {where}, score {score}; another country: confirm or "
                          "reject listed party {entry}")

# A finding's reason (screening) built from the arithmetic.
HELD_DETAIL = template("{name} is held {share} by listed parties, threshold {threshold}: {verdict}")
ARITHMETIC = template("Arithmetic: {lines}")
ARITHMETIC_NOTE = template("Arithmetic: {lines} ({note})")
LISTED_PARTIES = term("listed parties")

# A product's content under a de minimis rule (domain/ownership/content.py), after "{name}: ".
NO_ORIGIN = template("{input}, origin not recorded: may count")
NO_SHARE = template("{input} ({origin}), share of value not recorded: unknown")
OF_VALUE = template("{input} ({origin}) {share} of the value")
MADE_WITH = template("made with {origin} technology: captured by the technology clause")
CONTENT_AT_OR_ABOVE = template("{origin} content {total} >= {share}: captured")
CONTENT_UNKNOWN = template("{origin} content at least {total}, below {share} as far as known: unknown")
CONTENT_BELOW = template("{origin} content {total} < {share}: not captured")
CALCULATION = template("Calculation: {lines}")
CALCULATION_NOTE = template("Calculation: {lines} ({note})")

# A chain of owners, top party first: "A [listed] -50%-> B -50%-> C".
CHAIN_TOP = template("{name} [{mark}]")
CHAIN_NEXT = template("{first} {rest}")
MORE_TIERS = template("-> ... {n} more tiers ...")
