"""Issue 15: reportlab's web-address pattern compiles on first use, and then behaves as compiled.

Each check runs in a fresh process, since whether reportlab's paragraph module was imported
before MentorDesk's reports is process-wide. No timings (benchmarks/bench_startup.py).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _python(code: str, *args: str, cwd: Path) -> str:
    done = subprocess.run([sys.executable, "-c", code, *args], env={**os.environ, "PYTHONPATH": str(ROOT)},
                          capture_output=True, text=True, cwd=cwd)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout.strip()


def test_importing_the_reports_leaves_only_the_web_address_pattern_waiting(tmp_path: Path) -> None:
    code = """
import re
stdlib_compile = re.compile
import mentordesk.reports
import reportlab.platypus.paragraph as p
from mentordesk.reports.lazy_patterns import DeferredPattern
waiting = [k for k, v in vars(p).items() if isinstance(v, DeferredPattern)]
real = [k for k, v in vars(p).items() if isinstance(v, re.Pattern)]
print(waiting, p.uri_pat.is_compiled(), re.compile is stdlib_compile, len(real) >= 5)
"""
    assert _python(code, cwd=tmp_path) == "['uri_pat'] False True True"


def test_a_paragraph_module_imported_earlier_is_left_as_it_is(tmp_path: Path) -> None:
    code = """
import re
import reportlab.platypus.paragraph as p
import mentordesk.reports
print(type(p.uri_pat) is re.Pattern)
"""
    assert _python(code, cwd=tmp_path) == "True"


def test_a_whole_report_never_needs_the_pattern(demo_file: Path, tmp_path: Path) -> None:
    """The point of deferring: a one-relationship report (a real `mentordesk report` process)
    ends without compiling it."""
    import sqlite3

    with sqlite3.connect(f"file:{demo_file}?mode=ro", uri=True) as conn:
        rel = conn.execute("SELECT id FROM relationships WHERE status = 'active' ORDER BY id").fetchone()[0]
    code = """
import atexit, runpy, sys
def said():
    p = sys.modules["reportlab.platypus.paragraph"]
    print("compiled" if p.uri_pat.is_compiled() else "waiting", file=sys.stderr)
atexit.register(said)
runpy.run_module("mentordesk", run_name="__main__", alter_sys=True)
"""
    pdf = tmp_path / "r.pdf"
    done = subprocess.run([sys.executable, "-c", code, "--db", str(demo_file), "report", "--relationship", rel,
                           "--out", str(pdf)], env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True,
                          text=True, cwd=tmp_path)
    assert done.returncode == 0 and pdf.stat().st_size > 1000, done.stderr[-2000:]
    assert done.stderr.strip().splitlines()[-1] == "waiting"


_SAME = """
import re, sys
import mentordesk.reports
import reportlab.platypus.paragraph as p
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus.paragraph import Paragraph
deferred = p.uri_pat
real = re.compile(deferred.pattern_text, re.IGNORECASE)
addresses = ["https://example.com/a/b/c", "HTTP://Example.COM:8080/x?y=1#z", "ftp://user:pw@10.0.0.1/file",
             "https://www.bücher.de/kategorie/romane/", "https://[2001:db8::1]/", "mailto:hr@acme.test",
             "not an address", "https://-bad-.example/", "https://localhost", "C:\\\\Users\\\\hr\\\\report.pdf",
             "https://" + "x" * 70 + ".com/" + "/".join("seg%d" % i for i in range(12))]
for text in addresses:
    a, b = deferred.match(text), real.match(text)
    assert (a and a.groups()) == (b and b.groups()), text
    p.uri_pat = deferred
    split_deferred = p._uri_split_pairs(text)
    p.uri_pat = real
    split_real = p._uri_split_pairs(text)
    assert split_deferred == split_real, text
style = ParagraphStyle("t", fontName="Helvetica", fontSize=9, leading=11, uriWasteReduce=0.3,
                       splitLongWords=1, hyphenationLang="")
lines = {}
for name, pattern in (("deferred", deferred), ("real", real)):
    p.uri_pat = pattern
    para = Paragraph("See " + " and ".join(addresses[:3] + addresses[-1:]) + " for the programme.", style)
    para.wrap(90, 1000)
    lines[name] = [" ".join(w if isinstance(w, str) else str(w) for w in getattr(ln, "words", ln[1]))
                   for ln in para.blPara.lines]
assert lines["deferred"] == lines["real"] and len(lines["real"]) > 4, lines
print(deferred.is_compiled(), deferred.flags == real.flags, deferred.pattern == real.pattern)
"""


def test_the_deferred_pattern_matches_splits_and_wraps_as_the_compiled_one(tmp_path: Path) -> None:
    assert _python(_SAME, cwd=tmp_path) == "True True True"


def test_other_threads_compiling_meanwhile_get_real_patterns(tmp_path: Path) -> None:
    """`re.compile` is wrapped only while the paragraph module imports; a thread compiling its own
    case-insensitive patterns at that moment must get real, working patterns."""
    code = """
import re, threading
got, stop = [], threading.Event()
def compile_many():
    n = 0
    while not stop.is_set() or n < 50:
        got.append(re.compile("ab%dc[d-f]+" % n, re.IGNORECASE))
        n += 1
worker = threading.Thread(target=compile_many)
worker.start()
import mentordesk.reports  # defers while the thread compiles
stop.set()
worker.join()
ok = all(isinstance(x, re.Pattern) and x.match("AB%dCDEF" % i) for i, x in enumerate(got))
print(ok, len(got) >= 50)
"""
    assert _python(code, cwd=tmp_path) == "True True"


@pytest.mark.parametrize("attribute", ["match", "search", "pattern", "groups"])
def test_every_use_of_the_stand_in_reaches_the_real_pattern(attribute: str) -> None:
    from mentordesk.reports.lazy_patterns import DeferredPattern

    stand_in = DeferredPattern(r"(a)(b)?", re.IGNORECASE)
    real = re.compile(r"(a)(b)?", re.IGNORECASE)
    assert not stand_in.is_compiled()
    mine, theirs = getattr(stand_in, attribute), getattr(real, attribute)
    assert stand_in.is_compiled()
    if callable(theirs):
        assert mine("xAB").group(0) if attribute == "search" else mine("AB").groups() == theirs("AB").groups()
    else:
        assert mine == theirs
