"""Issue 16: stage, health and outcome labels live in ONE place (`mentordesk.vocabulary`).

Two kinds of check:
* a source scan: an English label written anywhere else -- as a translation call's text
  (`tr`, `translate`, `_`, `N_`, `gettext`, with or without a Qt "&" shortcut) or, for labels
  of several words, as any string -- is a copy that will drift; a variant with its own context
  (`NC_`, `pgettext`, `tr(text, comment)`) is a different entry on purpose and allowed, unless
  it repeats a vocabulary word's own context.  The scan is itself tested on planted copies.
* the same word everywhere: in German and Polish the window's table cells (a real model's
  DisplayRole), the PDF report read back with pypdf and a real `mentordesk relationships`
  process show the same word for the same code (a program's words, enrolments and attention
  kinds: tests/test_vocabulary_everywhere.py).
* each word said inside a sentence, and each of a program's words, has its own context in
  every catalog, so "active" there is not the "active" of anything else.
"""

from __future__ import annotations

import ast
import dataclasses
import io
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from mentordesk import vocabulary as v

ROOT = Path(__file__).resolve().parents[1]
HOME_MODULE = "mentordesk/vocabulary.py"
#: The labels that must be written once; one-word statuses ("Active", "Open") are left out
#: because the same English word names other things (a person's status, an Open button).
LABELS = {*v.STAGE_NAMES.values(), *v.HEALTH_NAMES.values(), *v.MEETING_OUTCOME_NAMES.values(),
          *v.CLOSURE_OUTCOME_NAMES.values(), *v.MEETING_OUTCOMES_IN_TEXT.values(),
          *v.CLOSURE_OUTCOMES_IN_TEXT.values(), "Ended early", *v.PROGRAM_KIND_NAMES.values(),
          *v.DELIVERY_NAMES.values(), "Fortnightly", *v.WHO_MEETS.values(), *v.PARTICIPANT_STATUS_NAMES.values(),
          *v.MODES_IN_TEXT.values(), *v.ROLES_IN_TEXT.values(), "every two weeks", "in progress",
          "ended early", *v.CHECKIN_PROGRESS_QUESTIONS.values(), *v.CHECKIN_PREREQUISITES.values(),
          *v.ATTENTION_KIND_NAMES.values(), *v.CHECKIN_OVERDUE_BY.values(), *v.ROLE_NAMES.values()} - {
    "held", "cancelled", "completed", "mentor", "mentee", "chat", "Group", "Mentor", "Mentee"}
#: Every word of a table with a context: (context, word).  Marking one of them again under the
#: same context elsewhere is a copy too.
WORDS = [table for table in vars(v).values() if isinstance(table, v.Words)]
CONTEXT_LABELS = {(table.context, word) for table in WORDS for word in table.values()}
HOME_MODULES = {HOME_MODULE}
#: (file, text) written elsewhere on purpose, each with its reason.
ALLOWED = {
    ("mentordesk/cli/relationships.py", "Held"): "a column header: how many meetings were held",
    ("ui/models/relationships_model.py", "Held"): "a column header: how many meetings were held",
    ("mentordesk/reports/personal_data.py", "Applied"): "a column header of the English data export: when",
}
TRANSLATING = {"tr", "translate", "_", "N_", "gettext", "ngettext"}
WITH_CONTEXT = {"NC_", "pgettext", "npgettext"}
LOCALES = {"de": "de_DE.UTF-8", "pl": "pl_PL.UTF-8"}


