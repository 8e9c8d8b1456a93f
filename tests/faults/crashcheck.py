"""Checks after a writer was killed: integrity, audit chain, acknowledged changes, no half-writes."""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.services.context import open_register
from desktop_app.services.maintenance.backups import check_register

IMPORT_ROWS = 40


@dataclass
class Acks:
    latest: dict[str, tuple[int, str]] = field(default_factory=dict)  # ref -> (version, title)
    batches: set[str] = field(default_factory=set)
    errors: list[str] = field(default_factory=list)
    kinds: Counter[str] = field(default_factory=Counter)


def read_acks(path: Path) -> Acks:
    acks = Acks()
    if not path.exists():
        return acks
    for line in path.read_text(encoding="utf-8").splitlines():
        kind, _, rest = line.partition(" ")
        acks.kinds[kind] += 1
        if kind == "E":
            acks.errors.append(rest)
        elif kind == "I":
            acks.batches.add(rest.split()[0])
        else:
            ref, version, title = rest.split(" ", 2)
            if int(version) >= acks.latest.get(ref, (0, ""))[0]:
                acks.latest[ref] = (int(version), title)
    return acks


def verify_register(db: Path, ack_path: Path) -> Acks:
    """Assert every invariant a crash must not break; return the acknowledgements seen."""
    acks = read_acks(ack_path)
    assert not acks.errors, acks.errors
    if not db.exists():
        assert not acks.latest and not acks.batches, "changes were acknowledged but no database exists"
        return acks
    ctx = open_register(f"sqlite:///{db}", actor="verifier")  # preflight refuses damaged files
    try:
        report = check_register(ctx)
        assert report.ok, report.problems
    finally:
        ctx.db.dispose()
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT id, reference, version, title, notes FROM measure").fetchall()
        items = Counter(r[0] for r in conn.execute("SELECT measure_id FROM measure_item"))
        audits = Counter(r[0] for r in conn.execute(
            "SELECT entity_id FROM audit_entry WHERE entity = 'measure'"))
        imports = {r[0] for r in conn.execute("SELECT entity_label FROM audit_entry WHERE action = 'import'")}
    finally:
        conn.close()
    current = {ref: (version, title) for _id, ref, version, title, _n in rows}
    batch_sizes: Counter[str] = Counter()
    for mid, ref, version, title, notes in rows:
        n_items, _, tag = title.partition("-")
        # Title, notes and items are written in one transaction: they always agree.
        assert items[mid] == int(n_items[1:]), (ref, title, items[mid])
        assert notes == tag, (ref, title, notes)
        # Every committed version has exactly one audit entry, written in the same transaction.
        assert audits[mid] == version, (ref, version, audits[mid])
        if ref.startswith("B"):
            batch_sizes[ref.rsplit("-", 1)[0]] += 1
    for batch, size in batch_sizes.items():
        assert size == IMPORT_ROWS, f"import {batch} is half-applied: {size} of {IMPORT_ROWS} rows"
        assert f"{batch}.csv" in imports, f"import {batch} has rows but no audit entry"
    for batch in imports:
        assert batch_sizes[batch.removesuffix(".csv")] == IMPORT_ROWS, f"audited import {batch} lost rows"
    for batch in acks.batches:
        assert batch_sizes[batch] == IMPORT_ROWS, f"acknowledged import {batch} is missing"
    for ref, (version, title) in acks.latest.items():
        assert ref in current, f"acknowledged measure {ref} is missing"
        now_version, now_title = current[ref]
        assert now_version >= version, f"{ref}: acknowledged version {version} lost (now {now_version})"
        if now_version == version:
            assert now_title == title, f"{ref}: acknowledged content lost"
    return acks
