"""Check-in forms: made as real PDFs, filled by three different writers, imported back.

The writers (tests/checkin_form_tools.py): pypdf's form filler, a hand-written incremental
update setting /V and /AS straight in the field dictionaries (how Acrobat and Preview save),
and MuPDF's `mutool` (another PDF engine; skipped where it is not installed). Every refusal
class is attacked in several forms. The command line is in test_cli_checkin_forms.py.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from mentordesk import relationships as rules
from mentordesk.demo import fill_demo
from mentordesk.io import form_seal as fs
from mentordesk.services import checkin_forms as svc
from mentordesk.services import relationships as rel_svc
from mentordesk.storage import file_meta
from mentordesk.storage.database import Database
from tests.checkin_form_tools import (
    QUESTIONS,
    active_rel,
    all_answers,
    fill_incremental,
    fill_mutool,
    fill_pypdf,
    form_checkins,
    forms_for,
    program_name,
)


@pytest.fixture
def company(demo_db):
    """The demo company (`acme.db` in this test's folder), open; closed after the test."""
    return demo_db

# -- the form itself ---------------------------------------------------------------------------

def test_form_prints_who_and_carries_sealed_hidden_fields(company, tmp_path):
    rel_id = active_rel(company)
    rel = rel_svc.get_relationship(company, rel_id).summary
    forms = forms_for(company, rel_id, tmp_path / "out")
    reader = PdfReader(forms["mentee"])
    text = reader.pages[0].extract_text()
    for printed in (rel.mentee_name, rel.mentor_name, rel.program_name, "Mentoring check-in"):
        assert printed in text
    fields = reader.get_fields()
    for key in QUESTIONS:
        assert fields[fs.SCORE_PREFIX + key]["/_States_"] == ["/1", "/2", "/3", "/4", "/5"] or \
            sorted(fields[fs.SCORE_PREFIX + key]["/_States_"]) == ["/1", "/2", "/3", "/4", "/5", "/Off"]
        assert fields[fs.SCORE_PREFIX + key].get("/V") in (None, "/Off")  # nothing pre-chosen
        assert fs.COMMENT_PREFIX + key in fields
    assert fs.F_MEETINGS in fields
    assert fields[fs.F_RELATIONSHIP]["/V"] == rel_id and fields[fs.F_ROLE]["/V"] == "mentee"
    widgets = {str(a.get_object().get("/T")): a.get_object() for a in reader.pages[0]["/Annots"]}
    for name in fs.HIDDEN_FIELDS:
        assert int(widgets[name]["/Ff"]) & 1, name     # read-only
        assert int(widgets[name]["/F"]) & 2, name      # hidden
    key = file_meta.form_key(company.conn)
    identity = fs.FormIdentity(fields[fs.F_FORM_ID]["/V"], rel_id, "mentee",
                               dt.date.fromisoformat(fields[fs.F_DUE]["/V"]), file_meta.company_id(company.conn))
    assert fs.seal_holds(key, identity, fields[fs.F_SEAL]["/V"])
    assert (os.stat(forms["mentee"]).st_mode & 0o777) == 0o600
    assert "Kozak" not in str(reader.metadata) and rel.mentee_name not in str(reader.metadata)


def test_form_renders_with_poppler(company, tmp_path):
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    forms = forms_for(company, active_rel(company), tmp_path / "out")
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(forms["mentor"]), str(tmp_path / "page")], check=True,
                   capture_output=True, timeout=60)
    png = next(tmp_path.glob("page*.png"))
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 5000


def drop_form_key(db: Database) -> None:
    """A file upgraded to schema 7 before the key was made there: it gets one lazily."""
    with db.transaction() as conn:
        conn.execute("DELETE FROM file_meta WHERE key = ?", (file_meta.FORM_KEY,))
    assert file_meta.form_key(db.conn) is None


