"""`export-risk`: the parser, the command groups and one place that turns errors into exit codes."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence

from desktop_app import __version__
from desktop_app.cli import groups, maintenance, ownership, records, reports, screening, timeline, vocabulary
from desktop_app.cli.common import EXIT_OK, EXIT_USER, Handler
from desktop_app.domain.errors import ImportRejected, RegisterError, ValidationFailed
from desktop_app.system import logs
from desktop_app.system.paths import DB_ENV, resolve_db
from desktop_app.system.storage import disk_full_message, is_storage_full

log = logging.getLogger(__name__)
# Opens the desktop window on a database URL; handed in by the launcher, so the CLI never imports Qt.
OpenWindow = Callable[[str], int]
COMMAND_GROUPS = (records, maintenance, reports, screening, timeline, vocabulary, groups, ownership)


def _no_window(_url: str) -> int:
    print("The desktop window is not available from this entry point. "
          "Use the commands listed by `export-risk --help`.", file=sys.stderr)
    return EXIT_USER


class _Version(argparse.Action):
    """`--version`: this version and the newest register schema it opens (looked up only when
    asked: the services it comes from take most of a second to import)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, help: str | None = None) -> None:
        super().__init__(option_strings, dest=dest, default=argparse.SUPPRESS, nargs=0, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        from desktop_app.services.maintenance.integrity import newest_schema

        print(f"export-risk {__version__} (register schema {newest_schema()}, "
              f"Python {sys.version.split()[0]})")
        parser.exit()


def build_parser(open_window: OpenWindow = _no_window) -> argparse.ArgumentParser:
    """The whole command line; `gui` (the default) calls `open_window` with the register's URL."""
    parser = argparse.ArgumentParser(
        prog="export-risk",
        description="Export Risk Register: export-control measures, joint ventures and their risk. "
        "Without a command, opens the desktop window.",
    )
    parser.add_argument("--db", help=f"database file or postgresql+psycopg:// URL (default: ${DB_ENV} "
                        "or register.sqlite3 in the user data folder)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")
    parser.add_argument("--version", action=_Version, help="show the version and the register schema it opens")

    def cmd_gui(args: argparse.Namespace) -> int:
        return open_window(resolve_db(args.db).url)

    # The window runs for the whole session (its worker wraps each long task itself); every
    # other command is one piece of long work.
    parser.set_defaults(handler=cmd_gui, long_work=False)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    def add(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(handler=handler, long_work=handler is not cmd_gui, command=name)
        return p

    add("gui", cmd_gui, "open the desktop window (the default)")
    for group in COMMAND_GROUPS:
        group.add_commands(add)
    return parser


def main(argv: Sequence[str] | None = None, open_window: OpenWindow = _no_window) -> int:
    """Run one command; exit 0 on success, 1 on a user or validation error, 2 on a usage error."""
    parser = build_parser(open_window)
    args = parser.parse_args(argv)
    command = getattr(args, "command", None) or "gui"
    logs.configure(verbose=args.verbose, process="window" if command == "gui" else f"export-risk {command}")
    try:  # every log line names the register (a command's own, or the one the window opens first)
        logs.set_register(resolve_db(args.db).display)
    except Exception:  # a bad --db is reported by the command itself
        logs.set_register(str(args.db))
    # Imported once the log is set up, so that its version check's WARNING reaches the log file.
    from desktop_app.system.heap import long_lived_heap_frozen

    try:
        if not args.long_work:
            return int(args.handler(args))
        # The collector policy for long work is set here, by the entry point, never by a service.
        with long_lived_heap_frozen():
            return int(args.handler(args))
    except ValidationFailed as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_USER
    except ImportRejected as exc:
        print(f"error: {exc}", file=sys.stderr)
        for line in exc.errors:
            print(f"  {line}", file=sys.stderr)
        return EXIT_USER
    except RegisterError as exc:
        log.error("%s", exc)
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USER
    except KeyboardInterrupt:
        print("Interrupted; nothing half-done was kept.", file=sys.stderr)
        return 130
    except Exception as exc:
        if is_storage_full(exc):  # a write the disk refused, wherever it happened
            log.error("disk full: %s", exc)
            print(f"error: {disk_full_message('nothing half-done was kept')}", file=sys.stderr)
            return EXIT_USER
        # A bug, not a user error: keep the traceback in the log, tell the user where it is.
        log.exception("unexpected failure")
        print(f"error: unexpected failure ({type(exc).__name__}: {exc}). Nothing half-done was kept; "
              f"details are in {logs.log_file()}", file=sys.stderr)
        return EXIT_USER


__all__ = ["EXIT_OK", "EXIT_USER", "build_parser", "main"]
