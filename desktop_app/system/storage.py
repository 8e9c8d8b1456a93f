"""Recognise a write that failed for want of space, and say so in words a user can act on."""

from __future__ import annotations

import errno
import sqlite3

from desktop_app.system.message_language import mark, msg

# No space left, quota exceeded, or the file-size limit reached: the same remedy for a user.
FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
# SQLite reports ENOSPC as SQLITE_FULL and any other failed write(2) (EFBIG, EIO) as IOERR_WRITE.
_SQLITE_FULL = ("database or disk is full", "disk is full", "disk i/o error")

DISK_FULL = mark("disk full (or the disk failed while writing): {what}. Free some space on the disk "
                  "(or check it) and try again.")


def is_storage_full(exc: BaseException | None) -> bool:
    """Whether `exc` (or an error it was raised from) is a write refused for lack of space."""
    seen = 0
    while exc is not None and seen < 8:
        if isinstance(exc, OSError) and exc.errno in FULL_ERRNOS:
            return True
        if isinstance(exc, sqlite3.Error) and any(m in str(exc).lower() for m in _SQLITE_FULL):
            return True
        orig = getattr(exc, "orig", None)  # SQLAlchemy wraps the driver's error
        exc = orig if isinstance(orig, BaseException) else (exc.__cause__ or exc.__context__)
        seen += 1
    return False


def disk_full_message(what: str) -> str:
    """"Disk full ..." with what happened to the user's data (`what`) and what to do."""
    text = msg(DISK_FULL, what=what)
    return text[0].upper() + text[1:]
