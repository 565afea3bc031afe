"""Issue 10: MentorDesk installs and runs anywhere, not only from its checkout.

Real processes and real files: the wheel is built and installed into a folder
outside the checkout, the build script's configuration is read as PyInstaller
would get it, and Qt's platform-plugin failure is provoked for real (a library
hidden in a private mount namespace, an unreachable display, an unknown plugin).
"""

from __future__ import annotations

import configparser
import os
import runpy
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from mentordesk import __version__
from mentordesk.about import LICENCES, version_line
from mentordesk.storage.schema import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[1]


def build_app_module() -> dict:
    return runpy.run_path(str(ROOT / "scripts" / "build_app.py"), run_name="build_app_under_test")


def child_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    env.update(MENTORDESK_CONFIG_DIR=str(tmp_path / "config"), MENTORDESK_DATA_DIR=str(tmp_path / "data"),
               QT_QPA_PLATFORM="offscreen")
    env.update(extra)
    return env


def run_py(args: list[str], cwd: Path, env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout, check=False)


# ------------------------------------------------------------------ the build script's configuration

def test_build_config_has_two_programs_whose_names_differ_ignoring_case():
    config = build_app_module()["app_config"]()
    names = [p.name for p in config.programs]
    assert names == ["MentorDesk", "mentordesk-cli"]
    assert len({n.lower() for n in names}) == 2, "Windows file names ignore case"
    gui, cli = config.programs
    assert gui.windowed and not cli.windowed
    for program in config.programs:
        source = program.script.read_text(encoding="utf-8")
        assert "freeze_support()" in source, "batch reports spawn workers that re-run the bundled program"
    assert "from ui.app import main" in gui.script.read_text(encoding="utf-8")
    assert "from mentordesk.cli import main" in cli.script.read_text(encoding="utf-8")


def test_build_config_hidden_imports_cover_modules_loaded_by_name():
    """The CLI's areas and the window's screens are imported by name at run time,
    so PyInstaller only bundles them if they are listed."""
    from mentordesk.cli import AREAS
    from ui.app import VIEWS

    hidden = set(build_app_module()["app_config"]().hidden_imports)
    for area in AREAS:
        if (ROOT / "mentordesk" / "cli" / f"{area}.py").exists():
            assert f"mentordesk.cli.{area}" in hidden
    for module, _ in VIEWS:
        assert module in hidden
    for name in ("ui.file_actions", "ui.file_open", "ui.platform_check", "mentordesk.reports.batch"):
        if (ROOT / (name.replace(".", "/") + ".py")).exists():
            assert name in hidden
    every = {".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
             for pkg in ("mentordesk", "ui") for p in (ROOT / pkg).rglob("*.py")}
    assert every <= hidden, sorted(every - hidden)
    assert not any(h.startswith(("tests", "scripts")) for h in hidden)


def test_build_config_ships_the_staged_resources_where_importlib_finds_them(tmp_path):
    module = build_app_module()
    config = module["app_config"](staged=tmp_path / "staged")
    assert config.datas == ((str(tmp_path / "staged"), "mentordesk/resources"),)
    written = module["stage_resources"](tmp_path / "staged")
    staged = tmp_path / "staged"
    assert all(p.is_relative_to(staged) for p in written)
    from mentordesk.reports import fonts

    for font in [*fonts._FONT_FILES.values(), fonts._CJK_FILE]:
        assert (staged / "fonts" / font).is_file(), font
    for ts in (ROOT / "resources" / "translations").glob("*.ts"):
        qm = staged / "translations" / f"{ts.stem}.qm"
        assert qm.is_file() and qm.read_bytes()[:4] == b"\x3c\xb8\x64\x18", "a compiled Qt translation"
    for item in LICENCES:
        for name in item.files:
            assert (staged / name).is_file(), name
    assert (staged / "icons" / "mentordesk-256.png").is_file()
    assert not list(staged.rglob("*.ts")) and not (staged / "screenshots").exists()


@pytest.mark.skipif(not shutil.which("ldd"), reason="reads shared-library dependencies with ldd")
def test_build_config_drops_no_library_that_the_used_qt_parts_need():
    """The binaries left out (Qt's virtual keyboard and the QML it drags in) must not be
    needed by any Qt module or platform plugin MentorDesk uses."""
    import PySide6

    config = build_app_module()["app_config"]()
    pyside = Path(PySide6.__file__).parent
    used = [pyside / f"{m}.abi3.so" for m in ("QtCore", "QtGui", "QtWidgets", "QtPdf", "QtPdfWidgets",
                                               "QtPrintSupport", "QtSvg")]
    used += [pyside / "Qt" / "plugins" / "platforms" / f"lib{p}.so" for p in ("qxcb", "qoffscreen", "qwayland")]
    used = [p for p in used if p.exists()]
    assert len(used) >= 8
    needed = set()
    for binary in used:
        out = subprocess.run(["ldd", str(binary)], capture_output=True, text=True, check=True).stdout
        needed |= {line.split()[0] for line in out.splitlines() if "=>" in line}
    assert any("Qt6Widgets" in n for n in needed) and any("Qt6Pdf" in n for n in needed)
    assert all(config.keeps(n) for n in needed), sorted(n for n in needed if not config.keeps(n))
    assert not config.keeps("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so")
    assert not config.keeps("PySide6/Qt/lib/libQt6Quick.so.6")


