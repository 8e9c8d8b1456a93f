"""The assessments' trigram search index gives the LIKE search's rows, order and counts, and stays
in step through every write path (services, import, raw SQL deletes, migrations)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop_app.domain.entity import Entity
from desktop_app.domain.errors import ImportRejected
from desktop_app.persistence import fast_sqlite, migrate, search_index
from desktop_app.services.context import ServiceContext, open_register
from desktop_app.services.intake import importer
from desktop_app.services.intake.demo import load_demo
from desktop_app.services.intake.importer import run_import
from desktop_app.services.maintenance.backups import check_register
from desktop_app.services.records import assessments, browse, browse_search, measures, ventures
from desktop_app.services.records.browse import BrowseQuery as Q
from desktop_app.services.records.browse_columns import TABLES
from desktop_app.system.paths import resource
from tests.conftest import FIXED_NOW, measure_data, venture_data

# Case folding where FTS5 (all of Unicode) and SQLite's LIKE (ASCII only) differ, quotes,
# wildcards, and the escape character of the LIKE patterns.
EXTRA_TEXT = ["ÉCOLE centrale", "école normale", "KELVIN scale", "\u212aelvin sign", 'say "hi" now',
              "it's 100% a_b/c", "MOFCOM/GAC 39"]
EXTRA_TERMS = ["école", "ÉCOLE", "éco", "ÉCO", "kel", "KEL", "\u212ael", '"hi"', '"', "'s ", "100%", "%",
               "_", "a_b", "/c", "%_", "<b>&", "&", "한중", "华锂新", "주식회사", "🔋⚡", "x" * 300, "zzzq", "ab",
               "Li Wei", "JV", "Gallium", "gallium", "=1+1", "MOFCOM"]


@pytest.fixture
def register(ctx: ServiceContext, hostile_strings: list[str]) -> ServiceContext:
    """The demo (through the importer) plus one measure, venture and assessment per hostile string."""
    load_demo(ctx)
    for n, s in enumerate([*hostile_strings, *EXTRA_TEXT]):
        mid = measures.create_measure(ctx, measure_data(reference=f"H{n} {s[:150]}", title=s)).id
        vid = ventures.create_venture(ctx, venture_data(name=f"{s} {n}")).id
        assessments.create_assessment(ctx, {
            "measure_id": mid, "venture_id": vid, "inherent_likelihood": 1 + n % 5,
            "inherent_impact": 1 + (n * 3) % 5, "owner": s, "rationale": f"{s} / {n} {s[::-1]}"})
    return ctx


def _terms(hostile_strings: list[str]) -> list[str]:
    out = list(EXTRA_TERMS)
    for s in [*hostile_strings, *EXTRA_TEXT]:
        out += [s, s.swapcase(), s[2:7]]
    return [t for t in dict.fromkeys(out) if t.strip()]


QUERIES = (Q(), Q(sort="owner", descending=True), Q(sort="venture", include_archived=True))


def _results(ctx: ServiceContext, term: str) -> list[object]:
    out: list[object] = [browse.count(ctx, Entity.ASSESSMENT, Q(search=term)),
                         browse.ordered_ids(ctx, Entity.ASSESSMENT, Q(search=term), limit=3),
                         browse.page(ctx, Entity.ASSESSMENT, Q(search=term, sort="measure"), 0, 50)]
    return out + [browse.ordered_ids(ctx, Entity.ASSESSMENT, q.with_(search=term)) for q in QUERIES]


def _assert_same_as_like(ctx: ServiceContext, terms: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    with ctx.db.engine.connect() as conn:
        indexed = [t for t in terms if browse_search.indexed_words(conn, t, True)]
    with_index = {t: _results(ctx, t) for t in terms}
    with monkeypatch.context() as m:
        m.setattr(browse, "indexed_words", lambda *_a: frozenset())
        with_like = {t: _results(ctx, t) for t in terms}
    for t in terms:
        assert with_index[t] == with_like[t], t
    assert len(indexed) > len(terms) // 2, "the index was not used"
    assert any(r[0] for t, r in with_index.items() if t in indexed), "nothing found through the index"
    with ctx.db.engine.connect() as conn:
        assert search_index.problems(conn) == []


def test_index_search_equals_like_search(register: ServiceContext, hostile_strings: list[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    _assert_same_as_like(register, _terms(hostile_strings), monkeypatch)
    # The folding difference is real: the index alone would have found both spellings.
    with register.db.engine.connect() as conn:
        ids = {i for (i,) in conn.execute(search_index.candidates(search_index.fts_query("école") or ""))}
    assert browse.count(register, Entity.ASSESSMENT, Q(search="école")) < len(ids)


def _import_assessments(ctx: ServiceContext, tmp_path: Path, owners: list[str]) -> None:
    """The demo's assessment rows again, for a new venture and with hostile owners, through the importer."""
    venture = ventures.create_venture(ctx, venture_data(name="Imported 한중 <b>&</b> JV")).name
    with resource("demo", "assessments.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    seen: set[str] = set()
    for row, owner in zip(rows, owners, strict=False):
        if row["measure_reference"] in seen:
            continue
        seen.add(row["measure_reference"])
        row.update(venture=venture, owner=owner.strip() or "x", rationale=f"imported {owner}", mitigation="")
    path = tmp_path / "more.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(r for r in rows if r["venture"] == venture)
    run_import(ctx, path, Entity.ASSESSMENT)


def test_index_follows_updates_renames_archives_deletes_and_imports(
        register: ServiceContext, hostile_strings: list[str], monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    ctx = register
    _import_assessments(ctx, tmp_path, hostile_strings[::2])
    rows = assessments.list_assessments(ctx)
    for n, a in enumerate(rows[:12]):
        data = a.to_update() | {"owner": f"Renamed owner {n} 华锂", "rationale": f"new <b>&</b> rationale {n}"}
        assessments.update_assessment(ctx, a.id, data)
    for a in rows[12:15]:
        assessments.archive_assessment(ctx, a.id)
    assessments.restore_assessment(ctx, rows[12].id)
    m = measures.list_measures(ctx)[0]
    measures.update_measure(ctx, m.id, m.to_update() | {"title": "Kelvin-renamed measure 한중"})
    v = ventures.list_ventures(ctx)[0]
    ventures.update_venture(ctx, v.id, v.to_update() | {"name": "Zoë renamed venture"})
    measures.archive_measure(ctx, measures.list_measures(ctx)[1].id)
    gone = rows[15]
    with ctx.db.engine.begin() as conn:  # a raw delete, as a repair script would do it
        conn.execute(text("DELETE FROM mitigation_action WHERE assessment_id = :i"), {"i": gone.id})
        conn.execute(text("DELETE FROM assessment WHERE id = :i"), {"i": gone.id})
    terms = [*EXTRA_TERMS, *hostile_strings, "Renamed owner", "renamed", "华锂", "rationale 1", "Zoë", "Kelvin-",
             "imported", "Imported 한중"]
    _assert_same_as_like(ctx, terms, monkeypatch)
    assert browse.count(ctx, Entity.ASSESSMENT, Q(search="Renamed owner")) == 12
    assert browse.count(ctx, Entity.ASSESSMENT, Q(search="imported")) > 3


def _triggers(ctx: ServiceContext) -> set[str]:
    with ctx.db.engine.connect() as conn:
        return set(conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())


@pytest.mark.fences
@pytest.mark.parametrize("fast", [True, False], ids=["fast", "stock"])
def test_a_large_import_reindexes_once_and_keeps_the_triggers(
        register: ServiceContext, hostile_strings: list[str], monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path, fast: bool) -> None:
    """Fast: the triggers are dropped and the index rebuilt once; stock: the triggers index row by
    row. Either way the same index, equal to the LIKE search, and the triggers stay."""
    ctx, calls = register, []
    real = fast_sqlite.search_upkeep_deferred

    def spy(conn: object) -> object:
        calls.append(conn)
        return real(conn)  # type: ignore[arg-type]

    monkeypatch.setattr(fast_sqlite, "search_upkeep_deferred", spy)
    monkeypatch.setattr(fast_sqlite.SQLITE, "fast", fast)
    monkeypatch.setattr(importer, "DEFER_SEARCH_ROWS", 1)  # this small import counts as large
    _import_assessments(ctx, tmp_path, hostile_strings[::2])
    assert calls, "the import did not defer the index upkeep"
    assert set(search_index.TRIGGERS) <= _triggers(ctx)
    _assert_same_as_like(ctx, [*_terms(hostile_strings), "imported", "Imported 한중"], monkeypatch)
    # A rejected import rolls the dropped triggers back with everything else.
    with resource("demo", "assessments.csv").open(encoding="utf-8", newline="") as fh:
        row = next(csv.DictReader(fh))
    bad = tmp_path / "bad.csv"
    with bad.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(row))
        writer.writeheader()
        writer.writerows(row | {"measure_reference": f"No such measure {n}", "owner": "never stored"}
                         for n in range(100))  # enough rows to count as large
    with pytest.raises(ImportRejected):
        run_import(ctx, bad, Entity.ASSESSMENT)
    assert len(calls) == 2 and set(search_index.TRIGGERS) <= _triggers(ctx)
    assessments.update_assessment(ctx, (a := assessments.list_assessments(ctx)[0]).id,
                                  a.to_update() | {"owner": "After the rejected import"})
    assert browse.count(ctx, Entity.ASSESSMENT, Q(search="After the rejected")) == 1
    with ctx.db.engine.connect() as conn:
        assert search_index.problems(conn) == []


def test_fts_query_is_literal_and_needs_three_characters() -> None:
    assert search_index.fts_query("ab") is None and search_index.fts_query("a\x00bc") is None
    assert search_index.fts_query("abc") == '"abc"'
    assert search_index.fts_query('a"b*c OR d') == '"a""b" AND "*c " AND "OR " AND "R d"'
    assert search_index.fts_query("abcdefg") == '"abc" AND "def" AND "efg"'


def test_common_words_keep_the_like_scan(register: ServiceContext, monkeypatch: pytest.MonkeyPatch) -> None:
    with register.db.engine.connect() as conn:
        assert browse_search.indexed_words(conn, "Gallium xx", True) == {"Gallium"}
        monkeypatch.setattr(browse_search, "COMMON", 1)
        assert browse_search.indexed_words(conn, "Gallium", True) == frozenset()
        assert browse_search.indexed_words(conn, "Gallium", False) == frozenset()
    # Only the assessments have the trigram index.
    assert [e for e, t in TABLES.items() if t.indexed_search] == [Entity.ASSESSMENT]


def test_check_reports_a_removed_trigger_and_a_stale_index(ctx: ServiceContext) -> None:
    load_demo(ctx)
    assert check_register(ctx).ok
    with ctx.db.engine.begin() as conn:
        assert search_index.problems(conn) == []
        conn.execute(text(f"DROP TRIGGER {search_index.TABLE}_update"))
        conn.execute(text("UPDATE assessment SET owner = 'Nobody indexed' WHERE id = 1"))
    with ctx.db.engine.begin() as conn:
        found = search_index.problems(conn)
        assert any("assessment_search_update" in p for p in found)
        assert any("out of step" in p for p in found)
    report = check_register(ctx)
    assert not report.ok and any(p.startswith("search index:") for p in report.problems)
    with ctx.db.engine.begin() as conn:
        search_index.rebuild(conn)
        assert search_index.problems(conn) == ["search index: its trigger assessment_search_update was removed"]


@pytest.fixture
def file_url(tmp_path: Path) -> Iterator[str]:
    yield f"sqlite:///{tmp_path / 'r.sqlite3'}"


def test_downgrade_removes_the_index_and_upgrade_backfills_it(file_url: str) -> None:
    from alembic import command

    ctx = open_register(file_url, actor="tester")
    ctx.now = lambda: FIXED_NOW
    try:
        load_demo(ctx)
        before = _results(ctx, "Anna Keller")
        with ctx.db.engine.execution_options(register_write=True).begin() as conn:
            command.downgrade(migrate._config(conn), "0003")
        with ctx.db.engine.connect() as conn:
            names = set(conn.execute(text("SELECT name FROM sqlite_master")).scalars())
            assert not any(search_index.TABLE in n for n in names)
            assert not browse_search.indexed_words(conn, "Anna Keller", True)
        assert _results(ctx, "Anna Keller") == before  # the LIKE path alone
        migrate.upgrade(ctx.db.engine)
        with ctx.db.engine.connect() as conn:
            assert browse_search.indexed_words(conn, "Anna Keller", True) == {"Anna", "Keller"}
            assert search_index.problems(conn) == []
        assert _results(ctx, "Anna Keller") == before
    finally:
        ctx.db.dispose()
