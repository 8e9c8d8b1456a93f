"""What every command module shares: exit codes, the handler signature, dates and the register."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from desktop_app.system.paths import resolve_db

if TYPE_CHECKING:  # the services are imported by each command, so `--help` stays fast
    from desktop_app.services.context import ServiceContext

EXIT_OK, EXIT_USER, EXIT_USAGE = 0, 1, 2
Handler = Callable[[argparse.Namespace], int]
Add = Callable[[str, Handler, str], argparse.ArgumentParser]


def open_context(args: argparse.Namespace) -> ServiceContext:
    """The register named by `--db` (or the environment, or the default), opened for the services."""
    from desktop_app.services.context import open_register

    return open_register(resolve_db(args.db))  # the one way every front end opens a register


def iso_date(text: str) -> date:
    """argparse type for YYYY-MM-DD dates, with a message a user can act on."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write YYYY-MM-DD") from None


def warn_marked(marks: list[str]) -> None:
    """Tell the user which records were written repaired because their stored values break the rules."""
    for text in marks:
        print(f"warning: stored values break the rules, written repaired (U+FFFD marks what cannot be shown): "
              f"{text}", file=sys.stderr)
    if marks:
        print("warning: run `export-risk check` to list every record changed outside the application.",
              file=sys.stderr)
