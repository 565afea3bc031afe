"""No clipped text at 1280×720 in German (issue 13): every screen and dialog of the demo company
is opened in the real window, in a child process whose one screen is 1280×720, with the German
catalog installed (German is the longest of the shipped languages), and every visible label,
button and check box is measured against the room it got.

What fails: a label or button narrower than its text needs (sizeHint), a word-wrapped label
shorter than its text needs at its width (the decline reason box drawn over its buttons), and a
label showing a literal "&" (a mnemonic with no buddy, "&Progress").  The dialogs are those of
`test_fit_laptop.py` (read from its child script, so a dialog added there is measured here too).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent

CHILD_HEAD = r'''
import json, re, sys
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QApplication, QCheckBox, QComboBox,
                               QDialogButtonBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QRadioButton,
                               QTextEdit, QToolButton)
from ui.startup import start_qt

app = start_qt(["mentordesk-gui"])
db_path, language = sys.argv[1], sys.argv[2]
from ui.app import MainWindow, use_window_language
from ui.resources import chosen_locale, install_translations

locale = chosen_locale(language)
use_window_language(locale, install_translations(app, locale))
from mentordesk.storage.backup import list_backups, make_backup

window = MainWindow()
window.show()
window.resize(1280, 720)
assert window.open_file(db_path)
app.processEvents()
found = []
MNEMONIC = re.compile(r"(?<![&\w])&(?=\w)")  # "&Progress"; not "Ana & Bo", not "&&"


def plain(label):
    rich = re.search(r"<[a-zA-Z/][^>]*>", label.text())  # what Qt's mightBeRichText looks for
    return label.textFormat() == Qt.PlainText or (label.textFormat() == Qt.AutoText and not rich)


def in_root(widget, root):
    """The widget's rectangle in `root`'s coordinates."""
    return widget.rect().translated(widget.mapTo(root, widget.rect().topLeft()))


def measure(root, where):
    """Every visible label and button under `root` that does not get the room its text needs."""
    app.processEvents()
    app.processEvents()
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text().strip() or label.window() is not root.window():
            continue
        text = label.text().replace("\n", " ")[:70]
        if plain(label) and label.buddy() is None and MNEMONIC.search(label.text()):
            found.append(f"{where}: label shows a literal '&': {text!r}")
        if label.wordWrap():
            need = label.heightForWidth(label.width())
            if need > label.height() + 1:
                found.append(f"{where}: wrapped label cut ({label.height()} of {need} px high): {text!r}")
        elif label.pixmap().isNull() and label.width() + 1 < label.minimumSizeHint().width():
            found.append(f"{where}: label cut ({label.width()} of {label.minimumSizeHint().width()} px): {text!r}")
    for box in root.findChildren(QDialogButtonBox):
        if not box.isVisibleTo(root):
            continue
        area = in_root(box, root)
        editors = [w for kind in (QPlainTextEdit, QTextEdit, QLineEdit) for w in root.findChildren(kind)]
        for editor in editors:
            if editor.isVisibleTo(root) and editor.window() is root.window() \
                    and not isinstance(editor.parentWidget(), (QAbstractSpinBox, QComboBox)):
                if in_root(editor, root).intersects(area):
                    found.append(f"{where}: {type(editor).__name__} {editor.objectName()!r} drawn over the buttons")
    for button in root.findChildren(QAbstractButton):
        if not button.isVisibleTo(root) or not button.text().strip() or button.window() is not root.window():
            continue
        if isinstance(button, (QPushButton, QCheckBox, QRadioButton, QToolButton)):
            need = button.sizeHint().width()
            if button.width() + 1 < need:
                found.append(f"{where}: button cut ({button.width()} of {need} px): {button.text()!r}")

'''

CHILD_TAIL = r'''
def reason():
    """The decline reason of the mentor pool, with three long names (it wraps)."""
    from PySide6.QtCore import QCoreApplication
    from ui.dialogs.enrol_dialog import ReasonDialog
    prompt = QCoreApplication.translate("ProgramsView", "Why is {0} declined? The reason is kept with the application.")
    names = "María José Martín Fernández, Femke van den Broek-de Boer, Agnieszka Wiśniewska-Kowalczyk…"
    return ReasonDialog(QCoreApplication.translate("ProgramsView", "Decline"), prompt.format(names), parent=window)


factories["ReasonDialog (decline)"] = reason
for name in window.views.names():
    view = window.show_view(name)
    if view is not None:
        measure(window, f"screen {name}")
for name, make in factories.items():
    try:
        dialog = make()
    except Exception as exc:  # the factory no longer matches the code: said, not hidden
        found.append(f"{name}: could not be opened ({exc!r})")
        continue
    if dialog is None:
        continue
    if not dialog.isVisible():
        dialog.show()
    measure(dialog, name)
    dialog.done(0)
    app.processEvents()
window.close()
print(json.dumps(found))
'''


def dialog_factories() -> str:
    """The dialogs `test_fit_laptop.py` opens: its child script from the screens to the factories."""
    source = (HERE / "test_fit_laptop.py").read_text(encoding="utf-8")
    start = source.index('rel_view = window.show_view("RelationshipsView")')
    end = source.index('out["dialogs"] = {}')
    return source[start:end]


def screen_config(tmp_path: Path) -> Path:
    config = tmp_path / "screen-1280x720.json"
    config.write_text(json.dumps({"windowFrameMargins": True, "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 720,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    return config


def run_child(tmp_path: Path, db: Path, language: str) -> list[str]:
    script = tmp_path / "fit_text_child.py"
    script.write_text(CHILD_HEAD + dialog_factories() + CHILD_TAIL, encoding="utf-8")
    home = tmp_path / "home"
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen_config(tmp_path)}",
               PYTHONPATH=str(ROOT), MENTORDESK_CONFIG_DIR=str(home / "config"),
               MENTORDESK_DATA_DIR=str(home / "data"), MENTORDESK_SITE="fit-site", MENTORDESK_LANG=language)
    res = subprocess.run([sys.executable, str(script), str(db), language], capture_output=True, text=True,
                         timeout=600, env=env, cwd=str(ROOT), check=False)
    assert res.returncode == 0, res.stdout[-3000:] + res.stderr[-3000:]
    return json.loads(res.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("language", ["de", "en"])
def test_no_text_is_cut_at_1280x720(tmp_path: Path, demo_file: Path, language: str) -> None:
    found = run_child(tmp_path, demo_file, language)
    assert found == [], "\n".join(found)


# -- text that is cut on purpose says what it is ----------------------------------------------


def hover_tip(qtbot, widget, pos) -> str:
    """Send the tooltip event a resting mouse sends; the tooltip text shown, or ""."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    QApplication.sendEvent(widget, QHelpEvent(QEvent.ToolTip, pos, widget.mapToGlobal(pos)))
    return QToolTip.text() if QToolTip.isVisible() else ""