def test_key_is_made_once_and_shared_by_copies(company, tmp_path):
    key = file_meta.form_key(company.conn)  # made with the file
    assert key and len(key) == 64
    svc.write_forms(company, tmp_path / "a", program=program_name(company))
    assert file_meta.form_key(company.conn) == key
    drop_form_key(company)
    svc.write_forms(company, tmp_path / "b", program=program_name(company))
    key = file_meta.form_key(company.conn)  # lazily, where it was missing
    assert key and len(key) == 64
    svc.write_forms(company, tmp_path / "c", program=program_name(company))
    assert file_meta.form_key(company.conn) == key
    copy = tmp_path / "branch.db"
    shutil.copyfile(company.path, copy)
    other = Database.open(copy)
    try:
        assert file_meta.form_key(other.conn) == key
    finally:
        other.close()


def test_program_forms_are_the_due_ones(company, tmp_path):
    today = dt.date.today()
    forms, _ = svc.due_forms(company, program=program_name(company), today=today)
    assert forms
    for f in forms:
        assert f.due <= today + dt.timedelta(days=svc.FORM_LEAD_DAYS)
        states = rules.overdue_checkins(
            dt.date.fromisoformat(company.query_one("SELECT start_date FROM relationships WHERE id = ?",
                                                    (f.relationship_id,))["start_date"]),
            {r["role"]: [dt.date.fromisoformat(c["date"]) for c in company.query(
                "SELECT date FROM checkins WHERE relationship_id = ? AND role = ? AND deleted_at IS NULL",
                (f.relationship_id, r["role"]))] for r in [{"role": f.role}]}, today)
        assert states[f.role].due == f.due
    made = svc.write_forms(company, tmp_path / "out", program=program_name(company), today=today)
    assert len(made.paths) == len(forms) and len({p.name for p in made.paths}) == len(forms)


# -- filled forms come back ------------------------------------------------------------------

@pytest.mark.parametrize("writer", ["pypdf", "incremental", "mutool"])
def test_filled_form_is_recorded(company, tmp_path, writer):
    if writer == "mutool" and shutil.which("mutool") is None:
        pytest.skip("mutool (mupdf-tools) is not installed")
    rel_id = active_rel(company, 1)
    forms = forms_for(company, rel_id, tmp_path / "out")
    dst = tmp_path / f"back-{writer}.pdf"
    if writer == "pypdf":
        fill_pypdf(forms["mentor"], dst, all_answers(2), "3", {"trust_respect": "Wir vertrauen uns — ça va"})
    elif writer == "incremental":
        fill_incremental(forms["mentor"], dst, all_answers(2), "3", {"trust_respect": "Wir vertrauen uns — ça va"})
    else:
        fill_mutool(forms["mentor"], dst, 2, "3", "Wir vertrauen uns — ça va")
    [outcome] = svc.import_forms(company, [dst])
    assert outcome.status == svc.IMPORTED, outcome.message
    [row] = form_checkins(company, rel_id)
    assert row["role"] == "mentor" and json.loads(row["scores"]) == all_answers(2)
    assert json.loads(row["comments"]) == {"trust_respect": "Wir vertrauen uns — ça va"}
    assert row["meetings_reported"] == 3 and row["date"] == dt.date.today().isoformat()
    assert row["form_id"] == PdfReader(forms["mentor"]).get_fields()[fs.F_FORM_ID]["/V"]
    detail = rel_svc.get_relationship(company, rel_id)
    assert any(c.id == outcome.checkin_id and c.average == 2 for c in detail.checkins)


def test_mixed_answers_and_both_roles(company, tmp_path):
    rel_id = active_rel(company, 2)
    forms = forms_for(company, rel_id, tmp_path / "out")
    mixed = {k: (i % 5) + 1 for i, k in enumerate(QUESTIONS)}
    a = fill_pypdf(forms["mentor"], tmp_path / "a.pdf", mixed, "0")
    b = fill_incremental(forms["mentee"], tmp_path / "b.pdf", all_answers(5), "12")
    outcomes = svc.import_forms(company, [a, b])
    assert [o.status for o in outcomes] == [svc.IMPORTED, svc.IMPORTED]
    rows = {r["role"]: r for r in form_checkins(company, rel_id)}
    assert json.loads(rows["mentor"]["scores"]) == mixed and rows["mentor"]["meetings_reported"] == 0
    assert json.loads(rows["mentee"]["scores"]) == all_answers(5) and rows["mentee"]["meetings_reported"] == 12


