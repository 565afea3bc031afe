"""Issue 15's fast paths give the same results as the slow ones, and skip the work they promise to.

No timings here (the benchmarks measure): each test checks behaviour against a plain
reference, and what is NOT computed (alternatives' sentences until read).
"""

from __future__ import annotations

import random
import sys
from datetime import date
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mentordesk.matching import Candidate, MatchSettings, plan_matches, score_pair  # noqa: E402
from mentordesk.matching import plan as plan_module  # noqa: E402
from mentordesk.matching.alternatives import Alternatives  # noqa: E402

TODAY = date(2025, 6, 1)
SKILLS = ("Coaching", "Excel", "Negotiation", "SQL", "Łódź logistics")


def _cohort(seed: int, n_mentees: int, n_mentors: int) -> tuple[list[Candidate], list[Candidate], dict]:
    """Random people with few distinct values, so many scores tie (ties must break by mentor order)."""
    rng = random.Random(seed)

    def person(pid: str, manager: str | None) -> Candidate:
        return Candidate(
            person_id=pid, name=pid, branch=rng.choice(["Lyon", "Kraków", ""]),
            department=rng.choice(["Sales", "IT"]),
            languages=frozenset(rng.sample(["English", "Polish", "Dutch"], rng.randint(0, 2))),
            hire_date=rng.choice([None, date(2010, 1, 1), date(2020, 5, 1)]),
            levels={s: rng.randint(0, 5) for s in rng.sample(SKILLS, 2)},
            targets={s: rng.randint(0, 5) for s in rng.sample(SKILLS, 2)},
            manager_id=manager,
        )

    mentors = [person(f"o{k}", None) for k in range(n_mentors)]
    mentees = [person(f"e{k}", rng.choice([None, *[m.person_id for m in mentors[:3]]])) for k in range(n_mentees)]
    caps = {m.person_id: rng.randint(0, 3) for m in mentors}
    return mentees, mentors, caps


def _plan(mentees, mentors, caps, **kw):
    return plan_matches(mentees, mentors, caps, MatchSettings(**kw), {}, {("e1", "o2")}, {"e0": ["o1"]}, {}, {},
                        today=TODAY)


def _eager_alternatives(mentee: Candidate, chosen: str, mentors: list[Candidate], **kw) -> list:
    """What plans did before: every allowed other mentor explained, best first, ties in mentor order."""
    scored = [(o.person_id, score_pair(mentee, o, MatchSettings(**kw), {}, {("e1", "o2")},
                                       ["o1"] if mentee.person_id == "e0" else [], (), TODAY))
              for o in mentors if o.person_id != chosen]
    allowed = [(k, pair) for k, pair in enumerate(scored) if pair[1].allowed]
    allowed.sort(key=lambda kp: (-kp[1][1].total, kp[0]))
    return [pair for _, pair in allowed[:plan_module.ALTERNATIVES]]


@pytest.mark.parametrize(("seed", "n_mentees", "n_mentors", "kind"),
                         [(1, 12, 5, "one_to_one"), (2, 40, 15, "group"), (3, 30, 2, "one_to_one"),
                          (4, 25, 9, "peer")])
@pytest.mark.parametrize("block_cells", [plan_module.ALTERNATIVE_BLOCK_CELLS, 7, 10**6])
def test_alternatives_equal_the_eager_ones(monkeypatch, seed, n_mentees, n_mentors, kind, block_cells) -> None:
    """Same mentors, same order, same full explanations as writing them all up front; also when the
    rows are taken in many small blocks (a tiny block size stands in for a 10,000-person cohort)
    and all at once."""
    monkeypatch.setattr(plan_module, "ALTERNATIVE_BLOCK_CELLS", block_cells)
    mentees, mentors, caps = _cohort(seed, n_mentees, n_mentors)
    by_id = {e.person_id: e for e in mentees}
    plan = _plan(mentees, mentors, caps, kind=kind)
    assert plan.proposals, "the cohort must place someone for the test to mean anything"
    assert any(len(p.alternatives) == plan_module.ALTERNATIVES for p in plan.proposals) or n_mentors < 4
    for p in plan.proposals:
        expected = _eager_alternatives(by_id[p.mentee_id], p.mentor_id, mentors, kind=kind)
        assert p.alternative_totals() == [(mid, ps.total) for mid, ps in expected]
        assert list(p.alternatives) == expected
        assert p.alternatives == expected


