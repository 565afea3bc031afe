"""The reports' colours: one palette for every chart, table and page header."""

from __future__ import annotations

from reportlab.lib import colors

NAVY = colors.HexColor("#1F3A5F")
TEAL = colors.HexColor("#2A7F8F")
TEAL_LIGHT = colors.HexColor("#9CCFD6")
AMBER = colors.HexColor("#E0A82E")
CORAL = colors.HexColor("#C8553D")
PLUM = colors.HexColor("#6D597A")
INK = colors.HexColor("#222831")
MUTED = colors.HexColor("#5F6B7A")
RULE = colors.HexColor("#C9D1DB")
TINT = colors.HexColor("#F1F4F8")
WHITE = colors.white

SERIES = (NAVY, AMBER, TEAL, CORAL, PLUM, colors.HexColor("#7A9E3B"))
