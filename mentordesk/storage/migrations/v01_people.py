"""Schema 1: the first tables a company file holds (people, competencies, programs, enrolment)."""

from __future__ import annotations

from .bookkeeping import SYNC_COLUMNS


def people_and_programs() -> str:
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
