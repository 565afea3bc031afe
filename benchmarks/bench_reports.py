"""Report rendering speed: one relationship report, and a 200-report batch.

Targets (2-core machine): one report under 0.15 s, 200 under 10 s.
Run: .venv/bin/python benchmarks/bench_reports.py [--batch N] [--runs N]
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mentordesk.reports import ReportOptions, build_batch, build_relationship_report  # noqa: E402
from mentordesk.reports.data import sample_relationship  # noqa: E402


def plain_reference(data, out: io.BytesIO) -> None:
    """The floor for one report: its meetings and goals through reportlab with no styling,
    charts, fonts of our own or text guard (what any PDF of this content costs)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    styles = getSampleStyleSheet()
    story = [Paragraph(f"{data.mentor.name} and {data.mentee.name}", styles["Title"])]
    story += [Paragraph(f"{g.title}: {g.status}", styles["Normal"]) for g in data.goals]
    story.append(Table([[m.held_on.isoformat(), str(m.minutes), str(m.outcome), m.topics]
                        for m in data.meetings]))
    SimpleDocTemplate(out, pagesize=A4).build(story)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--batch", type=int, default=200)
    args = ap.parse_args()

    options = ReportOptions(company_name="Nordlicht Consulting GmbH", generated_on=date(2024, 11, 20))
    data = sample_relationship(n_meetings=40)
    for _ in range(3):  # warm-up: font parsing, style and escape caches
        build_relationship_report(data, options, io.BytesIO())
    times, cpu = [], []
    for _ in range(args.runs):
        t, c = time.perf_counter(), time.process_time()
        build_relationship_report(data, options, io.BytesIO())
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    med = statistics.median(times)
    # CPU time is printed too: on a shared machine wall time mostly measures the neighbours
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"one relationship report: median {med:.3f} s wall, {statistics.median(cpu):.3f} s CPU over "
          f"{args.runs} runs (min {min(times):.3f}, max {max(times):.3f}); target < 0.150 s")

    ref_times = []
    for _ in range(args.runs):
        t = time.perf_counter()
        plain_reference(data, io.BytesIO())
        ref_times.append(time.perf_counter() - t)
    ref = statistics.median(ref_times)
    print(f"  MentorDesk one report {med:.3f} s beside its reference, the same meetings and goals as a plain "
          f"reportlab table and paragraphs {ref:.3f} s: ratio {med / ref:.2f}x")

    big = sample_relationship(n_meetings=300)
    t = time.perf_counter()
    build_relationship_report(big, options, io.BytesIO())
    print(f"one report with 300 meetings: {time.perf_counter() - t:.3f} s")

    items = [sample_relationship(f"Mentor {i}", f"Mentee {i}", n_meetings=20 + i % 40, seed=i)
             for i in range(args.batch)]
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        out = build_batch(items, options, out_dir=Path(tmp) / "folder")
        folder_s = time.perf_counter() - t
        kids = resource.getrusage(resource.RUSAGE_CHILDREN)
        kids_cpu = kids.ru_utime + kids.ru_stime
        print(f"{len(out)} reports to a folder: {folder_s:.2f} s on {os.cpu_count()} cores "
              f"({folder_s / len(out) * 1000:.0f} ms each; workers used {kids_cpu:.1f} s CPU); target < 10 s")
        # Reference: the same renderer on the same items one after another in this process.
        t = time.perf_counter()
        for item in items:
            build_relationship_report(item, options, io.BytesIO())
        serial = time.perf_counter() - t
        print(f"  MentorDesk batch {folder_s:.2f} s beside its reference, the same reports one after another "
              f"in one process {serial:.2f} s: ratio {folder_s / serial:.2f}x (speed-up {serial / folder_s:.2f}x)")
        t = time.perf_counter()
        out = build_batch(items, options, combined_path=Path(tmp) / "all.pdf")
        comb_s = time.perf_counter() - t
        print(f"{len(items)} reports combined into one PDF: {comb_s:.2f} s "
              f"({out[0].stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