@pytest.mark.parametrize("platform, suffix", [("win32", ".ico"), ("darwin", ".icns"), ("linux", ".png")])
def test_build_config_icon_exists_for_each_platform(platform, suffix):
    icon = build_app_module()["app_config"](platform=platform).icon
    assert icon.suffix == suffix and icon.is_file() and icon.stat().st_size > 1000


def test_compiled_translation_loads_in_qt(tmp_path, qapp):
    from PySide6.QtCore import QLocale, QTranslator

    stager = runpy.run_path(str(ROOT / "packaging" / "stage_resources.py"))
    made = stager["compile_translations"](ROOT / "resources" / "translations", tmp_path)
    assert {p.name for p in made} == {f"{ts.stem}.qm" for ts in (ROOT / "resources" / "translations").glob("*.ts")}
    for language in ("de_DE", "es_ES", "nl_NL"):
        assert QTranslator().load(QLocale(language), "mentordesk", "_", str(tmp_path)), language
    assert not QTranslator().load(QLocale("fi_FI"), "mentordesk", "_", str(tmp_path))


# ------------------------------------------------------------------ --version

def test_cli_version_names_version_file_format_and_licence_texts(tmp_path):
    done = run_py(["-m", "mentordesk", "--version"], cwd=ROOT, env=child_env(tmp_path, PYTHONPATH=str(ROOT)))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"MentorDesk {__version__} (file format {SCHEMA_VERSION})" == version_line()
    for item in LICENCES:
        assert any(item.component in line and item.licence in line for line in lines)
        for path in item.paths():
            assert str(path) in done.stdout and path.is_file()


