"""Logging: errors go to a rotating file in the user log folder as well as to the user."""

from __future__ import annotations

import logging
import logging.handlers
import os

from desktop_app.system.paths import log_dir

LOG_ENV = "EXPORT_RISK_LOG_DIR"


def log_file() -> str:
    return os.path.join(os.environ.get(LOG_ENV) or str(log_dir()), "export-risk.log")


class _QuietFileHandler(logging.handlers.RotatingFileHandler):
    """A log file that stops, silently, when it cannot be written (a full disk): the user's
    message must not be buried under the logging module's own traceback."""

    def handleError(self, record: logging.LogRecord) -> None:
        self.close()
        logging.getLogger("desktop_app").removeHandler(self)


class _Context(logging.Filter):
    """Stamps every line with the process (the window or the command, with its pid) and the
    register it works on: several windows and commands share one log file."""

    process = "export-risk"
    register = "-"

    def filter(self, record: logging.LogRecord) -> bool:
        record.app_process = self.process
        record.register = self.register
        return True


CONTEXT = _Context()
FORMAT = "%(asctime)s %(levelname)s [%(app_process)s pid %(process)d] [%(register)s] %(name)s: %(message)s"


def set_process(name: str) -> None:
    """`window`, or the command being run (`export-risk import`)."""
    CONTEXT.process = name


def set_register(display: str) -> None:
    """The register this process opened last (a path, or a URL without its password)."""
    CONTEXT.register = display


def configure(*, verbose: bool = False, process: str | None = None) -> None:
    if process:
        set_process(process)
    root = logging.getLogger("desktop_app")
    if getattr(root, "_register_configured", False):
        return
    root.setLevel(logging.INFO)
    try:
        os.makedirs(os.path.dirname(log_file()), exist_ok=True)
        handler: logging.Handler = _QuietFileHandler(
            log_file(), maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter(FORMAT))
        handler.addFilter(CONTEXT)
        root.addHandler(handler)
    except OSError:
        pass  # an unwritable log folder must not stop the app
    if verbose:
        stream = logging.StreamHandler()
        stream.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        root.addHandler(stream)
    root._register_configured = True  # type: ignore[attr-defined]
