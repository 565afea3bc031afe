"""The `mentordesk` command line: every feature scriptable without a screen.

Each area registers its subcommands from its own module (`cli/people.py`,
`cli/matching.py`, …) through `register(subparsers)`; a handler receives the
parsed arguments and returns the exit status. Errors meant for the user
(MentorDeskError) are printed as plain sentences, never as tracebacks.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from typing import Sequence

from ..errors import MentorDeskError
from .output import terminal_safe

AREAS = ("people", "matching", "relationships", "reports", "files")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mentordesk", description="Run a mentoring program from the command line.")
    parser.add_argument("--db", metavar="FILE", help="the MentorDesk file (default: the one in your data folder)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for area in AREAS:
        try:
            module = importlib.import_module(f"{__name__}.{area}")
        except ModuleNotFoundError as exc:
            if exc.name == f"{__name__}.{area}":
                continue  # that area is not built yet
            raise
        module.register(sub)
    return parser


@terminal_safe  # no name or file name puts a raw control sequence on the user's terminal
def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except MentorDeskError as exc:
        print(f"mentordesk: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("mentordesk: cancelled", file=sys.stderr)
        return 130


def open_db(args: argparse.Namespace, *, readonly: bool = False, create: bool = True):
    """Open the file named by --db (or the default) for one command."""
    from ..services.session import open_database

    return open_database(args.db, readonly=readonly, create=create)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
