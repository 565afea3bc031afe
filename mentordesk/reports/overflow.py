"""The last resort against reportlab's LayoutError.

The text guard (textguard.py) keeps every cell and label far below a page,
but a report must never fail on a case nobody foresaw: a table row, a chart
or a kept-together block that still ends up taller (or wider) than a page.
Instead of raising for the whole report, the document template hands that
one flowable to `Sliced`, which scales it to the frame's width and prints it
in page-high windows, each clipped to its page.  Nothing is silently lost up
to MAX_HEIGHT; beyond that the rest is cut, with a note saying so.
"""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable, KeepTogether, SimpleDocTemplate
from reportlab.platypus.doctemplate import LayoutError

# About three and a half A4 pages: enough for anything a report legitimately
# holds, and a bound on the pages a runaway flowable can fill.
MAX_HEIGHT = 2400.0
# A window smaller than this is not worth starting at the foot of a page.
MIN_WINDOW = 48.0
CUT_NOTE = "(cut here: too long for the report; the full text is in MentorDesk)"
_NOTE_H = 12.0
_MUTED = HexColor("#5F6B7A")


class Sliced(Flowable):
    """Draw `inner` scaled to the available width, from `offset` points below
    its top, in windows no taller than the frame: a flowable that can neither
    fit nor split becomes one that always can."""

    def __init__(self, inner: Flowable, offset: float = 0.0, window: float | None = None) -> None:
        super().__init__()
        self.inner = inner
        self.offset = offset
        self.window = window  # None: everything from offset on
        self._scale = 1.0
        self._inner_h = 0.0
        self._full = 0.0
        self._cut = False

    def _measure(self, avail_w: float) -> None:
        w, self._inner_h = self.inner.wrap(avail_w, 10_000_000)
        self._scale = min(1.0, avail_w / w) if w > 0 else 1.0
        full = self._inner_h * self._scale
        self._cut = full > MAX_HEIGHT
        self._full = min(full, MAX_HEIGHT) + (_NOTE_H if self._cut else 0.0)

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        self._measure(avail_w)
        rest = max(0.0, self._full - self.offset)
        self.width = avail_w
        self.height = rest if self.window is None else min(self.window, rest)
        return self.width, self.height

    def split(self, avail_w: float, avail_h: float) -> list[Flowable]:
        self.wrap(avail_w, avail_h)
        if self.height <= avail_h:
            return [self]
        if avail_h < MIN_WINDOW:
            return []  # start on the next page instead
        return [Sliced(self.inner, self.offset, avail_h), Sliced(self.inner, self.offset + avail_h)]

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        clip = canv.beginPath()
        clip.rect(0, 0, self.width, self.height)
        canv.clipPath(clip, stroke=0, fill=0)
        # the slice shows inner's band [offset, offset + height) from its top
        top_of_inner = self.height + self.offset
        if self._cut and self.offset + self.height >= self._full - 0.5:
            canv.setFont("DejaVuSans-Oblique", 7)
            canv.setFillColor(_MUTED)
            canv.drawString(0, top_of_inner - self._full + 3, CUT_NOTE)
            band = canv.beginPath()
            band.rect(0, top_of_inner - self._full + _NOTE_H, self.width, MAX_HEIGHT)
            canv.clipPath(band, stroke=0, fill=0)
        canv.translate(0, top_of_inner)
        canv.scale(self._scale, self._scale)
        self.inner.drawOn(canv, 0, -self._inner_h)
        canv.restoreState()


class ForgivingDocTemplate(SimpleDocTemplate):
    """SimpleDocTemplate that, when one flowable cannot be laid out at all,
    lays out a sliced copy of it instead of failing the whole document."""

    _attempt: Flowable | None = None

    def handle_flowable(self, flowables: list) -> None:
        self._attempt = flowables[0] if flowables else None
        try:
            super().handle_flowable(flowables)
        except LayoutError:
            failed = self._attempt
            if failed is None:
                raise
            flowables[0:0] = _fallback(failed)

    def handle_keepWithNext(self, flowables: list) -> None:
        # reportlab may fold a heading and what follows into one block here;
        # that block is what the frame then fails to place
        super().handle_keepWithNext(flowables)
        self._attempt = flowables[0] if flowables else None


def _fallback(failed: Flowable) -> list[Flowable]:
    """A kept-together block is released into its parts (each then gets its
    own chance, and its own fallback); anything else is sliced."""
    content = getattr(failed, "_content", None)
    if isinstance(failed, KeepTogether) and content:
        return [*content]
    return [Sliced(failed)]
