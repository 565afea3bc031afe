"""E-mail drafts as .eml files that the mail program opens ready to send.

A draft is an ordinary RFC 5322 message with ``X-Unsent: 1``: Outlook, Apple
Mail and Thunderbird open such a file as a new message in the compose window
instead of as a received one. Built with the standard library's `email`
package (policy ``default``), which encodes non-ASCII names (RFC 2047), quotes
display names with commas or quotes, and folds long headers.

Header injection is stopped here, once, for every value that comes from the
company file: names and subjects are reduced to one printable line before they
reach a header (a line break in a merged-in name would otherwise start a new
header such as ``Bcc:``), and an address that is not a plain mailbox is left
out of the draft rather than written into it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from email.errors import HeaderDefect
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import default as DEFAULT_POLICY

#: Longest display name or subject kept; beyond it a header is folded into many lines for nothing.
MAX_HEADER_TEXT = 200
#: Format characters that names need (Arabic/Hebrew direction marks, Persian/Indic joiners); kept.
_NAME_MARKS = frozenset("\u200e\u200f\u061c\u200c\u200d")
_ADDRESS = re.compile(r"[^\s@<>()\[\],;:\"\\]+@[^\s@<>()\[\],;:\"\\]+\.[^\s@<>()\[\],;:\"\\]+")


@dataclass(frozen=True)
class Recipient:
    name: str
    email: str


@dataclass(frozen=True)
class Attachment:
    filename: str
    data: bytes
    maintype: str
    subtype: str
    params: dict[str, str] = field(default_factory=dict)


def one_line(value: str, limit: int = MAX_HEADER_TEXT) -> str:
    """`value` as one printable line: controls, bidi overrides and line separators become spaces."""
    text = unicodedata.normalize("NFC", value or "")
    kept = "".join(ch if ch == " " or ch in _NAME_MARKS or unicodedata.category(ch)[0] not in "CZ" else " "
                   for ch in text)
    line = " ".join(kept.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def plain_address(email: str) -> str | None:
    """The address if it is one plain ASCII mailbox (no display name, no list, no line break), else None.

    Non-ASCII addresses need SMTPUTF8, which not every mail server speaks; the
    caller tells HR which person was left out instead.
    """
    candidate = (email or "").strip()
    if not (candidate.isascii() and candidate.isprintable() and _ADDRESS.fullmatch(candidate)):
        return None
    try:
        address = Address(addr_spec=candidate)
    except (ValueError, IndexError, HeaderDefect):
        return None
    return address.addr_spec if address.addr_spec == candidate else None


def _addresses(people: Sequence[Recipient]) -> list[Address]:
    out = []
    for person in people:
        email = plain_address(person.email)
        if email is not None:
            out.append(Address(display_name=one_line(person.name), addr_spec=email))
    return out


def draft_eml(subject: str, body: str, to: Sequence[Recipient], cc: Sequence[Recipient] = (),
              attachments: Sequence[Attachment] = ()) -> bytes:
    """The bytes of an unsent message; recipients without a usable address are left out."""
    msg = EmailMessage(policy=DEFAULT_POLICY)
    msg["X-Unsent"] = "1"
    to_addresses = _addresses(to)
    cc_addresses = _addresses(cc)
    if to_addresses:
        msg["To"] = to_addresses
    if cc_addresses:
        msg["Cc"] = cc_addresses
    msg["Subject"] = one_line(subject)
    # quoted-printable: 7-bit safe whatever the names, and no line over 76 characters for old gateways
    msg.set_content(body.replace("\r\n", "\n").replace("\r", "\n"), charset="utf-8", cte="quoted-printable")
    for item in attachments:
        msg.add_attachment(item.data, maintype=item.maintype, subtype=item.subtype,
                           filename=one_line(item.filename), params=dict(item.params))
    return msg.as_bytes(policy=DEFAULT_POLICY.clone(linesep="\r\n"))  # CRLF, as RFC 5322 and Outlook expect
