"""The briefing's own cell wrapper: every line fits its column and no character is lost."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from desktop_app.reports.document import Level
from desktop_app.reports.pdf import styles
from desktop_app.reports.pdf import text as pdf_text
from desktop_app.reports.pdf.blocks import HeadingBlock, LinkBlock, TextBlock
from desktop_app.reports.pdf.cells import Lines, evict_oldest, plain_lines, wrap_runs
from desktop_app.reports.pdf.fonts import CJK, SANS, SANS_BOLD, TextShaper, load_fonts
from desktop_app.reports.pdf.sections import heading
from desktop_app.reports.pdf.text import Kit
from desktop_app.system.paths import resource


def _kit() -> Kit:
    return Kit(TextShaper(load_fonts(resource("fonts"))), {"low": Level("low", "Low", "#2E7D32", 1)})


def test_plain_text_wraps_at_spaces_and_breaks_long_words() -> None:
    load_fonts(resource("fonts"))
    text = "short words then " + "x" * 300 + " tail"
    lines = plain_lines((text,), SANS, 7.5, 100.0).split("\n")
    assert len(lines) > 5
    assert all(stringWidth(line, SANS, 7.5) <= 100.0 for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")  # no character lost
    assert lines[0] == "short words then"


def test_mixed_fonts_keep_every_character_in_its_font() -> None:
    load_fonts(resource("fonts"))
    runs = [(SANS, "Zoë JV "), (CJK, "华锂" * 40), (SANS, " end")]
    lines = wrap_runs(runs, 80.0, 7.5)
    assert len(lines) > 2
    for line in lines:
        assert sum(stringWidth(t, f, 7.5) for f, t in line) <= 80.0
    drawn = "".join(t for line in lines for _, t in line)
    assert drawn.replace(" ", "") == "ZoëJV" + "华锂" * 40 + "end"
    assert {f for line in lines for f, t in line if "华" in t} == {CJK}


def test_kit_chooses_string_runs_or_paragraph() -> None:
    kit = _kit()
    assert kit.cell("Anna Keller", 60) == "Anna Keller"
    assert kit.cell("<b>Bold</b> & Sons", 200) == "<b>Bold</b> & Sons"  # literal, never markup
    assert isinstance(kit.cell("华锂 JV 00002", 60), Lines)
    assert isinstance(kit.cell("tab\there", 60), Lines)  # control characters: marked, not drawn raw
    assert isinstance(kit.cell("שלום עולם", 60), Lines)  # right to left: wrapped here, each line reordered
    assert isinstance(kit.cell("华" * 2000, 40), Paragraph)  # too tall for one page: splittable


def test_full_caches_drop_their_least_recently_used_entries() -> None:
    cache = {n: n for n in range(16)}
    cache[0] = cache.pop(0)  # used again: now the most recent
    evict_oldest(cache)
    assert 1 not in cache and 2 not in cache
    assert 0 in cache and 15 in cache and len(cache) == 14


def test_kit_cache_stays_bounded_and_keeps_recurring_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_text, "CACHE_SIZE", 64)
    kit = _kit()
    wrapped: list[str] = []
    wrap = kit._wrap
    monkeypatch.setattr(kit, "_wrap", lambda text, *args: wrapped.append(text) or wrap(text, *args))
    for i in range(500):
        assert kit.cell("Anna Keller", 60) == "Anna Keller"  # recurs on every row
        assert kit.cell(f"action {i}", 60) == f"action {i}"  # once only
    assert len(kit._cache) <= 64
    assert wrapped.count("Anna Keller") == 1  # never evicted while in use


def test_characters_no_font_draws_are_marked_every_time() -> None:
    kit = _kit()
    for _ in range(2):  # the second time comes from the shaper's per-character cache
        assert kit.shaper.runs("a\u0001b") == [(SANS, "a[U+0001]b")]
        assert kit.shaper.runs("a\u200bb") == [(SANS, "ab")]  # zero-width: draws nothing
    assert "\u0001" in kit.shaper.missing


def test_text_blocks_wrap_split_between_lines_and_wrap_bidi_too() -> None:
    kit = _kit()
    text = "\n".join(f"line {i} of a long summary that goes on " + "and on " * 20 for i in range(40))
    block = kit.block(text, styles.BODY, multiline=True)
    assert isinstance(block, TextBlock)
    assert all(stringWidth(line, SANS, styles.BODY.fontSize) <= styles.FRAME_WIDTH for line in block.lines)
    assert len(block.lines) > 40  # long lines wrapped
    _, height = block.wrap(styles.FRAME_WIDTH, 800)
    first, rest = block.split(styles.FRAME_WIDTH, 100)
    assert first.wrap(styles.FRAME_WIDTH, 100)[1] <= 100
    assert [*first.lines, *rest.lines] == list(block.lines)  # no line lost or repeated
    assert block.split(styles.FRAME_WIDTH, 5) == []  # not even one line fits
    assert block.split(styles.FRAME_WIDTH, height) == [block]
    assert isinstance(kit.block("华锂 <b>JV</b>", styles.BODY), TextBlock)
    assert isinstance(kit.block("שלום עולם", styles.BODY), TextBlock)  # right to left, wrapped here


def test_headings_are_bookmarked_blocks_once_bidi_too() -> None:
    kit = _kit()
    title = "SYN/BIS No. 1271 of 2025 \u2014 " + "a long measure title " * 30
    block = heading(kit, title, "m-1", 1)
    assert isinstance(block, HeadingBlock) and block.bookmark == ("m-1", title, 1)
    assert block.keepWithNext  # stays with the facts below it
    assert all(stringWidth(line, SANS_BOLD, styles.H2.fontSize) <= styles.FRAME_WIDTH for line in block.lines)
    first, rest = block.split(styles.FRAME_WIDTH, styles.H2.leading * 2)
    assert first.bookmark == block.bookmark and rest.bookmark is None  # one outline entry
    assert isinstance(heading(kit, "שלום עולם", "v-1", 1), HeadingBlock)


def test_source_links_only_for_safe_addresses() -> None:
    kit = _kit()
    link = kit.link("https://example.invalid/measure/1", width=100)
    assert isinstance(link, LinkBlock) and link.url == "https://example.invalid/measure/1"
    assert kit.link("javascript:alert(1)", width=100) == "javascript:alert(1)"  # text, never a link


def test_right_to_left_text_wraps_first_then_each_line_is_reordered() -> None:
    """A Hebrew sentence over two lines: its first words (in reading order) are on the first line,
    each line drawn right to left; wrapping the reordered text had put its last words first."""
    kit = _kit()
    words = ["\u05d0\u05d7\u05d3", "\u05e9\u05ea\u05d9\u05d9\u05dd", "\u05e9\u05dc\u05d5\u05e9",
             "\u05d0\u05e8\u05d1\u05e2", "\u05d7\u05de\u05e9", "\u05e9\u05e9"] * 4
    cell = kit.cell(" ".join(words), 90)
    assert isinstance(cell, Lines) and len(cell.lines) > 1
    drawn = ["".join(piece for _, piece in line) for line in cell.lines]
    first = drawn[0].split(" ")[::-1]  # drawn right to left: reversed, the words in reading order
    assert [w[::-1] for w in first] == words[: len(first)]
    assert [w[::-1] for line in drawn for w in line.split(" ")[::-1]] == words  # every word, in order
