"""Update the interface translations: .ts sources from the code (lupdate), then .qm (lrelease).

    python tools/translations.py            update every .ts and compile every .qm
    python tools/translations.py --check    exit 1 when a .ts differs from what lupdate extracts now
    python tools/translations.py --missing  list the messages each language still lacks

New strings arrive in each .ts marked unfinished; fill them (Qt Linguist, or any editor: the
<translation> element of each <message>), remove type="unfinished", and run this again.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "desktop_app" / "ui"
I18N = UI / "i18n"
CATALOGUE = "export_risk"
LANGUAGES = ("zh_CN", "de", "ja", "ko")  # English is the source language: it needs no catalogue


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside the running Python, else on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this Python")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in UI.rglob("*.py"))


def ts_path(code: str) -> Path:
    return I18N / f"{CATALOGUE}_{code}.ts"


def lupdate(targets: list[Path]) -> None:
    # No locations: a .ts then changes only when a text does, not when a line moves.
    subprocess.run([tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", "-silent",
                    *sources(), "-ts", *map(str, targets)], cwd=ROOT, check=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True)


def missing(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished, non-empty translation."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if (translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete")
                    or not (translation.text or "").strip()):
                found.append((name, message.findtext("source") or ""))
    return found


def check() -> list[str]:
    """The languages whose .ts is not what lupdate extracts from the code now."""
    stale = []
    with tempfile.TemporaryDirectory() as tmp:
        for code in LANGUAGES:
            copy = Path(tmp) / ts_path(code).name
            shutil.copyfile(ts_path(code), copy)
            lupdate([copy])
            if copy.read_bytes() != ts_path(code).read_bytes():
                stale.append(code)
    return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only say whether every .ts is up to date")
    parser.add_argument("--missing", action="store_true", help="only list untranslated messages")
    args = parser.parse_args(argv)
    if args.check:
        stale = check()
        print("out of date: " + ", ".join(stale) if stale else "every .ts matches the code")
        return 1 if stale else 0
    if not args.missing:
        I18N.mkdir(exist_ok=True)
        lupdate([ts_path(code) for code in LANGUAGES])
        for code in LANGUAGES:
            lrelease(ts_path(code), ts_path(code).with_suffix(".qm"))
    gaps = 0
    for code in LANGUAGES:
        lacking = missing(ts_path(code))
        gaps += len(lacking)
        for context, source in lacking:
            print(f"{code}\t{context}\t{source!r}")
        print(f"{code}: {len(lacking)} message(s) to translate", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
