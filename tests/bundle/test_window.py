"""The built bundle's window on a real X server (Xvfb): it appears, draws, and stays up."""

from __future__ import annotations

import os
import re
import select
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from desktop_app.ui.app import STARTUP_PROBE_ENV
from tests.bundle.conftest import Bundle, Run, user_env
from tests.conftest import need_tool

UP_FOR = 10.0  # seconds the window must stay up
# xwininfo -tree lists: 0x400007 "Export Risk Register — reg.sqlite3 — ...": ("export-risk" "ExportRiskRegister")
#   1280x800+0+0 (on one line)
# The main window: "<register> — Export Risk Register" (the app named once, after the file).
WINDOW_LINE = re.compile(r'"([^"]* — Export Risk Register)": \("([^"]*)" "([^"]*)"\)\s+(\d+)x(\d+)')


def _read_line(fd: int, timeout: float) -> str:
    """One line from a pipe, or what arrived before the timeout."""
    data = b""
    deadline = time.monotonic() + timeout
    while not data.endswith(b"\n") and (left := deadline - time.monotonic()) > 0:
        if select.select([fd], [], [], left)[0]:
            chunk = os.read(fd, 1)
            if not chunk:
                break
            data += chunk
    return data.decode(errors="replace")


@pytest.fixture
def display() -> Iterator[str]:
    """A fresh Xvfb server; its display name (`:N`, a number the server picks itself)."""
    xvfb = need_tool("Xvfb")
    read, write = os.pipe()
    server = subprocess.Popen([xvfb, "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        number = _read_line(read, 30).strip()
        assert number.isdigit(), "Xvfb did not report a display"
        yield f":{number}"
    finally:
        os.close(read)
        server.terminate()
        server.wait(timeout=30)


def _desktop_wm_class(bundle: Bundle) -> str:
    text = (bundle.folder / "export-risk-register.desktop").read_text(encoding="utf-8")
    found = re.search(r"^StartupWMClass=(.+)$", text, re.MULTILINE)
    assert found is not None
    return found.group(1)


def test_the_window_comes_up_draws_and_stays_up(bundle: Bundle, run: Run, home: Path, display: str) -> None:
    xwininfo, screenshot = need_tool("xwininfo"), need_tool("import")
    register = home / "register.sqlite3"
    assert run("--db", str(register), "demo").returncode == 0  # a register to show (no first-run question)
    env = user_env(home, DISPLAY=display, QT_QPA_PLATFORM="xcb", **{STARTUP_PROBE_ENV: "1"})
    app = subprocess.Popen([str(bundle.exe), "--db", str(register)], cwd=home, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert app.stdout is not None and app.stderr is not None
        line = _read_line(app.stdout.fileno(), 90)
        assert line.strip() == "shown", f"no window: {line!r} {app.poll()=}"
        tree = subprocess.run([xwininfo, "-root", "-tree"], env={"DISPLAY": display, "LANG": "C.UTF-8"},
                              capture_output=True, text=True, check=True, timeout=30).stdout
        windows = WINDOW_LINE.findall(tree)
        assert windows, tree
        title, instance, wm_class, width, height = windows[0]
        assert "register.sqlite3" in title and instance == "export-risk"
        assert wm_class == _desktop_wm_class(bundle)  # the menu entry finds its window
        assert int(width) >= 800 and int(height) >= 500
        deadline = time.monotonic() + UP_FOR
        while time.monotonic() < deadline:
            assert app.poll() is None, "the window closed by itself"
            time.sleep(0.5)
        shot = home / "screen.png"
        subprocess.run([screenshot, "-display", display, "-window", "root", str(shot)], check=True, timeout=60)
        with Image.open(shot) as image:
            colours = image.convert("RGB").getcolors(maxcolors=1 << 20) or []
        assert len(colours) > 50, "the screen is (nearly) blank"
        assert app.poll() is None
    finally:
        app.terminate()
        app.wait(timeout=30)
    errors = app.stderr.read().decode(errors="replace")
    assert "Traceback" not in errors and "Could not load the Qt platform plugin" not in errors, errors
