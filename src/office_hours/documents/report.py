"""The weekly report as JSON, CSV and HTML (the PDF is printed from this HTML: documents/pdf.py).

Qt-free and loaded only when a report is exported. Every client name, sender and message is
untrusted text: HTML escapes it, CSV defuses cells a spreadsheet would run as a formula.
The JSON is the documented, stable schema of docs/report-schema.md.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

from office_hours.domain.drafts import money_text, number_text
from office_hours.domain.model import UNKNOWN_CLIENT_ID
from office_hours.domain.reasons import QT_TRANSLATE_NOOP
from office_hours.domain.report import CHANNELS, ClientWeek, Suggestion, WeeklyReport
from office_hours.domain.report_settings import REFOCUS_CITATION
from office_hours.i18n import tr

FORMATS = ("json", "text", "csv", "html", "pdf")
CSV_COLUMNS = (
    "week",
    "client",
    "name",
    "contacts",
    *(c.value for c in CHANNELS),
    "outside_terms",
    "after_hours",
    "weekend",
    "ad_hoc_calls",
    "held",
    "breakthroughs",
    "not_urgent",
    "not_urgent_share",
    "logged_minutes",
    "time_cost_minutes",
    "effective_rate",
    "nominal_rate",
    "target_rate",
    "trend_contacts",
    "suggestions",
    "no_suggestion_reason",
    "headline",
    "surcharge_contacts",
    "surcharge_amount",
)
_X = "ReportExport"
_F = "ReportFigures"


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure of a client's week as the window and the documents show it: the value,
    the same figure in the weeks before, and whether it is bad (and against what)."""

    label: str
    value: str
    before: str
    bad: bool = False
    why: str = ""


Money = Callable[[float], str]
Number = Callable[[float, int], str]


def domain_formatters(report: WeeklyReport) -> tuple[Money, Number]:
    """Amounts and numbers in the report's language without Qt (text, CSV, HTML)."""
    lang, currency = report.language, report.currency
    return (lambda a: money_text(a, currency, lang)), (lambda v, d: number_text(v, lang, d))


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def figures(
    c: ClientWeek, report: WeeklyReport, money: Money | None = None, number: Number | None = None
) -> list[Figure]:
    """The few figures a user reads per client, bad ones marked against the client's terms
    (the report's thresholds) or the weeks before (20 % and one contact above their mean)."""
    d_money, d_number = domain_formatters(report)
    money, number = money or d_money, number or d_number
    th = report.thresholds
    trend = c.trend
    against_terms = tr(_F, "against the agreed terms")
    above_before = tr(_F, "more than in the weeks before")

    def worse(now: float, before: float) -> bool:
        return now > before * 1.2 + 1

    out: list[Figure] = []
    hours = c.time_cost_minutes / 60
    before_hours = _mean([p.time_cost_minutes / 60 for p in trend])
    cost = f" ({money(c.cost_amount)})" if c.cost_amount else ""
    out.append(
        Figure(
            tr(_F, "Unbilled hours"),
            number(hours, 1) + cost,
            number(before_hours, 1),
            worse(hours, before_hours),
            above_before if worse(hours, before_hours) else "",
        )
    )
    share = c.outside_terms / c.contacts if c.contacts else 0.0
    shares = [p.outside_share for p in trend]
    terms_bad = c.contacts >= th.outside_terms_min_contacts and share >= th.outside_terms_share
    out.append(
        Figure(
            tr(_F, "Outside terms"),
            tr(_F, "{n} of {total} ({share}%)").format(
                n=c.outside_terms, total=c.contacts, share=round(share * 100)
            ),
            f"{round(_mean(shares) * 100)}%",
            terms_bad,
            against_terms if terms_bad else "",
        )
    )
    unpaid = c.after_hours - c.surcharge_contacts
    before_after = _mean([p.after_hours for p in trend])
    after_bad = unpaid > 0 and worse(unpaid, before_after)
    out.append(
        Figure(
            tr(_F, "After hours"),
            str(c.after_hours),
            number(before_after, 1),
            after_bad,
            above_before if after_bad else "",
        )
    )
    before_calls = _mean([p.ad_hoc_calls for p in trend])
    calls_bad = c.ad_hoc_calls >= th.ad_hoc_calls_per_week
    out.append(
        Figure(
            tr(_F, "Unplanned calls"),
            str(c.ad_hoc_calls),
            number(before_calls, 1),
            calls_bad,
            against_terms if calls_bad else "",
        )
    )
    if c.effective_rate is not None:
        rates = [p.effective_rate for p in trend if p.effective_rate is not None]
        floor = c.target_rate * (1 - th.rate_shortfall)
        rate_bad = c.effective_rate < floor
        out.append(
            Figure(
                tr(_F, "Effective rate"),
                tr(_F, "{rate} an hour (agreed {nominal})").format(
                    rate=money(c.effective_rate), nominal=money(c.nominal_rate)
                ),
                money(_mean(rates)) if rates else "—",
                rate_bad,
                tr(_F, "below your target of {target}").format(target=money(c.target_rate))
                if rate_bad
                else "",
            )
        )
    out.append(
        Figure(
            tr(_F, "Held / broke through"),
            f"{c.held} / {c.breakthroughs}",
            "—",
        )
    )
    if c.surcharge_contacts:
        out.append(
            Figure(
                tr(_F, "Surcharge earned"),
                tr(_F, "{amount} for {n} paid after-hours contacts").format(
                    amount=money(c.surcharge_amount), n=c.surcharge_contacts
                ),
                "—",
            )
        )
    return out


