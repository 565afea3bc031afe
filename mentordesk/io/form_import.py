"""Reading a returned check-in form: its sealed identity and its answers, nothing decided yet.

A returned PDF is untrusted input from outside the company file: it may be
another program's PDF, half-written by a mail client, damaged, password
protected, a printout, or hand-edited. Whatever it is, reading it either gives a
`ReturnedForm` or raises `FormReadError` with a `kind` and a sentence — never a
library's exception — so one bad file in a folder of forty cannot stop the rest.
Whether the answers may be recorded is the service's decision
(`services.checkin_forms`).

Values are read from the fields' /V entries with pypdf's `get_fields()`, which
sees the latest revision of the file: viewers that save incrementally (Adobe
Reader, Preview) and programs that rewrite the file (pypdf, MuPDF) read alike.
A radio group whose value sits only on its buttons' appearance states (/AS), as
a few writers leave it, is read from there.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..i18n import gettext as _
from . import form_seal as fs

MAX_FORM_BYTES = 20 * 1024 * 1024   # a filled one-page form is well under 1 MB
MAX_COMMENT_CHARS = 4000            # the form lets people type 1,000; other tools ignore that
MAX_MEETINGS = 999

DAMAGED, NOT_A_FORM, UNREADABLE = "damaged", "not_a_form", "unreadable"


class FormReadError(Exception):
    """The file gave no form to judge; `kind` is DAMAGED, NOT_A_FORM or UNREADABLE."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class ReturnedForm:
    """What a returned form says. `identity` is as written in the file: check its seal before use."""

    identity: fs.FormIdentity
    key_id: str
    seal: str
    scores: dict[str, int] = field(default_factory=dict)
    comments: dict[str, str] = field(default_factory=dict)
    meetings: int | None = None
    #: question keys with no answer, and sentences about answers that are not valid
    unanswered: tuple[str, ...] = ()
    invalid: tuple[str, ...] = ()
    meetings_missing: bool = False


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf logs what it repairs; a returned form's oddities are ours to report, not to log."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def read_form(path: Path, questions: Mapping[str, str]) -> ReturnedForm:
    """Read one returned form; `questions` are the keys and texts the form should answer."""
    fields = _fields(path)
    if fs.F_MARKER not in fields or _text(fields[fs.F_MARKER]) != fs.MARKER:
        if any(name.startswith((fs.SCORE_PREFIX, fs.COMMENT_PREFIX)) for name in fields):
            raise FormReadError(NOT_A_FORM, _("it looks like a check-in form, but the part that identifies it is "
                                              "missing (it was probably rebuilt by another program)"))
        raise FormReadError(NOT_A_FORM, _("it is not a MentorDesk check-in form"))
    scores, unanswered, invalid = _scores(fields, questions)
    comments, comment_problems = _comments(fields, questions)
    meetings, meetings_missing, meeting_problems = _meetings(fields)
    return ReturnedForm(identity=_identity(fields), key_id=(_text(fields.get(fs.F_KEY_ID)) or "").strip(),
                        seal=(_text(fields.get(fs.F_SEAL)) or "").strip(), scores=scores,
                        comments=comments, meetings=meetings, unanswered=tuple(unanswered),
                        invalid=tuple(invalid + comment_problems + meeting_problems),
                        meetings_missing=meetings_missing)


