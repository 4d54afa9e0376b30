"""`office-hours terms CLIENT` and `office-hours calendar`: documents a client is given.

Kept out of cli/commands.py so the tray's start-up never imports them. Markdown and HTML go to
standard output unless --out is given; a PDF always goes to a file (./terms-CLIENT.pdf by
default), since PDF bytes on a terminal help no one.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from office_hours import paths
from office_hours.i18n import tr

if TYPE_CHECKING:
    import argparse

    from office_hours.config import Config

EXIT_OK, EXIT_USAGE = 0, 2
LANGUAGES = ("en", "ru", "th")


def add_commands(sub: Any) -> None:
    """The two subcommands, on cli/commands.py's subparsers."""
    t = sub.add_parser("terms", help=tr("cli", "a client's contact-terms sheet (md, html, pdf)"))
    t.add_argument("client", help=tr("cli", "client id or name"))
    # No argparse `choices`: our own message names the bad value and the good ones.
    t.add_argument("--format", default="md", help=tr("cli", "md, html or pdf (default md)"))
    t.add_argument("--lang", help=tr("cli", "en, ru or th (default: general.language)"))
    t.add_argument("--out", metavar="PATH", help=tr("cli", "write to PATH instead of the screen"))

    c = sub.add_parser("calendar", help=tr("cli", "your office hours as an iCalendar file"))
    c.add_argument("--client", help=tr("cli", "add this client's own contact windows"))
    c.add_argument("--lang", help=tr("cli", "en, ru or th (default: general.language)"))
    c.add_argument("--out", metavar="PATH", help=tr("cli", "write to PATH instead of the screen"))


def _problem(message: str) -> int:
    print(f"office-hours: {message}", file=sys.stderr)
    return EXIT_USAGE


def _load(pdf: bool = False) -> Config:
    """The config, and the interface language for our own messages (the documents pick
    theirs with --lang). A PDF needs the GUI application before any translator exists."""
    from office_hours.config import load_config
    from office_hours.i18n import install_translator

    if pdf:
        from office_hours.documents.pdf import ensure_gui_application

        ensure_gui_application()
    config = load_config(paths.config_file())
    if config.language != "en":
        install_translator(config.language)
    return config


def _language(value: str | None) -> str | None:
    if value is not None and value not in LANGUAGES:
        raise ValueError(
            tr("cli", "unknown language {lang}; choose one of: {choices}").format(
                lang=repr(value), choices=", ".join(LANGUAGES)
            )
        )
    return value


def cmd_terms(args: argparse.Namespace, out: TextIO) -> int:
    from office_hours.documents.terms import FORMATS, TermsError, render, write_terms_sheet

    fmt = args.format.lower()
    if fmt not in FORMATS:
        return _problem(
            tr("cli", "unknown format {fmt}; choose one of: {choices}").format(
                fmt=repr(args.format), choices=", ".join(FORMATS)
            )
        )
    try:
        language = _language(args.lang)
    except ValueError as exc:
        return _problem(str(exc))
    config = _load(pdf=fmt == "pdf")
    target = Path(args.out) if args.out else None
    if fmt == "pdf" and target is None:
        client = config.client(args.client)
        target = Path(f"terms-{client.client_id if client else args.client}.pdf")
    try:
        if target is None:
            markup, _ = render(config, args.client, fmt, language or config.language)
            out.write(markup)
            return EXIT_OK
        write_terms_sheet(config, args.client, fmt, target, language)
    except TermsError as exc:
        return _problem(str(exc))
    except OSError as exc:
        return _problem(
            tr("cli", "cannot write {path}: {why}").format(path=target, why=exc.strerror or exc)
        )
    if fmt == "pdf" and not args.out:
        print(target, file=out)
    return EXIT_OK


def cmd_calendar(args: argparse.Namespace, out: TextIO) -> int:
    from office_hours.documents.calendar import calendar_bytes
    from office_hours.documents.terms import TermsError

    try:
        language = _language(args.lang)
    except ValueError as exc:
        return _problem(str(exc))
    config = _load()
    try:
        data = calendar_bytes(config, args.client, language)
    except TermsError as exc:
        return _problem(str(exc))
    if not args.out:
        out.write(data.decode("utf-8"))
        return EXIT_OK
    try:
        Path(args.out).write_bytes(data)
    except OSError as exc:
        return _problem(
            tr("cli", "cannot write {path}: {why}").format(path=args.out, why=exc.strerror or exc)
        )
    return EXIT_OK
