"""Logging: errors go to a rotating file in the user log folder as well as to the user."""

from __future__ import annotations

import logging
import logging.handlers
import os

from desktop_app.paths import log_dir

LOG_ENV = "EXPORT_RISK_LOG_DIR"


def configure(*, verbose: bool = False) -> None:
    root = logging.getLogger("desktop_app")
    if getattr(root, "_register_configured", False):
        return
    root.setLevel(logging.INFO)
    folder = os.environ.get(LOG_ENV) or str(log_dir())
    try:
        os.makedirs(folder, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            os.path.join(folder, "export-risk.log"), maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    except OSError:
        pass  # an unwritable log folder must not stop the app
    if verbose:
        stream = logging.StreamHandler()
        stream.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        root.addHandler(stream)
    root._register_configured = True  # type: ignore[attr-defined]
