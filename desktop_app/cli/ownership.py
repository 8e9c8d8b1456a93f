"""`export-risk ownership`: a venture's ownership tree and captured shares; parties, owners, listings."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop_app.cli.common import EXIT_OK, EXIT_USAGE, Add, iso_date, open_context
from desktop_app.domain.text import split_list

if TYPE_CHECKING:
    from desktop_app.domain.ownership.aggregate import Holding

ACTIONS = ("show", "party", "owner", "list", "listed", "unlist", "threshold", "confirm", "reject", "content",
           "deminimis", "export", "import")
USAGE = """\
export-risk ownership VENTURE [--on DATE] [--rule MEASURE]     the tree, listed parties, captured shares
export-risk ownership show VENTURE ...                         the same (for a venture named like an action)
export-risk ownership party NAME [--country C] [--alias A]... [--notes TEXT]
export-risk ownership owner OWNED OWNER --share PERCENT|unknown [--owned-country C] [--owner-country C]
                                                               [--note TEXT] [--remove]
export-risk ownership list MEASURE NAME [--alias A]... [--country C] [--list NAME] [--from DATE] [--until DATE]
export-risk ownership listed [MEASURE]                         listed parties (with their ids)
export-risk ownership unlist LISTED_ID
export-risk ownership threshold MEASURE PERCENT [--lists "Entity List;MEU List"] [--note TEXT]
export-risk ownership confirm|reject PARTY LISTED_ID [--country C]   judge a possible match (asked once)
export-risk ownership content VENTURE PRODUCT INPUT --share PERCENT|unknown [--origin C] [--note TEXT]
export-risk ownership deminimis MEASURE PERCENT --origin C [--items "a;b"] [--technology] [--note TEXT]
export-risk ownership export|import FOLDER     parties, owners, listed parties, thresholds, content shares,
                                               de minimis rules as CSV files (import: all rows or none)"""


def _parser(action: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=f"export-risk ownership {action}", usage=USAGE)
    if action == "show":
        p.add_argument("venture")
        p.add_argument("--on", type=iso_date, help="the date to compute on (YYYY-MM-DD; default today)")
        p.add_argument("--rule", help="only this measure's threshold (its reference)")
    elif action == "party":
        p.add_argument("name")
        p.add_argument("--country")
        p.add_argument("--alias", action="append", default=[], help="another name (repeat for more)")
        p.add_argument("--notes", default="")
    elif action == "owner":
        p.add_argument("owned")
        p.add_argument("owner")
        p.add_argument("--share", help="percent of OWNED that OWNER holds, or 'unknown'")
        p.add_argument("--owned-country")
        p.add_argument("--owner-country")
        p.add_argument("--note", default="")
        p.add_argument("--remove", action="store_true")
    elif action == "list":
        p.add_argument("measure")
        p.add_argument("name")
        p.add_argument("--alias", action="append", default=[])
        p.add_argument("--country")
        p.add_argument("--list", dest="list_name", default="", help="e.g. 'Entity List'")
        p.add_argument("--from", dest="listed_from", type=iso_date)
        p.add_argument("--until", dest="listed_until", type=iso_date, help="the last day listed")
    elif action == "listed":
        p.add_argument("measure", nargs="?")
    elif action == "unlist":
        p.add_argument("listed_id", type=int)
    elif action == "threshold":
        p.add_argument("measure")
        p.add_argument("percent")
        p.add_argument("--lists", default="", help="`;`-separated list names it draws on (default: its own)")
        p.add_argument("--note", default="")
    elif action == "content":
        p.add_argument("venture")
        p.add_argument("product")
        p.add_argument("input_name")
        p.add_argument("--share", required=True, help="percent of the product's value, or 'unknown'")
        p.add_argument("--origin")
        p.add_argument("--note", default="")
    elif action in ("export", "import"):
        p.add_argument("folder")
    elif action == "deminimis":
        p.add_argument("measure")
        p.add_argument("percent")
        p.add_argument("--origin", required=True)
        p.add_argument("--items", default="", help="`;`-separated item names (default: any input of the origin)")
        p.add_argument("--technology", action="store_true", help="made with the origin's technology is captured")
        p.add_argument("--note", default="")
    else:
        p.add_argument("party")
        p.add_argument("listed_id", type=int)
        p.add_argument("--country")
    return p


def _percent(text: str) -> str | None:
    return None if text.strip().casefold() == "unknown" else text.strip().rstrip("%")


def _held(h: Holding) -> str:
    """What listed parties hold, as a sentence says it: "share not known" rather than "0% or more"."""
    from desktop_app.domain.ownership.aggregate import held_text

    text = held_text(h.share, h.unknown, h.verdict)
    return "share not known" if text == "unknown" else text


def _show(a: argparse.Namespace) -> int:
    from desktop_app.domain.ownership.aggregate import pct
    from desktop_app.domain.ownership.tree import tree_text
    from desktop_app.services.ownership.captures import venture_ownership
    from desktop_app.services.ownership.content import venture_content
    from desktop_app.services.ownership.graph import VENTURE

    ctx = open_context(a)
    result = venture_ownership(ctx, a.venture, day=a.on, rule=a.rule)
    g = result.graph
    print(f"{result.venture}: ownership on {result.day.isoformat()}")
    if not result.outcomes:
        print("  No rule with an ownership threshold: record a party listing or "
              "`export-risk ownership threshold MEASURE PERCENT`.")
    for o in result.outcomes:
        status = o.status.label if o.status is not None else "not yet issued"
        lists = f", drawing on {', '.join(o.rule.lists)}" if o.rule.lists else ""
        print(f"\n{o.rule.measure_reference} ({status} on {result.day.isoformat()}): threshold "
              f"{pct(o.rule.threshold)}{lists}")
        print(f"  {result.venture}")
        for line in tree_text(VENTURE, o.owners, g.names, g.countries, o.statuses, o.holdings):
            print(f"  {line}")
        v = o.venture
        print(f"  Held by listed parties: {_held(v)} of the venture: {v.verdict.value}")
        for _node, name, _share, h in o.partners:
            if h.share or h.unknown or h.verdict.value != "not captured":
                print(f"    partner {name}: {_held(h)}: {h.verdict.value}")
        lines = o.arithmetic()
        if lines:
            print("  Arithmetic:")
            for line in lines:
                print(f"    {line}")
        if not o.applies:
            print(f"  The rule is {status} on {result.day.isoformat()}: it captures nothing on that date.")
        for p in o.possible:
            print(f"  Possible match, confirm: {p.party} ~ {p.entry.names[0]} (score {p.score:g}): "
                  f"export-risk ownership confirm|reject {p.party!r} {p.entry.id}")
    for c in venture_content(ctx, result.venture_id):
        print(f"\n{c.measure_reference}: content threshold, {c.result.product}: {c.result.verdict.value}")
        for line in c.result.lines:
            print(f"    {line}")
    return EXIT_OK


def _edit(action: str, a: argparse.Namespace) -> int:
    from desktop_app.domain.ownership.aggregate import pct
    from desktop_app.services.ownership import listings, parties

    ctx = open_context(a)
    if action == "party":
        p = parties.save_party(ctx, {"name": a.name, "country": a.country, "aliases": a.alias, "notes": a.notes})
        print(f"{p.name}{f' ({p.country})' if p.country else ''}: {len(p.owners)} owner(s) recorded")
    elif action == "owner":
        if a.remove:
            parties.remove_owner(ctx, a.owned, a.owner, owned_country=a.owned_country, owner_country=a.owner_country)
        else:
            if a.share is None:
                raise SystemExit("export-risk ownership owner: give --share PERCENT (or --share unknown)")
            parties.set_owner(ctx, a.owned, a.owner, _percent(a.share), note=a.note, owned_country=a.owned_country,
                              owner_country=a.owner_country)
        p = parties.get_party(ctx, a.owned, a.owned_country)
        for o in p.owners:
            print(f"{o.owner} holds {'an unknown share' if o.share is None else pct(o.share)} of {p.name}")
    elif action == "list":
        r = listings.add_listed(ctx, a.measure, {"name": a.name, "aliases": a.alias, "country": a.country,
                                                 "list_name": a.list_name, "listed_from": a.listed_from,
                                                 "listed_until": a.listed_until})
        print(f"listed party {r.id}: {r.name} on {r.measure_reference}")
    elif action == "listed":
        for r in listings.listed_parties(ctx, a.measure):
            dates = f"{r.listed_from or ''}..{r.listed_until or ''}"
            print(f"{r.id}\t{r.measure_reference}\t{r.list_name}\t{r.name}\t{';'.join(r.aliases)}\t{r.country}\t{dates}")
    elif action == "unlist":
        listings.remove_listed(ctx, a.listed_id)
    elif action == "content":
        from desktop_app.services.ownership import content

        content.set_content(ctx, a.venture, {"product": a.product, "input_name": a.input_name, "origin": a.origin,
                                             "share": _percent(a.share), "note": a.note})
        print(f"{a.product}: {a.input_name} recorded")
    elif action == "deminimis":
        from desktop_app.services.ownership import content

        content.set_de_minimis(ctx, a.measure, {"share": _percent(a.percent), "origin": a.origin,
                                                "items": split_list(a.items), "technology": a.technology,
                                                "note": a.note})
        print(f"{a.measure}: de minimis {a.percent.strip()} of {a.origin} content recorded")
    elif action in ("export", "import"):
        from pathlib import Path

        from desktop_app.services.ownership import transfer

        run = transfer.export_ownership if action == "export" else transfer.import_ownership
        for file, count in run(ctx, Path(a.folder)).items():
            print(f"{file}: {count} row(s) {action}ed")
    elif action == "threshold":
        r = listings.set_rule(ctx, a.measure, {"threshold": _percent(a.percent), "lists": split_list(a.lists),
                                               "note": a.note})
        print(f"{r.measure_reference}: threshold {pct(r.threshold)}"
              + (f" over {', '.join(r.lists)}" if r.lists else " over its own listed parties"))
    else:
        listings.decide_match(ctx, a.party, a.listed_id, confirm=action == "confirm", country=a.country)
        print(f"{a.party}: {action}ed against listed party {a.listed_id}")
    return EXIT_OK


def cmd_ownership(args: argparse.Namespace) -> int:
    words = list(args.words)
    if not words or words[0] in ("-h", "--help"):
        print(USAGE)
        return EXIT_OK if words else EXIT_USAGE
    action = words.pop(0) if words[0] in ACTIONS else "show"
    inner = _parser(action).parse_args(words)
    inner.db = args.db
    run: Callable[[argparse.Namespace], int] = _show if action == "show" else lambda a: _edit(action, a)
    return run(inner)


def add_commands(add: Add) -> None:
    """Register `ownership` on the main parser's `add` helper."""
    p = add("ownership", cmd_ownership, "a venture's ownership tree and the share listed parties hold on a date; "
            "parties, owners, listed parties, thresholds, match verdicts (`export-risk ownership --help`)")
    p.add_argument("words", nargs=argparse.REMAINDER, metavar="...", help=USAGE)
