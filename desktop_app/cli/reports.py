"""`export-risk report`: the PDF briefing and the Excel workbook from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli.common import EXIT_OK, Add, iso_date, open_context, warn_marked
from desktop_app.system.report_language import DEFAULT, LanguageError, choices, parse_language


def report_lang(text: str) -> str:
    """argparse type of --lang: a bad value exits 2 with the languages listed, before any work."""
    try:
        return parse_language(text)
    except LanguageError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def cmd_report(args: argparse.Namespace) -> int:
    from desktop_app.services.outputs import collect_marks
    from desktop_app.services.reports.options import ReportOptions

    options = ReportOptions(as_of=args.as_of, since=args.since, ventures=tuple(args.venture or ()),
                            full=bool(args.full), lang=args.lang)
    ctx = open_context(args)
    with collect_marks() as marks:
        if args.format == "pdf":
            from desktop_app.services.reports.briefing import write_briefing

            out = write_briefing(ctx, Path(args.out), options)
        else:
            from desktop_app.services.reports.workbook import write_workbook

            out = write_workbook(ctx, Path(args.out), options)
    warn_marked(marks)
    print(f"Wrote {out}")
    return EXIT_OK


def add_commands(add: Add) -> None:
    """Register `report pdf|xlsx`."""
    p = add("report", cmd_report, "write the PDF risk briefing or the Excel risk workbook")
    p.add_argument("format", choices=("pdf", "xlsx"))
    p.add_argument("out", help="output file (written atomically)")
    p.add_argument("--as-of", type=iso_date, help="describe the register as of this date (YYYY-MM-DD)")
    p.add_argument("--since", type=iso_date,
                   help="list changes since this date (YYYY-MM-DD; default: the last briefing issued)")
    p.add_argument("--full", action="store_true",
                   help="PDF: add the complete per-venture and per-measure appendix and the raw audit list "
                   "(default: the board pack of at most 12 pages)")
    p.add_argument("--venture", action="append", metavar="NAME", help="only this joint venture (repeatable)")
    p.add_argument("--lang", type=report_lang, default=DEFAULT, metavar="LANG",
                   help=f"the report's language: {choices()}; the workbook's importable sheets keep their "
                   "English headers and values")
