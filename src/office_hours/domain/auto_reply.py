"""Whether to answer a held mail with a short note, and the note: pure, no I/O, no clock.

RFC 3834 (and the vacation behaviour of RFC 5230) says who must never get an automatic
reply: robots, lists, bounces, mail not addressed to the user, and anyone answered already
within the period. The rules are one table, checked in order; the first that matches is the
refusal's reason. Sending and remembering what was sent live elsewhere (sending/).

The note is written in the *client's* language (not the interface's), from a template the
user can edit; defaults for en, ru and th are here.
"""

from __future__ import annotations

import enum
import re
import string
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, time

from office_hours.domain.auto_reply_settings import DEFAULT_PERIOD as DEFAULT_PERIOD
from office_hours.domain.auto_reply_settings import AutoReplySettings as AutoReplySettings
from office_hours.domain.model import AfterHours, Client, ModeKind
from office_hours.domain.reasons import QT_TRANSLATE_NOOP
from office_hours.domain.schedule import local
from office_hours.domain.urgency import DEFAULT_WORDS

REPLY_LANGUAGES = ("en", "ru", "th")
MAX_SUBJECT = 200


@dataclass(frozen=True, slots=True)
class ReplyHeaders:
    """What a reply decision needs from one message's header; no body, ever.

    `return_path` is None when the header is missing and "" for the null path `<>`."""

    sender: str
    subject: str = ""
    return_path: str | None = None
    auto_submitted: str = ""
    list_headers: tuple[str, ...] = ()  # names of the List-* fields present
    precedence: str = ""
    auto_response_suppress: str = ""
    to: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    message_id: str = ""
    references: tuple[str, ...] = ()


class RefusalKind(enum.StrEnum):
    NOT_OPTED_IN = "not_opted_in"
    MODE = "mode"
    AUTO_SUBMITTED = "auto_submitted"
    LIST = "list"
    PRECEDENCE = "precedence"
    NO_RETURN_PATH = "no_return_path"
    ROBOT_SENDER = "robot_sender"
    OWN_ADDRESS = "own_address"
    NOT_ADDRESSED = "not_addressed"
    SUPPRESSED = "suppressed"
    UNKNOWN_SENDER = "unknown_sender"
    ALREADY_REPLIED = "already_replied"


REFUSAL_TEXT: Mapping[RefusalKind, str] = {
    RefusalKind.NOT_OPTED_IN: QT_TRANSLATE_NOOP("Reason", "No auto-reply: not turned on"),
    RefusalKind.MODE: QT_TRANSLATE_NOOP("Reason", "No auto-reply: not turned on for this mode"),
    RefusalKind.AUTO_SUBMITTED: QT_TRANSLATE_NOOP(
        "Reason", "No auto-reply: the message was sent automatically"
    ),
    RefusalKind.LIST: QT_TRANSLATE_NOOP("Reason", "No auto-reply: mailing list"),
    RefusalKind.PRECEDENCE: QT_TRANSLATE_NOOP("Reason", "No auto-reply: bulk or list mail"),
    RefusalKind.NO_RETURN_PATH: QT_TRANSLATE_NOOP(
        "Reason", "No auto-reply: no return path (a bounce or a notice)"
    ),
    RefusalKind.ROBOT_SENDER: QT_TRANSLATE_NOOP(
        "Reason", "No auto-reply: the sender is a robot or a list address"
    ),
    RefusalKind.OWN_ADDRESS: QT_TRANSLATE_NOOP("Reason", "No auto-reply: mail from yourself"),
    RefusalKind.NOT_ADDRESSED: QT_TRANSLATE_NOOP(
        "Reason", "No auto-reply: you are not in To or Cc"
    ),
    RefusalKind.SUPPRESSED: QT_TRANSLATE_NOOP("Reason", "No auto-reply: the sender asked for none"),
    RefusalKind.UNKNOWN_SENDER: QT_TRANSLATE_NOOP(
        "Reason", "No auto-reply: the sender is not a client"
    ),
    RefusalKind.ALREADY_REPLIED: QT_TRANSLATE_NOOP(
        "Reason", "No auto-reply: this sender had one recently"
    ),
}


