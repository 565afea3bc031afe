"""The Summary tab of a relationship: HR's summary and next steps, then its extensions, closure and story.

The editor keeps what HR types across the reloads that come every few seconds
while a colleague works on the same file (`show_summary`); switching to another
pair with unsaved text asks first (`summary_guard.py`). Texts keep the
translation context "RelationshipsView", where the catalogs hold them.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mentordesk import vocabulary
from mentordesk.i18n import current
from mentordesk.relationship_models import RelationshipDetail

from ... import theme
from ...models.relationships_model import fmt_date


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate knows; each call spells its context."""
    return QCoreApplication.translate(context, text)


def outcome_label(outcome: str | None) -> str:
    """HR's closing choices plus "Mentor replaced", which only Replace mentor… writes."""
    return vocabulary.closure_label(outcome, current())


class SummaryTab(QWidget):
    """HR's summary editor with Save summary, and the relationship's history underneath."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        #: The relationship the editor holds text for, and the stored summary that text started from.
        self.summary_for: str | None = None
        self.summary_base = ""
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("hrSummary")
        self.editor.setTabChangesFocus(True)
        self.editor.setPlaceholderText(translate("RelationshipsView",
                                                 "HR's summary of this relationship and the next steps…"))
        self.save_button = QPushButton(translate("RelationshipsView", "Save summary"), self)
        self.conflict = QLabel(translate("RelationshipsView",
                                         "Changed elsewhere meanwhile — saving will overwrite their summary"), self)
        self.conflict.setObjectName("summaryConflict")
        self.conflict.setWordWrap(True)
        theme.mark(self.conflict, "warning")
        self.conflict.hide()
        self.history = QLabel(self)
        self.history.setObjectName("history")
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.RichText)
        self.history.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.history.setTextInteractionFlags(Qt.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("RelationshipsView", "<b>Summary and next steps</b>"), self))
        layout.addWidget(self.editor, 1)
        row = QHBoxLayout()
        row.addWidget(self.conflict, 1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setWidget(self.history)
        layout.addWidget(scroll, 1)

    def dirty(self) -> bool:
        """Qt's modified flag: HR typed since the text was shown or saved."""
        return self.summary_for is not None and self.editor.document().isModified()

    def show_summary(self, rel_id: str, stored: str) -> None:
        """Show the stored summary unless HR is typing one for this pair.

        Replacing the editor's text on a reload would silently lose what HR
        typed. The typed text stays, and when the stored summary moved on since
        HR started, a notice says that saving overwrites the colleague's
        version (shown in the notice's tooltip).
        """
        if rel_id == self.summary_for and self.dirty():
            typed = self.editor.toPlainText()
            if typed == stored:  # both wrote the same: nothing left to save
                self.editor.document().setModified(False)
                self.summary_base = stored
            conflict = stored not in (self.summary_base, typed)
            self.conflict.setToolTip(translate("RelationshipsView", "Their summary:\n{0}").format(stored)
                                     if conflict else "")
            self.conflict.setVisible(conflict)
            return
        self.summary_for = rel_id
        self.summary_base = stored
        self.editor.blockSignals(True)
        self.editor.setPlainText(stored)
        self.editor.document().setModified(False)
        self.editor.blockSignals(False)
        self.conflict.setToolTip("")
        self.conflict.hide()

    def show_history(self, d: RelationshipDetail) -> None:
        self.history.setText(history_html(d))


def history_html(d: RelationshipDetail) -> str:
    """Extensions, closure and story of one relationship, for the Summary tab."""
    s = d.summary
    out = ["<p><b>" + html.escape(translate("RelationshipsView", "Extensions")) + "</b><br>"]
    if d.extensions:
        for e in d.extensions:
            out.append(html.escape(translate("RelationshipsView", "{0} → {1}: {2}").format(
                fmt_date(e.previous_end), fmt_date(e.new_end), e.reason)) + "<br>")
    else:
        out.append(html.escape(translate("RelationshipsView", "None.")))
    out.append("</p>")
    out.append("<p><b>" + html.escape(translate("RelationshipsView", "Closure")) + "</b><br>")
    if s.status == "active":
        out.append(html.escape(translate("RelationshipsView", "Still running; planned to end on {0}.").format(
            fmt_date(s.planned_end, QLocale.LongFormat))))
    else:
        out.append(html.escape(translate("RelationshipsView", "{0} on {1}.").format(
            outcome_label(s.closure_outcome), fmt_date(d.closed_on, QLocale.LongFormat))))
        if d.closure_reason:
            out.append("<br>" + html.escape(translate("RelationshipsView", "Reason: {0}").format(d.closure_reason)))
        if d.reflection:
            out.append("<br>" + html.escape(translate("RelationshipsView", "Final reflection: {0}").format(
                d.reflection)))
    out.append("</p>")
    out.append(story_html(d))
    return "".join(out)


def story_html(d: RelationshipDetail) -> str:
    """Where this relationship came from and went on to when a mentor was replaced."""
    lines = [translate("RelationshipsView", "Continues the relationship with {0} ({1}–{2}).").format(
        e.mentor_name, fmt_date(e.start), fmt_date(e.ended) if e.ended else "?") for e in d.continues]
    if d.continued_by is not None:
        lines.append(translate("RelationshipsView", "Continued with {0} from {1}.").format(
            d.continued_by.mentor_name, fmt_date(d.continued_by.start)))
    return "<p>" + "<br>".join(html.escape(x) for x in lines) + "</p>" if lines else ""
