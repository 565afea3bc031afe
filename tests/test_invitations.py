"""Introductions and reminders: real .eml and .ics files read back with `email` and `icalendar`.

The drafts are parsed as a mail program would (headers, X-Unsent, the attachment), the
calendar series is expanded independently with dateutil.rrule and compared with
MentorDesk's own meeting plan, hostile names (merged in from other copies, so past the
people dialog's checks) are written straight into the file, and the CLI runs as a real
process.
"""

from __future__ import annotations

import datetime as dt
import email
import os
import subprocess
import sys
from email import policy
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from dateutil.rrule import rrulestr

from mentordesk.errors import ValidationError
from mentordesk.models import Person, PortraitEntry, Program
from mentordesk.services import invitations as inv
from mentordesk.services import message_templates as texts
from mentordesk.services import people as people_service
from mentordesk.services import programs as programs_service
from mentordesk.services import relationships as rel_service
from mentordesk.storage.database import Database

AMS = ZoneInfo("Europe/Amsterdam")
REPO = Path(__file__).resolve().parents[1]


def _person(db: Database, eid: str, name: str, role: str, portrait=()) -> str:
    return people_service.add_person(db, Person(employee_id=eid, name=name, email=f"{eid.lower()}@example.com",
                                                role=role, portrait=tuple(portrait)))


@pytest.fixture
def program_id(db: Database) -> str:
    return programs_service.create_program(db, Program(
        name="Grow Together", purpose="Help new team leads find their feet.", cadence="fortnightly"))


@pytest.fixture
def pair(db: Database, program_id: str) -> dict[str, str]:
    mentor = _person(db, "E1", "Anna Berg", "mentor",
                     [PortraitEntry("Negotiation", 5), PortraitEntry("Public speaking", 4)])
    mentee = _person(db, "E2", "Bram Claes", "mentee",
                     [PortraitEntry("Negotiation", 2, 4), PortraitEntry("Public speaking", 3, 3)])
    return {"mentor": mentor, "mentee": mentee}


def _start(db: Database, pair: dict[str, str], start: dt.date, cadence: str = "fortnightly",
           program_id: str | None = None, months: int = 6) -> str:
    return rel_service.start_relationship(db, pair["mentor"], pair["mentee"], program_id=program_id, start=start,
                                          cadence=cadence, months=months)


def _parse(path: Path) -> email.message.EmailMessage:
    return email.message_from_bytes(path.read_bytes(), policy=policy.default)


def _calendar_part(msg) -> email.message.EmailMessage:
    parts = [p for p in msg.iter_attachments() if p.get_content_type() == "text/calendar"]
    assert len(parts) == 1
    return parts[0]


def _event(ics: bytes) -> icalendar.Event:
    cal = icalendar.Calendar.from_ical(ics)
    events = [c for c in cal.walk("VEVENT")]
    assert len(events) == 1
    return events[0]


def _occurrences(event: icalendar.Event) -> list[dt.datetime]:
    """Expand the series with dateutil, independently of how MentorDesk wrote it."""
    start = event.decoded("dtstart")
    if "RRULE" not in event:
        return [start]
    return list(rrulestr(event["RRULE"].to_ical().decode(), dtstart=start))


# -- the introduction --------------------------------------------------------------------------

