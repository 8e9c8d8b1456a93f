"""Render the desktop icon's SVG to PNG files of the given sizes (run by the bundle spec)."""

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer


def render(svg: Path, out_dir: Path, sizes: list[int]) -> list[Path]:
    """`out_dir/<size>.png` for each size, drawn from the vector source (no scaled bitmaps)."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = out_dir / f"{size}.png"
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"could not write {target}")
        written.append(target)
    return written


if __name__ == "__main__":
    app = QGuiApplication(sys.argv[:1])  # needs QT_QPA_PLATFORM=offscreen where there is no display
    render(Path(sys.argv[1]), Path(sys.argv[2]), [int(s) for s in sys.argv[3:]])
