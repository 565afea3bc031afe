"""The six parts of a pair's score, each a fraction of its weight and a sentence for HR.

Split from `matching/scoring.py`, which adds the parts up, rescales them and
applies the hard rules: here is only what each part rewards and how it is
said. `matching/fast.py` mirrors this arithmetic operation by operation for
whole cohorts (tests/test_fast_scoring.py holds the two equal), so a change
here must be made there too.

Each part returns ``(fraction, label, detail)`` with the fraction in ``[0, 1]``.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from typing import TYPE_CHECKING

from ..i18n import gettext as _
from ..i18n import ngettext

if TYPE_CHECKING:
    from .scoring import Candidate

#: Seniority difference (years) that earns full seniority points.
SENIORITY_FULL_YEARS = 5.0
#: Share of the department weight earned by a same-department pair when HR
#: did not ask for cross-department pairs: a small nudge, not a rule.
SAME_DEPARTMENT_SHARE = 0.4
#: Share of the mutual weight earned when only one side asked for the other.
MENTEE_ONLY_SHARE = 0.6
MENTOR_ONLY_SHARE = 0.4
#: Seniority share used when a hire date is missing, so missing data is
#: neither rewarded nor punished.
UNKNOWN_SENIORITY_SHARE = 0.5


def years(hire: date | None, today: date) -> float | None:
    if hire is None:
        return None
    return (today - hire).days / 365.25


def join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return _("%(items)s and %(last)s") % {"items": ", ".join(items[:-1]), "last": items[-1]}



def gap_part(mentee: Candidate, mentor: Candidate) -> tuple[float, str, str]:
    gaps = mentee.gaps()
    if not gaps:
        return 0.0, _("No development gaps recorded"), (
            _("%(name)s has no competency below target, so skills do not separate mentors.") % {"name": mentee.name}
        )
    full: list[str] = []
    partial: list[str] = []
    missing: list[str] = []
    credit = 0.0
    for comp in sorted(gaps):
        current, target = gaps[comp]
        level = mentor.levels.get(comp, 0)
        if level >= target:
            credit += 1.0
            full.append(_("%(competency)s (mentor %(level)s, needs %(target)s)")
                        % {"competency": comp, "level": level, "target": target})
        elif level > current:
            credit += (level - current) / (target - current)
            partial.append(_("%(competency)s (mentor %(level)s, has %(current)s, needs %(target)s)")
                           % {"competency": comp, "level": level, "current": current, "target": target})
        else:
            missing.append(_("%(competency)s (mentor %(level)s, needs %(target)s)")
                           % {"competency": comp, "level": level, "target": target})
    parts: list[str] = []
    if full:
        parts.append(join(full))
    if partial:
        parts.append(_("partly covers %(list)s") % {"list": join(partial)})
    if missing:
        parts.append(_("does not cover %(list)s") % {"list": join(missing)})
    label = ngettext("Covers %(covered)s of %(count)s gap", "Covers %(covered)s of %(count)s gaps", len(gaps)) % {
        "covered": len(full), "count": len(gaps)}
    detail = f"{label}: " + "; ".join(parts)
    return credit / len(gaps), label, detail + "."


def branch_part(
    mentee: Candidate, mentor: Candidate, preference: str
) -> tuple[float, str, str]:
    same = bool(mentee.branch) and mentee.branch == mentor.branch
    if preference == "same":
        if same:
            return 1.0, _("Same branch"), _("Both work at %(branch)s, so meeting in person is easy.") % {
                "branch": mentee.branch}
        return 0.0, _("Different branch"), (
            _("%(mentee)s is at %(mentee_branch)s, %(mentor)s at %(mentor_branch)s; the program prefers the same "
              "branch.") % {"mentee": mentee.name, "mentee_branch": mentee.branch or _("an unknown branch"),
                            "mentor": mentor.name, "mentor_branch": mentor.branch or _("an unknown branch")})
    # preference == "different"
    if same:
        return 0.0, _("Same branch"), (
            _("Both work at %(branch)s; the program prefers pairs across branches.") % {"branch": mentee.branch})
    return 1.0, _("Different branch"), (
        _("%(mentee)s (%(mentee_branch)s) and %(mentor)s (%(mentor_branch)s) work at different branches, as the "
          "program prefers.") % {"mentee": mentee.name, "mentee_branch": mentee.branch or _("unknown"),
                                 "mentor": mentor.name, "mentor_branch": mentor.branch or _("unknown")})


def department_part(
    mentee: Candidate, mentor: Candidate, prefer_cross: bool
) -> tuple[float, str, str]:
    same = bool(mentee.department) and mentee.department == mentor.department
    if prefer_cross:
        if same:
            return 0.0, _("Same department"), (
                _("Both are in %(department)s; the program prefers other departments.")
                % {"department": mentee.department})
        return 1.0, _("Cross-department"), (
            _("%(mentee)s (%(mentee_department)s) would learn from %(mentor_department)s, as the program prefers.")
            % {"mentee": mentee.name, "mentee_department": mentee.department or _("unknown"),
               "mentor_department": mentor.department or _("another department")})
    if same:
        return SAME_DEPARTMENT_SHARE, _("Same department"), (
            _("Both are in %(department)s: shared context, a small bonus.") % {"department": mentee.department})
    return 0.0, _("Different department"), (
        _("%(mentee)s and %(mentor)s are in different departments (no bonus, no penalty).")
        % {"mentee": mentee.name, "mentor": mentor.name})


def language_part(mentee: Candidate, mentor: Candidate) -> tuple[float, str, str]:
    shared = sorted(mentee.languages & mentor.languages)
    if shared:
        return 1.0, _("Shared language"), _("Both speak %(languages)s.") % {"languages": join(shared)}
    who = mentee.name if not mentee.languages else mentor.name
    return 0.0, _("Language unknown"), (
        _("No language is recorded for %(name)s, so a common language is not confirmed.") % {"name": who})


def mutual_part(
    mentee: Candidate,
    mentor: Candidate,
    mentee_prefers: Collection[str],
    mentor_prefers: Collection[str],
) -> tuple[float, str, str]:
    a = mentor.person_id in mentee_prefers
    b = mentee.person_id in mentor_prefers
    names = {"mentee": mentee.name, "mentor": mentor.name}
    if a and b:
        return 1.0, _("Mutual wish"), _("%(mentee)s asked for %(mentor)s and %(mentor)s asked for %(mentee)s.") % names
    if a:
        return MENTEE_ONLY_SHARE, _("Requested by mentee"), _("%(mentee)s asked for %(mentor)s.") % names
    if b:
        return MENTOR_ONLY_SHARE, _("Requested by mentor"), _("%(mentor)s asked to mentor %(mentee)s.") % names
    return 0.0, _("No stated preference"), _("Neither asked for the other.")


def seniority_part(
    mentee: Candidate, mentor: Candidate, kind: str, today: date
) -> tuple[float, str, str]:
    ye = years(mentee.hire_date, today)
    yo = years(mentor.hire_date, today)
    if ye is None or yo is None:
        who = join([c.name for c, y in ((mentee, ye), (mentor, yo)) if y is None])
        return UNKNOWN_SENIORITY_SHARE, _("Seniority unknown"), (
            _("Hire date missing for %(names)s; seniority counts as neutral.") % {"names": who})
    diff = yo - ye  # > 0: mentor has been here longer
    facts = _("%(mentor)s %(mentor_years)s years in the company, %(mentee)s %(mentee_years)s") % {
        "mentor": mentor.name, "mentor_years": f"{yo:.1f}", "mentee": mentee.name, "mentee_years": f"{ye:.1f}"}
    if kind == "peer":
        frac = max(0.0, 1.0 - abs(diff) / SENIORITY_FULL_YEARS)
        label = _("Similar seniority") if frac >= 0.5 else _("Different seniority")
        return frac, label, _("Peer program rewards similar tenure: %(facts)s.") % {"facts": facts}
    if kind == "reverse":
        frac = min(1.0, max(0.0, -diff / SENIORITY_FULL_YEARS))
        label = _("Mentor is newer") if diff < 0 else _("Mentor is not newer")
        return frac, label, (
            _("Reverse mentoring prefers a mentor newer than the mentee: %(facts)s.") % {"facts": facts})
    frac = min(1.0, max(0.0, diff / SENIORITY_FULL_YEARS))
    label = _("Mentor is more senior") if diff > 0 else _("Mentor is not more senior")
    return frac, label, _("The program prefers a longer-serving mentor: %(facts)s.") % {"facts": facts}
