"""Many relationship reports at once: one PDF per pair in a folder, or one
combined PDF to print in a single go.

Rendering is CPU-bound pure Python, so big batches use worker processes
(threads would queue on the GIL).  Workers return PDF bytes and only this
process writes files; that is what makes cancelling clean -- nothing is ever
half-written, and whatever a worker finishes after a cancel is just dropped.
"""

from __future__ import annotations

import io
import multiprocessing
import os
import re
import unicodedata
from collections.abc import Callable, Container, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from pathlib import Path

from ..errors import Cancelled as CancelledError
from ..i18n import translator
from ..namesakes import label, name_key
from ..process_life import die_with_parent
from ..storage import outputs
from .data import Person, RelationshipReportData, ReportOptions
from .relationship import build_relationship_report
from .styles import font_dir, header_name, register_fonts
from .textguard import NAME, clean

# Below this a pool costs more (process start-up, imports, fonts) than it saves.
PARALLEL_THRESHOLD = 12
STEM_BYTES = 120


class BatchCancelled(CancelledError):
    """Internal signal; build_batch returns normally with what was finished."""


def _render_bytes(item: RelationshipReportData, options: ReportOptions) -> bytes:
    buf = io.BytesIO()
    build_relationship_report(item, options, buf)
    return buf.getvalue()


def _worker_init(parent_pid: int) -> None:
    """Runs once in each worker: it must end with this process (a batch
    killed with SIGKILL must not leave workers behind), and fonts are parsed
    once, not per report."""
    die_with_parent(parent_pid)
    register_fonts()


def namesakes_in(items: Sequence[RelationshipReportData]) -> set[str]:
    """Name keys (`namesakes.name_key`) that stand for more than one person in the batch:
    two "Anna Kowalska" would otherwise give files told apart only by " (2)"."""
    seen: dict[str, set[tuple[str, ...]]] = {}
    for item in items:
        for person in (item.mentor, item.mentee):
            who = (person.employee_id,) if person.employee_id else (person.department, person.branch)
            seen.setdefault(name_key(person.name), set()).add(who)
    return {key for key, people in seen.items() if len(people) > 1}


def _file_name_of(person: Person, namesakes: Container[str]) -> str:
    if name_key(person.name) in namesakes:
        return label(person.name.strip(), person.employee_id, person.department)
    return person.name


def safe_file_stem(item: RelationshipReportData, namesakes: Container[str] = frozenset()) -> str:
    """'Mentor – Mentee', portable to Windows/macOS file systems and short
    enough for deep folders; non-Latin names survive (only unsafe characters
    are dropped), because HR must recognise the file. A name in `namesakes`
    (`namesakes_in`) carries the person's employee ID and department."""
    names = (_file_name_of(item.mentor, namesakes), _file_name_of(item.mentee, namesakes))
    raw = " - ".join(n.strip() for n in names if n and n.strip())
    text = unicodedata.normalize("NFC", raw)
    text = "".join(c for c in text if unicodedata.category(c)[0] != "C")
    text = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "", text)
    text = re.sub(r"\s+", " ", text).strip(" .")
    if not text.replace("-", "").strip(" ."):
        text = "relationship"
    if text.upper().split(".")[0] in {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                                      *(f"LPT{i}" for i in range(1, 10))}:
        text = f"_{text}"
    # file systems count bytes (255 for a name), and the temporary name and
    # " (2).pdf" need room too: 120 UTF-8 bytes, cut on a character boundary
    return text.encode("utf-8")[:STEM_BYTES].decode("utf-8", errors="ignore").rstrip(" .")


def _unique_paths(items: Sequence[RelationshipReportData], out_dir: Path) -> list[Path]:
    """Unique within the batch and never overwriting a file already there:
    a second export into the same folder must not destroy the first."""
    taken: set[str] = set()
    paths = []
    namesakes = namesakes_in(items)
    for item in items:
        stem = safe_file_stem(item, namesakes)
        name = f"{stem}.pdf"
        n = 2
        while name.casefold() in taken or (out_dir / name).exists():
            name = f"{stem} ({n}).pdf"
            n += 1
        taken.add(name.casefold())
        paths.append(out_dir / name)
    return paths


def _results(
    items: Sequence[RelationshipReportData],
    options: ReportOptions,
    workers: int | None,
    cancelled: Callable[[], bool],
) -> Iterator[tuple[int, bytes]]:
    """Yield (index, pdf bytes) as reports finish, in completion order."""
    n = len(items)
    if workers is None:
        workers = min(os.cpu_count() or 1, n)
    if workers <= 1 or n < PARALLEL_THRESHOLD:
        for i, item in enumerate(items):
            if cancelled():
                raise BatchCancelled
            yield i, _render_bytes(item, options)
        return
    # A damaged installation (fonts missing) is told in words here, not as a broken worker pool.
    font_dir()
    # spawn, not fork: the app process runs Qt threads, and forking those is unsafe
    ctx = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_worker_init,
                               initargs=(os.getpid(),))
    finished = False
    try:
        yield from _drive(pool, items, options, workers, cancelled)
        finished = True
    finally:
        # on cancel or error don't wait: a worker mid-report finishes on its
        # own and its result is dropped; normally reap the workers
        pool.shutdown(wait=finished, cancel_futures=True)