@dataclass(frozen=True, slots=True)
class Refusal:
    kind: RefusalKind

    @property
    def text(self) -> str:
        """The English reason (translated by the UI through the "Reason" context)."""
        return REFUSAL_TEXT[self.kind]


@dataclass(frozen=True, slots=True)
class Reply:
    """The note to send: `to` is the Return-Path, never a From or Reply-To."""

    to: str
    subject: str
    body: str
    language: str
    in_reply_to: str = ""
    references: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ReplyTiming:
    """When the user will read mail next, as the schedule computes it (the caller's job)."""

    timezone: str
    batch_times: tuple[time, ...] = ()
    next_batch: datetime | None = None
    next_business: datetime | None = None
    urgent_words: tuple[str, ...] = DEFAULT_WORDS


# -- the never-reply table ------------------------------------------------------------------

_ROBOT_LOCAL = re.compile(
    r"^(?:mailer-daemon|postmaster|listserv|majordomo|owner-.+|.+-owner|.+-request"
    r"|no-?reply|do-?not-?reply|no_reply|bounces?(?:[+-].*)?)$"
)
_SUPPRESS = ("oof", "all")


def _address(text: str) -> str:
    text = text.strip().lower()
    if "<" in text and ">" in text:
        text = text[text.rfind("<") + 1 : text.rfind(">")]
    return text.strip()


def _local_part(address: str) -> str:
    return _address(address).rsplit("@", 1)[0]


def is_robot_address(address: str) -> bool:
    """MAILER-DAEMON, LISTSERV, majordomo, owner-*, *-request, no-reply and the like."""
    return bool(_ROBOT_LOCAL.match(_local_part(address)))


def _own(address: str, own: Sequence[str]) -> bool:
    a = _address(address)
    return bool(a) and any(a == _address(o) for o in own)


Rule = Callable[[ReplyHeaders, AutoReplySettings], bool]

# Checked in order; the first rule that matches refuses.
NEVER_REPLY: tuple[tuple[RefusalKind, Rule], ...] = (
    (
        RefusalKind.AUTO_SUBMITTED,
        lambda h, s: h.auto_submitted.strip().lower().split(";")[0].strip() not in ("", "no"),
    ),
    (RefusalKind.LIST, lambda h, s: bool(h.list_headers)),
    (RefusalKind.PRECEDENCE, lambda h, s: h.precedence.strip().lower() in ("bulk", "list", "junk")),
    (RefusalKind.NO_RETURN_PATH, lambda h, s: not (h.return_path or "").strip("<> ")),
    (
        RefusalKind.ROBOT_SENDER,
        lambda h, s: is_robot_address(h.sender) or is_robot_address(h.return_path or ""),
    ),
    (
        RefusalKind.OWN_ADDRESS,
        lambda h, s: _own(h.sender, s.own_addresses) or _own(h.return_path or "", s.own_addresses),
    ),
    (
        RefusalKind.NOT_ADDRESSED,
        lambda h, s: not any(_own(a, s.own_addresses) for a in (*h.to, *h.cc)),
    ),
    (
        RefusalKind.SUPPRESSED,
        lambda h, s: any(
            w.strip().lower() in _SUPPRESS for w in h.auto_response_suppress.split(",")
        ),
    ),
)


def never_reply(headers: ReplyHeaders, settings: AutoReplySettings) -> RefusalKind | None:
    """The first never-reply rule the message matches, or None."""
    for kind, rule in NEVER_REPLY:
        if rule(headers, settings):
            return kind
    return None


