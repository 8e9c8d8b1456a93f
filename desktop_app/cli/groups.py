"""`export-risk group`: list, show, set and remove jurisdiction groups (every change audited)."""

from __future__ import annotations

import argparse
import sys

from desktop_app.cli.common import EXIT_OK, EXIT_USAGE, Add, open_context


def cmd_group(args: argparse.Namespace) -> int:
    from desktop_app.domain.errors import NotFound
    from desktop_app.domain.jurisdictions import jurisdiction_name
    from desktop_app.domain.text import join_list, split_list
    from desktop_app.services.records import groups

    ctx = open_context(args)
    if args.action == "list":
        for g in groups.list_groups(ctx):
            count = len(g.members)
            size = "all countries" if g.covers_all else f"{count} {'country' if count == 1 else 'countries'}"
            print(f"{g.code:<10} {g.name} ({size})")
        return EXIT_OK
    if not args.code:
        print(f"group {args.action}: give the group's code, e.g. EAR:D:5", file=sys.stderr)
        return EXIT_USAGE
    if args.action == "remove":
        groups.remove_group(ctx, args.code)
        print(f"Removed the group {args.code.strip().upper()}")
        return EXIT_OK
    if args.action == "set":
        try:
            current = groups.get_group(ctx, args.code).model_dump()
        except NotFound:
            current = {"code": args.code, "name": args.code}
        for option in ("name", "source", "notes"):
            if getattr(args, option) is not None:
                current[option] = getattr(args, option)
        if args.aliases is not None:
            current["aliases"] = split_list(args.aliases)
        if args.members is not None:
            current["members"] = split_list(args.members)  # names or codes: the service checks each
        if args.all_countries is not None:
            current["covers_all"] = args.all_countries
        current.pop("id", None)
        current.pop("version", None)
        saved = groups.save_group(ctx, current)
        print(f"Saved the group {saved.code}: {saved.name}")
        args.code = saved.code
    g = groups.get_group(ctx, args.code)
    print(f"{g.code}: {g.name}")
    if g.aliases:
        print(f"  also written: {join_list(g.aliases)}")
    if g.covers_all:
        print("  members: every country")
    else:
        print(f"  members ({len(g.members)}): " + ", ".join(jurisdiction_name(c) for c in g.members))
    for label, text in (("source", g.source), ("notes", g.notes)):
        if text:
            print(f"  {label}: {text}")
    return EXIT_OK


def add_commands(add: Add) -> None:
    """Register `group`."""
    p = add("group", cmd_group, "list, show, set or remove jurisdiction groups (the EU, EAR country groups...)")
    p.add_argument("action", choices=("list", "show", "set", "remove"))
    p.add_argument("code", nargs="?", help="the group's code, e.g. EAR:D:5")
    p.add_argument("--name", help="the name reports show")
    p.add_argument("--members", help='member countries by code or name, e.g. "CN; Macao; RU"')
    p.add_argument("--aliases", help='other ways files write the group, e.g. "Country Group D:5; D:5"')
    p.add_argument("--all-countries", action=argparse.BooleanOptionalAction, default=None,
                   help="the group covers every country (no members listed)")
    p.add_argument("--source", help="where the membership comes from")
    p.add_argument("--notes")