def suggestion_lines(s: Suggestion) -> tuple[str, str, str]:
    """(title, why in words, the draft): what every format shows of a suggestion."""
    because = s.because.render(tr) if s.because else ""
    return s.title.render(tr), because, s.message.render(tr)


def client_name(week: ClientWeek) -> str:
    """The unknown bucket's name is a translatable template; real names are shown as given."""
    return tr("Report", week.name) if week.client_id == UNKNOWN_CLIENT_ID else week.name


def to_json_text(report: WeeklyReport) -> str:
    return json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n"


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    # A cell starting with = + - @ (or a tab/CR) runs as a formula in spreadsheets.
    if text[:1] in ("=", "+", "-", "@", "\t", "\r") and not _is_number(text):
        return "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def to_csv_text(report: WeeklyReport) -> str:
    """One row per client; suggestions as their titles with the numbers in words."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for c in report.clients:
        data = c.to_json()
        row = [
            report.week,
            c.client_id,
            client_name(c),
            c.contacts,
            *(c.by_channel.get(ch.value, 0) for ch in CHANNELS),
            c.outside_terms,
            c.after_hours,
            c.weekend,
            c.ad_hoc_calls,
            c.held,
            c.breakthroughs,
            c.not_urgent,
            data["not_urgent_share"],
            c.logged_minutes,
            data["time_cost_minutes"],
            data["effective_rate"],
            c.nominal_rate,
            c.target_rate,
            " ".join(str(p.contacts) for p in c.trend),
            " | ".join(
                f"{title}: {because}" if because else title
                for title, because, _ in map(suggestion_lines, c.suggestions)
            ),
            c.no_suggestion_reason.render(tr) if c.no_suggestion_reason else "",
            c.headline.render(tr) if c.headline else "",
            c.surcharge_contacts,
            data["surcharge_amount"],
        ]
        writer.writerow([_cell(v) for v in row])
    return out.getvalue()


def headline(c: ClientWeek) -> str:
    return c.headline.render(tr) if c.headline else client_name(c)


def to_text(report: WeeklyReport) -> str:
    """The report for a terminal: per client, costliest first, the headline, the figures
    (bad ones marked with "!") and the suggestions in words with their drafts."""
    lines = [
        tr(_X, "Weekly report {week} ({dates}), times in {zone}").format(
            week=report.week, dates=week_dates(report.week), zone=report.timezone
        ),
        "",
    ]
    for c in report.clients:
        lines.append(headline(c))
        for f in figures(c, report):
            mark = "!" if f.bad else " "
            why = f" — {f.why}" if f.why else ""
            before = tr(_X, "weeks before: {value}").format(value=f.before)
            lines.append(f"  {mark} {f.label}: {f.value} ({before}){why}")
        for title, because, message in map(suggestion_lines, c.suggestions):
            lines.append(f"  * {title}")
            if because:
                lines.append(f"    {because}")
            lines.append("    " + message.replace("\n", "\n    "))
        if c.no_suggestion_reason:
            lines.append(f"  - {c.no_suggestion_reason.render(tr)}")
        lines.append("")
    if report.auto_replies:
        lines.append(auto_replies_line(report))
    lines.append(refocus_note(report))
    return "\n".join(lines) + "\n"


def auto_replies_line(report: WeeklyReport) -> str:
    return tr(_X, "{n} automatic answers sent this week.").format(n=report.auto_replies)


def refocus_note(report: WeeklyReport) -> str:
    return tr(
        _X,
        "Unbilled time = logged calls and meetings + {minutes:g} min refocus for each contact "
        "that broke focus or the terms (outside the agreed times, after hours, unplanned calls, "
        "break-throughs); contact inside the agreed windows costs nothing. Source of the "
        "{minutes:g} minutes: {source}",
    ).format(minutes=report.refocus_minutes, source=refocus_source())


def refocus_source() -> str:
    """The study in its own words (authors, title), what it found in the reader's language."""
    finding = tr(
        _X,
        "interrupted work was resumed after about 25 minutes on average (time until return, "
        "not all of it lost).",
    )
    return f"{REFOCUS_CITATION}: {finding}"


