#!/usr/bin/env bash
# Screenshots of the real application on the demo register, drawn by X (Xvfb), not offscreen.
#   tools/screenshots.sh [--out docs/screenshots]
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
# A private settings folder: saved column choices or window sizes never leak into the pictures.
export XDG_CONFIG_HOME
XDG_CONFIG_HOME=$(mktemp -d)
trap 'rm -rf "$XDG_CONFIG_HOME"' EXIT
exec xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb "$PY" tools/screenshots.py "$@"