def test_alternatives_are_explained_only_when_read(monkeypatch) -> None:
    """A plan writes sentences for its proposals only; reading an alternative writes its own, once."""
    calls: list[tuple[str, str]] = []
    real = plan_module._score_checked

    def counted(mentee, mentor, *args):
        calls.append((mentee.person_id, mentor.person_id))
        return real(mentee, mentor, *args)

    monkeypatch.setattr(plan_module, "_score_checked", counted)
    mentees, mentors, caps = _cohort(5, 30, 10)
    plan = _plan(mentees, mentors, caps)
    assert sorted(calls) == sorted((p.mentee_id, p.mentor_id) for p in plan.proposals)
    calls.clear()
    totals = [p.alternative_totals() for p in plan.proposals]
    assert calls == [] and any(totals)
    first = next(p for p in plan.proposals if len(p.alternatives) >= 2)
    mentor_id, score = first.alternatives[1]
    assert calls == [(first.mentee_id, mentor_id)]
    assert score.total == dict(first.alternative_totals())[mentor_id] and score.reasons
    assert first.alternatives[1] == (mentor_id, score)
    assert first.alternatives[-len(first.alternatives) + 1][0] == mentor_id
    assert len(calls) == 1  # read again: kept, not written again


def test_alternatives_behave_as_a_list() -> None:
    """Indexing, slices, negative indices, equality: what callers of the old list relied on."""
    written: list[int] = []

    def explain(column: int):
        written.append(column)
        return score_pair(_cohort(9, 1, 1)[0][0], _cohort(9, 1, 1)[1][0], MatchSettings(), {}, (), (), (), TODAY)

    alts = Alternatives(["a", "b", "c"], [3.0, 2.0, 1.0], [4, 7, 9], explain)
    assert len(alts) == 3 and written == []
    assert alts.totals() == [("a", 3.0), ("b", 2.0), ("c", 1.0)] and written == []
    assert [mid for mid, _ in alts[1:]] == ["b", "c"] and written == [7, 9]
    assert alts[-1][0] == "c" and written == [7, 9]
    with pytest.raises(IndexError):
        alts[3]
    assert alts == list(alts) and alts != list(alts)[:2] and alts != "abc"
    assert Alternatives([], [], [], explain) == [] and written == [7, 9, 4]
    assert np.isfinite([t for _, t in alts.totals()]).all()


def test_matching_equals_every_word_in_the_key() -> None:
    """`search_fold.matching` (a pass per word, optionally among earlier positions) against the plain
    rule: every folded word somewhere in the folded key; typed accents, capitals, repeats, order."""
    from mentordesk.search_fold import fold, matching

    rng = random.Random(15)
    parts = ["Álvaro", "Núñez", "Łódź", "Straße", "Øre", "sales", "SQL", "e0", "@example.com", "de", "ıi"]
    keys = [fold(" ".join(rng.sample(parts, rng.randint(0, 4)))) for _ in range(400)]
    queries = ["", "a", "al", "ALV nun", "nun alv", "lodz", "łódź", "strasse", "ß", "ore", "de de", "x",
               "@ex", "e0 sql sales", "ii", "q q q"]
    for text in queries:
        words = fold(text).split()
        plain = [i for i, k in enumerate(keys) if all(w in k for w in words)]
        assert matching(keys, words) == plain, text
        among = [i for i in range(len(keys)) if i % 3]
        assert matching(keys, words, among) == [i for i in plain if i % 3], text
        assert matching(keys, words, range(len(keys))) == plain
    assert any(matching(keys, fold(q).split()) for q in queries[1:]) and not matching(keys, ["zzz"])


# -- report fonts from the cache -------------------------------------------------------------

ROOT = Path(__file__).resolve().parents[1]


