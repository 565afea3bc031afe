"""Programs that differ by kind (issue 13): what each kind stores, validates, duplicates and archives.

Real files throughout: the schema step on a file made at version 8, the service on a
fresh file, the CLI as a real process, a merge of two real copies.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from mentordesk.errors import StorageError
from mentordesk.services import programs
from mentordesk.storage import schema
from mentordesk.storage.database import Database


def test_schema_step_adds_kind_columns_to_a_version_8_file(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    schema.migrate(conn, target=8)
    conn.execute("INSERT INTO programs (id, created_at, updated_at, name) VALUES ('p1', 'x', 'x', 'Old')")
    conn.close()
    db = Database.open(path)
    try:
        old = programs.get_program(db, "p1")
        assert db.schema_version() == schema.SCHEMA_VERSION > 8
        assert (old.group_size, old.sessions, old.expertise, old.host, old.visits, old.visit_hours) == \
            (None, None, "", "", None, None)
        with pytest.raises(StorageError, match="CHECK"), db.transaction() as conn2:
            conn2.execute("UPDATE programs SET group_size = 0 WHERE id = 'p1'")
    finally:
        db.close()
