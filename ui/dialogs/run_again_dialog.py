"""Run a program again: the new program's name and dates; everything else is copied by the service.

"Run last year's program again" is what HR does every year: the purpose, kind,
rules, matching weights and e-mail texts stay, the people do not (they apply
again). The dialog proposes the next year's name and dates, checks them with
`services.programs.validate_program` before it closes, and never writes itself.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from mentordesk.clock import today
from mentordesk.models import Program
from mentordesk.services import programs
from mentordesk.storage.database import Database

from ..widgets.date_field import DateField
from ..widgets.forms import error_label
from ..widgets.guarded_dialog import GuardedDialog
from .program_dialog import replace_year


def next_name(name: str) -> str:
    """'Growing Leaders 2026' -> 'Growing Leaders 2027'; a name without a year gets this year's,
    so the suggested name is new and says when the copy runs."""
    years = list(re.finditer(r"(19|20)\d\d", name))
    if years:
        last = years[-1]
        return name[:last.start()] + str(int(last.group()) + 1) + name[last.end():]
    return f"{name} {today().year}"


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class RunAgainDialog(GuardedDialog):
    """New name and dates for a copy of `source`; `values()` gives them."""

    def __init__(self, db: Database, source: Program, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.source = source
        self.setWindowTitle(self.tr("Run again"))
        intro = QLabel(self.tr("A new program with the purpose, kind, rules, matching weights and e-mail texts "
                               "of {0}. Its people are not copied: they apply again.").format(source.name), self)
        intro.setWordWrap(True)
        self.name = QLineEdit(next_name(source.name), self)
        self.name.setObjectName("name")
        start = replace_year(source.start_date, 1) if source.start_date else today()
        end = replace_year(source.end_date, 1) if source.end_date else replace_year(start, 1)
        self.has_start = QCheckBox(self.tr("Starts on:"), self)
        self.has_start.setObjectName("has_start")
        self.has_start.setChecked(True)
        self.start = DateField(self, _qdate(start))
        self.start.setObjectName("start")
        self.has_end = QCheckBox(self.tr("Ends on:"), self)
        self.has_end.setObjectName("has_end")
        self.has_end.setChecked(source.end_date is not None)
        self.end = DateField(self, _qdate(end))
        self.end.setObjectName("end")
        for check, edit in ((self.has_start, self.start), (self.has_end, self.end)):
            edit.setEnabled(check.isChecked())
            check.toggled.connect(edit.setEnabled)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.has_start, self.start)
        form.addRow(self.has_end, self.end)
        self.errors = error_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def values(self) -> tuple[str, date | None, date | None]:
        """(name, start, end) as filled in."""
        def py(field: DateField, check: QCheckBox) -> date | None:
            d = field.date()
            return date(d.year(), d.month(), d.day()) if check.isChecked() else None
        return self.name.text().strip(), py(self.start, self.has_start), py(self.end, self.has_end)

    def accept(self) -> None:
        """Close only when the copy can be made; otherwise list what to fix and stay open."""
        problems = programs.copy_problems(self.db, self.source, programs.copy_of(self.source, *self.values()))
        if problems:
            self.errors.setText("\n".join(problems))
            self.errors.show()
            return
        self.errors.hide()
        super().accept()
