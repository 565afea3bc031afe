"""Which command area a command line needs, so a one-record command builds one area's parser.

Building the whole parser imports every area (privacy, invitations, matching, …)
and their texts: about a third of a short command's start-up. `mentordesk people`
needs only `cli/people.py`, so `main` asks :func:`areas_for` which areas to
register. The table below is a speed hint, never the truth: a command it does
not know (a new one, a typo, `--help`) gets the full parser, and `main` falls
back to the full parser whenever the chosen area does not register the command.
`tests/test_cli_routing.py` keeps the table equal to what the areas register.
"""

from __future__ import annotations

from collections.abc import Sequence

#: Command -> the area module (in AREAS) that registers it.
COMMAND_AREAS: dict[str, str] = {
    **dict.fromkeys(("init", "demo", "import-people", "export-people", "people"), "people"),
    "match": "matching",
    **dict.fromkeys(("relationships", "log-meeting", "attention", "start-relationship", "close-relationship",
                     "extend-relationship", "checkin", "snooze", "goals", "checkins", "delete-goal",
                     "delete-checkin", "archive-person"), "relationships"),
    "report": "reports",
    **dict.fromkeys(("merge", "backup", "check", "repair-date"), "files"),
    **dict.fromkeys(("backups", "restore"), "backups"),
    **dict.fromkeys(("person-data", "erase-person", "erasures", "retention"), "privacy"),
    **dict.fromkeys(("invite", "remind", "message-text"), "invitations"),
    "undo": "undo",
    **dict.fromkeys(("checkin-forms", "import-forms"), "checkin_forms"),
    **dict.fromkeys(("replacement-proposals", "replace-mentor"), "replacement"),
    "export": "exports",
    **dict.fromkeys(("people-bulk", "person-history"), "people_bulk"),
    "program": "programs",
}

#: Global options that take a value (argparse also accepts a unique prefix, like `--d FILE`).
_VALUED_OPTIONS = ("--db",)


def command_word(argv: Sequence[str]) -> str | None:
    """The first word that is not a global option or an option's value: the command, if any."""
    skip = False
    for token in argv:
        if skip:
            skip = False
            continue
        if token == "--" or (token.startswith("--h") and "--help".startswith(token)) or token == "-h":
            return None  # help before the command lists every command; "--" is left to the full parser
        if token.startswith("-"):
            skip = "=" not in token and any(len(token) > 2 and opt.startswith(token) for opt in _VALUED_OPTIONS)
            continue
        return token
    return None


def areas_for(argv: Sequence[str], all_areas: Sequence[str]) -> tuple[str, ...]:
    """The areas to register for this command line: one when the command is known, else all."""
    area = COMMAND_AREAS.get(command_word(argv) or "")
    return (area,) if area in all_areas else tuple(all_areas)
