"""The selected person's fields and competency portrait: the Details tab of the People screen."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from mentordesk.models import Person

from ... import theme
from ...models.people_model import role_label, status_label
from ...widgets.portrait_chart import PortraitChart

#: The rows of the form, in order: (key, label); labels are translated in `PersonDetail._labels`.
FIELDS = ("email", "employee_id", "manager", "hire_date", "languages", "role", "capacity", "status", "notes")


class PersonDetail(QScrollArea):
    """The selected person's fields and portrait; read from the file on each selection."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.heading = theme.mark(QLabel(body), "title")
        self.heading.setObjectName("personName")
        self.heading.setWordWrap(True)
        self.subheading = theme.mark(QLabel(body), "hint")
        self.subheading.setWordWrap(True)
        self.empty = theme.mark(QLabel(body), "empty")
        self.empty.setObjectName("detailEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignCenter)
        self.fields = QWidget(body)
        form = QFormLayout(self.fields)
        form.setContentsMargins(0, 0, 0, 0)
        self.values: dict[str, QLabel] = {}
        labels = self._labels()
        for key in FIELDS:
            value = QLabel(self.fields)
            value.setWordWrap(True)
            value.setTextFormat(Qt.PlainText)
            value.setTextInteractionFlags(Qt.TextSelectableByMouse)
            self.values[key] = value
            form.addRow(labels[key], value)
        self.portrait_heading = QLabel(self.tr("<b>Competency portrait</b>"), body)
        self.chart = PortraitChart(body)
        for widget in (self.empty, self.heading, self.subheading, self.fields):
            layout.addWidget(widget)
        layout.addSpacing(8)
        layout.addWidget(self.portrait_heading)
        layout.addWidget(self.chart)
        layout.addStretch(1)
        self.setWidget(body)
        self.show_empty(self.tr("Select a person to see their details."))

    def _labels(self) -> dict[str, str]:
        return {"email": self.tr("Email"), "employee_id": self.tr("Employee ID"), "manager": self.tr("Manager"),
                "hire_date": self.tr("Hire date"), "languages": self.tr("Languages"), "role": self.tr("Role"),
                "capacity": self.tr("Mentor capacity"), "status": self.tr("Status"), "notes": self.tr("Notes")}

    def _parts(self) -> tuple[QWidget, ...]:
        return self.heading, self.subheading, self.fields, self.portrait_heading, self.chart

    def show_empty(self, text: str) -> None:
        self.empty.setText(text)
        self.empty.show()
        for w in self._parts():
            w.hide()

    def show_person(self, person: Person, manager: str) -> None:
        locale = QLocale()
        self.empty.hide()
        for w in self._parts():
            w.show()
        self.heading.setText(person.name)
        self.subheading.setText(" · ".join(x for x in (person.title, person.department, person.branch) if x))
        hire = person.hire_date
        values = {
            "email": person.email,
            "employee_id": person.employee_id,
            "manager": manager or "—",
            "hire_date": locale.toString(QDate(hire.year, hire.month, hire.day), QLocale.LongFormat)
            if hire else "—",
            "languages": ", ".join(person.languages) or "—",
            "role": role_label(person.role),
            "capacity": locale.toString(person.mentor_capacity)
            if person.mentor_capacity is not None and person.role in ("mentor", "both") else "—",
            "status": status_label(person),
            "notes": person.notes or "—",
        }
        for key, text in values.items():
            self.values[key].setText(text)
        self.chart.set_entries(person.portrait)
