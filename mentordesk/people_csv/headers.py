"""Which MentorDesk column each header of an HR system's export means.

HR systems name their columns in their own words and languages ("Employee Number",
"Personalnummer", "Nr ewidencyjny"); making HR rename them in Excel first is where imports go
wrong. Headers are compared by ``header_key`` (no case, accents or punctuation), guessed from
the names below, and a confirmed mapping is remembered by the header row's ``fingerprint``, so
the next export from the same system is read the same way without asking.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping

from ..search_fold import fold
from .model import COLUMNS, NAME_PARTS

__all__ = ["TARGETS", "fingerprint", "guess_mapping", "header_key", "needs_mapping"]

#: What a header may be read as: the format's columns and the two parts of a split name.
TARGETS: tuple[str, ...] = COLUMNS + NAME_PARTS

_NON_WORD = re.compile(r"[\W_]+")

# Common header names per column in en, es, nl, de and pl, written as header_key spells them
# (lower case, no accents, words separated by one space).
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "employee_id": (
        "employee number", "employee no", "employee nr", "employee id", "employeeid", "emp id", "emp no",
        "staff id", "staff number", "personnel number", "worker id", "payroll number",
        "numero de empleado", "n o de empleado", "no de empleado", "id de empleado", "id empleado",
        "personeelsnummer", "medewerkernummer", "werknemersnummer", "personeelsnr",
        "personalnummer", "mitarbeiternummer", "mitarbeiter id", "pers nr", "personal nr",
        "nr ewidencyjny", "numer ewidencyjny", "numer pracownika", "id pracownika",
    ),
    "name": (
        "full name", "employee name", "display name", "nombre completo", "naam", "volledige naam",
        "vollstandiger name", "mitarbeitername", "imie i nazwisko", "nazwisko i imie", "pracownik",
    ),
    "first_name": ("first name", "given name", "forename", "nombre", "voornaam", "vorname", "imie"),
    "last_name": ("last name", "surname", "family name", "apellidos", "apellido", "achternaam",
                  "nachname", "familienname", "nazwisko"),
    "email": (
        "e mail", "email address", "e mail address", "work email", "business email", "mail",
        "correo", "correo electronico", "e mailadres", "emailadres", "e mail adres",
        "e mail adresse", "adres e mail", "adres email",
    ),
    "department": ("dept", "department name", "departamento", "afdeling", "abteilung", "dzial"),
    "branch": ("location", "site", "office", "work location", "sede", "oficina", "ubicacion",
               "vestiging", "locatie", "standort", "niederlassung", "oddzial", "lokalizacja"),
    "title": ("job title", "position", "job", "puesto", "cargo", "functie", "functietitel",
              "stellenbezeichnung", "berufsbezeichnung", "stanowisko"),
    "manager_employee_id": (
        "manager employee number", "manager employee id", "manager id", "manager number",
        "supervisor id", "reports to id", "numero del responsable", "id del responsable",
        "id responsable", "personeelsnummer leidinggevende", "leidinggevende nummer",
        "personalnummer fuhrungskraft", "fuhrungskraft personalnummer", "vorgesetzter personalnummer",
        "id przelozonego", "nr ewidencyjny przelozonego",
    ),
    "hire_date": ("hire date", "start date", "date of hire", "date hired", "fecha de alta",
                  "fecha de contratacion", "fecha de ingreso", "datum in dienst", "startdatum",
                  "eintrittsdatum", "data zatrudnienia"),
    "languages": ("language", "languages spoken", "idiomas", "talen", "sprachen", "jezyki"),
    "role": ("mentoring role", "rol", "rolle", "rola"),
    "mentor_capacity": ("capacity", "mentor capacity", "capacidad", "capacidad como mentor",
                        "mentorcapaciteit", "mentoring kapazitat", "limit podopiecznych"),
    "competencies": ("skills", "competencias", "competenties", "kompetenzen", "kompetencje"),
    "notes": ("note", "comments", "remarks", "notas", "observaciones", "notities", "opmerkingen",
              "notizen", "bemerkungen", "uwagi", "notatki"),
    "archived": ("archivado", "archivada", "gearchiveerd", "archiviert", "w archiwum"),
}


def header_key(name: str) -> str:
    """A header as compared: folded (case, accents), punctuation and ``_`` as single spaces."""
    return " ".join(_NON_WORD.sub(" ", fold(name.strip())).split())


_GUESSES: dict[str, str] = {
    **{key: column for column, names in _SYNONYMS.items() for key in names},
    **{header_key(column): column for column in TARGETS},
}


def fingerprint(header: Iterable[str]) -> str:
    """The same for every export of one system's report: its headers, in order, as compared."""
    text = "\x1f".join(header_key(h) for h in header)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def guess_mapping(header: Iterable[str], remembered: Mapping[str, str] | None = None) -> dict[str, str]:
    """Header as written -> column, for every header known by name (or remembered for it).

    A header is guessed only when no other header claims the same column (an export with both
    "Name" and "Full Name" is left to HR); a remembered choice always wins, even "" (ignore).
    """
    remembered = {header_key(k): v for k, v in (remembered or {}).items()}
    header = [h for h in header if h.strip()]
    chosen: dict[str, str] = {}
    for raw in header:
        key = header_key(raw)
        if key in remembered:
            chosen[raw] = remembered[key]
        elif key in _GUESSES:
            chosen[raw] = _GUESSES[key]
    claims: dict[str, int] = {}
    for column in chosen.values():
        claims[column] = claims.get(column, 0) + 1
    return {raw: column for raw, column in chosen.items()
            if header_key(raw) in remembered or claims[column] == 1}


def needs_mapping(header: Iterable[str]) -> bool:
    """Whether the header differs from the format's own names (so HR should see the mapping)."""
    names = [h.strip().lower() for h in header if h.strip()]
    return any(n not in COLUMNS for n in names) or any(c not in names for c in ("employee_id", "name", "email"))
