#!/usr/bin/env bash
# Developer entry point.
#   ./dev.sh run [ARGS]   set up .venv and launch the app (default database in the user data folder)
#   ./dev.sh test [ARGS]  set up .venv (and, as root, the Debian packages the tests use) and run
#                         the whole test suite; ARGS go to pytest
#   ./dev.sh lint         ruff and the import-layer contracts
#   ./dev.sh test-latest [ARGS]
#                         set up .venv-latest with the newest releases of ReportLab, openpyxl and
#                         SQLAlchemy (everything else as constraints.txt pins it), run the fence tests
#                         there (each fast path against its stock twin) and say which fences ran
#                         fast and which stock; ARGS go to pytest
#   ./dev.sh bundle       the one-folder desktop bundle and its archive in dist/ (PyInstaller;
#                         tools/build_bundle.py, packaging/README.md)
#   ./dev.sh translations update the interface's .ts sources from the code (pyside6-lupdate), compile
#                         the .qm files (pyside6-lrelease) and list what each language still lacks;
#                         ARGS go to tools/translations.py (--check, --missing); docs/translations.md
set -euo pipefail
cd "$(dirname "$0")"
PY=${PYTHON:-python3}
VENV=${VENV:-.venv}

# Debian packages: Qt's runtime libraries and fonts (CJK included) for the app; poppler,
# LibreOffice and PostgreSQL for the tests that check PDFs, workbooks and team mode.
RUN_PKGS="libgl1 libegl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3 libglib2.0-0
  fonts-dejavu-core fonts-wqy-microhei libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1"
TEST_PKGS="poppler-utils libreoffice-calc-nogui postgresql xvfb xauth imagemagick x11-utils desktop-file-utils"
# PyInstaller reads the libraries' dependencies with ldd and objdump.
BUNDLE_PKGS="binutils python3-venv"

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo "$@"; else return 1; fi
}

debian_packages() {
  command -v dpkg-query >/dev/null || return 0
  local missing=()
  for p in $*; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing Debian packages: ${missing[*]}"
  if ! { as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }; then
    echo "warning: could not install ${missing[*]} (need root or sudo); tests that need them will be skipped." >&2
  fi
}

python_env() {
  if [ ! -x "$VENV/bin/python" ]; then
    if ! "$PY" -m venv "$VENV" 2>/dev/null; then
      rm -rf "$VENV"
      debian_packages "python3-venv"
      "$PY" -m venv "$VENV"
    fi
  fi
  # Install once per pyproject.toml + constraints.txt + extras: a stamp file in the venv records
  # what was installed, so a plain start does not spend 15 s in pip.
  local extras=${1:-test,team} stamp
  stamp="$VENV/.installed-$(cat pyproject.toml constraints.txt | { sha256sum 2>/dev/null || shasum -a 256; } \
    | cut -c1-16)-${extras//,/-}"
  if [ -f "$stamp" ]; then
    return 0
  fi
  echo "Installing the application and its libraries into $VENV (extras: $extras; once per change of pyproject.toml or constraints.txt)…"
  "$VENV/bin/python" -m pip install -q --upgrade pip
  "$VENV/bin/python" -m pip install -q -c constraints.txt -e ".[$extras]"
  rm -f "$VENV"/.installed-*
  touch "$stamp"
}

cmd=${1:-run}
shift || true
case "$cmd" in
  run)
    debian_packages "$RUN_PKGS"
    python_env test,team
    echo "Starting Export Risk Register ($VENV/bin/export-risk $*)…"
    exec "$VENV/bin/export-risk" "$@"
    ;;
  test)
    debian_packages "$RUN_PKGS $TEST_PKGS"
    python_env
    # Team-mode tests use EXPORT_RISK_TEST_PG_URL; start a local server for them when we can.
    if [ -z "${EXPORT_RISK_TEST_PG_URL:-}" ] && [ -x tools/start_postgres.sh ]; then
      if url=$(tools/start_postgres.sh 2>/dev/null); then export EXPORT_RISK_TEST_PG_URL="$url"; fi
    fi
    exec "$VENV/bin/python" -m pytest "$@"
    ;;
  test-latest)
    # The three libraries whose internals the fast paths lean on, at their newest releases.
    # Should a fence test fail in its fast mode, that version stays out of the fence's VERIFIED
    # list (its stock twin runs there); when all pass, add the version to VERIFIED.
    debian_packages "$RUN_PKGS poppler-utils"
    VENV=.venv-latest
    python_env
    "$VENV/bin/python" -m pip install -q --upgrade reportlab openpyxl SQLAlchemy
    "$VENV/bin/python" -m pip list 2>/dev/null | grep -iE "^(reportlab|openpyxl|sqlalchemy) "
    exec "$VENV/bin/python" -m pytest -m fences -p no:randomly "$@"
    ;;
  lint)
    python_env
    "$VENV/bin/ruff" check desktop_app tests benchmarks tools packaging
    "$VENV/bin/lint-imports"
    ;;
  translations)
    python_env
    exec "$VENV/bin/python" tools/translations.py "$@"
    ;;
  bundle)
    debian_packages "$RUN_PKGS $BUNDLE_PKGS"
    exec "$PY" tools/build_bundle.py "$@"
    ;;
  *)
    echo "usage: ./dev.sh run|test|test-latest|lint|bundle|translations [ARGS]" >&2
    exit 2
    ;;
esac