def week_dates(week: str) -> str:
    """'2026-W48' -> '2026-11-23 – 2026-11-29', so nobody has to count ISO weeks."""
    from datetime import date, timedelta

    year, number = week.upper().split("-W")
    monday = date.fromisocalendar(int(year), int(number), 1)
    return f"{monday.isoformat()} – {(monday + timedelta(days=6)).isoformat()}"


PDF_FONT_PT = 9.0
CHART_NAMES = ("days", "hours", "trend")
TABLE_COLUMNS = (  # the full table: chosen to fit a 1366-pixel screen and a portrait page
    QT_TRANSLATE_NOOP("ReportExport", "Client"),
    QT_TRANSLATE_NOOP("ReportExport", "Contacts"),
    QT_TRANSLATE_NOOP("ReportExport", "Email · chat · calls · meetings"),
    QT_TRANSLATE_NOOP("ReportExport", "Outside terms"),
    QT_TRANSLATE_NOOP("ReportExport", "After hours"),
    QT_TRANSLATE_NOOP("ReportExport", "Unplanned calls"),
    QT_TRANSLATE_NOOP("ReportExport", "Held"),
    QT_TRANSLATE_NOOP("ReportExport", "Broke through"),
    QT_TRANSLATE_NOOP("ReportExport", "Unbilled hours"),
    QT_TRANSLATE_NOOP("ReportExport", "Effective rate"),
    QT_TRANSLATE_NOOP("ReportExport", "Contacts, 4 weeks before"),
)


def table_rows(
    report: WeeklyReport, money: Money | None = None, number: Number | None = None
) -> list[list[str]]:
    """The full table's cells, one row per client (columns: TABLE_COLUMNS)."""
    d_money, d_number = domain_formatters(report)
    money, number = money or d_money, number or d_number
    rows = []
    for c in report.clients:
        rows.append(
            [
                client_name(c),
                str(c.contacts),
                " · ".join(str(c.by_channel.get(ch.value, 0)) for ch in CHANNELS),
                str(c.outside_terms),
                str(c.after_hours),
                str(c.ad_hoc_calls),
                str(c.held),
                str(c.breakthroughs),
                number(c.time_cost_minutes / 60, 1),
                money(c.effective_rate) if c.effective_rate is not None else "—",
                " · ".join(str(p.contacts) for p in c.trend),
            ]
        )
    return rows


