"""What `mentordesk --version` and Help > About tell: version, file format, licences.

Kept free of Qt so the command line and the window say the same thing.  Each
third-party part that MentorDesk ships is listed with the licence text that
travels with it (LGPLv3 obliges us to pass Qt's licence on to the user).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

from . import __version__

# `.assets` (importlib.resources and its tempfile/shutil) loads when a licence is shown:
# every command's parser uses VersionAction, few print the version.


@dataclass(frozen=True)
class Licence:
    component: str  # what the user has: "Qt 6 (through PySide6)"
    licence: str  # its licence's short name
    used_for: str  # why MentorDesk ships it, in plain words
    files: tuple[str, ...]  # licence texts, relative to the resources folder

    def paths(self) -> list[Path]:
        from .assets import resource

        return [resource(*name.split("/")) for name in self.files]

    def text(self) -> str:
        """The full licence text(s), ready to show."""
        return "\n\n".join(path.read_text(encoding="utf-8") for path in self.paths())


LICENCES: tuple[Licence, ...] = (
    Licence("Qt 6 (through PySide6)", "GNU LGPL version 3",
            "the windows, PDF preview and printing",
            ("licenses/LGPL-3.0.txt", "licenses/GPL-3.0.txt")),
    Licence("DejaVu fonts", "Bitstream Vera / DejaVu font licence (free)",
            "the text of PDF reports", ("fonts/DejaVu-LICENSE.txt",)),
    Licence("Droid Sans Fallback font", "Apache License 2.0",
            "Chinese and Japanese names in PDF reports", ("fonts/DroidSansFallback-LICENSE.txt",)),
    Licence("Noto Emoji font", "SIL Open Font License 1.1",
            "emoji in PDF reports", ("fonts/NotoEmoji-LICENSE.txt",)),
)


def file_format_version() -> int:
    """The schema version this MentorDesk writes (files from a newer one open read-only)."""
    from .storage.schema import SCHEMA_VERSION

    return SCHEMA_VERSION


def version_line() -> str:
    """One line for `--version`: the program and the file format it reads and writes."""
    from .i18n import gettext as _

    return _("MentorDesk %(version)s (file format %(format)s)") % {"version": __version__,
                                                                 "format": file_format_version()}


def version_text() -> str:
    """`--version` in full: the version line, then each shipped part's licence and
    where its text is (said plainly, not raised, if the installation lost them)."""
    from .assets import ResourcesMissing
    from .i18n import gettext as _

    lines = [version_line(), "", _("Includes:")]
    for item in LICENCES:
        try:
            where = ", ".join(str(p) for p in item.paths())
        except ResourcesMissing:
            where = _("licence text missing from this installation")
        lines.append(f"  {item.component}: {item.licence}")
        lines.append(f"    {where}")
    return "\n".join(lines)


class VersionAction(argparse.Action):
    """`--version` for both programs: printed as written (argparse's own action
    re-wraps the lines) and worked out only when asked for."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS,
                 help="show the version, the file format and the licences, and exit"):
        super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        print(version_text())
        sys.stdout.flush()
        parser.exit(0)
