"""The house rules of docs/architecture.md, checked on the code itself.

1. Nothing under `mentordesk/` imports Qt (or the window): the CLI, reports and
   tests run without a display. Checked on the source (any import, also inside
   a function) and on a real process that imports every core module.
2. SQL stays in `mentordesk/storage/`: no SQL text and no database calls in the
   services, the other core modules or the window.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QT = ("PySide6", "shiboken6", "ui")
SQL_TEXT = re.compile(r"^\s*(SELECT\s.+\sFROM\s|INSERT\s+INTO\s|UPDATE\s+\w+\s+SET\s|DELETE\s+FROM\s"
                      r"|CREATE\s+(TABLE|INDEX)\s|PRAGMA\s)", re.I | re.S)
DB_CALLS = {"execute", "executemany", "executescript", "query", "query_one", "scalar"}
#: Known exceptions, to move into storage/: (file, line's first words). A new one fails the test.
NOT_YET_IN_STORAGE = {
    ("mentordesk/services/undo.py", "SELECT"),  # changes_since: rows changed per table
}


def _sources(top: str, *, skip: str | None = None) -> list[Path]:
    return [f for f in sorted((ROOT / top).rglob("*.py")) if skip is None or skip not in f.relative_to(ROOT).parts]


def _imports(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
    return found


def test_the_core_source_imports_no_qt():
    bad = [f"{f.relative_to(ROOT)}:{line}: {name}" for f in _sources("mentordesk")
           for line, name in _imports(ast.parse(f.read_text(encoding="utf-8")))
           if name.split(".")[0] in QT]
    assert not bad, "the core must not import Qt or the window:\n" + "\n".join(bad)


def test_importing_every_core_module_loads_no_qt():
    modules = sorted(".".join(f.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
                     for f in _sources("mentordesk") if f.name != "__main__.py")
    code = ("import importlib, json, sys\n"
            f"for name in {modules!r}: importlib.import_module(name)\n"
            "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'ui'))))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300,
                         check=False)
    assert out.returncode == 0, out.stderr[-2000:]
    assert len(modules) > 50  # the walk found the package
    assert json.loads(out.stdout.splitlines()[-1]) == []


def _sql_outside_storage(f: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL_TEXT.search(node.value):
            found.append((node.lineno, node.value.split()[0].upper()))
        elif isinstance(node, ast.JoinedStr):
            text = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
            if SQL_TEXT.search(text):
                found.append((node.lineno, text.split()[0].upper()))
    return sorted(set(found))


def _database_calls(f: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in DB_CALLS \
                and ast.unparse(node.func.value).endswith(("db", "conn", "database")):
            found.append((node.lineno, ast.unparse(node.func)))
    return found


def test_no_sql_outside_storage():
    files = _sources("mentordesk", skip="storage") + _sources("ui")
    found = {(str(f.relative_to(ROOT)), word): line for f in files for line, word in _sql_outside_storage(f)}
    new = sorted(f"{path}:{line}: {word}" for (path, word), line in found.items()
                 if (path, word) not in NOT_YET_IN_STORAGE)
    assert not new, "SQL belongs in mentordesk/storage/ (a repository function):\n" + "\n".join(new)


def test_the_window_makes_no_database_calls():
    bad = [f"{f.relative_to(ROOT)}:{line}: {call}" for f in _sources("ui") for line, call in _database_calls(f)]
    assert not bad, "the window calls services, never the database:\n" + "\n".join(bad)


def test_the_checks_see_a_violation(tmp_path):
    """The detectors themselves: each finds what it is meant to find."""
    sample = tmp_path / "sample.py"
    sample.write_text('def f(db, t):\n    from PySide6.QtCore import Qt\n'
                      '    return db.query(f"SELECT id FROM {t} WHERE x = ?")\n', encoding="utf-8")
    tree = ast.parse(sample.read_text(encoding="utf-8"))
    assert (2, "PySide6.QtCore") in _imports(tree)
    assert _sql_outside_storage(sample) == [(3, "SELECT")]
    assert _database_calls(sample) == [(3, "db.query")]


def _runtime_app_imports(path: Path) -> list[int]:
    """Lines importing the main window module at run time (type-checking imports are fine)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            typing_only.update(n.lineno for n in ast.walk(node) if hasattr(n, "lineno"))
    package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.lineno not in typing_only:
            base = package.split(".")
            if node.level:
                base = base[: len(base) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            names = {a.name for a in node.names}
            if target == "ui.app" or (target == "ui" and "app" in names):
                found.append(node.lineno)
    return found


def test_no_screen_imports_the_main_window_back():
    """`ui.app` builds the screens; a screen or helper importing it back (even late, inside a
    function) is the import circle issue 16 named. Only start-up (`ui/launch.py`) may."""
    offenders = [f"{p.relative_to(ROOT)}:{line}" for p in sorted((ROOT / "ui").rglob("*.py"))
                 if p.name != "launch.py" for line in _runtime_app_imports(p)]
    assert not offenders, offenders
