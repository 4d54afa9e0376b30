"""One auto-reply over SMTP submission: STARTTLS or implicit TLS, certificates always
checked, the password from the keyring. Thin: the message is built by `build_message`
(pure), the rest is smtplib.

RFC 3834: the reply goes to the Return-Path with a null envelope sender (MAIL FROM:<>), so
a bounce of the reply can never come back to anyone, and carries Auto-Submitted:
auto-replied, so a well-behaved responder on the other side does not answer it.
"""

from __future__ import annotations

import smtplib
import socket
import ssl
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.policy import default as default_policy
from email.utils import format_datetime, make_msgid
from typing import TYPE_CHECKING

from office_hours.domain.auto_reply import Reply

if TYPE_CHECKING:
    from office_hours.config.accounts import MailAccount

CONNECT_TIMEOUT_S = 20.0


class SendProblem(Exception):
    """Why a reply could not be sent, in plain words; `kind` says what to do about it:
    cert_untrusted, login_refused, no_secret, no_keyring, unreachable, refused, failed."""

    def __init__(self, kind: str, message: str) -> None:
        self.kind = kind
        super().__init__(message)


def build_message(reply: Reply, from_address: str, now: datetime) -> EmailMessage:
    """The reply as RFC 5322 text. policy.default refuses CR/LF inside a header value, and
    the subject was flattened to one line already (domain.auto_reply.reply_subject)."""
    msg = EmailMessage(policy=default_policy)
    msg["From"] = from_address
    msg["To"] = reply.to
    msg["Subject"] = reply.subject
    msg["Date"] = format_datetime(now)
    domain = from_address.rsplit("@", 1)[-1] if "@" in from_address else None
    msg["Message-ID"] = make_msgid("office-hours", domain=domain)
    msg["Auto-Submitted"] = "auto-replied"
    msg["X-Auto-Response-Suppress"] = "All"
    msg["Precedence"] = "auto_reply"
    if reply.in_reply_to:
        msg["In-Reply-To"] = f"<{reply.in_reply_to}>"
    if reply.references:
        msg["References"] = " ".join(f"<{r}>" for r in reply.references)
    msg.set_content(reply.body, cte="quoted-printable")  # 7-bit safe for any server
    return msg


def tls_context(account: MailAccount) -> ssl.SSLContext:
    """Verification always on; a self-hosted server's CA file is trusted in addition."""
    ctx = ssl.create_default_context()
    if account.ca_file is not None:
        ctx.load_verify_locations(cafile=str(account.ca_file))
    return ctx


def _password(account: MailAccount) -> str:
    from office_hours.secrets import SecretProblem, get_password

    try:
        return get_password(f"{account.account_id}:smtp")
    except SecretProblem as exc:
        if exc.kind != "no_password":
            raise SendProblem("no_keyring", str(exc)) from None
    try:
        return get_password(account.account_id)
    except SecretProblem as exc:
        raise SendProblem(
            "no_keyring" if exc.kind == "no_keyring" else "no_secret", str(exc)
        ) from None


def connect(
    account: MailAccount, password: str | None = None, timeout: float = CONNECT_TIMEOUT_S
) -> smtplib.SMTP:
    """A logged-in SMTP session, or SendProblem saying why not in plain words."""
    if not account.smtp_host:
        raise SendProblem("no_server", f"account {account.account_id!r} has no smtp_host")
    if password is None:
        password = _password(account)
    ctx = tls_context(account)
    host, port = account.smtp_host, account.smtp_port
    smtp: smtplib.SMTP | None = None
    try:
        if account.smtp_security == "tls":
            smtp = smtplib.SMTP_SSL(host, port, timeout=timeout, context=ctx)
        else:
            smtp = smtplib.SMTP(host, port, timeout=timeout)
            smtp.ehlo()
            if not smtp.has_extn("starttls"):
                raise SendProblem(
                    "failed",
                    f"{host}:{port} offers no STARTTLS; Office Hours never sends a password "
                    'in the clear (set smtp_security = "tls" if the server uses port 465)',
                )
            smtp.starttls(context=ctx)
            smtp.ehlo()
        smtp.login(account.smtp_login, password)
        return smtp
    except BaseException as exc:
        if smtp is not None:
            _close(smtp)
        raise classify(exc, account) from None


def _close(smtp: smtplib.SMTP) -> None:
    try:
        smtp.quit()
    except Exception:
        try:
            smtp.close()
        except Exception:
            pass


def classify(exc: BaseException, account: MailAccount) -> BaseException:
    """An exception from smtplib or ssl -> a SendProblem a person can act on."""
    if isinstance(exc, SendProblem | KeyboardInterrupt | SystemExit):
        return exc
    where = f"{account.smtp_host}:{account.smtp_port}"
    if isinstance(exc, ssl.SSLCertVerificationError):
        why = exc.verify_message or str(exc)
        fix = (
            "add the server's CA certificate as ca_file"
            if account.ca_file is None
            else f"the CA file {account.ca_file} does not vouch for it"
        )
        return SendProblem(
            "cert_untrusted",
            f"the SMTP server {where} presented a certificate that is not trusted ({why}); "
            f"nothing was sent. If it is your own server, {fix}.",
        )
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return SendProblem(
            "login_refused",
            f"the SMTP server {where} refused the login of {account.smtp_login!r}; run "
            f"`office-hours account set-password {account.account_id}:smtp`",
        )
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return SendProblem("failed", f"the SMTP server {where} does not allow login: {exc}")
    if isinstance(exc, socket.gaierror):
        return SendProblem("unreachable", f"{account.smtp_host}: {exc.strerror or exc}")
    if isinstance(exc, ConnectionRefusedError):
        return SendProblem("unreachable", f"nothing answers at {where}")
    if isinstance(exc, TimeoutError | socket.timeout):
        return SendProblem("unreachable", f"{where} did not answer in time")
    if isinstance(exc, smtplib.SMTPRecipientsRefused | smtplib.SMTPSenderRefused):
        return SendProblem("refused", f"the SMTP server {where} refused the reply: {exc}")
    if isinstance(exc, smtplib.SMTPException | OSError | ssl.SSLError):
        return SendProblem("failed", f"SMTP {where}: {exc}")
    return exc


@dataclass(frozen=True, slots=True)
class Accepted:
    message_id: str


def send(
    account: MailAccount, reply: Reply, now: datetime, password: str | None = None
) -> Accepted:
    """Send one reply with MAIL FROM:<>; returns only when the server accepted it."""
    message = build_message(reply, account.own_address or account.smtp_login, now)
    smtp = connect(account, password)
    try:
        refused = smtp.send_message(message, from_addr="", to_addrs=[reply.to])
    except BaseException as exc:
        raise classify(exc, account) from None
    finally:
        _close(smtp)
    if refused:
        raise SendProblem("refused", f"the server refused {reply.to}: {refused[reply.to]}")
    return Accepted(str(message["Message-ID"]).strip("<>"))


def check_login(account: MailAccount, password: str | None = None, timeout: float = 10.0) -> None:
    """`doctor`: log in and out; SendProblem when that fails."""
    _close(connect(account, password, timeout))
