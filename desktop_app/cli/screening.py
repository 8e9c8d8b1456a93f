"""`export-risk` commands for screening, needs-data, inferred flows, dismissals, lineage, as-of, deadlines."""

from __future__ import annotations

import argparse
import csv
import sys
from itertools import groupby
from typing import Any

from desktop_app.cli.common import EXIT_OK, EXIT_USER, Add, iso_date, open_context


def _label(status: object) -> str:
    return getattr(status, "label", "not yet issued") if status is not None else "not yet issued"


CSV_COLUMNS = ("measure_reference", "venture", "item", "kind", "confidence", "reason")


def _csv(found: list[Any]) -> None:
    from desktop_app.domain.cells import guard_formula

    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(CSV_COLUMNS)
    for e in found:
        out.writerow([guard_formula(str(v)) for v in (e.measure_reference, e.venture_name, e.item_name, e.kind,
                                                       e.confidence, e.why)])


def _needs_lines(needs: list[Any], limit: int | None = None) -> None:
    shown = needs if limit is None else needs[:limit]
    for n in shown:
        print(f"  {n.text}")
        for _mid, reference, _why in n.measures:
            print(f"    {reference}")
    if len(shown) < len(needs):
        print(f"  ... and {len(needs) - len(shown)} more (export-risk needs-data)")


def cmd_screen(args: argparse.Namespace) -> int:
    from desktop_app.services.screening.exposures import needs_data, screen
    from desktop_app.services.screening.findings import EXPOSURE_KIND, NEEDS_DATA_KIND

    ctx = open_context(args)
    kinds = {EXPOSURE_KIND, NEEDS_DATA_KIND} if args.format == "csv" else {EXPOSURE_KIND}
    found = screen(ctx, measure=args.measure, venture=args.venture, include_assessed=args.all,
                   include_dismissed=args.all, include_lifted=args.all, kinds=kinds)
    if args.format == "csv":
        _csv(found)
        return EXIT_OK
    what = "findings" if args.all else "possible exposures (unassessed)"
    count = 0
    for _pair, group in groupby(found, key=lambda e: (e.measure_id, e.venture_id)):
        items = list(group)
        first = items[0]
        count += 1
        flags = [f for f, on in (("assessed", first.assessed),) if on]
        print(f"{first.measure_reference} ({first.measure_status.label})  x  {first.venture_name}"
              + (f"  [{', '.join(flags)}]" if flags else ""))
        for e in items:
            note = f"  [dismissed: {e.dismissal.reason}]" if e.dismissed and e.dismissal else ""
            print(f"  {e.direction_label} '{e.item_name}' ({e.confidence} confidence){note}")
            for h in e.hits:
                print(f"    {h.via}: {h.detail} (the measure lists: {h.measure_item})")
            print(f"    {e.flow}")
    print(f"{len(found)} {what} in {count} measure x venture pairs")
    needs = needs_data(ctx, venture=args.venture, measure=args.measure)
    if needs:
        print(f"\nNeeds data ({len(needs)}): recording these would settle more measures")
        _needs_lines(needs, 10)
    return EXIT_OK


def cmd_needs_data(args: argparse.Namespace) -> int:
    from desktop_app.services.screening.exposures import needs_data

    needs = needs_data(open_context(args), venture=args.venture)
    _needs_lines(needs)
    print(f"{len(needs)} facts to record")
    return EXIT_OK


def cmd_flows(args: argparse.Namespace) -> int:
    from desktop_app.services.screening.exposures import venture_id_for
    from desktop_app.services.screening.flows import decide_flow, proposed_flows

    ctx = open_context(args)
    vid = venture_id_for(ctx, args.venture)
    proposals = proposed_flows(ctx, vid)
    chosen = args.confirm or args.reject
    if chosen is not None:
        if not 1 <= chosen <= len(proposals):
            print(f"no proposal {chosen}; `export-risk flows {args.venture!r}` lists {len(proposals)}",
                  file=sys.stderr)
            return EXIT_USER
        f = proposals[chosen - 1]
        decide_flow(ctx, vid, f.item_key, f.country, confirm=args.confirm is not None)
        print(("Confirmed and recorded: " if args.confirm else "Rejected: ") + f.text)
        return EXIT_OK
    for n, f in enumerate(proposals, start=1):
        print(f"[{n}] {f.text}  (inferred from {f.source}: {f.quote})")
    print(f"{len(proposals)} inferred flows to confirm or reject (--confirm N, --reject N)")
    return EXIT_OK


