"""On PostgreSQL, an ownership import is all or nothing: a refused row keeps none of the rows before it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from desktop_app.domain.errors import ImportRejected
from desktop_app.domain.models import AuditEntry, PartyOwner
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext
from desktop_app.services.ownership import parties
from desktop_app.services.ownership.transfer import import_ownership

pytestmark = pytest.mark.postgres


def _owners(folder: Path, rows: str) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / "parties.csv").write_text("name,country,aliases,notes\nGood Party,DE,滨海控股,\n", encoding="utf-8")
    (folder / "owners.csv").write_text("owned,owned_country,owner,owner_country,share,note\n" + rows,
                                       encoding="utf-8")
    return folder


def test_a_refused_row_leaves_nothing_behind_and_a_good_file_imports(pg_ctx: ServiceContext, tmp_path: Path) -> None:
    with pg_ctx.db.session() as s:
        entries = len(s.exec(select(AuditEntry)).all())
    bad = _owners(tmp_path / "bad", "A,DE,B,DE,40,\nB,DE,C,DE,140,\nC,DE,A,DE,10,\n")
    with pytest.raises(ImportRejected) as caught:
        import_ownership(pg_ctx, bad)
    errors = caught.value.errors
    assert any(e.startswith("owners.csv row 3:") and "share" in e for e in errors)
    assert parties.list_parties(pg_ctx) == []  # the good rows before the bad one are gone too
    with pg_ctx.db.session() as s:
        assert not s.exec(select(PartyOwner)).all() and len(s.exec(select(AuditEntry)).all()) == entries
    good = _owners(tmp_path / "good", "A,DE,B,DE,40,\nB,DE,C,DE,unknown,\n")
    import_ownership(pg_ctx, good)
    import_ownership(pg_ctx, good)  # twice: nothing added twice
    assert [(o.owner, o.share) for o in parties.get_party(pg_ctx, "B", "DE").owners] == [("C", None)]
    assert parties.get_party(pg_ctx, "Good Party", "DE").aliases == ("滨海控股",)
    with pg_ctx.db.session() as s:
        assert audit.verify_chain(s).ok
