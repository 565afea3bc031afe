"""Guard: PySide6 6.12.0 on Python 3.11 dropped a reference to None on each call that
returned or took None, until the interpreter died in none_dealloc mid-session.
pyproject pins PySide6 below 6.12; this test fails loudly if the bug comes back
(an upgrade, a different wheel) instead of crashing a user's app after an hour.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QTableWidget, QTableWidgetItem

CALLS = 2000
TOLERANCE = 100

if sys.version_info >= (3, 12):  # None is immortal there: its refcount says nothing
    pytestmark = pytest.mark.skip(reason="None is immortal on Python 3.12+")


def _drop(fn) -> int:
    """How much None's refcount fell over CALLS calls of `fn` (negative: it rose)."""
    fn(0)  # warm up caches (signatures, enums) before measuring
    before = sys.getrefcount(None)
    for i in range(CALLS):
        fn(i)
    return before - sys.getrefcount(None)


def test_none_refcount_survives_setters_and_getters(qtbot) -> None:
    edit = QLineEdit()
    combo = QComboBox()
    label = QLabel()
    table = QTableWidget(1, 1)
    for w in (edit, combo, label, table):
        qtbot.addWidget(w)

    calls = {
        "QLineEdit.setText": lambda i: edit.setText(f"text {i}"),
        "QLineEdit.text": lambda i: edit.text(),
        "QComboBox.addItem": lambda i: combo.addItem(f"item {i}"),
        "QComboBox.addItem(userData=None)": lambda i: combo.addItem(f"item {i}", None),
        "QComboBox.itemData": lambda i: combo.itemData(i % max(1, combo.count())),
        "QComboBox.setCurrentIndex": lambda i: combo.setCurrentIndex(i % max(1, combo.count())),
        "QLabel.setText": lambda i: label.setText(str(i)),
        "QTableWidget.setItem": lambda i: table.setItem(0, 0, QTableWidgetItem(str(i))),
        "QTableWidget.cellWidget": lambda i: table.cellWidget(0, 0),  # returns None
    }
    drops = {name: _drop(fn) for name, fn in calls.items()}
    bad = {name: d for name, d in drops.items() if d > TOLERANCE}
    assert not bad, f"None's refcount fell over {CALLS} calls (PySide6 None leak is back): {bad}"
