"""Writing report PDFs: where they may go, owner-only and whole, with the file's header.

Split from `services.reports` (which decides what a report says).  Every writer puts the
company file's header in (`report_branding.with_file_branding`) unless the caller gave
one report its own, and writes through `storage.outputs`: never onto the company file or
any database, owner-only (0600), replaced atomically.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path

from ..i18n import N_, translator
from ..i18n import gettext as _
from ..reports import ReportOptions, build_relationship_report
from ..storage import outputs
from ..storage.database import Database
from .report_branding import with_file_branding

#: The program summary's file name in a batch, in the report's language.
SUMMARY_NAME = N_("Program summary")

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def _default_options() -> ReportOptions:
    from .reports import report_options_from_settings

    return report_options_from_settings({})




def _target(out: str | Path, db: Database) -> Path:
    """Refuse a wrong destination before any work (see `storage.outputs`): a folder, a
    missing folder, the company file or its journal, lock note or backups, any database."""
    return outputs.check_target(out, db.path)


def _write_pdf(db: Database, out: str | Path, build: Callable[[io.BytesIO], None]) -> Path:
    """Render in memory, then put the PDF in place whole (owner-only, atomic)."""
    buf = io.BytesIO()
    build(buf)
    return outputs.write_bytes(out, buf.getvalue(), db.path)


def write_relationship_report(db: Database, rel_id: str, out: str | Path,
                              options: ReportOptions | None = None, today: dt.date | None = None) -> Path:
    """Read, then render one relationship report; the file is owner-only (0o600)
    and replaced atomically, so a failure never leaves half a PDF."""
    options = with_file_branding(db, options or _default_options())
    _target(out, db)
    data = _data().relationship_report_data(db, rel_id, options, today=today)
    return _write_pdf(db, out, lambda buf: build_relationship_report(data, options, buf))


def write_program_report(db: Database, program_id: str, out: str | Path,
                         options: ReportOptions | None = None, today: dt.date | None = None) -> Path:
    """The program summary PDF, owner-only (0o600), replaced atomically."""
    options = with_file_branding(db, options or _default_options())
    _target(out, db)
    data = _data().program_report_data(db, program_id, options, today=today)
    from ..reports.program import build_program_report  # not needed by a relationship report

    return _write_pdf(db, out, lambda buf: build_program_report(data, options, buf))


def save_copy(db: Database, source: str | Path, out: str | Path) -> Path:
    """Save a previewed PDF where HR chose, byte for byte, under the same rules as a new report."""
    _target(out, db)
    try:
        data = Path(source).read_bytes()
    except OSError as exc:
        raise outputs.OutputError(_("The preview is gone (its temporary folder was cleaned); "
                                    "choose the report again and save it. Nothing was written.")) from exc
    return outputs.write_bytes(out, data, db.path)


def write_program_batch(db: Database, program_id: str, out_dir: str | Path | None = None,
                        combined: str | Path | None = None, options: ReportOptions | None = None,
                        progress: Progress | None = None, cancelled: Cancelled | None = None,
                        workers: int | None = None, today: dt.date | None = None,
                        summary: bool = False) -> list[Path]:
    """Every relationship report of a program: one PDF each in `out_dir`, or one
    `combined` PDF (exactly one of the two); with `summary`, the program summary too
    (`summary_path`: first in the folder, or beside the combined PDF), written last so a
    cancelled batch leaves no summary of reports that are missing.

    All data is read first, on the caller's connection (SQLite connections stay
    in the thread that opened them), then rendered by `build_batch`, possibly in
    worker processes.  On cancel: in folder mode the whole reports finished so
    far stay, in combined mode nothing is written.  Returns the files written.
    """
    if (out_dir is None) == (combined is None):
        raise ValueError("give exactly one of out_dir or combined")
    options = with_file_branding(db, options or _default_options())
    is_cancelled = cancelled or (lambda: False)
    items = _data().program_relationship_data(db, program_id, options, today=today, cancelled=is_cancelled)
    if is_cancelled():
        return []
    if combined is not None:
        _target(combined, db)
        combined = Path(combined)
    else:
        outputs.prepare_folder(out_dir, db.path)
    from ..reports.batch import build_batch  # multiprocessing: only for a batch

    written = build_batch(items, options, out_dir=Path(out_dir) if out_dir is not None else None,
                          combined_path=combined, progress=progress, cancelled=is_cancelled, workers=workers,
                          company_file=db.path)
    if summary and not is_cancelled():
        target = summary_path(Path(out_dir) if out_dir is not None else None, combined, options.language)
        written.insert(0, write_program_report(db, program_id, target, options, today=today))
    return written


def summary_path(out_dir: Path | None, combined: Path | None, language: str) -> Path:
    """Where a batch puts the program summary: "0 Program summary.pdf" sorts first in the folder;
    beside a combined PDF it takes that file's name. Never over a file already there."""
    label = translator(language).gettext(SUMMARY_NAME)
    if out_dir is not None:
        folder, stem = out_dir, f"0 {label}"
    else:
        assert combined is not None
        folder, stem = combined.parent, f"{combined.stem} - {label}"
    path, n = folder / f"{stem}.pdf", 2
    while path.exists():
        path, n = folder / f"{stem} ({n}).pdf", n + 1
    return path


def _data():
    """The data side (`services.reports`), imported when a report is written (it imports this module)."""
    from . import reports

    return reports
