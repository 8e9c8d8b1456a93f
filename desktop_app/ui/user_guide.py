"""Help > User guide: the guide shipped with the app, rendered to HTML pages and opened in a browser."""

from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app import __version__
from desktop_app.system.atomic import atomic_output
from desktop_app.system.guide import GuidePage, guide_dir, pages, rendered_dir
from desktop_app.ui import messages

# A link to another page of the guide (`time.md`, `performance.md#anchor`); web links keep theirs.
_PAGE_LINK = re.compile(r'href="(?![a-z]+:)([\w.-]+)\.md(#[^"]*)?"')
_IMAGE = re.compile(r'src="(?![a-z]+:)([^"]+)"')

translate = QCoreApplication.translate  # by this name lupdate finds the texts



def render_page(page: GuidePage, folder: Path) -> str:
    """One markdown page as an HTML page: links between pages point at their HTML twins and
    pictures at the shipped files (the rendered folder holds only the pages)."""
    document = QTextDocument()
    document.setMarkdown(page.path.read_text(encoding="utf-8"))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, page.title)
    text = document.toHtml()
    text = _PAGE_LINK.sub(lambda m: f'href="{m.group(1)}.html{m.group(2) or ""}"', text)
    return _IMAGE.sub(lambda m: f'src="{QUrl.fromLocalFile(str(folder / m.group(1))).toString()}"', text)


def render_guide(source: Path, target: Path) -> Path:
    """Write every page of the guide in `source` as HTML into `target`, and an index page
    listing them; returns the index. Pages are rewritten each time (a newer version of the app
    ships newer pages), each atomically, so a browser never reads half a page."""
    target.mkdir(parents=True, exist_ok=True)
    found = pages(source)
    for page in found:
        with atomic_output(target / f"{page.stem}.html", "w", encoding="utf-8") as fh:
            fh.write(render_page(page, source))
    title = html.escape(translate("UserGuide", "Export Risk Register user guide"))
    items = "\n".join(f'<li><a href="{html.escape(p.stem)}.html">{html.escape(p.title)}</a></li>' for p in found)
    index, version = target / "index.html", html.escape(translate("UserGuide", "Version"))
    with atomic_output(index, "w", encoding="utf-8") as fh:
        fh.write(f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{title}</title></head>\n'
                 f"<body><h1>{title}</h1>\n<p>{version} {html.escape(__version__)}</p>\n"
                 f"<ul>\n{items}\n</ul></body></html>\n")
    return index


def open_url(url: QUrl) -> bool:
    """The desktop's default program for `url` (a module function: tests answer it)."""
    return QDesktopServices.openUrl(url)


def open_user_guide(parent: QWidget) -> None:
    """Render the guide and open its index; without a browser, say so and offer its folder."""
    title = translate("UserGuide", "User guide")
    source = guide_dir()
    if source is None:
        messages.plain_box(parent, QMessageBox.Icon.Warning, title, translate(
            "UserGuide", "The user guide is missing from this installation. Reinstall the application to get "
            "it back.")).exec()
        return
    try:
        index = render_guide(source, rendered_dir())
    except OSError as exc:
        messages.show_error(parent, exc, translate("UserGuide", "Could not prepare the user guide"))
        return
    if open_url(QUrl.fromLocalFile(str(index))):
        return
    box = messages.plain_box(parent, QMessageBox.Icon.Information, title, translate(
        "UserGuide", "No program here opens web pages. The user guide is saved as {0}; use Show in folder to "
        "find it.").format(index))
    folder = box.addButton(translate("UserGuide", "Show in folder"), QMessageBox.ButtonRole.ActionRole)
    box.exec()
    if box.clickedButton() is folder and not open_url(QUrl.fromLocalFile(str(index.parent))):
        messages.plain_box(parent, QMessageBox.Icon.Information, title, translate(
            "UserGuide", "No file manager is available. The user guide is in {0}").format(index.parent)).exec()
