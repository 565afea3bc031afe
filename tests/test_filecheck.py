"""Classifying files before opening them, from real files, without changing them."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from mentordesk.storage.filecheck import check_file, format_size

SUPPORTED = 3


def make_db(path: Path, rows: int = 500, user_version: int = 1, wal: bool = False, people: bool = True) -> Path:
    conn = sqlite3.connect(path)
    if wal:
        conn.execute("PRAGMA journal_mode=WAL")
    table = "people" if people else "invoices"
    conn.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, name TEXT, notes TEXT)")
    conn.executemany(
        f"INSERT INTO {table} (name, notes) VALUES (?, ?)",
        [(f"person {i}", "x" * 200) for i in range(rows)],
    )
    conn.execute(f"PRAGMA user_version = {user_version}")
    conn.commit()
    conn.close()
    return path


def fingerprint(folder: Path) -> dict[str, tuple[str, int]]:
    """Every file in the folder with its hash and mtime: the check must change none of them."""
    return {
        p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


class Folder:
    """A test folder that remembers its files so the test can prove the check changed none."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.before: dict[str, tuple[str, int]] | None = None

    def __truediv__(self, name: str) -> Path:
        return self.path / name

    def iterdir(self) -> Iterator[Path]:
        return self.path.iterdir()

    def snapshot(self) -> None:
        self.before = fingerprint(self.path)


@pytest.fixture()
def unchanged(tmp_path: Path) -> Iterator[Folder]:
    folder = Folder(tmp_path)
    yield folder
    assert folder.before is not None, "test forgot to snapshot"
    assert fingerprint(tmp_path) == folder.before


def snap(folder: Folder) -> None:
    folder.snapshot()


def test_missing(tmp_path: Path) -> None:
    res = check_file(tmp_path / "nope.db", SUPPORTED)
    assert res.status == "missing"
    assert not (tmp_path / "nope.db").exists()


def test_empty(unchanged: Folder) -> None:
    f = unchanged / "Mentoring.db"
    f.write_bytes(b"")
    snap(unchanged)
    res = check_file(f, SUPPORTED)
    assert res.status == "empty"
    assert "0 bytes" in res.message


def test_text_file_named_db(unchanged: Folder) -> None:
    f = unchanged / "Mentoring.db"
    f.write_text("name,email\nAnna,anna@example.com\n" * 50)
    snap(unchanged)
    res = check_file(f, SUPPORTED)
    assert res.status == "not_sqlite"
    assert "not a MentorDesk file" in res.message


def test_tiny_non_sqlite_file(unchanged: Folder) -> None:
    f = unchanged / "Mentoring.db"
    f.write_bytes(b"hello")
    snap(unchanged)
    assert check_file(f, SUPPORTED).status == "not_sqlite"


def test_ok(unchanged: Folder) -> None:
    f = make_db(unchanged / "Mentoring.db")
    snap(unchanged)
    res = check_file(f, SUPPORTED)
    assert res.status == "ok" and res.ok
    assert res.detail["journal_mode"] == "rollback"
    assert res.detail["user_version"] == 1


def test_fresh_empty_sqlite_file_is_ok(unchanged: Folder) -> None:
    f = unchanged / "New.db"
    conn = sqlite3.connect(f)
    conn.execute("PRAGMA user_version = 0")
    conn.execute("CREATE TABLE t(x)")
    conn.execute("DROP TABLE t")
    conn.commit()
    conn.close()
    snap(unchanged)
    assert check_file(f, SUPPORTED).status == "ok"


