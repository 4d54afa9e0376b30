"""Mail accounts in config.toml: `[[accounts]]` tables, declared once like every option.

Passwords never live here: they are in the OS keyring under service "office-hours" and the
account id (see office_hours.secrets and `office-hours account set-password ID`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from office_hours.config.reader import Reader
from office_hours.config.schema import Option

SECURITY = ("tls", "starttls")

ACCOUNT_OPTIONS: tuple[Option, ...] = (
    Option("id", "slug", "", "Short id of this account, e.g. work; the keyring key."),
    Option("host", "str", "", "IMAP server name, e.g. imap.example.com."),
    Option(
        "port", "int", 0, "IMAP port; 0: 993 for tls, 143 for starttls.", minimum=0, maximum=65535
    ),
    Option(
        "security",
        "choice",
        "tls",
        "tls (IMAPS) or starttls; certificates are always verified.",
        choices=SECURITY,
    ),
    Option("username", "str", "", "Login name on the server."),
    Option("folders", "strings", ["INBOX"], 'Folders to watch, e.g. ["INBOX", "Clients"].'),
    Option(
        "ca_file",
        "str",
        "",
        "A self-hosted server's own CA certificate (PEM); empty: the system's trusted CAs.",
    ),
    Option(
        "backfill_days",
        "int",
        7,
        "At the first connection, this many days of mail go into the report, not notified.",
        minimum=0,
        maximum=365,
    ),
    Option(
        "poll_seconds",
        "int",
        60,
        "How often to look for mail without IDLE, and to check the folder while idling.",
        minimum=5,
        maximum=3600,
    ),
    Option(
        "count_automated",
        "bool",
        False,
        "Count mailing lists, newsletters and auto-replies as contact (normally skipped).",
    ),
    Option(
        "file_by_client",
        "bool",
        False,
        "Move each client's mail into a folder named after the client once it is counted"
        " (unknown senders stay; `office-hours mail file --undo` moves it back).",
    ),
    # Auto-replies (issue 17): the account's submission server; empty host: none are sent.
    Option("smtp_host", "str", "", "SMTP server for auto-replies, e.g. smtp.example.com."),
    Option(
        "smtp_port",
        "int",
        0,
        "SMTP port; 0: 465 for tls, 587 for starttls.",
        minimum=0,
        maximum=65535,
    ),
    Option(
        "smtp_security",
        "choice",
        "starttls",
        "starttls (submission) or tls; certificates are always verified.",
        choices=SECURITY,
    ),
    Option("smtp_username", "str", "", "SMTP login name; empty: the IMAP username and password."),
    Option(
        "address",
        "str",
        "",
        "Your address on this account, for auto-replies; empty: the username if it is one.",
    ),
)


@dataclass(frozen=True, slots=True)
class MailAccount:
    account_id: str
    host: str
    port: int
    security: str
    username: str
    folders: tuple[str, ...]
    ca_file: Path | None
    backfill_days: int = 7
    poll_seconds: int = 60
    count_automated: bool = False
    file_by_client: bool = False
    smtp_host: str = ""
    smtp_port: int = 0
    smtp_security: str = "starttls"
    smtp_username: str = ""
    address: str = ""

    @property
    def own_address(self) -> str:
        """The user's address here: `address`, else the username when it is an address."""
        return (self.address or (self.username if "@" in self.username else "")).lower()

    @property
    def smtp_login(self) -> str:
        return self.smtp_username or self.username

    @property
    def source(self) -> str:
        """The items' source name: de-duplication and cursors are per account."""
        return f"imap:{self.account_id}"


def parse_accounts(r: Reader, raw: Any, config_dir: Path) -> tuple[MailAccount, ...]:
    if not isinstance(raw, list):
        raise r.fail(["accounts"], "expected [[accounts]] tables")
    accounts: list[MailAccount] = []
    seen: set[str] = set()
    known = [o.name for o in ACCOUNT_OPTIONS]
    for index, table in enumerate(raw):
        where: list[str | int] = ["accounts", index]
        if not isinstance(table, dict):
            raise r.fail(where, "expected an [[accounts]] table")
        for name in table:
            if name in ("password", "pass", "secret"):
                raise r.fail(
                    [*where, name],
                    "passwords do not belong in this file; remove it and run "
                    "`office-hours account set-password ID` to keep it in your keyring",
                )
            if name not in known:
                raise r.unknown(where, name, known)
        for required in ("id", "host", "username"):
            if required not in table:
                raise r.fail(where, f"this account has no {required!r}")
        v = {o.name: r.value(table, o, where) for o in ACCOUNT_OPTIONS}
        if v["id"] in seen:
            raise r.fail([*where, "id"], f"account id {v['id']!r} is used twice")
        seen.add(v["id"])
        if not v["host"].strip() or not v["username"].strip():
            raise r.fail([*where, "host"], "host and username must not be empty")
        if not v["folders"]:
            raise r.fail([*where, "folders"], 'list at least one folder, e.g. ["INBOX"]')
        ca_file = None
        if v["ca_file"]:
            ca_file = Path(v["ca_file"]).expanduser()
            if not ca_file.is_absolute():
                ca_file = config_dir / ca_file
            if not ca_file.is_file():
                raise r.fail([*where, "ca_file"], f"no such file: {ca_file}")
        port = v["port"] or (993 if v["security"] == "tls" else 143)
        accounts.append(
            MailAccount(
                account_id=v["id"],
                host=v["host"].strip(),
                port=port,
                security=v["security"],
                username=v["username"],
                folders=tuple(dict.fromkeys(v["folders"])),
                ca_file=ca_file,
                backfill_days=v["backfill_days"],
                poll_seconds=v["poll_seconds"],
                count_automated=v["count_automated"],
                file_by_client=v["file_by_client"],
                smtp_host=v["smtp_host"].strip(),
                smtp_port=v["smtp_port"] or (465 if v["smtp_security"] == "tls" else 587),
                smtp_security=v["smtp_security"],
                smtp_username=v["smtp_username"],
                address=v["address"].strip(),
            )
        )
    return tuple(accounts)
