"""Explainable scoring of one mentee-mentor pair.

An HR manager has to defend every proposed pair to two people and their
managers, so a score is never a bare number: it is a list of
:class:`Reason` objects, each worth some points and written as a plain
English sentence, and the total is exactly the sum of those points.

Scale: each part ``k`` earns ``fraction_k * weight_k`` where the fraction is
in ``[0, 1]``; all points are then rescaled by ``100 / sum(active weights)``
so that a perfect pair scores 100 whatever weights HR chose. A part is
inactive (contributes neither points nor weight) only when the settings say
it does not matter (``branch_preference='none'``).

Hard rules (same person, management chain in either direction, HR
exclusion, no shared language) do not lower the score: they make the pair
impossible, with a ``blocked`` sentence explaining why, because a slightly
low score could still be picked by the solver and that must never happen
for, say, a manager mentoring their own report.

What each part rewards, and the sentence it says, is in
:mod:`mentordesk.matching.score_parts`; this module adds the parts up.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date

from ..i18n import gettext as _
from .score_parts import (
    MENTEE_ONLY_SHARE,
    MENTOR_ONLY_SHARE,
    SAME_DEPARTMENT_SHARE,
    SENIORITY_FULL_YEARS,
    UNKNOWN_SENIORITY_SHARE,
    branch_part,
    department_part,
    gap_part,
    join,
    language_part,
    mutual_part,
    seniority_part,
)

__all__ = [
    "KINDS",
    "BRANCH_PREFERENCES",
    "DEFAULT_WEIGHTS",
    "Candidate",
    "MatchSettings",
    "Reason",
    "PairScore",
    "management_chain",
    "is_above",
    "score_pair",
    # The parts' tuning lives beside the parts (score_parts.py); named here too
    # because matching/fast.py mirrors the arithmetic and reads them from here.
    "MENTEE_ONLY_SHARE",
    "MENTOR_ONLY_SHARE",
    "SAME_DEPARTMENT_SHARE",
    "SENIORITY_FULL_YEARS",
    "UNKNOWN_SENIORITY_SHARE",
]

KINDS: tuple[str, ...] = ("one_to_one", "group", "reverse", "peer", "job_shadowing")
BRANCH_PREFERENCES: tuple[str, ...] = ("same", "none", "different")

#: Gaps dominate because closing skill gaps is the point of the program;
#: a mutual wish is the next strongest signal that a pair will actually meet.
DEFAULT_WEIGHTS: dict[str, float] = {
    "gaps": 40.0,
    "mutual": 20.0,
    "seniority": 12.0,
    "branch": 10.0,
    "department": 10.0,
    "language": 8.0,
}

# Machine-readable codes for why a pair is blocked; the plan groups them to
# tell HR why somebody is left waiting.
RULE_SAME_PERSON = "same_person"
RULE_EXCLUDED = "excluded"
RULE_MENTOR_ABOVE = "mentor_above"
RULE_MENTEE_ABOVE = "mentee_above"
RULE_LANGUAGE = "language"


@dataclass
class Candidate:
    """A person as the matcher sees them: only what matters for pairing."""

    person_id: str
    name: str
    branch: str = ""
    department: str = ""
    title: str = ""
    languages: frozenset[str] = frozenset()
    hire_date: date | None = None
    levels: dict[str, int] = field(default_factory=dict)
    targets: dict[str, int] = field(default_factory=dict)
    manager_id: str | None = None

    def gaps(self) -> dict[str, tuple[int, int]]:
        """Competencies to develop, as ``name -> (current, target)``.

        Only target > current counts: a target already reached is not
        something a mentor needs to cover.
        """
        out: dict[str, tuple[int, int]] = {}
        for comp, target in self.targets.items():
            current = self.levels.get(comp, 0)
            if target > current:
                out[comp] = (current, target)
        return out


@dataclass
class MatchSettings:
    """Program-level choices HR makes once, not per pair."""

    kind: str = "one_to_one"
    branch_preference: str = "same"
    prefer_cross_department: bool = False
    weights: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))

    def __post_init__(self) -> None:
        # Fail at the settings screen, not deep inside a cohort run.
        if self.kind not in KINDS:
            raise ValueError(f"unknown program kind {self.kind!r}; expected one of {KINDS}")
        if self.branch_preference not in BRANCH_PREFERENCES:
            raise ValueError(
                f"unknown branch preference {self.branch_preference!r}; "
                f"expected one of {BRANCH_PREFERENCES}"
            )
        merged = dict(DEFAULT_WEIGHTS)
        merged.update(self.weights)
        for key, value in merged.items():
            if value != value or value < 0:  # NaN or negative
                raise ValueError(f"weight {key!r} must be a number >= 0, got {value!r}")
        self.weights = merged


@dataclass(frozen=True)
class Reason:
    """One part of a score, worded for the HR manager."""

    key: str
    label: str
    points: float
    detail: str


@dataclass(frozen=True)
class PairScore:
    """Total score of a pair with its explanation.

    ``total == sum(r.points for r in reasons)`` always. A blocked pair has
    ``allowed=False``, ``total=0``, no reasons, and ``blocked`` set to the
    sentence HR sees; ``rule`` is the machine code of that hard rule.
    """

    total: float
    allowed: bool
    reasons: list[Reason]
    blocked: str | None = None
    rule: str | None = None


def management_chain(person_id: str, managers: Mapping[str, str | None]) -> list[str]:
    """Everybody above ``person_id``, nearest first.

    Stops at the first repeat so a data-entry cycle (A manages B manages A)
    cannot hang the app; the person themself is never in their own chain.
    """
    chain: list[str] = []
    seen = {person_id}
    current = managers.get(person_id)
    while current is not None and current not in seen:
        chain.append(current)
        seen.add(current)
        current = managers.get(current)
    return chain


def is_above(a: str, b: str, managers: Mapping[str, str | None]) -> bool:
    """True when ``a`` is ``b``'s manager or anyone further up."""
    return a in management_chain(b, managers)


