"""Embedded TrueType fonts with a per-character fallback chain, and text made safe to draw."""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

SANS, SANS_BOLD, CJK, SYMBOLS = "Briefing-Sans", "Briefing-Sans-Bold", "Briefing-CJK", "Briefing-Symbols"
# (ReportLab name, file, subfont index). Order is the fallback order after the primary font.
FONT_FILES: tuple[tuple[str, str, int], ...] = (
    (SANS, "DejaVuSans.ttf", 0),  # Latin incl. accented/Turkish, Greek, Cyrillic, Hebrew, Arabic
    (SANS_BOLD, "DejaVuSans-Bold.ttf", 0),
    (CJK, "wqy-microhei.ttc", 0),  # Chinese, Japanese kana, Korean Hangul (TrueType outlines)
    (SYMBOLS, "Symbola.ttf", 0),  # emoji and other symbols
)
FALLBACKS = (CJK, SYMBOLS)
RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
_LOCK = threading.Lock()


class FontsMissing(RuntimeError):
    """A bundled font file is missing or unreadable."""


@dataclass(frozen=True)
class FontSet:
    """Registered fonts and the code points each one can draw."""

    coverage: dict[str, frozenset[int]]

    def font_for(self, cp: int, primary: str) -> str | None:
        if cp in self.coverage[primary]:
            return primary
        for name in FALLBACKS:
            if cp in self.coverage[name]:
                return name
        return None


@cache
def _load(font_dir: str) -> FontSet:
    coverage: dict[str, frozenset[int]] = {}
    for name, filename, index in FONT_FILES:
        path = Path(font_dir) / filename
        try:
            font = TTFont(name, str(path), subfontIndex=index)
        except (OSError, ttfonts.TTFError) as exc:
            raise FontsMissing(f"cannot load the font {path}: {exc}") from exc
        pdfmetrics.registerFont(font)
        coverage[name] = frozenset(font.face.charToGlyph)
    # Lets <b> inside markup and the Paragraph machinery find the bold face.
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD)
    pdfmetrics.registerFontFamily(SANS_BOLD, normal=SANS_BOLD, bold=SANS_BOLD, italic=SANS_BOLD, boldItalic=SANS_BOLD)
    for name in FALLBACKS:  # no bold faces: bold text in these scripts uses the regular one
        pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
    return FontSet(coverage)


def load_fonts(font_dir: Path) -> FontSet:
    """Register the bundled fonts with ReportLab once per process and return their coverage."""
    with _LOCK:
        return _load(str(Path(font_dir).resolve()))


def visual_order(line: str) -> str:
    """Right-to-left runs reordered for drawing left to right, Arabic letters joined."""
    if not RTL.search(line):
        return line
    # Short lines are cached: a venture's or partner's name comes back on many pages, and
    # shaping is slow; long text rarely repeats and would make the cache large.
    return _reordered_short(line) if len(line) <= _CACHED_LINE else _reordered(line)


_CACHED_LINE = 200


def _reordered(line: str) -> str:
    from bidi import get_display  # imported only when needed: most briefings have no RTL text

    if _ARABIC.search(line):
        import arabic_reshaper

        line = arabic_reshaper.reshape(line)
    return get_display(line, base_dir="L")


_reordered_short = lru_cache(maxsize=4_096)(_reordered)
_MISS = object()


def _invisible(ch: str) -> bool:
    # Format characters (bidi marks, zero-width joiners, BOM) and variation selectors draw nothing.
    return unicodedata.category(ch) == "Cf" or 0xFE00 <= ord(ch) <= 0xFE0F


@dataclass
class TextShaper:
    """Turns user text into escaped Paragraph markup (or canvas runs) with font fallback.

    Characters no bundled font can draw become a visible `[U+XXXX]` marker and are collected in
    `missing`, so the briefing can say so instead of printing empty boxes.
    """

    fonts: FontSet
    missing: set[str] = field(default_factory=set)
    # (character, primary font) -> (font, what to draw), or None for a character that draws nothing
    _glyphs: dict[tuple[str, str], tuple[str, str] | None] = field(default_factory=dict, repr=False)

    def lines(self, text: str, multiline: bool) -> list[str]:
        if multiline:
            return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        return [text.replace("\r\n", " ").replace("\r", " ").replace("\n", " ")]

    def runs(self, text: str, primary: str = SANS, *, reorder: bool = True) -> list[tuple[str, str]]:
        """(font name, text) pieces of one line, in drawing order (in reading order with
        `reorder` False: to wrap right-to-left text before each line is reordered)."""
        if text.isascii() and text.isprintable():
            return [(primary, text)]
        out: list[tuple[str, list[str]]] = []
        glyphs = self._glyphs
        text = text.replace("\t", " ")
        for ch in visual_order(text) if reorder else text:
            found = glyphs.get((ch, primary), _MISS)
            if found is _MISS:
                found = glyphs[(ch, primary)] = self._glyph(ch, primary)
            if found is None:
                continue
            name, piece = found  # type: ignore[misc]
            if out and out[-1][0] == name:
                out[-1][1].append(piece)
            else:
                out.append((name, [piece]))
        return [(name, "".join(parts)) for name, parts in out]

    def _glyph(self, ch: str, primary: str) -> tuple[str, str] | None:
        """The font that draws `ch` and what to draw: a visible [U+XXXX] marker (noted in
        `missing`) when no font can; None when the character draws nothing."""
        cp = ord(ch)
        if _invisible(ch):
            return None
        name = self.fonts.font_for(cp, primary)
        if name is None or unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn"):
            self.missing.add(ch)
            return primary, f"[U+{cp:04X}]"
        return name, ch

    def markup(self, text: str, *, primary: str = SANS, multiline: bool = False) -> str:
        """Escaped Paragraph markup that prints `text` literally (no tags, links or images)."""
        if text.isascii() and text.isprintable():
            return escape(text)
        lines = []
        for line in self.lines(text, multiline):
            lines.append(
                "".join(
                    escape(piece) if name == primary else f'<font face="{name}">{escape(piece)}</font>'
                    for name, piece in self.runs(line, primary)
                )
            )
        return "<br/>".join(lines)

    def width(self, text: str, size: float, primary: str = SANS) -> float:
        return sum(pdfmetrics.stringWidth(p, n, size) for n, p in self.runs(text, primary))

    def draw(
        self,
        canvas: object,
        x: float,
        y: float,
        text: str,
        size: float,
        primary: str = SANS,
        align: str = "left",
    ) -> None:
        """Draw one line of user text on a canvas with font fallback (headers, footers)."""
        runs = self.runs(self.lines(text, False)[0], primary)
        if align != "left":
            total = sum(pdfmetrics.stringWidth(p, n, size) for n, p in runs)
            x -= total if align == "right" else total / 2
        for name, piece in runs:
            canvas.setFont(name, size)  # type: ignore[attr-defined]
            canvas.drawString(x, y, piece)  # type: ignore[attr-defined]
            x += pdfmetrics.stringWidth(piece, name, size)
