"""The command line: `office-hours [mode|status|release|ingest|log-call|report|terms|doctor]`.

Commands work on the store directly, so they work when no app runs; afterwards they tell
the running app (if any) over the command socket so that the tray follows within a second.
Bad input exits non-zero with a message naming the problem, and changes nothing.
"""

from __future__ import annotations

import json
import os
import select
import sys
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from office_hours import __version__, ipc, paths
from office_hours.cli.start import start_app
from office_hours.config import Config, ConfigError, load_config
from office_hours.domain.model import Channel, EffectiveMode, Item, ModeKind
from office_hours.domain.reasons import QT_TRANSLATE_NOOP
from office_hours.domain.schedule import (
    iso_week_bounds,
    local,
    parse_clock,
    parse_duration,
    resolve_until,
    wall_to_instant,
)
from office_hours.engine import Engine, IngestResult
from office_hours.i18n import install_translator, tr
from office_hours.sources.jsonlines import Fix, Note
from office_hours.storage.store import Release, Store, StoreError

if TYPE_CHECKING:
    import argparse

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2
INGEST_BATCH = 500


class UsageError(Exception):
    """Bad input from the user: printed as `office-hours: <message>`, exit 2."""


def _parser() -> argparse.ArgumentParser:
    import argparse  # not needed to start the tray, which is timed against a bare one

    p = argparse.ArgumentParser(
        prog="office-hours",
        description=tr(
            "cli",
            "Focus for freelancers: holds client contact, lets emergencies "
            "through, and counts every interruption.",
        ),
    )
    p.add_argument("--version", action="version", version=f"office-hours {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    m = sub.add_parser("mode", help=tr("cli", "set focus, reachable or off hours"))
    m.add_argument(
        "kind",
        choices=["focus", "reachable", "off-hours", "schedule"],
        help=tr("cli", "'schedule' returns to your business hours"),
    )
    span = m.add_mutually_exclusive_group()
    span.add_argument(
        "--for",
        dest="duration",
        metavar="DURATION",
        help=tr("cli", "how long, e.g. 25m, 90m, 1h30m"),
    )
    span.add_argument("--until", metavar="HH:MM", help=tr("cli", "until a time today, e.g. 14:00"))

    s = sub.add_parser("status", help=tr("cli", "the current mode and what is held"))
    s.add_argument("--json", action="store_true", help=tr("cli", "machine-readable output"))

    rel = sub.add_parser("release", help=tr("cli", "bring back everything held, now"))
    rel.add_argument("--json", action="store_true", help=tr("cli", "machine-readable output"))

    i = sub.add_parser("ingest", help=tr("cli", "read items as JSON lines on standard input"))
    i.add_argument(
        "--verbose",
        action="store_true",
        help=tr("cli", "print one JSON result per line once it is stored"),
    )

    c = sub.add_parser("log-call", help=tr("cli", "record a call or meeting no integration sees"))
    c.add_argument("client", help=tr("cli", "client id or name"))
    c.add_argument("--minutes", required=True, type=int, help=tr("cli", "how long it took"))
    c.add_argument(
        "--at",
        metavar="TIME",
        help=tr("cli", "when it started: 14:00, 2026-11-23 14:00 or ISO 8601"),
    )
    c.add_argument("--note", default="", help=tr("cli", "a short note"))
    c.add_argument("--meeting", action="store_true", help=tr("cli", "a meeting, not a call"))

    r = sub.add_parser("report", help=tr("cli", "the weekly interruption report"))
    r.add_argument("--week", metavar="YYYY-Www", help=tr("cli", "e.g. 2026-W47; default this week"))
    r.add_argument(
        "--format",
        choices=["text", "json", "csv", "html", "pdf"],
        default="text",
        help=tr("cli", "json follows docs/report-schema.md; pdf without --out writes a named file"),
    )
    r.add_argument("--out", metavar="FILE", help=tr("cli", "write to FILE instead of the screen"))

    sub.add_parser("doctor", help=tr("cli", "what is configured, reachable and missing"))

    from office_hours.cli.terms import add_commands  # terms, calendar

    add_commands(sub)

    a = sub.add_parser("account", help=tr("cli", "mail and chat accounts: save a password, log in"))
    a_sub = a.add_subparsers(dest="account_command", metavar="ACTION", required=True)
    sp = a_sub.add_parser(
        "set-password", help=tr("cli", "save an account's password in the keyring")
    )
    sp.add_argument("account", help=tr("cli", "the account id from config.toml"))
    st = a_sub.add_parser("set-token", help=tr("cli", "save a chat token (Slack) in the keyring"))
    st.add_argument("service", help=tr("cli", "which chat the token is for, e.g. slack"))
    ml = a_sub.add_parser(
        "matrix-login", help=tr("cli", "log in to Matrix once; keeps only the access token")
    )
    ml.add_argument("--homeserver", default="", help=tr("cli", "default: matrix.homeserver"))
    ml.add_argument("--user", default="", help=tr("cli", "default: matrix.user_id"))

    m = sub.add_parser("mail", help=tr("cli", "mail: file each client's mail into its folder"))
    m_sub = m.add_subparsers(dest="mail_command", metavar="ACTION", required=True)
    mf = m_sub.add_parser(
        "file", help=tr("cli", "move client mail into client folders (file_by_client = true)")
    )
    mf.add_argument("--account", default="", help=tr("cli", "only this account id"))
    mf.add_argument(
        "--dry-run", action="store_true", help=tr("cli", "list what would move; move nothing")
    )
    mf.add_argument(
        "--undo",
        action="store_true",
        help=tr("cli", "move everything filed back (file_by_client off first)"),
    )

    w = sub.add_parser(
        "watch",
        aliases=["watch-mail"],
        help=tr("cli", "watch every configured source without the tray (JSON lines)"),
    )
    w.add_argument(
        "--seconds", type=float, default=0, help=tr("cli", "stop after this long (0: never)")
    )
    return p


def fail(message: str) -> NoReturn:
    raise UsageError(message)


def _open(create: bool = True) -> tuple[Config, Engine]:
    config = load_config(paths.config_file(), create=create)
    if config.language != "en":
        install_translator(config.language)
    return config, Engine(config, Store(paths.database_file()))


def _clock_text(at: datetime | None, config: Config, now: datetime) -> str:
    if at is None:
        return ""
    here = local(at, config.timezone)
    if here.date() == local(now, config.timezone).date():
        return here.strftime("%H:%M")
    # Our own day and month names: strftime speaks the C locale's English, and QLocale
    # would cost the command line its Qt-free start.
    day = tr("Weekday", _WEEKDAYS[here.weekday()])
    month = tr("Month", _MONTHS[here.month - 1])
    return f"{day} {here.day:02d} {month} {here.strftime('%H:%M')}"


_WEEKDAYS = (
    QT_TRANSLATE_NOOP("Weekday", "Mon"),
    QT_TRANSLATE_NOOP("Weekday", "Tue"),
    QT_TRANSLATE_NOOP("Weekday", "Wed"),
    QT_TRANSLATE_NOOP("Weekday", "Thu"),
    QT_TRANSLATE_NOOP("Weekday", "Fri"),
    QT_TRANSLATE_NOOP("Weekday", "Sat"),
    QT_TRANSLATE_NOOP("Weekday", "Sun"),
)
_MONTHS = (
    QT_TRANSLATE_NOOP("Month", "Jan"),
    QT_TRANSLATE_NOOP("Month", "Feb"),
    QT_TRANSLATE_NOOP("Month", "Mar"),
    QT_TRANSLATE_NOOP("Month", "Apr"),
    QT_TRANSLATE_NOOP("Month", "May"),
    QT_TRANSLATE_NOOP("Month", "Jun"),
    QT_TRANSLATE_NOOP("Month", "Jul"),
    QT_TRANSLATE_NOOP("Month", "Aug"),
    QT_TRANSLATE_NOOP("Month", "Sep"),
    QT_TRANSLATE_NOOP("Month", "Oct"),
    QT_TRANSLATE_NOOP("Month", "Nov"),
    QT_TRANSLATE_NOOP("Month", "Dec"),
)


def _mode_name(kind: ModeKind) -> str:
    return {
        ModeKind.REACHABLE: tr("mode", "Reachable"),
        ModeKind.FOCUS: tr("mode", "Focus"),
        ModeKind.OFF_HOURS: tr("mode", "Off hours"),
    }[kind]


def describe_mode(mode: EffectiveMode, config: Config, now: datetime) -> str:
    name = _mode_name(mode.kind)
    if mode.until is None:
        return name + (tr("cli", " until you turn it off") if mode.kind is ModeKind.FOCUS else "")
    return tr("cli", "{mode} until {time}").format(
        mode=name, time=_clock_text(mode.until, config, now)
    )


def _tell_app(notify: Sequence[int] = ()) -> bool:
    try:
        return ipc.request({"cmd": "refresh", "notify": list(notify)}) is not None
    except OSError:
        return False


def cmd_mode(args: argparse.Namespace, out: TextIO) -> int:
    config, engine = _open()
    now = engine.clock()
    until = None
    try:
        if args.duration:
            until = now + parse_duration(args.duration)
        elif args.until:
            until = resolve_until(args.until, now, config.timezone)
    except ValueError as exc:
        fail(str(exc))
    if args.kind == "schedule":
        if until is not None:
            fail(tr("cli", "'schedule' takes no --for or --until"))
        kind = None
    else:
        kind = ModeKind(args.kind.replace("-", "_"))
    mode = engine.set_mode(kind, until, origin="cli")
    _tell_app()
    print(describe_mode(mode, config, now), file=out)
    return EXIT_OK


def status_json(engine: Engine, app_running: bool) -> dict[str, Any]:
    st = engine.status()
    last = engine.store.releases(1)
    return {
        "mode": st.mode.kind.value,
        "until": st.mode.until.isoformat() if st.mode.until else None,
        "manual": st.mode.manual,
        "in_business_hours": st.mode.in_business_hours,
        "held": st.held,
        "waiting": dict(sorted(engine.store.waiting_by_client())),
        "next_batch": local(st.next_batch, st.timezone).isoformat() if st.next_batch else None,
        "next_release": (
            local(st.next_release, st.timezone).isoformat() if st.next_release else None
        ),
        "last_release": _release_json(last[0], st.timezone) if last else None,
        "timezone": st.timezone,
        "now": local(st.now, st.timezone).isoformat(),
        "app_running": app_running,
    }


def _app_unread() -> dict[str, Any] | None:
    """Unread mail per client as the running tray app has it from the mail servers (its
    `state`); None when it cannot say (the view lives in the app's mail connections)."""
    try:
        reply = ipc.request({"cmd": "state"}, timeout=2.0)
    except OSError:
        return None
    unread = reply.get("unread") if isinstance(reply, dict) else None
    return unread if isinstance(unread, dict) else None


def _release_json(release: Release, tz: str) -> dict[str, Any]:
    return {
        "id": release.release_id,
        "at": local(release.ts, tz).isoformat(),
        "cause": release.cause,
        "reason": str(release.reason),
        "items": release.item_count,
        "summary": str(release.summary),
        "announced": release.announced,
    }


def _ignore(_release: Release) -> None:
    """Printing below is the announcement."""


def cmd_release(args: argparse.Namespace, out: TextIO) -> int:
    """Release now. A running app announces it (a desktop notification); without one,
    the printed line is the announcement. Releases a crash left unannounced come too."""
    config, engine = _open()
    release = engine.release_now()
    running = _tell_app()
    # With an app running it notifies (and records that it did); we only print.
    shown = ([release] if release else []) if running else engine.announce_pending(_ignore)
    if args.json:
        data = {
            "released": _release_json(release, config.timezone) if release else None,
            "announced_by": "app" if running else "cli",
            "announced": [_release_json(r, config.timezone) for r in shown],
        }
        json.dump(data, out, ensure_ascii=False)
        out.write("\n")
        return EXIT_OK
    for r in shown:
        print(f"{r.summary.render(tr)} ({r.reason.render(tr)})", file=out)
    if release is None:
        print(tr("cli", "Nothing was waiting."), file=out)
    return EXIT_OK


def cmd_status(args: argparse.Namespace, out: TextIO) -> int:
    config, engine = _open()
    running = ipc.app_running()
    if args.json:
        data = status_json(engine, running)
        data["unread"] = _app_unread() if running else None
        json.dump(data, out, ensure_ascii=False)
        out.write("\n")
        return EXIT_OK
    st = engine.status()
    print(describe_mode(st.mode, config, st.now), file=out)
    print(tr("cli", "Held: {n}").format(n=st.held), file=out)
    if st.next_batch is not None:
        print(
            tr("cli", "Next batch: {time}").format(time=_clock_text(st.next_batch, config, st.now)),
            file=out,
        )
    print(
        tr("cli", "Tray app: {state}").format(
            state=tr("cli", "running") if running else tr("cli", "not running")
        ),
        file=out,
    )
    unread = _app_unread() if running else None
    if unread:  # the lines the tray's Waiting submenu shows, most pressing first
        print(tr("cli", "Waiting for an answer:"), file=out)
        for entry in unread.values():
            print(f"  {entry.get('text', '')}", file=out)
    return EXIT_OK


def _read_lines(stream: TextIO) -> Iterator[list[tuple[int, bytes]]]:
    """Batches of (line number, raw line): up to INGEST_BATCH lines, or fewer when no more
    input is waiting, so that a slow feed is stored as it comes and a fast one in few
    transactions."""
    fd = stream.fileno()
    pending = b""
    number = 0
    batch: list[tuple[int, bytes]] = []
    while True:
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            break
        pending += chunk
        *complete, pending = pending.split(b"\n")
        for raw in complete:
            number += 1
            batch.append((number, raw))
            if len(batch) >= INGEST_BATCH:
                yield batch
                batch = []
        if batch and not select.select([fd], [], [], 0)[0]:
            yield batch  # nothing more waiting: store what we have now
            batch = []
    if pending.strip():
        number += 1
        batch.append((number, pending))
    if batch:
        yield batch


def cmd_ingest(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    """Every good line is stored, before and after a bad one; each bad line is named on
    stderr and makes the exit status 1. A line stored with changes (a subject cut, NULs
    removed, bytes that were not UTF-8) is stored and named too, without failing."""
    from office_hours.sources.jsonlines import BadLine, parse_line

    config, engine = _open()
    new = seen = bad = 0
    announce: list[int] = []
    for batch in _read_lines(stdin):
        items, numbers = [], []
        now = engine.clock()
        for number, raw in batch:
            raw = raw.strip()
            if not raw:
                continue
            try:
                item, notes = parse_line(raw, now)
            except BadLine as exc:
                bad += 1
                _line_problem(number, str(exc))
                continue
            for note in notes:
                _line_problem(number, _note_text(note))
            items.append(item)
            numbers.append(number)
        if not items:
            continue
        stored = _ingest_batch(engine, items, numbers)
        bad += len(numbers) - len(stored)
        for number, result in stored:
            if result.duplicate:
                seen += 1
            else:
                new += 1
                if result.notify:
                    announce.append(result.item_key or 0)
            if args.verbose:
                out.write(json.dumps(_result_json(number, result), ensure_ascii=False) + "\n")
        out.flush()
    _tell_app(announce[-10:])
    print(
        tr("cli", "{new} new, {seen} already seen, {bad} bad lines").format(
            new=new, seen=seen, bad=bad
        ),
        file=sys.stderr if args.verbose else out,
    )
    return EXIT_PROBLEM if bad else EXIT_OK


def _line_problem(number: int, problem: str) -> None:
    print(
        tr("cli", "office-hours ingest: line {n}: {problem}").format(n=number, problem=problem),
        file=sys.stderr,
    )


def _note_text(note: Note) -> str:
    if note.fix is Fix.CUT:
        return tr("cli", "{field} cut to {n} characters").format(field=note.field, n=note.limit)
    if note.fix is Fix.NUL:
        return tr("cli", "NUL characters removed from {field}").format(field=note.field)
    if note.field == "line":
        return tr("cli", "bytes that are not UTF-8 replaced")
    return tr("cli", "invalid characters replaced in {field}").format(field=note.field)


def _ingest_batch(
    engine: Engine, items: list[Item], numbers: list[int]
) -> list[tuple[int, IngestResult]]:
    """One transaction for the batch; if the engine refuses it, one line at a time, so that
    a line the parser let through but the engine cannot take loses only itself. Results are
    marked by the tray's own rule for what notifies (ingest.decide_batch)."""
    from office_hours.ingest import decide_batch
    from office_hours.sources.base import Batch

    try:
        return list(zip(numbers, decide_batch(engine, Batch(tuple(items))), strict=True))
    except (ValueError, OverflowError, UnicodeError):
        pass
    stored = []
    for number, item in zip(numbers, items, strict=True):
        try:
            stored.append((number, decide_batch(engine, Batch((item,)))[0]))
        except (ValueError, OverflowError, UnicodeError) as exc:
            _line_problem(number, tr("cli", "cannot be stored: {why}").format(why=exc))
    return stored


def _result_json(number: int, result: IngestResult) -> dict[str, Any]:
    d = result.decision
    return {
        "line": number,
        "source": result.item.source,
        "id": result.item.item_id,
        "client": result.client_id,
        "duplicate": result.duplicate,
        "decision": d.kind.value if d else None,
        "reason": str(d.reason) if d else None,
    }


def parse_when(text: str, config: Config, now: datetime) -> datetime:
    """`14:00` (today), `2026-11-23 14:00` (the user's zone) or ISO 8601 with an offset."""
    text = text.strip()
    try:
        t = parse_clock(text)
    except ValueError:
        pass
    else:
        return wall_to_instant(local(now, config.timezone).date(), t, config.timezone)
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        fail(
            tr("cli", "--at {text} is not a time like 14:00 or 2026-11-23 14:00").format(
                text=repr(text)
            )
        )
    if value.tzinfo is None:
        value = wall_to_instant(value.date(), value.time(), config.timezone)
    return value


def cmd_log_call(args: argparse.Namespace, out: TextIO) -> int:
    config, engine = _open()
    client = config.client(args.client)
    if client is None:
        known = ", ".join(c.client_id for c in config.clients) or tr("cli", "none yet")
        fail(
            tr("cli", "no client {name} in {path} (known: {known})").format(
                name=repr(args.client), path=config.path, known=known
            )
        )
    if not 1 <= args.minutes <= 24 * 60:
        fail(tr("cli", "--minutes must be between 1 and 1440, got {n}").format(n=args.minutes))
    now = engine.clock()
    at = parse_when(args.at, config, now) if args.at else None
    channel = Channel.MEETING if args.meeting else Channel.CALL
    try:
        engine.log_call(client, args.minutes, at, args.note[:500], channel)
    except ValueError as exc:
        fail(str(exc))
    _tell_app()
    print(
        tr("cli", "Logged {minutes} min with {client}").format(
            minutes=args.minutes, client=client.name
        ),
        file=out,
    )
    return EXIT_OK


def cmd_report(args: argparse.Namespace, out: TextIO) -> int:
    if args.format == "pdf":
        from office_hours.documents.pdf import ensure_gui_application

        ensure_gui_application()  # before any translator makes a plain QCoreApplication
    config, engine = _open()
    if args.week:
        try:
            iso_week_bounds(args.week, config.timezone)
        except ValueError as exc:
            fail(str(exc))
        except OverflowError:
            pass  # said below, in the same words
    try:
        report = engine.report(args.week)
    except OverflowError:  # 0001-W01 or 9999-W52: the weeks around it leave the calendar
        fail(
            tr("cli", "week {week}: too close to the edge of the calendar to report on").format(
                week=args.week
            )
        )
    from office_hours.documents import report as report_export

    if args.format == "text":
        text = report_export.to_text(report)
    else:
        if args.format == "pdf":
            from office_hours.documents.pdf import write_report_pdf

            # Like `terms`: without --out, a named file in the current directory.
            target = Path(args.out) if args.out else Path(f"office-hours-report-{report.week}.pdf")
            try:
                write_report_pdf(report, target)
            except OSError as exc:
                fail(tr("cli", "cannot write {path}: {why}").format(path=target, why=exc))
            if not args.out:
                print(target, file=out)
            return EXIT_OK
        if args.format == "json":
            text = report_export.to_json_text(report)
        elif args.format == "csv":
            text = report_export.to_csv_text(report)
        else:
            text = report_export.to_html(report)
    if args.out:
        try:
            with open(args.out, "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
        except OSError as exc:
            fail(tr("cli", "cannot write {path}: {why}").format(path=args.out, why=exc.strerror))
    else:
        out.write(text)
    return EXIT_OK


def cmd_doctor(out: TextIO) -> int:
    from office_hours.cli.doctor import run_doctor

    return run_doctor(out)


def main(
    argv: Sequence[str] | None = None, stdin: TextIO | None = None, stdout: TextIO | None = None
) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    out = stdout or sys.stdout
    if not argv:  # the tray start: skip building the parser
        return start_app(argv)
    args = _parser().parse_args(argv)
    try:
        if args.command is None:
            return start_app(argv)
        if args.command == "mode":
            return cmd_mode(args, out)
        if args.command == "status":
            return cmd_status(args, out)
        if args.command == "release":
            return cmd_release(args, out)
        if args.command == "ingest":
            return cmd_ingest(args, out, stdin or sys.stdin)
        if args.command == "log-call":
            return cmd_log_call(args, out)
        if args.command == "report":
            return cmd_report(args, out)
        if args.command == "doctor":
            return cmd_doctor(out)
        if args.command == "account" and args.account_command == "set-token":
            from office_hours.cli.slack import cmd_set_token

            return cmd_set_token(args.service, out, stdin or sys.stdin)
        if args.command == "account" and args.account_command == "matrix-login":
            from office_hours.cli.chat import cmd_matrix_login

            return cmd_matrix_login(args.homeserver, args.user, out, stdin or sys.stdin)
        if args.command in ("terms", "calendar"):
            from office_hours.cli import terms as terms_cli

            run = terms_cli.cmd_terms if args.command == "terms" else terms_cli.cmd_calendar
            return run(args, out)
        if args.command == "account":
            from office_hours.cli.mail import cmd_set_password

            return cmd_set_password(args.account, out, stdin or sys.stdin)
        if args.command == "mail":
            from office_hours.cli.mail import cmd_mail_file

            return cmd_mail_file(args.account, args.dry_run, args.undo, out)
        if args.command in ("watch", "watch-mail"):
            from office_hours.cli.mail import cmd_watch

            return cmd_watch(args.seconds, out)
    except UsageError as exc:
        print(f"office-hours: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except ConfigError as exc:
        print(
            tr("cli", "office-hours: the config file has a problem and was left as it is:"),
            file=sys.stderr,
        )
        print(f"  {exc}", file=sys.stderr)
        return EXIT_USAGE
    except StoreError as exc:
        print(f"office-hours: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        return 130
    raise AssertionError(args.command)
