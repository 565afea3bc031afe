"""Issue 15: the charts draw straight on the canvas (`chart_parts.Chart`) instead of through
reportlab.graphics shape trees, and must look exactly as renderPDF drew them.

Each chart's recorded steps are also translated into the reportlab.graphics shapes the
charts used to build (the reference), both are drawn on real PDF pages, read back with
pypdf and rasterised with pdftoppm, and compared pixel by pixel.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from mentordesk.reports import CheckIn, CompetencyGrowth, charts
from mentordesk.reports.chart_parts import Chart
from mentordesk.reports.data import sample_relationship
from mentordesk.reports.formats import report_translator
from mentordesk.reports.rtl import visual_order
from mentordesk.reports.styles import CJK_FONT, FONT, FONT_BOLD, register_fonts

ROOT = Path(__file__).resolve().parents[1]
needs_poppler = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is missing")


def _charts(language: str = "en") -> dict[str, Chart]:
    """Every chart kind, with the hard cases: a decline, mixed scripts, right-to-left
    names, unknown check-in sides, striped outcomes, an empty chart."""
    from mentordesk.reports import ReportOptions

    tr = report_translator(ReportOptions("Acme", date(2025, 6, 1), language=language))
    data = sample_relationship(mentor="שרה כהן", mentee="王小明")
    odd = [CheckIn(date(2024, 2, 1) + timedelta(days=17 * i), who, {"Q": 1 + (i * 3) % 5})
           for i in range(9) for who in ("mentor", "mentee", "coach", "buddy")]
    comps = [CompetencyGrowth("Führung 领导 مهارة قيادية", 4, 2, 5), CompetencyGrowth("Feedback", 1, 4.5, 4)]
    return {
        "timeline": charts.stage_timeline(3, data.stage_started, 480, tr=tr),
        "progress": charts.progress_bar(62, 120, tr=tr),
        "progress-achieved": charts.progress_bar(100, 120, achieved=True, tr=tr),
        "meetings": charts.meetings_per_month(list(data.meetings), 480, tr=tr),
        "no-meetings": charts.meetings_per_month([], 480, tr=tr),
        "competencies": charts.competency_chart(comps, 480, tr=tr),
        "checkins": charts.checkin_chart(list(data.checkins), 260, tr=tr),
        "checkins-odd-sides": charts.checkin_chart(odd, 480, tr=tr),
        "scores": charts.score_bars({"Wert für mich": 3.8, "שאלה": 4.4}, 480, tr=tr, answers={"שאלה": 5}),
        "status": charts.status_bar(5, 3, 2, 480, tr=tr),
    }


def _reference(chart: Chart):
    """The same steps as a reportlab.graphics Drawing: what the charts built before."""
    from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String

    d = Drawing(chart.width, chart.height)
    for kind, shape, fill, stroke, width, dash in chart._steps:
        look = {"strokeColor": stroke, "strokeWidth": width, "strokeDashArray": list(dash) if dash else None}
        if kind == "text":
            d.add(String(shape.x, shape.y, shape.text, fontName=shape.fontName, fontSize=shape.fontSize,
                         fillColor=fill))
        elif kind == "line":
            d.add(Line(*shape, **look))
        elif kind == "rect":
            x, y, w, h, r = shape
            d.add(Rect(x, y, w, h, rx=r, ry=r, fillColor=fill, **look))
        elif kind == "circle":
            d.add(Circle(*shape, fillColor=fill, **look))
        elif shape[1]:
            d.add(Polygon(list(shape[0]), fillColor=fill, **look))
        else:
            d.add(PolyLine(list(shape[0]), **look))
    return d


def _page(flowables: list, tmp: Path, name: str) -> Path:
    """One flowable per page, drawn after the canvas was left red, thick and dashed: a chart
    must set everything it uses itself (a table cell's background leaves its colour behind)."""
    from reportlab.lib import colors
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    pdf = tmp / f"{name}.pdf"
    canvas = Canvas(str(pdf), pagesize=(520, 320), initialFontName=FONT)
    for f in flowables:
        canvas.setFillColor(colors.red)
        canvas.setStrokeColor(colors.red)
        canvas.setLineWidth(9)
        canvas.setDash([5, 5])
        canvas.setFont(FONT_BOLD, 30)
        f.wrapOn(canvas, 500, 300)
        f.drawOn(canvas, 10, 300 - f.height)
        canvas.showPage()
    canvas.save()
    return pdf


def _raster(pdf: Path, tmp: Path) -> list[bytes]:
    prefix = tmp / pdf.stem
    subprocess.run(["pdftoppm", "-r", "144", "-gray", str(pdf), str(prefix)], check=True,
                   env={**os.environ, "LC_ALL": "C"})
    return [p.read_bytes() for p in sorted(tmp.glob(f"{pdf.stem}-*.pgm"))]


@needs_poppler
@pytest.mark.parametrize("language", ["en", "de", "pl"])
def test_every_chart_looks_exactly_as_its_shape_tree_did(tmp_path: Path, language: str) -> None:
    made = _charts(language)
    ours = _page(list(made.values()), tmp_path, "canvas")
    reference = _page([_reference(c) for c in made.values()], tmp_path, "graphics")
    text_ours = [p.extract_text() for p in PdfReader(ours).pages]
    assert text_ours == [p.extract_text() for p in PdfReader(reference).pages]
    pages_ours, pages_ref = _raster(ours, tmp_path), _raster(reference, tmp_path)
    assert len(pages_ours) == len(made) == len(pages_ref)
    for name, a, b in zip(made, pages_ours, pages_ref, strict=True):
        assert a == b, f"the {name} chart is drawn differently"
        assert min(a.split(b"\n", 3)[3]) < 128, name  # something dark was drawn at all


def test_labels_mixing_scripts_are_drawn_end_to_end_in_their_fonts() -> None:
    """A label mixing Latin, CJK and Arabic is one run per font, laid end to end and
    anchored as a whole; the Arabic reads right to left (visual order)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    register_fonts()
    label = "Team 领导 قيادة"
    for anchor in ("start", "middle", "end"):
        chart = Chart(300, 20)
        chart.text(150, 5, label, 8, FONT, anchor=anchor)
        runs = chart.strings()
        assert [r.fontName for r in runs] == [FONT, CJK_FONT, FONT], anchor
        widths = [stringWidth(r.text, r.fontName, r.fontSize) for r in runs]
        for a, b, w in zip(runs, runs[1:], widths, strict=False):
            assert b.x == pytest.approx(a.x + w)
        total = sum(widths)
        start = {"start": 150, "middle": 150 - total / 2, "end": 150 - total}[anchor]
        assert runs[0].x == pytest.approx(start)
        assert "".join(r.text for r in runs) == visual_order(label) != label


@needs_poppler
def test_a_chart_in_a_report_prints_its_labels(tmp_path: Path) -> None:
    """The charts reach the page through the report's own render path (a table cell too)."""
    from mentordesk.reports import ReportOptions
    from mentordesk.reports.styles import render

    made = _charts()
    buf = io.BytesIO()
    render(list(made.values()), ReportOptions("Acme", date(2025, 6, 1)), "Charts", buf)
    text = "".join(p.extract_text() for p in PdfReader(buf).pages).replace(" ", "").replace("\n", "")
    for name, chart in made.items():
        for label in chart.strings():
            drawn = label.text.replace(" ", "")
            assert drawn in text or drawn[::-1] in text, (name, label.text)  # pypdf reads RTL back in reverse


@pytest.mark.parametrize("order", ["graphics first", "fonts first"])
def test_reportlab_graphics_still_defaults_to_the_embedded_font(tmp_path: Path, order: str) -> None:
    """Nothing in the reports imports reportlab.graphics any more; code that still draws
    with it (in whichever order it is imported) gets DejaVu, never the unembedded Helvetica."""
    imports = ["from reportlab.graphics.shapes import String", "from mentordesk.reports.fonts import register_fonts"]
    if order == "fonts first":
        imports.reverse()
    code = "\n".join([*imports, "register_fonts()", "print(String(0, 0, 'x').fontName)"])
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path,
                          env={**os.environ, "PYTHONPATH": str(ROOT), "MENTORDESK_CACHE_DIR": str(tmp_path)})
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == FONT
