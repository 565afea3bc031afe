"""Small pieces every dialog shares, so they look and behave the same."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from .. import theme


def error_label(parent: QWidget) -> QLabel:
    """The red line where a dialog says why it cannot save yet (tests find it as 'errors').

    Plain text only: messages can quote user input, which must never be read as markup.
    """
    label = QLabel(parent)
    label.setObjectName("errors")
    label.setWordWrap(True)
    label.setTextFormat(Qt.PlainText)
    theme.mark(label, "error")
    label.hide()
    return label
