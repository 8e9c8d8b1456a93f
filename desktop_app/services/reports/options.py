"""Options shared by the PDF briefing and the Excel workbook (CLI and GUI alike)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop_app.system.report_language import N_

CONFIDENTIAL = N_("CONFIDENTIAL - internal compliance use only")


@dataclass(frozen=True)
class ReportOptions:
    """`as_of`: the date the report describes (status histories are read as of it; default today).
    `since`: list changes from the audit trail from this date. `ventures`: restrict to these
    joint-venture names (empty: all). `prepared_by`: shown on the cover (default: the actor).
    `since` left out: the day the last briefing was issued (else 90 days before `as_of`)."""

    as_of: date | None = None
    since: date | None = None
    ventures: tuple[str, ...] = field(default_factory=tuple)
    prepared_by: str | None = None
    confidentiality: str = CONFIDENTIAL  # the default is written in the report language
    # False: the bounded board pack (the CLI's default); True adds the complete per-venture and
    # per-measure appendix and the raw audit list. The service keeps the full briefing by default.
    full: bool = True
    # The language the report is written in ("en", "zh_CN"; see system.report_language.LANGUAGES).
    # The workbook's importable sheets keep their English headers and values in every language.
    lang: str = "en"
