"""Build the double-click MentorDesk application for this computer.

    pip install -e ".[build]" && python scripts/build_app.py

makes `dist/MentorDesk/` (one folder, nothing to install) with two programs:
`MentorDesk` (the window) and `mentordesk-cli` (the command line; the names
differ in more than case, so they are two files on Windows too).  On macOS the
folder is also wrapped as `dist/MentorDesk.app`.  PyInstaller builds for the
machine it runs on, so Windows and macOS builds are made there (see
`.github/workflows/build-app.yml`); packaging/windows/MentorDesk.iss turns the
Windows folder into an installer with a Start-menu entry.

What goes in is decided here, in plain data, so a test can check it without
running PyInstaller; `packaging/mentordesk.spec` only turns it into a build.
"""

from __future__ import annotations

import runpy
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "MentorDesk"
SPEC = ROOT / "packaging" / "mentordesk.spec"
STAGED_RESOURCES = ROOT / "build" / "app-resources"
WORK = ROOT / "build" / "pyinstaller"
DIST = ROOT / "dist"

#: Parts of Qt and Python that MentorDesk never uses; leaving them out keeps the folder small.
EXCLUDES = (
    "tkinter", "pydoc_data", "IPython", "matplotlib", "pytest", "_pytest", "hypothesis",
    "pytestqt", "pypdf", "PyInstaller",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineQuick",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.Qt3DCore",
    "PySide6.QtMultimedia", "PySide6.QtCharts", "PySide6.QtDataVisualization", "PySide6.QtGraphs",
    "PySide6.QtBluetooth", "PySide6.QtNetworkAuth", "PySide6.QtSql", "PySide6.QtTest",
    "PySide6.QtDesigner", "PySide6.QtHelp", "PySide6.QtLocation", "PySide6.QtPositioning",
    "PySide6.QtSerialPort", "PySide6.QtRemoteObjects", "PySide6.QtScxml", "PySide6.QtSensors",
    "PySide6.QtSpatialAudio", "PySide6.QtTextToSpeech", "PySide6.QtWebChannel", "PySide6.QtWebSockets",
    "PySide6.QtOpenGLWidgets", "PySide6.QtUiTools", "PySide6.QtXml", "PySide6.QtAxContainer",
)


#: Binaries PyInstaller would collect that MentorDesk never loads: Qt's virtual-keyboard input
#: plugin, which alone drags in Qt Quick and QML (about 20 MiB). Matched against file names.
DROPPED_BINARIES = (
    "libqtvirtualkeyboardplugin", "qtvirtualkeyboardplugin", "Qt6VirtualKeyboard", "Qt6Quick",
    "Qt6Qml",
)


@dataclass(frozen=True)
class Program:
    name: str  # the file the user runs (".exe" is added on Windows)
    script: Path  # its entry script
    windowed: bool  # True: no console window on Windows/macOS


@dataclass(frozen=True)
class AppConfig:
    name: str
    programs: tuple[Program, ...]
    hidden_imports: tuple[str, ...]
    datas: tuple[tuple[str, str], ...]  # (source folder or file, folder inside the bundle)
    excludes: tuple[str, ...]
    icon: Path | None
    dropped_binaries: tuple[str, ...] = DROPPED_BINARIES
    pathex: tuple[str, ...] = field(default=(str(ROOT),))

    def keeps(self, dest_name: str) -> bool:
        """False for a collected binary that is left out of the app (see DROPPED_BINARIES)."""
        name = Path(dest_name).name
        return not any(pattern in name for pattern in self.dropped_binaries)


def project_modules(package: str) -> list[str]:
    """Every module of one of our packages, found from the source files.

    The CLI loads its areas (`mentordesk.cli.people`, …) and the window its screens
    (`ui.views.people`, …) by name at run time, which PyInstaller cannot see; naming
    every module of our own packages covers those and any added later."""
    base = ROOT / package
    modules = []
    for path in sorted(base.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if "__pycache__" in parts:
            continue
        modules.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return modules


def icon_file(platform: str = sys.platform) -> Path:
    icons = ROOT / "resources" / "icons"
    if platform.startswith("win"):
        return icons / "mentordesk.ico"
    if platform == "darwin":
        return icons / "mentordesk.icns"
    return icons / "mentordesk-256.png"


def app_config(staged: Path = STAGED_RESOURCES, platform: str = sys.platform) -> AppConfig:
    """Everything the build needs to know; `staged` holds the run-time resources
    (fonts, compiled translations, icons, licences) made by packaging/stage_resources.py."""
    return AppConfig(
        name=APP_NAME,
        programs=(
            Program("MentorDesk", ROOT / "packaging" / "entry_gui.py", windowed=True),
            Program("mentordesk-cli", ROOT / "packaging" / "entry_cli.py", windowed=False),
        ),
        # reportlab finds its C helpers (rl_accel) through exec(), which PyInstaller cannot see.
        hidden_imports=tuple(project_modules("mentordesk") + project_modules("ui") + ["_rl_accel"]),
        # Found at run time with importlib.resources.files("mentordesk") / "resources".
        datas=((str(staged), "mentordesk/resources"),),
        excludes=EXCLUDES,
        icon=icon_file(platform),
    )


def stage_resources(dest: Path = STAGED_RESOURCES) -> list[Path]:
    """Fonts, icons, licences and freshly compiled translations, as the wheel carries them."""
    stager = runpy.run_path(str(ROOT / "packaging" / "stage_resources.py"))
    return stager["stage"](ROOT / "resources", dest)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    try:
        import PyInstaller.__main__ as pyinstaller
    except ImportError:
        print('PyInstaller is missing: run  pip install -e ".[build]"  first.', file=sys.stderr)
        return 1
    started = time.monotonic()
    stage_resources()
    target = DIST / APP_NAME
    if target.exists():
        shutil.rmtree(target)
    pyinstaller.run([str(SPEC), "--noconfirm", "--clean", "--log-level", "WARN",
                     "--distpath", str(DIST), "--workpath", str(WORK)])
    exe = ".exe" if sys.platform.startswith("win") else ""
    for program in app_config().programs:
        if not (target / f"{program.name}{exe}").is_file():
            print(f"build_app: {program.name}{exe} is missing from {target}", file=sys.stderr)
            return 1
    size = folder_size(target)
    print(f"Built {target} in {time.monotonic() - started:.0f} s: {size / 2**20:.0f} MiB "
          f"in {sum(1 for _ in target.rglob('*'))} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