def to_html(
    report: WeeklyReport,
    currency: str = "",
    font_pt: float = 10,
    charts: Mapping[str, Mapping[str, tuple[str, int, int]]] | None = None,
    money: Money | None = None,
    number: Number | None = None,
) -> str:
    """A self-contained page (no scripts, no remote resources) that also prints as the PDF:
    per client (costliest first) the headline, the figures with the bad ones marked, the
    charts when given (`charts[client_id][name]`: image address, width, height) and the
    suggestions;
    then the full table. `currency` is unused (the report carries its own)."""
    e = escape
    parts = [
        "<!DOCTYPE html>",
        '<html><head><meta charset="utf-8">',
        f"<title>{e(tr(_X, 'Weekly report'))} {e(report.week)}</title>",
        f"<style>body{{font-family:sans-serif;font-size:{font_pt:g}pt}}"
        "table{border-collapse:collapse}"
        "td,th{border:1px solid #999;padding:3px;vertical-align:middle}"
        "th{background:#eee;text-align:left}.n{text-align:right}"
        ".bad{color:#b00000;font-weight:bold}.s{margin:4px 0 10px 0}"
        ".m{white-space:pre-wrap;background:#f4f4f4;padding:4px}"
        f".t{{font-size:{font_pt * 0.8:g}pt}}.k{{white-space:nowrap}}"
        f".note{{color:#444;font-size:{font_pt * 0.85:g}pt}}h2{{margin-top:14px}}</style>"
        "</head><body>",
        f"<h1>{e(tr(_X, 'Weekly report'))} {e(report.week)}</h1>",
        f'<p class="note">{e(week_dates(report.week))} · '
        f"{e(tr(_X, 'Times in {zone}.').format(zone=report.timezone))}</p>",
    ]
    if report.auto_replies:
        parts.append(f'<p class="note">{e(auto_replies_line(report))}</p>')
    for c in report.clients:
        if c.contacts == 0 and c.client_id == UNKNOWN_CLIENT_ID:
            continue
        parts.append(f"<h2>{e(headline(c))}</h2>")
        if c.contacts == 0:
            continue
        parts.append(
            "<table><tr>"
            + "".join(
                f"<th>{e(h)}</th>"
                for h in (
                    tr(_X, "Figure"),
                    tr(_X, "This week"),
                    tr(_X, "Weeks before (mean)"),
                    tr(_X, "Mark"),
                )
            )
            + "</tr>"
        )
        for f in figures(c, report, money, number):
            cls = ' class="bad"' if f.bad else ""
            mark = f"! {f.why}" if f.bad else ""
            parts.append(
                f"<tr><td{cls}>{e(f.label)}</td><td{cls}>{e(f.value)}</td>"
                f"<td>{e(f.before)}</td><td{cls}>{e(mark)}</td></tr>"
            )
        parts.append("</table>")
        images = (charts or {}).get(c.client_id)
        if images:
            parts.append(
                "<p>"
                + " ".join(
                    f'<img src="{e(src)}" width="{w}" height="{h}">'
                    for src, w, h in (images[n] for n in CHART_NAMES if n in images)
                )
                + "</p>"
            )
        for title, because, message in map(suggestion_lines, c.suggestions):
            parts.append(
                f'<div class="s"><b>{e(title)}</b><br>{e(because)}'
                f'<p class="m">{e(message)}</p></div>'
            )
        if c.no_suggestion_reason is not None:
            parts.append(f"<p>{e(c.no_suggestion_reason.render(tr))}</p>")

    parts.append(f"<h2>{e(tr(_X, 'All clients'))}</h2>")
    # Heads break only between words (each word on a line of its own, none cut), so that the
    # table fits a portrait page without breaking a word.
    heads = [
        "<br>".join(e(w) for w in tr(_X, h).replace(" · ", "\u00a0· ").split(" "))
        for h in TABLE_COLUMNS
    ]
    parts.append(
        '<table class="t" width="100%"><tr>'
        + "".join(f'<th class="k">{h}</th>' for h in heads)
        + "</tr>"
    )
    for row in table_rows(report, money, number):
        parts.append(
            f"<tr><td>{e(row[0])}</td>"
            + "".join(f'<td class="n k">{e(v)}</td>' for v in row[1:])
            + "</tr>"
        )
    parts.append("</table>")
    parts.append(f'<p class="note">{e(refocus_note(report))}</p>')
    parts.append("</body></html>\n")
    return "\n".join(parts)