@pytest.mark.parametrize("text", ["María José Martín Fernández de la Torre", "Customer Service Operations EMEA"])
def test_a_cut_table_cell_shows_its_whole_text(qtbot, text: str) -> None:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QWidget

    from ui.widgets.tables import record_table

    parent = QWidget()
    qtbot.addWidget(parent)
    model = QStandardItemModel(2, 2)
    model.setItem(0, 0, QStandardItem(text))
    model.setItem(1, 0, QStandardItem("Ana"))
    model.setItem(0, 1, QStandardItem(text))
    own = QStandardItem(text)
    own.setToolTip("The model's own tip")
    model.setItem(1, 1, own)
    table = record_table(parent, model, "t", 8)
    table.resize(400, 200)
    parent.show()
    table.setColumnWidth(0, 60)
    table.setColumnWidth(1, 600)
    qtbot.waitExposed(table)
    cell = lambda r, c: table.visualRect(model.index(r, c)).center()  # noqa: E731
    assert hover_tip(qtbot, table.viewport(), cell(0, 0)) == text  # cut: the whole text
    assert hover_tip(qtbot, table.viewport(), cell(1, 0)) == ""  # "Ana" fits: no tip
    assert hover_tip(qtbot, table.viewport(), cell(0, 1)) == ""  # wide column: fits
    assert hover_tip(qtbot, table.viewport(), cell(1, 1)) == "The model's own tip"


