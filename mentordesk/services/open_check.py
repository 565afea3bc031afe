"""The check on open, started early and run beside other work.

SQLite's quick check reads every page of the file: about 0.14 s at 50,000 people,
all of it inside one SQLite call that releases Python's lock. Run on a thread of its
own it costs the window nothing while the window imports and builds its screens
(`ui/launch.py` starts it first), and when the window must wait for it anyway it
reads the People list meanwhile (`check_reading_ahead`): two cores instead of one.
The verdict is the same `filecheck.check_file` verdict as ever, judged before the
file is opened; only when it is judged moves.
"""

from __future__ import annotations

import threading
from pathlib import Path

from ..storage.read_ahead import ReadAhead, file_stamp


class PendingCheck:
    """`filecheck.check_file(path)` running on a thread from the moment this is made."""

    def __init__(self, path: Path) -> None:
        from ..storage import schema

        self.path = Path(path).expanduser().absolute()
        #: Taken before the check's connection exists (see `storage.read_ahead`).
        self.stamp = file_stamp(self.path) if self.path.exists() else None
        self._outcome: tuple[object, BaseException | None] | None = None
        self._thread = threading.Thread(target=self._run, args=(schema.SCHEMA_VERSION,),
                                        name="mentordesk-open-check", daemon=True)
        self._thread.start()

    def _run(self, supported_version: int) -> None:
        from ..storage.filecheck import check_file

        try:
            self._outcome = (check_file(self.path, supported_version=supported_version), None)
        except BaseException as exc:  # handed to the thread that waits, which raises it
            self._outcome = (None, exc)

    def running(self) -> bool:
        return self._thread.is_alive()

    def verdict(self):
        """The `FileCheck`, waiting for it if need be; an error the check met is raised here."""
        self._thread.join()
        assert self._outcome is not None
        verdict, error = self._outcome
        if error is not None:
            raise error
        return verdict


def check_reading_ahead(path: Path, pending: PendingCheck | None = None, *,
                        people: bool = True) -> ReadAhead | None:
    """`session.check_before_open(path)`, reading the People list while the check runs.

    Raises `FileProblem` as the check always did (the rows are dropped). The rows are
    handed to `session.open_database(read_ahead=...)`, and the People screen uses them
    only if the file is unchanged when it reads (`storage.people_list_repo.list_rows`).
    Nothing is read ahead when the caller will not show the list at once (`people=False`:
    the rows would wait in memory for a screen HR may never open) or when the check has
    already finished (started early enough, nothing is left to overlap).
    """
    from .session import check_before_open

    path = Path(path).expanduser().absolute()
    if pending is None or pending.path != path:
        pending = PendingCheck(path)
    ahead = None
    if people and pending.running():
        # here: at launch the start page shows, and the list's reader need not load before it
        from ..storage import people_list_repo

        ahead = people_list_repo.read_ahead(path, pending.stamp)
    check_before_open(path, pending)
    return ahead