def test_introduction_is_a_draft_to_both_with_the_calendar_attached(db, pair, program_id, tmp_path):
    start = dt.date(2027, 3, 1)
    rel = _start(db, pair, start, program_id=program_id)
    rel_service.add_goal(db, rel, "Lead a budget negotiation", due_date=dt.date(2027, 6, 1))
    draft = inv.write_introduction(db, rel, tmp_path / "out", zone=AMS, today=start,
                                   reasons=["Negotiation: mentor level 5, mentee wants 4 (+30)"])
    msg = _parse(draft.eml)
    raw = draft.eml.read_bytes()
    assert raw.count(b"\n") == raw.count(b"\r\n") and raw.isascii()  # CRLF lines, 7-bit: any mail program
    assert msg["X-Unsent"] == "1"
    assert sorted(a.addr_spec for a in msg["To"].addresses) == ["e1@example.com", "e2@example.com"]
    assert {a.display_name for a in msg["To"].addresses} == {"Anna Berg", "Bram Claes"}
    assert "Anna Berg" in msg["Subject"] and "Bram Claes" in msg["Subject"]
    body = msg.get_body(("plain",)).get_content()
    for expected in ("Negotiation: mentor level 5", "Help new team leads find their feet.",
                     "Lead a budget negotiation (by 1 June 2027)", "every two weeks",
                     "Getting to know each other", inv.STAGE1_STEPS[0], "1 March 2027 at 10:00 (Europe/Amsterdam)"):
        assert expected in body
    part = _calendar_part(msg)
    assert part.get_param("method") == "PUBLISH"
    assert part.get_filename().endswith(".ics")
    assert part.get_payload(decode=True) == draft.ics.read_bytes()
    assert oct(draft.eml.stat().st_mode & 0o777) == "0o600" and oct(draft.ics.stat().st_mode & 0o777) == "0o600"


def test_without_the_match_s_reasons_the_shared_competencies_explain_the_pair(db, pair, tmp_path):
    start = dt.date(2027, 3, 1)
    rel = _start(db, pair, start)
    body = _parse(inv.write_introduction(db, rel, tmp_path, zone=AMS, today=start).eml
                  ).get_body(("plain",)).get_content()
    assert "Bram Claes wants to grow in Negotiation (from level 2 to 4); Anna Berg is at level 5." in body
    assert "Public speaking" not in body  # no gap there: not a reason


