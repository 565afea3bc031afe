"""Does the `-journal` beside a file belong to it? Judged before SQLite ever sees it.

Why this exists
---------------
SQLite keeps, beside `acme.db`, a rollback journal `acme.db-journal` holding
the *original* images of the pages a transaction is changing. If the writer
dies, the journal stays ("hot") and the next connection that may write copies
those images back ("rolls back"), undoing the half-finished save. SQLite
identifies the journal only by its name. A sync service copies the database
and the journal separately, so `acme.db` from one laptop can meet the journal
of another copy (sqlite.org, "How To Corrupt An SQLite Database File",
"mispaired hot journals"): rolling that back writes another copy's pages into
this file, truncates it to the other copy's length, and corrupts it.

What a journal tells (sqlite.org/fileformat2.html, "The Rollback Journal")
--------------------------------------------------------------------------
A header (magic d9d505f920a163d7, record count, checksum nonce, the database's
page count when the transaction began, sector size, page size), padded to the
sector size, then records of 4-byte page number + page image + 4-byte checksum
(nonce plus every 200th byte of the image, going backwards from the end). A
journal may hold several such segments, each starting at a sector boundary.
SQLite stops replaying at the first record whose checksum fails, at a short
read, or at an invalid header; we read exactly what it would replay.

The judgement
-------------
Every commit in rollback mode raises the file change counter (header offset
24, on page 1), and page 1 is journaled before it is first changed. The btree
layer keeps page 1 referenced for the whole transaction, so it is never
"spilled" to the file early: on disk, page 1 is either still the original
(counter C, byte-identical to the journal's image) or, once the commit has
begun writing, the new one with counter C+1. So for a journal that holds page 1:

- database counter == journal counter: page 1 on disk must equal the image;
- database counter == journal counter + 1: the commit had begun (allowed);
- anything else: the journal was taken from another copy (older or newer).

Further invariants: the journal's page size is the database's (MentorDesk
never changes a file's page size); the page-1 image is a SQLite header with
that page size; the database's page count when the transaction began (journal
header) is at least the page count in the original header (the file may carry
spare pages beyond it, never fewer); a journal whose first byte is not zero
but which lacks the magic, or whose header is invalid, is no SQLite journal of
ours (SQLite only writes the magic once the records are synced, and zeroes the
header when it is done with a journal). For the same reason a hot journal
always holds at least one record that SQLite would replay; one that holds none
(only a header, records that fail their checksums) restores nothing, and
setting it aside leaves the file as rolling it back would, minus resizing the
file to another copy's length.

A journal without a page-1 record cannot be judged by the counter: page 1 was
not changed, so the database's own header page count must then be within the
journal's starting page count, and otherwise SQLite's default (roll back) is
kept. A journal whose first byte is zero is not hot: SQLite ignores it.

The judgement by headers is completed by a trial on private copies (see
`recovery.trial`): the journal is rolled back into a copy, and if the result
fails SQLite's integrity check while the file alone passes it, or the result
names another company (`file_meta.company_id`), the journal is foreign too.
A genuine journal always restores the state before the interrupted save, which
was a sound file of the same company, so the trial never rejects one.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

MAGIC = bytes.fromhex("d9d505f920a163d7")
SQLITE_HEADER = b"SQLite format 3\x00"
#: The largest sector size SQLite accepts in a journal header (MAX_SECTOR_SIZE in pager.c).
MAX_SECTOR_SIZE = 0x10000
_PENDING_BYTE = 0x40000000

Kind = Literal["none", "cold", "belongs", "unknown", "foreign"]


@dataclass(frozen=True)
class Verdict:
    """`kind`: none (no journal), cold (not hot: SQLite ignores it), belongs, unknown, foreign.

    `reason` is for support: numbers and words only, never data from the file.
    """

    kind: Kind
    reason: str = ""


@dataclass(frozen=True)
class JournalFacts:
    """What SQLite would replay from a journal: its header fields and the page-1 image, if any."""

    page_size: int
    sector_size: int
    initial_pages: int
    records: int
    page1: bytes | None


def journal_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + "-journal")


def _u32(data: bytes, offset: int) -> int:
    return int.from_bytes(data[offset:offset + 4], "big")


def _power_of_two(n: int) -> bool:
    return n > 0 and n & (n - 1) == 0


def checksum(nonce: int, image: bytes) -> int:
    """SQLite's journal page checksum (pager_cksum): nonce + every 200th byte from the end."""
    total = nonce
    i = len(image) - 200
    while i > 0:
        total += image[i]
        i -= 200
    return total & 0xFFFFFFFF


def _header(data: bytes, offset: int, first: bool, sector: int) -> tuple[int, int, int, int, int] | None:
    """(records, nonce, initial_pages, sector, page_size) of the header at `offset`, or None where SQLite stops."""
    if offset + 28 > len(data) or data[offset:offset + 8] != MAGIC:
        return None
    if not first and offset + sector > len(data):
        return None
    records, nonce, initial = _u32(data, offset + 8), _u32(data, offset + 12), _u32(data, offset + 16)
    sector_size, page_size = _u32(data, offset + 20), _u32(data, offset + 24)
    return records, nonce, initial, sector_size, page_size


def _check_first_header(data: bytes) -> tuple[int, int, int] | str:
    """(initial_pages, sector_size, page_size) of a journal, or why SQLite would not replay it."""
    if data[:8] != MAGIC:
        return "no journal magic"
    head = _header(data, 0, True, 0)
    if head is None:
        return "journal header cut short"
    _, _, initial, sector, page_size = head
    if not (_power_of_two(page_size) and 512 <= page_size <= 65536):
        return f"invalid page size {page_size}"
    if not (_power_of_two(sector) and 32 <= sector <= MAX_SECTOR_SIZE):
        return f"invalid sector size {sector}"
    return initial, sector, page_size


