"""Fault-test child: writes through the services and acknowledges each committed change.

Run as a "zygote": it imports the app once, then forks one writer per line read from stdin
(`go SEED`) and prints the writer's pid, so a test can SIGKILL dozens of real writer
processes per second without paying Python's start-up each time. Each writer appends
`C ref version title`, `U ref version title` or `I batch rows` to the acknowledgement file
only after the service call returned, i.e. after the commit.
"""

from __future__ import annotations

import os
import random
import signal
import sys
from pathlib import Path

from sqlmodel import col, select

from desktop_app.domain.entity import Entity
from desktop_app.domain.models import Measure
from desktop_app.services.context import open_register
from desktop_app.services.intake.importer import run_import
from desktop_app.services.records import measures

IMPORT_ROWS = 40
HEADER = "reference,title,jurisdiction,measure_type,status,items,notes\n"


def payload(ref: str, tag: str, n_items: int) -> dict[str, object]:
    """A measure whose title, notes and item count must always agree (half-writes show)."""
    return {
        "reference": ref, "title": f"T{n_items}-{tag}", "jurisdiction": "CN",
        "measure_type": "export ban", "status": "in force", "notes": tag,
        "items": [{"name": f"item {i} {tag}", "codes": []} for i in range(n_items)],
    }


def ack(fd: int, line: str) -> None:
    os.write(fd, (line + "\n").encode())  # one write(2): a line is whole or absent


def write_forever(url: str, ack_path: str, seed: int) -> None:
    rng = random.Random(seed)
    fd = os.open(ack_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    ctx = open_register(url, actor=f"writer-{seed}")
    folder = Path(ack_path).parent
    n = 0
    while True:
        n += 1
        roll = rng.random()
        tag = f"{seed}.{n}"
        if roll < 0.4:
            ref = f"K{seed}-{n}"
            k = rng.randint(1, 4)
            read = measures.create_measure(ctx, payload(ref, tag, k))
            ack(fd, f"C {ref} {read.version} T{k}-{tag}")
        elif roll < 0.85:
            with ctx.db.session() as s:
                rows = s.exec(select(Measure.id, Measure.reference, Measure.version)
                              .where(col(Measure.reference).like("K%"))).all()
            if not rows:
                continue
            mid, ref, version = rng.choice(rows)
            k = rng.randint(1, 4)
            read = measures.update_measure(ctx, mid, payload(ref, tag, k) | {"version": version})
            ack(fd, f"U {ref} {read.version} T{k}-{tag}")
        else:
            batch = f"B{seed}-{n}"
            csv_path = folder / f"{batch}.csv"
            lines = [HEADER] + [f"{batch}-{i},T1-{batch},CN,export ban,in force,thing {i},{batch}\n"
                                for i in range(IMPORT_ROWS)]
            csv_path.write_text("".join(lines), encoding="utf-8")
            run_import(ctx, csv_path, Entity.MEASURE)
            ack(fd, f"I {batch} {IMPORT_ROWS}")


def zygote(url: str, ack_path: str) -> None:
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # the kernel reaps killed writers
    print("ready", flush=True)
    for line in sys.stdin:
        seed = int(line.split()[1])
        pid = os.fork()
        if pid == 0:
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            try:
                write_forever(url, ack_path, seed)
            except BaseException as exc:  # report, so the test fails on any writer error
                fd = os.open(ack_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
                ack(fd, f"E {type(exc).__name__}: {exc}".replace("\n", " "))
            finally:
                os._exit(3)
        print(pid, flush=True)


if __name__ == "__main__":
    zygote(sys.argv[1], sys.argv[2])
