"""Field rules every way in shares: the CSV import, the person form and a merged branch file.

A person can arrive by three doors (an HR system's CSV, the Add/Edit dialog, another branch's
file merged in). Each used to check its own subset, so what one door refused another let in,
and the export of the result no longer re-imported. These functions are the one set of rules;
they are pure (no database, no Qt) and return sentences in the HR manager's words, so a caller
only adds where the problem is ("Line 7: ...", a dialog label, "the branch file's row ...").

Character policy (why these and not others):

* **Refused everywhere:** C0 controls (U+0000-U+001F: NUL, ESC, bell, backspace ...), DEL
  (U+007F) and C1 controls (U+0080-U+009F). They are invisible in a table, and ESC/CSI
  sequences printed to a terminal can recolour, retitle or rewrite the screen.
* **Refused everywhere:** the bidirectional embeddings, overrides and isolates U+202A-U+202E and
  U+2066-U+2069 ("Trojan Source", CVE-2021-42574): they make text display in a different order
  than it is stored, so "Ann" can show as someone else. The plain marks LRM/RLM/ALM
  (U+200E, U+200F, U+061C) stay allowed: Arabic and Hebrew names use them and they cannot
  reorder whole runs.
* **Refused everywhere:** lone surrogates (U+D800-U+DFFF), which are not text and SQLite cannot
  store as UTF-8.
* **Only in multi-line fields (notes):** tab, line feed, carriage return and the Unicode
  line/paragraph separators U+2028/U+2029. In a one-line field they hide part of the value.

Zero-width joiners, variation selectors and other format characters stay allowed: emoji and
many scripts need them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import date

from .i18n import gettext as _

__all__ = [
    "EMAIL_RE",
    "FIELD_LIMITS",
    "ISO_639_1",
    "MAX_BRANCH",
    "MAX_COMPETENCY_NAME",
    "MAX_DEPARTMENT",
    "MAX_EMAIL",
    "MAX_EMPLOYEE_ID",
    "MAX_LANGUAGES",
    "MAX_NAME",
    "MAX_NOTES",
    "MAX_TITLE",
    "MULTILINE_FIELDS",
    "ROLES",
    "bad_characters",
    "competency_name_problem",
    "describe_loop",
    "email_problem",
    "field_problems",
    "language_problem",
    "loops_after",
    "management_loops",
    "person_problems",
    "text_problems",
]

# -- length limits (characters, after trimming) ----------------------------------------------
# Generous for real data, small enough that a pasted document or a 1 MB attack cell is refused
# with a sentence instead of breaking reports, tables and the CSV reader.
MAX_EMPLOYEE_ID = 64        # HR systems use short keys; 64 leaves room for prefixes like "NL-"
MAX_NAME = 200              # the longest real full names are well under 100 characters
MAX_EMAIL = 254             # RFC 5321's limit for a forward path
MAX_DEPARTMENT = 200
MAX_BRANCH = 200
MAX_TITLE = 200
MAX_NOTES = 20_000          # free text typed by HR: several pages, not a pasted file
MAX_COMPETENCY_NAME = 100   # a catalogue label such as "Stakeholder management"
MAX_LANGUAGES = 20          # language codes per person

FIELD_LIMITS: dict[str, int] = {
    "employee_id": MAX_EMPLOYEE_ID,
    "name": MAX_NAME,
    "email": MAX_EMAIL,
    "department": MAX_DEPARTMENT,
    "branch": MAX_BRANCH,
    "title": MAX_TITLE,
    "manager_employee_id": MAX_EMPLOYEE_ID,
    "notes": MAX_NOTES,
}
MULTILINE_FIELDS: frozenset[str] = frozenset({"notes"})

ROLES: tuple[str, ...] = ("mentor", "mentee", "both", "none")
MIN_CAPACITY, MAX_CAPACITY = 1, 10
MIN_LEVEL, MAX_LEVEL = 0, 5

# ISO 639-1 (including the deprecated-but-still-seen "bh"), so validation needs no dependency.
ISO_639_1: frozenset[str] = frozenset(
    """
    aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy
    da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu
    hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb
    lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om
    or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw
    ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
    """.split()  # noqa: SIM905 - a block of codes reads better than 184 quoted strings
)

# Deliberately simple: one @, a dot-atom local part, and a domain of at least two labels.
# It rejects the typos HR files actually contain ("x@", "a@b", "a b@c.com", "a@@b.com").
_LOCAL = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
_LABEL = r"[^\W_](?:[\w-]*[^\W_])?"
EMAIL_RE = re.compile(rf"{_LOCAL}@{_LABEL}(?:\.{_LABEL})+")

_NAMES = {0x00: "NUL", 0x07: "bell", 0x08: "backspace", 0x09: "tab", 0x0A: "line break",
          0x0D: "carriage return", 0x1B: "ESC", 0x7F: "DEL", 0x2028: "line separator",
          0x2029: "paragraph separator"}


_ALWAYS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_REFUSED_MULTILINE = re.compile(f"[{_ALWAYS}]")
_REFUSED_ONE_LINE = re.compile(f"[{_ALWAYS}\t\n\r\u2028\u2029]")


def bad_characters(value: str, *, multiline: bool = False) -> list[tuple[int, str]]:
    """(1-based position, character) of every character the policy above refuses."""
    pattern = _REFUSED_MULTILINE if multiline else _REFUSED_ONE_LINE
    return [(m.start() + 1, m.group()) for m in pattern.finditer(value)]


def _is_refused(ch: str, multiline: bool) -> bool:
    return bool((_REFUSED_MULTILINE if multiline else _REFUSED_ONE_LINE).match(ch))


def _describe(ch: str) -> str:
    code = ord(ch)
    name = _NAMES.get(code)
    if name is None:
        name = unicodedata.name(ch, "") if not 0xD800 <= code <= 0xDFFF else "broken character"
        name = name.lower() or "control character"
    return f"{name}, U+{code:04X}"


def text_problems(label: str, value: str | None, *, multiline: bool = False,
                  max_len: int | None = None) -> list[str]:
    """Length and character problems of one text value, as sentences starting with ``label``."""
    if not value:
        return []
    problems: list[str] = []
    if max_len is not None and len(value) > max_len:
        problems.append(_("%(label)s is %(length)s characters long; the limit is %(limit)s characters")
                        % {"label": label, "length": f"{len(value):,}", "limit": f"{max_len:,}"})
    bad = bad_characters(value, multiline=multiline)
    if bad:
        pos, ch = bad[0]
        allowed = "" if multiline else _(" (this field must be a single line)")
        values = {"label": label, "count": len(bad), "what": _describe(ch), "position": pos, "single_line": allowed}
        if len(bad) == 1:
            problems.append(_("%(label)s contains an invisible control character (%(what)s) "
                              "at character %(position)s%(single_line)s; remove it") % values)
        else:
            problems.append(_("%(label)s contains %(count)s invisible control characters, the first "
                              "(%(what)s) at character %(position)s%(single_line)s; remove them") % values)
    return problems


def field_problems(column: str, value: str | None, label: str | None = None) -> list[str]:
    """``text_problems`` with the limit and multi-line rule of a ``people`` column."""
    return text_problems(label or column, value, multiline=column in MULTILINE_FIELDS,
                         max_len=FIELD_LIMITS.get(column))


def email_problem(value: str) -> str | None:
    """Why ``value`` (already trimmed) is not an address we accept, or None."""
    if not value:
        return _("email is empty")
    if len(value) > MAX_EMAIL:
        return _("email is %(length)s characters long; the limit is %(limit)s characters") % {
            "length": f"{len(value):,}", "limit": MAX_EMAIL}
    if not EMAIL_RE.fullmatch(value):
        shown = value if len(value) <= 80 else value[:77] + "..."
        return _("email '%(value)s' is not a valid address") % {"value": shown}
    return None


def competency_name_problem(name: str) -> str | None:
    """Why a competency name cannot be stored or exported, or None.

    ``;`` separates competencies and ``:`` followed by a number starts the levels in the CSV,
    so a name holding ``;`` would come back as two competencies.
    """
    if not name.strip():
        return _("a competency has no name")
    shown = name if len(name) <= 60 else name[:57] + "..."
    problems = text_problems(_("the competency name '%(name)s'") % {"name": _printable(shown)}, name,
                             max_len=MAX_COMPETENCY_NAME)
    if problems:
        return problems[0]
    if ";" in name:
        return _("the competency name '%(name)s' contains ';', which separates competencies") % {"name": shown}
    return None


def language_problem(code: str) -> str | None:
    """Why ``code`` is not an ISO 639-1 language code, or None."""
    if code.strip().lower() in ISO_639_1:
        return None
    shown = _printable(code.strip())[:20]
    return _("'%(code)s' is not a two-letter ISO 639-1 language code (for example en, nl, es)") % {"code": shown}


def _printable(text: str) -> str:
    """Text with refused characters shown as ``\\u001b`` so a message never carries them."""
    return "".join(f"\\u{ord(c):04x}" if _is_refused(c, False) else c for c in text)


def person_problems(values: Mapping[str, object], *, today: date | None = None) -> list[str]:
    """Every reason a ``people`` row (column -> stored value) may not be stored.

    Checks one row on its own: required fields, lengths, characters, e-mail, role, languages,
    hire date (a readable YYYY-MM-DD, not after ``today`` when given) and "not their own manager".
    Whether IDs, e-mails and managers exist elsewhere, and loops, need the whole company: see
    ``management_loops`` / ``loops_after``.
    """
    problems: list[str] = []
    if not str(values.get("employee_id") or "").strip():
        problems.append(_("employee_id is empty"))
    if not str(values.get("name") or "").strip():
        problems.append(_("name is empty"))
    for column in FIELD_LIMITS:
        raw = values.get(column)
        if raw is not None:
            problems += field_problems(column, str(raw))
    email = str(values.get("email") or "").strip()
    if not _has_bad(problems, "email"):
        email_issue = email_problem(email)
        if email_issue:
            problems.append(email_issue)
    role = values.get("role") or "none"
    if role not in ROLES:
        problems.append(_("role '%(value)s' must be one of mentor, mentee, both or none")
                        % {"value": _printable(str(role))[:20]})
    problems += _language_problems(values.get("languages"))
    problems += _hire_date_problems(values.get("hire_date"), today)
    manager = str(values.get("manager_employee_id") or "").strip()
    if manager and manager == str(values.get("employee_id") or "").strip():
        problems.append(_("manager_employee_id is the person's own employee_id"))
    return problems


def _has_bad(problems: list[str], column: str) -> bool:
    return any(p.startswith(column + " ") for p in problems)


def _language_problems(raw: object) -> list[str]:
    codes: Iterable[str] = raw.split(";") if isinstance(raw, str) else (raw or ())  # type: ignore[assignment]
    codes = [c for c in codes if str(c).strip()]
    problems = [p for p in (language_problem(str(c)) for c in codes) if p]
    if len(codes) > MAX_LANGUAGES:
        problems.append(_("languages lists %(count)s languages; the limit is %(limit)s")
                        % {"count": len(codes), "limit": MAX_LANGUAGES})
    return [f"languages: {p}" if p.startswith("'") else p for p in problems]


def _hire_date_problems(raw: object, today: date | None) -> list[str]:
    if raw in (None, ""):
        return []
    if isinstance(raw, date):
        value = raw
    else:
        try:
            value = date.fromisoformat(str(raw))
        except ValueError:
            return [f"hire_date '{_printable(str(raw))[:40]}' is not a date in the form YYYY-MM-DD"]
    if today is not None and value > today:
        return [f"hire_date {value.isoformat()} is in the future"]
    return []


# -- management loops -------------------------------------------------------------------------

def management_loops(manager_of: Mapping[str, str | None]) -> list[list[str]]:
    """Every loop in who-manages-whom, once each, starting from the first employee listed.

    ``manager_of`` maps employee_id -> manager's employee_id (None/"" for no manager). A person
    managing themselves is a loop of length 1. Managers not in the mapping end a chain.
    """
    state: dict[str, int] = {}  # 1 = on the current path, 2 = finished
    loops: list[list[str]] = []
    for start in manager_of:
        path: list[str] = []
        node: str | None = start
        while node and node in manager_of and node not in state:
            state[node] = 1
            path.append(node)
            node = manager_of[node]
        if node and state.get(node) == 1:
            loops.append(path[path.index(node):])
        for visited in path:
            state[visited] = 2
    return loops


def loops_after(current: Mapping[str, str | None],
                changes: Mapping[str, str | None]) -> list[list[str]]:
    """The loops the whole company would have once ``changes`` (employee_id -> new manager)
    replace ``current``: only those that pass through a changed person, so a loop already
    stored elsewhere does not block an unrelated change.
    """
    merged = {**current, **changes}
    order = {employee: i for i, employee in enumerate(changes)}
    loops = []
    for loop in management_loops(merged):
        changed = [i for i, e in enumerate(loop) if e in order]
        if changed:  # told from the changed person's side: "B → A → B" when B is being changed
            first = min(changed, key=lambda i: order[loop[i]])
            loops.append(loop[first:] + loop[:first])
    return loops


def describe_loop(loop: list[str]) -> str:
    """``A → B → A``: the loop as HR reads it."""
    return " → ".join(_printable(e) for e in [*loop, loop[0]])
