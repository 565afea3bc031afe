"""PDF details of issue 13, read back with pypdf: no rows of zeros, how many answers each check-in
average rests on, the program summary in the batch, every file owner-only."""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path

import pytest
from pypdf import PdfReader

from mentordesk import relationships as rules
from mentordesk.i18n import translator
from mentordesk.models import Person
from mentordesk.services import people as people_svc
from mentordesk.services import programs as programs_svc
from mentordesk.services import reports as svc
from mentordesk.storage.database import Database


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


@pytest.fixture
def demo(demo_file: Path):
    db = Database.open(demo_file)
    yield db
    db.close()


def program_id(db: Database) -> str:
    return next(p.id for p in programs_svc.list_programs(db) if svc.program_relationships(db, p.id))


def applicant_from(db: Database, branch: str, department: str, status: str, role: str = "mentee") -> None:
    """Someone from a branch and department no one else is in, enrolled with `status`."""
    pid = people_svc.add_person(db, Person(employee_id=f"X-{branch}-{status}", name=f"Zed {branch}",
                                           email=f"zed.{branch.lower()}.{status}@example.com",
                                           branch=branch, department=department))
    programs_svc.enrol(db, program_id(db), pid, role, status=status)


@pytest.mark.parametrize(("status", "role"), [("declined", "mentee"), ("applied", "mentee"),
                                              ("declined", "mentor"), ("withdrawn", "mentee")])
def test_a_branch_of_only_applicants_and_declined_people_prints_no_row_of_zeros(
        demo: Database, tmp_path: Path, status: str, role: str) -> None:
    if status not in programs_svc.PARTICIPANT_STATUSES:
        pytest.skip(f"no {status} status in this version")
    applicant_from(demo, "Oslo", "Zoology", status, role)
    data = svc.program_report_data(demo, program_id(demo))
    assert "Oslo" not in [r.label for r in data.by_branch]
    assert "Zoology" not in [r.label for r in data.by_department]
    assert all(not r.is_empty() for r in (*data.by_branch, *data.by_department))
    text = pdf_text(svc.write_program_report(demo, program_id(demo), tmp_path / "summary.pdf"))
    assert "Oslo" not in text and "Zoology" not in text


def test_a_branch_with_an_accepted_mentee_keeps_its_row(demo: Database, tmp_path: Path) -> None:
    """The rule leaves out rows with nothing in them, not rows with small numbers."""
    applicant_from(demo, "Oslo", "Zoology", "accepted")
    data = svc.program_report_data(demo, program_id(demo))
    oslo = next(r for r in data.by_branch if r.label == "Oslo")
    assert oslo.mentees == 1 and oslo.active == 0
    assert "Oslo" in pdf_text(svc.write_program_report(demo, program_id(demo), tmp_path / "summary.pdf"))


def answers_per_question(db: Database, pid: str) -> dict[str, int]:
    """Counted here from the check-ins themselves, not through the report code."""
    counts = dict.fromkeys(rules.CHECKIN_QUESTIONS, 0)
    rows = db.conn.execute(
        "SELECT c.scores FROM checkins c JOIN relationships r ON r.id = c.relationship_id "
        "WHERE r.program_id = ? AND c.deleted_at IS NULL", (pid,)).fetchall()
    for (scores,) in rows:
        for key, value in json.loads(scores or "{}").items():
            if value is not None and key in counts:
                counts[key] += 1
    return {k: v for k, v in counts.items() if v}


def test_each_check_in_average_says_how_many_answers_it_rests_on(demo: Database, tmp_path: Path) -> None:
    pid = program_id(demo)
    expected = answers_per_question(demo, pid)
    assert expected, "the demo has check-ins"
    data = svc.program_report_data(demo, pid)
    assert sorted(data.checkin_answers.values()) == sorted(expected.values())
    assert set(data.checkin_answers) == set(data.checkin_averages)
    text = pdf_text(svc.write_program_report(demo, pid, tmp_path / "summary.pdf"))
    shown = [int(n) for n in re.findall(r"\((\d+) answers?\)", text)]
    assert sorted(shown) == sorted(expected.values())


def test_answer_counts_are_translated_with_plural_forms(demo: Database, tmp_path: Path) -> None:
    pid = program_id(demo)
    options = svc.report_options_from_settings({"language": "pl"})
    text = pdf_text(svc.write_program_report(demo, pid, tmp_path / "pl.pdf", options))
    assert re.search(r"\(\d+ odpowiedzi\)|\(1 odpowiedź\)", text)
    assert "answers)" not in text
    pl = translator("pl")
    assert pl.ngettext("%(score)s (%(count)s answer)", "%(score)s (%(count)s answers)", 1) != \
        pl.ngettext("%(score)s (%(count)s answer)", "%(score)s (%(count)s answers)", 5)


def test_the_batch_offers_the_program_summary_first_in_the_folder(demo: Database, tmp_path: Path) -> None:
    pid = program_id(demo)
    n = len(svc.program_relationships(demo, pid))
    files = svc.write_program_batch(demo, pid, out_dir=tmp_path / "out", summary=True, workers=1)
    assert len(files) == n + 1
    first = files[0]
    assert first.name == "0 Program summary.pdf"
    assert sorted(p.name for p in (tmp_path / "out").iterdir())[0] == first.name
    assert "Growing Leaders 2026" in pdf_text(first) and "Check-in averages" in pdf_text(first)
    for f in files:
        assert stat.S_IMODE(os.stat(f).st_mode) == 0o600


def test_a_second_batch_into_the_same_folder_keeps_the_first_summary(demo: Database, tmp_path: Path) -> None:
    pid = program_id(demo)
    first = svc.write_program_batch(demo, pid, out_dir=tmp_path / "out", summary=True, workers=1)[0]
    before = first.read_bytes()
    second = svc.write_program_batch(demo, pid, out_dir=tmp_path / "out", summary=True, workers=1)[0]
    assert second != first and first.read_bytes() == before


def test_beside_a_combined_pdf_the_summary_takes_its_name(demo: Database, tmp_path: Path) -> None:
    pid = program_id(demo)
    combined = tmp_path / "All of them.pdf"
    files = svc.write_program_batch(demo, pid, combined=combined, summary=True, workers=1,
                                    options=svc.report_options_from_settings({"language": "es"}))
    assert files[0] == tmp_path / "All of them - Resumen del programa.pdf"
    assert combined in files
    assert stat.S_IMODE(os.stat(files[0]).st_mode) == 0o600


def test_without_the_summary_the_batch_is_only_relationships(demo: Database, tmp_path: Path) -> None:
    pid = program_id(demo)
    files = svc.write_program_batch(demo, pid, out_dir=tmp_path / "out", workers=1)
    assert len(files) == len(svc.program_relationships(demo, pid))
    assert not any("summary" in f.name.casefold() for f in files)


def test_a_cancelled_batch_writes_no_summary(demo: Database, tmp_path: Path) -> None:
    pid = program_id(demo)
    files = svc.write_program_batch(demo, pid, out_dir=tmp_path / "out", summary=True, workers=1,
                                    cancelled=lambda: True)
    assert files == []
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
