"""Errors the user sees. Each carries a message written for an HR manager, not a developer."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .i18n import gettext as _


class MentorDeskError(Exception):
    """Base class: `str(error)` is a sentence fit for a dialog or the command line."""


class ValidationError(MentorDeskError):
    """Input was refused; `problems` lists every reason, nothing was written."""

    def __init__(self, problems: list[str] | str):
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__("\n".join(self.problems))


class Cancelled(MentorDeskError):
    """The user cancelled long work; whatever it was doing was rolled back or left unwritten."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message if message is not None else _("Cancelled. Nothing was changed."))


class NotFoundError(MentorDeskError):
    pass


class ReadOnlyError(MentorDeskError):
    """The file is open read-only (newer version, someone else's lock, read-only share)."""


class StorageError(MentorDeskError):
    """The file could not be written or read (disk full, locked too long, I/O error)."""


class StaleDataError(MentorDeskError):
    """Another person changed the file since this screen read it; reload before writing."""


@dataclass
class ConflictError(MentorDeskError):
    """Two people edited the same record: the second save is told, with both versions."""

    table: str
    row_id: str
    mine: dict[str, Any] = field(default_factory=dict)
    theirs: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return _(
            "Someone else changed this record after you opened it. "
            "Nothing was saved: compare both versions and choose."
        )