# -- twice -------------------------------------------------------------------------------------

def test_double_import_is_recognised_in_every_form(company, tmp_path):
    rel_id = active_rel(company)
    forms = forms_for(company, rel_id, tmp_path / "out")
    first = fill_pypdf(forms["mentee"], tmp_path / "first.pdf", all_answers(4), "2")
    copy = tmp_path / "renamed copy.pdf"
    shutil.copyfile(first, copy)
    outcomes = svc.import_forms(company, [first, first, copy])  # twice in one go, and a renamed copy
    assert [o.status for o in outcomes] == [svc.IMPORTED, svc.ALREADY, svc.ALREADY]
    # filled again differently on a second copy of the same form (same due check-in), another writer
    again = fill_incremental(forms["mentee"], tmp_path / "again.pdf", all_answers(1), "5")
    # and the form made a second time for the same due check-in (same id)
    remade = forms_for(company, rel_id, tmp_path / "out2")  # the mentee's next due moved on
    assert [o.status for o in svc.import_forms(company, [again])] == [svc.ALREADY]
    assert len(form_checkins(company, rel_id)) == 1
    assert PdfReader(remade["mentee"]).get_fields()[fs.F_FORM_ID]["/V"] != \
        PdfReader(forms["mentee"]).get_fields()[fs.F_FORM_ID]["/V"]  # a new check-in is due: a new form
    # HR deletes the recorded check-in: the form is still recognised, not recorded quietly again
    rel_svc.delete_checkin(company, outcomes[0].checkin_id)
    [after] = svc.import_forms(company, [first])
    assert after.status == svc.ALREADY and "deleted" in after.message
    assert form_checkins(company, rel_id) == []


def test_same_due_checkin_gives_the_same_form_id(company, tmp_path):
    rel_id = active_rel(company)
    a = forms_for(company, rel_id, tmp_path / "a")
    b = forms_for(company, rel_id, tmp_path / "b")
    for role in rules.ROLES:
        assert PdfReader(a[role]).get_fields()[fs.F_FORM_ID]["/V"] == \
            PdfReader(b[role]).get_fields()[fs.F_FORM_ID]["/V"]
    fa = fill_pypdf(a["mentor"], tmp_path / "fa.pdf", all_answers(3), "1")
    fb = fill_pypdf(b["mentor"], tmp_path / "fb.pdf", all_answers(4), "1")
    assert [o.status for o in svc.import_forms(company, [fa, fb])] == [svc.IMPORTED, svc.ALREADY]


# -- refusals ------------------------------------------------------------------------------------

def test_unfilled_and_half_filled_are_refused(company, tmp_path):
    rel_id = active_rel(company)
    forms = forms_for(company, rel_id, tmp_path / "out")
    src = forms["mentor"]
    cases = {
        "blank": src,
        "blank-resaved": fill_pypdf(src, tmp_path / "resaved.pdf", {}, ""),
        "no-meetings": fill_pypdf(src, tmp_path / "nomeet.pdf", all_answers(3), ""),
        "one-missing": fill_pypdf(src, tmp_path / "one.pdf", {k: 3 for k in QUESTIONS[1:]}, "2"),
        "comments-only": fill_incremental(src, tmp_path / "comm.pdf", {}, "", {"trust_respect": "fine"}),
        "half": fill_incremental(src, tmp_path / "half.pdf", {k: 5 for k in QUESTIONS[:4]}, "1"),
        "meetings-words": fill_pypdf(src, tmp_path / "words.pdf", all_answers(3), "two"),
        "meetings-negative": fill_pypdf(src, tmp_path / "neg.pdf", all_answers(3), "-1"),
        "score-out-of-range": fill_incremental(src, tmp_path / "range.pdf", {**all_answers(3), QUESTIONS[0]: 7}, "1"),
    }
    outcomes = svc.import_forms(company, list(cases.values()))
    for name, o in zip(cases, outcomes, strict=True):
        assert o.status == svc.INCOMPLETE, (name, o.status, o.message)
        assert "Nothing was recorded" in o.message
    msgs = dict(zip(cases, (o.message for o in outcomes), strict=True))
    assert "not filled in" in msgs["blank"] and "not filled in" in msgs["blank-resaved"]
    assert "meetings" in msgs["no-meetings"] and "questions" not in msgs["no-meetings"]
    assert "1 of 8 questions" in msgs["one-missing"] and rules.CHECKIN_QUESTIONS[QUESTIONS[0]] in msgs["one-missing"]
    assert "4 of 8 questions" in msgs["half"]
    assert "not 1 to 5" in msgs["score-out-of-range"]
    assert form_checkins(company, rel_id) == []


