"""Use cases shared by the window and the command line; the domain's vocabularies are installed here."""

from desktop_app.services import vocabularies as _vocabularies  # noqa: F401  - hands the domain its vocabularies
