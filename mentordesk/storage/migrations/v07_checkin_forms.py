"""Schema 7: check-ins that came back on a PDF form."""

from __future__ import annotations


def checkin_forms() -> str:
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
