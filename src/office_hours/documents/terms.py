"""The contact-terms sheet as Markdown, a printable HTML page, or PDF, in en, ru or th.

The figures come from `domain.terms_sheet`; the wording from the translation catalogues
through a per-document translator (`i18n.translator`), so a Thai sheet can be written from
an English interface. Weekday and month names, clock times and the date follow the
document's language from the tables below; Thai dates use the Buddhist Era year (2569 for
2026), as Thai contracts and official letters do. Client-provided text is escaped in every
format: HTML entities in HTML (and so in the PDF), backslashes in Markdown.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from office_hours.domain.drafts import WEEKDAY_NAMES
from office_hours.domain.model import AfterHours, Channel, TimeRange, WeeklyWindows
from office_hours.domain.terms_sheet import TermsSheet, build_terms_sheet, offset_text

if TYPE_CHECKING:
    from office_hours.config import Config

Translate = Callable[[str, str], str]
FORMATS = ("md", "html", "pdf")
LANGUAGES = ("en", "ru", "th")
_C = "TermsSheet"

MONTHS = {
    "en": (
        "January February March April May June July August September October November December"
    ).split(),
    "ru": (
        "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
    ).split(),
    "th": (
        "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม"
    ).split(),
}
QUOTE = {"en": "“{}”", "ru": "«{}»", "th": "“{}”"}


class TermsError(Exception):
    """A sheet that cannot be made: unknown client, format or language."""


def date_text(day: date, language: str) -> str:
    month = MONTHS.get(language, MONTHS["en"])[day.month - 1]
    if language == "ru":
        return f"{day.day} {month} {day.year} г."
    if language == "th":
        return f"{day.day} {month} พ.ศ. {day.year + 543}"
    return f"{day.day} {month} {day.year}"


def clock_text(t: time, end: bool = False) -> str:
    return "24:00" if end and t == time(0, 0) else f"{t.hour:02d}:{t.minute:02d}"


def range_text(r: TimeRange, language: str) -> str:
    text = f"{clock_text(r.start)}–{clock_text(r.end, end=True)}"
    return text + " น." if language == "th" else text


def weekday_name(day: int, language: str) -> str:
    name = WEEKDAY_NAMES.get(language, WEEKDAY_NAMES["en"])[day - 1]
    return name[:1].upper() + name[1:]


def week_lines(windows: WeeklyWindows, language: str) -> list[tuple[str, str]]:
    """(days, ranges) rows; consecutive days with the same ranges share a row."""
    rows: list[tuple[str, str]] = []
    day = 1
    while day <= 7:
        ranges = windows.ranges(day)
        last = day
        while last < 7 and windows.ranges(last + 1) == ranges:
            last += 1
        if ranges:
            days = weekday_name(day, language)
            if last > day:  # Russian capitalises only the first word: "Понедельник – пятница"
                end = weekday_name(last, language)
                days += " – " + (end.lower() if language == "ru" else end)
            rows.append((days, ", ".join(range_text(r, language) for r in ranges)))
        day = last + 1
    return rows


def _number(value: float) -> str:
    return f"{value:g}"


@dataclass
class Section:
    heading: str
    paragraphs: list[str] = field(default_factory=list)
    head: tuple[str, ...] = ()
    rows: list[tuple[str, ...]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # paragraphs after the table


@dataclass
class Document:
    """The sheet as plain text, before markup; the renderers escape every string of it."""

    language: str
    title: str
    subtitle: str
    parties: list[tuple[str, str]]
    sections: list[Section]
    footer: str


def channel_name(channel: Channel, tr: Translate) -> str:
    return {
        Channel.EMAIL: tr(_C, "Email"),
        Channel.CHAT: tr(_C, "Chat and messengers"),
        Channel.CALL: tr(_C, "Phone and video calls"),
        Channel.MEETING: tr(_C, "Meetings"),
    }[channel]


def after_hours_text(sheet: TermsSheet, tr: Translate) -> str:
    if sheet.after_hours is AfterHours.NEVER:
        return tr(
            _C,
            "The Contractor is not available outside business hours, emergencies included. "
            "Messages received outside business hours are answered on the next business day.",
        )
    if sheet.after_hours is AfterHours.EMERGENCIES_ONLY:
        return tr(
            _C,
            "Outside business hours, only emergencies are handled (see “Emergencies”). "
            "Other messages are answered on the next business day.",
        )
    if sheet.surcharge_percent > 0:
        return tr(
            _C,
            "Outside business hours, requests are handled at a surcharge of {percent}% "
            "on the agreed hourly rate.",
        ).format(percent=_number(sheet.surcharge_percent))
    return tr(
        _C,
        "Outside business hours, requests are handled at a surcharge to be agreed separately.",
    )


def _document(sheet: TermsSheet, tr: Translate, lang: str) -> Document:
    zone = sheet.timezone
    sections: list[Section] = []

    hours = Section(tr(_C, "Business hours"))
    hours.paragraphs.append(
        tr(
            _C,
            "All times in this document are local times in the time zone {zone} "
            "({offset} on {date}).",
        ).format(zone=zone, offset=offset_text(sheet.utc_offset), date=date_text(sheet.as_of, lang))
    )
    week = week_lines(sheet.business_hours, lang)
    if week:
        hours.head = (tr(_C, "Days"), tr(_C, "Hours"))
        hours.rows = list(week)
    else:
        hours.paragraphs.append(tr(_C, "No regular business hours are set."))
    sections.append(hours)

    channels = Section(tr(_C, "Contact windows and response times"))
    channels.head = (tr(_C, "Channel"), tr(_C, "When to contact"), tr(_C, "Response time"))
    for ch in sheet.channels:
        if ch.agreed:
            lines = week_lines(ch.windows, lang)
            when = (
                "; ".join(f"{days}: {ranges}" for days, ranges in lines)
                if lines
                else tr(_C, "Not used")
            )
        else:
            when = tr(_C, "During business hours")
        response = (
            tr(_C, "Within {hours} h during business hours").format(
                hours=_number(ch.response_hours)
            )
            if ch.response_hours
            else tr(_C, "No fixed time; replies within business hours")
        )
        channels.rows.append((channel_name(ch.channel, tr), when, response))
    channels.notes.append(
        tr(
            _C,
            "Calls and meetings outside these windows take place by prior arrangement only.",
        )
    )
    sections.append(channels)

    sections.append(Section(tr(_C, "Outside business hours"), [after_hours_text(sheet, tr)]))

    emergencies = Section(tr(_C, "Emergencies"))
    emergencies.paragraphs.append(
        tr(
            _C,
            "An emergency is a fault that stops the Client's business from operating and "
            "cannot wait until the next business day, for example a service outage.",
        )
    )
    quote = QUOTE.get(lang, QUOTE["en"])
    words = ", ".join(quote.format(w) for w in sheet.mark_words)
    emergencies.paragraphs.append(
        tr(
            _C,
            "To mark a message as an emergency, put one of these words in its subject or "
            "first line: {words}.",
        ).format(words=words)
    )
    if sheet.extra_words:
        emergencies.paragraphs.append(
            tr(_C, "These words also mark an emergency: {words}.").format(
                words=", ".join(quote.format(w) for w in sheet.extra_words)
            )
        )
    emergencies.paragraphs.append(
        tr(
            _C,
            "Repeated contact also counts as urgent: {count} or more contacts within "
            "{minutes} min.",
        ).format(count=sheet.repeat_count, minutes=sheet.repeat_minutes)
    )
    emergencies.paragraphs.append(
        tr(
            _C,
            "A marked emergency reaches the Contractor at once, also during focused work. "
            "Please reserve it for real emergencies.",
        )
    )
    sections.append(emergencies)

    if sheet.batch_times:
        sections.append(
            Section(
                tr(_C, "Batched replies"),
                [
                    tr(
                        _C,
                        "Messages that are not emergencies are read and answered in batches, "
                        "at {times}.",
                    ).format(times=", ".join(clock_text(t) for t in sheet.batch_times))
                ],
            )
        )

    for number, section in enumerate(sections, 1):
        section.heading = f"{number}. {section.heading}"
    provider = sheet.provider_name or "________________________"
    # Both parties sign: the sheet is an appendix to their agreement.
    line = "____________________"
    signatures = Section(tr(_C, "Signatures"))
    signatures.head = (tr(_C, "Client"), tr(_C, "Contractor"))
    signatures.rows = [
        (sheet.client_name, provider),
        (f"{tr(_C, 'Signature')}: {line}", f"{tr(_C, 'Signature')}: {line}"),
        (f"{tr(_C, 'Date')}: {line}", f"{tr(_C, 'Date')}: {line}"),
    ]
    sections.append(signatures)
    return Document(
        language=lang,
        title=tr(_C, "Contact terms"),
        subtitle=tr(_C, "Appendix to the agreement between {client} and {contractor}").format(
            client=sheet.client_name, contractor=provider
        ),
        parties=[
            (tr(_C, "Client"), sheet.client_name),
            (tr(_C, "Contractor"), provider),
            (tr(_C, "Date"), date_text(sheet.as_of, lang)),
        ],
        sections=sections,
        footer=tr(_C, "Made with Office Hours."),
    )


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")


def _md(text: str) -> str:
    """Backslash-escape Markdown's punctuation, so a client's name stays plain text."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def to_markdown(doc: Document) -> str:
    out = [f"# {_md(doc.title)}", "", f"*{_md(doc.subtitle)}*", ""]
    out += [f"**{_md(label)}:** {_md(value)}  " for label, value in doc.parties]
    for s in doc.sections:
        out += ["", f"## {_md(s.heading)}", ""]
        for p in s.paragraphs:
            out += [_md(p), ""]
        if s.rows:
            out.append("| " + " | ".join(_md(h) for h in s.head) + " |")
            out.append("|" + "---|" * len(s.head))
            out += ["| " + " | ".join(_md(c) for c in row) + " |" for row in s.rows]
            out.append("")
        for p in s.notes:
            out += [_md(p), ""]
    out += ["", "---", "", f"_{_md(doc.footer)}_", ""]
    return "\n".join(out)


