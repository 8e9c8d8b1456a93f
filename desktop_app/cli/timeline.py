"""`export-risk` commands for time: status on a date, events, confirmations, suspension windows."""

from __future__ import annotations

import argparse
import csv
import sys

from desktop_app.cli.common import EXIT_OK, EXIT_USER, Add, iso_date, open_context


def cmd_status(args: argparse.Namespace) -> int:
    from desktop_app.services.timeline.asof import measure_status

    ctx = open_context(args)
    state = measure_status(ctx, args.reference, args.on)
    rows = [(c.name, c.status.label, c.since.isoformat() if c.since else "",
             c.until.isoformat() if c.until else "", c.cause) for c in state.clauses]
    if args.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(("clause", "status", "since", "until", "because"))
        writer.writerows(rows)
        return EXIT_OK
    print(f"{state.reference} on {state.day.isoformat()}: {state.label}")
    for name, status, since, until, cause in rows:
        span = f"since {since or 'as far back as recorded'}, until {until or 'further notice'}"
        print(f"  {name}: {status} ({span}) - {cause}")
    return EXIT_OK


def cmd_events(args: argparse.Namespace) -> int:
    from desktop_app.services.timeline.events import list_events, to_csv, to_ics

    ctx = open_context(args)
    found = list_events(ctx, args.start, args.end)
    if args.format == "ics":
        sys.stdout.buffer.write(to_ics(found, ctx.now()))
        sys.stdout.flush()
        return EXIT_OK
    if args.format == "csv":
        sys.stdout.write(to_csv(found))
        return EXIT_OK
    for e in found:
        flag = "!" if e.open else " "
        print(f"{flag} {e.on.isoformat()}  {e.kind.label:<21} {e.title}" + (f"  [{e.uid}]" if e.open else ""))
    waiting = sum(1 for e in found if e.open)
    print(f"{len(found)} events; {waiting} waiting for someone (marked !; confirm a lapsed suspension with "
          "`export-risk confirm UID`)")
    return EXIT_OK


def cmd_confirm(args: argparse.Namespace) -> int:
    from desktop_app.services.timeline.events import confirm_event

    event = confirm_event(open_context(args), args.uid, args.note or "")
    print(event.title)
    return EXIT_OK


def _window_line(w) -> str:  # type: ignore[no-untyped-def]
    from desktop_app.services.timeline.windows import window_label

    end = w.end
    changes = "".join(f"; {c.kind.label} {c.decided_on}: last day {c.ends_on or 'open-ended'}" for c in w.changes)
    return f"[{w.id}] {window_label(w)} through {end or 'open-ended'}{changes}"


def cmd_window(args: argparse.Namespace) -> int:
    from desktop_app.services.records.lineage import measure_id_for
    from desktop_app.services.timeline import windows

    ctx = open_context(args)
    if args.action == "list":
        mid = measure_id_for(ctx, args.target) if args.target else None
        for w in windows.list_windows(ctx, mid):
            print(_window_line(w))
        return EXIT_OK
    if args.action == "add":
        if not args.target or args.start is None:
            print("give the suspended measure's reference and --from DATE", file=sys.stderr)
            return EXIT_USER
        data = {"measure_id": measure_id_for(ctx, args.target), "clause": args.clause or "",
                "suspension_id": measure_id_for(ctx, args.by) if args.by else None,
                "starts_on": args.start, "ends_on": args.until, "note": args.note or ""}
        print(f"Recorded {_window_line(windows.create_window(ctx, data))}")
        return EXIT_OK
    if args.id is None or args.on is None:
        print(f"`window {args.action}` needs --id WINDOW_ID and --on DATE", file=sys.stderr)
        return EXIT_USER
    if args.action == "extend":
        read = windows.extend_window(ctx, args.id, args.on, None if args.open_ended else args.until, args.note or "")
    else:
        read = windows.lift_window(ctx, args.id, args.on, args.note or "")
    print(f"Recorded {_window_line(read)}")
    return EXIT_OK


def add_commands(add: Add) -> None:
    """Register status, events, confirm and window."""
    p = add("status", cmd_status, "a measure's status on a date, one line per clause, with since, until and why")
    p.add_argument("reference", metavar="REF")
    p.add_argument("--on", type=iso_date, metavar="YYYY-MM-DD", help="the date (default today)")
    p.add_argument("--format", choices=("text", "csv"), default="text")
    p = add("events", cmd_events, "every dated event: consultations, effective dates, suspensions, reviews")
    p.add_argument("--from", dest="start", type=iso_date, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="end", type=iso_date, metavar="YYYY-MM-DD")
    p.add_argument("--format", choices=("text", "csv", "ics"), default="text")
    p = add("confirm", cmd_confirm, "confirm that a lapsed suspension was not extended (audited)")
    p.add_argument("uid", metavar="UID", help="the event's identifier, as `events` prints it")
    p.add_argument("--note")
    p = add("window", cmd_window, "suspension windows: list, add, extend or lift (audited)")
    p.add_argument("action", choices=("list", "add", "extend", "lift"))
    p.add_argument("target", nargs="?", metavar="REF", help="the suspended measure (list, add)")
    p.add_argument("--clause", help="only this clause of the measure (add)")
    p.add_argument("--by", metavar="SUSPENSION_REF", help="the suspending measure (add)")
    p.add_argument("--from", dest="start", type=iso_date, metavar="YYYY-MM-DD", help="first day suspended (add)")
    p.add_argument("--until", type=iso_date, metavar="YYYY-MM-DD", help="last day suspended (add, extend)")
    p.add_argument("--open-ended", action="store_true", help="extend with no end date (extend)")
    p.add_argument("--id", type=int, metavar="WINDOW_ID", help="the window (extend, lift)")
    p.add_argument("--on", type=iso_date, metavar="YYYY-MM-DD",
                   help="extension: the day it was decided; lifting: the first day the measure applies again")
    p.add_argument("--note")

