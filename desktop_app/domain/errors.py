"""Errors the services raise for the user to read; each carries a plain-language message."""

from __future__ import annotations

from typing import Any

from desktop_app.domain.fields import Issue, Severity
from desktop_app.system.message_language import mark, msg

# What the services name in "The {what} was not saved:" besides the records' labels (entity.py):
# marked here so the heading's noun is translated with it.
WHATS = (mark("record"), mark("link"), mark("dismissal"), mark("screening vocabulary"), mark("diff"))


class RegisterError(Exception):
    """Base of every error meant for the user (CLI exit 1, GUI message box)."""


class ValidationFailed(RegisterError):
    def __init__(self, issues: list[Issue], what: str = "record") -> None:
        self.issues = issues
        errs = [i for i in issues if i.severity is Severity.ERROR]
        lines = "\n".join(f"  - {i}" for i in errs)
        # `what` is a marked label ("measure") or text the caller built; msg() leaves the latter as it is.
        heading = msg("The {what} was not saved:", what=msg(what) if what else what)
        self.heading, self.errors = heading, errs  # the window names the fields by their labels
        super().__init__(f"{heading}\n{lines}")


class NotFound(RegisterError):
    pass


class Conflict(RegisterError):
    """Someone else saved the record since it was read; `current` holds their version."""

    def __init__(self, message: str, current: Any = None) -> None:
        self.current = current
        super().__init__(message)


class ArchivedRecord(RegisterError):
    pass


class DuplicateKey(RegisterError):
    pass


class DatabaseRefused(RegisterError):
    """The file cannot be opened as a register; it was left untouched."""


class DamagedDatabase(DatabaseRefused):
    """The file is a register (or claims to be) but its pages are damaged: restore a backup."""


class OutputRefused(RegisterError):
    """A report, export or backup would overwrite something it must not; nothing was written."""


class DatabaseBusy(RegisterError):
    """Another program holds the write lock; the change was not made and can be retried."""


class StorageFull(RegisterError):
    """The disk (or the database's size limit) is full; the transaction was rolled back."""


class ReadOnlyDatabase(RegisterError):
    """The database file or its folder cannot be written."""


class ImportRejected(RegisterError):
    """An import file had errors; nothing was imported. `errors` lists `row N, column C: msg`."""

    def __init__(self, message: str, errors: list[str] | None = None) -> None:
        self.errors = errors or []
        super().__init__(message)
