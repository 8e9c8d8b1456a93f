"""The bundle's entry point: `export-risk` (a command, or the window) or `export-risk-gui` (the window)."""

import sys
from pathlib import Path

from desktop_app.launcher import gui_main, main

if __name__ == "__main__":
    # One script for both executables (the windowed one exists on Windows and macOS only): the
    # name it was started as decides, as the two share one Python archive's analysis.
    windowed = Path(sys.executable).stem.lower().endswith("-gui")
    sys.exit(gui_main() if windowed else main())
