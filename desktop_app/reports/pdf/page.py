"""Page furniture (header, footer, "Page X of Y"), bookmarks, and a document fed lazily."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from desktop_app.reports.pdf import styles
from desktop_app.reports.pdf.fonts import SANS, SANS_BOLD, TextShaper
from desktop_app.system.report_language import _

TOTAL_FORM = "BriefingPageTotal"
LOOKAHEAD = 12  # flowables kept queued: enough for keepWithNext chains of headings


FURNITURE_FORMS = ("briefing-cover-furniture", "briefing-page-furniture")  # by "after the cover"


class BriefingCanvas(Canvas):
    """A canvas whose pages show "Page X of Y": Y is a form XObject drawn once at the end.

    This keeps one pass and constant memory (no saved page states, no second build). The fast
    twin in fast_reportlab also compresses each page as it ends.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.furniture_drawn: set[str] = set()  # Furniture forms already drawn in this document

    def save(self) -> None:
        # The document template ends its last page before saving: every page is shown by now.
        total = self.getPageNumber() - 1
        self.beginForm(TOTAL_FORM)
        self.setFont(SANS, 7.5)
        self.setFillColor(styles.MUTED)
        self.drawString(0, 0, str(max(total, 1)))
        suffix = getattr(self, "total_suffix", None)  # the language's words after the total ("页")
        if suffix is not None:
            suffix[0].draw(self, stringWidth(str(max(total, 1)), SANS, 7.5), 0, suffix[1], 7.5)
        self.endForm()
        super().save()


@dataclass
class Furniture:
    """What the header and footer print on every page after the cover."""

    shaper: TextShaper
    header_left: str
    header_right: str
    footer_left: str

    def draw(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        # What does not change from page to page is drawn once into a form and placed on each
        # page (11,000 pages at 100,000 assessments re-shaped and re-encoded the same lines).
        name = FURNITURE_FORMS[doc.page > 1]
        drawn: set[str] = canvas.furniture_drawn  # type: ignore[attr-defined]
        if name not in drawn:
            canvas.beginForm(name)
            self._static(canvas, header=doc.page > 1)
            canvas.endForm()
            drawn.add(name)
        canvas.doForm(name)
        right = styles.PAGE[0] - styles.MARGIN_X
        bottom = styles.MARGIN_BOTTOM - 12
        x = right - 22
        canvas.saveState()
        canvas.setFillColor(styles.MUTED)
        canvas.setFont(SANS, 7.5)
        # "Page {page} of {total}" as one sentence; the total is a form drawn at the end, so the
        # words before it end at x and the words after it are drawn into that form.
        before, _total, after = _("Page {page} of {total}").partition("{total}")
        before = before.format(page=doc.page)
        if before.isascii():
            canvas.drawRightString(x, bottom, before)
        else:
            self.shaper.draw(canvas, x, bottom, before, 7.5, align="right")
        if after:
            canvas.total_suffix = (self.shaper, after)  # type: ignore[attr-defined]
        canvas.translate(x + 1, bottom)
        canvas.doForm(TOTAL_FORM)
        canvas.restoreState()

    def _static(self, canvas: Canvas, *, header: bool) -> None:
        width, height = styles.PAGE
        left, right = styles.MARGIN_X, width - styles.MARGIN_X
        canvas.saveState()
        canvas.setFillColor(styles.MUTED)
        canvas.setStrokeColor(styles.RULE)
        canvas.setLineWidth(0.4)
        if header:
            top = height - styles.MARGIN_TOP + 8
            self.shaper.draw(canvas, left, top, self.header_left, 7.5)
            canvas.setFillColor(styles.WARN)
            self.shaper.draw(canvas, right, top, self.header_right, 7.5, primary=SANS_BOLD, align="right")
            canvas.setFillColor(styles.MUTED)
            canvas.line(left, top - 3, right, top - 3)
        bottom = styles.MARGIN_BOTTOM - 12
        canvas.line(left, bottom + 9, right, bottom + 9)
        self.shaper.draw(canvas, left, bottom, self.footer_left, 7)
        canvas.restoreState()


def add_bookmark(canvas: Canvas, bookmark: tuple[str, str, int] | None) -> None:
    """Mark this spot as `key` and list it in the PDF outline (bookmarks) at `level`."""
    if bookmark is not None:
        key, title, level = bookmark
        canvas.bookmarkPage(key)
        canvas.addOutlineEntry(" ".join(title.split())[:200] or "(untitled)", key, level=level)


class Heading(Paragraph):
    """A section heading that is also a PDF bookmark (outline entry) at `level`."""

    def __init__(self, text: str | None, style: object, *args: object,
                 bookmark: tuple[str, str, int] | None = None, **kwargs: object) -> None:
        # Keeps Paragraph's signature: split() rebuilds pieces with self.__class__(None, ...).
        super().__init__(text, style, *args, **kwargs)  # type: ignore[arg-type]
        self.bookmark = bookmark

    def split(self, availWidth: float, availHeight: float) -> list:
        parts = super().split(availWidth, availHeight)
        if parts:
            parts[0].bookmark = self.bookmark  # the bookmark points at the first piece
        return parts

    def draw(self) -> None:
        add_bookmark(self.canv, self.bookmark)
        super().draw()


class BriefingDoc(BaseDocTemplate):
    """A document template whose story is pulled from an iterator while it is laid out, so a
    register with thousands of ventures never holds all its flowables in memory at once."""

    def __init__(
        self,
        filename: str,
        furniture: Furniture,
        source: Iterator[Flowable],
        on_flowable: Callable[[], None] | None = None,
        **kwargs: object,
    ) -> None:
        _width, height = styles.PAGE
        super().__init__(
            filename,
            pagesize=styles.PAGE,
            leftMargin=styles.MARGIN_X,
            rightMargin=styles.MARGIN_X,
            topMargin=styles.MARGIN_TOP,
            bottomMargin=styles.MARGIN_BOTTOM,
            initialFontName=SANS,
            **kwargs,
        )
        frame = Frame(
            styles.MARGIN_X,
            styles.MARGIN_BOTTOM,
            styles.FRAME_WIDTH,
            height - styles.MARGIN_TOP - styles.MARGIN_BOTTOM,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=furniture.draw)])
        self._source = source
        self._story: list[Flowable] = []
        self._on_flowable = on_flowable

    def filterFlowables(self, flowables: list) -> None:
        # ReportLab also passes its own internal lists (e.g. the page-begin queue): leave those.
        if flowables is not self._story:
            return
        while len(flowables) < LOOKAHEAD:
            nxt = next(self._source, None)
            if nxt is None:
                break
            flowables.append(nxt)

    def afterFlowable(self, flowable: Flowable) -> None:
        if self._on_flowable is not None:
            self._on_flowable()

    def build_lazily(self, canvasmaker: type[BriefingCanvas] = BriefingCanvas) -> None:
        self.filterFlowables(self._story)
        self.build(self._story, canvasmaker=canvasmaker)
