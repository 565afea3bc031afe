"""The part of the program form that depends on the kind: one sentence and the fields that kind needs.

Group mentoring asks for a group size and a number of sessions; reverse mentoring
for the competency the junior colleagues teach; job shadowing for a host and
short visits (how many, how long); one-to-one and peer programs need nothing
more. Only the chosen kind's rows are shown, so HR never fills in a field the
program will not use; the service (`mentordesk.program_kinds`) checks the same.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from mentordesk.models import Program
from mentordesk.program_kinds import FIELDS, LIMITS


class KindFields(QWidget):
    """The kind's explanation and its own fields; `set_kind` shows the rows that kind uses."""

    def __init__(self, program: Program, competencies: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = QLabel(self)
        self.hint.setObjectName("kind_hint")
        self.hint.setWordWrap(True)
        self.group_size = self._spin("group_size", program.group_size, 6)
        self.group_size.valueChanged.connect(self._suffixes)
        self.sessions = self._spin("sessions", program.sessions, 8)
        self.expertise = QComboBox(self)
        self.expertise.setObjectName("expertise")
        self.expertise.setEditable(True)  # a competency not in the catalogue yet may be typed
        self.expertise.addItems(sorted(competencies, key=str.casefold))
        self.expertise.setCurrentText(program.expertise)
        self.expertise.setToolTip(self.tr("The competency the junior colleagues teach the senior ones."))
        self.host = QLineEdit(program.host, self)
        self.host.setObjectName("host")
        self.host.setPlaceholderText(self.tr("e.g. the warehouse team, or Finance"))
        self.visits = self._spin("visits", program.visits, 3)
        self.visit_hours = self._spin("visit_hours", program.visit_hours, 4)
        self.visit_hours.valueChanged.connect(self._suffixes)
        self._suffixes()

        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.hint)
        self.rows = {
            "group_size": self.tr("&Group size:"), "sessions": self.tr("Sessio&ns:"),
            "expertise": self.tr("The junior &teaches:"), "host": self.tr("&Host:"),
            "visits": self.tr("&Visits:"), "visit_hours": self.tr("Visit &length:"),
        }
        for name, text in self.rows.items():
            self.form.addRow(text, getattr(self, name))
        self.set_kind(program.kind)

    def _spin(self, name: str, value: int | None, default: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(*LIMITS[name])
        spin.setValue(value or default)
        return spin

    def _suffixes(self, *_args) -> None:
        """'6 mentees', '1 hour': the units follow the number (plural forms per language)."""
        self.group_size.setSuffix(self.tr(" mentee(s)", "", self.group_size.value()))
        self.visit_hours.setSuffix(self.tr(" hour(s)", "", self.visit_hours.value()))

    def describe(self, kind: str) -> str:
        """The kind in one sentence, for HR choosing it."""
        return {
            "one_to_one": self.tr("One experienced mentor guides one mentee over several months."),
            "group": self.tr("One mentor meets a small group of mentees for a fixed number of sessions."),
            "reverse": self.tr("A junior colleague teaches a senior one a competency they know better, "
                               "such as digital tools."),
            "peer": self.tr("Colleagues at a similar level learn from each other in equal pairs; "
                            "each person is in one pair."),
            "job_shadowing": self.tr("A mentee spends a few short visits with a host to see their work "
                                     "first-hand."),
        }.get(kind, "")

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        self.hint.setText(self.describe(kind))
        wanted = FIELDS.get(kind, ())
        for name in self.rows:
            self.form.setRowVisible(getattr(self, name), name in wanted)

    def values(self) -> dict:
        """The kind's fields as Program values (the others are emptied by the service)."""
        return {
            "group_size": self.group_size.value(), "sessions": self.sessions.value(),
            "expertise": self.expertise.currentText().strip(), "host": self.host.text().strip(),
            "visits": self.visits.value(), "visit_hours": self.visit_hours.value(),
        }
