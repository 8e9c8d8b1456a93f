"""The vocabularies the domain is handed: read from the shipped resources by this layer, once."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from desktop_app.domain import jurisdictions
from desktop_app.domain.matching.vocabulary import Language
from desktop_app.domain.risk import RiskMatrix
from desktop_app.services.jurisdiction_names import build_vocabulary
from desktop_app.system.paths import resource


def default_matrix() -> RiskMatrix:
    """The shipped 5x5 matrix (Low/Medium/High/Critical) that a new register starts from."""
    with resource("risk_matrix.json").open(encoding="utf-8") as fh:
        return RiskMatrix.from_json(json.load(fh))


def shipped_synonyms() -> dict[str, str]:
    """The screening synonyms as shipped (a new register's list is seeded by its migrations)."""
    with resource("synonyms.json").open(encoding="utf-8") as fh:
        return dict(json.load(fh)["synonyms"])


def shipped_taxonomy() -> list[dict[str, Any]]:
    """Screening's item terms as shipped (a new register's list is seeded by a migration)."""
    with resource("screening_taxonomy.json").open(encoding="utf-8") as fh:
        return list(json.load(fh)["terms"])


def shipped_crosswalk() -> list[dict[str, str]]:
    """The code crosswalk as shipped (seeded by a migration)."""
    with resource("screening_crosswalk.json").open(encoding="utf-8") as fh:
        return list(json.load(fh)["rows"])


@cache
def screening_language() -> Language:
    """Stage words, places and trade words in English, Chinese and Korean; every country's own
    name (from the jurisdiction vocabulary) is a place word too."""
    with resource("screening_language.json").open(encoding="utf-8") as fh:
        return Language.from_json(json.load(fh), dict(jurisdictions.vocabulary().names))


# Installed on import of the services layer: nothing is built until a jurisdiction is first checked.
jurisdictions.install(build_vocabulary)
