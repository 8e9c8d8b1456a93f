"""Assessment rows: `measure_reference*, venture*, likelihood*, impact*, ...` and back."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from desktop_app.domain.assessment_schemas import AssessmentRead
from desktop_app.domain.cells import cell_date, cell_int, cell_text, join_tagged, split_tagged
from desktop_app.domain.entity import Entity
from desktop_app.domain.enums import AssessmentStatus, ImpactChannel, Treatment, Vocabulary
from desktop_app.domain.text import join_list, normalize_key, split_list
from desktop_app.services.intake.codecs.base import Codec, Lookup, first_segment, text_or_date
from desktop_app.system.message_language import msg

_FIELD_COLUMN = {
    "inherent_likelihood": "likelihood", "inherent_impact": "impact", "measure_id": "measure_reference",
    "venture_id": "venture",
}
_TAG_KEYS = ("owner", "due", "status")


@lru_cache(maxsize=256)
def _channel(text: str) -> ImpactChannel | str:
    """The channel a label names (cached: imports repeat a few labels); unknown text is left
    for validation to report."""
    try:
        return ImpactChannel.parse(text)  # type: ignore[return-value]
    except ValueError:
        return text


def _mitigation(text: str) -> list[dict[str, Any]]:
    """`dual sourcing [owner: Li Wei, due: 2025-03-31, status: open]; ...` -> actions."""
    actions = []
    for name, tags in split_tagged(text):
        action: dict[str, Any] = {"text": name}
        for tag in tags:
            key, sep, value = tag.partition(":")
            key = key.strip().casefold()
            if not sep or key not in _TAG_KEYS:
                raise ValueError(msg("{tag!r} in {name!r}: write owner: NAME, due: YYYY-MM-DD or status: open",
                                     tag=tag, name=name))
            value = value.removeprefix(" ")  # the padding after the colon; the rest is data
            if key == "due":
                action["due_on"] = cell_date(value.strip())
            else:
                action[key] = value
        actions.append(action)
    return actions


_INTS = (("likelihood", "inherent_likelihood"), ("impact", "inherent_impact"),
         ("residual_likelihood", "residual_likelihood"), ("residual_impact", "residual_impact"))
_TEXTS = ("treatment", "rationale", "owner", "status", "assessor", "clause")
# Free text is kept even when blank; a blank vocabulary cell means "keep / default".
_FREE_TEXT = frozenset({"rationale", "owner", "assessor", "clause"})


def _typed(raw: dict[str, object], column: str, parse: Callable[[Any], Any],
           errors: list[tuple[str, str]]) -> Any:
    try:
        return parse(raw[column])
    except ValueError as exc:
        errors.append((column, str(exc)))
        return None


def from_cells(
    raw: dict[str, object], existing: dict[str, Any] | None, lookup: Lookup
) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    # The same reading as `Cells` gives, written out flat: this runs once per imported row.
    errors: list[tuple[str, str]] = []
    data: dict[str, Any] = dict(existing) if existing else {}
    reference, venture = cell_text(raw.get("measure_reference")), cell_text(raw.get("venture"))
    measure_id = lookup.measure_id(reference) if reference.strip() else None
    venture_id = lookup.venture_id(venture) if venture.strip() else None
    if measure_id is None:
        hint = lookup.nearest("measure_reference", reference)
        errors.append(("measure_reference", msg("no measure with reference {reference!r} in the register{hint}",
                                                reference=reference, hint=hint)))
    if venture_id is None:
        errors.append(("venture", msg("no joint venture named {venture!r} in the register{hint}", venture=venture,
                                      hint=lookup.nearest("venture", venture))))
    data["measure_id"], data["venture_id"] = measure_id or 0, venture_id or 0
    for column, field in _INTS:
        if column in raw:
            data[field] = _typed(raw, column, cell_int, errors)
    for column in _TEXTS:
        if column in raw:
            text = cell_text(raw[column])
            if column in _FREE_TEXT or text.strip():
                data[column] = text
    if "channels" in raw:
        data["channels"] = [_channel(c) for c in split_list(cell_text(raw["channels"]))]
    for column in ("next_review_on", "assessed_on"):
        if column in raw:
            data[column] = _typed(raw, column, cell_date, errors)
    if "mitigation" in raw:
        try:
            data["mitigation"] = _mitigation(cell_text(raw["mitigation"]))
        except ValueError as exc:
            errors.append(("mitigation", str(exc)))
            data["mitigation"] = []
    return data, errors


@lru_cache(maxsize=256)
def _label(member: Vocabulary) -> str:
    return member.label  # cached: an export asks for the same few labels 100,000 times


def to_cells(read: AssessmentRead) -> dict[str, object]:
    actions = []
    for m in read.mitigation:
        tags = [f"owner: {m.owner}"] if m.owner else []
        tags += [f"due: {m.due_on.isoformat()}"] if m.due_on else []
        actions.append((m.text, [*tags, f"status: {_label(m.status)}"]))
    return {
        "measure_reference": read.measure_reference, "venture": read.venture_name,
        "channels": join_list([_label(c) for c in read.channels]),
        "likelihood": read.inherent_likelihood, "impact": read.inherent_impact,
        "residual_likelihood": read.residual_likelihood, "residual_impact": read.residual_impact,
        "treatment": _label(read.treatment), "rationale": read.rationale,
        "mitigation": join_tagged(actions), "owner": read.owner,
        "next_review_on": text_or_date(read.next_review_on), "status": _label(read.status),
        "assessed_on": text_or_date(read.assessed_on), "assessor": read.assessor, "clause": read.clause,
        "version": read.version,
    }


def column_for(path: str) -> str:
    field = first_segment(path)
    return _FIELD_COLUMN.get(field, field)


def key_of(raw: dict[str, object]) -> str:
    return normalize_key(cell_text(raw.get("measure_reference"))) + "\x1f" + normalize_key(
        cell_text(raw.get("venture"))
    )


CODEC: Codec[AssessmentRead] = Codec(
    Entity.ASSESSMENT, from_cells, to_cells, column_for, key_of,
    vocabularies=(("treatment", Treatment, False), ("status", AssessmentStatus, False),
                  ("channels", ImpactChannel, True)))
