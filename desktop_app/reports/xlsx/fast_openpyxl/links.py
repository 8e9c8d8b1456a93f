"""A sheet's hyperlinks kept as XML in temporary files, not as openpyxl objects, until the save.

openpyxl keeps a Hyperlink object per linked cell until its sheet closes, then a Relationship
object per link until the workbook is saved, and builds both lists as element trees: at 10,000
source links that was most of the workbook's memory above the bare write. Here each link is
written out as it is added, as the two pieces of XML openpyxl would write for it (the sheet's
`<hyperlink>` element and the sheet relationship it points at), byte for byte; the sheet's
relationship list only counts the links, so the other relationships (the table) number after
them as in openpyxl, and `LinkZip` pours the relationships file in where the list left a marker.
"""

from __future__ import annotations

import datetime
import shutil
import tempfile
import time
from typing import IO, Any
from zipfile import ZIP_DEFLATED, ZipFile, ZipInfo

from openpyxl import LXML, Workbook
from openpyxl.packaging.relationship import RelationshipList
from openpyxl.writer.excel import ExcelWriter
from openpyxl.xml.constants import REL_NS

_RELS_MARK = " hyperlink relationships {} go here "
_LINK_REL = f'<Relationship Type="{REL_NS}/hyperlink" Target="{{}}" TargetMode="External" Id="rId{{}}"/>'
_LINK = f'<hyperlink xmlns:r="{REL_NS}" ref="{{}}" r:id="rId{{}}"/>'
_CHUNK = 1 << 20

# The comment type of the XML library openpyxl serialises with.
if LXML:
    from lxml.etree import Comment
else:  # pragma: no cover - lxml is a dependency
    from xml.etree.ElementTree import Comment


def _attribute(text: str) -> str:
    """An attribute value as lxml writes it (openpyxl serialises relationships as UTF-8)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


class LinkParts:
    """One sheet's hyperlinks: `<hyperlink>` elements and their relationships, in two files."""

    def __init__(self) -> None:
        self.count = 0
        self.links: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115 (closed by close())
        self.rels: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115
        self.mark = _RELS_MARK.format(id(self))

    def add(self, ref: str, url: str) -> None:
        """Link cell `ref` to `url` (already checked to be a plain http(s) address)."""
        self.count += 1
        self.links.write(_LINK.format(ref, self.count).encode("ascii"))
        self.rels.write(_LINK_REL.format(_attribute(url), self.count).encode("utf-8"))

    def write_links(self, out: IO[bytes]) -> None:
        """The sheet's `<hyperlinks>` element (call once there are links)."""
        out.write(b"<hyperlinks>")
        self.links.seek(0)
        shutil.copyfileobj(self.links, out, _CHUNK)
        out.write(b"</hyperlinks>")
        self.links.close()

    def close(self) -> None:
        self.links.close()
        self.rels.close()


class LinkRels(RelationshipList):
    """A sheet's relationships whose first `parts.count` ids are the hyperlinks of `parts`.

    Only the other relationships are objects; the list's length counts the links too, so the
    ids openpyxl gives the others follow them, and its tree marks where the links go.
    """

    def __init__(self, parts: LinkParts) -> None:
        super().__init__()
        self.parts = parts

    def __len__(self) -> int:
        return self.parts.count + super().__len__()

    def to_tree(self) -> Any:
        tree = super().to_tree()
        tree.insert(0, Comment(self.parts.mark))
        return tree


class LinkZip(ZipFile):
    """The workbook archive: a relationships part holding a LinkRels marker gets the sheet's
    hyperlink relationships streamed in there from their file."""

    def __init__(self, target: Any, parts: list[LinkParts]) -> None:
        super().__init__(target, "w", ZIP_DEFLATED, allowZip64=True)
        self.parts = {f"<!--{p.mark}-->".encode("ascii"): p for p in parts}

    def writestr(self, zinfo_or_arcname: Any, data: Any, compress_type: Any = None,
                 compresslevel: Any = None) -> None:
        if self.parts and isinstance(data, bytes) and isinstance(zinfo_or_arcname, str):
            for mark, parts in self.parts.items():
                head, found, tail = data.partition(mark)
                if found:
                    self._stream(zinfo_or_arcname, head, parts, tail)
                    return
        super().writestr(zinfo_or_arcname, data, compress_type, compresslevel)

    def _stream(self, name: str, head: bytes, parts: LinkParts, tail: bytes) -> None:
        # The entry writestr would make: same compression, date and permissions.
        info = ZipInfo(name, date_time=time.localtime(time.time())[:6])
        info.compress_type = self.compression
        info._compresslevel = self.compresslevel  # type: ignore[attr-defined]
        info.external_attr = 0o600 << 16
        with self.open(info, "w") as fh:
            fh.write(head)
            parts.rels.seek(0)
            shutil.copyfileobj(parts.rels, fh, _CHUNK)
            fh.write(tail)
        parts.close()


def save_workbook(wb: Workbook, target: Any, parts: list[LinkParts]) -> None:
    """openpyxl's save_workbook, into a LinkZip that streams the `parts` links in."""
    if wb.write_only and not wb.worksheets:
        wb.create_sheet()
    with LinkZip(target, parts) as archive:
        wb.properties.modified = datetime.datetime.now(tz=datetime.UTC).replace(tzinfo=None)
        ExcelWriter(wb, archive).save()
