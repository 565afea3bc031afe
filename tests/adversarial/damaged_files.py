"""Damaged and foreign files made from a good company file, for the tests that must refuse them."""

from __future__ import annotations

import os
from pathlib import Path


def damaged_forms(good: Path, folder: Path) -> dict[str, Path]:
    """Files in `folder` made from the good file `good`: cut short, with garbage or zeroed
    pages, a bad page size, and things that are not a database at all (name -> path)."""
    data = good.read_bytes()
    page = int.from_bytes(data[16:18], "big")
    forms = {
        "truncated": data[: len(data) // 2],
        "truncated-mid-page": data[: 3 * page + 100],
        "header-only": data[:100],
        "garbage-page": data[:page * 2] + b"\xff" * page + data[page * 3:],
        "zeroed-pages": data[:page] + b"\x00" * (page * 4) + data[page * 5:],
        "bad-page-size": data[:16] + b"\x00\x03" + data[18:],
        "csv": b"employee_id,name,email\nE1,Ana,ana@example.com\n",
        "empty": b"",
        "pdf": b"%PDF-1.7\n" + os.urandom(4096),
        "random": os.urandom(len(data)),
        "journal-like": b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + os.urandom(4096),
    }
    paths = {}
    for name, content in forms.items():
        path = folder / f"{name}.db"
        path.write_bytes(content)
        paths[name] = path
    return paths
