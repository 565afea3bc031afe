"""Issue 16: a program's words, a person's enrolments and the attention kinds are said alike
on screen, in the CLI and in the PDF (`mentordesk.vocabulary`, each word under its context).

Split from tests/test_vocabulary_one_place.py (the source scan and the relationship words):
in German and Polish, the real Programs screen, a real `mentordesk program list` and a real
`mentordesk report --program` PDF read back with pypdf; the person's history pane and a real
`mentordesk person-history`; the Attention list's What column and a real `mentordesk attention`.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import test_vocabulary_one_place as one_place
from pypdf import PdfReader

from mentordesk import vocabulary as v

LOCALES, ROOT, _cells = one_place.LOCALES, one_place.ROOT, one_place._cells
#: The window's language as `ui.app.main` sets it (the fixture of the scan's module).
window_language = one_place.window_language


#: One program per kind, between them every delivery and cadence (job shadowing runs monthly).
PROGRAM_CASES = (
    ("one_to_one", "in_person", "weekly", {}),
    ("group", "digital", "fortnightly", {"group_size": 5, "sessions": 6}),
    ("reverse", "mixed", "monthly", {"expertise": "Excel"}),
    ("peer", "in_person", "fortnightly", {}),
    ("job_shadowing", "mixed", "monthly", {"host": "Warehouse", "visits": 3, "visit_hours": 4}),
)


def _with_programs(path: Path) -> dict[str, object]:
    """Adds PROGRAM_CASES to the file; {name: the program as saved}."""
    from mentordesk.models import Program
    from mentordesk.services import programs
    from mentordesk.storage.database import Database

    db = Database.open(path)
    try:
        for kind, delivery, cadence, extra in PROGRAM_CASES:
            programs.create_program(db, Program(name=f"Words {kind}", start_date=date(2026, 9, 1), kind=kind,
                                                delivery=delivery, cadence=cadence, **extra))
        return {p.name: p for p in programs.list_programs(db) if p.name.startswith("Words ")}
    finally:
        db.close()


def _programs_screen(qtbot, path: Path):
    """The real Programs screen over the file, in a stand-in main window (it asks for `db`, `reload_all`)."""
    from PySide6.QtWidgets import QMainWindow

    from mentordesk.storage.database import Database
    from ui.views.programs import ProgramsView

    class Host(QMainWindow):
        def __init__(self) -> None:
            super().__init__()
            self.db = Database.open(path)

        def reload_all(self) -> None:
            view.reload()

    host = Host()
    qtbot.addWidget(host)
    view = ProgramsView(host)
    host.setCentralWidget(view)
    view.reload()
    return host, view


def _run(tmp_path: Path, code: str, *args: str) -> str:
    env = {k: val for k, val in os.environ.items() if k not in ("MENTORDESK_LANG", "LANGUAGE", "LC_ALL",
                                                                  "LC_MESSAGES")}
    env.update(LANG=LOCALES[code], COLUMNS="400", MENTORDESK_CONFIG_DIR=str(tmp_path / "config"),
               MENTORDESK_DATA_DIR=str(tmp_path / "data"), PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-m", "mentordesk", *args], capture_output=True, text=True, timeout=120,
                          env=env, cwd=str(tmp_path), check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("code", sorted(LOCALES))
def test_a_programs_words_are_the_same_on_screen_in_the_cli_and_in_the_pdf(qtbot, window_language, code: str,
                                                                         demo_file: Path, tmp_path: Path) -> None:
    from mentordesk.i18n import translator

    saved = _with_programs(demo_file)
    window_language(code)
    host, view = _programs_screen(qtbot, demo_file)
    shown = {}
    try:
        for name, p in saved.items():
            view.select_program(p.id)
            pane = view.program_pane
            shown[name] = (pane.details["kind"].text(), pane.details["delivery"].text(),
                           pane.labels["cadence"].text(), pane.details["cadence"].text())
    finally:
        host.db.close()
    tr = translator(code)
    # the screen says the vocabulary's words in the language, under their contexts
    for name, (kind, delivery, caption, cadence) in shown.items():
        p = saved[name]
        assert (kind, delivery, caption, cadence) == (
            v.said(v.PROGRAM_KIND_NAMES, p.kind, tr), v.said(v.DELIVERY_NAMES, p.delivery, tr),
            v.who_meets(p.kind, tr), v.said(v.PROGRAM_CADENCE_NAMES, p.cadence, tr))
    every = {word for words in shown.values() for word in words}
    english = {*v.PROGRAM_KIND_NAMES.values(), *v.DELIVERY_NAMES.values(), *v.WHO_MEETS.values(),
               *v.PROGRAM_CADENCE_NAMES.values()}
    assert len(every) >= 12 and not every & english - {"Digital", "Job shadowing"}  # the same in German/Polish

    listing = _run(tmp_path, code, "--db", str(demo_file), "program", "list").splitlines()
    for name, (kind, delivery, caption, cadence) in shown.items():
        at = next(i for i, line in enumerate(listing) if line.startswith(f"{name} — "))
        assert listing[at].startswith(f"{name} — {kind}"), listing[at]
        how = f"  {delivery}" if saved[name].kind == "job_shadowing" else f"  {delivery} · {caption} {cadence}"
        assert listing[at + 1] == how, (listing[at + 1], how)

    for name, (kind, *_rest) in shown.items():
        pdf = tmp_path / f"{saved[name].kind}.pdf"
        _run(tmp_path, code, "--db", str(demo_file), "report", "--program", name, "--lang", code, "--out", str(pdf))
        text = " ".join(" ".join(page.extract_text() or "" for page in PdfReader(pdf).pages).split())
        assert kind in text, (kind, text[:600])
        if saved[name].kind != "job_shadowing":  # a few visits: no cadence in the report either
            assert v.said(v.CADENCES_IN_TEXT, saved[name].cadence, tr) in text, text[:600]


@pytest.mark.parametrize("code", sorted(LOCALES))
def test_a_persons_program_history_says_the_same_words_on_screen_and_in_the_cli(qtbot, window_language, code: str,
                                                                               demo_file: Path,
                                                                               tmp_path: Path) -> None:
    """Each enrolment's role and status: the person's history pane and a real `person-history` process."""
    from PySide6.QtWidgets import QLabel

    from mentordesk.services import people, person_history
    from mentordesk.storage.database import Database
    from ui.views.people.history_pane import PersonHistoryPane

    db = Database.open(demo_file)
    try:
        found = [(p.employee_id, person_history.person_history(db, p.id)) for p in people.list_people(db)]
    finally:
        db.close()
    chosen, statuses = [], set()
    for employee_id, history in found:  # people between them enrolled with every status the demo has
        new = {(e.role, e.status) for e in history.enrolments} - statuses
        if new:
            chosen.append((employee_id, history))
            statuses |= new
    assert len({status for _role, status in statuses}) >= 3 and len({role for role, _s in statuses}) == 2
    window_language(code)
    for employee_id, history in chosen:
        pane = PersonHistoryPane()
        qtbot.addWidget(pane)
        pane.show_history(history)
        shown = [label.text() for label in pane.findChildren(QLabel)]
        cli = _run(tmp_path, code, "--db", str(demo_file), "person-history", employee_id).splitlines()
        for e in history.enrolments:
            role = v.said(v.ROLES_IN_TEXT, e.role)
            status = v.said(v.PARTICIPANT_STATUS_NAMES, e.status)
            assert status != v.PARTICIPANT_STATUS_NAMES[e.status]  # said in German or Polish
            words = f"{e.program_name}: {role}, {status} ("
            assert any(words in text for text in shown), (words, shown)
            assert any(line.startswith(f"  {words}") for line in cli), (words, cli)


@pytest.mark.parametrize("code", sorted(LOCALES))
def test_the_attention_list_names_each_kind_alike_on_screen_and_in_the_cli(window_language, code: str,
                                                                          demo_file: Path, tmp_path: Path) -> None:
    """The What column of the Attention list and a real `mentordesk attention` name each item's kind alike."""
    from mentordesk.services.attention import attention_list
    from mentordesk.storage.database import Database
    from ui.models.attention_model import KIND, AttentionModel

    db = Database.open(demo_file)
    try:
        items = attention_list(db, today=date(2026, 12, 15))  # the demo then needs attention of every kind
    finally:
        db.close()
    window_language(code)
    model = AttentionModel()
    model.set_rows(items)
    kinds = dict(zip((i.key for i in model.rows()), _cells(model, KIND), strict=True))
    english = {*v.ATTENTION_KIND_NAMES.values(), *v.CHECKIN_OVERDUE_BY.values()}
    assert len({i.kind for i in items}) >= 6 and not set(kinds.values()) & english  # said in German or Polish
    listing = _run(tmp_path, code, "--db", str(demo_file), "attention", "--today", "2026-12-15")
    titled = [i for i in items if i.kind != "mentor_miss_rate"]  # "<name> misses meetings": no kind before it
    assert titled
    for item in titled:
        assert f"] {kinds[item.key]}: " in listing, (kinds[item.key], listing[:800])
