"""The Linux desktop entry: MentorDesk in the applications menu, with its icon.

`MentorDesk --install-desktop-entry` (the bundled app) or
`mentordesk-gui --install-desktop-entry` (a pip install) writes it for the
current user, pointing at the program that was run, so it works wherever the
HR manager unpacked the app.  packaging/linux/mentordesk.desktop is the same
entry for distribution packagers.
"""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from pathlib import Path

from .assets import resource

DESKTOP_ID = "mentordesk"  # also QGuiApplication.desktopFileName, so the taskbar finds the icon


def data_home(env: dict[str, str] | None = None) -> Path:
    env = dict(os.environ) if env is None else env
    return Path(env.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def gui_command() -> list[str]:
    """How to start the window again: the bundled executable, or this Python with ui.app."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    script = shutil.which("mentordesk-gui")
    if script:
        return [script]
    return [sys.executable, "-m", "ui.app"]


def entry_text(command: list[str], icon: str) -> str:
    exec_line = " ".join(shlex.quote(part) for part in command) + " %f"
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Name=MentorDesk",
        "GenericName=Mentoring program",
        "Comment=Run your company's mentoring program: people, pairing, relationships, reports",
        f"Exec={exec_line}",
        f"Icon={icon}",
        "Terminal=false",
        "Categories=Office;",
        "Keywords=mentoring;mentor;mentee;HR;",
        "StartupWMClass=MentorDesk",
        "",
    ])


def install(env: dict[str, str] | None = None, command: list[str] | None = None) -> Path:
    """Write the icon and `mentordesk.desktop` under the user's data folder; returns the entry."""
    home = data_home(env)
    icon_dir = home / "icons" / "hicolor" / "256x256" / "apps"
    icon_dir.mkdir(parents=True, exist_ok=True)
    icon = icon_dir / f"{DESKTOP_ID}.png"
    shutil.copyfile(resource("icons", "mentordesk-256.png"), icon)
    apps = home / "applications"
    apps.mkdir(parents=True, exist_ok=True)
    entry = apps / f"{DESKTOP_ID}.desktop"
    entry.write_text(entry_text(command or gui_command(), str(icon)), encoding="utf-8")
    entry.chmod(0o755)
    return entry