def test_truncated_half_copy(unchanged: Folder) -> None:
    src = make_db(unchanged / "full.db", rows=3000)
    data = src.read_bytes()
    src.unlink()
    f = unchanged / "Mentoring.db"
    f.write_bytes(data[: len(data) // 2])
    snap(unchanged)
    res = check_file(f, SUPPORTED)
    assert res.status == "truncated"
    assert res.message.startswith("This file is only partly copied (")
    assert f"{format_size(len(data) // 2)} of {format_size(len(data))}" in res.message
    assert "wait for the sync" in res.message


def test_truncated_mid_header(unchanged: Folder) -> None:
    f = unchanged / "Mentoring.db"
    f.write_bytes(b"SQLite format 3\x00\x10\x00")
    snap(unchanged)
    assert check_file(f, SUPPORTED).status == "truncated"


def test_corrupt_btree_page(unchanged: Folder) -> None:
    f = make_db(unchanged / "Mentoring.db", rows=3000)
    page_size = int.from_bytes(f.read_bytes()[16:18], "big")
    with open(f, "r+b") as fh:
        # Page 3 is a leaf of the people table; scribble over its header and cell pointers.
        fh.seek(page_size * 2 + 0)
        fh.write(b"\x0d\xff\xff\x7f\xff" + b"\xa5" * 300)
    snap(unchanged)
    res = check_file(f, SUPPORTED)
    assert res.status == "corrupt"
    assert "damaged" in res.message and "backup" in res.message


def test_bad_page_size_in_header_is_corrupt(unchanged: Folder) -> None:
    f = make_db(unchanged / "Mentoring.db")
    with open(f, "r+b") as fh:
        fh.seek(16)
        fh.write(b"\x03\x00")  # 768 is not a power of two
    snap(unchanged)
    assert check_file(f, SUPPORTED).status == "corrupt"


def test_newer_version(unchanged: Folder) -> None:
    f = make_db(unchanged / "Mentoring.db", user_version=SUPPORTED + 1)
    snap(unchanged)
    res = check_file(f, SUPPORTED)
    assert res.status == "newer"
    assert "newer version of MentorDesk" in res.message
    assert res.detail["user_version"] == SUPPORTED + 1
    # Same file, no version limit given: fine.
    assert check_file(f).status == "ok"


def test_not_mentordesk(unchanged: Folder) -> None:
    f = make_db(unchanged / "Accounts.db", user_version=0, people=False)
    snap(unchanged)
    res = check_file(f, SUPPORTED)
    assert res.status == "not_mentordesk"
    assert "not a MentorDesk one" in res.message


def test_wal_mode_file_is_reported_and_no_side_files_created(unchanged: Folder) -> None:
    f = make_db(unchanged / "Mentoring.db", wal=True)
    assert sorted(p.name for p in unchanged.iterdir()) == ["Mentoring.db"]
    snap(unchanged)
    res = check_file(f, SUPPORTED)
    assert res.status == "ok"
    assert res.detail["journal_mode"] == "wal"
    # the fixture asserts that no -wal/-shm appeared


def test_wal_with_uncheckpointed_data_reads_it(unchanged: Folder) -> None:
    f = unchanged / "Mentoring.db"
    conn = sqlite3.connect(f)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("CREATE TABLE people (id INTEGER PRIMARY KEY)")
    conn.execute(f"PRAGMA user_version = {SUPPORTED + 2}")
    conn.commit()
    # Copy the three files as they are while the writer still has them open.
    for name in ("Mentoring.db", "Mentoring.db-wal"):
        (unchanged / ("copy-" + name)).write_bytes((unchanged / name).read_bytes())
    conn.close()
    for name in ("Mentoring.db", "Mentoring.db-wal", "Mentoring.db-shm"):
        (unchanged / name).unlink(missing_ok=True)
    (unchanged / "copy-Mentoring.db").rename(unchanged / "Mentoring.db")
    (unchanged / "copy-Mentoring.db-wal").rename(unchanged / "Mentoring.db-wal")
    snap(unchanged)
    res = check_file(f, SUPPORTED)
    # The version only exists in the -wal file: proof it was read, from a private copy.
    assert res.status == "newer"
    assert res.detail["wal_file"] is True


def test_hot_journal_after_crash(unchanged: Folder) -> None:
    f = make_db(unchanged / "Mentoring.db", rows=2000)
    code = (
        "import sqlite3, os, sys\n"
        "c = sqlite3.connect(sys.argv[1]); c.execute('PRAGMA cache_size=1')\n"
        "c.execute('BEGIN'); c.execute('UPDATE people SET notes = notes || notes')\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(f)], check=True)
    assert (unchanged / "Mentoring.db-journal").stat().st_size > 0
    snap(unchanged)
    res = check_file(f, SUPPORTED)
    assert res.status == "needs_recovery"
    assert res.detail["hot_journal"] is True


def test_check_leaves_file_bytes_and_mtime_unchanged_for_every_kind(tmp_path: Path) -> None:
    files = {
        "ok.db": make_db(tmp_path / "ok.db"),
        "newer.db": make_db(tmp_path / "newer.db", user_version=99),
    }
    (tmp_path / "text.db").write_text("hello " * 100)
    files["text.db"] = tmp_path / "text.db"
    before = fingerprint(tmp_path)
    statuses = {name: check_file(p, SUPPORTED).status for name, p in files.items()}
    assert statuses == {"ok.db": "ok", "newer.db": "newer", "text.db": "not_sqlite"}
    assert fingerprint(tmp_path) == before


def test_folder_is_not_a_file(tmp_path: Path) -> None:
    (tmp_path / "x.db").mkdir()
    assert check_file(tmp_path / "x.db").status == "not_sqlite"


def test_messages_never_contain_the_folder_path(tmp_path: Path) -> None:
    # Paths often contain a person's name (C:\\Users\\anna\\...); messages may be pasted into tickets.
    f = make_db(tmp_path / "Mentoring.db", user_version=SUPPORTED + 1)
    for res in (check_file(f, SUPPORTED), check_file(tmp_path / "nope.db")):
        assert str(tmp_path) not in res.message


def test_format_size() -> None:
    assert format_size(10) == "10 bytes"
    assert format_size(4 * 1024 * 1024) == "4.0 MB"
    assert format_size(int(6.2 * 1024 * 1024)) == "6.2 MB"
    assert format_size(1536) == "1.5 KB"


@pytest.mark.skipif(os.name != "posix", reason="mode bits")
def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = make_db(tmp_path / "Mentoring.db")
    import builtins

    real_open = builtins.open

    def denied(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        if Path(file) == f:
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", denied)
    assert check_file(f, SUPPORTED).status == "unreadable"


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@given(st.binary(max_size=3000), st.booleans())
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_arbitrary_bytes_never_raise_and_never_change(tmp_path: Path, body: bytes, with_header: bool) -> None:
    folder = tmp_path / f"case-{hashlib.sha256(body).hexdigest()[:12]}-{with_header}"
    folder.mkdir(exist_ok=True)
    f = folder / "Mentoring.db"
    f.write_bytes((b"SQLite format 3\x00" if with_header else b"") + body)
    before = fingerprint(folder)
    res = check_file(f, SUPPORTED)
    assert res.status in {"empty", "not_sqlite", "truncated", "corrupt", "ok", "not_mentordesk", "needs_recovery"}
    assert res.message
    assert fingerprint(folder) == before