@pytest.mark.parametrize(("cadence", "start", "interval_days"), [
    ("weekly", dt.date(2027, 3, 1), 7),           # crosses the spring DST change (28 March)
    ("fortnightly", dt.date(2027, 9, 6), 14),     # crosses the autumn change (31 October)
    ("monthly", dt.date(2027, 1, 31), None),      # 31st: Feb 28, Mar 31, Apr 30 ...
    ("monthly", dt.date(2027, 12, 29), None),     # 29th into a non-leap February and a leap one
    ("monthly", dt.date(2027, 5, 15), None),
])
def test_the_series_expands_to_mentordesk_s_own_plan(db, pair, tmp_path, cadence, start, interval_days):
    rel = _start(db, pair, start, cadence=cadence, months=14)
    draft = inv.write_introduction(db, rel, tmp_path, zone=AMS, today=start, at=dt.time(9, 30), minutes=45)
    event = _event(draft.ics.read_bytes())
    plan = list(rel_service.get_relationship(db, rel, start).planned_dates)
    assert len(plan) > 3
    occurrences = _occurrences(event)
    assert [o.date() for o in occurrences] == plan
    assert all((o.hour, o.minute) == (9, 30) and o.tzinfo is not None for o in occurrences)  # wall clock kept
    # 14 months always cross both DST changes: the offset changes, the wall clock does not
    assert {o.utcoffset() for o in occurrences} == {dt.timedelta(hours=1), dt.timedelta(hours=2)}
    assert event["DTSTART"].params["TZID"] == "Europe/Amsterdam"
    assert event.decoded("dtend") - event.decoded("dtstart") == dt.timedelta(minutes=45)
    rule = event["RRULE"]
    until = rule["UNTIL"][0]
    assert until.tzinfo is not None and until.utcoffset() == dt.timedelta(0)  # RFC 5545: UTC with a TZID start
    assert until == dt.datetime.combine(plan[-1], dt.time(9, 30), tzinfo=AMS)
    if interval_days:
        assert rule["FREQ"] == ["WEEKLY"] and rule.get("INTERVAL", [1]) == [interval_days // 7]
    else:
        assert rule["FREQ"] == ["MONTHLY"]
    cal = icalendar.Calendar.from_ical(draft.ics.read_bytes())
    assert cal["METHOD"] == "PUBLISH"
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
    assert event["UID"] == f"{rel}-meetings@mentordesk"
    assert "ATTENDEE" not in event and event["ORGANIZER"].params["CN"] == "Anna Berg"


def test_a_running_relationship_s_series_starts_at_the_next_planned_meeting(db, pair, tmp_path):
    start = dt.date(2027, 1, 31)
    rel = _start(db, pair, start, cadence="monthly", months=9)
    today = dt.date(2027, 4, 10)
    event = _event(inv.write_introduction(db, rel, tmp_path, zone=AMS, today=today).ics.read_bytes())
    plan = [d for d in rel_service.get_relationship(db, rel, today).planned_dates if d >= today]
    assert plan[0] == dt.date(2027, 4, 30)
    assert [o.date() for o in _occurrences(event)] == plan  # the anchor's 31st kept: May 31, Jun 30 ...


def test_no_introduction_for_a_closed_or_finished_relationship(db, pair, tmp_path):
    start = dt.date(2027, 1, 4)
    rel = _start(db, pair, start, months=2)
    with pytest.raises(ValidationError, match="no meeting left"):
        inv.write_introduction(db, rel, tmp_path / "a", zone=AMS, today=dt.date(2027, 6, 1))
    rel_service.close(db, rel, "completed", closed_on=dt.date(2027, 3, 4))
    with pytest.raises(ValidationError, match="closed"):
        inv.write_introduction(db, rel, tmp_path / "b", zone=AMS, today=start)
    assert not (tmp_path / "a").exists() and not (tmp_path / "b").exists()


def test_the_company_file_and_its_folder_of_backups_are_refused(db, db_path, pair, tmp_path):
    start = dt.date(2027, 3, 1)
    rel = _start(db, pair, start)
    from mentordesk.storage.backup import backups_dir_for

    before = db_path.read_bytes()
    for out in (db_path, db_path.parent / ".." / db_path.parent.name / db_path.name,
                backups_dir_for(db_path), backups_dir_for(db_path) / "inside"):
        with pytest.raises(ValidationError, match="company file|backups"):
            inv.write_introduction(db, rel, out, zone=AMS, today=start)
    assert db_path.read_bytes() == before
    assert not list(db_path.parent.rglob("*.eml"))  # nothing written anywhere beside the file


# -- hostile names and addresses ---------------------------------------------------------------

HOSTILE_NAMES = [
    'Anna "The Boss", Berg',
    "Anna\r\nBcc: victim@evil.example",
    "Anna\nSubject: injected",
    "Anna\u2028Cc: victim@evil.example",
    "Ånna Łukasiewicz-Ōtsuka 名前 😀",
    "=?utf-8?q?Bcc:_victim@evil.example?=",
    "Anna <victim@evil.example>, Bob",
    "x" * 900,
    "אנה\u200f ברג",
]


def _force(db: Database, person_id: str, **values: str) -> None:
    """Write straight into the file, as a merge from another copy would, past the dialog's checks."""
    sets = ", ".join(f"{k} = ?" for k in values)
    with db.transaction() as conn:
        conn.execute(f"UPDATE people SET {sets} WHERE id = ?", (*values.values(), person_id))


def _header_block(raw: bytes) -> list[bytes]:
    return raw.split(b"\r\n\r\n" if b"\r\n\r\n" in raw else b"\n\n", 1)[0].splitlines()


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_hostile_names_never_break_the_headers(db, pair, tmp_path, name):
    start = dt.date(2027, 3, 1)
    rel = _start(db, pair, start)
    _force(db, pair["mentor"], name=name)
    _force(db, pair["mentee"], name=name[::-1])
    drafts = [inv.write_introduction(db, rel, tmp_path, zone=AMS, today=start),
              *inv.write_reminders(db, rel, "no_meeting", tmp_path, today=start + dt.timedelta(days=60))]
    for draft in drafts:
        raw = draft.eml.read_bytes()
        lines = _header_block(raw)
        names = [ln.split(b":", 1)[0].lower() for ln in lines if not ln[:1].isspace()]
        assert set(names) <= {b"x-unsent", b"to", b"cc", b"subject", b"mime-version", b"content-type",
                              b"content-transfer-encoding"}
        assert len(names) == len(set(names))
        assert all(len(ln) <= 998 and ln.isascii() for ln in lines)
        msg = _parse(draft.eml)
        assert not msg.defects and not any(p.defects for p in msg.walk())
        recipients = [a.addr_spec for h in ("To", "Cc") if msg[h] for a in msg[h].addresses]
        assert sorted(recipients) == ["e1@example.com", "e2@example.com"]  # both, each once, nobody else
        assert "evil.example" not in " ".join(recipients)
        for header in ("To", "Cc", "Subject"):
            assert "\n" not in str(msg[header] or "") and "\r" not in str(msg[header] or "")
        if draft.ics is not None:
            event = _event(draft.ics.read_bytes())
            assert "\n" not in str(event["SUMMARY"]) and str(event["UID"]) == f"{rel}-meetings@mentordesk"
            assert all(not n.startswith("/") and os.sep not in n for n in (draft.eml.name, draft.ics.name))
        assert draft.eml.parent == tmp_path


@pytest.mark.parametrize("address", ["victim@evil.example\r\nBcc: x@evil.example", "a@x.example, victim@evil.example",
                                     "Anna <victim@evil.example>", "", "no-at-sign", "ånna@exämple.com"])
def test_an_unusable_address_is_left_out_and_said(db, pair, tmp_path, address):
    start = dt.date(2027, 3, 1)
    rel = _start(db, pair, start)
    _force(db, pair["mentee"], email=address)
    draft = inv.write_introduction(db, rel, tmp_path, zone=AMS, today=start)
    msg = _parse(draft.eml)
    assert [a.addr_spec for a in msg["To"].addresses] == ["e1@example.com"]
    assert msg["Bcc"] is None and msg["Cc"] is None
    assert len(draft.notes) == 1 and "Bram Claes has no usable e-mail address" in draft.notes[0]


# -- reminders ---------------------------------------------------------------------------------

def test_check_in_reminder_goes_to_the_person_whose_check_in_is_overdue(db, pair, tmp_path):
    start = dt.date(2027, 1, 4)
    rel = _start(db, pair, start)
    today = dt.date(2027, 3, 1)
    rel_service.record_checkin(db, rel, "mentor", dt.date(2027, 2, 15), {"value_received": 4}, today=today)
    drafts = inv.write_reminders(db, rel, "checkin_overdue", tmp_path, today=today)
    assert len(drafts) == 1
    msg = _parse(drafts[0].eml)
    assert [a.addr_spec for a in msg["To"].addresses] == ["e2@example.com"] and msg["Cc"] is None
    body = msg.get_body(("plain",)).get_content()
    assert "Dear Bram Claes" in body and "with Anna Berg has been due since 3 February 2027" in body
    both = inv.write_reminders(db, rel, "checkin_overdue", tmp_path, today=dt.date(2027, 4, 1))
    assert sorted(a.addr_spec for d in both for a in _parse(d.eml)["To"].addresses) == \
        ["e1@example.com", "e2@example.com"]
    with pytest.raises(ValidationError, match="No check-in"):
        inv.write_reminders(db, rel, "checkin_overdue", tmp_path, today=dt.date(2027, 1, 20))


def test_check_in_reminder_carries_the_person_s_fillable_form(db, db_path, pair, tmp_path):
    import io

    from pypdf import PdfReader

    start = dt.date(2027, 1, 4)
    rel = _start(db, pair, start)
    today = dt.date(2027, 3, 1)
    with db.transaction() as conn:  # a file from before sealing keys were made with the file
        conn.execute("DELETE FROM file_meta WHERE key = 'checkin_form_key'")
    db.close()
    readonly = Database.open(db_path, readonly=True)  # no sealing key yet, and none may be written
    try:
        (draft,) = inv.write_reminders(readonly, rel, "checkin_overdue", tmp_path / "ro", role="mentee", today=today)
    finally:
        readonly.close()
    assert not list(_parse(draft.eml).iter_attachments())
    assert any("check-in form of Bram Claes was not attached" in n for n in draft.notes)
    writable = Database.open(db_path)
    try:
        drafts = inv.write_reminders(writable, rel, "checkin_overdue", tmp_path / "rw", today=today)
    finally:
        writable.close()
    assert len(drafts) == 2
    for d in drafts:
        msg = _parse(d.eml)
        (pdf,) = [p for p in msg.iter_attachments() if p.get_content_type() == "application/pdf"]
        fields = PdfReader(io.BytesIO(pdf.get_payload(decode=True))).get_fields()
        assert fields  # a fillable AcroForm
        person = msg["To"].addresses[0].display_name
        assert person.split()[0] in pdf.get_filename() and not d.notes


def test_meeting_reminder_asks_the_mentor_with_the_mentee_in_copy(db, pair, tmp_path):
    start = dt.date(2027, 1, 4)
    rel = _start(db, pair, start)
    rel_service.log_meeting(db, rel, dt.date(2027, 1, 18), 60, "held", today=dt.date(2027, 1, 18))
    drafts = inv.write_reminders(db, rel, "no_meeting", tmp_path, today=dt.date(2027, 3, 1))
    msg = _parse(drafts[0].eml)
    assert [a.addr_spec for a in msg["To"].addresses] == ["e1@example.com"]
    assert [a.addr_spec for a in msg["Cc"].addresses] == ["e2@example.com"]
    body = msg.get_body(("plain",)).get_content()
    assert "Dear Anna Berg" in body and "Your last mentoring meeting with Bram Claes: 18 January 2027." in body
    assert msg["X-Unsent"] == "1" and not list(msg.iter_attachments())


# -- templates ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("subject", "body", "problem"), [
    ("Hello $mentee", "Fine", "$mentee, which MentorDesk does not know"),
    ("Hello", "Dear ${mentor_nmae}", "$mentor_nmae"),
    ("Costs $5", "x", "write $$ for a dollar sign"),
    ("Hi", "Dear $", "write $$"),
    ("Two\nlines", "x", "one line"),
    ("  ", "x", "subject is empty"),
    ("Hi", "", "text is empty"),
])
def test_templates_with_wrong_placeholders_are_refused_and_nothing_is_saved(db, program_id, subject, body, problem):
    with pytest.raises(ValidationError) as info:
        texts.save_template(db, program_id, "introduction", subject, body)
    assert problem in str(info.value) and "Nothing was saved" in str(info.value)
    assert not texts.get_template(db, program_id, "introduction").customised


