"""Window tests read English as the app shows it: with the English plural catalog.

The running app loads `mentordesk_<language>.qm`, or `mentordesk_en.qm` (plural
forms only: "1 person", "2 people") when it has no translation for the user's
language.  The tests do the same, compiling the catalog from its `.ts` source with
pyside6-lrelease into a temporary folder, so they never depend on a stale build.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def compile_catalog(language: str, folder: Path) -> Path:
    """`pyside6-lrelease mentordesk_<language>.ts` into `folder`; the .qm path."""
    qm = folder / f"mentordesk_{language}.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(TRANSLATIONS / f"mentordesk_{language}.ts"), "-qm", str(qm)],
                   check=True, capture_output=True)
    return qm


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp, tmp_path_factory: pytest.TempPathFactory):
    from PySide6.QtCore import QTranslator

    qm = compile_catalog("en", tmp_path_factory.mktemp("qm"))
    translator = QTranslator(qapp)
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)