def _name(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _plain(text: str) -> str:
    """The text without Qt's "&" shortcut marker: "&Pairs meet:" is a copy of "Pairs meet:"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def copies_in(source: str, labels: set[str],
              context_labels: set[tuple[str, str]] = frozenset()) -> list[tuple[int, str]]:
    """(line, label) of every label copy in `source`: see the module docstring for what counts."""
    tree = ast.parse(source)
    found: set[tuple[int, str]] = set()
    in_calls: set[int] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        texts = [a for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
        name = _name(node.func)
        for a in texts:
            in_calls.add(id(a))
        if name in WITH_CONTEXT:
            if len(texts) > 1 and (texts[0].value, texts[1].value) in context_labels:
                found.add((texts[1].lineno, texts[1].value))  # the vocabulary's own entry, marked again
            continue
        if name in TRANSLATING and texts:
            # translate(context, text) names the text second; tr(text, comment) gives a variant its own entry
            text = texts[1] if name == "translate" and len(texts) > 1 else texts[0]
            has_comment = name == "tr" and len(node.args) > 1 and texts[0] is node.args[0]
            if _plain(text.value) in labels and not has_comment:
                found.add((text.lineno, text.value))
    docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                  if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and n.body and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
    for node in ast.walk(tree):
        if (isinstance(node, ast.Constant) and isinstance(node.value, str) and " " in node.value
                and node.value in labels and id(node) not in in_calls and id(node) not in docstrings):
            found.add((node.lineno, node.value))
    return sorted(found)


def test_each_label_is_written_in_the_vocabulary_only() -> None:
    problems = []
    for folder in ("mentordesk", "ui"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            if rel in HOME_MODULES:
                continue
            problems += [f"{rel}:{line}: {text!r}"
                         for line, text in copies_in(path.read_text("utf-8"), LABELS, CONTEXT_LABELS)
                         if (rel, text) not in ALLOWED]
    assert not problems, "labels copied outside mentordesk/vocabulary.py:\n" + "\n".join(problems)


def test_the_vocabulary_module_holds_every_label_it_is_scanned_for() -> None:
    found = {node.value for home in HOME_MODULES for node in ast.walk(ast.parse((ROOT / home).read_text("utf-8")))
             if isinstance(node, ast.Constant) and node.value in LABELS}
    assert len(LABELS) > 50
    assert found == LABELS


@pytest.mark.parametrize("planted, caught", [
    ('x = self.tr("At risk")', True),
    ('x = translate("RelationshipsModel", "Getting to know each other")', True),
    ('x = QCoreApplication.translate("Ctx", "Missed by mentee")', True),
    ('X = {"on_track": N_("On track")}', True),
    ('y = _("Mentor withdrew")', True),
    ('STAGES = [(1, "Getting to know each other")]', True),  # a plain copy of a several-word label
    ('M = {"missed_by_mentor": "missed by mentor"}', True),
    ('x = self.tr("At risk", "tile: a count of relationships")', False),  # a variant with its own entry
    ('x = NC_("breakdown column", "Ended early")', False),
    ('x = pgettext("narrow", "Too early to tell")', False),
    ('x = self.tr("Open")', False),
    ('def f():\n    """Stage "Getting to know each other" comes first."""', False),
    ('x = translate("programs", "Fortnightly")', True),
    ('x = self.tr("&Groups meet:")', True),  # a copy with a keyboard shortcut
    ('CAPTIONS = {"peer": "Peers meet:"}', True),
    ('x = QCoreApplication.translate("EnrolDialog", "Waitlisted")', True),
    ('x = _("mentor and mentee")', True),
    ('x = NC_("program delivery", "In person")', True),  # the vocabulary's own entry marked again
    ('x = pgettext("cadence in a sentence", "every two weeks")', True),
    ('x = NC_("narrow column", "Job shadowing")', False),  # another context: its own entry
    ('x = self.tr("Applied (HR decides later)")', False),
    ('x = self.tr("Weekly")', False),  # one word shared with other uses: not scanned
])
def test_the_scan_catches_copies_in_several_forms(planted: str, caught: bool) -> None:
    assert bool(copies_in(planted, LABELS, CONTEXT_LABELS)) is caught


# ------------------------------------------------------------------ the same word everywhere

@pytest.fixture
def window_language(qapp):
    """The window's language as `ui.app.main` sets it (its cells follow the process language)."""
    from PySide6.QtCore import QLocale

    from mentordesk.i18n import current, use_language
    from ui.app import use_window_language

    before = current().language

    def switch(code: str) -> None:
        assert use_window_language(QLocale(code), True) == code

    yield switch
    use_language(before)


def _summaries(demo_file: Path):
    from mentordesk.services.relationship_reading import list_relationships
    from mentordesk.storage.database import Database

    db = Database.open(demo_file)
    try:
        return list_relationships(db, today=date(2026, 3, 10))
    finally:
        db.close()


def _cells(model, column: int) -> list[str]:
    from PySide6.QtCore import Qt

    return [model.data(model.index(row, column), Qt.DisplayRole) for row in range(model.rowCount())]


@pytest.mark.parametrize("code", sorted(LOCALES))
def test_window_cells_say_the_glossary_words_of_every_stage_and_health(window_language, code: str,
                                                                      demo_file: Path) -> None:
    from mentordesk.i18n import translator
    from ui.models.relationships_model import HEALTH, STAGE, RelationshipsModel

    window_language(code)
    one = _summaries(demo_file)[0]
    model = RelationshipsModel()
    model.set_rows([dataclasses.replace(one, id=f"{h}{n}", stage=n, health=h)
                    for n in v.STAGE_NAMES for h in v.HEALTH_NAMES])
    tr = translator(code)
    rows = model.rows()
    assert _cells(model, STAGE) == [f"{r.stage} · {tr.gettext(v.STAGE_NAMES[r.stage])}" for r in rows]
    assert _cells(model, HEALTH) == [tr.gettext(v.HEALTH_NAMES[r.health]) for r in rows]
    assert not {tr.gettext(word) for word in v.HEALTH_NAMES.values()} & set(v.HEALTH_NAMES.values())


@pytest.mark.parametrize("code", sorted(LOCALES))
def test_the_cli_prints_the_windows_words(window_language, code: str, demo_file: Path, tmp_path: Path) -> None:
    from ui.models.relationships_model import HEALTH, STAGE, RelationshipsModel

    window_language(code)
    summaries = _summaries(demo_file)
    model = RelationshipsModel()
    model.set_rows(summaries)
    by_id = {r.id: (stage, health) for r, stage, health in zip(model.rows(), _cells(model, STAGE),
                                                                _cells(model, HEALTH), strict=True)}
    assert len({r.health for r in summaries}) >= 2  # the demo shows more than one health
    env = {k: val for k, val in os.environ.items() if k not in ("MENTORDESK_LANG", "LANGUAGE", "LC_ALL",
                                                                  "LC_MESSAGES")}
    env.update(LANG=LOCALES[code], COLUMNS="400", MENTORDESK_CONFIG_DIR=str(tmp_path / "config"),
               MENTORDESK_DATA_DIR=str(tmp_path / "data"), PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-m", "mentordesk", "--db", str(demo_file), "relationships",
                           "--today", "2026-03-10"], capture_output=True, text=True, timeout=120, env=env,
                          cwd=str(tmp_path), check=False)
    assert done.returncode == 0, done.stderr
    lines = {r_id: line for line in done.stdout.splitlines() for r_id in by_id if line.rstrip().endswith(r_id)}
    assert set(lines) == set(by_id)
    for r_id, (stage, health) in by_id.items():
        number, _dot, name = stage.partition(" · ")
        assert f"{number} {name}" in lines[r_id] and health in lines[r_id], (lines[r_id], stage, health)


