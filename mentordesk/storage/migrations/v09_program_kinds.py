"""Schema 9: what each kind of program needs, stored per program."""

from __future__ import annotations


def program_kinds() -> str:
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
