"""The identity of this installation, written into every row it changes (`site`)."""

from __future__ import annotations

import json
import os
from pathlib import Path

_cached: str | None = None


def config_dir() -> Path:
    override = os.environ.get("MENTORDESK_CONFIG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_config_dir  # here: with the folder overridden it is not needed

    return Path(user_config_dir("MentorDesk", appauthor=False))


def installation_site() -> str:
    """A stable id like `LAPTOP-7/3f2a9c1e`: readable in a merge log, unique per installation."""
    global _cached
    override = os.environ.get("MENTORDESK_SITE")
    if override:
        return override
    if _cached:
        return _cached
    folder = config_dir()
    path = folder / "site.json"
    try:
        _cached = json.loads(path.read_text(encoding="utf-8"))["site"]
        return _cached
    except (OSError, ValueError, KeyError):
        pass
    import socket  # here, not at the top: only the first run on a laptop names its site
    import uuid

    host = socket.gethostname().split(".")[0][:24] or "host"
    _cached = f"{host}/{uuid.uuid4().hex[:8]}"
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({"site": _cached}, fh)
    except OSError:
        pass  # a read-only home still works; the id just is not remembered
    return _cached
