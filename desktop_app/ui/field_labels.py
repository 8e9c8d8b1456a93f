"""Every field key the audit trail or a refused save can name, as a label in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "field_labels"  # the translation context of LABELS (lupdate reads the literal below)
# Key -> its English label, translated when shown (so a language installed later applies). The
# wording is the record forms' own where a form shows the field, so it reads the same everywhere;
# a few keep the words the audit log always showed them by (Measure type, Mitigation, Levels).
LABELS: dict[str, str] = {
    # measures, their items, targets and status history
    "reference": QT_TRANSLATE_NOOP("field_labels", "Reference"),
    "title": QT_TRANSLATE_NOOP("field_labels", "Title"),
    "original_title": QT_TRANSLATE_NOOP("field_labels", "Original title"),
    "jurisdiction": QT_TRANSLATE_NOOP("field_labels", "Issuing jurisdiction"),
    "authority": QT_TRANSLATE_NOOP("field_labels", "Authority"),
    "measure_type": QT_TRANSLATE_NOOP("field_labels", "Measure type"),
    "status": QT_TRANSLATE_NOOP("field_labels", "Status"),
    "announced_on": QT_TRANSLATE_NOOP("field_labels", "Announced on"),
    "consultation_ends_on": QT_TRANSLATE_NOOP("field_labels", "Consultation ends on"),
    "effective_on": QT_TRANSLATE_NOOP("field_labels", "Effective on"),
    "removed_on": QT_TRANSLATE_NOOP("field_labels", "Removed on"),
    "summary": QT_TRANSLATE_NOOP("field_labels", "Summary"),
    "source_url": QT_TRANSLATE_NOOP("field_labels", "Source URL"),
    "notes": QT_TRANSLATE_NOOP("field_labels", "Notes"),
    "targets_note": QT_TRANSLATE_NOOP("field_labels", "Targets note"),
    "items": QT_TRANSLATE_NOOP("field_labels", "Items"),
    "targets": QT_TRANSLATE_NOOP("field_labels", "Targeted jurisdictions"),
    "excluded": QT_TRANSLATE_NOOP("field_labels", "Excluded jurisdictions"),
    "status_history": QT_TRANSLATE_NOOP("field_labels", "Status history"),
    "name": QT_TRANSLATE_NOOP("field_labels", "Name"),
    "codes": QT_TRANSLATE_NOOP("field_labels", "Codes"),
    "stage": QT_TRANSLATE_NOOP("field_labels", "Stage"),
    "valid_from": QT_TRANSLATE_NOOP("field_labels", "From"),
    "note": QT_TRANSLATE_NOOP("field_labels", "Note"),
    # joint ventures, their partners and key inputs
    "country": QT_TRANSLATE_NOOP("field_labels", "Country"),
    "location": QT_TRANSLATE_NOOP("field_labels", "Location"),
    "activity": QT_TRANSLATE_NOOP("field_labels", "Activity"),
    "sector": QT_TRANSLATE_NOOP("field_labels", "Sector"),
    "value_at_stake": QT_TRANSLATE_NOOP("field_labels", "Value at stake"),
    "currency": QT_TRANSLATE_NOOP("field_labels", "Currency"),
    "owner": QT_TRANSLATE_NOOP("field_labels", "Owner"),
    "partners": QT_TRANSLATE_NOOP("field_labels", "Partners"),
    "share": QT_TRANSLATE_NOOP("field_labels", "Share"),
    "direction": QT_TRANSLATE_NOOP("field_labels", "Direction"),
    "countries": QT_TRANSLATE_NOOP("field_labels", "Countries (from / to)"),
    # assessments and their mitigation actions
    "measure_id": QT_TRANSLATE_NOOP("field_labels", "Measure"),
    "venture_id": QT_TRANSLATE_NOOP("field_labels", "Joint venture"),
    "channels": QT_TRANSLATE_NOOP("field_labels", "Impact channels"),
    "inherent_likelihood": QT_TRANSLATE_NOOP("field_labels", "Inherent likelihood"),
    "inherent_impact": QT_TRANSLATE_NOOP("field_labels", "Inherent impact"),
    "inherent_level": QT_TRANSLATE_NOOP("field_labels", "Inherent risk level"),
    "inherent_rank": QT_TRANSLATE_NOOP("field_labels", "Inherent risk rank"),
    "residual_likelihood": QT_TRANSLATE_NOOP("field_labels", "Residual likelihood"),
    "residual_impact": QT_TRANSLATE_NOOP("field_labels", "Residual impact"),
    "residual_level": QT_TRANSLATE_NOOP("field_labels", "Residual risk level"),
    "residual_rank": QT_TRANSLATE_NOOP("field_labels", "Residual risk rank"),
    "residual_score": QT_TRANSLATE_NOOP("field_labels", "Residual risk score"),
    "treatment": QT_TRANSLATE_NOOP("field_labels", "Treatment"),
    "rationale": QT_TRANSLATE_NOOP("field_labels", "Rationale"),
    "assessor": QT_TRANSLATE_NOOP("field_labels", "Assessor"),
    "assessed_on": QT_TRANSLATE_NOOP("field_labels", "Assessed on"),
    "next_review_on": QT_TRANSLATE_NOOP("field_labels", "Next review on"),
    "clause": QT_TRANSLATE_NOOP("field_labels", "Clause"),
    "mitigation": QT_TRANSLATE_NOOP("field_labels", "Mitigation"),
    "text": QT_TRANSLATE_NOOP("field_labels", "Text"),
    "due_on": QT_TRANSLATE_NOOP("field_labels", "Due"),
    # clauses, suspension windows and their extensions or lifts
    "label": QT_TRANSLATE_NOOP("field_labels", "Label"),
    "expires_on": QT_TRANSLATE_NOOP("field_labels", "Expires after"),
    "threshold": QT_TRANSLATE_NOOP("field_labels", "Threshold"),
    "suspension_id": QT_TRANSLATE_NOOP("field_labels", "Suspended by"),
    "starts_on": QT_TRANSLATE_NOOP("field_labels", "First day suspended"),
    "ends_on": QT_TRANSLATE_NOOP("field_labels", "Last day suspended"),
    "changes": QT_TRANSLATE_NOOP("field_labels", "Extensions and lifts"),
    "kind": QT_TRANSLATE_NOOP("field_labels", "Kind"),
    "decided_on": QT_TRANSLATE_NOOP("field_labels", "Decided on"),
    # links between measures, dismissals, inferred flows, event confirmations
    "from": QT_TRANSLATE_NOOP("field_labels", "From measure"),
    "to": QT_TRANSLATE_NOOP("field_labels", "To measure"),
    "item": QT_TRANSLATE_NOOP("field_labels", "Item"),
    "item_name": QT_TRANSLATE_NOOP("field_labels", "Item"),
    "reason": QT_TRANSLATE_NOOP("field_labels", "Reason"),
    "fingerprint": QT_TRANSLATE_NOOP("field_labels", "Match fingerprint"),
    "dismissed_at": QT_TRANSLATE_NOOP("field_labels", "Dismissed"),
    "state": QT_TRANSLATE_NOOP("field_labels", "Decision"),
    "evidence": QT_TRANSLATE_NOOP("field_labels", "Evidence"),
    "actor": QT_TRANSLATE_NOOP("field_labels", "Recorded by"),
    "decided_at": QT_TRANSLATE_NOOP("field_labels", "Decided"),
    "uid": QT_TRANSLATE_NOOP("field_labels", "Event"),
    "measure": QT_TRANSLATE_NOOP("field_labels", "Measure"),
    "confirmed_at": QT_TRANSLATE_NOOP("field_labels", "Confirmed"),
    # parties, owners, listings, ownership and content rules
    "partner": QT_TRANSLATE_NOOP("field_labels", "Partner"),
    "aliases": QT_TRANSLATE_NOOP("field_labels", "Also written"),
    "list_name": QT_TRANSLATE_NOOP("field_labels", "List"),
    "listed_from": QT_TRANSLATE_NOOP("field_labels", "Listed from"),
    "listed_until": QT_TRANSLATE_NOOP("field_labels", "Listed until"),
    "lists": QT_TRANSLATE_NOOP("field_labels", "Lists"),
    "product": QT_TRANSLATE_NOOP("field_labels", "Product"),
    "input_name": QT_TRANSLATE_NOOP("field_labels", "Input"),
    "origin": QT_TRANSLATE_NOOP("field_labels", "Origin"),
    "technology": QT_TRANSLATE_NOOP("field_labels", "Technology"),
    # synonyms, the item vocabulary, the crosswalk, jurisdiction groups
    "term": QT_TRANSLATE_NOOP("field_labels", "Term"),
    "means": QT_TRANSLATE_NOOP("field_labels", "Reads as"),
    "relation": QT_TRANSLATE_NOOP("field_labels", "Relation"),
    "broader": QT_TRANSLATE_NOOP("field_labels", "Broader term"),
    "code_a": QT_TRANSLATE_NOOP("field_labels", "Code"),
    "code_b": QT_TRANSLATE_NOOP("field_labels", "Equivalent code"),
    "code": QT_TRANSLATE_NOOP("field_labels", "Code"),
    "members": QT_TRANSLATE_NOOP("field_labels", "Members"),
    "covers_all": QT_TRANSLATE_NOOP("field_labels", "Every country (no members listed)"),
    "source": QT_TRANSLATE_NOOP("field_labels", "Source"),
    # the risk matrix and its levels
    "grid": QT_TRANSLATE_NOOP("field_labels", "Level of each cell (likelihood: impact minor to severe)"),
    "levels": QT_TRANSLATE_NOOP("field_labels", "Levels"),
    "assessments_relevelled": QT_TRANSLATE_NOOP("field_labels", "Assessments whose level changed"),
    "key": QT_TRANSLATE_NOOP("field_labels", "Key"),
    "colour": QT_TRANSLATE_NOOP("field_labels", "Colour"),
    "rank": QT_TRANSLATE_NOOP("field_labels", "Rank"),
    "review_days": QT_TRANSLATE_NOOP("field_labels", "Review every (days)"),
    "likelihood": QT_TRANSLATE_NOOP("field_labels", "Likelihood"),
    "impact": QT_TRANSLATE_NOOP("field_labels", "Impact"),
    # imports, briefings, restores and moves of the register, archiving
    "file": QT_TRANSLATE_NOOP("field_labels", "File"),
    "sha256": QT_TRANSLATE_NOOP("field_labels", "SHA-256 checksum"),
    "entity": QT_TRANSLATE_NOOP("field_labels", "Record type"),
    "created": QT_TRANSLATE_NOOP("field_labels", "Created"),
    "updated": QT_TRANSLATE_NOOP("field_labels", "Updated"),
    "unchanged": QT_TRANSLATE_NOOP("field_labels", "Unchanged"),
    "mapping": QT_TRANSLATE_NOOP("field_labels", "Column mapping"),
    "pack": QT_TRANSLATE_NOOP("field_labels", "Update pack"),
    "overwritten": QT_TRANSLATE_NOOP("field_labels", "Overwritten"),
    "as_of": QT_TRANSLATE_NOOP("field_labels", "As of"),
    "since": QT_TRANSLATE_NOOP("field_labels", "Since"),
    "until": QT_TRANSLATE_NOOP("field_labels", "Until"),
    "options": QT_TRANSLATE_NOOP("field_labels", "Options"),
    "pages": QT_TRANSLATE_NOOP("field_labels", "Pages"),
    "restored_from": QT_TRANSLATE_NOOP("field_labels", "Restored from"),
    "safety_backup": QT_TRANSLATE_NOOP("field_labels", "Safety copy of the replaced register"),
    "damaged_copy": QT_TRANSLATE_NOOP("field_labels", "Copy of the damaged register"),
    "moved_from": QT_TRANSLATE_NOOP("field_labels", "Moved from"),
    "source_head_hash": QT_TRANSLATE_NOOP("field_labels", "Last audit hash of the source"),
    "rows": QT_TRANSLATE_NOOP("field_labels", "Rows"),
    "archived_at": QT_TRANSLATE_NOOP("field_labels", "Archived"),
    "version": QT_TRANSLATE_NOOP("field_labels", "Version"),
}
# A key whose meaning depends on the record: a party's `owner` is the party owning it, not the
# person in charge that the same key names on a venture or an assessment.
BY_RECORD: dict[tuple[str, str], str] = {
    ("party", "owner"): QT_TRANSLATE_NOOP("field_labels", "Owned by"),
}


def field_label(key: str, entity: str | None = None) -> str:
    """`inherent_impact` -> its label in the interface language (`entity`: the audited record's
    kind, for the keys BY_RECORD words apart); an unknown key in (English) words."""
    english = BY_RECORD.get((entity or "", key)) or LABELS.get(key)
    if english is not None:
        return QCoreApplication.translate(CONTEXT, english)
    return key.replace("_", " ").strip().capitalize()
