"""A check-in as a fillable PDF form (AcroForm) that a mentor or mentee fills and e-mails back.

Why a form and not a web survey: MentorDesk has no server. Every laptop opens PDF
forms (Adobe Reader, the browsers' viewers, macOS Preview), fills them and saves
the answers inside the file, so the returned PDF *is* the answer.

The page prints who it is for, their partner, the program and the due date; per
question a 1–5 radio group (a question left unanswered stays unanswered rather
than defaulting to a score) and a comment line; and "meetings since the last
check-in". Hidden, read-only fields carry the sealed identity (`form_seal`) that
the import checks. Field names are in `form_seal`, shared with `form_import`.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from ..i18n import current
from ..i18n import gettext as _
from ..reports.styles import (
    FONT,
    FONT_BOLD,
    draw_string,
    fit_width,
    fmt_date,
    register_fonts,
)
from . import form_seal as fs

SCALE = range(1, 6)
MAX_COMMENT_CHARS = 1000  # what the viewer lets people type; the import allows a margin for other tools
_LEFT, _RIGHT = 50.0, A4[0] - 50.0
_RADIO_X = 355.0   # first radio button
_RADIO_STEP = 34.0
_ROW = 54.0        # one question: its text, the five buttons, the comment line
_INK = colors.HexColor("#1F3A5F")
_GREY = colors.HexColor("#555555")
_FIELD_BORDER = colors.HexColor("#7A8CA3")
_FIELD_FILL = colors.HexColor("#F3F6FA")


@dataclass(frozen=True)
class FormContent:
    """Everything printed on or embedded in one form."""

    identity: fs.FormIdentity
    key_id: str
    seal: str
    person_name: str
    partner_name: str
    program_name: str
    #: question sections in print order: (heading, {question key: question text})
    sections: tuple[tuple[str, Mapping[str, str]], ...]


def form_pdf(content: FormContent) -> bytes:
    """The form as PDF bytes (one A4 page)."""
    register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, pageCompression=1)
    canvas.setTitle(_("Mentoring check-in form"))  # the user's language (the import reads fields, not words)
    canvas.setAuthor("MentorDesk")  # no names in the metadata: only on the page itself
    canvas.setCreator("MentorDesk")
    y = _header(canvas, content)
    for heading, questions in content.sections:
        y = _section(canvas, y, heading, questions)
    _meetings(canvas, y - 6)
    _footer(canvas, content)
    _hidden(canvas, content)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _header(canvas: Canvas, c: FormContent) -> float:
    canvas.setFillColor(_INK)
    canvas.setFont(FONT_BOLD, 18)
    canvas.drawString(_LEFT, 790, _("Mentoring check-in"))
    if c.identity.role == "mentor":
        person, partner = _("For (mentor)"), _("Your mentee")
    else:
        person, partner = _("For (mentee)"), _("Your mentor")
    rows = ((_("Program"), c.program_name or "–"), (person, c.person_name),
            (partner, c.partner_name), (_("Check-in due"), fmt_date(c.identity.due, current())))
    y = 766.0
    for label, value in rows:
        canvas.setFillColor(_GREY)
        canvas.setFont(FONT, 9.5)
        canvas.drawString(_LEFT, y, label)
        canvas.setFillColor(colors.black)
        draw_string(canvas, _LEFT + 95, y, fit_width(value, FONT_BOLD, 10.5, _RIGHT - _LEFT - 95),
                    font=FONT_BOLD, size=10.5)
        y -= 15
    canvas.setFillColor(_GREY)
    canvas.setFont(FONT, 8.5)
    for line in (_("Choose one answer per question: 1 = not at all, 5 = fully. Comments are optional."),
                 _("Then save this PDF (keep it a form: do not print it to PDF) and e-mail it back to HR.")):
        y -= 3
        canvas.drawString(_LEFT, y, line)
        y -= 10
    return y - 14


def _section(canvas: Canvas, y: float, heading: str, questions: Mapping[str, str]) -> float:
    canvas.setFillColor(_INK)
    canvas.setFont(FONT_BOLD, 11.5)
    canvas.drawString(_LEFT, y, heading)
    canvas.setFillColor(_GREY)
    canvas.setFont(FONT, 8)
    for n in SCALE:
        canvas.drawCentredString(_RADIO_X + (n - 1) * _RADIO_STEP + 6.5, y, str(n))
    canvas.setStrokeColor(_INK)
    canvas.setLineWidth(0.6)
    canvas.line(_LEFT, y - 5, _RIGHT, y - 5)
    y -= 22
    for key, text in questions.items():
        _question(canvas, y, key, text)
        y -= _ROW
    return y - 4


def _question(canvas: Canvas, y: float, key: str, text: str) -> None:
    canvas.setFillColor(colors.black)
    draw_string(canvas, _LEFT, y, fit_width(text, FONT, 9.5, _RADIO_X - _LEFT - 12), size=9.5)
    form = canvas.acroForm
    for n in SCALE:
        form.radio(name=f"{fs.SCORE_PREFIX}{key}", value=str(n), selected=False,
                   x=_RADIO_X + (n - 1) * _RADIO_STEP, y=y - 3, size=13, buttonStyle="circle",
                   borderColor=_FIELD_BORDER, fillColor=colors.white, textColor=_INK,
                   fieldFlags="radio", tooltip=text)  # one tooltip per group: viewers show the parent's
    canvas.setFillColor(_GREY)
    canvas.setFont(FONT, 7.5)
    canvas.drawString(_LEFT, y - 17, _("Comment"))
    form.textfield(name=f"{fs.COMMENT_PREFIX}{key}", value="", x=_LEFT + 40, y=y - 27, width=_RIGHT - _LEFT - 40,
                   height=18, fontName="Helvetica", fontSize=9, borderColor=_FIELD_BORDER,
                   fillColor=_FIELD_FILL, fieldFlags="multiline",
                   maxlen=MAX_COMMENT_CHARS, tooltip=_("Comment on: %(question)s") % {"question": text})


def _meetings(canvas: Canvas, y: float) -> None:
    canvas.setFillColor(colors.black)
    canvas.setFont(FONT_BOLD, 10)
    text = _("How many times have you met since your last check-in?")
    canvas.drawString(_LEFT, y, text)
    x = _LEFT + pdfmetrics.stringWidth(text, FONT_BOLD, 10) + 10
    canvas.acroForm.textfield(name=fs.F_MEETINGS, value="", x=x, y=y - 5, width=40, height=18,
                              fontName="Helvetica", fontSize=10, borderColor=_FIELD_BORDER,
                              fillColor=_FIELD_FILL, maxlen=3,
                              tooltip=_("Number of meetings since your last check-in (0 if none)"))
    canvas.setFillColor(_GREY)
    canvas.setFont(FONT, 8)
    canvas.drawString(x + 46, y, _("0 if none"))


def _footer(canvas: Canvas, c: FormContent) -> None:
    canvas.setFillColor(_GREY)
    canvas.setFont(FONT, 7)
    canvas.drawString(_LEFT, 36, _("MentorDesk check-in form %(id)s. Please return this file itself, not a "
                                   "printout or a scan.") % {"id": c.identity.form_id[:8]})


def _hidden(canvas: Canvas, c: FormContent) -> None:
    """Read-only and hidden: a viewer neither shows nor lets anyone type in them (the seal still
    catches an edit made with other tools)."""
    values = {
        fs.F_MARKER: fs.MARKER, fs.F_VERSION: fs.VERSION, fs.F_FORM_ID: c.identity.form_id,
        fs.F_RELATIONSHIP: c.identity.relationship_id, fs.F_ROLE: c.identity.role,
        fs.F_DUE: c.identity.due.isoformat(), fs.F_COMPANY: c.identity.company_id,
        fs.F_KEY_ID: c.key_id, fs.F_SEAL: c.seal,
    }
    for name, value in values.items():
        canvas.acroForm.textfield(name=name, value=value, x=0, y=0, width=1, height=1, borderWidth=0,
                                  fieldFlags="readOnly", annotationFlags="hidden", maxlen=len(value) + 1)
