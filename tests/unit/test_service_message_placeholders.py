"""Every translated service message keeps its placeholders; the shared service modules are marked."""

from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po

from desktop_app.system.message_language import LANGUAGES, SOURCE
from tests.architecture.test_message_marks import ROOT, unmarked

FOLDER = ROOT.parent / "resources" / "locale" / "messages"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


@pytest.mark.parametrize("code", [c for c in LANGUAGES if c != SOURCE])
def test_each_translation_keeps_the_placeholders_of_its_message(code: str) -> None:
    """Same names, same format specs ({limit:,}, {name!r}): a translation may reorder them, never
    rename or drop one (str.format would raise, or a file name would go missing)."""
    with (FOLDER / f"{code}.po").open("rb") as fh:
        catalog = read_po(fh, locale=LANGUAGES[code])
    wrong = []
    for message in catalog:
        if not message.id or not message.string:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        expected = {tuple(_placeholders(i)) for i in ids}
        wrong += [f"{ids[0]!r} -> {s!r}" for s in strings if s and tuple(_placeholders(s)) not in expected]
    assert not wrong, "\n".join(wrong)


def test_the_shared_service_modules_mark_their_messages() -> None:
    """services/*.py (outputs, progress, audit, context, changes): the AREAS scan covers folders,
    and services/ as a whole would take in the import folder, marked on its own."""
    problems = [line for path in sorted((ROOT / "services").glob("*.py")) for line in unmarked(path)]
    assert not problems, "\n".join(problems)
