"""The one module that knows both front ends: the command line, and the window it hands over to."""

from __future__ import annotations

import os
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


def gui_main(argv: Sequence[str] | None = None) -> int:
    """`export-risk-gui [--db FILE]`: the window only, started without a console (a GUI script
    run by pythonw on Windows, the bundle's windowed executable, the Linux desktop entry)."""
    # Without a console, Windows starts the process with no stdout/stderr at all: anything
    # printed (argparse's usage, a library's warning) would raise instead of going nowhere.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - for the process's life
    args = list(sys.argv[1:] if argv is None else argv)
    return cli_main([*args, "gui"], open_window=open_window)
