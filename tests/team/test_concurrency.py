"""Several writers at once on PostgreSQL: the ownership rule and the audit chain hold."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from desktop_app.domain.entity import Entity
from desktop_app.domain.errors import Conflict
from desktop_app.persistence.db import SerializationFailure, retrying_write, translate
from desktop_app.services.context import ServiceContext, open_register
from desktop_app.services.intake import importer
from desktop_app.services.maintenance.backups import check_register
from desktop_app.services.records import measures, ventures
from tests.conftest import FIXED_NOW, measure_data, venture_data

pytestmark = pytest.mark.postgres


def _users(url: str, n: int) -> list[ServiceContext]:
    """`n` colleagues: one context (engine, connection pool) each, as in separate processes."""
    users = [open_register(url, actor=f"user{i}") for i in range(n)]
    for u in users:
        u.now = lambda: FIXED_NOW
    return users


def _together(parties: int) -> Callable[[Callable[[], Any]], Callable[[], Any]]:
    """Wrap jobs so that all `parties` threads start their save at the same moment."""
    barrier = threading.Barrier(parties, timeout=30)

    def wrap(job: Callable[[], Any]) -> Callable[[], Any]:
        def run() -> Any:
            barrier.wait()
            return job()

        return run

    return wrap


def _run(jobs: list[Callable[[], Any]]) -> list[Any]:
    with ThreadPoolExecutor(len(jobs)) as pool:
        futures = [pool.submit(job) for job in jobs]
        outcomes = []
        for f in futures:
            try:
                outcomes.append(f.result(timeout=60))
            except Exception as exc:
                outcomes.append(exc)
    return outcomes


def test_two_users_adding_a_partner_to_a_90_percent_venture_cannot_exceed_100(
    pg_db: str,
) -> None:
    alice, bob = _users(pg_db, 2)
    jv = ventures.create_venture(alice, venture_data(partners=[
        {"name": "A", "country": "US", "share": "60"}, {"name": "B", "country": "CN", "share": "30"}]))
    form = jv.to_update()
    together = _together(2)

    def add(ctx: ServiceContext, name: str) -> Callable[[], Any]:
        # Both opened the venture at version 1 (90% owned) and press Save at the same moment.
        data = form | {"partners": [*form["partners"], {"name": name, "country": "DE", "share": "10"}]}
        return together(lambda: ventures.update_venture(ctx, jv.id, data))

    outcomes = _run([add(alice, "Alice GmbH"), add(bob, "Bob GmbH")])
    saved = [o for o in outcomes if not isinstance(o, Exception)]
    refused = [o for o in outcomes if isinstance(o, Exception)]
    assert len(saved) == 1 and len(refused) == 1 and isinstance(refused[0], Conflict), outcomes
    final = ventures.get_venture(alice, jv.id)
    assert sum(p.share for p in final.partners) == Decimal(100)
    assert final.version == 2
    assert check_register(alice).ok
    for u in (alice, bob):
        u.db.dispose()


def test_two_concurrent_imports_of_one_venture_leave_exactly_one_partner_set(
    pg_db: str, tmp_path: Path,
) -> None:
    alice, bob = _users(pg_db, 2)
    ventures.create_venture(alice, venture_data(name="Shared JV"))
    files = []
    for who, split in (("alice", (50, 50)), ("bob", (70, 30))):
        path = tmp_path / f"{who}.csv"
        path.write_text("name,country,stage,partner_1_name,partner_1_country,partner_1_share,"
                        "partner_2_name,partner_2_country,partner_2_share\n"
                        f"Shared JV,US,operating,{who} one,US,{split[0]},{who} two,CN,{split[1]}\n",
                        encoding="utf-8")
        files.append(path)
    together = _together(2)
    outcomes = _run([together(lambda: importer.run_import(alice, files[0], Entity.VENTURE)),
                     together(lambda: importer.run_import(bob, files[1], Entity.VENTURE))])
    assert all(not isinstance(o, Exception) for o in outcomes), outcomes
    final = next(v for v in ventures.list_ventures(alice) if v.name == "Shared JV")
    owners = {p.name.split()[0] for p in final.partners}
    assert len(final.partners) == 2 and len(owners) == 1  # one import's set, never a mix
    assert sum(p.share for p in final.partners) == Decimal(100)
    assert check_register(alice).ok
    for u in (alice, bob):
        u.db.dispose()


def test_audit_chain_stays_valid_with_several_writers_and_a_checker(pg_db: str) -> None:
    writers, per_writer = 4, 8
    users = _users(pg_db, writers + 1)
    stop = threading.Event()
    checks: list[bool] = []

    def write(ctx: ServiceContext) -> int:
        for i in range(per_writer):
            created = measures.create_measure(ctx, measure_data(reference=f"{ctx.actor}-{i}"))
            measures.update_measure(ctx, created.id, created.to_update() | {"notes": f"by {ctx.actor}"})
        return per_writer

    def check_meanwhile() -> None:
        while not stop.is_set():  # each check reads one snapshot, never a half-appended trail
            checks.append(check_register(users[-1]).ok)

    checker = threading.Thread(target=check_meanwhile)
    checker.start()
    try:
        together = _together(writers)
        outcomes = _run([together(lambda ctx=ctx: write(ctx)) for ctx in users[:writers]])
    finally:
        stop.set()
        checker.join()
    assert outcomes == [per_writer] * writers
    report = check_register(users[0])
    assert report.ok, report.problems
    assert report.audit_entries == writers * per_writer * 2
    assert checks and all(checks)
    for u in users:
        u.db.dispose()


def test_a_serialization_failure_is_translated_and_the_whole_write_retried(pg_ctx: ServiceContext) -> None:
    """The backstop: two SERIALIZABLE transactions that bypass the write lock collide for real."""
    measures.create_measure(pg_ctx, measure_data(reference="R"))
    engine = pg_ctx.db.engine.execution_options(isolation_level="SERIALIZABLE")
    with engine.connect() as first, engine.connect() as second:
        for conn in (first, second):
            conn.execute(text("SELECT title FROM measure"))  # both snapshots taken
        first.execute(text("UPDATE measure SET notes = 'first'"))
        first.commit()
        with pytest.raises(DBAPIError) as collided:
            second.execute(text("UPDATE measure SET notes = 'second'"))
        second.rollback()
    assert isinstance(translate(collided.value), SerializationFailure)
    attempts: list[int] = []

    @retrying_write
    def flaky() -> str:
        attempts.append(1)
        if len(attempts) < 3:
            raise translate(collided.value)
        return "saved"

    assert flaky() == "saved" and len(attempts) == 3
