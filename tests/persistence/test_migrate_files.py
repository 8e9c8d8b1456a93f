"""Revisions read from the version files agree with Alembic; an up-to-date register opens without it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desktop_app.persistence import migrate
from desktop_app.services.context import open_register

ROOT = Path(__file__).resolve().parents[2]


def test_file_reading_agrees_with_alembic() -> None:
    head, known = migrate.alembic_view()
    assert migrate.head_revision() == head
    assert migrate.known_revisions() == known
    assert migrate.is_known(head) and not migrate.is_known("9999")


def test_opening_an_up_to_date_register_does_not_import_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    open_register(url, actor="tester").db.dispose()  # created and migrated here
    code = ("import sys; from desktop_app.services.context import open_register; "
            f"open_register({url!r}, actor='t').db.dispose(); print('alembic' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False", done.stderr
