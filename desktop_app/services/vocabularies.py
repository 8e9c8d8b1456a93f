"""The vocabularies the domain is handed: read from the shipped resources by this layer, once."""

from __future__ import annotations

import json

from desktop_app.domain import jurisdictions
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


# Installed on import of the services layer: nothing is built until a jurisdiction is first checked.
jurisdictions.install(build_vocabulary)
