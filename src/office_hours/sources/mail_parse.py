"""Mail headers -> Item, or a Rejection that says why: pure, no I/O, safe on hostile input.

The `email` package's modern policy can take seconds on a 40 KB address header and raise
RecursionError on deep nesting (TESTING.md), so headers are cut to size *before* parsing,
parsed with the lenient compat32 parser (a line splitter, no structure), and each field is
decoded by hand with hard length limits. A time budget is checked after parsing: anything
that still took too long becomes a counted rejection instead of stalling the source.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.header import decode_header
from email.message import Message
from email.parser import HeaderParser
from email.policy import compat32
from email.utils import getaddresses, parsedate_to_datetime

from office_hours.domain.auto_reply import ReplyHeaders
from office_hours.domain.model import Channel, Item

MAX_HEADER_BYTES = 64 * 1024  # the whole header block; the rest is cut before parsing
MAX_FIELD_CHARS = 2000  # one header field, before decoding
MAX_SUBJECT = 300
MAX_SENDER = 320
MAX_MESSAGE_ID = 500
MAX_ENCODED_WORDS = 40
TIME_BUDGET_S = 0.25

# Automated mail: never a client's interruption (RFC 2369/2919 lists, RFC 3834
# auto-submitted, the de-facto Precedence header). One table, checked in order.
BULK_PRECEDENCE = ("bulk", "list", "junk")


@dataclass(frozen=True, slots=True)
class MailItem:
    """A parsed message. `automated` names why it is a list/newsletter/robot, or is empty."""

    item: Item
    automated: str = ""
    message_id: str = ""
    reply: ReplyHeaders | None = None  # what the auto-reply decision needs; no body


@dataclass(frozen=True, slots=True)
class Rejection:
    """A message that cannot become an item; `reason` is for the log and the counters."""

    reason: str


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_SPACES = re.compile(r"\s+")
_ADDRESS = re.compile(r"[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){0,8}")
_BIDI = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_MSGID = re.compile(r"<([^<>\s]{1,498})>")


def _clean(text: str, limit: int) -> str:
    text = _SPACES.sub(" ", _BIDI.sub("", _CONTROL.sub("", text))).strip()
    return text[:limit]


def _field(msg: Message, name: str) -> str:
    """The raw value of the first `name` field, as text, cut to MAX_FIELD_CHARS."""
    value = msg.get(name)
    if value is None:
        return ""
    if not isinstance(value, str):  # compat32 may hand back a Header for bad bytes
        value = str(value)
    return value[:MAX_FIELD_CHARS]


def decode_words(value: str, limit: int) -> str:
    """RFC 2047 encoded words -> text; wrong or unknown charsets degrade, never raise."""
    if "=?" not in value:
        return _clean(value, limit)
    if value.count("=?") > MAX_ENCODED_WORDS * 2:
        # too many words: decode only the first MAX_ENCODED_WORDS of them
        starts = [m.start() for m in re.finditer(r"=\?", value)]
        value = value[: starts[MAX_ENCODED_WORDS * 2]]
    try:
        parts = decode_header(value)
    except Exception:  # malformed words: show them as they are
        return _clean(value, limit)
    out: list[str] = []
    for chunk, charset in parts:
        if isinstance(chunk, str):
            out.append(chunk)
            continue
        for cs in (charset, "utf-8", "cp1251", "tis-620", "latin-1"):
            if not cs:
                continue
            try:
                out.append(chunk.decode(cs))
                break
            except (LookupError, UnicodeDecodeError):
                continue
    joined = "".join(out)
    return _clean(joined, limit)


def _raw_text(raw: bytes) -> bytes:
    """The header block only (up to the first blank line), cut to MAX_HEADER_BYTES."""
    raw = raw[: MAX_HEADER_BYTES + 4]
    for sep in (b"\r\n\r\n", b"\n\n"):
        end = raw.find(sep)
        if end != -1:
            raw = raw[:end]
            break
    return raw[:MAX_HEADER_BYTES]


def _sender(msg: Message) -> str:
    """The first usable address of From, Sender, Reply-To, Return-Path; else From's text."""
    for name in ("From", "Sender", "Reply-To", "Return-Path"):
        value = _field(msg, name)
        if not value.strip():
            continue
        decoded = decode_words(value, MAX_FIELD_CHARS)
        try:
            pairs = getaddresses([decoded])
        except Exception:
            pairs = []
        for _display, address in pairs:
            address = _clean(address, MAX_SENDER)
            if "@" in address:
                return address.lower()
        found = _ADDRESS.search(decoded)
        if found:
            return found.group(0)[:MAX_SENDER].lower()
    text = decode_words(_field(msg, "From"), MAX_SENDER)
    # a group with no members ("undisclosed-recipients:;") or a null sender ("<>") is no one
    return "" if text.endswith(":;") or not any(c.isalnum() for c in text) else text


def _display_name(msg: Message) -> str:
    value = _field(msg, "From")
    try:
        pairs = getaddresses([decode_words(value, MAX_FIELD_CHARS)])
    except Exception:
        return ""
    return _clean(pairs[0][0], 120) if pairs else ""


def _date(msg: Message) -> datetime | None:
    value = _field(msg, "Date")[:200]
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed.tzinfo is None:  # "-0000": UTC, origin unknown (RFC 5322 3.3)
        parsed = parsed.replace(tzinfo=UTC)
    if not 1990 <= parsed.year <= 2200:
        return None
    return parsed