def test_a_program_s_own_text_is_used_and_survives_reopening(db, db_path, pair, program_id, tmp_path):
    texts.save_template(db, program_id, "introduction", "Welcome $mentee_name, price $$5",
                        "Hi $mentee_name and ${mentor_name}: $why_paired")
    _force(db, pair["mentee"], name="Bram $mentor_name")  # a name is never read as a placeholder
    db.close()
    reopened = Database.open(db_path)
    try:
        start = dt.date(2027, 3, 1)
        rel = _start(reopened, pair, start, program_id=program_id)
        msg = _parse(inv.write_introduction(reopened, rel, tmp_path, zone=AMS, today=start).eml)
        assert msg["Subject"] == "Welcome Bram $mentor_name, price $5"
        assert msg.get_body(("plain",)).get_content().startswith("Hi Bram $mentor_name and Anna Berg: - ")
        assert programs_service.get_program(reopened, program_id).match_settings["message_templates"]
        texts.reset_template(reopened, program_id, "introduction")
        assert not texts.get_template(reopened, program_id, "introduction").customised
    finally:
        reopened.close()


def test_a_damaged_stored_text_falls_back_or_renders_without_crashing(db, program_id):
    programs_service.save_match_settings(db, program_id, {"message_templates": {"introduction": "garbage",
                                                                                "reminder_meeting": {"subject": 3}}})
    assert texts.get_template(db, program_id, "introduction") == texts.get_template(db, None, "introduction")
    assert not texts.get_template(db, program_id, "reminder_meeting").customised
    subject, _ = texts.render(texts.MessageTemplate("introduction", "Hi $unknown $", "x"), {"unknown": "y"})
    assert subject == "Hi y $"