def _report(demo_file: Path, cache: Path, out: Path) -> bytes:
    """One `report --relationship` in a real process, reportlab in invariant mode (no dates or ids),
    so two runs that drew the same thing write the same bytes."""
    import json
    import os
    import subprocess

    env = {**os.environ, "MENTORDESK_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT), "RL_invariant": "1"}
    md = [sys.executable, "-m", "mentordesk", "--db", str(demo_file)]
    listed = subprocess.run([*md, "relationships", "--json"], env=env, check=True, capture_output=True, text=True)
    rel = next(r["id"] for r in json.loads(listed.stdout) if r["status"] == "active")
    done = subprocess.run([*md, "report", "--relationship", rel, "--out", str(out)], env=env,
                          capture_output=True, text=True)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    return out.read_bytes()


def test_report_fonts_cached_give_the_same_pdf(demo_file: Path, tmp_path: Path) -> None:
    """Cold cache, warm cache, a damaged entry, an entry others could write, no usable cache folder:
    the same PDF bytes every time; entries are owner-only and a bad one is replaced."""
    import stat

    from pypdf import PdfReader

    cache = tmp_path / "cache"
    cold = _report(demo_file, cache, tmp_path / "cold.pdf")
    entries = sorted((cache / "fonts").glob("*.pickle"))
    assert len(entries) == 4 and all(e.name.startswith("DejaVuSans") for e in entries)
    assert all(stat.S_IMODE(e.stat().st_mode) == 0o600 for e in entries)
    assert stat.S_IMODE((cache / "fonts").stat().st_mode) == 0o700
    warm = _report(demo_file, cache, tmp_path / "warm.pdf")
    assert warm == cold
    entries[0].write_bytes(b"not a pickle")
    entries[1].chmod(0o666)
    assert _report(demo_file, cache, tmp_path / "damaged.pdf") == cold
    assert entries[0].read_bytes().startswith(b"\x80")  # parsed again and replaced by a real entry
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    assert _report(demo_file, blocked / "cache", tmp_path / "nocache.pdf") == cold
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "warm.pdf").pages)
    assert len(text) > 200
    fonts = {str(f.get("/BaseFont")) for page in PdfReader(tmp_path / "warm.pdf").pages
             for f in (page["/Resources"].get("/Font") or {}).values()}
    assert any("DejaVuSans" in f for f in fonts), fonts
    assert stat.S_IMODE(entries[1].stat().st_mode) == 0o600  # the entry others could write, replaced


def test_a_cached_font_is_not_parsed_again(tmp_path: Path, monkeypatch, font_parses) -> None:
    """The second load reads the entry: reportlab's parser is not run, and the result measures text
    and maps characters exactly as a freshly parsed font does."""
    from mentordesk.reports import font_cache
    from mentordesk.reports.styles import font_dir

    monkeypatch.setenv("MENTORDESK_CACHE_DIR", str(tmp_path / "cache"))
    path = font_dir() / "DejaVuSans-Bold.ttf"
    parsed = font_parses
    fresh = font_cache.load_ttfont("KBold", path)
    assert len(parsed) == 1
    cached = font_cache.load_ttfont("KBold", path)
    assert len(parsed) == 1 and cached is not fresh
    sample = "Łukasz Núñez-Straße ÅØ 123 ђ"
    for size in (7, 10.5, 24):
        assert cached.stringWidth(sample, size) == fresh.stringWidth(sample, size)
    assert cached.face.charToGlyph == fresh.face.charToGlyph and cached.face.bbox == fresh.face.bbox
    assert cached.face.makeSubset(list(range(40, 90))) == fresh.face.makeSubset(list(range(40, 90)))
    assert font_cache.load_ttfont("KOther", path).fontName == "KOther" and len(parsed) == 2


_RECORD_MODULES = """
import atexit, runpy, sys
out = sys.argv.pop(1)
atexit.register(lambda: open(out, "w").write("\\n".join(sys.modules)))
runpy.run_module("mentordesk", run_name="__main__", alter_sys=True)
"""


def test_one_relationship_report_loads_no_batch_no_program_report_no_urllib(demo_file: Path, tmp_path: Path) -> None:
    """A one-report command writes its PDF without the batch renderer's process pool, the program
    report or `xml.sax.saxutils` (which imports urllib.request, http.client and ssl)."""
    import json
    import os
    import subprocess

    from pypdf import PdfReader

    env = {**os.environ, "MENTORDESK_CACHE_DIR": str(tmp_path / "cache"), "PYTHONPATH": str(ROOT)}
    md = [sys.executable, "-m", "mentordesk", "--db", str(demo_file)]
    listed = subprocess.run([*md, "relationships", "--json"], env=env, check=True, capture_output=True, text=True)
    rel = next(r["id"] for r in json.loads(listed.stdout) if r["status"] == "active")
    out, pdf = tmp_path / "modules.txt", tmp_path / "one.pdf"
    done = subprocess.run([sys.executable, "-c", _RECORD_MODULES, str(out), "--db", str(demo_file), "report",
                           "--relationship", rel, "--out", str(pdf)], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    loaded = set(out.read_text().split())
    assert "mentordesk.reports.relationship" in loaded and "reportlab.platypus" in loaded
    unwanted = {"mentordesk.reports.batch", "mentordesk.reports.program", "multiprocessing", "concurrent.futures",
                "xml.sax.saxutils", "urllib.request", "http.client"}
    assert not unwanted & loaded, sorted(unwanted & loaded)
    assert len(PdfReader(pdf).pages) >= 1
    from mentordesk.reports import build_batch, build_program_report  # still there for those who ask
    assert callable(build_batch) and callable(build_program_report)
