"""The shipped fonts stand in where the system has none for Chinese, Japanese or Korean."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from desktop_app.system.paths import resource

# Run in a child process: Qt reads the font configuration once per process.
PROBE = """
import json, sys
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication
from desktop_app.ui.app import add_missing_fonts

app = QApplication(sys.argv[:1])

def glyph(text):
    image = QImage(64, 64, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(QFont(QApplication.font().family(), 28))
    painter.setPen(QColor("black"))
    painter.drawText(4, 48, text)
    painter.end()
    return image

# Two different characters drawn alike are both the empty box of a missing glyph.
before = glyph("中") == glyph("国") and glyph("한") == glyph("국")
added = add_missing_fonts()
after = glyph("中") == glyph("国") or glyph("한") == glyph("국")
print(json.dumps({"boxes_before": before, "added": added, "boxes_after": after}))
"""


def _probe(tmp_path: Path, font_dir: Path) -> dict[str, object]:
    """The probe's findings under a font configuration that knows only the fonts in `font_dir`."""
    conf = tmp_path / "fonts.conf"
    conf.write_text(f'<?xml version="1.0"?>\n<fontconfig><dir>{font_dir}</dir>'
                    f"<cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>\n", encoding="utf-8")
    env = os.environ | {"FONTCONFIG_FILE": str(conf), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_a_system_without_cjk_fonts_gets_the_shipped_one(tmp_path: Path) -> None:
    empty = tmp_path / "no-fonts"
    empty.mkdir()
    found = _probe(tmp_path, empty)
    assert found["boxes_before"] is True
    assert "wqy-microhei.ttc" in found["added"]  # type: ignore[operator]
    assert found["boxes_after"] is False


def test_a_system_with_cjk_fonts_loads_nothing(tmp_path: Path) -> None:
    found = _probe(tmp_path, resource("fonts"))  # the shipped fonts, installed as system fonts
    assert found["boxes_before"] is False and found["added"] == []
