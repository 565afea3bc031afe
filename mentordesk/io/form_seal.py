"""What a check-in form carries about itself, and the seal that shows it was not changed.

A form travels by e-mail to a mentor or mentee and back, so anything written in
it can be edited on the way. The part MentorDesk relies on to record the answers
(which relationship, which role, which due check-in, which form) is sealed with
an HMAC keyed by a secret kept in the company file (`file_meta.FORM_KEY`): only
a copy of that file can make a seal that checks, and any change to the sealed
values breaks it. The key's fingerprint travels too, so "made by another
company's file" is told apart from "changed on the way".

The form id is derived from the key and the due check-in, not drawn at random:
making the forms again for the same due check-in gives the same id, so a form
sent twice and returned twice is still recorded once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import uuid
from dataclasses import dataclass

#: Written in every form; a PDF without it is not a MentorDesk check-in form.
MARKER = "MentorDesk check-in form"
VERSION = "1"

# Field names. No dots: PDF viewers and pypdf read a dot as a level of the field tree.
F_MARKER = "md_form"
F_VERSION = "md_version"
F_FORM_ID = "md_form_id"
F_RELATIONSHIP = "md_relationship"
F_ROLE = "md_role"
F_DUE = "md_due"
F_COMPANY = "md_company"
F_KEY_ID = "md_key"
F_SEAL = "md_seal"
HIDDEN_FIELDS = (F_MARKER, F_VERSION, F_FORM_ID, F_RELATIONSHIP, F_ROLE, F_DUE, F_COMPANY, F_KEY_ID, F_SEAL)
F_MEETINGS = "meetings_since"
SCORE_PREFIX = "score_"
COMMENT_PREFIX = "comment_"


@dataclass(frozen=True)
class FormIdentity:
    """The sealed part of a form: what its answers are recorded against."""

    form_id: str
    relationship_id: str
    role: str
    due: dt.date
    company_id: str


def _mac(key_hex: str, *parts: str) -> str:
    # The unit separator cannot occur in ids, roles or ISO dates, so no two part lists
    # give the same message.
    message = "\x1f".join(parts).encode("utf-8")
    return hmac.new(bytes.fromhex(key_hex), message, hashlib.sha256).hexdigest()


def key_id(key_hex: str) -> str:
    """A fingerprint of the key that tells keys apart without revealing the key."""
    return _mac(key_hex, "mentordesk form key id")[:16]


def form_id_for(key_hex: str, relationship_id: str, role: str, due: dt.date) -> str:
    """The same due check-in of the same file always gets the same form id."""
    return str(uuid.UUID(hex=_mac(key_hex, "form id", relationship_id, role, due.isoformat())[:32]))


def seal(key_hex: str, identity: FormIdentity) -> str:
    return _mac(key_hex, "seal", VERSION, identity.form_id, identity.relationship_id, identity.role,
                identity.due.isoformat(), identity.company_id)


def seal_holds(key_hex: str, identity: FormIdentity, given: str) -> bool:
    """Constant-time comparison: the seal is the only secret-derived value a form shows."""
    return hmac.compare_digest(seal(key_hex, identity), given or "")
