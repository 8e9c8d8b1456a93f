"""Fault-test child: restores a backup over a register, to be killed at a random moment.

Run as a "zygote" like writer.py: it imports the app once, then forks one restore per line read
from stdin (`go`) and prints the child's pid; a child that finishes appends `R done` to the
acknowledgement file (after `restore_file` returned, i.e. after the restore was committed).
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from desktop_app.services.maintenance.restore import restore_file


def zygote(register: str, backup: str, ack_path: str) -> None:
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # the kernel reaps killed children
    print("ready", flush=True)
    for _line in sys.stdin:
        pid = os.fork()
        if pid == 0:
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
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
