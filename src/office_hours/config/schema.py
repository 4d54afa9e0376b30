"""Every option, declared once: key, type, default and what it means.

The loader validates against these, the default file is written from them, and the
settings dialog (later) is built from them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from office_hours.config.matrix import DEFAULT_FOCUS_STATUS
from office_hours.config.slack import SlackSettings
from office_hours.domain.report_settings import DEFAULT_REFOCUS_MINUTES, ReportSettings, Thresholds

CONFIG_VERSION = 1
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
LANGUAGES = ("en", "ru", "th")


_ACRONYMS = {"Vip": "VIP", "Ca": "CA"}


@dataclass(frozen=True, slots=True)
class Option:
    key: str  # dotted path, e.g. "general.timezone"
    kind: str  # str, bool, int, float, ranges, times, strings, choice
    default: Any
    doc: str
    choices: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    check: Callable[[Any], str | None] | None = None  # returns a problem, or None

    @property
    def section(self) -> str:
        return self.key.split(".", 1)[0]

    @property
    def name(self) -> str:
        return self.key.rsplit(".", 1)[-1]

    @property
    def file_doc(self) -> str:
        """The comment above the option in config.toml: a list from declared choices names
        them, since the file has no boxes to tick."""
        if self.kind == "strings" and self.choices:
            return f"{self.doc} One or more of: {', '.join(self.choices)}."
        if self.key in PERCENT_KEYS:  # the dialog shows percent; the file holds a share
            return f"{self.doc} A share: 0.2 is 20%."
        return self.doc

    @property
    def label(self) -> str:
        """batch_times -> "Batch times", vip_senders -> "VIP senders": the settings dialog's
        label, in English; scripts/translations.py puts these (and `doc`) in the catalogues."""
        if self.key in LABELS:
            return LABELS[self.key]
        words = self.name.replace("_", " ").capitalize().split(" ")
        words[0] = _ACRONYMS.get(words[0], words[0])
        return " ".join(words)


_WORK_DAY = ["09:00-18:00"]
_TH = Thresholds()
_RS = ReportSettings()
_SL = SlackSettings()

OPTIONS: tuple[Option, ...] = (
    Option(
        "general.timezone",
        "timezone",
        "UTC",
        "Your IANA time zone, e.g. Europe/Berlin. Hours, batches and reports use it.",
    ),
    Option(
        "general.language",
        "choice",
        "en",
        "Interface and documents: en, ru or th.",
        choices=LANGUAGES,
    ),
    Option(
        "general.name",
        "str",
        "",
        "Your name or business name, as the contact-terms sheet states it; empty leaves a blank.",
    ),
    Option(
        "general.notifications", "bool", True, "Show desktop notifications for delivered items."
    ),
    Option(
        "general.not_clients",
        "strings",
        [],
        "Senders who are not clients (a recruiter, a newsletter): never counted or notified. "
        "Remove one to count it again.",
    ),
    *(
        Option(
            f"hours.{day}",
            "ranges",
            _WORK_DAY if i < 5 else [],
            f"Business hours on {day.title()}, e.g. "
            '["09:00-12:30", "13:30-18:00"]; [] for a day off.',
        )
        for i, day in enumerate(WEEKDAYS)
    ),
    Option(
        "focus.batch_times",
        "times",
        ["10:00", "13:30", "17:00"],
        "When held items are released together, in your time zone.",
    ),
    Option(
        "focus.blocks",
        "weekly",
        {},
        "Weekly focus blocks within business hours, e.g. "
        '{ monday = ["09:00-12:00"], tuesday = ["09:00-12:00"] }; {} for none.',
    ),
    Option(
        "focus.default_minutes",
        "int",
        50,
        "Length of a focus block started without a length.",
        minimum=1,
        maximum=24 * 60,
    ),
    Option(
        "urgency.words",
        "strings",
        [],
        "Extra urgency words beside the built-in English, Russian and Thai ones.",
    ),
    Option(
        "urgency.vip_senders",
        "strings",
        [],
        "Senders who always get through: addresses, *@domain, chat ids.",
    ),
    Option(
        "urgency.repeat_count",
        "int",
        3,
        "This many contacts from one client within repeat_minutes count as urgent.",
        minimum=2,
        maximum=100,
    ),
    Option(
        "urgency.repeat_minutes",
        "int",
        20,
        "The window for repeat_count, in minutes.",
        minimum=1,
        maximum=24 * 60,
    ),
    Option("report.currency", "str", "EUR", "Currency shown beside rates."),
    Option(
        "report.target_rate",
        "float",
        0.0,
        "Your target hourly rate; 0 compares each client with its own nominal rate.",
        minimum=0,
    ),
    Option(
        "report.refocus_minutes",
        "float",
        DEFAULT_REFOCUS_MINUTES,
        "Minutes of refocus cost counted per interruption (see the report for the source).",
        minimum=0,
        maximum=240,
    ),
    Option(
        "report.ad_hoc_calls_per_week",
        "int",
        _TH.ad_hoc_calls_per_week,
        "Suggest scheduled calls from this many ad-hoc calls a week.",
        minimum=1,
    ),
    Option(
        "report.outside_terms_share",
        "float",
        _TH.outside_terms_share,
        "Suggest contact windows when this share of contact is outside terms.",
        minimum=0,
        maximum=1,
    ),
    Option(
        "report.after_hours_non_urgent",
        "int",
        _TH.after_hours_non_urgent,
        "Suggest an after-hours plan from this many non-urgent after-hours contacts.",
        minimum=1,
    ),
    Option(
        "report.chat_share",
        "float",
        _TH.chat_share,
        "Suggest batched mail when chat is this share of contact.",
        minimum=0,
        maximum=1,
    ),
    Option(
        "report.rate_shortfall",
        "float",
        _TH.rate_shortfall,
        "Suggest a raise when the effective rate is this share below target.",
        minimum=0,
        maximum=1,
    ),
    Option(
        "report.raise_cap",
        "float",
        _RS.raise_cap,
        "The largest raise the report proposes; the rest of the gap is offered as billed "
        "calls or a retainer.",
        minimum=0.01,
        maximum=1,
    ),
    Option(
        "report.relationship_weeks",
        "int",
        _TH.relationship_weeks,
        "Suggest reviewing the relationship when, besides this week, this many of the four "
        "weeks before also had most contact outside the agreed terms.",
        minimum=1,
        maximum=4,
    ),
    Option(
        "report.surcharge_percent",
        "float",
        _RS.surcharge_percent,
        "After-hours surcharge proposed for clients whose terms name none, in percent.",
        minimum=0,
        maximum=1000,
    ),
    Option(
        "report.notify",
        "bool",
        True,
        "Say on Monday morning that last week's report is ready.",
    ),
    Option(
        "report.notify_at",
        "times",
        ["09:00"],
        "When on Monday to say so, in your time zone; the earliest of these is used.",
    ),
    # -- Slack (issue 4): token in the keyring, see CHAT_SECRETS ------------------------------
    Option(
        "slack.enabled", "bool", _SL.enabled, "Watch Slack: direct messages, group DMs, mentions."
    ),
    Option(
        "slack.api_url",
        "str",
        _SL.api_url,
        "The Slack Web API address; change it only for a test stand-in.",
    ),
    Option(
        "slack.poll_seconds",
        "int",
        _SL.poll_seconds,
        "How often to ask Slack for new messages (Slack limits how often one may ask).",
        minimum=5,
        maximum=3600,
    ),
    Option(
        "slack.channels",
        "strings",
        [],
        'Channel ids where mentions of you count, e.g. ["C024BE91L"]; DMs always count.',
    ),
    Option(
        "slack.focus_status_text",
        "str",
        _SL.focus_status_text,
        "Your Slack status while in focus; the previous one comes back afterwards.",
    ),
    Option(
        "slack.focus_status_emoji",
        "str",
        _SL.focus_status_emoji,
        "The status emoji while in focus.",
    ),
    Option(
        "slack.focus_dnd",
        "bool",
        _SL.focus_dnd,
        "Snooze Slack notifications (do not disturb) in focus.",
    ),
    # -- desktop notifications and do-not-disturb (issue 4) --
    Option(
        "desktop.watch_notifications",
        "bool",
        True,
        "Linux: record other apps' desktop notifications that a client's notification_match "
        "names (the watch runs only when some client has such rules, or record_unmatched).",
    ),
    Option(
        "desktop.apps",
        "strings",
        [],
        'Watch only these apps\' notifications, e.g. ["Telegram", "Slack"] (a name also '
        'matches within a longer one: "Telegram Desktop"); [] for all.',
    ),
    Option(
        "desktop.ignore_apps",
        "strings",
        [],
        "Never record these apps' notifications (beside the built-in system ones).",
    ),
    Option(
        "desktop.record_unmatched",
        "bool",
        False,
        "Also record notifications that match no client (as 'unknown').",
    ),
    Option(
        "presence.desktop_dnd",
        "bool",
        True,
        "Hold the desktop's notifications while in focus (dunst, GNOME); restored after.",
    ),
)

# -- [matrix]: chat through a Matrix homeserver (and bridged networks) --------------------------
MATRIX_OPTIONS: tuple[Option, ...] = (
    Option("matrix.enabled", "bool", False, "Watch a Matrix account for direct messages."),
    Option(
        "matrix.homeserver",
        "str",
        "",
        "Your homeserver, e.g. https://matrix.example.org.",
    ),
    Option("matrix.user_id", "str", "", "Your Matrix user id, e.g. @me:example.org."),
    Option(
        "matrix.rooms",
        "strings",
        [],
        "Group rooms (ids or #aliases) where messages mentioning you are recorded too.",
    ),
    Option(
        "matrix.focus_presence",
        "bool",
        True,
        "While in focus, show you as unavailable with focus_status; restored afterwards.",
    ),
    Option("matrix.focus_status", "str", DEFAULT_FOCUS_STATUS, "Status message while in focus."),
)
OPTIONS = OPTIONS + MATRIX_OPTIONS

# -- [auto_reply]: the polite note to held mail (issue 17); opt-in per client ----------------
REPLY_MODES = ("focus", "off_hours")


def _reply_modes(value: Any) -> str | None:
    bad = [v for v in value if v not in REPLY_MODES]
    return f"{bad[0]!r} is not one of: focus, off_hours" if bad else None


def _reply_language(value: Any) -> str | None:
    return None if value in ("", *LANGUAGES) else f"{value!r} is not one of: en, ru, th"


AUTO_REPLY_OPTIONS: tuple[Option, ...] = (
    Option(
        "auto_reply.unknown_senders",
        "strings",
        [],
        "Also answer senders who are no client, in the modes chosen (none: never).",
        choices=REPLY_MODES,
        check=_reply_modes,
    ),
    Option(
        "auto_reply.period_days",
        "int",
        7,
        "Answer one sender at most once in this many days.",
        minimum=1,
        maximum=90,
    ),
) + tuple(
    Option(
        f"auto_reply.{language}_{mode}",
        "str",
        "",
        f"The note in {language} while in {mode.replace('_', ' ')}; empty: the built-in one.",
    )
    for language in LANGUAGES
    for mode in REPLY_MODES
)
OPTIONS = OPTIONS + AUTO_REPLY_OPTIONS

CLIENT_OPTIONS: tuple[Option, ...] = (
    Option("id", "slug", "", "Short id used on the command line, e.g. acme."),
    Option("name", "str", "", "The client's name as you want to see it."),
    Option(
        "contact_name",
        "str",
        "",
        "The person you write to, e.g. Anna Petrova: drafted messages greet them by name.",
    ),
    Option("addresses", "strings", [], "Mail addresses, or *@domain for a whole domain."),
    Option("chat_users", "strings", [], "Chat user ids, e.g. @anna:matrix.org or U024BE7LH."),
    Option("rooms", "strings", [], "Chat rooms or channels that belong to this client."),
    Option("phones", "strings", [], "Phone numbers, in any format."),
    Option("vip_senders", "strings", [], "Senders of this client who always get through."),
    Option("rate", "float", 0.0, "Your nominal hourly rate for this client.", minimum=0),
    Option("billed_hours_per_week", "float", 0.0, "Hours a week this client pays for.", minimum=0),
    Option(
        "after_hours",
        "choice",
        "emergencies_only",
        "Contact after your business hours: never, emergencies_only or with_surcharge.",
        choices=("never", "emergencies_only", "with_surcharge"),
    ),
    Option(
        "surcharge_percent",
        "float",
        0.0,
        "Surcharge for after-hours contact, in percent.",
        minimum=0,
        maximum=1000,
    ),
    Option(
        "notification_match",
        "strings",
        [],
        "Desktop notifications of this client: text in the title, body or app name, e.g. "
        '["Anna Petrova", "ACME*"] (case-insensitive; * and ? make a glob for a whole field).',
    ),
    Option(
        "auto_reply",
        "strings",
        [],
        "Answer this client's held mail once with a polite note in the modes chosen (none: "
        "never); the account needs an SMTP server.",
        choices=REPLY_MODES,
        check=_reply_modes,
    ),
    Option(
        "reply_language",
        "str",
        "",
        "The language of auto-replies to this client: en, ru or th; empty: yours.",
        check=_reply_language,
    ),
)

TERMS_OPTIONS: tuple[Option, ...] = (
    Option("windows", "weekly", {}, "When contact on this channel is agreed, per weekday."),
    Option(
        "response_hours", "float", 0.0, "Agreed response time in hours (0: not agreed).", minimum=0
    ),
)


@dataclass(frozen=True, slots=True)
class SecretSpec:
    """A secret kept in the OS keyring (service "office-hours", user `keyring_user`), never in
    config.toml; the settings dialog offers a password field for each. Mail accounts' secrets
    are keyed by the account id instead."""

    keyring_user: str
    label: str
    doc: str


CHAT_SECRETS: tuple[SecretSpec, ...] = (
    SecretSpec(
        "slack", "Slack token", "A Slack user token (xoxp-…) with the scopes in the README."
    ),
    SecretSpec("matrix", "Matrix access token", "The access token of your Matrix account."),
)

CHANNELS = ("email", "chat", "call", "meeting")
OPTION_BY_KEY = {o.key: o for o in OPTIONS}
SECTIONS = tuple(dict.fromkeys(o.section for o in OPTIONS))

# The settings dialog's and the wizard's labels, in words a person uses (not the key): an
# option not named here is labelled from its key ("batch_times" -> "Batch times").
# Client, terms and account options are keyed by their name alone.
LABELS: dict[str, str] = {
    "general.timezone": "Time zone",
    "general.name": "Your name or business name",
    "general.notifications": "Show desktop notifications",
    "general.not_clients": "Not clients (never counted)",
    "focus.batch_times": "Release held items at",
    "focus.blocks": "Weekly focus blocks",
    "focus.default_minutes": "Focus length when none is given (min)",
    "urgency.words": "Extra urgency words",
    "urgency.vip_senders": "Always let these senders through",
    "urgency.repeat_count": "Urgent from this many contacts in a row",
    "urgency.repeat_minutes": "Counted within (min)",
    "report.target_rate": "Your target hourly rate",
    "report.refocus_minutes": "Refocus time per interruption (min)",
    "report.ad_hoc_calls_per_week": "Suggest scheduled calls from this many ad-hoc calls a week",
    "report.outside_terms_share": "Suggest contact windows when this much contact is outside "
    "the terms",
    "report.after_hours_non_urgent": "Suggest an after-hours plan from this many non-urgent "
    "after-hours contacts",
    "report.chat_share": "Suggest batched mail when chat is this much of all contact",
    "report.rate_shortfall": "Suggest a raise when the effective rate is this far below target",
    "report.relationship_weeks": "Suggest reviewing a relationship after this many weeks "
    "outside the terms",
    "report.surcharge_percent": "After-hours surcharge to propose (%)",
    "report.notify": "Say on Monday when the weekly report is ready",
    "report.notify_at": "Say it at",
    "slack.enabled": "Watch Slack",
    "slack.api_url": "Slack API address",
    "slack.poll_seconds": "Check Slack every (s)",
    "slack.channels": "Channels where mentions count",
    "slack.focus_status_text": "Slack status while in focus",
    "slack.focus_status_emoji": "Status emoji while in focus",
    "slack.focus_dnd": "Snooze Slack notifications while in focus",
    "desktop.watch_notifications": "Count other apps' desktop notifications",
    "desktop.apps": "Watch only these apps",
    "desktop.ignore_apps": "Never record these apps",
    "desktop.record_unmatched": "Also record notifications that match no client",
    "presence.desktop_dnd": "Turn on the desktop's do-not-disturb while in focus",
    "matrix.enabled": "Watch Matrix",
    "matrix.homeserver": "Homeserver address",
    "matrix.user_id": "Your Matrix user id",
    "matrix.rooms": "Group rooms where mentions count",
    "matrix.focus_presence": "Show me as unavailable while in focus",
    "matrix.focus_status": "Status message while in focus",
    "id": "Short id",
    "addresses": "Mail addresses",
    "chat_users": "Chat user ids",
    "rooms": "Chat rooms",
    "phones": "Phone numbers",
    "vip_senders": "Always let these senders through",
    "rate": "Hourly rate",
    "billed_hours_per_week": "Hours a week the client pays for",
    "after_hours": "Contact after your hours",
    "surcharge_percent": "After-hours surcharge (%)",
    "notification_match": "Their desktop notifications mention",
    "windows": "Agreed contact times",
    "response_hours": "Answer within (hours)",
    "host": "IMAP server",
    "port": "Port (0: the usual one)",
    "security": "Connection security",
    "username": "User name",
    "folders": "Folders to watch",
    "ca_file": "Own server's CA certificate",
    "backfill_days": "Count mail of the last (days)",
    "poll_seconds": "Check every (s)",
    "count_automated": "Count newsletters and automatic mail",
    "auto_reply": "Answer held mail automatically in",
    "reply_language": "Language of automatic answers",
    "smtp_host": "SMTP server (for automatic answers)",
    "smtp_port": "SMTP port (0: the usual one)",
    "smtp_security": "SMTP connection security",
    "smtp_username": "SMTP user name (empty: as IMAP)",
    "address": "Your address on this account",
    "auto_reply.unknown_senders": "Also answer unknown senders in",
    "auto_reply.period_days": "Answer a sender at most once in (days)",
    "auto_reply.en_focus": "Note in English, in focus",
    "auto_reply.en_off_hours": "Note in English, off hours",
    "auto_reply.ru_focus": "Note in Russian, in focus",
    "auto_reply.ru_off_hours": "Note in Russian, off hours",
    "auto_reply.th_focus": "Note in Thai, in focus",
    "auto_reply.th_off_hours": "Note in Thai, off hours",
}
# Shares (0..1 in the file) that the dialog shows and takes as percent.
PERCENT_KEYS = frozenset(
    {
        "report.outside_terms_share",
        "report.chat_share",
        "report.rate_shortfall",
        "report.raise_cap",
    }
)
