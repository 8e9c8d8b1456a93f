"""Fault-test child: writes a report (CSV export, PDF briefing or XLSX workbook) over and over.

A fork server like writer.py: `go KIND TARGET` forks a process that rewrites TARGET in a loop
until it is killed, printing its pid.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from desktop_app.domain.entity import Entity
from desktop_app.services.context import open_register
from desktop_app.services.intake.exporter import export_csv
from desktop_app.services.reports.briefing import write_briefing
from desktop_app.services.reports.options import ReportOptions
from desktop_app.services.reports.workbook import write_workbook


def write(url: str, kind: str, target: Path) -> None:
    ctx = open_register(url, actor="reporter")
    while True:
        if kind == "csv":
            export_csv(ctx, Entity.MEASURE, target)
        elif kind == "pdf":
            write_briefing(ctx, target, ReportOptions())
        else:
            write_workbook(ctx, target, ReportOptions())


def main(url: str) -> None:
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    print("ready", flush=True)
    for line in sys.stdin:
        _go, kind, target = line.split()
        pid = os.fork()
        if pid == 0:
            try:
                write(url, kind, Path(target))
            finally:
                os._exit(3)
        print(pid, flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
