"""Screening's vocabulary for one register: its terms, synonyms and crosswalk, with the shipped words."""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Callable

from sqlmodel import Session, col, select

from desktop_app.domain.matching.codes import Crosswalk
from desktop_app.domain.matching.taxonomy import Taxonomy, Term
from desktop_app.domain.matching.vocabulary import ScreeningVocabulary
from desktop_app.domain.matching.words import Synonyms
from desktop_app.domain.models import CrosswalkRow, Synonym, TaxonomyRelation, TaxonomyTerm
from desktop_app.domain.text import split_list
from desktop_app.services.jurisdiction_names import sentence_names
from desktop_app.services.records.groups import GroupIndex, load_index
from desktop_app.services.vocabularies import screening_language

# The last vocabulary built, kept while the register's rows stay the same: the names it has read
# (thousands, recurring across every screening) are then read once per process.
_LAST: dict[str, ScreeningVocabulary] = {}


def _namer(index: GroupIndex) -> Callable[[str], str]:
    """A group's name, or a country's name as a sentence reads it."""
    names = sentence_names()
    return lambda code: index.groups[code].name if code in index.groups else names.get(code, code)


def load_vocabulary(s: Session) -> ScreeningVocabulary:
    """The register's screening vocabulary, handed to the pure matching functions."""
    terms = s.exec(select(TaxonomyTerm.id, TaxonomyTerm.key, TaxonomyTerm.label, TaxonomyTerm.stage,
                          TaxonomyTerm.aliases).order_by(col(TaxonomyTerm.id))).all()
    relations = s.exec(select(TaxonomyRelation.narrower_id, TaxonomyRelation.broader_id)
                       .order_by(col(TaxonomyRelation.id))).all()
    synonyms = s.exec(select(Synonym.term, Synonym.means).order_by(col(Synonym.id))).all()
    rows = s.exec(select(CrosswalkRow.code_a, CrosswalkRow.code_b, CrosswalkRow.note)
                  .order_by(col(CrosswalkRow.id))).all()
    index = load_index(s)  # targets naming a group reach its member countries
    groups = index.members()
    payload = json.dumps([[list(t) for t in terms], [list(r) for r in relations], [list(x) for x in synonyms],
                          [list(r) for r in rows], {c: sorted(m) for c, m in groups.items()},
                          {c: index.name(c) for c in groups}], ensure_ascii=False, default=str)
    key = hashlib.sha256(payload.encode("utf-8")).hexdigest()
    found = _LAST.get(key)
    if found is not None:
        return found
    keys = {tid: k for tid, k, *_ in terms}
    broader: dict[int, list[str]] = defaultdict(list)
    for narrower_id, broader_id in relations:
        if broader_id in keys:
            broader[narrower_id].append(keys[broader_id])
    taxonomy = Taxonomy(Term(k, label, stage, tuple(split_list(aliases)), tuple(broader[tid]))
                        for tid, k, label, stage, aliases in terms)
    vocabulary = ScreeningVocabulary(taxonomy, Synonyms(dict(synonyms)), Crosswalk(rows), screening_language(),
                                     _namer(index), groups)
    _LAST.clear()
    _LAST[key] = vocabulary
    return vocabulary
