"""The person dialog's manager field: an editable list of everyone else in the file.

Why its own module: a manager is stored by employee ID, but HR picks them by name, and a
name alone is ambiguous in a big company; typing must find a person by any part of the
name or by the ID, and typed text that matches nobody is a problem to name, not a value
to store.  Texts keep the "PersonDialog" translation context they had inside the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QSizePolicy, QWidget

from mentordesk.models import Person


def manager_label(person: Person) -> str:
    """How a manager appears in the combo box: a name alone is ambiguous in a big company."""
    return f"{person.name} ({person.employee_id})"


def manager_combo(parent: QWidget, people: list[Person], person_id: str | None) -> QComboBox:
    """"(no manager)" then everyone but the person themself, by name; completes on any part."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.NoInsert)
    combo.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
    combo.addItem(QCoreApplication.translate("PersonDialog", "(no manager)"), None)
    for p in sorted(people, key=lambda p: p.name.casefold()):
        if p.id != person_id:
            combo.addItem(manager_label(p), p.employee_id)
    completer = combo.completer()
    completer.setCompletionMode(QCompleter.PopupCompletion)
    completer.setFilterMode(Qt.MatchContains)
    completer.setCaseSensitivity(Qt.CaseInsensitive)
    return combo


def select_manager(combo: QComboBox, employee_id: str | None) -> None:
    """Show the stored manager; one not in the list (e.g. removed) stays visible by ID."""
    i = combo.findData(employee_id) if employee_id else 0
    if i < 0:
        combo.addItem(employee_id, employee_id)
        i = combo.count() - 1
    combo.setCurrentIndex(i)


def chosen_manager(combo: QComboBox) -> tuple[str | None, list[str]]:
    """The chosen manager's employee ID; typed text must match an entry in the list."""
    text = combo.currentText().strip()
    if not text or combo.currentIndex() == 0 and text == combo.itemText(0):
        return None, []
    i = combo.findText(text, Qt.MatchFixedString)
    if i < 0:  # allow typing just the employee ID
        i = combo.findData(text)
    if i < 0:
        problem = QCoreApplication.translate(
            "PersonDialog", "Choose the manager from the list (“{0}” is not a person here).").format(text)
        return None, [problem]
    return combo.itemData(i), []