def test_another_companys_form_is_refused(company, tmp_path):
    other_path = tmp_path / "globex.db"
    other = Database.open(other_path)
    try:
        fill_demo(other, seed=11)
        theirs = forms_for(other, active_rel(other), tmp_path / "theirs")
    finally:
        other.close()
    filled = fill_pypdf(theirs["mentor"], tmp_path / "theirs.pdf", all_answers(4), "1")
    # a file without a key yet, then with one of its own: refused both ways
    drop_form_key(company)
    [before] = svc.import_forms(company, [filled])
    forms_for(company, active_rel(company), tmp_path / "ours")
    [after] = svc.import_forms(company, [filled])
    for o in (before, after):
        assert o.status == svc.OTHER_COMPANY and "another company" in o.message


def test_a_copy_with_its_own_key_is_told_apart_until_merged(company, tmp_path):
    from mentordesk.storage.merge import merge_other_file

    branch_path = tmp_path / "branch.db"
    shutil.copyfile(company.path, branch_path)
    branch = Database.open(branch_path)
    try:
        drop_form_key(branch)  # as if the two copies had been upgraded to schema 7 apart
        forms = forms_for(branch, active_rel(branch), tmp_path / "branch")
        branch_key = file_meta.form_key(branch.conn)
    finally:
        branch.close()
    own_key = file_meta.form_key(company.conn)
    assert branch_key != own_key
    filled = fill_pypdf(forms["mentee"], tmp_path / "b.pdf", all_answers(4), "1")
    [o] = svc.import_forms(company, [filled])
    assert o.status == svc.OTHER_COMPANY and "another copy of this company's file" in o.message
    dry = merge_other_file(company, branch_path, dry_run=True)
    assert dry.dry_run and file_meta.form_keys(company.conn) == [own_key]  # a dry run learns nothing
    merge_other_file(company, branch_path)
    assert file_meta.form_keys(company.conn) == [own_key, branch_key]
    [o] = svc.import_forms(company, [filled])
    assert o.status == svc.IMPORTED, o.message
    merge_other_file(company, branch_path)  # merged again: the key is not listed twice
    assert file_meta.form_keys(company.conn) == [own_key, branch_key]
    # the seal still binds the form to its key: a branch form edited on the way is refused
    edited = fill_incremental(forms["mentor"], tmp_path / "e.pdf", all_answers(2), "1",
                              hidden={fs.F_ROLE: "mentee"})
    assert [x.status for x in svc.import_forms(company, [edited])] == [svc.CHANGED]


def test_forms_made_in_a_copy_sharing_the_key_import_here(company, tmp_path):
    forms_for(company, active_rel(company), tmp_path / "hq")  # the key exists before the copy
    branch_path = tmp_path / "branch.db"
    shutil.copyfile(company.path, branch_path)
    branch = Database.open(branch_path)
    try:
        forms = forms_for(branch, active_rel(branch, 3), tmp_path / "branch")
    finally:
        branch.close()
    [o] = svc.import_forms(company, [fill_pypdf(forms["mentor"], tmp_path / "b.pdf", all_answers(4), "1")])
    assert o.status == svc.IMPORTED, o.message


