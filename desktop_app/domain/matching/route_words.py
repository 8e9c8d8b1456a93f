"""The English templates of screening's route sentences ("how the measure reaches it") and reasons."""

from __future__ import annotations

from desktop_app.domain.phrase import Phrase, template, term

# A measure named by its issuer: "China's export ban", "the United States' import tariff".
MEASURE = template("{issuer}'s {kind}")
MEASURE_S = template("{issuer}' {kind}")  # a name ending in s
ANY_DESTINATION = term("any destination")
EXCEPT = template("{scope} (except {excluded})")
HOME = template("the venture in {country}")
OWN_COUNTRY = term("its own country")

# The measure's reach, one clause per kind of rule (Router.lead).
IMPORT = template("{measure} applies to goods from {scope} entering {issuer}")
FDP = template("{measure} reaches items made outside {issuer} and sent to {scope} (foreign direct product rules)")
REEXPORT = template("{measure} reaches {issuer}'s items passed on from third countries to {scope}")
REEXPORT_S = template("{measure} reaches {issuer}' items passed on from third countries to {scope}")
CONTAINS = template("{measure} reaches {issuer}'s items in goods made abroad and sent to {scope}")
CONTAINS_S = template("{measure} reaches {issuer}' items in goods made abroad and sent to {scope}")
RELIEVES = template("{measure} relieves a control on what leaves {issuer} for {scope}")
LEAVES = template("{measure} applies to what leaves {issuer} for {scope}")

# What the venture does that the reach meets, after "{lead}: ".
GETS = template("{lead}: {home} gets {item} from {places}")
SENDS = template("{lead}: {home} sends {item} to {places}")
BUYS = template("{lead}: {home} buys {item} from {places}")
SELLS = template("{lead}: {home} sells {item} into {issuer}")
RECEIVES = template("{lead}: {home} receives {item} from {places}")
RECEIVES_ANY = template("{lead}: {home} receives {item} (whatever its origin)")
PASSED_ON = template("{lead}: {home} gets {item} from {sources} and sends {product} to {places}")
TIED = template("{measure} concerns anything tied to {issuer}: {home} is tied to it through its {direction} {item}")
FOUND = template("{reach}{notes}.")
# Countries read from words rather than recorded.
READ_FROM = template(" (read from {where}: {quote}; not confirmed)")
READ_FROM_QUOTED = template(" (read from {where}: \u201c{quote}\u201d; not confirmed)")
SOURCES = {"activity": term("the activity text"), "notes": term("the notes"), "partner": term("a foreign partner"),
           "own mine": term("the activity text (it mines its own ore)")}

# Needs data: which countries would decide it.
UNRECORDED_IN = template("{lead}; {home} has not recorded where its {item} comes from.")
UNRECORDED_OUT = template("{lead}; {home} has not recorded where its {item} goes.")
NO_PRODUCTS = template("{lead}; {home} uses {item} but records no products or where they go.")
PRODUCT_UNRECORDED = template("{lead}; {home} gets {item} from {sources} but has not recorded where {product} goes.")

# Why a list entry is the item (Hit.detail), and what a hit names when the measure lists codes only.
SAME_CODE = template("same code {code}")
CODE_COVERS = template("{listed} covers {code}")
CROSSWALK = template("{note}, which covers {code} (crosswalk)")
CODE_LIST = term("the measure's code list")
IS_TERM = template("'{item}' is {term}")
IS_CHAIN = template("'{item}' is {chain} (vocabulary)")
WITH_STAGE = template("{detail}; stage: {stage}")
TITLE_NAMES = template("{detail} (what the measure's title names)")
ALL_GOODS = template("covers all goods{notes}")
SAME_WORDS = template("the same words: {words}{notes}")
NOTE = template("; {note}")
PARTNER_NAME = term("the listed name is the partner's name")


def possessive(issuer: str, plain: str, with_s: str, **facts: object) -> Phrase:
    """The template that spells the issuer's possessive as English does ("China's", "the United States'")."""
    return Phrase(with_s if issuer.endswith("s") else plain, issuer=issuer, **facts)