def auto_reply_decision(
    headers: ReplyHeaders,
    client: Client | None,
    mode: ModeKind,
    now: datetime,
    last_replied: datetime | None,
    settings: AutoReplySettings,
    timing: ReplyTiming,
) -> Reply | Refusal:
    """Reply once, politely, or say why not. `last_replied`: when this sender (by its
    return path) last got an auto-reply from us, from the store."""
    if client is None:
        modes = settings.unknown_modes
        if not modes:
            return Refusal(RefusalKind.UNKNOWN_SENDER)
    else:
        modes = settings.client_modes.get(client.client_id, frozenset())
        if not modes:
            return Refusal(RefusalKind.NOT_OPTED_IN)
    if mode not in modes or mode is ModeKind.REACHABLE:
        return Refusal(RefusalKind.MODE)
    found = never_reply(headers, settings)
    if found is not None:
        return Refusal(found)
    if last_replied is not None and now - last_replied < settings.period:
        return Refusal(RefusalKind.ALREADY_REPLIED)
    language = settings.default_language
    if client is not None:
        language = settings.client_languages.get(client.client_id, language)
    if language not in REPLY_LANGUAGES:
        language = "en"
    template = settings.templates.get((language, mode)) or DEFAULT_TEMPLATES[(language, mode)]
    words = breakthrough_words(client, mode, language, timing.urgent_words)
    body = render(template, language, mode, now, timing, words)
    return Reply(
        to=_address(headers.return_path or ""),
        subject=reply_subject(headers.subject),
        body=body,
        language=language,
        in_reply_to=headers.message_id,
        references=(*headers.references, headers.message_id)
        if headers.message_id
        else headers.references,
    )


def reply_subject(subject: str) -> str:
    """ "Re: <subject>" on one line: control characters (CR, LF) become spaces."""
    flat = " ".join("".join(c if c.isprintable() else " " for c in subject).split())
    flat = flat[:MAX_SUBJECT]
    if re.match(r"(?i)^(re|ответ|ตอบกลับ)\s*:", flat):
        return flat
    return f"Re: {flat}" if flat else "Re:"


# -- the text -------------------------------------------------------------------------------

_SCRIPT = {
    "en": re.compile(r"^[a-z ]+$"),
    "ru": re.compile(r"^[а-яё ]+$"),
    "th": re.compile(r"^[\u0E00-\u0E7F ]+$"),
}
# Stems are for matching; a reader needs a whole word to write.
_SAY = {"срочн": "срочно", "авари": "авария", "критич": "критично"}
_PREFERRED = {
    "en": ("urgent", "emergency"),
    "ru": ("срочн", "авари"),
    "th": ("ด่วน", "ฉุกเฉิน"),
}


def breakthrough_words(
    client: Client | None, mode: ModeKind, language: str, words: Sequence[str]
) -> tuple[str, ...]:
    """The urgency words that really break through now, in the reply's language; none
    when the client's terms let nothing through after hours."""
    if mode is ModeKind.OFF_HOURS and client is not None:
        if client.terms.after_hours is AfterHours.NEVER:
            return ()
    script = _SCRIPT.get(language, _SCRIPT["en"])
    usable = [w for w in words if script.match(w) and " " not in w]
    # The words a person would think of writing come first, if they break through at all.
    usable.sort(key=lambda w: w not in _PREFERRED.get(language, ()))
    return tuple(dict.fromkeys(_SAY.get(w, w) for w in usable))[:2]


_WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "ru": ("понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"),
    "th": ("วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์"),
}
_TODAY = {"en": "today", "ru": "сегодня", "th": "วันนี้"}
_TOMORROW = {"en": "tomorrow", "ru": "завтра", "th": "พรุ่งนี้"}
_AND = {"en": " and ", "ru": " и ", "th": " และ "}
_OR = {"en": " or ", "ru": " или ", "th": " หรือ "}
_AT = {"en": "at", "ru": "в", "th": "เวลา"}
_IN_RU = {"вторник": "во вторник"}  # "в вторник" is not Russian