def _drive(pool: ProcessPoolExecutor, items: Sequence[RelationshipReportData], options: ReportOptions,
           workers: int, cancelled: Callable[[], bool]) -> Iterator[tuple[int, bytes]]:
    """Feed the pool a bounded window of reports from the front of the batch, and while it
    is still starting (spawned workers import reportlab and parse the fonts, a second or
    more on a busy machine) render reports from the back of the batch here, so start-up
    costs no time. Once the first worker answers, this process only collects: its thread
    goes back to waiting, which keeps the app's window responsive and the cores for the pool.
    """
    window = workers * 4  # bounded: memory stays flat and a cancel is prompt
    pending: dict[Future, int] = {}
    low, high = 0, len(items)  # items[low:high] are not handed out yet
    answered = False
    while low < high or pending:
        while low < high and len(pending) < window:
            pending[pool.submit(_render_bytes, items[low], options)] = low
            low += 1
        starting = not answered and low < high
        done, _ = wait(pending, timeout=0 if starting else 0.1, return_when=FIRST_COMPLETED)
        if cancelled():
            raise BatchCancelled
        for fut in done:
            answered = True
            yield pending.pop(fut), fut.result()
        if starting and not done:
            high -= 1
            yield high, _render_bytes(items[high], options)


Progress = Callable[[int, int], None]


def _into_folder(items: list[RelationshipReportData], options: ReportOptions, out_dir: Path,
                 report: Progress, cancelled: Callable[[], bool], workers: int | None,
                 company_file: Path | None) -> list[Path]:
    """One file per pair; on cancel the reports completed so far stay (each is whole)."""
    outputs.prepare_folder(out_dir, company_file)
    targets = _unique_paths(items, out_dir)
    written: list[Path] = []
    try:
        for done, (i, pdf) in enumerate(_results(items, options, workers, cancelled), start=1):
            # never over a file already there, even one that appeared meanwhile
            outputs.write_bytes(targets[i], pdf, company_file, overwrite=False)
            written.append(targets[i])
            report(done, len(items))
    except BatchCancelled:
        pass
    order = {p: k for k, p in enumerate(targets)}
    return sorted(written, key=order.__getitem__)


def _combined_pdf(items: list[RelationshipReportData], parts: list[bytes | None], options: ReportOptions,
                  cancelled: Callable[[], bool]) -> bytes | None:
    """The reports joined in the batch's order with a bookmark per pair; None on cancel."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    namesakes = namesakes_in(items)
    for item, pdf in zip(items, parts, strict=True):
        if cancelled():
            return None
        # a bookmark per pair lets HR jump straight to one report on screen (namesakes told apart)
        mentor, mentee = (clean(_file_name_of(p, namesakes), NAME) for p in (item.mentor, item.mentee))
        writer.append(PdfReader(io.BytesIO(pdf)), outline_item=f"{mentor} & {mentee}")
    title = translator(options.language).gettext("Mentoring relationship reports")
    writer.add_metadata({"/Title": title, "/Author": header_name(options),
                         "/Creator": "MentorDesk"})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def _into_one_file(items: list[RelationshipReportData], options: ReportOptions, combined_path: Path,
                   report: Progress, cancelled: Callable[[], bool], workers: int | None,
                   company_file: Path | None) -> list[Path]:
    """All reports in one PDF, written only when every report is done (nothing on cancel)."""
    parts: list[bytes | None] = [None] * len(items)
    try:
        for done, (i, pdf) in enumerate(_results(items, options, workers, cancelled), start=1):
            parts[i] = pdf
            report(done, len(items))
    except BatchCancelled:
        return []
    data = _combined_pdf(items, parts, options, cancelled)
    if data is None or cancelled():
        return []
    outputs.write_bytes(combined_path, data, company_file, create_folder=True)
    return [combined_path]


def build_batch(
    items: list[RelationshipReportData],
    options: ReportOptions,
    out_dir: Path | None = None,
    combined_path: Path | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    workers: int | None = None,
    company_file: Path | None = None,
) -> list[Path]:
    """Render relationship reports either into `out_dir` (one file per pair)
    or into one `combined_path` (exactly one of the two).

    Files go through `storage.outputs`: never onto `company_file` (the open
    file), its journal, lock note or backups folder, nor onto any database.

    Returns the files written.  On cancel it returns early: in folder mode
    the reports completed so far stay (each is whole), in combined mode
    nothing is written.  Files are owner-only (0o600).
    """
    if (out_dir is None) == (combined_path is None):
        raise ValueError("give exactly one of out_dir or combined_path")
    is_cancelled = cancelled or (lambda: False)
    report = progress or (lambda done, total: None)
    report(0, len(items))
    if out_dir is not None:
        return _into_folder(items, options, Path(out_dir), report, is_cancelled, workers, company_file)
    return _into_one_file(items, options, Path(combined_path), report, is_cancelled,  # type: ignore[arg-type]
                          workers, company_file)
