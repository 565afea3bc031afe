"""A module imported on first use, so building the command parser stays light.

`mentordesk --help` and one-record commands must start in a fraction of a
second, yet every area registers its subcommands at import. An area module
therefore names the services its handlers call through :func:`lazy` instead
of importing them: `svc = lazy("mentordesk.services.reports")` costs nothing
until a handler touches `svc.something`, and only the command that runs pays
for numpy, scipy or reportlab.

The import runs with the cycle collector paused: a module tree is built once and
lives until the command ends, yet with CPython's default thresholds the collector
walks the growing tree again and again while it is built -- about 10 ms of a
one-relationship report's start (issue 15), for nothing to collect. Afterwards
everything alive is moved out of the collector's sight (`gc.freeze`): the command's
own collections, and the one the interpreter makes as it exits, would otherwise
walk the whole tree again, about 5 % of a report's instructions. The collector is
back on as soon as the import returns (or fails), so the command's own work is
collected as usual.
"""

from __future__ import annotations

import gc
import importlib
from types import ModuleType
from typing import Any


class LazyModule:
    """Stands in for a module until an attribute is read, then imports it."""

    __slots__ = ("_module", "_name")

    def __init__(self, name: str) -> None:
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attr: str) -> Any:
        module = self._module
        if module is None:
            module = self._module = _import_uncollected(self._name)
        return getattr(module, attr)

    def __repr__(self) -> str:
        state = "imported" if self._module is not None else "not imported yet"
        return f"<lazy module {self._name!r}, {state}>"


def _import_uncollected(name: str) -> ModuleType:
    """`importlib.import_module(name)` with the cycle collector paused, then what is alive frozen;
    a caller that paused the collector itself keeps it paused (and decides what to freeze)."""
    if not gc.isenabled():
        return importlib.import_module(name)
    gc.disable()
    try:
        return importlib.import_module(name)
    finally:
        gc.freeze()
        gc.enable()


def lazy(name: str) -> Any:
    """The module `name` (absolute), imported when first used. Typed `Any`
    because handlers use it exactly like the module itself."""
    return LazyModule(name)
