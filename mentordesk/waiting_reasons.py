"""Why a mentee waits: stored in English, said in the reader's language.

A waiting-list reason is written into the company file when HR approves a run
(``participants.reason``) and read later, on other laptops and in other languages, by the
Matching and Programs screens, the CLI, the Attention page and the reports. So the file keeps
one stable English sentence (an older MentorDesk shows it as it is, and ``kind_matching``
recognises the planner's sentences to put them in a job-shadowing program's words), and
``reason_text`` says it in the reader's language: a known sentence is looked up as its
catalog msgid, a counted one is read back into its numbers and said with plural forms, and
anything else (HR's own words, typed when waitlisting someone) is shown exactly as typed.

Pure and tiny (no numpy, no database) so the window's models and the reports can use it.
"""

from __future__ import annotations

import re

from .i18n import N_, Translator, current

__all__ = [
    "HOST_WORDS", "WAIT_ALL_FULL", "WAIT_ALL_FULL_GIVEN", "WAIT_CHAIN_OR_EXCLUDED", "WAIT_GROUPS_FULL",
    "WAIT_GROUPS_FULL_GIVEN", "WAIT_NO_LANGUAGE", "WAIT_NO_MENTORS", "WAIT_NOT_ALLOWED", "WAIT_PEER_PAIRED",
    "reason_text",
]

WAIT_NO_MENTORS = N_("There are no mentors in this program yet")
WAIT_NO_LANGUAGE = N_("No mentor shares a language with them")
WAIT_ALL_FULL = N_("Every suitable mentor is full")
WAIT_GROUPS_FULL = N_("Every suitable group is full")
WAIT_ALL_FULL_GIVEN = N_("Every suitable mentor is full: their places went to mentees with fewer options")
WAIT_GROUPS_FULL_GIVEN = N_("Every suitable group is full: their places went to mentees with fewer options")
WAIT_CHAIN_OR_EXCLUDED = N_("Every possible mentor is in their management chain or was excluded by HR")
WAIT_PEER_PAIRED = N_("Everyone they could be paired with is already in a peer pair.")
#: Stored with its two numbers filled in (English, as files have always held it); said through
#: ``_NOT_ALLOWED`` with plural forms, since "1 share" and Polish's three forms need them.
WAIT_NOT_ALLOWED = ("No mentor is allowed: %(language)s share no language with them and %(chain)s "
                    "are in their management chain or were excluded by HR")
#: Set by Programs when an enrolment finds the program full (`services.programs.PROGRAM_FULL`).
_PROGRAM_FULL = N_("The program is full.")

#: The planner's sentences in a job-shadowing program's words (its mentors are hosts).
HOST_WORDS: dict[str, str] = {
    WAIT_NO_MENTORS: N_("There are no hosts in this program yet"),
    WAIT_NO_LANGUAGE: N_("No host shares a language with them"),
    WAIT_ALL_FULL: N_("Every suitable host is full"),
    WAIT_ALL_FULL_GIVEN: N_("Every suitable host is full: their places went to mentees with fewer options"),
    WAIT_CHAIN_OR_EXCLUDED: N_("Every possible host is in their management chain or was excluded by HR"),
}

_KNOWN: frozenset[str] = frozenset({
    WAIT_NO_MENTORS, WAIT_NO_LANGUAGE, WAIT_ALL_FULL, WAIT_GROUPS_FULL, WAIT_ALL_FULL_GIVEN,
    WAIT_GROUPS_FULL_GIVEN, WAIT_CHAIN_OR_EXCLUDED, WAIT_PEER_PAIRED, _PROGRAM_FULL, *HOST_WORDS.values(),
})
_NOT_ALLOWED_STORED = re.compile(
    "^" + re.escape(WAIT_NOT_ALLOWED).replace(re.escape("%(language)s"), r"(?P<language>\d+)")
    .replace(re.escape("%(chain)s"), r"(?P<chain>\d+)") + r"\.?$")


def reason_text(stored: str | None, tr: Translator | None = None) -> str:
    """`stored` in `tr`'s language (default: the process's); unknown words come back as typed.

    A trailing full stop is forgiven both ways (the demo company and older files wrote some
    sentences with one), and kept as the file had it.
    """
    text = (stored or "").strip()
    tr = tr or current()
    if text in _KNOWN:
        return tr.gettext(text)
    stop = text.endswith(".")
    bare = text[:-1] if stop else text + "."
    if bare in _KNOWN:
        said = tr.gettext(bare)
        return said + "." if stop else said.removesuffix(".")
    found = _NOT_ALLOWED_STORED.match(text)
    if found is not None:
        return _not_allowed(int(found["language"]), int(found["chain"]), tr)
    return stored or ""


def _not_allowed(language: int, chain: int, tr: Translator) -> str:
    return tr.gettext("No mentor is allowed: %(language)s and %(chain)s.") % {
        "language": tr.ngettext("%(count)s shares no language with them",
                                "%(count)s share no language with them", language) % {"count": language},
        "chain": tr.ngettext("%(count)s is in their management chain or was excluded by HR",
                             "%(count)s are in their management chain or were excluded by HR", chain)
        % {"count": chain},
    }
