"""The import's shortcuts (a clean row checked whole, a valid competency piece remembered)
must not let through anything the per-cell checks refuse."""

from __future__ import annotations

import pytest

from mentordesk.people_csv import read_people

HEADER = "employee_id,name,email,role,competencies,notes\n"


def _row(i: int, name: str = "Ann", comps: str = "Coaching:2>4; Excel:3", notes: str = "") -> str:
    return f'E{i},"{name}",p{i}@example.com,mentee,"{comps}","{notes}"\n'


@pytest.mark.parametrize("bad", ["\x1b[31m", "\u202e", "\x00", "\x7f", "\u2028"])
def test_a_control_character_after_many_clean_rows_is_still_refused(bad: str) -> None:
    text = HEADER + "".join(_row(i) for i in range(50)) + _row(99, name=f"Bo{bad}b")
    result = read_people(text.encode())
    assert not result.ok
    assert [p.line for p in result.problems] == [52]
    assert result.problems[0].column == "name"


def test_a_line_break_is_allowed_in_notes_but_not_in_a_name() -> None:
    ok = read_people((HEADER + _row(1, notes="line one\nline two")).encode())
    assert ok.ok and ok.rows[0].notes == "line one\nline two"
    bad = read_people((HEADER + _row(1, name="Ann\nBo", notes="x")).encode())
    assert not bad.ok and bad.problems[0].column == "name"


def test_a_remembered_valid_piece_listed_twice_in_a_row_is_still_reported() -> None:
    text = HEADER + _row(1, comps="Coaching:2>4") + _row(2, comps="Coaching:2>4; coaching:2>4")
    result = read_people(text.encode())
    assert [p.line for p in result.problems] == [3]
    assert "twice" in result.problems[0].message


@pytest.mark.parametrize("piece", ["Coa\x07ching:2", "Coaching:9", "Coaching:x>2", "=Coaching:2"])
def test_a_bad_piece_is_refused_every_time_it_appears(piece: str) -> None:
    text = HEADER + _row(1, comps=piece) + _row(2, comps=piece)
    result = read_people(text.encode())
    if piece.startswith("="):  # a formula-like name is a name like any other once unescaped
        assert result.ok and result.rows[1].competencies == result.rows[0].competencies
        return
    assert [p.line for p in result.problems] == [2, 3]
