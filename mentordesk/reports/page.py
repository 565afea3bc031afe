"""The house page template: page size and margins, header (logo, company, title) and
footer ('Page X of Y', report date, confidentiality) on every page, and writing the PDF
out atomically and owner-only.

Every report renders through `render`, so the frame and the file handling stay the
same for the relationship, program, batch and personal-data reports.
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from ..i18n import Translator
from . import lazy_pil
from .data import ReportOptions
from .fonts import FONT, FONT_BOLD, register_fonts
from .formats import english, report_translator
from .markup import draw_string, fit_width, runs_width, text_runs
from .overflow import ForgivingDocTemplate
from .palette import MUTED, NAVY, RULE, TEAL
from .textguard import NAME, clean

MARGIN_X = 18 * mm
MARGIN_TOP = 27 * mm
MARGIN_BOTTOM = 20 * mm


def page_size(options: ReportOptions) -> tuple[float, float]:
    return LETTER if options.page_size == "Letter" else A4


def frame_width(options: ReportOptions) -> float:
    return page_size(options)[0] - 2 * MARGIN_X


class _NumberedCanvas(Canvas):
    """'Page X of Y' needs Y before any page is final, so pages are held back
    until save() and numbered then; everything else is drawn per page."""

    def __init__(self, *args: object, tr: Translator | None = None, **kwargs: object) -> None:
        self._tr = tr or english()
        # reportlab opens every page in Helvetica, a font it never embeds: start in ours
        # so every font a report names is embedded (pdffonts shows no Helvetica).
        register_fonts()
        kwargs["initialFontName"] = kwargs.get("initialFontName") or FONT
        super().__init__(*args, **kwargs)
        self._held_pages: list[dict] = []

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        for state in self._held_pages:
            self.__dict__.update(state)
            width = self._pagesize[0]
            self.setFont(FONT, 7.5)
            self.setFillColor(MUTED)
            self.drawRightString(width - MARGIN_X, MARGIN_BOTTOM - 11 * mm,
                                   self._tr.gettext("Page %(page)s of %(total)s") % {
                                       "page": self._pageNumber, "total": total})
            super().showPage()
        super().save()


def _logo_image(data: bytes | None, path: Path | str | None) -> object | None:
    """What `drawImage` takes for the logo: the file's own image, else a path that exists."""
    if data or path:
        lazy_pil.load()  # reportlab reads either through Pillow, deferred until now
    if data:
        from reportlab.lib.utils import ImageReader

        return ImageReader(io.BytesIO(data))
    if path and Path(path).is_file():
        return str(path)
    return None


def header_name(options: ReportOptions, fallback_name: str = "") -> str:
    """Top-left of every page: the company, else the program, else the app --
    never blank, in every report."""
    for name in (options.company_name, fallback_name):
        if name and str(name).strip():
            return str(name).strip()
    return "MentorDesk"


class PageDecorator:
    """Header and footer, drawn by onFirstPage/onLaterPages."""

    def __init__(self, options: ReportOptions, title: str, fallback_name: str = "") -> None:
        self.options = options
        self.tr = report_translator(options)
        self.title = title
        self.name = header_name(options, fallback_name)

    def __call__(self, canvas: Canvas, doc: SimpleDocTemplate) -> None:
        width, height = doc.pagesize
        canvas.saveState()
        top = height - 12 * mm
        x = MARGIN_X
        logo = self.options.logo_path
        try:  # a broken logo (or a path too long to exist) must not cost HR the whole report
            image = _logo_image(self.options.logo_data, logo)
            if image is not None:
                canvas.drawImage(
                    image, x, top - 8 * mm, width=24 * mm, height=10 * mm,
                    preserveAspectRatio=True, anchor="sw", mask="auto",
                )
                x += 27 * mm
        except Exception:  # noqa: BLE001, S110 -- printed without it instead
            pass
        canvas.setFillColor(NAVY)
        room = width - MARGIN_X - x - runs_width(text_runs(self.title), 8.5) - 8 * mm
        draw_string(canvas, x, top - 4 * mm, fit_width(self.name, FONT_BOLD, 10.5, room), FONT_BOLD, 10.5)
        canvas.setFillColor(MUTED)
        draw_string(canvas, width - MARGIN_X, top - 4 * mm, self.title, FONT, 8.5, align="right")
        canvas.setStrokeColor(TEAL)
        canvas.setLineWidth(1.2)
        canvas.line(MARGIN_X, top - 10 * mm, width - MARGIN_X, top - 10 * mm)

        fy = MARGIN_BOTTOM - 7 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, fy, width - MARGIN_X, fy)
        canvas.setFillColor(MUTED)
        canvas.setFont(FONT, 7.5)
        footer = self.tr.gettext("Report date %(date)s  ·  Confidential: contains personal data") % {
            "date": self.tr.date(self.options.generated_on)}
        draw_string(canvas, MARGIN_X, fy - 4 * mm, fit_width(footer, FONT, 7.5, width * 0.7), FONT, 7.5)
        canvas.restoreState()


def render(
    story: Sequence[Flowable],
    options: ReportOptions,
    title: str,
    out: str | Path | BinaryIO,
    subject: str = "",
    fallback_name: str = "",
) -> None:
    """Lay out a story with the house page template and write it out.

    Paths are written via a temp file and rename so a crash or a cancel
    never leaves half a PDF, and created owner-only since reports hold
    personal data.
    """
    register_fonts()
    buf = io.BytesIO()
    decorate = PageDecorator(options, title, fallback_name)  # `title` comes translated
    # one flowable that cannot be laid out is sliced over pages, never the end of the report
    doc = ForgivingDocTemplate(
        buf,
        pagesize=page_size(options),
        # the frame pads by 6 pt; this lines content up with header and footer
        leftMargin=MARGIN_X - 6,
        rightMargin=MARGIN_X - 6,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{title}: {subject}" if subject else title,
        author=clean(options.company_name, NAME) or "MentorDesk",
        subject=subject,
        creator="MentorDesk",
    )
    doc.build(list(story), onFirstPage=decorate, onLaterPages=decorate,
              canvasmaker=partial(_NumberedCanvas, tr=decorate.tr))
    data = buf.getvalue()
    if isinstance(out, (str, os.PathLike)):
        write_private(Path(out), data)
    else:
        out.write(data)


def write_private(path: Path, data: bytes) -> None:
    """Atomically replace `path` with `data`, readable by the owner only.

    Through `storage.outputs`, so even a caller that does not know the open file
    never writes a report over a database or SQLite's journal beside one.
    """
    from ..storage.outputs import write_bytes

    write_bytes(Path(path), data)
