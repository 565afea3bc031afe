"""A source checkout recompiles a window catalog older than its .ts (ui/resources.py)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from PySide6.QtCore import QTranslator

from ui.resources import refresh_checkout_catalogs

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def test_a_stale_qm_is_rebuilt_and_a_fresh_one_left_alone(tmp_path: Path) -> None:
    ts = tmp_path / "mentordesk_de.ts"
    shutil.copy(TRANSLATIONS / "mentordesk_de.ts", ts)
    qm = tmp_path / "mentordesk_de.qm"
    qm.write_bytes(b"stale")  # yesterday's build: not even a catalog
    os.utime(qm, (ts.stat().st_mtime - 60, ts.stat().st_mtime - 60))
    assert refresh_checkout_catalogs(tmp_path) == [qm]
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("MainWindow", "&File") == "&Datei"
    stamp = qm.stat().st_mtime_ns
    assert refresh_checkout_catalogs(tmp_path) == []  # now newer than its source: kept
    assert qm.stat().st_mtime_ns == stamp