def replayed_records(data: bytes) -> Iterator[tuple[int, int, int]]:
    """(page number, offset of its image, the segment's page limit) for each record SQLite would replay.

    Records come in segments, each behind a header at a sector boundary; SQLite stops at the first
    record cut short, with page number 0 or the lock page, or whose checksum fails.
    """
    first = _check_first_header(data)
    if isinstance(first, str):
        return
    _, sector, page_size = first
    record_size = page_size + 8
    pending_page = _PENDING_BYTE // page_size + 1
    offset = 0
    while (head := _header(data, offset, offset == 0, sector)) is not None:
        records, nonce, mx_pages = head[0], head[1], head[2]
        offset += sector
        if records == 0xFFFFFFFF:  # "to the end of the file" (no-sync journals)
            records = max(0, (len(data) - offset) // record_size)
        for _ in range(records):
            if offset + record_size > len(data):
                return
            pgno = _u32(data, offset)
            image = data[offset + 4:offset + 4 + page_size]
            if pgno == 0 or pgno == pending_page or checksum(nonce, image) != _u32(data, offset + 4 + page_size):
                return
            yield pgno, offset + 4, mx_pages
            offset += record_size
        if records == 0:
            return
        offset = -(-offset // sector) * sector  # the next segment starts at a sector boundary


def read_journal(data: bytes) -> JournalFacts | str:
    """Parse a hot journal the way SQLite's playback reads it; a string says why it is no journal."""
    first = _check_first_header(data)
    if isinstance(first, str):
        return first
    initial, sector, page_size = first
    count, page1 = 0, None
    for pgno, start, mx_pages in replayed_records(data):
        count += 1
        if pgno == 1 and page1 is None and pgno <= mx_pages:
            page1 = data[start:start + page_size]
    return JournalFacts(page_size, sector, initial, count, page1)


def _header_pages(header: bytes) -> int | None:
    """The page count in a database header, when SQLite would trust it (counter == version-valid-for)."""
    count = _u32(header, 28)
    return count if count > 0 and header[24:28] == header[92:96] else None


def _page_size(header: bytes) -> int:
    raw = int.from_bytes(header[16:18], "big")
    return 65536 if raw == 1 else raw


def judge_bytes(db_page1: bytes, data: bytes) -> Verdict:
    """Judge journal bytes `data` against the database's first page (at least its 100-byte header)."""
    if not data:
        return Verdict("none")
    if data[0] == 0:
        return Verdict("cold", "journal header is zeroed (not hot)")
    if len(db_page1) < 100 or not db_page1.startswith(SQLITE_HEADER):
        return Verdict("unknown", "the database header cannot be read")
    facts = read_journal(data)
    if isinstance(facts, str):
        return Verdict("foreign", facts)
    db_page_size = _page_size(db_page1)
    if facts.page_size != db_page_size:
        return Verdict("foreign", f"page size {facts.page_size} in the journal, {db_page_size} in the file")
    if facts.records == 0:
        return Verdict("foreign", "the journal holds no page that SQLite would restore")
    if facts.page1 is None:
        pages = _header_pages(db_page1)
        if pages is not None and pages > facts.initial_pages:
            return Verdict("foreign", f"the file had {pages} pages, the journal's transaction began at "
                                      f"{facts.initial_pages}")
        return Verdict("unknown", "the journal holds no page 1")
    return _judge_page1(db_page1, facts)


def _judge_page1(db_page1: bytes, facts: JournalFacts) -> Verdict:
    image = facts.page1
    assert image is not None
    if not image.startswith(SQLITE_HEADER) or _page_size(image) != facts.page_size:
        return Verdict("foreign", "the journal's page 1 is not a database header of this page size")
    pages = _header_pages(image)
    if pages is not None and pages > facts.initial_pages:
        return Verdict("foreign", f"page 1 says {pages} pages, the journal header {facts.initial_pages}")
    journal_counter, db_counter = _u32(image, 24), _u32(db_page1, 24)
    if db_counter == journal_counter:
        if db_page1[:len(image)] != image:
            return Verdict("foreign", "same change counter but page 1 differs")
        return Verdict("belongs", "page 1 unchanged since the journal began")
    if db_counter == (journal_counter + 1) & 0xFFFFFFFF:
        return Verdict("belongs", "the commit had begun (change counter one higher)")
    return Verdict("foreign", f"change counter {db_counter} in the file, {journal_counter} in the journal")


def read_side(db_path: Path) -> tuple[bytes, bytes] | None:
    """(database page 1, journal bytes), or None when either cannot be read."""
    journal = journal_path(db_path)
    try:
        with open(journal, "rb") as fh:
            data = fh.read()
        with open(db_path, "rb") as fh:
            head = fh.read(100)
            size = _page_size(head) if len(head) == 100 else 100
            fh.seek(0)
            page1 = fh.read(size if 512 <= size <= 65536 else 100)
    except OSError:
        return None
    return page1, data


def judge(db_path: str | os.PathLike[str]) -> Verdict:
    """Judge the journal beside `db_path` by its headers alone (no trial); never changes anything."""
    path = Path(db_path)
    try:
        if journal_path(path).stat().st_size == 0:
            return Verdict("none")
    except OSError:
        return Verdict("none")
    side = read_side(path)
    if side is None:
        return Verdict("unknown", "the journal or the file cannot be read")
    return judge_bytes(*side)
