"""Jurisdiction cells as people write them: names, aliases, groups, and targets with words around them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop_app.domain.jurisdictions import fold, vocabulary
from desktop_app.domain.text import split_list
from desktop_app.services.intake.suggest import did_you_mean_text, nearest
from desktop_app.services.records.groups import GroupIndex
from desktop_app.system.message_language import msg

# Written like a code: two or three capitals ("XX", "CHN"), or a group code with a digit or colon.
_CODE_LIKE = re.compile(r"^(?:[A-Z]{2,3}|[A-Z][A-Z0-9]*[:\d][A-Z0-9:.\-]*)$")
_PARTS = re.compile(r"[（(]([^()（）]*)[)）]")
_ISSUER_SPLIT = re.compile(r"\s+[-–—]\s+|\s*[/|]\s*")  # "China - MOFCOM & GAC", "US / BIS"
# An EAR country group as US compliance staff write it, without the "EAR:" of its code.
_EAR_BARE = re.compile(r"\b[A-E]:\s?\d\b")
_EXCEPT = re.compile(r"\s+(?:except|excluding|other than|but not)\s+", re.IGNORECASE)


@dataclass
class ReadTargets:
    """A targets (or exclusions) cell read: the codes, what is kept as a note, and what to say."""

    codes: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def add(self, code: str) -> None:
        if code not in self.codes:
            self.codes.append(code)


class JurisdictionReader:
    """Reads jurisdiction cells against the vocabulary and the register's groups (read once)."""

    def __init__(self, groups: GroupIndex) -> None:
        self.groups = groups
        self._group_spellings = groups.spellings

    def code(self, text: str) -> str | None:
        """A country's or a group's code for `text` (a code, name or alias, or an EAR country
        group written bare, "D:5"); None otherwise."""
        found = vocabulary().resolve(text) or self._group_spellings.get(fold(text))
        if found is None and _EAR_BARE.fullmatch(text.strip()):
            found = self._group_spellings.get(fold("EAR:" + text.strip().replace(" ", "")))
        return found

    def name(self, code: str) -> str:
        return self.groups.name(code)

    def suggestions(self, text: str, *, groups: bool = True) -> str:
        choices = list(vocabulary().names.values())
        if groups:
            choices += [t for g in self.groups.groups.values() for t in (g.code, g.name)]
        return did_you_mean_text(nearest(text, choices))

    def country(self, text: str) -> str:
        """A country (or EU) by code, name or alias; ValueError with the nearest names otherwise."""
        code = vocabulary().resolve(text)
        if code is None:
            raise ValueError(msg("{text!r} is not a country: write an ISO 3166 code or a country name{hint}",
                                 text=text.strip(), hint=self.suggestions(text, groups=False)))
        return code

    def issuer(self, text: str) -> tuple[str, str]:
        """The issuing jurisdiction and the authority written after it ("China - MOFCOM & GAC" ->
        ("CN", "MOFCOM & GAC")); ValueError when no country is named."""
        code = vocabulary().resolve(text)
        if code is not None:
            return code, ""
        head, *rest = _ISSUER_SPLIT.split(text.strip(), maxsplit=1)
        found = vocabulary().resolve(head) if rest else None
        if found is None:
            return self.country(text), ""  # raises with the message of an unknown country
        return found, rest[0].strip()

    def targets(self, text: str) -> ReadTargets:
        """Countries and groups named in a `;` list, each element read whole, then by the parts
        around "except" and inside brackets; what is left is kept as a note (a warning, not an
        error), and only an unknown code is an error."""
        out = ReadTargets()
        for element in split_list(text):
            code = self.code(element)
            if code is not None:
                out.add(code)
                continue
            if _CODE_LIKE.match(element.strip()):
                out.errors.append(msg("{text!r} is not a known country or jurisdiction group code{hint}",
                                      text=element.strip(), hint=self.suggestions(element)))
                continue
            found = list(dict.fromkeys(c for c in (self.code(p) for p in self._parts(element)) if c is not None))
            for c in found:
                out.add(c)
            out.notes.append(element)
            if found:
                read = ", ".join(self.name(c) for c in found)
                out.warnings.append(msg("read {text!r} as {read}; the whole text is kept as a note on the targets",
                                        text=element, read=read))
            else:
                out.warnings.append(msg("{text!r} is not a country or jurisdiction group{hint}; kept as a note on "
                                        "the targets", text=element, hint=self.suggestions(element)))
        return out

    @staticmethod
    def _parts(element: str) -> list[str]:
        """The pieces of an element that may name a jurisdiction: before "except", inside and
        outside brackets ("arms-embargoed (Country Group D:5) destinations", "China (most entities)")."""
        head = _EXCEPT.split(element, maxsplit=1)[0]
        inside = _PARTS.findall(head)
        outside = " ".join(_PARTS.sub(" ", head).split())
        listed = _EAR_BARE.findall(head)  # "Country Groups D:1, D:3 and D:4"
        return [p.strip() for p in (head, outside, *inside, *listed) if p.strip()]


def note_text(targets: ReadTargets, excluded: ReadTargets, written: str = "") -> str:
    """The note kept on a measure's targets: the file's own note, then the words read from the
    targets and exclusions that it does not already hold."""
    parts = [written] if written.strip() else []  # as written: a leading tab or CR is content
    for prefix, read in (("", targets), ("excluded: ", excluded)):
        for note in read.notes:
            text = prefix + note
            if text not in " ".join(parts):
                parts.append(text)
    return "; ".join(parts)