def cmd_record(args: argparse.Namespace) -> int:
    from desktop_app.domain.errors import NotFound
    from desktop_app.domain.text import normalize_key
    from desktop_app.services.screening.exposures import needs_data, venture_id_for
    from desktop_app.services.screening.flows import record_countries

    ctx = open_context(args)
    vid = venture_id_for(ctx, args.venture)
    wanted = normalize_key(args.item)
    match = [n for n in needs_data(ctx, venture=vid) if normalize_key(n.item_name) == wanted]
    if match:
        n = match[0]
        read = record_countries(ctx, vid, n.item_key, args.countries, item_name=n.item_name, direction=n.direction)
    else:
        from desktop_app.domain.matching.profiles import item_key
        from desktop_app.services.records.ventures import get_venture

        items = [i for i in get_venture(ctx, vid).items if normalize_key(i.name) == wanted]
        if not items:
            raise NotFound(f"{args.venture!r} has no item named {args.item!r}.")
        read = record_countries(ctx, vid, item_key(items[0].name, items[0].direction), args.countries)
    print(f"Recorded {', '.join(c.upper() for c in args.countries)} for '{args.item}' of {read.name}")
    return EXIT_OK


def _item_key(args: argparse.Namespace, ctx: Any) -> tuple[int, int, str]:
    from desktop_app.domain.errors import NotFound
    from desktop_app.domain.text import normalize_key
    from desktop_app.services.screening.exposures import screen

    found = [e for e in screen(ctx, measure=args.measure, venture=args.venture, include_assessed=True,
                               include_dismissed=True)
             if normalize_key(e.item_name) == normalize_key(args.item)]
    if not found:
        raise NotFound(f"Screening finds no exposure of {args.venture!r} to {args.measure!r} "
                       f"through an item named {args.item!r}.")
    return found[0].measure_id, found[0].venture_id, found[0].item_key


def cmd_dismiss(args: argparse.Namespace) -> int:
    from desktop_app.services.screening.actions import dismiss_exposure

    ctx = open_context(args)
    mid, vid, key = _item_key(args, ctx)
    e = dismiss_exposure(ctx, mid, vid, key, args.reason)
    print(f"Dismissed {e.measure_reference} x {e.venture_name}: {e.item_name} ({args.reason.strip()})")
    return EXIT_OK


def cmd_draft(args: argparse.Namespace) -> int:
    from desktop_app.services.records.lineage import measure_id_for
    from desktop_app.services.screening.actions import draft_assessment
    from desktop_app.services.screening.exposures import venture_id_for

    ctx = open_context(args)
    a = draft_assessment(ctx, measure_id_for(ctx, args.measure), venture_id_for(ctx, args.venture))
    print(f"Draft assessment {a.id}: {a.measure_reference} x {a.venture_name} "
          f"({', '.join(c.label for c in a.channels)}); set its scores before review.")
    return EXIT_OK


def cmd_link(args: argparse.Namespace) -> int:
    from desktop_app.services.records.lineage import link_measures, measure_id_for

    ctx = open_context(args)
    read = link_measures(ctx, measure_id_for(ctx, args.from_ref), measure_id_for(ctx, args.to_ref),
                         args.kind, args.note or "")
    print(f"Linked (id {read.id}): {read.sentence}")
    return EXIT_OK


def cmd_links(args: argparse.Namespace) -> int:
    from desktop_app.services.records.lineage import links_of, list_links, measure_id_for, unlink_measures

    ctx = open_context(args)
    if args.remove is not None:
        print(f"Removed: {unlink_measures(ctx, args.remove).sentence}")
        return EXIT_OK
    if args.reference:
        for view in links_of(ctx, measure_id_for(ctx, args.reference)):
            print(f"[{view.link_id}] {view}")
        return EXIT_OK
    for link in list_links(ctx):
        print(f"[{link.id}] {link.sentence}" + (f" ({link.note})" if link.note else ""))
    return EXIT_OK


