"""The full explanation of one proposed pair: every reason and the alternatives.

HR has to defend a pair to two people and their managers, so the panel shows
every part of the score with its points and the plain sentence behind it,
and the next three mentors the mentee could have had (to judge a swap).
The same widget is the matching screen's side panel and, on double-click,
a dialog HR can keep open beside the list.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from mentordesk.services.matching import ProposalView

from .. import theme
from ..models.proposals_model import format_score


class ProposalExplanation(QTextBrowser):
    """Read-only rich text; a QTextBrowser wraps long sentences where a table would clip them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proposalExplanation")
        self.setOpenLinks(False)
        self.proposal: ProposalView | None = None
        self.show_proposal(None)

    def show_proposal(self, p: ProposalView | None, group: list[str] | None = None) -> None:
        """Explain `p`; `group` names every mentee sharing its mentor in a group
        program, because HR approves a group as a whole and should see who is in it."""
        self.proposal = p
        if p is None:
            muted = theme.css("muted")
            self.setHtml(f"<p style='color:{muted}'>" + escape(self.tr("Select a proposal to see why it was made."))
                         + "</p>")
            return
        parts = [
            f"<h3 style='margin-bottom:2px'>{escape(p.mentee)} &rarr; {escape(p.mentor)}</h3>",
            "<p style='margin-top:0'>" + escape(self.tr("Score {0} of 100").format(format_score(p.score)))
            + (" &middot; <b>" + escape(self.tr("Locked by HR")) + "</b>" if p.locked else "") + "</p>",
        ]
        if group:
            title = self.tr("Group led by {0} (%Ln mentee(s)):", "", len(group)).format(p.mentor)
            parts.append(f"<p><b>{escape(title)}</b> {escape(', '.join(group))}</p>")
        if p.blocked:
            parts.append(f"<p style='color:{theme.css('error')}'><b>" + escape(self.tr("Not allowed:"))
                         + f"</b> {escape(p.blocked)}</p>")
        parts.append("<h4>" + escape(self.tr("Why")) + "</h4><table cellspacing='0' cellpadding='3' width='100%'>")
        for r in sorted(p.reasons, key=lambda r: -r.points):
            colour = theme.css("success") if r.points > 0.05 else theme.css("muted")
            soft = theme.css("soft_text")
            parts.append(
                f"<tr><td valign='top' align='right' style='color:{colour}' width='44'>"
                f"<b>+{escape(format_score(r.points))}</b></td>"
                f"<td valign='top'><b>{escape(r.label)}</b><br><span style='color:{soft}'>{escape(r.detail)}</span>"
                "</td></tr>")
        parts.append("</table>")
        parts.append("<h4>" + escape(self.tr("Alternatives")) + "</h4>")
        if p.alternatives:
            parts.append("<table cellspacing='0' cellpadding='3'>")
            for a in p.alternatives:
                parts.append(f"<tr><td>{escape(a.mentor)}</td><td align='right'>"
                             f"{escape(format_score(a.score))}</td></tr>")
            parts.append("</table>")
        else:
            muted = theme.css("muted")
            parts.append(f"<p style='color:{muted}'>" + escape(self.tr("No other mentor is allowed for this mentee."))
                         + "</p>")
        self.setHtml("".join(parts))


class ProposalDialog(QDialog):
    """Non-modal so HR can compare it with the list; closes with Escape or Close."""

    def __init__(self, proposal: ProposalView, parent: QWidget | None = None,
                 group: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{0} and {1}").format(proposal.mentee, proposal.mentor))
        self.resize(520, 560)
        layout = QVBoxLayout(self)
        self.explanation = ProposalExplanation(self)
        self.explanation.show_proposal(proposal, group=group)
        layout.addWidget(self.explanation)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
