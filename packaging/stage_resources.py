"""Put MentorDesk's run-time files into a package folder, compiling the translations.

Used by the package build (`setup.py`, so every wheel carries
`mentordesk/resources/`) and by `scripts/build_app.py` (the double-click app).
The top-level `resources/` folder stays the source; compiled `.qm` files are
build output and never committed.  The core's gettext catalogs
(`mentordesk/i18n/locale/*/LC_MESSAGES/*.po`) are compiled into `locale/` the
same way (with Babel); a source checkout compiles them in memory instead.  Loaded with runpy rather than imported:
this folder is called `packaging`, like the well-known PyPI project.

Run directly to stage into a folder:  python packaging/stage_resources.py DEST
or, in a checkout after editing a .ts, to recompile the .qm files beside the sources:
    python packaging/stage_resources.py --in-place
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

#: Copied as they are; screenshots (README pictures) and .ts sources stay behind.
COPIED = ("fonts", "icons", "licenses")
#: Only these kinds of file are run-time resources.
SUFFIXES = {".ttf", ".txt", ".png", ".svg", ".ico", ".icns", ".qss"}
#: Documents the window shows (Help > User Guide), from the checkout's `docs/`, staged into `docs/`.
DOCS = ("user-guide.md",)


def compile_translations(source: Path, dest: Path) -> list[Path]:
    """`pyside6-lrelease` every `mentordesk_*.ts` in `source` into a `.qm` in `dest`.

    Runs the same entry point as the `pyside6-lrelease` command, from the PySide6
    that the build requires, so no Qt tools need to be on PATH."""
    dest.mkdir(parents=True, exist_ok=True)
    made = []
    for ts in sorted(source.glob("mentordesk_*.ts")):
        qm = dest / (ts.stem + ".qm")
        cmd = [sys.executable, "-c", "from PySide6.scripts.pyside_tool import lrelease; lrelease()",
               "-silent", str(ts), "-qm", str(qm)]
        result = subprocess.run(cmd, check=False, capture_output=True, text=True)
        if result.returncode != 0 or not qm.is_file():
            raise RuntimeError(f"pyside6-lrelease failed for {ts.name}: {result.stderr.strip()}")
        made.append(qm)
    if not made:
        raise RuntimeError(f"no translation sources (mentordesk_*.ts) in {source}")
    return made


#: The Qt-free core's gettext catalogs (sources), compiled into `locale/` of the staged resources.
CATALOGS = Path(__file__).resolve().parent.parent / "mentordesk" / "i18n" / "locale"


def compile_catalogs(source: Path, dest: Path) -> list[Path]:
    """Babel-compile every `<lang>/LC_MESSAGES/*.po` under `source` into a `.mo` at the
    same place under `dest` (fuzzy entries left out, format checks run)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    made = []
    for po in sorted(source.glob("*/LC_MESSAGES/*.po")):
        with po.open("rb") as fh:
            catalog = read_po(fh, locale=po.parent.parent.name, domain=po.stem)
        errors = [f"{m.id!r}: {e}" for m, errs in catalog.check() for e in errs]
        if errors:
            raise RuntimeError(f"{po}: " + "; ".join(errors[:5]))
        mo = dest / po.relative_to(source).with_suffix(".mo")
        mo.parent.mkdir(parents=True, exist_ok=True)
        with mo.open("wb") as fh:
            write_mo(fh, catalog, use_fuzzy=False)
        made.append(mo)
    if not made:
        raise RuntimeError(f"no gettext catalogs (*/LC_MESSAGES/*.po) in {source}")
    return made


def stage(source: Path, dest: Path) -> list[Path]:
    """Replace `dest` with the run-time subset of `source` (a `resources/` folder)."""
    if dest.exists():
        shutil.rmtree(dest)
    written = []
    for folder in COPIED:
        for path in sorted((source / folder).rglob("*")):
            if path.is_file() and path.suffix.lower() in SUFFIXES:
                target = dest / path.relative_to(source)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, target)
                written.append(target)
    written += compile_translations(source / "translations", dest / "translations")
    written += compile_catalogs(CATALOGS, dest / "locale")
    written += stage_docs(source.parent / "docs", dest / "docs")
    return written


def stage_docs(source: Path, dest: Path) -> list[Path]:
    """Copy the documents the window opens (the user guide) beside the other resources."""
    dest.mkdir(parents=True, exist_ok=True)
    written = []
    for name in DOCS:
        shutil.copy2(source / name, dest / name)  # a missing guide fails the build, not the user
        written.append(dest / name)
    return written


if __name__ == "__main__":
    root = Path(__file__).resolve().parent.parent
    if any(arg.startswith("-") and arg != "--in-place" for arg in sys.argv[1:]):
        print(__doc__)  # --help, -h or a mistyped option: explain rather than stage into a folder of that name
        sys.exit(0 if sys.argv[1] in ("-h", "--help") else 2)
    if sys.argv[1:] == ["--in-place"]:
        made = compile_translations(root / "resources" / "translations", root / "resources" / "translations")
    else:
        made = stage(root / "resources", Path(sys.argv[1]) if len(sys.argv) > 1 else root / "build" / "resources")
    for p in made:
        print(p)