FONT_STACK = "'DejaVu Sans', 'Noto Sans', 'Loma', 'Garuda', 'Noto Sans Thai', sans-serif"


def _joined(text: str) -> str:
    """Quote marks joined to their words (U+2060 WORD JOINER): a line or page never ends on
    an opening « or “, nor starts with a closing one, even before Thai, which breaks
    anywhere between words."""
    for opening in ("«", "“"):
        text = text.replace(opening, opening + "\u2060")
    for closing in ("»", "”"):
        text = text.replace(closing, "\u2060" + closing)
    return text


def to_html(doc: Document) -> str:
    """A standalone page (no scripts, no remote resources) that prints on A4 as is."""
    e = escape
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{e(doc.language)}"><head><meta charset="utf-8">',
        f"<title>{e(doc.title)} – {e(doc.parties[0][1])}</title>",
        "<style>"
        f"body{{font-family:{FONT_STACK};font-size:11pt;line-height:1.4;"
        "max-width:48em;margin:2em auto;color:#111}"
        "h1{font-size:18pt;margin-bottom:0}.sub{color:#444;margin-top:4pt}"
        "h2{font-size:13pt;margin-top:16pt}"
        "table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;"
        "padding:5px;text-align:left;vertical-align:top}th{background:#eee}"
        "p.party{margin:2pt 0}"
        ".foot{color:#666;font-size:9pt;margin-top:24pt}"
        "@page{size:A4;margin:18mm}@media print{body{margin:0}}"
        "</style></head><body>",
        f"<h1>{e(doc.title)}</h1>",
        f'<p class="sub">{e(doc.subtitle)}</p>',
        # One line per party: label and value share a baseline in every script (in table
        # cells a Thai label sat lower than a Latin value).
        "".join(f'<p class="party"><b>{e(k)}:</b>&nbsp;&nbsp;{e(v)}</p>' for k, v in doc.parties),
    ]
    for s in doc.sections:
        parts.append(f"<h2>{e(s.heading)}</h2>")
        parts += [f"<p>{_joined(e(p))}</p>" for p in s.paragraphs]
        if s.rows:
            parts.append(
                '<table cellspacing="0" cellpadding="5" border="1"><tr>'
                + "".join(f"<th>{e(h)}</th>" for h in s.head)
                + "</tr>"
                + "".join(
                    "<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>" for row in s.rows
                )
                + "</table>"
            )
        parts += [f"<p>{e(p)}</p>" for p in s.notes]
    parts.append(f'<p class="foot">{e(doc.footer)}</p>')
    parts.append("</body></html>\n")
    return "\n".join(parts)


