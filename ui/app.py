"""The application and its main window: navigation, menus, the open file, settings."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mentordesk.errors import MentorDeskError
from mentordesk.storage.database import Database

from . import theme
from .file_dialogs import open_file_name, save_file_name

# start-up lives in ui/launch.py; these names stay importable from here (entry points, tests)
from .launch import _create_demo, main, parse_args, use_window_language  # noqa: F401 - start-up lives in ui/launch.py; kept importable here
from .lazy_views import DEFERRED, ScreenRegistry
from .recent_files import recent_files, refresh_recent_menu, remember_file
from .resources import app_icon
from .settings import settings  # re-exported: ui.app.settings is what callers knew
from .tasks import Task, show_error
from .views.base import View

#: Screens in navigation order: (module, class). A module not built yet is skipped.
VIEWS: list[tuple[str, str]] = [
    ("ui.views.attention", "AttentionView"),
    ("ui.views.people", "PeopleView"),
    ("ui.views.programs", "ProgramsView"),
    ("ui.views.matching", "MatchingView"),
    ("ui.views.relationships", "RelationshipsView"),
    ("ui.views.reports", "ReportsView"),
]

MAX_RECENT = 8


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        theme.apply()  # one palette for every screen, light or dark (ui/theme.py)
        self.db: Database | None = None
        self.lock = None  # the lock note we hold on the open file, if any
        self.setWindowTitle(self.tr("MentorDesk"))
        self.setWindowIcon(app_icon())
        self.setMinimumSize(900, 600)

        self._build_body()
        self._build_views()
        self.path_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.path_label)
        self._build_menus()

        # Notice writes from other laptops and reload instead of showing stale data.
        self._watch = QTimer(self)
        self._watch.setInterval(3000)
        self._watch.timeout.connect(self._check_changed_elsewhere)
        self._watch.start()

        from .widgets.screen_fit import restore_main_window

        restore_main_window(self)  # as last left on this screen; a first start fits the screen
        if self.nav.count():
            self.nav.setCurrentRow(0)

    def _build_body(self) -> None:
        """The banner over the navigation list and the stack of screens."""
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.banner = QLabel(central)
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        outer.addWidget(self.banner)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        self.nav = QListWidget(central)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(180)
        self.stack = QStackedWidget(central)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)
        self.setAcceptDrops(True)  # returned check-in forms (PDFs or folders) are dropped on the window

    def _build_views(self) -> None:
        """One page per screen in `VIEWS`; heavy screens are only registered and built when first shown."""
        self.views = ScreenRegistry(self)
        for module_name, class_name in VIEWS:
            if class_name in DEFERRED:  # heavy imports: built when first shown (ui/lazy_views.py)
                self.views.defer(module_name, class_name)
                continue
            try:
                module = importlib.import_module(module_name)
            except ModuleNotFoundError as exc:
                if exc.name == module_name:
                    continue
                raise
            view = getattr(module, class_name)(self)
            self.views[class_name] = view
            self.stack.addWidget(view)
            QListWidgetItem(view.title(), self.nav)
        self.nav.currentRowChanged.connect(self._show_view)

    # -- menus --------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = QAction(self.tr("&New…"), self, shortcut=QKeySequence.New, triggered=self.new_file)
        self.open_action = QAction(self.tr("&Open…"), self, shortcut=QKeySequence.Open, triggered=self.open_dialog)
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        file_menu.addSeparator()
        self.import_action = QAction(self.tr("&Import People…"), self, triggered=self.import_people_dialog)
        self.export_action = QAction(self.tr("&Export People…"), self, triggered=self.export_people_dialog)
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        from .table_exports import add_export_menu
        add_export_menu(self, file_menu)  # File > Export > Relationships, Meetings, Goals, Check-ins
        self.file_menu = file_menu
        try:
            from .file_actions import add_file_actions
        except ModuleNotFoundError as exc:
            if exc.name != "ui.file_actions":
                raise
        else:
            add_file_actions(self, file_menu)
        file_menu.addSeparator()
        self.preferences_action = QAction(self.tr("&Preferences…"), self, shortcut=QKeySequence.Preferences,
                                          triggered=self.show_preferences)
        self.preferences_action.setMenuRole(QAction.PreferencesRole)
        file_menu.addAction(self.preferences_action)
        file_menu.addAction(QAction(self.tr("&Quit"), self, shortcut=QKeySequence.Quit, triggered=self.close))
        self._refresh_recent()
        from .undo_menu import add_edit_menu
        add_edit_menu(self)  # Edit > Undo of the last import, merge or bulk action (ui/undo_menu.py)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About MentorDesk"), self, triggered=self.show_about)
        self.about_action.setMenuRole(QAction.AboutRole)
        help_menu.addAction(self.about_action)
        about_qt = QAction(self.tr("About &Qt"), self, triggered=QApplication.aboutQt)
        about_qt.setMenuRole(QAction.AboutQtRole)
        help_menu.addAction(about_qt)
        from .menus import add_menus
        add_menus(self)  # File > Save/Print, Edit > Find/Delete, View, Help > Guide/Shortcuts (ui/menus.py)

    def show_preferences(self):
        """File > Preferences; returns the dialog (window-modal, not blocking) so tests can drive it."""
        from .dialogs.preferences_dialog import AppPreferencesDialog

        dialog = AppPreferencesDialog(settings(), self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.accepted.connect(self._preferences_saved)
        dialog.open()
        return dialog

    def _preferences_saved(self) -> None:
        """The Reports view shows the same company, logo and paper: let it read them again."""
        reload = getattr(self.views.get("ReportsView"), "_load_settings", None)
        if callable(reload):
            reload()

    def show_about(self):
        """Help > About; returns the dialog (shown, not blocking) so tests can read it."""
        from .dialogs.about_dialog import AboutDialog

        dialog = AboutDialog(self, self.db.path if self.db is not None else None)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _refresh_recent(self) -> None:
        refresh_recent_menu(self.recent_menu, self.recent_files(), self.open_file)

    def recent_files(self) -> list[str]:
        return recent_files(settings())

    def _remember(self, path: Path) -> None:
        remember_file(settings(), path, MAX_RECENT)
        self._refresh_recent()

    # -- the open file ------------------------------------------------------------------
    def open_file(self, path: str | Path, pending_check=None) -> bool:
        """Open a file for this window; on failure the previous file stays open.

        `pending_check` is the file's check already started (`open_check.PendingCheck`)."""
        if self.views.is_built("RelationshipsView"):  # only that screen holds typed summaries
            from .views.relationships.summary_guard import keep_typed_summary

            if not keep_typed_summary(self):  # an HR summary typed and not saved: HR chose to stay
                return False
        try:
            from .file_open import open_for_window
        except ModuleNotFoundError as exc:
            if exc.name != "ui.file_open":
                raise
            open_for_window = None
        try:
            if open_for_window is not None:
                opened = open_for_window(self, Path(path), pending_check)
                if opened is None:
                    return False
                db, lock = opened
            else:
                from mentordesk.services.session import open_database
                db, lock = open_database(path), None
        except MentorDeskError as exc:
            show_error(self, exc, self.tr("Cannot open file"))
            return False
        self._close_db()
        self.db, self.lock = db, lock
        self._remember(db.path)
        self.path_label.setText(str(db.path))
        self.setWindowTitle(self.tr("MentorDesk — {0}").format(db.path.name))
        self.set_banner(db.info.reason if db.readonly else self._demo_note(db))
        self.statusBar().clearMessage()  # what was said about the previous file is not about this one
        for view in self.views.values():
            view.set_readonly(db.readonly)
        for action in (self.import_action,):
            action.setEnabled(not db.readonly)
        self.reload_all()
        return True

    def reopen_read_only(self, reason: str) -> None:
        """Keep showing the file but never write to it again (our lock was taken over)."""
        if self.db is None:
            return
        from mentordesk.services.session import open_database

        path = self.db.path
        self.db.close()
        self.db = open_database(path, readonly=True, backup_on_open=False)
        self.db.info.reason = reason
        self.lock = None
        self.set_banner(reason)
        for view in self.views.values():
            view.set_readonly(True)
        self.import_action.setEnabled(False)
        self.reload_all()

    def _demo_note(self, db) -> str:
        """The demo banner, whenever the demo company is open (however it was opened)."""
        from mentordesk.demo import is_demo
        from mentordesk.services.session import default_database_path

        demo_path = default_database_path().with_name("demo.db")  # a demo made before files were marked
        if not (is_demo(db) or db.path == demo_path):
            return ""
        return self.tr("This is a demo company. Choose File > New to start your own file, "
                       "then File > Import People… to load your HR export.")

    def set_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def _close_db(self) -> None:
        if self.lock is not None:
            try:
                from mentordesk.storage.lockfile import release
                release(self.lock)
            except Exception:  # a lock that cannot be removed goes stale on its own
                pass
            self.lock = None
        if self.db is not None:
            self.db.close()
            self.db = None

    def reload_all(self) -> None:
        self.views.reload(self.stack.currentWidget())  # hidden screens reload when next shown
        if self.db is not None:
            self.db.mark_seen()

    def _check_changed_elsewhere(self) -> None:
        if self.db is None:
            return
        try:
            if self.db.changed_elsewhere():
                self.reload_all()
                self.statusBar().showMessage(self.tr("Reloaded: someone else changed the file."), 5000)
        except Exception:
            pass  # the share may be briefly unreachable; try again at the next tick

    def current_view(self) -> View | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, View) else None

    def show_view(self, class_name: str) -> View | None:
        view = self.views.build(class_name)
        if view is not None:
            self.nav.setCurrentRow(self.stack.indexOf(view))
        return view

    def _show_view(self, row: int) -> None:
        self.views.build_page(row)
        self.stack.setCurrentIndex(row)

    def new_file(self) -> None:
        path, _ = save_file_name(self, self.tr("New MentorDesk file"), self.tr("MentorDesk files (*.db)"))
        if path:
            if not path.endswith(".db"):
                path += ".db"
            if Path(path).exists():
                show_error(self,
                           MentorDeskError(self.tr("A file with that name already exists; choose Open to use it.")))
                return
            self.open_file(path)

    def open_dialog(self) -> None:
        path = open_file_name(self, self.tr("Open MentorDesk file"), self.tr("MentorDesk files (*.db);;All files (*)"))
        if path:
            self.open_file(path)

    # -- people CSV -----------------------------------------------------------------------
    def import_people_dialog(self) -> None:
        from . import people_csv_actions  # with the CSV reader: not needed for the first screen

        people_csv_actions.import_people_dialog(self)

    def import_people(self, path: str) -> Task | None:
        """Import off the UI thread; problems are listed by line in a dialog (ui/people_csv_actions.py)."""
        from . import people_csv_actions

        return people_csv_actions.import_people(self, path)

    def export_people_dialog(self) -> None:
        from . import people_csv_actions

        n = people_csv_actions.export_people_dialog(self)
        if n is not None:
            self.statusBar().showMessage(self.tr("Exported %Ln person(s).", "", n), 8000)

    # -- returned check-in forms dropped on the window (ui/checkin_forms_actions.py) ----------
    def dragEnterEvent(self, event) -> None:
        from .checkin_forms_actions import dropped_paths

        if dropped_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        from .checkin_forms_actions import dropped_paths, import_returned_forms

        paths = dropped_paths(event.mimeData())
        if not paths:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        self.form_import_task = import_returned_forms(self, paths)

    # -- lifecycle ----------------------------------------------------------------------
    def closeEvent(self, event) -> None:
        from .quit_guard import allow_close

        if not allow_close(self, event):  # work still running: HR chooses to wait or stop it first
            return
        from .widgets.screen_fit import remember_main_window

        remember_main_window(self)  # per screen: a laptop and its monitor each keep their own size
        self._close_db()
        super().closeEvent(event)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
