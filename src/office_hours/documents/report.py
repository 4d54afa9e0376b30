"""The weekly report as JSON, CSV and HTML (the PDF is printed from this HTML: documents/pdf.py).

Qt-free and loaded only when a report is exported. Every client name, sender and message is
untrusted text: HTML escapes it, CSV defuses cells a spreadsheet would run as a formula.
The JSON is the documented, stable schema of docs/report-schema.md.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from html import escape
from typing import Any

from office_hours.domain.model import UNKNOWN_CLIENT_ID
from office_hours.domain.reasons import QT_TRANSLATE_NOOP
from office_hours.domain.report import CHANNELS, ClientWeek, WeeklyReport
from office_hours.domain.report_inputs import REFOCUS_SOURCE
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
)
_X = "ReportExport"
_N = "ReportNumbers"
NUMBER_LABELS = {  # keys of Suggestion.numbers, as people read them
    "ad_hoc_calls": QT_TRANSLATE_NOOP("ReportNumbers", "Ad-hoc calls"),
    "threshold": QT_TRANSLATE_NOOP("ReportNumbers", "Threshold"),
    "outside_terms": QT_TRANSLATE_NOOP("ReportNumbers", "Outside terms"),
    "contacts": QT_TRANSLATE_NOOP("ReportNumbers", "Contacts"),
    "share": QT_TRANSLATE_NOOP("ReportNumbers", "Share"),
    "after_hours_non_urgent": QT_TRANSLATE_NOOP("ReportNumbers", "Non-urgent after hours"),
    "effective_rate": QT_TRANSLATE_NOOP("ReportNumbers", "Effective rate"),
    "target_rate": QT_TRANSLATE_NOOP("ReportNumbers", "Target rate"),
    "nominal_rate": QT_TRANSLATE_NOOP("ReportNumbers", "Nominal rate"),
    "percent": QT_TRANSLATE_NOOP("ReportNumbers", "Raise (%)"),
    "new_rate": QT_TRANSLATE_NOOP("ReportNumbers", "New rate"),
    "chat": QT_TRANSLATE_NOOP("ReportNumbers", "Chat messages"),
    "busiest_day_calls": QT_TRANSLATE_NOOP("ReportNumbers", "Calls on the busiest day"),
    "previous_weeks_ad_hoc_calls": QT_TRANSLATE_NOOP(
        "ReportNumbers", "Ad-hoc calls, 4 weeks before"
    ),
    "weekend": QT_TRANSLATE_NOOP("ReportNumbers", "At the weekend"),
    "surcharge_percent": QT_TRANSLATE_NOOP("ReportNumbers", "Surcharge (%)"),
    "unbilled_hours": QT_TRANSLATE_NOOP("ReportNumbers", "Unbilled hours"),
    "weeks_outside_terms": QT_TRANSLATE_NOOP("ReportNumbers", "Weeks mostly outside terms"),
    "weeks": QT_TRANSLATE_NOOP("ReportNumbers", "Weeks looked at"),
    "threshold_weeks": QT_TRANSLATE_NOOP("ReportNumbers", "Threshold (weeks)"),
    "previous_shares": QT_TRANSLATE_NOOP("ReportNumbers", "Share outside terms, 4 weeks before"),
}


def numbers_text(numbers: Mapping[str, Any]) -> str:
    parts = []
    for key, value in numbers.items():
        label = tr(_N, NUMBER_LABELS[key]) if key in NUMBER_LABELS else key.replace("_", " ")
        shown = str(value)
        if isinstance(value, list | tuple):
            shown = " → ".join(f"{v:.0%}" if key.endswith("shares") else str(v) for v in value)
        elif key == "share" or (key == "threshold" and isinstance(value, float) and value <= 1):
            shown = f"{value:.0%}"  # shares are fractions: 0.4 reads better as 40%
        elif isinstance(value, float):
            shown = f"{value:g}"
        parts.append(f"{label}: {shown}")
    return " · ".join(parts)


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
    """One row per client; suggestions as their rule names, the trend as contacts per week."""
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
            ";".join(s.rule for s in c.suggestions),
            c.no_suggestion_reason.render(tr) if c.no_suggestion_reason else "",
        ]
        writer.writerow([_cell(v) for v in row])
    return out.getvalue()


def _money(rate: float | None, currency: str) -> str:
    return "—" if rate is None else f"{rate:.2f} {escape(currency)}/h"


def _heat(count: int, top: int) -> str:
    if count == 0:
        return "#ffffff"
    strength = count / top if top else 0
    shade = int(235 - 175 * strength)  # light to dark blue
    return f"#{shade // 2:02x}{shade:02x}{255:02x}"


PDF_FONT_PT = 7.0


def to_html(report: WeeklyReport, currency: str = "EUR", font_pt: float = 10) -> str:
    """A self-contained page (no scripts, no remote resources) that also prints as the PDF;
    the PDF is laid out at its true size, where the 18 columns need `font_pt` of about 7."""
    e = escape
    heads = [
        tr(_X, "Client"),
        tr(_X, "Contacts"),
        *(tr("Channel", c.value) for c in CHANNELS),
        tr(_X, "Outside terms"),
        tr(_X, "After hours"),
        tr(_X, "Weekend"),
        tr(_X, "Ad-hoc calls"),
        tr(_X, "Held"),
        tr(_X, "Breakthroughs (not urgent)"),
        tr(_X, "Logged min"),
        tr(_X, "Time cost (h)"),
        tr(_X, "Effective rate"),
        tr(_X, "Nominal"),
        tr(_X, "Contacts, 4 weeks before"),
    ]
    parts = [
        "<!DOCTYPE html>",
        '<html><head><meta charset="utf-8">',
        f"<title>{e(tr(_X, 'Weekly report'))} {e(report.week)}</title>",
        f"<style>body{{font-family:sans-serif;font-size:{font_pt:g}pt}}"
        "table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px}"
        "th{background:#eee}.n{text-align:right}.s{border:1px solid #36c;padding:4px;"
        "margin:6px 0}.m{white-space:pre-wrap;background:#f6f6f6;padding:4px}"
        f".note{{color:#555;font-size:{font_pt * 0.8:g}pt}}</style></head><body>",
        f"<h1>{e(tr(_X, 'Weekly report'))} {e(report.week)}</h1>",
        f"<p>{e(tr(_X, 'Times in {zone}.').format(zone=report.timezone))} "
        + e(
            tr(
                _X,
                "Time cost = logged minutes + {minutes:g} min refocus per contact (configurable).",
            ).format(minutes=report.refocus_minutes)
        )
        + "</p>",
        "<table><tr>" + "".join(f"<th>{e(h)}</th>" for h in heads) + "</tr>",
    ]
    for c in report.clients:
        cells = [
            c.contacts,
            *(c.by_channel.get(ch.value, 0) for ch in CHANNELS),
            c.outside_terms,
            c.after_hours,
            c.weekend,
            c.ad_hoc_calls,
            c.held,
            f"{c.breakthroughs} ({c.not_urgent})",
            c.logged_minutes,
            f"{c.time_cost_minutes / 60:.1f}",
        ]
        parts.append(
            f"<tr><td>{e(client_name(c))}</td>"
            + "".join(f'<td class="n">{e(str(v))}</td>' for v in cells)
            + f'<td class="n">{_money(c.effective_rate, currency)}</td>'
            + f'<td class="n">{_money(c.nominal_rate or None, currency)}</td>'
            + f"<td>{e(' · '.join(str(p.contacts) for p in c.trend))}</td></tr>"
        )
    parts.append("</table>")

    parts.append(f"<h2>{e(tr(_X, 'Contacts per day'))}</h2>")
    days = [tr(_X, d) for d in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")]
    parts.append("<table><tr><th></th>" + "".join(f"<th>{e(d)}</th>" for d in days) + "</tr>")
    per_day = report.per_day
    for i, ch in enumerate(CHANNELS):
        parts.append(
            f"<tr><th>{e(tr('Channel', ch.value))}</th>"
            + "".join(f'<td class="n">{per_day[d][i]}</td>' for d in range(7))
            + "</tr>"
        )
    parts.append("</table>")

    parts.append(f"<h2>{e(tr(_X, 'Contacts by hour of the week'))}</h2>")
    hours = report.hours
    top = max(hours, default=0)
    parts.append(
        "<table><tr><th></th>"
        + "".join(f'<th class="note">{h:02d}</th>' for h in range(24))
        + "</tr>"
    )
    for d in range(7):
        row = hours[d * 24 : d * 24 + 24]
        parts.append(
            f"<tr><th>{e(days[d])}</th>"
            + "".join(f'<td class="n" bgcolor="{_heat(n, top)}">{n or ""}</td>' for n in row)
            + "</tr>"
        )
    parts.append("</table>")

    parts.append(f"<h2>{e(tr(_X, 'Suggestions'))}</h2>")
    for c in report.clients:
        for s in c.suggestions:
            numbers = numbers_text(s.numbers)
            parts.append(
                '<div class="s">'
                f"<b>{e(client_name(c))}: {e(s.title.render(tr))}</b> "
                f'<span class="note">[{e(s.rule)}]</span><br>'
                f"{e(tr(_X, 'Because'))}: {e(numbers)}"
                f'<p class="m">{e(s.message.render(tr))}</p></div>'
            )
    reasons = [c for c in report.clients if c.no_suggestion_reason is not None]
    if reasons:
        parts.append("<ul>")
        parts += [
            f"<li>{e(client_name(c))}: {e(c.no_suggestion_reason.render(tr))}</li>"
            for c in reasons
            if c.no_suggestion_reason is not None
        ]
        parts.append("</ul>")
    parts.append(
        f'<p class="note">{e(tr(_X, "Refocus cost per contact"))}: '
        f"{report.refocus_minutes:g} min. {e(tr(_X, 'Source'))}: {e(REFOCUS_SOURCE)}</p>"
    )
    parts.append("</body></html>\n")
    return "\n".join(parts)
