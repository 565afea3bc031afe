"""Screenshots of every screen with the demo company, for the README and for review.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [OUT_DIR] [--dark]

--dark gives the application a dark palette first, as a dark desktop theme does, to
check that every screen stays readable (ui/theme.py).

Writes one PNG per screen (default: resources/screenshots/). Uses a temporary
database and settings folder, so nothing of the user's is touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def dark_palette():
    """A dark palette such as a dark desktop theme hands to Qt."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    for role, value in ((QPalette.Window, "#2b2b2b"), (QPalette.WindowText, "#e8e8e8"),
                        (QPalette.Base, "#1e1e1e"), (QPalette.AlternateBase, "#262626"),
                        (QPalette.Text, "#e8e8e8"), (QPalette.Button, "#353535"),
                        (QPalette.ButtonText, "#e8e8e8"), (QPalette.Highlight, "#3d6ea5"),
                        (QPalette.HighlightedText, "#ffffff"), (QPalette.ToolTipBase, "#353535"),
                        (QPalette.ToolTipText, "#e8e8e8"), (QPalette.PlaceholderText, "#9a9a9a")):
        palette.setColor(role, QColor(value))
    return palette


def main() -> int:
    args = [a for a in sys.argv[1:] if a != "--dark"]
    dark = "--dark" in sys.argv[1:]
    out = (Path(args[0]) if args
           else Path(__file__).resolve().parent.parent / "resources" / "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="mentordesk-shots-"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["MENTORDESK_CONFIG_DIR"] = str(tmp / "config")
    os.environ["MENTORDESK_DATA_DIR"] = str(tmp / "data")

    from PySide6.QtWidgets import QApplication

    from mentordesk.demo import fill_demo
    from mentordesk.storage.database import Database
    from ui.app import MainWindow
    from ui.resources import install_translations

    app = QApplication.instance() or QApplication([])
    if dark:
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    install_translations(app)  # as the app does: plural forms ("21 items") and the user's language
    db_path = tmp / "demo.db"
    db = Database.open(db_path)
    fill_demo(db)
    db.close()

    window = MainWindow()
    window.resize(1280, 720)
    window.show()
    window.open_file(db_path)
    import time

    def settle(seconds: float, until=lambda: False) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end and not until():
            app.processEvents()
            time.sleep(0.02)

    for class_name in window.views.names():  # deferred screens too: show_view builds them
        view = window.show_view(class_name)
        settle(0.3)
        # Show each screen doing its job, not empty.
        if class_name == "MatchingView":
            view.start_run()
            settle(60, lambda view=view: view.task is None)
            view.table.selectRow(0)
        elif class_name == "RelationshipsView":
            view.table.selectRow(0)
        elif class_name == "ReportsView":
            settle(20, lambda view=view: view.pdf_document.pageCount() > 0)
        settle(0.5)
        name = class_name.removesuffix("View").lower()
        window.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
