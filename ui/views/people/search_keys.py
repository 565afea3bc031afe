"""The People screen's search keys, made once the list is on screen (issue 15).

Reading everyone's competency names and folding 50,000 keys took about as long as reading
and painting the list itself, and nothing on a freshly opened screen needs them until HR
types. `PeopleView.reload` shows the list first and makes the keys right after the first
paint (a zero timer); a search typed before that makes them at once, so a search always
looks through the same keys (`services.people.search_text`'s).
"""

from __future__ import annotations

from collections.abc import Sequence

from mentordesk.errors import MentorDeskError
from mentordesk.services import people_list
from mentordesk.services.people_list import PersonListRow
from mentordesk.storage.database import Database


class SearchKeys:
    """The keys of one reading of the list (`rows`, in its order), made on first use."""

    def __init__(self, db: Database | None, rows: Sequence[PersonListRow]) -> None:
        self._db = db
        self._rows = rows
        self._keys: list[str] | None = None
        #: Why the competency names could not be read (the keys then leave them out), once.
        self.error: MentorDeskError | None = None

    def reads(self, db: Database) -> bool:
        """Whether these keys come from `db` (a later file, or none, makes them stale)."""
        return self._db is db

    @property
    def ready(self) -> bool:
        return self._keys is not None

    def all(self) -> list[str]:
        """Every row's key, made now if not made yet."""
        if self._keys is None:
            names: dict[str, str] = {}
            if self._db is not None and self._rows:
                try:
                    names = people_list.competency_names(self._db)
                except MentorDeskError as exc:  # the share went away: search names, e-mails, …
                    self.error = exc
            self._keys = people_list.search_keys(self._rows, names)
        return self._keys
