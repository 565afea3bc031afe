"""Render resources/icons/mentordesk.svg into the PNG, ICO and ICNS files beside it.

Run after changing the SVG:  python scripts/make_icons.py
The results are committed, because the Windows installer and the macOS bundle
need them before any Python runs.  Uses Qt's own SVG renderer and image writers.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(QSize(size, size), QImage.Format_ARGB32)
    image.fill(Qt.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def write(image: QImage, path: Path, fmt: str) -> None:
    writer = QImageWriter(str(path), fmt.encode())
    if not writer.write(image):
        raise SystemExit(f"could not write {path}: {writer.errorString()}")
    print(path.relative_to(ICONS.parent.parent))


def main() -> int:
    _app = QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(ICONS / "mentordesk.svg"))
    if not renderer.isValid():
        raise SystemExit("the SVG could not be read")
    for size in PNG_SIZES:
        write(render(renderer, size), ICONS / f"mentordesk-{size}.png", "png")
    # Windows takes the largest fitting image from the .ico; Qt writes one size per file,
    # so the 256 px image goes in (Windows scales it down well).
    write(render(renderer, 256), ICONS / "mentordesk.ico", "ico")
    write(render(renderer, 512), ICONS / "mentordesk.icns", "icns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
