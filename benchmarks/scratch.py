"""A benchmark's scratch folder, removed when the benchmark ends.

The benchmarks build company files of up to 50,000 made-up people (over 100 MB each) and
CSVs beside them; left behind in the system's temporary folder they pile up run after run.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path


def scratch_folder(prefix: str) -> Path:
    """A new owner-only folder, removed at exit (also after an error; not after a kill)."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, folder, True)
    return folder