def test_window_program_version_does_not_need_a_display(tmp_path):
    env = child_env(tmp_path, PYTHONPATH=str(ROOT))
    env.pop("QT_QPA_PLATFORM")
    env.pop("DISPLAY", None)
    done = run_py(["-m", "ui.app", "--version"], cwd=tmp_path, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == version_line()


def test_version_comes_from_one_place():
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in config["project"] and "version" in config["project"]["dynamic"]
    assert config["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "mentordesk.__version__"}


# ------------------------------------------------------------------ the installed package

@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The real wheel, built from this checkout and unpacked by pip into a folder outside it."""
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    (wheel,) = out.glob("mentordesk-*.whl")
    assert wheel.name.startswith(f"mentordesk-{__version__}-")
    target = tmp_path_factory.mktemp("site")
    done = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target),
                           str(wheel)], capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    target.joinpath("wheel-name").write_text(str(wheel))
    return target


@pytest.mark.slow
def test_wheel_carries_runtime_resources_and_nothing_from_the_checkout(installed):
    names = zipfile.ZipFile(installed.joinpath("wheel-name").read_text()).namelist()
    assert "mentordesk/resources/fonts/DejaVuSans.ttf" in names
    assert "mentordesk/resources/fonts/DroidSansFallbackFull.ttf" in names
    assert "mentordesk/resources/translations/mentordesk_de.qm" in names
    assert "mentordesk/resources/licenses/LGPL-3.0.txt" in names
    assert "mentordesk/resources/icons/mentordesk-256.png" in names
    assert not [n for n in names if n.endswith((".ts", ".pyc")) or "screenshots" in n or n == "main.py"]
    assert not [n for n in names if n.split("/")[0] not in ("mentordesk", "ui") and ".dist-info" not in n]


@pytest.mark.slow
def test_installed_copy_finds_its_resources_inside_itself(installed, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = child_env(tmp_path, PYTHONPATH=str(installed))
    code = ("import mentordesk, mentordesk.assets as a, mentordesk.reports.styles as s; "
            "print(mentordesk.__file__); print(a.resources_root()); print(s.font_dir())")
    done = run_py(["-c", code], cwd=elsewhere, env=env)
    assert done.returncode == 0, done.stderr
    for line in done.stdout.splitlines():
        assert Path(line).is_relative_to(installed), line
    assert Path(done.stdout.splitlines()[2], "DejaVuSans.ttf").is_file()
    version = run_py(["-m", "mentordesk", "--version"], cwd=elsewhere, env=env)
    assert version.returncode == 0 and str(installed / "mentordesk" / "resources") in version.stdout


@pytest.mark.slow
def test_installed_copy_without_its_resources_says_so_and_ignores_a_foreign_resources_folder(installed, tmp_path):
    damaged = tmp_path / "damaged"
    shutil.copytree(installed, damaged)
    shutil.rmtree(damaged / "mentordesk" / "resources")
    # Some other project's top-level resources/ beside the package must not be taken for ours.
    (damaged / "resources" / "fonts").mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "fonts" / "DejaVuSans.ttf", damaged / "resources" / "fonts")
    (damaged / "pyproject.toml").write_text('[project]\nname = "someone-else"\n')
    env = child_env(tmp_path, PYTHONPATH=str(damaged))
    done = run_py(["-m", "mentordesk", "--version"], cwd=tmp_path, env=env)
    assert done.returncode == 0 and "licence text missing" in done.stdout
    code = ("from pathlib import Path; import mentordesk.reports.fonts as s; "  # where font_dir reads it
            "s._SYSTEM_DEJAVU = Path('/nonexistent'); s.font_dir()")
    done = run_py(["-c", code], cwd=tmp_path, env=env)
    assert done.returncode == 1
    assert "ResourcesMissing" in done.stderr and "Reinstall MentorDesk" in done.stderr
    assert "TTFError" not in done.stderr


@pytest.mark.slow
def test_damaged_installation_reports_say_so_in_words_single_and_batch(installed, tmp_path):
    """No shipped fonts and no system DejaVu (hidden in a private mount namespace): one report
    and a whole program's batch (worker processes) both end in a sentence, exit status 1."""
    import sqlite3

    from mentordesk.reports.fonts import _SYSTEM_DEJAVU

    damaged = tmp_path / "damaged"
    shutil.copytree(installed, damaged)
    shutil.rmtree(damaged / "mentordesk" / "resources")
    prefix: list[str] = []
    if _SYSTEM_DEJAVU.exists():
        if not shutil.which("unshare"):
            pytest.skip("needs unshare to hide the system's DejaVu fonts")
        prefix = ["unshare", "--mount", "sh", "-c", f"mount -t tmpfs tmpfs {_SYSTEM_DEJAVU} && exec \"$@\"", "sh"]
        probe = subprocess.run([*prefix, "true"], capture_output=True, text=True, check=False)
        if probe.returncode != 0:
            pytest.skip(f"cannot make a mount namespace here: {probe.stderr.strip()}")
    env = child_env(tmp_path, PYTHONPATH=str(damaged))
    company = tmp_path / "company.db"
    assert run_py(["-m", "mentordesk", "--db", str(company), "demo"], cwd=tmp_path, env=env).returncode == 0
    with sqlite3.connect(company) as con:
        rel_id = con.execute("SELECT id FROM relationships LIMIT 1").fetchone()[0]
        program = con.execute("SELECT name FROM programs ORDER BY name LIMIT 1").fetchone()[0]
    for args in (["--relationship", rel_id, "--out", str(tmp_path / "one.pdf")],
                 ["--program", program, "--each", "--out-dir", str(tmp_path / "batch")]):
        done = subprocess.run([*prefix, sys.executable, "-m", "mentordesk", "--db", str(company), "report", *args],
                              cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300, check=False)
        assert done.returncode == 1, (args, done.stderr)
        assert done.stderr.startswith("mentordesk: MentorDesk cannot write the PDF"), done.stderr
        assert "Traceback" not in done.stderr and "Reinstall MentorDesk" in done.stderr
    assert not (tmp_path / "one.pdf").exists()
    assert not list((tmp_path / "batch").glob("*.pdf")) if (tmp_path / "batch").exists() else True


def test_only_our_own_checkout_counts_as_a_source_checkout(tmp_path):
    from mentordesk.assets import _is_source_checkout, resources_root

    assert _is_source_checkout(ROOT)
    assert resources_root() == ROOT / "resources"
    (tmp_path / "resources" / "fonts").mkdir(parents=True)
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "mentordesk-fork-of-something"\n')
    assert not _is_source_checkout(tmp_path)
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "mentordesk"\n')
    assert _is_source_checkout(tmp_path)


# ------------------------------------------------------------------ Linux desktop entry

def test_desktop_entry_points_at_a_real_program_and_icon(tmp_path):
    from mentordesk.desktop_entry import install

    entry = install(env={"XDG_DATA_HOME": str(tmp_path / "share")})
    assert entry == tmp_path / "share" / "applications" / "mentordesk.desktop"
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(entry, encoding="utf-8")
    section = parser["Desktop Entry"]
    assert section["Type"] == "Application" and section["Name"] == "MentorDesk"
    program = section["Exec"].split()[0]
    assert Path(program).is_file() and os.access(program, os.X_OK)
    assert section["Exec"].endswith(" %f")
    icon = Path(section["Icon"])
    assert icon.is_file() and icon.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    validator = shutil.which("desktop-file-validate")
    for path in (entry, ROOT / "packaging" / "linux" / "mentordesk.desktop"):
        if validator:
            done = subprocess.run([validator, str(path)], capture_output=True, text=True, check=False)
            assert done.returncode == 0, done.stdout + done.stderr