@pytest.mark.parametrize("code", sorted(LOCALES))
def test_the_report_prints_the_windows_words(window_language, code: str) -> None:
    from mentordesk.reports import ReportOptions, build_relationship_report
    from mentordesk.reports.data import MeetingOutcome, sample_relationship
    from ui.models.relationships_model import MEETING_OUTCOME, MeetingRow, MeetingsModel, stage_label

    window_language(code)
    base = sample_relationship(n_meetings=6)
    meetings = tuple(dataclasses.replace(m, outcome=o) for m, o in zip(base.meetings, MeetingOutcome, strict=True))
    options = ReportOptions(company_name="Acme", generated_on=date(2026, 3, 10), language=code)
    for stage in v.STAGE_NAMES:
        buffer = io.BytesIO()
        build_relationship_report(dataclasses.replace(base, current_stage=stage, meetings=meetings), options, buffer)
        text = " ".join(" ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(buffer.getvalue())).pages)
                        .split())
        assert f"{stage} · {stage_label(stage)}" in text
    from mentordesk.relationship_models import Meeting

    model = MeetingsModel()
    model.set_rows([MeetingRow(m.held_on, Meeting(id=str(i), relationship_id="r", date=m.held_on, time="",
                                                  minutes=m.minutes, mode="video", outcome=str(m.outcome),
                                                  with_notice=True, topics="", goals_discussed=(), notes=""))
                    for i, m in enumerate(meetings)])
    said = [cell.split(" (")[0] for cell in _cells(model, MEETING_OUTCOME)]
    assert len(set(said)) == len(MeetingOutcome)
    assert all(word in text for word in said), (said, text)


