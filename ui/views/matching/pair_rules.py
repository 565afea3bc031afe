"""HR's own pair decisions for a program (locks and exclusions), listed so a mistake can be undone.

"Locks and exclusions…" on the Matching screen; `PairRulesModel` and
`PairRulesDialog` keep their own translation contexts.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mentordesk.errors import MentorDeskError
from mentordesk.services import matching

from ... import theme
from ...models.table import Column, RecordTableModel
from ...tasks import show_error
from ...widgets.tables import selected_records, sortable_table


class PairRulesModel(RecordTableModel[matching.PairRule]):
    """HR's locks and exclusions for one program, oldest first."""

    MENTEE, MENTOR, RULE, NOTE = range(4)

    def __init__(self, parent=None) -> None:
        super().__init__([], parent)
        self.columns = [
            Column(self.tr("Mentee"), lambda r: r.mentee),
            Column(self.tr("Mentor"), lambda r: r.mentor),
            Column(self.tr("Decision"), self._rule_text),
            Column(self.tr("Note"), lambda r: r.note, tooltip=lambda r: r.note),
        ]

    def _rule_text(self, r: matching.PairRule) -> str:
        return {"locked": self.tr("Locked"), "excluded": self.tr("Excluded")}.get(r.rule, r.rule)


class PairRulesDialog(QDialog):
    """Every lock and exclusion of a program, with Remove.

    Rejecting a pair is one click on the Matching screen, so it is also easy
    to do by mistake; without this list an excluded pair could never come
    back. Removing a rule is itself undoable (lock or reject again), so it
    is not confirmed. `removed_any` tells the screen to run the match again.
    """

    def __init__(self, db, program_id: str, program_name: str, readonly: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._program_id = program_id
        self._readonly = readonly
        #: True once a rule was removed, so the caller knows its proposals are stale.
        self.removed_any = False
        self.setWindowTitle(self.tr("Locks and exclusions"))
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Pairs HR decided on in {0}. A locked pair is kept in every run until it is "
                               "approved; an excluded pair is never proposed. Remove a decision to let the "
                               "matcher choose freely again.").format(program_name), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = PairRulesModel(self)
        self.table = sortable_table(self, self.model, "pairRulesTable", many=True, sort=None)
        self.table.setSortingEnabled(True)  # in Qt's first order, as before
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("No locks or exclusions in this program."), self)
        theme.mark(self.empty, "hint")
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        self.remove_button = buttons.addButton(self.tr("Remove"), QDialogButtonBox.ActionRole)
        self.remove_button.setObjectName("removeRule")
        self.remove_button.setToolTip(self.tr("Forget this decision: the pair may be proposed again."))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        try:
            rules = matching.pair_rules(self._db, self._program_id)
        except MentorDeskError as exc:
            show_error(self, exc)
            rules = []
        self.model.set_rows(rules)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty.setVisible(not rules)
        self._update_buttons()

    def selected(self) -> list[matching.PairRule]:
        return selected_records(self.table)

    def _update_buttons(self, *_args) -> None:
        self.remove_button.setEnabled(not self._readonly and bool(self.selected()))

    def remove_selected(self) -> int:
        """Clear the selected rules, one transaction each; returns how many went."""
        if self._readonly:
            return 0
        removed = 0
        for rule in self.selected():
            try:
                matching.clear_rule(self._db, rule.id)
                removed += 1
            except MentorDeskError as exc:  # removed elsewhere meanwhile: say so, keep going
                show_error(self, exc)
        self.reload()
        self.removed_any = self.removed_any or removed > 0
        return removed
