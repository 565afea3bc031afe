"""Shared tools for the check-in form tests: forms for a relationship of the demo company (the
`demo_db` fixture), and the three writers that fill a form the way different programs do.

- `fill_pypdf`: pypdf's form filler (rewrites the whole file);
- `fill_incremental`: /V and /AS set straight in the field dictionaries with pypdf's generic
  objects, appended by hand as a new revision (original bytes + objects + xref + trailer /Prev),
  which is how Acrobat and Preview save a filled form;
- `fill_mutool`: MuPDF (`mutool run`), another PDF engine altogether, clicking the buttons.
"""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, TextStringObject

from mentordesk import relationships as rules
from mentordesk.io import form_seal as fs
from mentordesk.services import checkin_forms as svc
from mentordesk.services import relationships as rel_svc
from mentordesk.storage.database import Database

ROOT = Path(__file__).resolve().parents[1]
QUESTIONS = list(rules.CHECKIN_QUESTIONS)


# -- fixtures and the three writers ----------------------------------------------------------

def program_name(db: Database) -> str:
    return db.query("SELECT name FROM programs WHERE deleted_at IS NULL ORDER BY name")[0]["name"]


def active_rel(db: Database, n: int = 0) -> str:
    return [r.id for r in rel_svc.list_relationships(db, status="active")][n]


def forms_for(db: Database, rel_id: str, out: Path) -> dict[str, Path]:
    made = svc.write_forms(db, out, relationship_id=rel_id)
    by_role = {}
    for p in made.paths:
        fields = PdfReader(p).get_fields()
        by_role[fields[fs.F_ROLE]["/V"]] = p
    assert set(by_role) == set(rules.ROLES)
    return by_role


def fill_pypdf(src: Path, dst: Path, scores: dict[str, int | str], meetings: str = "", comments=None) -> Path:
    writer = PdfWriter(clone_from=PdfReader(src))
    values = {f"{fs.SCORE_PREFIX}{k}": f"/{v}" for k, v in scores.items()}
    values.update({f"{fs.COMMENT_PREFIX}{k}": v for k, v in (comments or {}).items()})
    if meetings:
        values[fs.F_MEETINGS] = meetings
    writer.update_page_form_field_values(writer.pages[0], values, auto_regenerate=True)
    writer.write(dst)
    return dst


def _serialise(obj) -> bytes:
    buf = io.BytesIO()
    obj.write_to_stream(buf)
    return buf.getvalue()


def fill_incremental(src: Path, dst: Path, scores: dict[str, int], meetings: str = "", comments=None,
                     hidden: dict[str, str] | None = None) -> Path:
    """Append a revision by hand: the changed field objects, an xref section and a trailer with /Prev."""
    original = src.read_bytes()
    reader = PdfReader(io.BytesIO(original))
    fields = {}
    for ref in reader.trailer["/Root"]["/AcroForm"]["/Fields"]:
        fields[str(ref.get_object()["/T"])] = ref
    changed = {}

    def change(name: str, key: str, value) -> None:
        ref = fields[name]
        obj = ref.get_object()
        obj[NameObject(key)] = value
        changed[ref.idnum] = obj

    for k, v in scores.items():
        change(fs.SCORE_PREFIX + k, "/V", NameObject(f"/{v}"))
        for kid in fields[fs.SCORE_PREFIX + k].get_object()["/Kids"]:
            widget = kid.get_object()
            states = [s for s in widget["/AP"]["/N"] if s != "/Off"]
            widget[NameObject("/AS")] = NameObject(f"/{v}" if states == [f"/{v}"] else "/Off")
            changed[kid.idnum] = widget
    for k, v in (comments or {}).items():
        change(fs.COMMENT_PREFIX + k, "/V", TextStringObject(v))
    if meetings:
        change(fs.F_MEETINGS, "/V", TextStringObject(meetings))
    for name, v in (hidden or {}).items():
        change(name, "/V", TextStringObject(v))
    out = bytearray(original if original.endswith(b"\n") else original + b"\n")
    offsets = {}
    for num in sorted(changed):
        offsets[num] = len(out)
        out += f"{num} 0 obj\n".encode() + _serialise(changed[num]) + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n"
    for num in sorted(offsets):
        out += f"{num} 1\n{offsets[num]:010d} 00000 n \n".encode()
    prev = int(re.findall(rb"startxref\s+(\d+)", original)[-1])
    root = reader.trailer.raw_get("/Root")
    out += (f"trailer\n<< /Size {reader.trailer['/Size']} /Root {root.idnum} 0 R /Prev {prev} >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    dst.write_bytes(bytes(out))
    return dst


MUTOOL_FILL = r"""
var doc = new PDFDocument(scriptArgs[0]);
var ws = doc.loadPage(0).getWidgets();
var score = parseInt(scriptArgs[2], 10), groups = {};
for (var i = 0; i < ws.length; i++) {
  var w = ws[i], label = w.getLabel() || "";
  if (w.getFieldType() == "radiobutton") groups[label] = (groups[label] || []).concat([w]);
  var text = w.getFieldType() == "text";
  if (text && label.indexOf("Number of meetings") == 0) { w.setTextValue(scriptArgs[3]); w.update(); }
  else if (text && label.indexOf("Comment on: Trust") == 0) { w.setTextValue(scriptArgs[4]); w.update(); }
}
for (var g in groups) {
  var kids = groups[g].sort(function (a, b) { return a.getRect()[0] - b.getRect()[0]; });
  kids[score - 1].toggle(); kids[score - 1].update();
}
doc.save(scriptArgs[1], "incremental");
"""


def fill_mutool(src: Path, dst: Path, score: int, meetings: str, comment: str) -> Path:
    """Click the SCORE-th button of every question, as a person would, with MuPDF; save incrementally."""
    script = dst.with_suffix(".js")
    script.write_text(MUTOOL_FILL)
    subprocess.run(["mutool", "run", str(script), str(src), str(dst), str(score), meetings, comment],
                   check=True, capture_output=True, timeout=60)
    return dst


def all_answers(score: int) -> dict[str, int]:
    return {k: score for k in QUESTIONS}


def form_checkins(db: Database, rel_id: str) -> list[dict]:
    return db.query("SELECT role, date, scores, comments, form_id, meetings_reported FROM checkins "
                    "WHERE relationship_id = ? AND deleted_at IS NULL AND form_id IS NOT NULL", (rel_id,))