def test_a_cut_competency_name_shows_whole_on_hover(qtbot) -> None:
    from mentordesk.models import PortraitEntry
    from ui.widgets.portrait_chart import PortraitChart

    chart = PortraitChart()
    qtbot.addWidget(chart)
    long_name = "Reporting to the board of directors"
    chart.set_entries([PortraitEntry(long_name, 2, 4), PortraitEntry("Coaching", 3, 4)])
    chart.resize(220, chart.sizeHint().height())
    chart.show()
    qtbot.waitExposed(chart)
    chart.grab()  # paint now
    assert chart.cut_names() == [long_name]
    row_y = chart.PADDING + chart.AXIS_HEIGHT + chart.ROW_HEIGHT // 2
    from PySide6.QtCore import QPoint

    assert hover_tip(qtbot, chart, QPoint(chart.PADDING + 5, row_y)) == long_name
    assert hover_tip(qtbot, chart, QPoint(chart.PADDING + 5, row_y + chart.ROW_HEIGHT)) == ""
    chart.resize(700, chart.height())
    chart.grab()
    assert chart.cut_names() == []


@pytest.mark.parametrize("width", [360, 480, 900])
def test_every_stage_name_fits_under_its_dot(qtbot, width: int) -> None:
    """However narrow, the timeline is as tall as its longest name wrapped ("Getting to know each
    other" took four lines at 360 px and was cut at two), and no taller than it needs."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QFont, QFontMetrics

    from mentordesk import relationships as rules
    from ui.models.relationships_model import stage_label
    from ui.widgets.stage_timeline import StageTimeline

    timeline = StageTimeline()
    qtbot.addWidget(timeline)
    bold = QFont(timeline.font())
    bold.setBold(True)
    fm = QFontMetrics(bold)
    slot = width / len(rules.STAGES)
    need = max(fm.boundingRect(QRect(0, 0, int(slot - 6), 10_000), Qt.AlignHCenter | Qt.TextWordWrap,
                               stage_label(n)).height() for n, _name in rules.STAGES)
    room = timeline.heightForWidth(width) - timeline.TOP - 2 * timeline.CURRENT_DOT - 8 - fm.height() - 8
    assert room >= need
    assert timeline.heightForWidth(360) > timeline.heightForWidth(900)


@pytest.mark.parametrize("size", [(420, 60), (300, 120), (900, 40)])
def test_the_decline_reason_box_never_covers_its_buttons(qtbot, size) -> None:
    """Made small (a size remembered from a shorter prompt, a user's drag), the dialog keeps the
    height its wrapped prompt needs: the reason box stays above OK/Cancel."""
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.dialogs.enrol_dialog import ReasonDialog

    prompt = ("Why are María José Martín Fernández, Femke van den Broek-de Boer and Agnieszka "
              "Wiśniewska-Kowalczyk declined? The reason is kept with the application.")
    dialog = ReasonDialog("Decline", prompt)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(*size)
    qtbot.waitUntil(lambda: dialog.height() >= dialog.minimumHeight())
    box = dialog.findChild(QDialogButtonBox)
    reason = dialog.reason.geometry()
    assert reason.bottom() < box.geometry().top(), (reason, box.geometry())
    assert dialog.prompt.height() >= dialog.prompt.heightForWidth(dialog.prompt.width())
