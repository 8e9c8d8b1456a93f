"""The audit log's reads: filtered by record, actor, action and text, newest first, in pages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.domain.entity import Entity
from desktop_app.services.context import ServiceContext, open_register
from desktop_app.services.intake.demo import load_demo
from desktop_app.services.records import audit_log
from desktop_app.services.records.audit_log import AuditQuery
from desktop_app.services.records.ventures import list_ventures
from tests.conftest import FIXED_NOW


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceContext]:
    path: Path = tmp_path_factory.mktemp("audit_log") / "demo.sqlite3"
    context = open_register(f"sqlite:///{path}", actor="tester")
    context.now = lambda: FIXED_NOW
    load_demo(context)
    yield context
    context.db.dispose()


def test_audit_queries_filter_by_record_actor_action_and_text(demo: ServiceContext) -> None:
    total = audit_log.count(demo)
    assert total == len(audit_log.page(demo, None, 0, 10_000)) > 0
    newest = audit_log.page(demo, None, 0, 5)
    assert [e.id for e in newest] == sorted((e.id for e in newest), reverse=True)
    venture = list_ventures(demo)[0]
    entries = audit_log.page(demo, AuditQuery(entity=Entity.VENTURE, entity_id=venture.id))
    assert entries and all(e.entity_id == venture.id and e.entity == "joint_venture" for e in entries)
    assert entries[-1].changes["name"] == [None, venture.name]
    assert audit_log.count(demo, AuditQuery(actor="tester")) == total
    assert audit_log.count(demo, AuditQuery(actor="nobody")) == 0
    creates = audit_log.count(demo, AuditQuery(action="create"))
    imports = audit_log.count(demo, AuditQuery(action="import"))
    assert creates >= 35 and imports == 5
    assert audit_log.count(demo, AuditQuery(entity=Entity.IMPORT)) == imports
    by_action = [audit_log.count(demo, AuditQuery(action=a)) for a in audit_log.actions(demo)]
    assert sum(by_action) == total
    by_entity = [audit_log.count(demo, AuditQuery(entity=e)) for e in Entity]
    assert sum(by_entity) == total  # every entry names an Entity
    found = audit_log.page(demo, AuditQuery(search="한중미래"))
    assert found and all("한중미래" in (e.entity_label + str(e.changes)) for e in found)
    assert audit_log.actors(demo) == ["tester"]
    assert {"create", "import"} <= set(audit_log.actions(demo))