def test_changed_hidden_data_is_refused(company, tmp_path):
    rel_id, other_rel = active_rel(company), active_rel(company, 1)
    forms = forms_for(company, rel_id, tmp_path / "out")
    fields = PdfReader(forms["mentee"]).get_fields()
    due = dt.date.fromisoformat(fields[fs.F_DUE]["/V"])
    edits = {
        "relationship": {fs.F_RELATIONSHIP: other_rel},
        "role": {fs.F_ROLE: "mentor"},
        "due": {fs.F_DUE: (due + dt.timedelta(days=30)).isoformat()},
        "due-garbage": {fs.F_DUE: "tomorrow"},
        "form-id": {fs.F_FORM_ID: "00000000-0000-0000-0000-000000000000"},
        "seal-emptied": {fs.F_SEAL: ""},
        "seal-other": {fs.F_SEAL: "0" * 64},
        "company": {fs.F_COMPANY: "f" * 32},
    }
    files = [fill_incremental(forms["mentee"], tmp_path / f"{name}.pdf", all_answers(3), "1", hidden=h)
             for name, h in edits.items()]
    # and with pypdf's filler, which also writes read-only fields when told to
    w = PdfWriter(clone_from=PdfReader(fill_pypdf(forms["mentee"], tmp_path / "p.pdf", all_answers(3), "1")))
    w.update_page_form_field_values(w.pages[0], {fs.F_RELATIONSHIP: other_rel}, auto_regenerate=True)
    w.write(tmp_path / "pypdf-edit.pdf")
    files.append(tmp_path / "pypdf-edit.pdf")
    outcomes = svc.import_forms(company, files)
    for f, o in zip(files, outcomes, strict=True):
        assert o.status == svc.CHANGED, (f.name, o.status, o.message)
    assert form_checkins(company, rel_id) == [] and form_checkins(company, other_rel) == []


def test_closed_relationship_is_refused(company, tmp_path):
    rel_id = active_rel(company)
    forms = forms_for(company, rel_id, tmp_path / "out")
    filled = fill_pypdf(forms["mentor"], tmp_path / "f.pdf", all_answers(4), "1")
    rel_svc.close(company, rel_id, "completed", reason="done")
    [o] = svc.import_forms(company, [filled])
    assert o.status == svc.CLOSED and "closed" in o.message
    assert form_checkins(company, rel_id) == []
    with pytest.raises(Exception, match="closed"):
        svc.write_forms(company, tmp_path / "again", relationship_id=rel_id)


def _plain_pdf(path: Path, with_fields: bool = False) -> Path:
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(str(path))
    c.drawString(72, 700, "Quarterly invoice")
    if with_fields:
        c.acroForm.textfield(name="invoice_no", value="42", x=72, y=600)
        c.acroForm.textfield(name=fs.SCORE_PREFIX + QUESTIONS[0], value="3", x=72, y=500)
    c.showPage()
    c.save()
    return path


