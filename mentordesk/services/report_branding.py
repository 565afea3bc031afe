"""The report header's company name and logo, kept in the company's file (issue 13).

They used to be a laptop's setting, so two HR laptops printed different headers and a
new laptop printed none.  Now the file holds them (`storage.file_settings`, merged
like the data: the newer change wins), Preferences and the Reports screen edit the
file's, and every report (window, command line, batch) reads them from the file
unless told otherwise for one report (`mentordesk report --company ...`).

A laptop that still has the old setting hands it to the first file it opens that
has none (`adopt_laptop_values`), once: the caller then forgets the laptop's copy.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ValidationError
from ..i18n import gettext as _
from ..storage import file_settings
from ..storage.database import Database

if TYPE_CHECKING:  # `mentordesk.reports` loads reportlab: the window's Preferences must not, at start-up
    from ..reports import ReportOptions

COMPANY = "report_company"
LOGO = "report_logo"
#: A header logo is printed 24 x 10 mm: a megabyte is plenty and keeps the file small.
MAX_LOGO_BYTES = 1_000_000
#: The images the PDF renderer reads, by their first bytes.
IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


@dataclass(frozen=True)
class Branding:
    """What the file says the report header shows."""

    company_name: str = ""
    logo: bytes | None = None


def get_branding(db: Database) -> Branding:
    company = file_settings.get(db.conn, COMPANY)
    logo = file_settings.get(db.conn, LOGO)
    data = None
    if logo is not None and logo.value:
        try:
            data = base64.b64decode(logo.value, validate=True)
        except (ValueError, binascii.Error):
            data = None  # a damaged value prints no logo rather than no report
    return Branding(company.value.strip() if company else "", data if data and _is_image(data) else None)


def _is_image(data: bytes) -> bool:
    return data.startswith(IMAGE_MAGIC)


def read_logo(path: str | Path) -> bytes:
    """The image at `path`, checked to be a PNG or JPEG of sensible size (a sentence otherwise)."""
    path = Path(path).expanduser()
    try:
        size = path.stat().st_size
        if size > MAX_LOGO_BYTES:
            raise ValidationError(_("The logo %(name)s is larger than 1 MB. Choose a smaller PNG or JPEG "
                                    "image; the report settings were not changed.") % {"name": path.name})
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(_("The logo %(name)s could not be read. Choose another image; the report "
                                "settings were not changed.") % {"name": path.name}) from exc
    if not _is_image(data):
        raise ValidationError(_("%(name)s is not a PNG or JPEG image. Choose one of those for the logo; "
                                "the report settings were not changed.") % {"name": path.name})
    return data


def set_branding(db: Database, company_name: str, logo: bytes | None) -> None:
    """Store the header in the file: only what changed gets a new stamp (so a merge keeps
    the other copy's newer change to the part not touched here)."""
    current = get_branding(db)
    company_name = company_name.strip()
    with db.transaction() as conn:
        if company_name != current.company_name:
            file_settings.put(conn, COMPANY, company_name)
        if logo != current.logo:
            file_settings.put(conn, LOGO, base64.b64encode(logo).decode("ascii") if logo else "")


def has_branding(db: Database) -> bool:
    """Whether the file was ever given a header (even an empty one, on purpose)."""
    return file_settings.get(db.conn, COMPANY) is not None or file_settings.get(db.conn, LOGO) is not None


def adopt_laptop_values(db: Database, company_name: str, logo_path: str) -> bool:
    """Move a laptop's old header into a file that has none; True when the file took it.

    A logo that is gone or no image is left out (the name still moves)."""
    if db.readonly or has_branding(db) or not (company_name.strip() or logo_path.strip()):
        return False
    logo = None
    if logo_path.strip():
        try:
            logo = read_logo(logo_path)
        except ValidationError:
            logo = None
    set_branding(db, company_name, logo)
    return True


def with_file_branding(db: Database, options: ReportOptions) -> ReportOptions:
    """`options` with the file's company name and logo where the caller gave none."""
    branding = get_branding(db)
    changes = {}
    if not options.company_name:
        changes["company_name"] = branding.company_name
    if not options.logo_path and options.logo_data is None and branding.logo:
        changes["logo_data"] = branding.logo
    return replace(options, **changes) if changes else options
