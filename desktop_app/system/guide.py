"""Where the user guide shipped with the app lives: package data, else a source checkout's docs/."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_cache_path

from desktop_app.system.paths import APP_AUTHOR, APP_NAME, RESOURCES

# The order pages are listed in: the window first, then the areas a user meets next; pages
# not named here follow in name order (a new page is listed without editing this).
PAGE_ORDER = ("gui", "forms", "intake", "screening", "time", "ownership", "jurisdiction-groups",
              "pdf-briefing", "excel-workbook", "safety", "team-mode", "performance")
_HEADING = re.compile(r"^#{1,2}\s+(.+?)\s*#*\s*$")


@dataclass(frozen=True)
class GuidePage:
    """One page of the guide: its file stem and its first heading."""

    stem: str
    title: str
    path: Path


def guide_dir() -> Path | None:
    """The guide's markdown pages: setuptools maps the repo's docs/ into the package as
    `desktop_app.resources.guide` (wheels and the PyInstaller bundle carry it there); an
    editable install or a bare checkout reads the checkout's docs/ itself. None if neither
    is there (a broken install)."""
    for candidate in (RESOURCES / "guide", Path(__file__).resolve().parents[2] / "docs"):
        if (candidate / "gui.md").is_file():
            return candidate
    return None


def pages(folder: Path) -> list[GuidePage]:
    """The guide's pages in reading order, each titled by its first heading (else its name)."""
    found: list[GuidePage] = []
    for path in folder.glob("*.md"):
        title = path.stem.replace("-", " ").capitalize()
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                match = _HEADING.match(line)
                if match:
                    title = match.group(1)
                    break
        found.append(GuidePage(path.stem, title, path))
    rank = {stem: n for n, stem in enumerate(PAGE_ORDER)}
    return sorted(found, key=lambda p: (rank.get(p.stem, len(rank)), p.stem))


def rendered_dir() -> Path:
    """Where the guide's HTML pages are written for a browser (the package may be read-only)."""
    return user_cache_path(APP_NAME, APP_AUTHOR) / "guide"
