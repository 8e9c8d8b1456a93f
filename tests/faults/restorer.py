"""Fault-test child: restores a backup over a register, to be killed at a random moment.

Run as a "zygote" like writer.py: it imports the app once, then forks one restore per line read
from stdin (`go`) and prints the child's pid; a child that finishes appends `R done` to the
acknowledgement file (after `restore_file` returned, i.e. after the restore was committed).
`go STEP` makes the child SIGKILL itself as it enters the restore module's function STEP, so a
phase the random kills of a given machine happen to miss is still hit, once for certain.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_app.services.maintenance import restore
from desktop_app.services.maintenance.restore import restore_file


def _die_on_entry(step: str) -> None:
    """Replace restore.<step> (in this child only) by a SIGKILL of the child itself."""
    original: Callable[..., Any] = getattr(restore, step)

    def killed(*args: Any, **kwargs: Any) -> Any:
        os.kill(os.getpid(), signal.SIGKILL)
        return original(*args, **kwargs)  # never reached

    setattr(restore, step, killed)


def zygote(register: str, backup: str, ack_path: str) -> None:
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # the kernel reaps killed children
    print("ready", flush=True)
    for line in sys.stdin:
        step = line.split()[1] if len(line.split()) > 1 else None
        pid = os.fork()
        if pid == 0:
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            if step:
                _die_on_entry(step)
            fd = os.open(ack_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            try:
                ctx, _kept = restore_file(register, Path(backup), actor="restorer")
                ctx.db.dispose()
                os.write(fd, b"R done\n")
            except BaseException as exc:  # report, so the test fails on any error
                os.write(fd, f"E {type(exc).__name__}: {exc}\n".replace("\n", " ").encode() + b"\n")
            finally:
                os._exit(0)
        print(pid, flush=True)


if __name__ == "__main__":
    zygote(sys.argv[1], sys.argv[2], sys.argv[3])
