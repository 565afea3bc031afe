"""The `mentordesk` command line: every feature scriptable without a screen.

Each area registers its subcommands from its own module (`cli/people.py`,
`cli/matching.py`, …) through `register(subparsers)`; a handler receives the
parsed arguments and returns the exit status. Errors meant for the user
(MentorDeskError) are printed as plain sentences, never as tracebacks.

A command that writes says so by opening the file writable (`open_db`); it
then holds the lock note beside the file for as long as it runs, exactly as
the window does (`cli/write_lock.py`). `--ignore-lock` goes ahead anyway.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

from ..about import VersionAction
from ..errors import MentorDeskError
from ..i18n import N_, pgettext
from ..i18n import gettext as _
from . import argparse_words
from .output import terminal_safe

AREAS = ("people", "matching", "relationships", "reports", "files", "backups", "privacy", "invitations", "undo",
         "checkin_forms", "replacement", "exports", "people_bulk", "programs")

_IGNORE_LOCK_HELP = N_("write even if someone else has the file open for editing "
                       "(their lock note is left as it is)")

# Lock notes held by the running command; `main` releases them however it ends.
_held: contextlib.ExitStack | None = None


class _Terminated(BaseException):
    """SIGTERM or SIGHUP arrived: unwind like Ctrl-C so transactions roll back and notes are released."""


def build_parser(areas: Sequence[str] = AREAS) -> argparse.ArgumentParser:
    """The parser with the commands of `areas` (all by default; `main` registers only the
    area a known command needs, see `cli/routing.py`)."""
    argparse_words.install()  # "usage:", "options", argparse's errors: in the user's language too
    parser = argparse.ArgumentParser(prog="mentordesk", description=_("Run a mentoring program from the command line."))
    parser.add_argument("--version", action=VersionAction,
                        help=_("show the version, the file format and the licences, and exit"))
    parser.add_argument("--db", metavar=pgettext("metavar", "FILE"),
                        help=_("the MentorDesk file (default: the one in your data folder)"))
    parser.add_argument("--ignore-lock", action="store_true", help=_(_IGNORE_LOCK_HELP))
    sub = parser.add_subparsers(dest="command", metavar=pgettext("metavar", "COMMAND"))
    sub.required = True
    for area in areas:
        try:
            module = importlib.import_module(f"{__name__}.{area}")
        except ModuleNotFoundError as exc:
            if exc.name == f"{__name__}.{area}":
                continue  # that area is not built yet
            raise
        module.register(sub)
    for command in sub.choices.values():
        # Also accepted after the command; SUPPRESS keeps a global --ignore-lock from being reset.
        command.add_argument("--ignore-lock", action="store_true", default=argparse.SUPPRESS,
                             help=_(_IGNORE_LOCK_HELP))
    return parser


@terminal_safe  # no name or file name puts a raw control sequence on the user's terminal
def main(argv: Sequence[str] | None = None) -> int:
    global _held
    args = _parse(sys.argv[1:] if argv is None else list(argv))
    with _terminate_as_cancel(), contextlib.ExitStack() as held:
        outer, _held = _held, held
        try:
            status = int(args.func(args) or 0)
            sys.stdout.flush()  # here, so a reader that went away is noticed below and not at exit
            return status
        except BrokenPipeError:
            return _reader_gone()
        except MentorDeskError as exc:
            print(f"mentordesk: {exc}", file=sys.stderr)
            return 1
        except KeyboardInterrupt:
            print(_("mentordesk: cancelled"), file=sys.stderr)
            return 130
        except _Terminated:
            print(_("mentordesk: stopped"), file=sys.stderr)
            return 143
        except Exception as exc:  # noqa: BLE001 - the last word: a sentence, never a traceback
            return _unexpected(exc)
        finally:
            _held = outer


def _unexpected(exc: Exception) -> int:
    """A fault MentorDesk did not foresee: say so in a sentence instead of a traceback.

    Writes are transactions and outputs are written whole, so an error midway leaves the
    file as it was before the command. `MENTORDESK_DEBUG=1` shows the traceback for a
    developer; it is never written to a log (it may quote personal data)."""
    if os.environ.get("MENTORDESK_DEBUG") == "1":
        raise exc
    print(_("mentordesk: an unexpected problem stopped this command (%(problem)s). Changes are saved "
            "whole or not at all, so the file holds all of this command's change or none of it. Run "
            "`mentordesk check` to check the file; if the problem comes back, tell whoever supports "
            "MentorDesk what you ran.") % {"problem": type(exc).__name__},
          file=sys.stderr)
    return 70  # EX_SOFTWARE: an internal error, unlike 1 (the user's input was refused)


def _reader_gone() -> int:
    """`mentordesk attention | head` closed the pipe early: end quietly, as other tools do
    (no traceback), pointing stdout at the null device so the flush at exit finds no broken pipe."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.__stdout__.fileno())
    os.close(devnull)
    return 141  # 128 + SIGPIPE, what a shell reports for a command cut off by its reader


def _parse(argv: list[str]) -> argparse.Namespace:
    """Parse with only the area the command needs when it is known, else with every area."""
    from .routing import areas_for

    areas = areas_for(argv, AREAS)
    parser = build_parser(areas)
    if areas != AREAS and routing_missed(parser, argv):
        parser = build_parser()  # the routing table is out of date for this command: stay correct
    return parser.parse_args(argv)


def routing_missed(parser: argparse.ArgumentParser, argv: Sequence[str]) -> bool:
    """True when `parser` does not register the command word of `argv`."""
    from .routing import command_word

    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return command_word(argv) not in sub.choices


@contextlib.contextmanager
def _terminate_as_cancel() -> Iterator[None]:
    """While a command runs, SIGTERM/SIGHUP unwind it (finally blocks run) instead of ending it mid-write."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    names = [n for n in ("SIGTERM", "SIGHUP") if hasattr(signal, n)]

    def stop(signum: int, frame: object) -> None:
        raise _Terminated()

    previous = {n: signal.signal(getattr(signal, n), stop) for n in names}
    try:
        yield
    finally:
        for n, handler in previous.items():
            signal.signal(getattr(signal, n), handler)


def open_db(args: argparse.Namespace, *, readonly: bool = False, create: bool = True,
            writes: bool | None = None):
    """Open the file named by --db (or the default) for one command.

    A command that may write (`writes`, by default: opened writable) first takes
    the lock note and holds it until the command ends; someone else's live note
    stops it with their name and nothing written, unless --ignore-lock. Commands
    that open writable only to create or upgrade the file pass `writes=False`.
    """
    from ..services.session import default_database_path, open_database

    if (not readonly if writes is None else writes) and _held is not None:
        from .write_lock import holding_lock_note, signals_deferred

        target = Path(args.db).expanduser() if args.db else default_database_path()
        with signals_deferred():  # a Ctrl-C now arrives once the note's release is arranged
            _held.enter_context(holding_lock_note(target, ignore_lock=bool(getattr(args, "ignore_lock", False))))
    db = open_database(args.db, readonly=readonly, create=create)
    for notice in db.info.notices:  # an interrupted save undone, a journal from another copy set aside
        print(f"mentordesk: {notice}", file=sys.stderr)
    return db


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