def glossary() -> dict[str, dict[str, str]]:
    """English -> {language: word} from the tables of docs/glossary.md; a row listing several
    words ("Open / In progress / …") is split when every column lists as many; a pair
    ("Missed by mentor / mentee") abbreviates differently per language and is left out."""
    words: dict[str, dict[str, str]] = {}
    langs: list[str] = []
    for line in (ROOT / "docs" / "glossary.md").read_text("utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")] if line.startswith("|") else []
        if "English" in cells:
            start = cells.index("English")
            langs = cells[start + 1:]
            continue
        if not cells or not langs or set(line) <= set("|- "):
            continue
        row = cells[len(cells) - len(langs) - 1:]
        parts = [c.split(" / ") for c in row]
        if len({len(p) for p in parts}) == 1 and len(parts[0]) != 2:  # "Missed by mentor / mentee" is no list
            for i, english in enumerate(parts[0]):
                words[english] = {lang: parts[k + 1][i] for k, lang in enumerate(langs)}
    return words


#: The tables the glossary names, each word looked up under its table's context.
GLOSSARY_TABLES = (v.STAGE_NAMES, v.HEALTH_NAMES, v.MEETING_OUTCOME_NAMES, v.CLOSURE_OUTCOME_NAMES,
                   v.MEETING_OUTCOMES_IN_TEXT, v.CLOSURE_OUTCOMES_IN_TEXT, v.GOAL_STATUS_NAMES, v.MODE_NAMES,
                   v.PROGRAM_KIND_NAMES, v.DELIVERY_NAMES, v.PROGRAM_CADENCE_NAMES, v.PARTICIPANT_STATUS_NAMES)


@pytest.mark.parametrize("code", ["es", "nl", "de", "pl"])
def test_every_language_says_the_glossarys_word(code: str) -> None:
    from mentordesk.i18n import translator

    words = glossary()
    tr = translator(code)
    checked = []
    for table in GLOSSARY_TABLES:
        for key, english in table.items():
            # the glossary tells a program's "In person" from a meeting's with "(programme)"
            entry = f"{english} (programme)" if table is v.DELIVERY_NAMES else english
            if entry in words:
                checked.append((entry, v.said(table, key, tr), words[entry][code]))
    assert len(checked) >= 35  # stages, health, outcomes, closures, statuses, modes, kinds, delivery, cadence
    wrong = [c for c in checked if c[1] != c[2]]
    assert not wrong, wrong


@pytest.mark.parametrize("code", ["es", "nl", "de", "pl"])
def test_each_word_with_a_context_is_translated_under_it(code: str) -> None:
    """Every table with a context has each word under that msgctxt in the catalog, translated, and
    `said` reads that entry (not a context-free one of the same English)."""
    from babel.messages.pofile import read_po

    from mentordesk.i18n import translator
    from mentordesk.i18n.catalog import catalog_path

    with catalog_path(code).open("rb") as fh:
        catalog = read_po(fh, locale=code)
    tr = translator(code)
    assert len(WORDS) >= 12
    for table in WORDS:
        for key, english in table.items():
            entry = catalog.get(english, context=table.context)
            assert entry is not None and entry.string, (table.context, english)
            assert v.said(table, key, tr) == entry.string == tr.pgettext(table.context, english)


def test_a_context_keeps_a_programs_delivery_apart_from_a_meetings_mode() -> None:
    """German says a program runs "Präsenz" but a meeting is held "Persönlich": one English word, two entries."""
    from mentordesk.i18n import translator

    de = translator("de")
    assert v.said(v.DELIVERY_NAMES, "in_person", de) != v.said(v.MODE_NAMES, "in_person", de)
    assert v.said(v.PROGRAM_CADENCE_NAMES, "fortnightly", de) != v.said(v.CADENCE_NAMES, "fortnightly", de)


@pytest.mark.parametrize("code", ["de", "pl"])
def test_a_word_in_a_message_keeps_its_context_through_an_undo_label(code: str) -> None:
    """An undo label keeps its words as Terms in JSON; the context must come back with them."""
    from mentordesk.i18n import say, translator
    from mentordesk.services.undo import _kept, _read_back

    word = v.in_text(v.ROLES_IN_TEXT, "both")
    again = _read_back(__import__("json").loads(__import__("json").dumps(_kept(word))))
    tr = translator(code)
    said = say("to %(role)s", role=again).render(tr)
    assert said == "to " + tr.pgettext("role in a sentence", "mentor and mentee") != "to mentor and mentee"



# ------------------------------------------------------------------ a context word said without its context

GETTEXT = {"_", "gettext", "ngettext", "T_"}
WORDS_NAMES = {name for name, value in vars(v).items() if isinstance(value, v.Words)}


def _names(node: ast.AST, attributes: bool = True) -> set[str]:
    return {n.id if isinstance(n, ast.Name) else n.attr for n in ast.walk(node)
            if isinstance(n, ast.Name) or (attributes and isinstance(n, ast.Attribute))}


