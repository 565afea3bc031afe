"""Pillow loads when a logo is drawn, not whenever reportlab starts (issue 15).

`reportlab.lib.utils` runs ``from PIL import Image`` at import time, only to keep the
module for later: a report without a logo never touches it, yet paid ~10 ms (Pillow's
core, its EXIF tables) on every `report` command.  `defer` hands reportlab a module that
Python's own `importlib.util.LazyLoader` executes on first attribute access instead
(``from PIL import Image`` keeps it waiting; a later ``import PIL.Image`` runs it).

Python 3.11's LazyLoader is not thread-safe (two threads touching the module first
could both execute it), so `load` finishes the import under a lock, and the page code
calls it before drawing any logo.  Anything unexpected (Pillow missing, a packaged app
whose importer cannot be wrapped) leaves the ordinary import in place.
"""

from __future__ import annotations

import importlib.util
import sys
import threading

_NAME = "PIL.Image"
_lock = threading.Lock()


def defer() -> None:
    """Put a lazily executed `PIL.Image` in place, unless something imported it already."""
    if _NAME in sys.modules:
        return
    try:
        spec = importlib.util.find_spec(_NAME)
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return
        loader = importlib.util.LazyLoader(spec.loader)
        spec.loader = loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[_NAME] = module
        loader.exec_module(module)
        # `import PIL.Image` then `PIL.Image.open(...)` reads the package's attribute.
        sys.modules["PIL"].Image = module  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - a speed-up only: fall back to the ordinary import
        sys.modules.pop(_NAME, None)


def load() -> None:
    """Execute `PIL.Image` now (once, under a lock) if `defer` left it waiting."""
    with _lock:
        module = sys.modules.get(_NAME)
        if module is not None:
            getattr(module, "open", None)  # the first attribute access runs the module


def is_loaded() -> bool:
    """Whether Pillow's image core really ran in this process (its C part is imported then)."""
    return "PIL._imaging" in sys.modules
