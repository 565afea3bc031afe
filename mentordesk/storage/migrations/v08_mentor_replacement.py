"""Schema 8: replacing a mentor (rebuilds the relationships table)."""

from __future__ import annotations

from .bookkeeping import SYNC_COLUMNS

#: Closure outcomes a relationship can end with (schema 8 adds "mentor_replaced").
CLOSURE_OUTCOMES_V8 = ("'completed', 'ended_early_by_agreement', 'mentor_withdrew', 'mentee_withdrew', "
                       "'mentor_replaced'")
#: The columns schema 3 gave relationships: the ones the rebuild copies over.
V3_RELATIONSHIP_COLUMNS = (
    "id, created_at, updated_at, deleted_at, site, field_times, program_id, mentor_id, mentee_id, "
    "group_key, start_date, planned_end, cadence, mode, stage, status, closure_outcome, "
    "closure_reason, reflection, closed_on, hr_summary"
)


def mentor_replacement() -> str:
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
                ({CLOSURE_OUTCOMES_V8})),
            closure_reason TEXT NOT NULL DEFAULT '',
            reflection TEXT NOT NULL DEFAULT '',
            closed_on TEXT,
            hr_summary TEXT NOT NULL DEFAULT '',
            replaces_id TEXT,
            CHECK (mentor_id <> mentee_id),
            CHECK (replaces_id IS NULL OR replaces_id <> id)
        );
        INSERT INTO relationships_v8 ({V3_RELATIONSHIP_COLUMNS})
            SELECT {V3_RELATIONSHIP_COLUMNS} FROM relationships;
        DROP TABLE relationships;
        ALTER TABLE relationships_v8 RENAME TO relationships;
        CREATE INDEX relationships_mentor ON relationships(mentor_id);
        CREATE INDEX relationships_mentee ON relationships(mentee_id);
        CREATE INDEX relationships_program ON relationships(program_id);
        CREATE INDEX relationships_replaces ON relationships(replaces_id) WHERE replaces_id IS NOT NULL;
        """


#: Read by `migrate()`: this step rebuilds a table others reference, so it runs with foreign keys off.
mentor_replacement.rebuilds_tables = True  # type: ignore[attr-defined]
