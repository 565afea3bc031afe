"""The MentorDesk schema and its migration chain.

The schema version is `PRAGMA user_version`. Each step below takes a file from
version N-1 to N; `migrate()` runs every missing step, each one together with
its version bump inside a single `BEGIN IMMEDIATE` transaction, so a crash or a
full disk mid-migration leaves the file at the previous, consistent version.

Every table a user edits ("synced tables") carries the same bookkeeping
columns, because branch files are merged later (see `mentordesk.merge`):

- `id`          text UUID, never reused, the identity across files;
- `created_at`, `updated_at`  UTC ISO 8601 with microseconds;
- `deleted_at`  a tombstone: rows are never DELETEd, so a deletion can travel
                to another file in a merge;
- `site`        the installation that last changed the row;
- `field_times` JSON {column: UTC time of its last change}: this is what lets
                a merge keep both sides' edits when they touched different
                fields of the same row.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterator

SYNC_COLUMNS = """
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    site TEXT NOT NULL DEFAULT '',
    field_times TEXT NOT NULL DEFAULT '{}'
"""

#: Columns every synced table has that are bookkeeping, not user data.
BOOKKEEPING = ("id", "created_at", "updated_at", "deleted_at", "site", "field_times")


def _v1_people_and_programs() -> str:
    """People, the competency catalogue, portraits, mentor profiles, programs, enrolment."""
    return f"""
        CREATE TABLE people (
            {SYNC_COLUMNS},
            employee_id TEXT NOT NULL,
            name TEXT NOT NULL,
            email TEXT NOT NULL,
            department TEXT NOT NULL DEFAULT '',
            branch TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            manager_employee_id TEXT,
            hire_date TEXT,
            languages TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL DEFAULT 'none' CHECK (role IN ('mentor', 'mentee', 'both', 'none')),
            archived INTEGER NOT NULL DEFAULT 0
        );
        CREATE UNIQUE INDEX people_employee_id ON people(employee_id) WHERE deleted_at IS NULL;
        CREATE UNIQUE INDEX people_email ON people(lower(email)) WHERE deleted_at IS NULL;
        CREATE INDEX people_name ON people(name);

        CREATE TABLE competencies (
            {SYNC_COLUMNS},
            name TEXT NOT NULL,
            category TEXT NOT NULL DEFAULT ''
        );
        CREATE UNIQUE INDEX competencies_name ON competencies(lower(name)) WHERE deleted_at IS NULL;

        -- A re-assessment adds a dated row; the latest row per (person, competency) is the portrait.
        CREATE TABLE person_competencies (
            {SYNC_COLUMNS},
            person_id TEXT NOT NULL REFERENCES people(id),
            competency_id TEXT NOT NULL REFERENCES competencies(id),
            current_level INTEGER NOT NULL CHECK (current_level BETWEEN 0 AND 5),
            target_level INTEGER CHECK (target_level BETWEEN 0 AND 5),
            assessed_at TEXT NOT NULL
        );
        CREATE INDEX person_competencies_person ON person_competencies(person_id, competency_id, assessed_at);

        CREATE TABLE mentor_profiles (
            {SYNC_COLUMNS},
            person_id TEXT NOT NULL REFERENCES people(id),
            willing INTEGER NOT NULL DEFAULT 1,
            motivation TEXT NOT NULL DEFAULT '',
            capacity INTEGER NOT NULL DEFAULT 2 CHECK (capacity BETWEEN 1 AND 10),
            availability TEXT NOT NULL DEFAULT '',
            recognition TEXT NOT NULL DEFAULT ''
        );
        CREATE UNIQUE INDEX mentor_profiles_person ON mentor_profiles(person_id) WHERE deleted_at IS NULL;

        CREATE TABLE programs (
            {SYNC_COLUMNS},
            name TEXT NOT NULL,
            purpose TEXT NOT NULL DEFAULT '',
            business_goal TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT 'one_to_one'
                CHECK (kind IN ('one_to_one', 'group', 'reverse', 'peer', 'job_shadowing')),
            delivery TEXT NOT NULL DEFAULT 'in_person'
                CHECK (delivery IN ('in_person', 'digital', 'mixed')),
            start_date TEXT,
            end_date TEXT,
            relationship_months INTEGER NOT NULL DEFAULT 9 CHECK (relationship_months BETWEEN 1 AND 24),
            cadence TEXT NOT NULL DEFAULT 'fortnightly'
                CHECK (cadence IN ('weekly', 'fortnightly', 'monthly')),
            max_mentees INTEGER,
            archived INTEGER NOT NULL DEFAULT 0
        );
        CREATE UNIQUE INDEX programs_name ON programs(lower(name)) WHERE deleted_at IS NULL;

        CREATE TABLE participants (
            {SYNC_COLUMNS},
            program_id TEXT NOT NULL REFERENCES programs(id),
            person_id TEXT NOT NULL REFERENCES people(id),
            role TEXT NOT NULL CHECK (role IN ('mentor', 'mentee')),
            status TEXT NOT NULL DEFAULT 'applied'
                CHECK (status IN ('applied', 'accepted', 'waitlisted', 'declined', 'withdrawn')),
            reason TEXT NOT NULL DEFAULT '',
            applied_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX participants_unique ON participants(program_id, person_id, role)
            WHERE deleted_at IS NULL;
        CREATE INDEX participants_person ON participants(person_id);
        """


def _v2_matching() -> str:
    """Matching: preferences on enrolment, program weights, HR's locked and excluded pairs."""
    return f"""
        ALTER TABLE participants ADD COLUMN preferred TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE participants ADD COLUMN waitlisted_since TEXT;
        ALTER TABLE programs ADD COLUMN match_settings TEXT NOT NULL DEFAULT '{{}}';

        CREATE TABLE pair_rules (
            {SYNC_COLUMNS},
            program_id TEXT NOT NULL REFERENCES programs(id),
            mentee_id TEXT NOT NULL REFERENCES people(id),
            mentor_id TEXT NOT NULL REFERENCES people(id),
            rule TEXT NOT NULL CHECK (rule IN ('locked', 'excluded')),
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX pair_rules_program ON pair_rules(program_id);
        """


def _v3_relationships() -> str:
    """Relationships with stages, extensions, goals, meetings and check-ins."""
    return f"""
        CREATE TABLE relationships (
            {SYNC_COLUMNS},
            program_id TEXT REFERENCES programs(id),
            mentor_id TEXT NOT NULL REFERENCES people(id),
            mentee_id TEXT NOT NULL REFERENCES people(id),
            group_key TEXT,
            start_date TEXT NOT NULL,
            planned_end TEXT NOT NULL,
            cadence TEXT NOT NULL DEFAULT 'fortnightly'
                CHECK (cadence IN ('weekly', 'fortnightly', 'monthly')),
            mode TEXT NOT NULL DEFAULT 'in_person'
                CHECK (mode IN ('in_person', 'video', 'phone', 'chat')),
            stage INTEGER NOT NULL DEFAULT 1 CHECK (stage BETWEEN 1 AND 5),
            status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed')),
            closure_outcome TEXT CHECK (closure_outcome IS NULL OR closure_outcome IN
                ('completed', 'ended_early_by_agreement', 'mentor_withdrew', 'mentee_withdrew')),
            closure_reason TEXT NOT NULL DEFAULT '',
            reflection TEXT NOT NULL DEFAULT '',
            closed_on TEXT,
            hr_summary TEXT NOT NULL DEFAULT '',
            CHECK (mentor_id <> mentee_id)
        );
        CREATE INDEX relationships_mentor ON relationships(mentor_id);
        CREATE INDEX relationships_mentee ON relationships(mentee_id);
        CREATE INDEX relationships_program ON relationships(program_id);

        CREATE TABLE relationship_stages (
            {SYNC_COLUMNS},
            relationship_id TEXT NOT NULL REFERENCES relationships(id),
            stage INTEGER NOT NULL CHECK (stage BETWEEN 1 AND 5),
            began_on TEXT NOT NULL
        );
        CREATE INDEX relationship_stages_rel ON relationship_stages(relationship_id);

        CREATE TABLE extensions (
            {SYNC_COLUMNS},
            relationship_id TEXT NOT NULL REFERENCES relationships(id),
            previous_end TEXT NOT NULL,
            new_end TEXT NOT NULL,
            reason TEXT NOT NULL
        );

        CREATE TABLE goals (
            {SYNC_COLUMNS},
            relationship_id TEXT NOT NULL REFERENCES relationships(id),
            title TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            success_measure TEXT NOT NULL DEFAULT '',
            due_date TEXT,
            status TEXT NOT NULL DEFAULT 'open'
                CHECK (status IN ('open', 'in_progress', 'achieved', 'dropped')),
            progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
            competency_id TEXT REFERENCES competencies(id)
        );
        CREATE INDEX goals_rel ON goals(relationship_id);

        CREATE TABLE goal_history (
            {SYNC_COLUMNS},
            goal_id TEXT NOT NULL REFERENCES goals(id),
            status TEXT NOT NULL,
            progress INTEGER NOT NULL,
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX goal_history_goal ON goal_history(goal_id);

        CREATE TABLE meetings (
            {SYNC_COLUMNS},
            relationship_id TEXT NOT NULL REFERENCES relationships(id),
            date TEXT NOT NULL,
            time TEXT NOT NULL DEFAULT '',
            minutes INTEGER NOT NULL DEFAULT 0 CHECK (minutes BETWEEN 0 AND 1440),
            mode TEXT NOT NULL DEFAULT 'in_person',
            outcome TEXT NOT NULL CHECK (outcome IN ('held', 'missed_by_mentor', 'missed_by_mentee',
                'rescheduled_by_mentor', 'rescheduled_by_mentee', 'cancelled')),
            with_notice INTEGER NOT NULL DEFAULT 1,
            topics TEXT NOT NULL DEFAULT '',
            goals_discussed TEXT NOT NULL DEFAULT '[]',
            notes TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX meetings_rel ON meetings(relationship_id, date);

        CREATE TABLE checkins (
            {SYNC_COLUMNS},
            relationship_id TEXT NOT NULL REFERENCES relationships(id),
            role TEXT NOT NULL CHECK (role IN ('mentor', 'mentee')),
            date TEXT NOT NULL,
            scores TEXT NOT NULL DEFAULT '{{}}',
            comments TEXT NOT NULL DEFAULT '{{}}'
        );
        CREATE INDEX checkins_rel ON checkins(relationship_id, date);
        """


def _v4_attention_and_merge() -> str:
    """Snoozed attention items, and the log of merges from other files."""
    return f"""
        CREATE TABLE snoozes (
            {SYNC_COLUMNS},
            item_key TEXT NOT NULL,
            until TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX snoozes_key ON snoozes(item_key);

        -- Not synced: a record of what this file received, and from where.
        CREATE TABLE merge_log (
            id TEXT PRIMARY KEY NOT NULL,
            merged_at TEXT NOT NULL,
            source_name TEXT NOT NULL,
            source_sites TEXT NOT NULL DEFAULT '[]',
            summary TEXT NOT NULL DEFAULT '{{}}',
            details TEXT NOT NULL DEFAULT '[]'
        );
        -- Per other site: up to which change time its rows are known here (for conflict detection).
        CREATE TABLE sync_state (
            site TEXT PRIMARY KEY NOT NULL,
            seen_until TEXT NOT NULL
        );
        """


def _v5_file_identity() -> str:
    """The file's own facts (`file_meta`): its company's identity and its clock's high-water mark.

    The company id is random; `migrate()` marks it `created` when the file is
    new and leaves `migrated` for a file that existed before (see `file_meta`).
    The high-water mark starts at the newest `updated_at` the file holds.
    """
    newest = " UNION ALL ".join(f"SELECT max(updated_at) AS t FROM {t}" for t in SYNCED_TABLES)
    return f"""
        CREATE TABLE file_meta (
            key TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL
        );
        INSERT INTO file_meta (key, value) VALUES ('company_id', lower(hex(randomblob(16))));
        INSERT INTO file_meta (key, value) VALUES ('identity_origin', 'migrated');
        INSERT INTO file_meta (key, value)
            SELECT 'hlc', coalesce(max(t), '') FROM ({newest});
        """


def _v6_erasures() -> str:
    """Erasures of people (GDPR Art. 17): one row per erased person, holding no personal data.

    A row is both the tombstone every merge applies and the erasure log HR keeps
    (when, by whom, why). It holds the erased people rows' random ids and salted
    fingerprints of their employee id and e-mail, never the values, so a branch
    copy that still holds the person (even one entered there separately) is
    erased when it meets this file. Rows are written once, never changed, and
    travel in merges by id in both directions (`storage.erasure`).
    """
    return """
        CREATE TABLE erasures (
            id TEXT PRIMARY KEY NOT NULL,
            erased_at TEXT NOT NULL,
            erased_by TEXT NOT NULL DEFAULT '',
            site TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '',
            person_ids TEXT NOT NULL DEFAULT '[]',
            salt TEXT NOT NULL DEFAULT '',
            fingerprints TEXT NOT NULL DEFAULT '[]'
        );
        """


def _v7_checkin_forms() -> str:
    """Check-ins that came back on a PDF form: which form (so a second import is recognised)
    and the meetings the person said they had since their last check-in.

    Columns rather than keys inside `comments`: comments are free text keyed by question
    and shown everywhere, while the form id must be found by an index and travel in
    merges field by field like any other value. Both are NULL for check-ins typed by HR.

    The key that seals forms (`file_meta.FORM_KEY`) is made here, with the file, so every
    copy taken later (a branch's, a backup) seals and checks forms alike.
    """
    return """
        ALTER TABLE checkins ADD COLUMN form_id TEXT;
        ALTER TABLE checkins ADD COLUMN meetings_reported INTEGER;
        CREATE INDEX checkins_form ON checkins(form_id) WHERE form_id IS NOT NULL;
        INSERT INTO file_meta (key, value) VALUES ('checkin_form_key', lower(hex(randomblob(32))))
            ON CONFLICT(key) DO NOTHING;
        """


#: Closure outcomes a relationship can end with (schema 8 adds "mentor_replaced").
_CLOSURE_OUTCOMES_V8 = ("'completed', 'ended_early_by_agreement', 'mentor_withdrew', 'mentee_withdrew', "
                        "'mentor_replaced'")
_V3_RELATIONSHIP_COLUMNS = (
    "id, created_at, updated_at, deleted_at, site, field_times, program_id, mentor_id, mentee_id, "
    "group_key, start_date, planned_end, cadence, mode, stage, status, closure_outcome, "
    "closure_reason, reflection, closed_on, hr_summary"
)


def _v8_mentor_replacement() -> str:
    """Replacing a mentor: the outcome "mentor_replaced" and the link to the relationship replaced.

    SQLite cannot change a CHECK constraint in place, so the relationships table is
    rebuilt with SQLite's documented procedure (create new, copy, drop, rename,
    recreate the indexes). Goals, meetings and the other child tables point at
    relationships by id and keep doing so; `migrate()` runs this step with foreign
    keys off (`rebuilds_tables`) and refuses to commit unless `foreign_key_check`
    finds every reference intact. `replaces_id` is deliberately not a declared
    foreign key: a merge inserts the rows of one table in no particular order, and
    a replacement arriving before the relationship it continues must not fail.
    """
    return f"""
        CREATE TABLE relationships_v8 (
            {SYNC_COLUMNS},
            program_id TEXT REFERENCES programs(id),
            mentor_id TEXT NOT NULL REFERENCES people(id),
            mentee_id TEXT NOT NULL REFERENCES people(id),
            group_key TEXT,
            start_date TEXT NOT NULL,
            planned_end TEXT NOT NULL,
            cadence TEXT NOT NULL DEFAULT 'fortnightly'
                CHECK (cadence IN ('weekly', 'fortnightly', 'monthly')),
            mode TEXT NOT NULL DEFAULT 'in_person'
                CHECK (mode IN ('in_person', 'video', 'phone', 'chat')),
            stage INTEGER NOT NULL DEFAULT 1 CHECK (stage BETWEEN 1 AND 5),
            status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed')),
            closure_outcome TEXT CHECK (closure_outcome IS NULL OR closure_outcome IN
                ({_CLOSURE_OUTCOMES_V8})),
            closure_reason TEXT NOT NULL DEFAULT '',
            reflection TEXT NOT NULL DEFAULT '',
            closed_on TEXT,
            hr_summary TEXT NOT NULL DEFAULT '',
            replaces_id TEXT,
            CHECK (mentor_id <> mentee_id),
            CHECK (replaces_id IS NULL OR replaces_id <> id)
        );
        INSERT INTO relationships_v8 ({_V3_RELATIONSHIP_COLUMNS})
            SELECT {_V3_RELATIONSHIP_COLUMNS} FROM relationships;
        DROP TABLE relationships;
        ALTER TABLE relationships_v8 RENAME TO relationships;
        CREATE INDEX relationships_mentor ON relationships(mentor_id);
        CREATE INDEX relationships_mentee ON relationships(mentee_id);
        CREATE INDEX relationships_program ON relationships(program_id);
        CREATE INDEX relationships_replaces ON relationships(replaces_id) WHERE replaces_id IS NOT NULL;
        """


#: Read by `migrate()`: this step rebuilds a table others reference, so it runs with foreign keys off.
_v8_mentor_replacement.rebuilds_tables = True  # type: ignore[attr-defined]


def _v9_program_kinds() -> str:
    """What each kind of program needs, stored per program (issue 13).

    Group mentoring: the size of a group and its number of sessions; reverse
    mentoring: the competency the junior teaches; job shadowing: the host and
    short visits (how many, how many hours each). Plain columns, not one JSON
    value, so a merge keeps one laptop's new group size and the other's new
    visit length (field times are per column). Empty (NULL or '') for the kinds
    that do not use them; the service validates, the CHECKs only keep numbers sane.
    """
    return """
        ALTER TABLE programs ADD COLUMN group_size INTEGER CHECK (group_size IS NULL OR group_size BETWEEN 2 AND 50);
        ALTER TABLE programs ADD COLUMN sessions INTEGER CHECK (sessions IS NULL OR sessions BETWEEN 1 AND 100);
        ALTER TABLE programs ADD COLUMN expertise TEXT NOT NULL DEFAULT '';
        ALTER TABLE programs ADD COLUMN host TEXT NOT NULL DEFAULT '';
        ALTER TABLE programs ADD COLUMN visits INTEGER CHECK (visits IS NULL OR visits BETWEEN 1 AND 20);
        ALTER TABLE programs ADD COLUMN visit_hours INTEGER CHECK (visit_hours IS NULL OR visit_hours BETWEEN 1 AND 12);
        """


#: The chain: MIGRATIONS[i] takes a file from version i to version i + 1.
MIGRATIONS: list[Callable[[], str]] = [
    _v1_people_and_programs,
    _v2_matching,
    _v3_relationships,
    _v4_attention_and_merge,
    _v5_file_identity,
    _v6_erasures,
    _v7_checkin_forms,
    _v8_mentor_replacement,
    _v9_program_kinds,
]

SCHEMA_VERSION = len(MIGRATIONS)

#: Tables with the synced bookkeeping columns, parents before children (merge order).
SYNCED_TABLES = (
    "people",
    "competencies",
    "person_competencies",
    "mentor_profiles",
    "programs",
    "participants",
    "pair_rules",
    "relationships",
    "relationship_stages",
    "extensions",
    "goals",
    "goal_history",
    "meetings",
    "checkins",
    "snoozes",
)


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(
    conn: sqlite3.Connection,
    target: int = SCHEMA_VERSION,
    before_step: Callable[[int], None] | None = None,
) -> list[int]:
    """Bring the file up to `target`, one transaction per step; returns the versions reached.

    `before_step(version)` runs outside any transaction before each step (the
    caller uses it to take a backup before the first one).
    """
    reached: list[int] = []
    created = user_version(conn) == 0
    while (version := user_version(conn)) < target:
        if before_step is not None:
            before_step(version)
        step = MIGRATIONS[version]
        with _foreign_keys_off_if(conn, getattr(step, "rebuilds_tables", False)) as rebuilding:
            conn.execute("BEGIN IMMEDIATE")
            try:
                # Re-read inside the lock: another process may have migrated meanwhile.
                if user_version(conn) != version:
                    conn.execute("ROLLBACK")
                    continue
                broken_before = _broken_references(conn) if rebuilding else None
                _run_step(conn, step)
                if created and step is _v5_file_identity:
                    conn.execute("UPDATE file_meta SET value = 'created' WHERE key = 'identity_origin'")
                if broken_before is not None:
                    _require_references_intact(conn, version + 1, broken_before)
                conn.execute(f"PRAGMA user_version = {version + 1}")
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        reached.append(version + 1)
    return reached


@contextlib.contextmanager
def _foreign_keys_off_if(conn: sqlite3.Connection, needed: bool) -> Iterator[bool]:
    """Switch foreign keys off around a table-rebuilding step, and back to what they were.

    SQLite ignores `PRAGMA foreign_keys` inside a transaction, so it is set here,
    outside the step's transaction; with them on, dropping the old table would
    delete or refuse every row pointing at it (SQLite's 12-step ALTER procedure).
    """
    if not needed:
        yield False
        return
    was_on = bool(conn.execute("PRAGMA foreign_keys").fetchone()[0])
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        yield True
    finally:
        if was_on:
            conn.execute("PRAGMA foreign_keys = ON")


def _broken_references(conn: sqlite3.Connection) -> Counter[tuple[str, str]]:
    """`PRAGMA foreign_key_check` as counts per (table, parent): rowids of a rebuilt table change."""
    return Counter((row[0], row[2]) for row in conn.execute("PRAGMA foreign_key_check").fetchall())


def _require_references_intact(conn: sqlite3.Connection, version: int,
                               before: Counter[tuple[str, str]]) -> None:
    """Refuse to commit a rebuild that left a reference pointing nowhere (the step rolls back).

    Compared with the file before the step: a reference already dangling in an old
    file (written by hand, or before foreign keys were on) must not stop the upgrade
    forever; only one this step broke does.
    """
    new = _broken_references(conn) - before
    if new:
        (table, parent), count = next(iter(new.items()))
        raise sqlite3.IntegrityError(
            f"schema step {version} would leave {sum(new.values())} broken reference(s), "
            f"e.g. {count} from {table} to {parent}")


def _run_step(conn: sqlite3.Connection, step: Callable[[], str]) -> None:
    """Run a step's DDL statement by statement inside the open transaction.

    `executescript` would COMMIT first and break the one-transaction rule.
    """
    for statement in _split_sql(step()):
        conn.execute(statement)


def _split_sql(script: str) -> list[str]:
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        stripped = line.strip()
        if stripped.startswith("--"):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
