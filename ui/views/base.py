"""What every screen in the main window provides."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # pragma: no cover
    from mentordesk.storage.database import Database
    from ui.app import MainWindow


class View(QWidget):
    """A screen: it asks services for data and reloads its models; it never keeps a transaction."""

    #: Translated title in the navigation list (override `title()`).
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window

    def title(self) -> str:
        raise NotImplementedError

    @property
    def db(self) -> Database | None:
        return self.window_.db

    @property
    def readonly(self) -> bool:
        return self.window_.db is None or self.window_.db.readonly

    def reload(self) -> None:
        """Read everything again from the file (after open, a write, or a change elsewhere)."""

    def set_readonly(self, readonly: bool) -> None:
        """Disable edit actions when the file is open for reading only."""
