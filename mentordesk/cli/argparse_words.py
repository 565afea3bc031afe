"""argparse's own words ("usage:", "options", "error: …") in the user's language.

argparse looks its texts up through the module-level `_` and `ngettext` it took
from the standard `gettext` module, i.e. in a catalog named "argparse" that no
system ships in Spanish, Dutch, German or Polish, and never in ours. `install()`
points those two names at MentorDesk's own catalog, so `mentordesk --help` and a
missing argument's error read in the same language as the rest of the command.

The texts below are argparse's own msgids (Python 3.11 to 3.13), marked here only
so the extractor puts them in our catalog: they must stay byte-for-byte what
argparse passes to `_`, or the lookup misses and the text stays English.
"""

from __future__ import annotations

import argparse

from ..i18n import N_, gettext, ngettext

#: The texts a user can meet (help pages and mistakes on the command line);
#: argparse's programmer errors (conflicting option strings, …) stay English.
WORDS: tuple[str, ...] = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("unrecognized arguments: %s"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("unexpected option string: %s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
    N_("can't open '%(filename)s': %(error)s"),
)


def _plural_words(n: int) -> str:
    """Never called: marks argparse's plural text for the extractor (argparse calls
    `ngettext` with exactly these two forms)."""
    return ngettext("expected %s argument", "expected %s arguments", n)


def install() -> None:
    """Route argparse's lookups through MentorDesk's catalog (the process language).

    Idempotent and cheap: English looks nothing up beyond returning the text.
    """
    argparse._ = gettext  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