def test_every_default_text_passes_its_own_check():
    for kind, text in texts.DEFAULTS.items():
        assert texts.template_problems(text["subject"], text["body"]) == [], kind


# -- the command line, as a real process ---------------------------------------------------------

def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mentordesk", *args], capture_output=True, text=True, check=False,
                          cwd=REPO, env={**os.environ}, timeout=120)


def test_cli_invite_writes_the_draft_and_its_calendar_and_prints_the_paths(db, db_path, pair, tmp_path):
    rel = _start(db, pair, dt.date.today())
    db.close()
    out = tmp_path / "drafts"
    done = _cli("--db", str(db_path), "invite", "--relationship", rel, "--out-dir", str(out),
                "--time", "08:15", "--timezone", "America/New_York")
    assert done.returncode == 0, done.stderr
    written = [Path(line.removeprefix("Wrote ")) for line in done.stdout.splitlines()]
    assert sorted(p.suffix for p in written) == [".eml", ".ics"] and all(p.is_file() for p in written)
    eml = next(p for p in written if p.suffix == ".eml")
    part = _calendar_part(_parse(eml))
    event = _event(part.get_payload(decode=True))
    assert event["DTSTART"].params["TZID"] == "America/New_York"
    assert (event.decoded("dtstart").hour, event.decoded("dtstart").minute) == (8, 15)

    for bad, says in ((["--out-dir", str(db_path)], "company file"), (["--time", "25:00"], "not a time of day"),
                      (["--timezone", "Mars/Olympus"], "not a time zone")):
        args = ["--out-dir", str(tmp_path / "other"), *bad] if bad[0] != "--out-dir" else bad
        failed = _cli("--db", str(db_path), "invite", "--relationship", rel, *args)
        assert failed.returncode == 1 and failed.stderr.startswith("mentordesk: ") and says in failed.stderr
        assert "Traceback" not in failed.stderr
    assert not (tmp_path / "other").exists()
    missing = _cli("--db", str(db_path), "invite", "--relationship", "no-such-id", "--out-dir", str(out))
    assert missing.returncode == 1 and "no relationship" in missing.stderr


