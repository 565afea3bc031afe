"""What every report service shares: the settings' keys, options from settings, a report's
status, check-in questions and program lookup in the reader's language.

Its own module so `reports` (one relationship), `report_program` (the program summary) and
`report_files` (writing PDFs) can all use it without importing each other in a circle.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .. import clock
from ..errors import NotFoundError
from ..i18n import N_, Translator, default_language, default_paper_size, normalise_language
from ..i18n import gettext as _
from ..relationship_rules import checkins as checkin_rules  # not the facade: no health or attention rules
from ..relationship_rules import vocabulary as words
from ..reports import RelationshipStatus, ReportOptions
from ..storage.database import Database
from ..vocabulary import CADENCES_IN_TEXT

#: Keys of the report settings (QSettings in the app, flags on the command line).
SETTING_PAGE_SIZE = "reports/page_size"
SETTING_INCLUDE_NOTES = "reports/include_notes"
SETTING_FOR_MANAGER = "reports/for_manager"
SETTING_COMPANY = "reports/company_name"
SETTING_LOGO = "reports/logo_path"
#: The reports' language when it should differ from the window's ("" or absent: the window's).
SETTING_LANGUAGE = "reports/language"
SETTING_KEYS = (SETTING_PAGE_SIZE, SETTING_INCLUDE_NOTES, SETTING_FOR_MANAGER, SETTING_COMPANY, SETTING_LOGO,
                SETTING_LANGUAGE)

#: A branch or department left empty; kept in English as the grouping key (so it
#: sorts last in every language) and translated when the row is printed.
NO_LABEL = N_("Not recorded")
#: The cadence inside a sentence ("meeting every two weeks"): own texts, since
#: lower-casing a translated label is wrong in German.
CADENCE_IN_TEXT = CADENCES_IN_TEXT
SCALE_MAX = float(checkin_rules.SCALE_MAX)


# ---------------------------------------------------------------------------
# Options
# ---------------------------------------------------------------------------


def _flag(value: Any) -> bool:
    """QSettings' INI backend hands booleans back as the strings 'true'/'false'."""
    if isinstance(value, str):
        return value.strip().lower() in {"1", "true", "yes", "on"}
    return bool(value)


def report_options_from_settings(values: Mapping[str, Any], today: dt.date | None = None) -> ReportOptions:
    """Options from stored settings, tolerant of missing keys and of strings.

    Keys (with or without the ``reports/`` prefix): ``page_size`` ("A4" or
    "Letter"; absent: the paper of the system's country, `i18n.default_paper_size`),
    ``include_notes``, ``for_manager`` (the privacy-reduced copy for line managers:
    no notes, no check-in comments), ``company_name``,
    ``logo_path``, ``language`` (a code; absent or unknown: the user's language,
    `mentordesk.i18n.default_language`).  A logo that no longer exists is dropped
    rather than failing the report: a moved file must not stop HR printing.
    """
    def get(key: str, default: Any = None) -> Any:
        short = key.split("/", 1)[1]
        if key in values and values[key] is not None:
            return values[key]
        if short in values and values[short] is not None:
            return values[short]
        return default

    page = str(get(SETTING_PAGE_SIZE, "") or default_paper_size()).strip()
    page_size = "Letter" if page.lower() == "letter" else "A4"
    logo = str(get(SETTING_LOGO, "") or "").strip()
    options = ReportOptions(
        company_name=str(get(SETTING_COMPANY, "") or "").strip(),
        generated_on=today or clock.today(),
        page_size=page_size,  # type: ignore[arg-type]
        logo_path=logo if logo and Path(logo).is_file() else None,
        include_notes=_flag(get(SETTING_INCLUDE_NOTES, False)),
        language=normalise_language(str(get(SETTING_LANGUAGE, "") or "")) or default_language(),
    )
    if _flag(get(SETTING_FOR_MANAGER, False)):
        options = options.manager_variant()
    return options


def _default_options() -> ReportOptions:
    return report_options_from_settings({})


def status_of(status: str, closure_outcome: str | None, start: dt.date, today: dt.date) -> RelationshipStatus:
    """The report's status from the stored one, keeping completed and ended early apart
    with the same rule (`relationship_rules.vocabulary.is_completed`) the closure counts use."""
    if status == "closed" and closure_outcome:
        if words.is_replaced(closure_outcome):
            return RelationshipStatus.REPLACED
        return RelationshipStatus.COMPLETED if words.is_completed(closure_outcome) else RelationshipStatus.ENDED_EARLY
    if status == "closed":  # closed without an outcome: corrupt, but never claim a completion
        return RelationshipStatus.ENDED_EARLY
    return RelationshipStatus.PLANNED if start > today else RelationshipStatus.ACTIVE


def _question(key: str, tr: Translator) -> str:
    """A check-in question in the report's language (an unknown key as it is)."""
    return tr.gettext(checkin_rules.CHECKIN_QUESTIONS[key]) if key in checkin_rules.CHECKIN_QUESTIONS else key


def _program(db: Database, program_id: str):
    # Imported here: `services.programs` brings the undo journal and backups, which a
    # relationship report (it never reads a program this way) does not need (issue 15).
    from . import programs as programs_svc

    try:
        return programs_svc.get_program(db, program_id)
    except NotFoundError:
        raise NotFoundError(_("There is no program with the id %(id)s.") % {"id": repr(program_id)}) from None