def _blocked(message: str, rule: str) -> PairScore:
    return PairScore(total=0.0, allowed=False, reasons=[], blocked=message, rule=rule)


def _hard_rules(
    mentee: Candidate,
    mentor: Candidate,
    mentee_chain: list[str],
    mentor_chain: list[str],
    excluded: Collection[tuple[str, str]],
) -> PairScore | None:
    """First hard rule the pair breaks, or None; the order puts the most
    specific, least surprising explanation first."""
    if mentee.person_id == mentor.person_id:
        return _blocked(_("%(name)s cannot be paired with themself.") % {"name": mentee.name}, RULE_SAME_PERSON)
    if (mentee.person_id, mentor.person_id) in excluded:
        return _blocked(_("HR excluded pairing %(mentee)s with %(mentor)s.")
                        % {"mentee": mentee.name, "mentor": mentor.name}, RULE_EXCLUDED)
    if mentor.person_id in mentee_chain:
        names = {"boss": mentor.name, "report": mentee.name}
        if mentee_chain[0] == mentor.person_id:
            msg = _("%(boss)s is %(report)s's manager.") % names
        else:
            msg = _("%(boss)s is above %(report)s in the management chain (%(report)s reports up to %(boss)s).") % names
        return _blocked(msg, RULE_MENTOR_ABOVE)
    if mentee.person_id in mentor_chain:
        names = {"boss": mentee.name, "report": mentor.name}
        if mentor_chain[0] == mentee.person_id:
            msg = _("%(boss)s is %(report)s's manager.") % names
        else:
            msg = _("%(boss)s is above %(report)s in the management chain (%(report)s reports up to %(boss)s).") % names
        return _blocked(msg, RULE_MENTEE_ABOVE)
    if mentee.languages and mentor.languages and not (mentee.languages & mentor.languages):
        return _blocked(
            _("%(mentee)s (%(mentee_languages)s) and %(mentor)s (%(mentor_languages)s) share no language.")
            % {"mentee": mentee.name, "mentee_languages": join(sorted(mentee.languages)),
               "mentor": mentor.name, "mentor_languages": join(sorted(mentor.languages))},
            RULE_LANGUAGE,
        )
    return None


def _score_checked(
    mentee: Candidate,
    mentor: Candidate,
    settings: MatchSettings,
    mentee_chain: list[str],
    mentor_chain: list[str],
    excluded: Collection[tuple[str, str]],
    mentee_prefers: Collection[str],
    mentor_prefers: Collection[str],
    today: date,
) -> PairScore:
    """Score with chains supplied by the caller, so a cohort run computes
    each chain once instead of once per pair."""
    block = _hard_rules(mentee, mentor, mentee_chain, mentor_chain, excluded)
    if block is not None:
        return block
    w = settings.weights
    parts: list[tuple[str, tuple[float, str, str]]] = [
        ("gaps", gap_part(mentee, mentor)),
        ("mutual", mutual_part(mentee, mentor, mentee_prefers, mentor_prefers)),
        ("seniority", seniority_part(mentee, mentor, settings.kind, today)),
    ]
    if settings.branch_preference != "none":
        parts.append(("branch", branch_part(mentee, mentor, settings.branch_preference)))
    parts.append(("department", department_part(mentee, mentor, settings.prefer_cross_department)))
    parts.append(("language", language_part(mentee, mentor)))
    active = sum(w.get(key, 0.0) for key, _ in parts)
    scale = 100.0 / active if active > 0 else 0.0
    reasons: list[Reason] = []
    for key, (frac, label, detail) in parts:
        pts = frac * w.get(key, 0.0) * scale
        reasons.append(Reason(key=key, label=label, points=pts, detail=detail))
    if settings.branch_preference == "none":
        reasons.append(
            Reason("branch", _("Branch not considered"), 0.0, _("The program ignores branches."))
        )
    total = sum(r.points for r in reasons)
    return PairScore(total=total, allowed=True, reasons=reasons, blocked=None)


def score_pair(
    mentee: Candidate,
    mentor: Candidate,
    settings: MatchSettings,
    managers: Mapping[str, str | None],
    excluded: Collection[tuple[str, str]] = frozenset(),
    mentee_prefers: Collection[str] = (),
    mentor_prefers: Collection[str] = (),
    today: date | None = None,
) -> PairScore:
    """Score one pair on a 0-100 scale with the reasons behind it.

    ``managers`` maps person id to manager id for the whole company (not
    only the cohort), because a director outside the program still links
    a manager to an employee. ``Candidate.manager_id`` is used as a fallback
    for people missing from it. ``mentee_prefers`` holds the mentor ids the
    mentee asked for, ``mentor_prefers`` the mentee ids the mentor asked for.
    """
    mgr = _with_candidates(managers, (mentee, mentor))
    return _score_checked(
        mentee,
        mentor,
        settings,
        management_chain(mentee.person_id, mgr),
        management_chain(mentor.person_id, mgr),
        excluded,
        mentee_prefers,
        mentor_prefers,
        today or date.today(),
    )


def _with_candidates(
    managers: Mapping[str, str | None], people: Collection[Candidate]
) -> Mapping[str, str | None]:
    """Fill gaps in the manager map from the candidates themselves, so a
    caller passing only ``Candidate.manager_id`` still gets the hard rule."""
    missing = {p.person_id: p.manager_id for p in people if p.person_id not in managers and p.manager_id}
    if not missing:
        return managers
    merged = dict(managers)
    merged.update(missing)
    return merged