def test_not_a_form_damaged_and_unreadable_files(company, tmp_path):
    forms = forms_for(company, active_rel(company), tmp_path / "out")
    good = fill_pypdf(forms["mentor"], tmp_path / "good.pdf", all_answers(3), "1")
    data = good.read_bytes()
    cases: dict[str, tuple[Path, str]] = {}

    def case(name: str, status: str, content: bytes | None = None, path: Path | None = None) -> None:
        if path is None:
            path = tmp_path / f"{name}.pdf"
            path.write_bytes(content or b"")
        cases[name] = (path, status)

    case("plain-pdf", svc.NOT_A_FORM, path=_plain_pdf(tmp_path / "plain.pdf"))
    case("other-form", svc.NOT_A_FORM, path=_plain_pdf(tmp_path / "otherform.pdf", with_fields=True))
    case("png", svc.NOT_A_FORM, b"\x89PNG\r\n\x1a\n" + os.urandom(2000))
    case("text", svc.NOT_A_FORM, b"Hallo, hier ist mein Formular")
    case("empty", svc.NOT_A_FORM, b"")
    case("truncated", svc.DAMAGED, data[: len(data) // 3])
    case("header-only", svc.DAMAGED, b"%PDF-1.4\n" + os.urandom(5000))
    case("cut-at-end", svc.DAMAGED, data[:-2000])
    flattened = PdfWriter(clone_from=PdfReader(good))
    flattened.remove_annotations(None)
    del flattened._root_object["/AcroForm"]
    flattened.write(tmp_path / "flattened.pdf")
    case("flattened", svc.NOT_A_FORM, path=tmp_path / "flattened.pdf")
    locked = PdfWriter(clone_from=PdfReader(good))
    locked.encrypt(user_password="secret", owner_password="owner")
    locked.write(tmp_path / "locked.pdf")
    case("password", svc.UNREADABLE, path=tmp_path / "locked.pdf")
    case("missing", svc.UNREADABLE, path=tmp_path / "gone.pdf")
    outcomes = svc.import_forms(company, [p for p, _ in cases.values()])
    for (name, (_, status)), o in zip(cases.items(), outcomes, strict=True):
        assert o.status == status, (name, o.status, o.message)
        assert o.message and "Traceback" not in o.message and "Nothing was recorded" in o.message
    # "cut-at-end" may still parse (pypdf repairs the xref): whichever it is, it is never a crash
    [ok] = svc.import_forms(company, [good])
    assert ok.status == svc.IMPORTED


def test_one_bad_file_never_blocks_the_others(company, tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    rels = [active_rel(company, n) for n in range(3)]
    expected = {}
    for n, rel_id in enumerate(rels):
        forms = forms_for(company, rel_id, tmp_path / f"out{n}")
        fill_pypdf(forms["mentor"], folder / f"{n}-good.pdf", all_answers(n + 2), str(n))
        expected[f"{n}-good.pdf"] = svc.IMPORTED
        (folder / f"{n}-broken.pdf").write_bytes(b"%PDF-1.7\n" + os.urandom(300))
        expected[f"{n}-broken.pdf"] = svc.DAMAGED
        shutil.copyfile(forms["mentee"], folder / f"{n}-blank.PDF")
        expected[f"{n}-blank.PDF"] = svc.INCOMPLETE
    (folder / "notes.txt").write_text("not a pdf, and not picked up from a folder")
    (folder / ".hidden.pdf").write_bytes(b"junk")
    (folder / "sub").mkdir()
    outcomes = svc.import_forms(company, [folder])
    got = {Path(o.path).name: o.status for o in outcomes}
    assert got == expected
    for n, rel_id in enumerate(rels):
        [row] = form_checkins(company, rel_id)
        assert json.loads(row["scores"]) == all_answers(n + 2)
    assert "3 recorded" in svc.summary_line(outcomes) and "3 damaged files" in svc.summary_line(outcomes)


def test_a_stop_keeps_what_was_recorded_and_names_the_rest(company, tmp_path):
    files = []
    for n in range(3):
        forms = forms_for(company, active_rel(company, n), tmp_path / f"o{n}")
        files.append(fill_pypdf(forms["mentor"], tmp_path / f"{n}.pdf", all_answers(3), "1"))
    seen = []
    outcomes = svc.import_forms(company, files, progress=lambda d, t, name: seen.append(d),
                                should_stop=lambda: len([s for s in seen if s < 3]) >= 2)
    assert [o.status for o in outcomes] == [svc.IMPORTED, svc.IMPORTED, svc.SKIPPED]
    assert company.scalar("SELECT count(*) FROM checkins WHERE form_id IS NOT NULL") == 2


def test_outputs_never_land_on_the_company_file(company, tmp_path):
    from mentordesk.storage.outputs import OutputRefused

    backups = company.path.parent / f"{company.path.name} backups"
    for bad in (company.path, backups):
        with pytest.raises(OutputRefused) as info:
            svc.write_forms(company, bad, program=program_name(company))
        assert "Nothing was written" in str(info.value) or "backups" in str(info.value)
    assert Database.open(company.path).integrity_check() == ["ok"]


def test_no_key_is_made_past_a_read_only_open(company, tmp_path):
    from mentordesk.errors import ReadOnlyError

    drop_form_key(company)
    for kwargs in ({"may_write": False}, {}):
        db = company if kwargs else Database.open(company.path, readonly=True)
        try:
            with pytest.raises(ReadOnlyError, match="open for editing"):
                svc.write_forms(db, tmp_path / "out", program=program_name(company), **kwargs)
        finally:
            if db is not company:
                db.close()
    assert file_meta.form_key(company.conn) is None
    assert list((tmp_path / "out").glob("*.pdf")) == []


def test_a_file_without_a_key_takes_the_merged_copys(company, tmp_path):
    from mentordesk.storage.merge import merge_other_file

    branch_path = tmp_path / "branch.db"
    shutil.copyfile(company.path, branch_path)
    branch = Database.open(branch_path)
    try:
        drop_form_key(branch)
        forms = forms_for(branch, active_rel(branch), tmp_path / "branch")
        branch_key = file_meta.form_key(branch.conn)
    finally:
        branch.close()
    drop_form_key(company)
    merge_other_file(company, branch_path)
    assert file_meta.form_keys(company.conn) == [branch_key]  # now its own: its forms are the branch's kind
    filled = fill_pypdf(forms["mentor"], tmp_path / "m.pdf", all_answers(5), "4")
    assert [o.status for o in svc.import_forms(company, [filled])] == [svc.IMPORTED]
    with company.transaction() as conn:  # junk in the merged list is ignored, never a crash
        file_meta.set_value(conn, file_meta.FORM_KEYS_MERGED, '["short", 7, null, {"a": 1}]')
    assert file_meta.form_keys(company.conn) == [branch_key]


def _buttons_off(group, value):
    """No button shows a choice, so only the group's (unreadable) value could give one."""
    from pypdf.generic import NameObject

    for kid in group["/Kids"]:
        kid.get_object()[NameObject("/AS")] = NameObject("/Off")
    return value


def test_hostile_field_values_and_structures(company, tmp_path):
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject, TextStringObject

    rel_id = active_rel(company)
    forms = forms_for(company, rel_id, tmp_path / "out")
    complete = fill_pypdf(forms["mentor"], tmp_path / "complete.pdf", all_answers(3), "2")

    def variant(name: str, field: str, key: str, value) -> Path:
        w = PdfWriter(clone_from=PdfReader(complete))
        fields = {str(f.get_object()["/T"]): f.get_object() for f in w._root_object["/AcroForm"]["/Fields"]}
        target = fields[field]
        target[NameObject(key)] = value(target) if callable(value) else value
        w.write(tmp_path / f"{name}.pdf")
        return tmp_path / f"{name}.pdf"

    score = fs.SCORE_PREFIX + "trust_respect"
    cases = {
        "kids-cycle": (variant("kids-cycle", score, "/Kids",
                               lambda f: ArrayObject([*f["/Kids"], f.indirect_reference])), svc.DAMAGED),
        "parent-cycle": (variant("parent-cycle", score, "/Parent", lambda f: f.indirect_reference), svc.DAMAGED),
        "marker-number": (variant("marker-number", fs.F_MARKER, "/V", NumberObject(1)), svc.NOT_A_FORM),
        "score-array": (variant("score-array", score, "/V", lambda f: _buttons_off(f, ArrayObject([NumberObject(3)]))),
                        svc.INCOMPLETE),
        "meetings-dict": (variant("meetings-dict", fs.F_MEETINGS, "/V", DictionaryObject()), svc.INCOMPLETE),
        "comment-huge": (variant("comment-huge", fs.COMMENT_PREFIX + "trust_respect", "/V",
                                 TextStringObject("x" * 5000)), svc.INCOMPLETE),
        "seal-number": (variant("seal-number", fs.F_SEAL, "/V", NumberObject(7)), svc.CHANGED),
        "comment-controls": (variant("comment-controls", fs.COMMENT_PREFIX + "trust_respect", "/V",
                                     TextStringObject("gut\x00 so\x1b[31m")), svc.IMPORTED),
    }
    outcomes = svc.import_forms(company, [p for p, _ in cases.values()])
    for (name, (_, status)), o in zip(cases.items(), outcomes, strict=True):
        assert o.status == status, (name, o.status, o.message)
    [row] = form_checkins(company, rel_id)
    comment = json.loads(row["comments"])["trust_respect"]
    assert "\x00" not in comment and "\x1b" not in comment and comment.startswith("gut")
