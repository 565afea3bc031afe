"""Schema 2: what matching needs stored (preferences, program weights, HR's pair rules)."""

from __future__ import annotations

from .bookkeeping import SYNC_COLUMNS


def matching() -> str:
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
