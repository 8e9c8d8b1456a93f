"""`export-risk` commands for screening's editable vocabulary: synonyms, taxonomy terms, code crosswalk."""

from __future__ import annotations

import argparse
import sys

from desktop_app.cli.common import EXIT_OK, EXIT_USER, Add, open_context


def cmd_synonym(args: argparse.Namespace) -> int:
    from desktop_app.services.records.synonyms import list_synonyms, remove_synonym, set_synonym

    ctx = open_context(args)
    if args.remove:
        remove_synonym(ctx, args.remove)
        print(f"Removed synonym {args.remove!r}")
    elif args.term:
        if args.means is None:
            print("give what the term means, e.g. `synonym 'flake graphite' graphite`", file=sys.stderr)
            return EXIT_USER
        read = set_synonym(ctx, args.term, args.means)
        print(f"'{read.term}' now reads as '{read.means}'")
    else:
        for syn in list_synonyms(ctx):
            print(f"{syn.term} -> {syn.means}")
    return EXIT_OK


def cmd_taxonomy(args: argparse.Namespace) -> int:
    from desktop_app.domain.text import split_list
    from desktop_app.services.screening import terms

    ctx = open_context(args)
    if args.remove:
        terms.remove_term(ctx, args.remove)
        print(f"Removed term {args.remove!r}")
    elif args.kind_of:
        narrower, broader = args.kind_of
        terms.relate(ctx, narrower, broader, remove=args.not_kind)
        print(f"{narrower} is {'no longer ' if args.not_kind else ''}a kind of {broader}")
    elif args.key:
        if args.label is None:
            print("give the term's label, e.g. `taxonomy lithium_carbonate 'lithium carbonate' --stage refined`",
                  file=sys.stderr)
            return EXIT_USER
        t = terms.set_term(ctx, args.key, args.label, args.stage or "", split_list(args.aliases or ""))
        print(f"{t.key}: {t.label}" + (f" [{t.stage}]" if t.stage else "") + f"; aliases: {'; '.join(t.aliases)}")
    else:
        for t in terms.list_terms(ctx):
            extra = f" (a kind of {', '.join(t.broader)})" if t.broader else ""
            print(f"{t.key}: {t.label}" + (f" [{t.stage}]" if t.stage else "") + extra)
    return EXIT_OK


def cmd_crosswalk(args: argparse.Namespace) -> int:
    from desktop_app.services.screening import terms

    ctx = open_context(args)
    if args.remove is not None:
        terms.remove_crosswalk(ctx, args.remove)
        print(f"Removed crosswalk row {args.remove}")
    elif args.code_a:
        if not args.code_b:
            print("give both codes, e.g. `crosswalk CN-DU:3A001 CN:85076000 --note SOURCE`", file=sys.stderr)
            return EXIT_USER
        row = terms.set_crosswalk(ctx, args.code_a, args.code_b, args.note or "")
        print(f"[{row.id}] {row.code_a} = {row.code_b}")
    else:
        for row in terms.list_crosswalk(ctx):
            print(f"[{row.id}] {row.code_a} = {row.code_b}" + (f"  ({row.note})" if row.note else ""))
    return EXIT_OK


def add_commands(add: Add) -> None:
    """Register the vocabulary commands on the main parser's `add` helper."""
    p = add("synonym", cmd_synonym, "list, set or remove screening synonyms (for names no taxonomy term describes)")
    p.add_argument("term", nargs="?")
    p.add_argument("means", nargs="?")
    p.add_argument("--remove", metavar="TERM")
    p = add("taxonomy", cmd_taxonomy, "list, set or remove screening's item terms and their broader terms")
    p.add_argument("key", nargs="?", help="the term's key, e.g. lithium_carbonate")
    p.add_argument("label", nargs="?", help="its label, e.g. 'lithium carbonate'")
    p.add_argument("--stage", help="ore, refined, material, component, product, equipment, technology, service")
    p.add_argument("--aliases", help="other names, `;`-separated (any language)")
    p.add_argument("--remove", metavar="KEY")
    p.add_argument("--kind-of", nargs=2, metavar=("NARROWER", "BROADER"), help="NARROWER is a kind of BROADER")
    p.add_argument("--not-kind", action="store_true", help="with --kind-of: remove that relation")
    p = add("crosswalk", cmd_crosswalk, "list, add or remove correspondences between code systems")
    p.add_argument("code_a", nargs="?", metavar="CODE", help="e.g. CN-DU:3A001")
    p.add_argument("code_b", nargs="?", metavar="OTHER_CODE", help="e.g. CN:85076000")
    p.add_argument("--note", help="where the correspondence is published")
    p.add_argument("--remove", type=int, metavar="ROW_ID")