def test_cli_remind_and_message_text(db, db_path, pair, program_id, tmp_path):
    rel = _start(db, pair, dt.date.today() - dt.timedelta(days=90), program_id=program_id)
    db.close()
    body = tmp_path / "body.txt"
    body.write_text("Dear $recipient_name, please meet $other_name.", encoding="utf-8")
    saved = _cli("--db", str(db_path), "message-text", "--program", "Grow Together", "--kind", "reminder_meeting",
                 "--subject", "Meet, $recipient_name", "--body-file", str(body))
    assert saved.returncode == 0, saved.stderr
    refused = _cli("--db", str(db_path), "message-text", "--program", "Grow Together", "--kind", "reminder_meeting",
                   "--subject", "Meet $nobody")
    assert refused.returncode == 1 and "$nobody" in refused.stderr and "Nothing was saved" in refused.stderr
    done = _cli("--db", str(db_path), "remind", "--relationship", rel, "--about", "no_meeting",
                "--out-dir", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    msg = _parse(Path(done.stdout.strip().removeprefix("Wrote ")))
    assert msg["Subject"] == "Meet, Anna Berg"
    assert msg.get_body(("plain",)).get_content().strip() == "Dear Anna Berg, please meet Bram Claes."


# -- the window ----------------------------------------------------------------------------------

@pytest.fixture
def mail_program(qapp):
    """Stands in for the mail program through Qt's own URL-handler hook: openUrl on a file:
    URL is delivered here instead of launching anything; the draft on disk is real."""
    from PySide6.QtCore import QObject, QUrl, Slot
    from PySide6.QtGui import QDesktopServices

    class Recorder(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.opened: list[Path] = []

        @Slot(QUrl)
        def open(self, url: QUrl) -> None:
            self.opened.append(Path(url.toLocalFile()))

    recorder = Recorder()
    QDesktopServices.setUrlHandler("file", recorder, "open")
    yield recorder
    QDesktopServices.unsetUrlHandler("file")


@pytest.fixture(autouse=False)
def window_for(qtbot, db_path):
    """The real main window on the test's file; background work ends before the test does."""
    from ui import tasks
    from ui.app import MainWindow

    made = []

    def make():
        w = MainWindow()
        qtbot.addWidget(w)
        assert w.open_file(db_path)
        w.show()
        made.append(w)
        return w

    yield make
    assert tasks.wait_for_all(30_000), f"{tasks.running_count()} task(s) still running"


def test_prepare_introduction_button_writes_the_draft_and_opens_it(qtbot, db, pair, program_id, mail_program,
                                                                  window_for):
    from PySide6.QtCore import Qt

    rel = _start(db, pair, dt.date.today(), program_id=program_id)
    w = window_for()
    view = w.show_view("RelationshipsView")
    assert not view.intro_button.isEnabled() or view.selected() is not None
    assert view.open_relationship(rel)
    assert view.intro_button.isEnabled()
    qtbot.mouseClick(view.intro_button, Qt.LeftButton)
    assert len(mail_program.opened) == 1
    eml = mail_program.opened[0]
    assert eml.suffix == ".eml" and eml.parent == inv.drafts_folder() and eml.is_file()
    msg = _parse(eml)
    assert msg["X-Unsent"] == "1" and len(msg["To"].addresses) == 2
    assert _event(_calendar_part(msg).get_payload(decode=True))["UID"] == f"{rel}-meetings@mentordesk"
    assert str(eml) in w.statusBar().currentMessage()
    rel_service.close(db, rel, "completed")
    w.reload_all()
    assert view.open_relationship(rel) and not view.intro_button.isEnabled()  # closed: nobody to introduce


def test_attention_reminder_button_writes_the_draft_to_the_right_person(qtbot, db, pair, mail_program, window_for):
    from PySide6.QtCore import Qt

    from ui.views import attention

    assert set(attention.REMINDER_KINDS) == set(inv.REMINDER_KINDS)
    rel = _start(db, pair, dt.date.today() - dt.timedelta(days=100))
    rel_service.record_checkin(db, rel, "mentee", dt.date.today() - dt.timedelta(days=5), {"value_received": 4})
    view = window_for().show_view("AttentionView")
    kinds = {view.model.record(r).kind: r for r in range(view.model.rowCount())}
    assert {"no_meeting", "checkin_overdue"} <= set(kinds)
    expected = {"no_meeting": ("e1@example.com", "Bram Claes: none yet since your start on"),
                "checkin_overdue": ("e1@example.com", "has been due since")}
    for kind, (address, sentence) in expected.items():
        view._select_row(view.model.find_row(lambda i, k=kind: i.kind == k))
        assert view.remind_button.isEnabled()
        before = len(mail_program.opened)
        qtbot.mouseClick(view.remind_button, Qt.LeftButton)
        assert len(mail_program.opened) == before + 1
        msg = _parse(mail_program.opened[-1])
        assert [a.addr_spec for a in msg["To"].addresses] == [address]  # the mentor's check-in is the overdue one
        assert sentence in msg.get_body(("plain",)).get_content()
    other = [r for r in range(view.model.rowCount()) if view.model.record(r).kind not in inv.REMINDER_KINDS]
    for row in other:
        view._select_row(row)
        assert not view.remind_button.isEnabled()


def test_after_approval_the_matching_view_prepares_introductions_with_the_match_s_reasons(qtbot, db, mail_program):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    from tests.test_matching_service import cohort as cohort_fixture
    from ui.views.matching import MatchingView

    cohort = cohort_fixture.__wrapped__(db)
    host = QWidget()
    host.db = db
    qtbot.addWidget(host)
    view = MatchingView(host)
    view.confirm = lambda title, text: True
    view.reload()
    assert not view.intro_button.isEnabled()
    view.start_run()
    qtbot.waitUntil(lambda: view.task is None and view.run is not None, timeout=30_000)
    assert view.approve(selected_only=False) is not None
    qtbot.waitUntil(lambda: view.last_approval is not None and view.task is None, timeout=30_000)
    started = view.last_approval.started
    assert len(started) >= 2 and view.intro_button.isEnabled()
    qtbot.mouseClick(view.intro_button, Qt.LeftButton)
    assert mail_program.opened == [inv.drafts_folder()]  # many drafts: their folder is shown
    drafts = sorted(inv.drafts_folder().glob("introduction-*.eml"))
    assert len(drafts) == len(started)
    for rel_id, proposal in started:
        eml = next(p for p in drafts if rel_id[:8] in p.name)
        body = _parse(eml).get_body(("plain",)).get_content()
        reasons = inv.match_reasons(proposal.reasons)
        assert reasons and all(f"- {r}" in body for r in reasons)
    assert {p.mentee_id for _, p in started} <= set(cohort.values())


def test_the_program_s_texts_are_edited_in_the_window_and_checked_before_saving(qtbot, db, pair, program_id,
                                                                                window_for, tmp_path):
    from PySide6.QtCore import Qt

    from ui.dialogs.message_text_dialog import MessageTextDialog

    view = window_for().show_view("ProgramsView")
    view.select_program(program_id)
    assert view.texts_button.isEnabled()
    qtbot.mouseClick(view.texts_button, Qt.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, MessageTextDialog) and dialog.current_kind() == "introduction"
    assert dialog.subject.text() == texts.DEFAULTS["introduction"]["subject"]
    dialog.subject.setText("Meet $mentor_nam")
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    assert dialog.errors.isVisible() and "$mentor_nam," in dialog.errors.text()
    assert not texts.get_template(db, program_id, "introduction").customised  # nothing saved
    dialog.subject.setText("Meet $mentor_name, $$100 budget")
    assert not dialog.errors.isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findData("reminder_checkin"))  # switching keeps what was typed
    dialog.kind.setCurrentIndex(dialog.kind.findData("introduction"))
    assert dialog.subject.text() == "Meet $mentor_name, $$100 budget"
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    assert not dialog.errors.isVisible() and dialog.saved_label.text()
    start = dt.date(2027, 3, 1)
    rel = _start(db, pair, start, program_id=program_id)
    msg = _parse(inv.write_introduction(db, rel, tmp_path, zone=AMS, today=start).eml)
    assert msg["Subject"] == "Meet Anna Berg, $100 budget"
    qtbot.mouseClick(dialog.reset_button, Qt.LeftButton)
    assert dialog.subject.text() == texts.DEFAULTS["introduction"]["subject"]
    assert not texts.get_template(db, program_id, "introduction").customised
