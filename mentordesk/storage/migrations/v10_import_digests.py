"""Schema 10: a digest of the CSV row each person was last imported from (issue 15).

An unchanged re-import of 10,000 people spent three quarters of its time parsing
and checking rows that were exactly what the last import had already checked
and stored. With the row's digest kept beside the person, the import recognises
such a row and takes the person as stored instead (`people_csv.digests`).

The digest may only stand for the person while nothing the import compares has
changed since: the person's own row, their competency levels, the names of those
competencies and their mentor profile (capacity). Every path that changes them
(the window, the CLI, a merge, an erasure, hand-written SQL) is covered by the
triggers below, which drop the person's digest, so the next import reads their
row in full as before. Nothing has to remember to do it. (A later step that
rebuilds one of these tables drops its triggers with it and must create them again.)

New levels are the exception: an import adds tens of thousands of level rows at
once, and a trigger on every insert cost a first import a fifth of its time. A
level is never changed or deleted without a trigger below, only added, so the
digest keeps the number of level rows its person had (`levels`) and stands only
while that number is the same (`storage.people_import_repo`).

Local, not synced: the table has no bookkeeping columns, is not in
`SYNCED_TABLES`, so a merge neither reads nor sends it; a merge that changes a
person here fires the triggers like any other write. A digest is a hash of the
row's cells, never the cells, and goes when its person is erased (an update).
"""

from __future__ import annotations

#: What drops a person's digest: (trigger name, event on table, the person it concerns).
_DROPPED_BY = (
    ("people_changed", "UPDATE ON people", "OLD.id"),
    ("people_deleted", "DELETE ON people", "OLD.id"),
    ("levels_changed", "UPDATE ON person_competencies", "OLD.person_id, NEW.person_id"),
    ("levels_deleted", "DELETE ON person_competencies", "OLD.person_id"),
    ("profile_added", "INSERT ON mentor_profiles", "NEW.person_id"),
    ("profile_changed", "UPDATE ON mentor_profiles", "OLD.person_id, NEW.person_id"),
    ("profile_deleted", "DELETE ON mentor_profiles", "OLD.person_id"),
)


def _trigger(name: str, event: str, people: str) -> str:
    return f"""
        CREATE TRIGGER import_digest_{name} AFTER {event}
        BEGIN
            DELETE FROM people_import_digests WHERE person_id IN ({people});
        END;
        """


def import_digests() -> str:
    """The digests table, and the triggers that drop a digest once its person may differ.

    A renamed or deleted competency changes the levels an import compares for
    everyone assessed in it, so it drops all their digests.
    """
    triggers = "".join(_trigger(*spec) for spec in _DROPPED_BY)
    competency = " ".join(
        f"""
        CREATE TRIGGER import_digest_competency_{name} AFTER {event} ON competencies
        BEGIN
            DELETE FROM people_import_digests WHERE person_id IN
                (SELECT person_id FROM person_competencies WHERE competency_id = OLD.id);
        END;
        """ for name, event in (("changed", "UPDATE"), ("deleted", "DELETE")))
    return f"""
        CREATE TABLE people_import_digests (
            person_id TEXT PRIMARY KEY NOT NULL,
            digest TEXT NOT NULL,
            levels INTEGER NOT NULL DEFAULT 0
        );
        {triggers}
        {competency}
        """
