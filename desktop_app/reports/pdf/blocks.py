"""Text blocks: plain user text wrapped by the briefing itself, a paragraph without markup."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from desktop_app.reports.pdf.cells import Line
from desktop_app.reports.pdf.page import add_bookmark


class TextBlock(Flowable):
    """Lines already wrapped to the frame (plain strings in the style's font, or font runs),
    drawn in one text object and split between lines at a page end, as a Paragraph would be.

    Several times cheaper than a Paragraph: no markup to parse (user text is never markup
    anyway), no line breaking at layout time.
    """

    def __init__(self, lines: Sequence[str | Line], style: ParagraphStyle) -> None:
        super().__init__()
        self.lines = lines
        self.style = style
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        self.keepWithNext = getattr(style, "keepWithNext", 0)
        self.height = style.leading * len(lines)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        fit = int((availHeight + 1e-6) // self.style.leading)
        if fit >= len(self.lines):
            return [self]
        if fit <= 0:
            return []
        first, rest = TextBlock(self.lines[:fit], self.style), TextBlock(self.lines[fit:], self.style)
        first.spaceAfter = rest.spaceBefore = 0  # the page end separates them
        return [first, rest]

    def draw(self) -> None:
        s = self.style
        canv = self.canv
        canv.setFillColor(s.textColor)
        text = canv.beginText(0, self.height - s.fontSize)
        text.setFont(s.fontName, s.fontSize, s.leading)
        for line in self.lines:
            if isinstance(line, str):
                text.textLine(line)
                continue
            for font, piece in line:
                text.setFont(font, s.fontSize, s.leading)
                text.textOut(piece)
            text.textLine("")
        canv.drawText(text)


class HeadingBlock(TextBlock):
    """A heading that is also a PDF bookmark (outline entry): page.Heading without markup."""

    def __init__(
        self, lines: Sequence[str | Line], style: ParagraphStyle, bookmark: tuple[str, str, int] | None
    ) -> None:
        super().__init__(lines, style)
        self.bookmark = bookmark

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2:
            first, rest = parts
            parts = [HeadingBlock(first.lines, self.style, self.bookmark), HeadingBlock(rest.lines, self.style, None)]
            parts[0].spaceAfter = parts[1].spaceBefore = 0
        return parts

    def draw(self) -> None:
        add_bookmark(self.canv, self.bookmark)
        super().draw()


class LinkBlock(TextBlock):
    """A checked http(s) address as underlined text whose lines are clickable (a URI link),
    as a Paragraph's <a href><u> would draw it."""

    def __init__(self, lines: Sequence[str | Line], style: ParagraphStyle, url: str) -> None:
        super().__init__(lines, style)
        self.url = url

    def draw(self) -> None:
        super().draw()
        s, canv = self.style, self.canv
        canv.saveState()
        canv.setStrokeColor(s.textColor)
        canv.setLineWidth(s.fontSize / 20)
        top = self.height
        for line in self.lines:
            runs = ((s.fontName, line),) if isinstance(line, str) else line
            width = sum(stringWidth(piece, font, s.fontSize) for font, piece in runs)
            base = top - s.fontSize
            canv.line(0, base - s.fontSize / 8, width, base - s.fontSize / 8)
            canv.linkURL(self.url, (0, top - s.leading, width, top), relative=1)
            top -= s.leading
        canv.restoreState()