def cmd_asof(args: argparse.Namespace) -> int:
    from desktop_app.services.screening.asof import venture_diff, venture_on

    ctx = open_context(args)
    if args.since is None:
        view = venture_on(ctx, args.venture, args.date)
        print(f"{view.venture_name} on {view.day.isoformat()}: {len(view.applying)} measures applied")
        for m in view.measures:
            level = f", residual {m.residual_level}" if m.residual_level else ""
            print(f"  {'*' if m.applies else ' '} {m.reference}: {_label(m.status)}{level}")
        return EXIT_OK
    d = venture_diff(ctx, args.venture, args.since, args.date)
    print(f"{d.venture_name}: changes from {d.since.isoformat()} to {d.until.isoformat()}")
    for title, moves in (("Added", d.added), ("Changed status", d.changed), ("Lifted", d.lifted)):
        for mv in moves:
            print(f"  {title}: {mv.reference}: {_label(mv.before)} -> {_label(mv.after)}")
    for lv in d.levels:
        print(f"  Level changed: {lv.measure_reference}: residual {lv.before[1] or 'none'} -> "
              f"{lv.after[1] or 'none'} (inherent {lv.before[0] or 'none'} -> {lv.after[0] or 'none'})")
    if d.empty:
        print("  no changes")
    return EXIT_OK


def cmd_deadlines(args: argparse.Namespace) -> int:
    from desktop_app.services.reports.analytics import deadlines

    ctx = open_context(args)
    with ctx.db.session() as s:
        found = deadlines(s, ctx.today(), args.days)
    for d in found:
        print(f"{d.on.isoformat()}  {d.kind.replace('_', ' '):<17} {d.label}")
    print(f"{len(found)} deadlines within {args.days} days (and every overdue review)")
    return EXIT_OK


def add_commands(add: Add) -> None:
    """Register the screening commands on the main parser's `add` helper."""
    p = add("screen", cmd_screen, "list measures that reach joint ventures without an assessment, and the "
            "data that would decide the rest")
    p.add_argument("--venture", metavar="NAME", help="only this joint venture")
    p.add_argument("--measure", metavar="REF", help="only this measure (screened whatever its status)")
    p.add_argument("--all", action="store_true", help="also assessed, dismissed and lifted exposures")
    p.add_argument("--format", choices=("text", "csv"), default="text",
                   help="csv: one row per finding (measure_reference, venture, item, kind, confidence, reason), "
                        "exposures and needs-data findings both")
    p = add("needs-data", cmd_needs_data, "what to record (supplier or destination countries) to settle screening, "
            "most-depended-on first")
    p.add_argument("--venture", metavar="NAME", help="only this joint venture")
    p = add("flows", cmd_flows, "flows read from a venture's activity text: list, confirm or reject (audited)")
    p.add_argument("venture", metavar="VENTURE")
    one = p.add_mutually_exclusive_group()
    one.add_argument("--confirm", type=int, metavar="N", help="record proposal N on the venture")
    one.add_argument("--reject", type=int, metavar="N", help="reject proposal N (not proposed again)")
    p = add("record-countries", cmd_record, "record the supplier (inputs) or destination (outputs) countries "
            "of one item of a venture")
    p.add_argument("venture", metavar="VENTURE")
    p.add_argument("item", metavar="ITEM")
    p.add_argument("countries", nargs="+", metavar="COUNTRY", help="ISO 3166 alpha-2 codes, e.g. CN KR")
    p = add("dismiss", cmd_dismiss, "dismiss one exposure with a reason (it returns if either side changes)")
    p.add_argument("measure", metavar="MEASURE_REF")
    p.add_argument("venture", metavar="VENTURE")
    p.add_argument("item", metavar="ITEM", help="name of the venture's key item")
    p.add_argument("--reason", required=True)
    p = add("draft", cmd_draft, "turn the exposures of a measure x venture into a draft assessment")
    p.add_argument("measure", metavar="MEASURE_REF")
    p.add_argument("venture", metavar="VENTURE")
    p = add("link", cmd_link, "record measure lineage, e.g. `link REF finalises OLD_REF`")
    p.add_argument("from_ref", metavar="FROM_REF")
    p.add_argument("kind", help="finalises, amends, suspends, supersedes, responds to (or 'finalised by')")
    p.add_argument("to_ref", metavar="TO_REF")
    p.add_argument("--note")
    p = add("links", cmd_links, "list measure links (of one measure, read from its side)")
    p.add_argument("reference", nargs="?", metavar="REF")
    p.add_argument("--remove", type=int, metavar="LINK_ID", help="remove this link")
    p = add("asof", cmd_asof, "measures applying to a venture on a date, or changes since another date")
    p.add_argument("venture", metavar="VENTURE")
    p.add_argument("date", type=iso_date, metavar="YYYY-MM-DD")
    p.add_argument("--since", type=iso_date, metavar="YYYY-MM-DD", help="show the changes since this date")
    p = add("deadlines", cmd_deadlines, "consultation ends, effective dates and reviews coming up")
    p.add_argument("--days", type=int, default=90, help="look this many days ahead (default 90)")