def sheet_for(
    config: Config, client_id: str, language: str, now: datetime | None = None
) -> TermsSheet:
    client = config.client(client_id)
    if client is None:
        raise TermsError(unknown_client_message(config, client_id))
    return build_terms_sheet(
        client,
        config.hours,
        config.urgency,
        config.batch_times,
        now or datetime.now(UTC),
        provider_name=config.user_name,
        language=language,
    )


def unknown_client_message(config: Config, ident: str) -> str:
    """The log-call message, plus the closest id or name (difflib, only on this error path)."""
    import difflib

    from office_hours.i18n import tr

    known = [c.client_id for c in config.clients]
    names = {c.name.casefold(): c.client_id for c in config.clients}
    close = difflib.get_close_matches(ident.casefold(), [*known, *names], n=1)
    message = tr("cli", "no client {name} in {path} (known: {known})").format(
        name=repr(ident), path=config.path, known=", ".join(known) or tr("cli", "none yet")
    )
    if close:
        message += tr("cli", "; did you mean {name}?").format(
            name=repr(names.get(close[0], close[0]))
        )
    return message


def render(
    config: Config, client_id: str, fmt: str, language: str, now: datetime | None = None
) -> tuple[str, Document]:
    """(markup, document) for md or html; the PDF is printed from the html."""
    from office_hours.i18n import tr, translator

    if fmt not in FORMATS:
        raise TermsError(
            tr("cli", "unknown format {fmt}; choose one of: {choices}").format(
                fmt=repr(fmt), choices=", ".join(FORMATS)
            )
        )
    if language not in LANGUAGES:
        raise TermsError(
            tr("cli", "unknown language {lang}; choose one of: {choices}").format(
                lang=repr(language), choices=", ".join(LANGUAGES)
            )
        )
    sheet = sheet_for(config, client_id, language, now)
    try:
        document_tr = translator(language)  # the document's language, not the interface's
    except LookupError as exc:
        raise TermsError(str(exc)) from None
    doc = _document(sheet, document_tr, language)
    return (to_markdown(doc) if fmt == "md" else to_html(doc)), doc


def write_terms_sheet(
    config: Config,
    client_id: str,
    fmt: str,
    out: Path,
    language: str | None = None,
    now: datetime | None = None,
) -> Path:
    """Write the sheet of `client_id` to `out` as md, html or pdf; returns `out`.

    The settings dialog calls this from its button; the command line from `office-hours terms`.
    Raises TermsError for an unknown client, format or language, OSError if `out` cannot be
    written.
    """
    lang = language or config.language
    if fmt == "pdf":
        from office_hours.documents.pdf import ensure_gui_application

        ensure_gui_application()  # before the translator, which would make a QCoreApplication
    markup, doc = render(config, client_id, "html" if fmt == "pdf" else fmt, lang, now)
    out = Path(out)
    if fmt == "pdf":
        from office_hours.documents.pdf import write_pdf

        write_pdf(markup, out, f"{doc.title} – {doc.parties[0][1]}", landscape=False)
    else:
        out.write_text(markup, encoding="utf-8", newline="\n")
    return out
