"""Prove the installed package works, not the checkout: build the wheel, install it
into a fresh virtual environment outside the checkout and use it from another folder.

    python scripts/check_wheel.py [--keep] [--work DIR]

Checks, each printed as `ok:` or `FAIL:` (exit status 1 on any failure):
the wheel carries the fonts, compiled translations, icons and licence texts;
from the fresh environment, `mentordesk --version` works and finds its files inside
that environment; `mentordesk demo` creates a company file; a relationship between
people with Chinese and Greek names gets a report whose fonts are all embedded and
whose names are real text (read back with pypdf); the window opens offscreen
(`mentordesk-gui --check-start`) and stays up; the German translation loads.
Run it with the project's development Python (it needs pypdf to read the PDF).
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = "Scripts" if os.name == "nt" else "bin"
#: People whose names need the two shipped font families (DejaVu: Greek; Droid Sans Fallback: Chinese).
MENTOR = ("E9001", "王秀英", "wang.xiuying@example.com")
MENTEE = ("E9002", "Ελένη Παπαδοπούλου", "eleni.papadopoulou@example.com")


class CheckFailed(Exception):
    pass


def ok(text: str) -> None:
    print(f"ok: {text}", flush=True)


def run(cmd: list[str], *, cwd: Path, env: dict[str, str], timeout: float = 300) -> subprocess.CompletedProcess:
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False)
    if done.returncode != 0:
        raise CheckFailed(f"{' '.join(map(str, cmd))} exited {done.returncode}\n{done.stdout}\n{done.stderr}")
    return done


def build_wheel(out: Path) -> Path:
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(ROOT)],
        cwd=out, env=dict(os.environ))
    wheels = sorted(out.glob("mentordesk-*.whl"))
    if len(wheels) != 1:
        raise CheckFailed(f"expected one wheel in {out}, found {wheels}")
    ok(f"built {wheels[0].name} ({wheels[0].stat().st_size / 2**20:.1f} MiB)")
    return wheels[0]


def check_wheel_contents(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    base = "mentordesk/resources/"
    needed = [base + f"fonts/{f.name}" for f in (ROOT / "resources" / "fonts").glob("*.ttf")]
    needed += [base + f"translations/{ts.stem}.qm" for ts in (ROOT / "resources" / "translations").glob("*.ts")]
    needed += [base + "icons/mentordesk-256.png", base + "licenses/LGPL-3.0.txt",
               base + "fonts/DejaVu-LICENSE.txt", base + "fonts/DroidSansFallback-LICENSE.txt",
               base + "docs/user-guide.md"]
    missing = [n for n in needed if n not in names]
    if missing:
        raise CheckFailed(f"the wheel lacks {missing}")
    unwanted = [n for n in names if n.endswith(".ts") or "screenshots/" in n or n == "main.py"]
    if unwanted:
        raise CheckFailed(f"the wheel carries files that are not run-time resources: {unwanted}")
    ok(f"the wheel carries {len(needed)} resource files (fonts, compiled translations, icon, licences, guide)")


def fresh_venv(folder: Path, wheel: Path) -> Path:
    subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True, timeout=300)
    py = folder / BIN / "python"
    started = time.monotonic()
    run([str(py), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(wheel)],
        cwd=folder, env=dict(os.environ), timeout=900)
    ok(f"installed the wheel and its dependencies into a fresh environment {folder} "
       f"({time.monotonic() - started:.0f} s)")
    return folder / BIN


def user_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(QT_QPA_PLATFORM="offscreen", MENTORDESK_CONFIG_DIR=str(home / "config"),
               MENTORDESK_DATA_DIR=str(home / "data"), PYTHONNOUSERSITE="1")
    return env


def check_installed_copy(bindir: Path, work: Path, env: dict[str, str]) -> None:
    venv = bindir.parent.resolve()
    out = run([str(bindir / "mentordesk"), "--version"], cwd=work, env=env).stdout
    first = out.splitlines()[0]
    if not first.startswith("MentorDesk ") or "file format" not in first:
        raise CheckFailed(f"unexpected --version output: {out}")
    where = run([str(bindir / "python"), "-c",
                 "import mentordesk, mentordesk.assets as a; print(mentordesk.__file__); print(a.resources_root())"],
                cwd=work, env=env).stdout.split()
    for path in where:
        if not Path(path).resolve().is_relative_to(venv) or Path(path).resolve().is_relative_to(ROOT):
            raise CheckFailed(f"{path} is not inside the fresh environment {venv}")
    ok(f"{first}; package and resources found inside the fresh environment")


def check_report(cli: str, work: Path, env: dict[str, str]) -> Path:
    """`cli` creates the demo, then a relationship between people with Chinese and
    Greek names; returns its report."""
    db = work / "company.db"
    run([cli, "--db", str(db), "demo"], cwd=work, env=env)
    ok(f"mentordesk demo created {db.name} ({db.stat().st_size // 1024} KiB)")
    people = work / "people.csv"
    with people.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["employee_id", "name", "email", "department", "branch", "title", "role"])
        writer.writerow([*MENTOR, "Finance", "Kraków", "Controller", "mentor"])
        writer.writerow([*MENTEE, "Sales", "Kraków", "Account Manager", "mentee"])
    run([cli, "--db", str(db), "import-people", str(people)], cwd=work, env=env)
    started = run([cli, "--db", str(db), "start-relationship", "--mentor", MENTOR[0], "--mentee", MENTEE[0]],
                  cwd=work, env=env).stdout
    rel_id = next((w for w in started.split() if w.count("-") == 4), None)
    if rel_id is None:
        raise CheckFailed(f"start-relationship printed no id: {started}")
    pdf = work / "report.pdf"
    run([cli, "--db", str(db), "report", "--relationship", rel_id, "--out", str(pdf)], cwd=work, env=env)
    return pdf


def _fonts(resources, seen: set[int]) -> list:
    """Every font a page uses, including those inside form XObjects (charts)."""
    found = []
    if resources is None or id(resources) in seen:
        return found
    seen.add(id(resources))
    resources = resources.get_object()
    for font in (resources.get("/Font") or {}).values():
        found.append(font.get_object())
    for xobject in (resources.get("/XObject") or {}).values():
        xobject = xobject.get_object()
        if xobject.get("/Subtype") == "/Form":
            found += _fonts(xobject.get("/Resources"), seen)
    return found


def _embedded(font) -> bool:
    if font.get("/Subtype") == "/Type3":
        return True  # drawn by the PDF itself
    if font.get("/Subtype") == "/Type0":
        font = font["/DescendantFonts"][0].get_object()
    descriptor = font.get("/FontDescriptor")
    if descriptor is None:
        return False
    descriptor = descriptor.get_object()
    return any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))


def check_pdf(pdf: Path) -> None:
    from pypdf import PdfReader

    reader = PdfReader(str(pdf))
    fonts, seen = [], set()
    for page in reader.pages:
        fonts += _fonts(page.get("/Resources"), seen)
    names = sorted({str(f.get("/BaseFont")) for f in fonts})
    not_embedded = sorted({str(f.get("/BaseFont")) for f in fonts if not _embedded(f)})
    if not fonts or not_embedded:
        raise CheckFailed(f"fonts not embedded in the report: {not_embedded or 'no fonts at all'}")
    for family in ("DejaVuSans", "DroidSansFallback"):
        if not any(family in n for n in names):
            raise CheckFailed(f"the report does not use {family}; its fonts: {names}")
    text = "".join(page.extract_text() or "" for page in reader.pages)
    compact = "".join(text.split())
    for name in (MENTOR[1], MENTEE[1]):
        if "".join(name.split()) not in compact:
            raise CheckFailed(f"{name!r} is not real text in the report")
    ok(f"report {pdf.name}: {len(reader.pages)} page(s), all {len(names)} fonts embedded "
       f"({', '.join(n.split('+')[-1].lstrip('/') for n in names)}); {MENTOR[1]} and {MENTEE[1]} are real text")


def check_window(gui: str, work: Path, env: dict[str, str], stay_up: float = 5.0,
                 silent_ok: bool = False) -> None:
    """`gui --check-start` shows the window with the file open; then a plain start stays up.
    `silent_ok`: a Windows GUI program has no stdout, so only its exit status speaks."""
    out = run([gui, "--db", str(work / "company.db"), "--check-start"], cwd=work, env=env, timeout=120).stdout
    if not (silent_ok and not out) and ("window shown" not in out or "file open" not in out):
        raise CheckFailed(f"--check-start did not show the window: {out}")
    ok(out.strip() or "--check-start: the window opened (exit status 0)")
    proc = subprocess.Popen([gui, "--db", str(work / "company.db")], cwd=work, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + stay_up
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
    if proc.poll() is not None:
        raise CheckFailed(f"the window quit by itself with status {proc.returncode}: {proc.communicate()[1]}")
    proc.terminate()
    _, err = proc.communicate(timeout=30)
    if "Traceback" in err:
        raise CheckFailed(f"the window printed a traceback:\n{err}")
    ok(f"the window stayed up for {stay_up:.0f} s offscreen")


def check_translation(bindir: Path, work: Path, env: dict[str, str]) -> None:
    code = ("from PySide6.QtCore import QLocale; from PySide6.QtWidgets import QApplication; "
            "from ui.resources import install_translations; app = QApplication([]); "
            "print(install_translations(app, QLocale('de_DE')))")
    out = run([str(bindir / "python"), "-c", code], cwd=work, env=env).stdout.strip()
    if out != "True":
        raise CheckFailed(f"the German translation did not load from the installed package: {out}")
    ok("the compiled German translation loads from the installed package")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, help="folder to work in (default: a new temporary folder)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder afterwards")
    args = parser.parse_args(argv)
    work_root = args.work or Path(tempfile.mkdtemp(prefix="mentordesk-wheel-"))
    work_root.mkdir(parents=True, exist_ok=True)
    if work_root.resolve().is_relative_to(ROOT):
        print("FAIL: the work folder must be outside the checkout", file=sys.stderr)
        return 1
    started = time.monotonic()
    try:
        (work_root / "wheel").mkdir(exist_ok=True)
        wheel = build_wheel(work_root / "wheel")
        check_wheel_contents(wheel)
        bindir = fresh_venv(work_root / "venv", wheel)
        work = work_root / "elsewhere"
        work.mkdir(exist_ok=True)
        env = user_env(work_root / "home")
        check_installed_copy(bindir, work, env)
        check_pdf(check_report(str(bindir / "mentordesk"), work, env))
        check_window(str(bindir / "mentordesk-gui"), work, env)
        check_translation(bindir, work, env)
    except (CheckFailed, subprocess.SubprocessError, OSError) as exc:
        print(f"FAIL: {exc}", flush=True)
        return 1
    finally:
        if not args.keep:
            shutil.rmtree(work_root, ignore_errors=True)
    print(f"ok: the installed package works outside the checkout ({time.monotonic() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