def _join(items: Sequence[str], word: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + word + items[-1]


def _when(at: datetime | None, now: datetime, tz: str, language: str) -> str:
    """ "tomorrow at 09:00", "в понедельник в 09:00", "วันจันทร์ เวลา 09:00"."""
    if at is None:
        return "—"
    here, today = local(at, tz), local(now, tz).date()
    clock = here.strftime("%H:%M")
    days = (here.date() - today).days
    if days == 0:
        day = _TODAY[language]
    elif days == 1:
        day = _TOMORROW[language]
    else:
        day = _WEEKDAYS[language][here.weekday()]
        if language == "ru":
            day = _IN_RU.get(day, "в " + day)
    return f"{day} {_AT[language]} {clock}"


def placeholders(
    language: str,
    now: datetime,
    timing: ReplyTiming,
    words: Sequence[str],
) -> dict[str, str]:
    """The values a template may use, named in DEFAULT_TEMPLATES' comments."""
    times = [t.strftime("%H:%M") for t in sorted(timing.batch_times)]
    quoted = [f'"{w.upper()}"' for w in words]
    return {
        "batch_times": _join(times, _AND[language]),
        "next_batch": _when(timing.next_batch, now, timing.timezone, language),
        "next_business_day": _when(timing.next_business, now, timing.timezone, language),
        "urgent_words": _join(quoted, _OR[language]),
    }


_URGENT_LINE = {
    "en": "If it cannot wait, write {urgent_words} in the subject and I will see it at once.",
    "ru": "Если дело не терпит, напишите {urgent_words} в теме, и я увижу письмо сразу.",
    "th": "หากเป็นเรื่องด่วน โปรดเขียน {urgent_words} ในหัวเรื่อง แล้วฉันจะเห็นทันที",
}

# Placeholders: {batch_times}, {next_batch}, {next_business_day}, {urgent_line}
# ({urgent_line} is empty when nothing breaks through, e.g. terms that allow no contact
# after hours). Unknown placeholders are left as written.
DEFAULT_TEMPLATES: Mapping[tuple[str, ModeKind], str] = {
    ("en", ModeKind.FOCUS): (
        "Thank you for your message. I read mail at {batch_times}, "
        "so I will answer {next_batch}.\n{urgent_line}"
    ),
    ("en", ModeKind.OFF_HOURS): (
        "Thank you for your message. It arrived outside my working hours; "
        "I will answer {next_business_day}.\n{urgent_line}"
    ),
    ("ru", ModeKind.FOCUS): (
        "Спасибо за письмо. Я читаю почту в {batch_times}, "
        "поэтому отвечу {next_batch}.\n{urgent_line}"
    ),
    ("ru", ModeKind.OFF_HOURS): (
        "Спасибо за письмо. Оно пришло в нерабочее время; "
        "я отвечу {next_business_day}.\n{urgent_line}"
    ),
    ("th", ModeKind.FOCUS): (
        "ขอบคุณสำหรับข้อความ ฉันอ่านอีเมลเวลา {batch_times} จะตอบกลับ{next_batch}\n{urgent_line}"
    ),
    ("th", ModeKind.OFF_HOURS): (
        "ขอบคุณสำหรับข้อความ ข้อความนี้มาถึงนอกเวลาทำการ ฉันจะตอบกลับ{next_business_day}\n{urgent_line}"
    ),
}


class _Keep(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render(
    template: str,
    language: str,
    mode: ModeKind,
    now: datetime,
    timing: ReplyTiming,
    words: Sequence[str],
) -> str:
    """The template with its placeholders filled; a broken template is sent as written
    rather than raising (the settings page shows the preview before it is saved)."""
    values = _Keep(placeholders(language, now, timing, words))
    values["urgent_line"] = (
        _URGENT_LINE[language].format(urgent_words=values["urgent_words"]) if words else ""
    )
    try:
        text = string.Formatter().vformat(template, (), values)
    except (ValueError, IndexError, KeyError, AttributeError):
        text = template
    lines = [line.rstrip() for line in text.splitlines()]
    return "\n".join(lines).strip() + "\n"
