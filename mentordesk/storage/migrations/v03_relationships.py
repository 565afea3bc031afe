"""Schema 3: relationships and everything that hangs off one (stages, goals, meetings, check-ins)."""

from __future__ import annotations

from .bookkeeping import SYNC_COLUMNS


def relationships() -> str:
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
