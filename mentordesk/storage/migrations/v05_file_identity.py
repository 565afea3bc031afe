"""Schema 5: the file's own facts (`file_meta`)."""

from __future__ import annotations

from .bookkeeping import SYNCED_TABLES


def file_identity() -> str:
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