def _bound(node: ast.AST) -> tuple[list[ast.expr], ast.expr | None]:
    """(names bound, from what) of an assignment, a for loop or a comprehension's generator."""
    if isinstance(node, ast.Assign):
        return node.targets, node.value
    if isinstance(node, ast.AnnAssign):
        return [node.target], node.value
    if isinstance(node, (ast.For, ast.comprehension)):
        return [node.target], node.iter
    return [], None


def _aliased(nodes, aliases: set[str], constants_only: bool) -> set[str]:
    """`aliases` and the names bound from them by `nodes` (a few rounds: aliases of aliases)."""
    aliases = set(aliases)
    for _round in range(3):
        for node in nodes:
            targets, value = _bound(node)
            # a table may be another module's attribute (charts.OUTCOME_COUNT_LABELS); a local alias
            # is only a plain name (`label = item.kind` says no word of a local alias `kind`)
            refs = _names(value, attributes=False) | {n for n in _names(value) if n.lstrip("_").isupper()} \
                if value is not None else set()
            if refs & aliases:
                aliases |= {n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)
                            and (not constants_only or n.id.lstrip("_").isupper())}
    return aliases


def aliases_of(sources: list[str], tables: set[str]) -> set[str]:
    """The tables' names and the module constants bound from them in `sources`: a constant in one
    module is read as an attribute in another (charts.OUTCOME_COUNT_LABELS)."""
    return _aliased([node for source in sources for node in ast.parse(source).body], tables, True)


def contextless_sayings(source: str, aliases: set[str]) -> list[int]:
    """Lines that pass a word of a context table (or an alias of one, a loop's word included) to
    plain gettext: it finds no translation there and shows English.  `vocabulary.said` is the way."""
    tree = ast.parse(source)
    aliases = _aliased(list(ast.walk(tree)), aliases, False)
    return sorted({node.lineno for node in ast.walk(tree) if isinstance(node, ast.Call) and _name(node.func) in GETTEXT
                   and any(_names(arg) & aliases for arg in node.args)})


#: (file, text on the line): a plain table that shares a name with a context table's alias, with why.
PLAIN_NAMESAKES = {
    ("mentordesk/services/relationship_lifecycle.py", "rules.CLOSURE_OUTCOMES"):
        "the rules' title-case closure choices, not the CLI's in-sentence words (words.CLOSURE_OUTCOMES)",
}


def test_no_word_with_a_context_is_said_with_plain_gettext() -> None:
    sources = {path.relative_to(ROOT).as_posix(): path.read_text("utf-8")
               for folder in ("mentordesk", "ui") for path in sorted((ROOT / folder).rglob("*.py"))}
    aliases = aliases_of(list(sources.values()), WORDS_NAMES)
    assert {"OUTCOME_COUNT_LABELS", "MODE_WORDS", "_ROLE_WORDS", "GOAL_STATUS_WORDS"} <= aliases
    problems = [f"{rel}:{line}" for rel, source in sources.items() if rel != HOME_MODULE
                for line in contextless_sayings(source, aliases)
                if not any(rel == file and text in source.splitlines()[line - 1] for file, text in PLAIN_NAMESAKES)]
    assert not problems, "said without the table's context (use vocabulary.said):\n" + "\n".join(problems)


@pytest.mark.parametrize("planted, caught", [
    ("x = tr.gettext(PROGRAM_KIND_NAMES[kind])", True),
    ("x = _(vocabulary.MODES_IN_TEXT[m])", True),
    ("W = vocabulary.ROLES_IN_TEXT\ny = _(W.get(r, r))", True),  # through a module's alias
    ("L = {o: MEETING_OUTCOMES_IN_TEXT[o] for o in X}\nz = tr.gettext(L[o])", True),
    ("parts = [tr.gettext(lbl) for o, lbl in charts.OUTCOME_COUNT_LABELS.items()]\n"
     "OUTCOME_COUNT_LABELS = Words(MEETING_OUTCOMES_IN_TEXT.context, {})", True),  # a loop's word
    ("x = vocabulary.said(vocabulary.MODES_IN_TEXT, m)", False),
    ("x = tr.gettext(STAGE_NAMES[n])", False),  # a table without a context: gettext is right
])
def test_the_context_scan_catches_plain_gettext_in_several_forms(planted: str, caught: bool) -> None:
    assert bool(contextless_sayings(planted, aliases_of([planted], WORDS_NAMES))) is caught
