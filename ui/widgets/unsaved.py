"""Never lose typed work: know when a form differs from what it loaded, and ask before throwing it away.

One mechanism for every dialog and pane with editable fields:

- `UnsavedChanges(root)` takes a snapshot of every editor under `root` (line and
  text edits, combo boxes, spin and date boxes, check boxes, table cells) when
  `mark_clean()` is called, and `is_dirty()` compares the current values with it.
  Reading the widgets themselves, rather than asking each form to register its
  fields, means a field added later to a dialog is covered without anyone
  remembering to. Search and filter boxes are not work and are left out
  (`ignore`, or an attribute name containing "search"/"filter").
- `ask_save_discard(parent, ...)` asks "Save / Discard / Cancel" without blocking
  (window-modal, `open()`), and calls back with the answer.

`ui/widgets/guarded_dialog.py` uses both for dialogs (Escape, Cancel, the close
button); a view uses them before it switches what its editor shows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QSlider,
    QSpinBox,
    QTableWidget,
    QTextEdit,
    QWidget,
)

#: Attribute names of widgets that hold a view onto the data, not the data (never asked about).
NOT_WORK_WORDS = ("search", "filter", "find")

BOX_NAME = "unsavedBox"
SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def _value(widget: QWidget) -> Any:
    """The value a user can change in `widget`, or None for widgets that hold none."""
    parent = widget.parentWidget()
    if isinstance(widget, QLineEdit):
        if isinstance(parent, (QAbstractSpinBox, QComboBox)) or widget.isReadOnly():
            return None  # the spin box or combo box is read as a whole
        return widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return None if widget.isReadOnly() else widget.toPlainText()
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime().toString(Qt.ISODate)
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        return widget.value()
    if isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText() if widget.isEditable() else "")
    if isinstance(widget, QAbstractButton):
        return widget.isChecked() if widget.isCheckable() else None
    if isinstance(widget, QSlider):  # not QScrollBar: scrolling a form is not a change
        return widget.value()
    if isinstance(widget, QTableWidget):
        return tuple(
            (item.text(), int(item.checkState().value) if item.flags() & Qt.ItemIsUserCheckable else 0)
            if (item := widget.item(r, c)) is not None else None
            for r in range(widget.rowCount()) for c in range(widget.columnCount()))
    if isinstance(widget, QListWidget):
        return tuple((widget.item(i).text(), int(widget.item(i).checkState().value))
                     for i in range(widget.count()))
    return None


def _not_work(root: QWidget) -> set[int]:
    """Widgets kept under an attribute of `root` whose name says they only search or filter."""
    found = set()
    for name, value in vars(root).items() if hasattr(root, "__dict__") else ():
        if isinstance(value, QWidget) and any(w in name.casefold() for w in NOT_WORK_WORDS):
            found.add(id(value))
    return found


class UnsavedChanges:
    """Whether the editors under `root` still hold what was loaded into them."""

    def __init__(self, root: QWidget, ignore: Iterable[QWidget] = ()) -> None:
        self._root = root
        self._ignore = {id(w) for w in ignore}
        self._clean: list[Any] | None = None

    def _editors(self) -> list[QWidget]:
        skip = self._ignore | _not_work(self._root)
        window = self._root.window()
        out = []
        for widget in self._root.findChildren(QWidget):
            if id(widget) in skip or widget.window() is not window:
                continue  # a message box or a calendar popup is not part of the form
            out.append(widget)
        return out

    def snapshot(self) -> list[Any]:
        values = []
        for widget in self._editors():
            value = _value(widget)
            if value is not None:
                values.append((type(widget).__name__, widget.objectName(), value))
        return values

    @property
    def armed(self) -> bool:
        """False until `mark_clean` was called: a form never shown has nothing typed into it."""
        return self._clean is not None

    def mark_clean(self) -> None:
        """What the editors hold now is what is stored (just loaded, or just saved)."""
        self._clean = self.snapshot()

    def is_dirty(self) -> bool:
        return self._clean is not None and self.snapshot() != self._clean


def ask_save_discard(parent: QWidget, on_answer: Callable[[str], None], *, what: str = "",
                     can_save: bool = True) -> QMessageBox:
    """Ask "Save / Discard / Cancel" about unsaved changes; `on_answer(SAVE|DISCARD|CANCEL)` follows.

    Window-modal and not blocking, so nothing else runs a nested event loop and
    tests answer it like a user, by clicking. Escape answers Cancel: the safe choice.
    """
    box = QMessageBox(QMessageBox.Question, QCoreApplication.translate("unsaved", "Unsaved changes"),
                      what or QCoreApplication.translate("unsaved", "You have changes that are not saved yet."),
                      QMessageBox.NoButton, parent)
    box.setObjectName(BOX_NAME)
    box.setInformativeText(
        QCoreApplication.translate("unsaved", "Save them, discard them, or go back to keep editing?"))
    buttons = QMessageBox.Discard | QMessageBox.Cancel | (QMessageBox.Save if can_save else QMessageBox.NoButton)
    box.setStandardButtons(buttons)
    box.setDefaultButton(QMessageBox.Save if can_save else QMessageBox.Cancel)
    box.setEscapeButton(QMessageBox.Cancel)
    box.setWindowModality(Qt.WindowModal)
    box.setAttribute(Qt.WA_DeleteOnClose, True)
    answers = {QMessageBox.Save: SAVE, QMessageBox.Discard: DISCARD}

    def finished(_result: int) -> None:
        on_answer(answers.get(box.standardButton(box.clickedButton()), CANCEL))

    box.finished.connect(finished)
    box.open()
    return box
