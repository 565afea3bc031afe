"""Screens built the first time they are shown, so the first screen appears sooner.

Matching needs numpy and scipy, Reports needs reportlab and Qt's PDF viewer:
together about a second of imports, and the report preview starts rendering
as soon as its screen loads. People, Programs and Relationships are lighter,
but their modules (dialogs, CSV import, the relationship screens) were still
about a third of the time to the first screen at 10,000 people (issue 15).
None is needed to show the start page (Attention), so every other screen gets
an empty placeholder page in the window's stack and its navigation entry; the
real screen is imported and built when HR first opens it (or when code asks
for it by name), then set read-only if need be and loaded like the others.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QListWidgetItem, QWidget

if TYPE_CHECKING:  # pragma: no cover
    from .app import MainWindow
    from .views.base import View

#: Screens whose module is heavy to import: class name -> navigation title (as the
#: screen's own `title()` translates it, same context and text).
DEFERRED: dict[str, str] = {
    "PeopleView": "People",
    "ProgramsView": "Programs",
    "MatchingView": "Matching",
    "RelationshipsView": "Relationships",
    "ReportsView": "Reports",
}


class ScreenRegistry(dict[str, "View"]):
    """The window's screens by class name; a deferred one is built on first use.

    It is the plain dict it always was for the screens built so far
    (`values()` and `items()` list only those, so reloading or switching to
    read-only never builds a screen nobody looks at), and `views[name]` or
    :meth:`build` builds a deferred screen on demand.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self._window = window
        self._deferred: dict[str, tuple[str, QWidget]] = {}
        #: Built screens whose data is older than the file's: reloaded when shown or asked for.
        self._stale: set[str] = set()
        window.stack.currentChanged.connect(self._page_shown)

    def reload(self, shown: QWidget | None) -> None:
        """Reload the screen on show now and every other built screen when it is next shown
        or asked for by name: at 10,000 people the hidden People screen's reading was 40 %
        of the time before the first screen appeared."""
        for name, view in list(dict.items(self)):
            if view is shown:
                self._stale.discard(name)
                view.reload()
            else:
                self._stale.add(name)

    def _fresh(self, class_name: str) -> View:
        view = dict.__getitem__(self, class_name)
        if class_name in self._stale:
            self._stale.discard(class_name)
            view.reload()
        return view

    def _page_shown(self, index: int) -> None:
        page = self._window.stack.widget(index)
        for name, view in list(dict.items(self)):
            if view is page:
                self._fresh(name)
                return

    def __getitem__(self, class_name: str) -> View:
        if dict.__contains__(self, class_name):
            return self._fresh(class_name)
        return self.__missing__(class_name)

    def defer(self, module_name: str, class_name: str) -> bool:
        """Reserve the screen's page and navigation entry; False when its module does not exist."""
        if importlib.util.find_spec(module_name) is None:
            return False
        window = self._window
        placeholder = QWidget(window.stack)
        window.stack.addWidget(placeholder)
        QListWidgetItem(QCoreApplication.translate(class_name, DEFERRED[class_name]), window.nav)
        self._deferred[class_name] = (module_name, placeholder)
        return True

    def names(self) -> list[str]:
        """Every screen, built or not."""
        return [*self.keys(), *self._deferred]

    def is_built(self, class_name: str) -> bool:
        return dict.__contains__(self, class_name)

    def __missing__(self, class_name: str) -> View:
        if class_name in self._deferred:
            return self._build(class_name)
        raise KeyError(class_name)

    def build(self, class_name: str) -> View | None:
        """The screen, built now if it was deferred; None for a screen the window does not have."""
        if dict.__contains__(self, class_name):
            return self._fresh(class_name)
        if class_name in self._deferred:
            return self._build(class_name)
        return None

    def build_page(self, index: int) -> None:
        """Build the deferred screen at stack page `index`, if that page is a placeholder."""
        page = self._window.stack.widget(index)
        for class_name, (_, placeholder) in list(self._deferred.items()):
            if placeholder is page:
                self._build(class_name)
                return

    def _build(self, class_name: str) -> View:
        module_name, placeholder = self._deferred.pop(class_name)
        window = self._window
        view = getattr(importlib.import_module(module_name), class_name)(window)
        stack = window.stack
        index = stack.indexOf(placeholder)
        was_current = stack.currentIndex() == index
        stack.insertWidget(index, view)
        stack.removeWidget(placeholder)
        placeholder.deleteLater()
        if was_current:
            stack.setCurrentIndex(index)
        self[class_name] = view
        if window.db is not None:
            view.set_readonly(window.db.readonly)
            view.reload()
        return view
