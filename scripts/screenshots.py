"""Screenshots of every screen with the demo company, for the README and for review.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [OUT_DIR]

Writes one PNG per screen (default: resources/screenshots/). Uses a temporary
database and settings folder, so nothing of the user's is touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "resources" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="mentordesk-shots-"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["MENTORDESK_CONFIG_DIR"] = str(tmp / "config")
    os.environ["MENTORDESK_DATA_DIR"] = str(tmp / "data")

    from PySide6.QtWidgets import QApplication

    from mentordesk.demo import fill_demo
    from mentordesk.storage.database import Database
    from ui.app import MainWindow

    app = QApplication.instance() or QApplication([])
    db_path = tmp / "demo.db"
    db = Database.open(db_path)
    fill_demo(db)
    db.close()

    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    window.open_file(db_path)
    for class_name, view in window.views.items():
        window.show_view(class_name)
        for _ in range(30):
            app.processEvents()
        name = class_name.removesuffix("View").lower()
        window.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
