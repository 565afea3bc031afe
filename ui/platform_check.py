"""Say what to install when Qt cannot open a window, instead of Qt's own message.

On Linux the usual cause is a missing X11 helper library (since Qt 6.5,
`libxcb-cursor0`): Qt then prints a paragraph about "platform plugins" and
aborts, which tells an HR manager nothing.  Before QApplication exists we check
the libraries the xcb plugin links against (with `ldd`, or by loading it) and
name the packages to install; a message handler catches the remaining fatal
cases (no display, a broken plugin) and replaces Qt's abort with a sentence.
"""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Self

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)
_CANNOT_OPEN = re.compile(r"(\S+\.so[.\d]*): cannot open shared object file")
_BROKEN = re.compile(r"error while loading shared libraries: (\S+?):")
_SONAME = re.compile(r"^(lib[\w+.-]*?)\.so\.(\d+)")

#: Distribution packages whose names do not follow Debian's soname rule, or that are
#: named differently on Fedora (shown as a second hint).
_FEDORA = {"libxcb-cursor0": "xcb-util-cursor", "libxkbcommon-x11-0": "libxkbcommon-x11",
           "libxcb-icccm4": "xcb-util-wm", "libxcb-keysyms1": "xcb-util-keysyms",
           "libxcb-image0": "xcb-util-image", "libxcb-render-util0": "xcb-util-renderutil"}


def debian_package(soname: str) -> str:
    """Debian's package for a shared library, by its naming policy: `libxcb-cursor.so.0`
    is in `libxcb-cursor0`, `libxkbcommon-x11.so.0` in `libxkbcommon-x11-0`."""
    match = _SONAME.match(soname)
    if not match:
        return soname
    name, major = match.group(1).lower(), match.group(2)
    return f"{name}-{major}" if name[-1].isdigit() else f"{name}{major}"


def missing_libraries(binary: Path) -> list[str]:
    """The shared libraries `binary` needs that the system cannot find."""
    ldd = shutil.which("ldd")
    if ldd:
        try:
            done = subprocess.run([ldd, str(binary)], check=False, capture_output=True, text=True, timeout=20)
            out = done.stdout + done.stderr
        except (OSError, subprocess.SubprocessError):
            out = None
        if out is not None:
            broken = [Path(path).name for path in _BROKEN.findall(out)]  # present but unreadable
            return sorted(set(_NOT_FOUND.findall(out)) | set(broken))
    try:  # no ldd: loading it reports the first library that is missing
        ctypes.CDLL(str(binary))
    except OSError as exc:
        return _CANNOT_OPEN.findall(str(exc))[:1]
    return []


def xcb_plugin_files(plugins: Path) -> list[Path]:
    """The xcb platform plugin and the Qt library behind it."""
    candidates = [plugins / "platforms" / "libqxcb.so"]
    candidates += sorted((plugins.parent / "lib").glob("libQt6XcbQpa.so*"))[:1]
    return [p for p in candidates if p.exists()]


def _qt_plugins_dir() -> Path:
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))


def install_advice(sonames: list[str]) -> str:
    packages = sorted({debian_package(s) for s in sonames})
    fedora = sorted({_FEDORA[p] for p in packages if p in _FEDORA})
    lines = [
        "MentorDesk cannot open its window: this computer lacks "
        + ("a system library" if len(sonames) == 1 else "some system libraries")
        + " that Qt needs to draw windows (" + ", ".join(sonames) + ").",
        "Nothing was opened or changed. Install " + ("it" if len(sonames) == 1 else "them")
        + ", then start MentorDesk again:",
        "  Debian, Ubuntu, Mint:  sudo apt install " + " ".join(packages),
    ]
    if fedora:
        lines.append("  Fedora:               sudo dnf install " + " ".join(fedora))
    lines.append("The command line (mentordesk-cli or mentordesk) works without them.")
    return "\n".join(lines)


def platform_problem(env: Mapping[str, str] | None = None, platform: str | None = None,
                     plugins_dir: Callable[[], Path] = _qt_plugins_dir) -> str | None:
    """A plain explanation if Qt is bound to fail opening a window here, else None.

    Only Linux's X11 plugin is checked: offscreen, Wayland, Windows and macOS
    plugins ship everything they need."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return None
    requested = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if requested and requested != "xcb":
        return None
    if not requested and env.get("WAYLAND_DISPLAY"):
        return None  # Qt prefers Wayland there
    if not env.get("DISPLAY"):
        return no_display_advice()
    missing = sorted({lib for binary in xcb_plugin_files(plugins_dir()) for lib in missing_libraries(binary)})
    return install_advice(missing) if missing else None


def no_display_advice() -> str:
    return ("MentorDesk cannot open its window: no desktop display was found (DISPLAY is not set).\n"
            "Start it from the desktop (double-click), not from a remote terminal. Nothing was changed.\n"
            "The command line (mentordesk-cli or mentordesk) works without a display.")


def fatal_advice(qt_message: str, env: Mapping[str, str] | None = None) -> str:
    """What to say when Qt gives up on its platform plugin after all."""
    env = os.environ if env is None else env
    if "connect to display" in qt_message:
        return ("MentorDesk cannot open its window: it could not reach the desktop display "
                f"({env.get('DISPLAY') or 'none set'}).\n"
                "Start it from the desktop (double-click). Nothing was changed.\n"
                "The command line (mentordesk-cli or mentordesk) works without a display.")
    return ("MentorDesk cannot open its window: Qt could not load the part that draws windows on this "
            "system.\nNothing was changed. On Linux, install libxcb-cursor0 (Debian, Ubuntu) or "
            "xcb-util-cursor (Fedora) and try again; if that does not help, reinstall MentorDesk.\n"
            "The command line (mentordesk-cli or mentordesk) still works.")


class FatalPlatformGuard:
    """While QApplication is being created, turn Qt's fatal platform-plugin message
    into our advice and a plain exit status 1 (instead of an abort and a core dump)."""

    def __init__(self, write: Callable[[str], object] | None = None) -> None:
        self._write = write or (lambda text: print(text, file=sys.stderr, flush=True))
        self._previous = None
        self._qpa: list[str] = []  # Qt's platform warnings, which say why the fatal came

    def _handler(self, mode, context, message: str) -> None:
        from PySide6.QtCore import QtMsgType

        if mode == QtMsgType.QtFatalMsg:
            self._write(fatal_advice("\n".join([*self._qpa, message])))
            os._exit(1)
        category = getattr(context, "category", "") or ""
        if category.startswith("qt.qpa"):
            self._qpa.append(message)
        else:
            print(message, file=sys.stderr)  # anything else reads as Qt would print it

    def __enter__(self) -> Self:
        from PySide6.QtCore import qInstallMessageHandler

        self._previous = qInstallMessageHandler(self._handler)
        return self

    def __exit__(self, *exc) -> None:
        from PySide6.QtCore import qInstallMessageHandler

        qInstallMessageHandler(self._previous)
        for message in self._qpa:  # Qt started after all: its warnings read as Qt would print them
            print(message, file=sys.stderr)
