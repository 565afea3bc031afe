"""The person dialog's conflict comparison: both saved versions side by side.

Why a module of its own: when someone else saved a person after the dialog opened,
the HR manager must see every field of both versions before choosing; that rendering
(labels, value formatting, an escaped HTML table in a message box) is a unit of its
own and does not need the form.  Texts keep the "PersonDialog" translation context
they had when this code lived in the dialog, so the catalogs keep their translations.
"""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from mentordesk.errors import ConflictError

from .. import theme
from ..dates import short_date
from ..models.people_model import role_label

#: (field, theirs, yours, differs) -- one row of the comparison.
ConflictRow = tuple[str, str, str, bool]


def field_labels() -> dict[str, str]:
    """The person's fields in form order, with the labels the form shows."""
    translate = QCoreApplication.translate
    return {
        "employee_id": translate("PersonDialog", "Employee ID"), "name": translate("PersonDialog", "Name"),
        "email": translate("PersonDialog", "Email"), "department": translate("PersonDialog", "Department"),
        "branch": translate("PersonDialog", "Branch"), "title": translate("PersonDialog", "Title"),
        "manager_employee_id": translate("PersonDialog", "Manager"),
        "hire_date": translate("PersonDialog", "Hire date"), "languages": translate("PersonDialog", "Languages"),
        "notes": translate("PersonDialog", "Notes"), "role": translate("PersonDialog", "Role"),
        "archived": translate("PersonDialog", "Archived"),
    }


def show_value(key: str, value: Any) -> str:
    """A stored value as the HR manager reads it (dates spelled, roles named, — for empty)."""
    if value is None or value == "":
        return "—"
    if key == "hire_date":
        return short_date(date.fromisoformat(str(value)))
    if key == "languages":
        return ", ".join(x for x in str(value).split(";") if x)
    if key == "role":
        return role_label(str(value))
    if key == "archived":
        if value:
            return QCoreApplication.translate("PersonDialog", "Yes")
        return QCoreApplication.translate("PersonDialog", "No")
    return str(value)


def conflict_rows(exc: ConflictError) -> list[ConflictRow]:
    """(field, theirs, yours, differs) for every field of the person."""
    out = []
    for key, label in field_labels().items():
        theirs, mine = exc.theirs.get(key), exc.mine.get(key)
        differs = (theirs or None) != (mine or None)
        out.append((label, show_value(key, theirs), show_value(key, mine), differs))
    return out


def comparison_table(rows: list[ConflictRow]) -> str:
    """The rows as an HTML table; every value is escaped (names may hold '<' or '&')."""
    def cell(text: str) -> str:
        return html.escape(text).replace("\n", "<br>")

    body = "".join(
        "<tr{style}><td>{mark}{label}</td><td>{theirs}</td><td>{mine}</td></tr>".format(
            style=f' style="font-weight:bold; background:{theme.css("changed_bg")}"' if differs else "",
            mark="≠ " if differs else "", label=html.escape(label), theirs=cell(theirs), mine=cell(mine))
        for label, theirs, mine, differs in rows)
    theirs_head = html.escape(QCoreApplication.translate("PersonDialog", "Theirs (saved)"))
    yours_head = html.escape(QCoreApplication.translate("PersonDialog", "Yours"))
    return ("<table cellspacing='0' cellpadding='4' border='1'><tr><th></th><th>"
            + theirs_head + "</th><th>" + yours_head + f"</th></tr>{body}</table>")


def conflict_box(parent: QWidget, rows: list[ConflictRow]) -> tuple[QMessageBox, QAbstractButton, QAbstractButton]:
    """The question box (not yet shown) with its Keep theirs and Overwrite buttons.

    Keep theirs is the default: overwriting someone else's save must be a deliberate click.
    """
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Warning, translate("PersonDialog", "Someone else changed this person"),
                      html.escape(translate("PersonDialog", "Someone else saved this person after you opened it. "
                                                            "Nothing was saved. Compare both versions and choose.")),
                      QMessageBox.NoButton, parent)
    box.setObjectName("conflictBox")
    box.setTextFormat(Qt.RichText)  # the comparison is an HTML table; every value is escaped
    box.setInformativeText(comparison_table(rows))
    keep = box.addButton(translate("PersonDialog", "Keep theirs"), QMessageBox.RejectRole)
    overwrite = box.addButton(translate("PersonDialog", "Overwrite with mine"), QMessageBox.DestructiveRole)
    box.setDefaultButton(keep)
    return box, keep, overwrite