def automated_reason(msg: Message) -> str:
    """Why this looks like a list, newsletter or robot ('' when it looks like a person)."""
    if _field(msg, "List-Id").strip():
        return "List-Id"
    precedence = _field(msg, "Precedence").strip().lower()
    if precedence in BULK_PRECEDENCE:
        return f"Precedence: {precedence}"
    auto = _field(msg, "Auto-Submitted").strip().lower()
    if auto and not auto.startswith("no"):
        return f"Auto-Submitted: {auto.split(';')[0][:40]}"
    return ""


MAX_ADDRESSES = 50
MAX_REFERENCES = 20


def _addresses(msg: Message, name: str) -> tuple[str, ...]:
    """Bare, lower-cased addresses of every `name` field, at most MAX_ADDRESSES. The only
    question asked of them is "is the user among them", so the address-shaped words are
    enough (getaddresses cost 4x the whole parse)."""
    found: list[str] = []
    for value in (msg.get_all(name) or [])[:5]:
        text = decode_words(str(value)[:MAX_FIELD_CHARS], MAX_FIELD_CHARS)
        found.extend(m.lower() for m in _ADDRESS.findall(text))
    return tuple(dict.fromkeys(found))[:MAX_ADDRESSES]


def _return_path(msg: Message) -> str | None:
    """None when there is no Return-Path; "" for the null path <> (a bounce)."""
    value = _field(msg, "Return-Path")
    if not msg.get("Return-Path"):
        return None
    found = _ADDRESS.search(value)
    return found.group(0)[:MAX_SENDER].lower() if found else ""


def reply_headers(msg: Message, sender: str, subject: str, message_id: str) -> ReplyHeaders:
    """The fields RFC 3834 asks an auto-responder to look at, cut to size."""
    refs = _MSGID.findall(_field(msg, "References"))[-MAX_REFERENCES:]
    return ReplyHeaders(
        sender=sender,
        subject=subject,
        return_path=_return_path(msg),
        auto_submitted=_clean(_field(msg, "Auto-Submitted"), 100),
        list_headers=tuple(dict.fromkeys(k for k in msg.keys() if k.lower().startswith("list-")))[
            :10
        ],
        precedence=_clean(_field(msg, "Precedence"), 40),
        auto_response_suppress=_clean(_field(msg, "X-Auto-Response-Suppress"), 100),
        to=_addresses(msg, "To"),
        cc=_addresses(msg, "Cc"),
        message_id=message_id,
        references=tuple(r[:MAX_MESSAGE_ID] for r in refs),
    )


def parse_headers(
    raw: bytes,
    *,
    source: str,
    arrived: datetime | None = None,
    default_time: datetime | None = None,
    clock: Callable[[], float] = time.perf_counter,
) -> MailItem | Rejection:
    """One message's raw header bytes -> MailItem or Rejection; never raises.

    `arrived` (the server's INTERNALDATE) is the time the contact happened: the Date header
    is the sender's claim and is used only when the server gave none; `default_time` (the
    time of fetching) when neither exists. The item id is the
    Message-ID, so a message seen again under a new UIDVALIDITY is recognised; without one,
    a digest of the header block (stable across UIDVALIDITY changes too).
    """
    started = clock()  # injectable for the time-budget test
    try:
        if not isinstance(raw, bytes | bytearray) or not raw.strip():
            return Rejection("empty header block")
        block = _raw_text(bytes(raw))
        if b"\x00" in block:
            block = block.replace(b"\x00", b"")
        try:
            text = block.decode("utf-8")
        except UnicodeDecodeError:  # 8-bit headers without encoded words: best effort
            text = block.decode("latin-1")
        msg = HeaderParser(policy=compat32).parsestr(text)
        sender = _sender(msg)
        subject = decode_words(_field(msg, "Subject"), MAX_SUBJECT)
        mid_match = _MSGID.search(_field(msg, "Message-ID"))
        message_id = mid_match.group(1)[:MAX_MESSAGE_ID] if mid_match else ""
        when = arrived or _date(msg) or default_time
        automated = automated_reason(msg)
        name = _display_name(msg)
        reply = reply_headers(msg, sender, subject, message_id)
    except RecursionError:
        return Rejection("header nesting too deep")
    except Exception as exc:  # hostile input must never stop the source
        return Rejection(f"header cannot be parsed ({type(exc).__name__})")
    elapsed = clock() - started
    if elapsed > TIME_BUDGET_S:
        return Rejection(f"parsing took {elapsed:.2f} s, over the {TIME_BUDGET_S} s budget")
    if not sender:
        return Rejection("no sender (From, Sender, Reply-To and Return-Path are all missing)")
    if when is None:
        return Rejection("no arrival time and no usable Date header")
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    if message_id:
        item_id = "mid:" + message_id
    else:
        item_id = "hdr:" + hashlib.sha256(block).hexdigest()[:32]
    snippet = name if name and name.lower() != sender else ""
    item = Item(
        source=source,
        item_id=item_id,
        channel=Channel.EMAIL,
        sender=sender,
        subject=subject,
        received_at=when,
        snippet=snippet[:120],
    )
    return MailItem(item, automated, message_id, reply)
