"""The one module that knows both front ends: the command line, and the window it hands over to."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from desktop_app.cli.common import EXIT_USER
from desktop_app.cli.main import main as cli_main


def open_window(db_url: str) -> int:
    """Show the desktop window on `db_url`; a clear message where Qt cannot be loaded."""
    try:
        from desktop_app.ui.app import run_gui
    except ImportError as exc:
        print(f"The desktop window is not available in this build ({exc}). "
              "Use the commands listed by `export-risk --help`.", file=sys.stderr)
        return EXIT_USER
    return run_gui(db_url)


def main(argv: Sequence[str] | None = None) -> int:
    """`export-risk`: a command, or the window when none is given."""
    return cli_main(argv, open_window=open_window)
