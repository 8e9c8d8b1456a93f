"""Has the register changed underneath this process? A token to compare, read cheaply."""

from __future__ import annotations

from desktop_app.persistence import change_watch
from desktop_app.services.context import ServiceContext


class RegisterWatch:
    """`changed()` says whether anyone (this process included) committed since the last call
    or `acknowledge()`. Used from one thread only: its connection is its own."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self._watch = change_watch.watch(ctx.db)
        self._seen = self._watch.token()

    def changed(self) -> bool:
        now = self._watch.token()
        if now in (-1, self._seen):
            return False
        self._seen = now
        return True

    def acknowledge(self) -> None:
        """This process has just re-read what it changed itself: no need to refresh again."""
        now = self._watch.token()
        if now != -1:
            self._seen = now

    def close(self) -> None:
        self._watch.close()


def watch_register(ctx: ServiceContext) -> RegisterWatch:
    """A watch on the register of `ctx` (SQLite data_version, PostgreSQL LISTEN/NOTIFY)."""
    return RegisterWatch(ctx)
