"""Output published at a chosen moment (inside a transaction) and taken back if what follows fails."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop_app.system.atomic import _UMASK, _fsync_dir, sweep_stale

_PREVIOUS = "previous"  # suffix of the kept copy of the file a publication replaced


@dataclass
class Staged:
    """A finished temporary file `tmp` waiting to replace `target`."""

    tmp: Path
    target: Path
    published: bool = False
    _previous: Path | None = None

    def publish(self) -> None:
        """Move the file over `target`, keeping the earlier file aside until the block ends, so a
        failure after this call (say, a commit) can put it back."""
        if self.published:
            return
        folder = self.target.resolve().parent
        with self.tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        self.tmp.chmod(0o666 & ~_UMASK)
        if self.target.exists():
            keep = folder / f".{self.target.name}.{os.getpid()}.{_PREVIOUS}"
            with contextlib.suppress(FileNotFoundError):
                keep.unlink()
            try:
                os.link(self.target, keep)  # no copy: the earlier file's own bytes stay reachable
            except OSError:  # a file system without hard links
                shutil.copy2(self.target, keep)
            self._previous = keep
        os.replace(self.tmp, self.target)
        self.published = True
        _fsync_dir(folder)

    def take_back(self) -> None:
        """Undo `publish`: the earlier file back at `target`, or no file when there was none."""
        if not self.published:
            return
        if self._previous is not None:
            os.replace(self._previous, self.target)
            self._previous = None
        else:
            with contextlib.suppress(FileNotFoundError):
                self.target.unlink()
        self.published = False
        _fsync_dir(self.target.resolve().parent)

    def _forget_previous(self) -> None:
        if self._previous is not None:
            with contextlib.suppress(FileNotFoundError):
                self._previous.unlink()
            self._previous = None


@contextlib.contextmanager
def staged_path(target: Path) -> Iterator[Staged]:
    """A temporary file beside `target` that the block publishes with `Staged.publish()` when it
    chooses (a block that ends without calling it publishes at its end). If the block raises,
    nothing stays published: the temporary file is removed and, if it was already published, the
    earlier file (or no file) is put back at `target`."""
    target = Path(target)
    folder = target.resolve().parent
    folder.mkdir(parents=True, exist_ok=True)
    sweep_stale(folder / target.name)
    sweep_stale(folder / target.name, _PREVIOUS)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".partial", dir=folder)
    os.close(fd)
    staged = Staged(Path(name), target)
    try:
        yield staged
        staged.publish()
    except BaseException:
        staged.take_back()
        with contextlib.suppress(FileNotFoundError):
            staged.tmp.unlink()
        raise
    finally:
        staged._forget_previous()
