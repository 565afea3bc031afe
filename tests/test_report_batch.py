"""Batch export: folder and combined, progress, cancel, file names, permissions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from mentordesk.reports import ReportOptions, build_batch
from mentordesk.reports.batch import PARALLEL_THRESHOLD, safe_file_stem
from mentordesk.reports.data import sample_relationship

OPTIONS = ReportOptions(company_name="Nordlicht Consulting GmbH", generated_on=date(2024, 11, 20))


def items(n: int):
    return [sample_relationship(f"Mentor {i}", f"Mentee {i}", n_meetings=8, seed=i) for i in range(n)]


def leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith(".") or p.suffix != ".pdf"]


def test_folder_one_file_per_pair_unique_names_private(tmp_path: Path):
    batch = [
        sample_relationship("María José Núñez", "Zoë Ødegaard", n_meetings=5),
        sample_relationship("María José Núñez", "Zoë Ødegaard", n_meetings=5, seed=2),  # same pair twice
        sample_relationship("../../etc", "a/b:c*?<>|", n_meetings=5),
    ]
    calls: list[tuple[int, int]] = []
    out = build_batch(batch, OPTIONS, out_dir=tmp_path / "out", progress=lambda d, t: calls.append((d, t)))
    assert len(out) == 3 and len({p.name for p in out}) == 3
    assert out[0].name == "María José Núñez - Zoë Ødegaard.pdf"
    assert out[1].name == "María José Núñez - Zoë Ødegaard (2).pdf"
    assert all(p.parent == tmp_path / "out" for p in out)
    for p in out:
        assert p.stat().st_mode & 0o777 == 0o600
        assert 1 <= len(PdfReader(p).pages) <= 4
    assert calls[0] == (0, 3) and calls[-1] == (3, 3)
    assert leftovers(tmp_path / "out") == []


def test_existing_files_are_not_overwritten(tmp_path: Path):
    first = build_batch(items(1), OPTIONS, out_dir=tmp_path)
    second = build_batch(items(1), OPTIONS, out_dir=tmp_path)
    assert first[0] != second[0] and first[0].exists() and second[0].exists()


def test_combined_pdf_has_every_report(tmp_path: Path):
    batch = items(3)
    target = tmp_path / "all.pdf"
    calls: list[int] = []
    out = build_batch(batch, OPTIONS, combined_path=target, progress=lambda d, t: calls.append(d))
    assert out == [target]
    assert target.stat().st_mode & 0o777 == 0o600
    reader = PdfReader(target)
    text = "\n".join(p.extract_text() for p in reader.pages)
    for i in range(3):
        assert f"Mentee {i}" in text
    assert 3 <= len(reader.pages) <= 12
    assert [o.title for o in reader.outline] == [f"Mentor {i} & Mentee {i}" for i in range(3)]
    assert calls == [0, 1, 2, 3]


def test_exactly_one_destination(tmp_path: Path):
    with pytest.raises(ValueError):
        build_batch(items(1), OPTIONS)
    with pytest.raises(ValueError):
        build_batch(items(1), OPTIONS, out_dir=tmp_path, combined_path=tmp_path / "x.pdf")


def test_cancel_sequential_folder_keeps_only_whole_files(tmp_path: Path):
    done: list[int] = []
    out = build_batch(items(6), OPTIONS, out_dir=tmp_path, workers=1,
                      progress=lambda d, t: done.append(d), cancelled=lambda: len(done) >= 3)
    assert len(out) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in out)


def test_cancel_combined_writes_nothing(tmp_path: Path):
    done: list[int] = []
    out = build_batch(items(4), OPTIONS, combined_path=tmp_path / "all.pdf", workers=1,
                      progress=lambda d, t: done.append(d), cancelled=lambda: len(done) >= 2)
    assert out == []
    assert list(tmp_path.iterdir()) == []


def test_safe_file_stem():
    s = sample_relationship
    assert safe_file_stem(s("CON", "")) == "_CON"
    assert safe_file_stem(s("..", " ")) == "relationship"
    assert "/" not in safe_file_stem(s("../../etc/passwd", "x"))
    assert safe_file_stem(s("a\x00b\nc", "d")) == "abc - d"
    assert len(safe_file_stem(s("x" * 500, "y"))) <= 120
    assert safe_file_stem(s("王小明", "Дмитрий")) == "王小明 - Дмитрий"


@pytest.mark.slow
def test_parallel_batch_and_prompt_cancel(tmp_path: Path):
    n = PARALLEL_THRESHOLD + 4
    calls: list[int] = []
    out = build_batch(items(n), OPTIONS, out_dir=tmp_path / "all", workers=2, progress=lambda d, t: calls.append(d))
    assert len(out) == n and calls == list(range(n + 1))
    assert leftovers(tmp_path / "all") == []

    done: list[int] = []
    out = build_batch(items(n * 3), OPTIONS, out_dir=tmp_path / "cancel", workers=2,
                      progress=lambda d, t: done.append(d), cancelled=lambda: len(done) >= 4)
    assert 3 <= len(out) < n * 3
    assert sorted(p.name for p in (tmp_path / "cancel").iterdir()) == sorted(p.name for p in out)

    out = build_batch(items(n), OPTIONS, combined_path=tmp_path / "c.pdf", workers=2)
    assert len(PdfReader(out[0]).outline) == n
