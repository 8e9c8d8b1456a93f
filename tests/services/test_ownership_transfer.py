"""Ownership files: export then import into another register is lossless; a bad row changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.domain.errors import ImportRejected
from desktop_app.services.context import ServiceContext, open_register
from desktop_app.services.ownership import content, listings, parties
from desktop_app.services.ownership.transfer import FILES, export_ownership, import_ownership
from desktop_app.services.records import ventures
from tests.conftest import venture_data
from tests.services.test_ownership import AFFILIATES, ENTITY_LIST, affiliates_measures


def _fill(ctx: ServiceContext, hostile: str) -> None:
    affiliates_measures(ctx)
    ventures.create_venture(ctx, venture_data())
    listings.add_listed(ctx, ENTITY_LIST, {"name": "Kestrel Microelectronics Co., Ltd.", "country": "CN",
                                           "aliases": ["红隼微电子有限公司", "a;b"], "list_name": "Entity List",
                                           "listed_from": "2025-03-25", "listed_until": "2030-01-31"})
    parties.save_party(ctx, {"name": "Binhai Holdings", "country": "CN", "aliases": ["滨海控股", hostile],
                             "notes": hostile})
    parties.set_owner(ctx, "Shandong Carbon", "Binhai Holdings", "50.1234", owned_country="CN", owner_country="CN",
                      note=hostile)
    parties.set_owner(ctx, "Binhai Holdings", "삼성 홀딩스", None, owned_country="CN", owner_country="KR")
    content.set_de_minimis(ctx, AFFILIATES, {"share": "0.1", "origin": "CN", "items": ["rare earth magnet"],
                                             "technology": True})
    content.set_content(ctx, "Aurora Anode Materials LLC", {"product": hostile, "input_name": "magnet",
                                                            "origin": "CN", "share": "0.0999"})


def _files(folder: Path) -> dict[str, str]:
    return {f: (folder / f).read_text(encoding="utf-8") for f in FILES}


def test_export_then_import_into_another_register_is_lossless(ctx: ServiceContext, tmp_path: Path) -> None:
    hostile = '=HYPERLINK("http://x")<b>&'
    _fill(ctx, hostile)
    export_ownership(ctx, tmp_path / "a")
    other = open_register(f"sqlite:///{tmp_path / 'other.sqlite3'}", actor="tester")
    affiliates_measures(other)
    ventures.create_venture(other, venture_data())
    try:
        import_ownership(other, tmp_path / "a")
        import_ownership(other, tmp_path / "a")  # twice: nothing added twice
        export_ownership(other, tmp_path / "b")
        assert _files(tmp_path / "a") == _files(tmp_path / "b")
        assert "'=HYPERLINK" in _files(tmp_path / "a")["owners.csv"]  # guarded in the file, kept in the register
        assert parties.get_party(other, "Binhai Holdings").notes == hostile
    finally:
        other.db.dispose()


def test_a_bad_row_is_named_and_nothing_is_imported(ctx: ServiceContext, tmp_path: Path) -> None:
    affiliates_measures(ctx)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "parties.csv").write_text("name,country,aliases,notes\nGood Party,DE,,\n", encoding="utf-8")
    (folder / "owners.csv").write_text("owned,owned_country,owner,owner_country,share,note\n"
                                       "A,DE,B,DE,40,\nB,DE,C,DE,140,\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as caught:
        import_ownership(ctx, folder)
    assert any(e.startswith("owners.csv row 3:") and "share" in e for e in caught.value.errors)
    assert parties.list_parties(ctx) == []
    (folder / "owners.csv").write_text("owned,owner,share\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as caught:
        import_ownership(ctx, folder)
    assert caught.value.errors == ["owners.csv: missing column(s) owned_country, owner_country, note"]