def _fields(path: Path) -> dict[str, Any]:
    """The form's fields by full name, or FormReadError saying why there are none to read."""
    from pypdf import PdfReader

    try:
        size = path.stat().st_size
        if size > MAX_FORM_BYTES:
            raise FormReadError(NOT_A_FORM, _("it is %(size)s MB, far larger than a check-in form")
                                % {"size": size // (1024 * 1024)})
        data = path.read_bytes()
    except FormReadError:
        raise
    except OSError as exc:
        raise FormReadError(UNREADABLE, _("it could not be opened (%(error)s)")
                            % {"error": exc.strerror or exc}) from None
    if b"%PDF-" not in data[:1024]:  # viewers tolerate a little junk before the header; so do we
        raise FormReadError(NOT_A_FORM, _("it is not a PDF file"))
    # pypdf raises many kinds of errors on broken files (and may recurse deeply on a crafted
    # one); every one of them means "this file is damaged", so all are caught here, and only here.
    try:
        with _quiet_pypdf():
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                raise FormReadError(UNREADABLE, _("it is protected with a password"))
            fields = reader.get_fields() or {}
            return {str(name): _resolve(f) for name, f in fields.items()}
    except FormReadError:
        raise
    except Exception:  # noqa: BLE001  (see above: any parser failure, RecursionError too, is damage)
        raise FormReadError(DAMAGED, _("the PDF is damaged (it may not have been saved or sent completely)")) from None


def _resolve(value: Any) -> Any:
    return value.get_object() if hasattr(value, "get_object") else value


def _text(value: Any) -> str | None:
    """A field's value as text, or None when it has none or holds something that is not text."""
    from pypdf.generic import ByteStringObject, NameObject, TextStringObject

    if value is None:
        return None
    v = _resolve(value.get("/V")) if isinstance(value, Mapping) else value
    if isinstance(v, NameObject):
        return str(v)[1:]
    if isinstance(v, (TextStringObject, str)):
        return str(v)
    if isinstance(v, (ByteStringObject, bytes)):
        return bytes(v).decode("latin-1")
    return None


def _identity(fields: Mapping[str, Any]) -> fs.FormIdentity:
    values = {name: (_text(fields.get(name)) or "").strip() for name in fs.HIDDEN_FIELDS}
    try:
        due = dt.date.fromisoformat(values[fs.F_DUE])
    except ValueError:
        due = dt.date.min  # cannot be what was sealed: the seal check refuses it as changed
    return fs.FormIdentity(form_id=values[fs.F_FORM_ID], relationship_id=values[fs.F_RELATIONSHIP],
                           role=values[fs.F_ROLE], due=due, company_id=values[fs.F_COMPANY])


def _radio_value(f: Any) -> str | None:
    """The chosen button's export value; from the buttons' /AS if the group's /V was not set."""
    value = _text(f)
    if value is not None and value.startswith("/"):
        value = value[1:]  # a state name written as text (pypdf does, given "/3")
    if value not in (None, "", "Off"):
        return value
    kids = f.get("/Kids") if isinstance(f, Mapping) else None
    chosen = [str(_resolve(k).get("/AS"))[1:] for k in (_resolve(kids) or []) if isinstance(_resolve(k), Mapping)]
    chosen = [c for c in chosen if c and c != "Off"]
    return chosen[0] if len(set(chosen)) == 1 else None


def _scores(fields: Mapping[str, Any], questions: Mapping[str, str]) -> tuple[dict[str, int], list[str], list[str]]:
    scores: dict[str, int] = {}
    unanswered: list[str] = []
    invalid: list[str] = []
    for key, text in questions.items():
        f = fields.get(fs.SCORE_PREFIX + key)
        value = _radio_value(f) if f is not None else None
        if value is None:
            unanswered.append(key)
        elif value.strip() in {str(n) for n in range(1, 6)}:
            scores[key] = int(value.strip())
        else:
            invalid.append(_("the answer to \u201c%(question)s\u201d is not 1 to 5") % {"question": _(text)})
    return scores, unanswered, invalid


def _comments(fields: Mapping[str, Any], questions: Mapping[str, str]) -> tuple[dict[str, str], list[str]]:
    from ..validation import bad_characters

    comments: dict[str, str] = {}
    problems: list[str] = []
    for key, text in questions.items():
        value = _text(fields.get(fs.COMMENT_PREFIX + key)) or ""
        # Stray control characters come with copy and paste; they are dropped, not refused.
        bad = {position - 1 for position, _ in bad_characters(value, multiline=True)}  # 1-based
        value = "".join(" " if i in bad else ch for i, ch in enumerate(value)).replace("\r\n", "\n").strip()
        if len(value) > MAX_COMMENT_CHARS:
            problems.append(_("the comment on \u201c%(question)s\u201d is longer than %(limit)s characters")
                            % {"question": _(text), "limit": f"{MAX_COMMENT_CHARS:,}"})
        elif value:
            comments[key] = value
    return comments, problems


def _meetings(fields: Mapping[str, Any]) -> tuple[int | None, bool, list[str]]:
    raw = (_text(fields.get(fs.F_MEETINGS)) or "").strip()
    if not raw:
        return None, True, []
    if raw.isascii() and raw.isdigit() and int(raw) <= MAX_MEETINGS:
        return int(raw), False, []
    return None, False, [_("\u201c%(value)s\u201d is not a number of meetings") % {"value": raw[:20]}]


def pdfs_in(paths: Iterable[Path]) -> list[Path]:
    """Files as given, folders replaced by the PDFs directly inside them (sorted, hidden files left out)."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            try:
                found = [p for p in path.iterdir() if p.suffix.lower() == ".pdf" and not p.name.startswith(".")
                         and p.is_file()]
            except OSError:
                found = [path]  # judged alone: reading it will say it cannot be opened
            out.extend(sorted(found, key=lambda p: p.name.casefold()))
        else:
            out.append(path)
    return out
