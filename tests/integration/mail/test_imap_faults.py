"""The IMAP source's faults against a real Dovecot: the server stopped mid-IDLE, the source
killed and restarted, UIDVALIDITY changed, an untrusted certificate, a wrong password, no
keyring. Nothing lost, nothing counted twice, every state in plain words."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from mail.mailpeers import Dovecot, Harness, SecretService, account, config_text, message
from office_hours.sources.state import StateKind as State

pytestmark = pytest.mark.integration


def _new(batches: list[Any]) -> list[str]:
    return [r.item.subject for b in batches for r in b.results if not r.duplicate]


def test_server_stopped_mid_idle_three_delivered_while_down(
    dovecot: Dovecot, secret_service: SecretService, harness_for: Callable[..., Harness]
) -> None:
    secret_service.set_password("work", "alicepw")
    dovecot.deliver("alice", message("before"))
    h = harness_for(dovecot, [account(dovecot, "work", "alice")])
    h.start(backoff_base=0.3)
    h.wait_state("work", State.CONNECTED)
    assert _new(h.take(1)) == ["before"]  # backfill
    dovecot.deliver("alice", message("live"))
    assert _new(h.take(1)) == ["live"]

    dovecot.stop()  # in the middle of IDLE
    down = h.wait_down("work")
    assert "next try in" in down.text
    for n in range(3):
        dovecot.save_offline("alice", message(f"while down {n}"))
    dovecot.start()
    h.wait_state("work", State.CONNECTED, timeout=30)
    got = h.take(3, timeout=30)
    assert sorted(_new(got)) == ["while down 0", "while down 1", "while down 2"]
    assert all(b.notify_keys for b in got)  # new mail: the user hears about it
    assert not h.drain(1.5)  # and nothing else, nothing twice
    h.stop()
    assert h.counts() == (5, 5)


def test_uidvalidity_change_is_no_flood_and_keeps_new_mail(
    dovecot: Dovecot, secret_service: SecretService, harness_for: Callable[..., Harness]
) -> None:
    secret_service.set_password("work", "alicepw")
    old = [message(f"kept {n}", msgid=f"<kept{n}@acme.example>") for n in range(5)]
    for m in old:
        dovecot.append("alice", "Clients", m)
    h = harness_for(
        dovecot, [account(dovecot, "work", "alice", folders=["Clients"], poll_seconds=5)]
    )
    h.start(backoff_base=0.3)
    h.wait_state("work", State.CONNECTED)
    assert len(_new(h.take(5))) == 5
    before = dovecot.status("alice", "Clients")

    # Delete and re-create the folder: a new UIDVALIDITY, UIDs start again at 1.
    client = dovecot.imap_client("alice")
    try:
        client.delete_folder("Clients")
        client.create_folder("Clients")
        for m in old:
            client.append("Clients", m)
        client.append("Clients", message("new after the change"))
    finally:
        client.logout()
    after = dovecot.status("alice", "Clients")
    assert after["uidvalidity"] != before["uidvalidity"]

    got = h.take(1, timeout=30)
    assert _new(got) == ["new after the change"]
    assert not h.drain(1.5)
    h.stop()
    assert h.counts() == (6, 6)


def test_without_the_ca_file_tls_fails_closed(
    dovecot: Dovecot, secret_service: SecretService, harness_for: Callable[..., Harness]
) -> None:
    secret_service.set_password("tls", "alicepw")
    secret_service.set_password("starttls", "alicepw")
    h = harness_for(
        dovecot,
        [
            account(dovecot, "tls", "alice", ca_file=None),
            account(dovecot, "starttls", "alice", ca_file=None, security="starttls",
                    port=dovecot.imap),
        ],
    )  # fmt: skip
    dovecot.deliver("alice", message("must not be read"))
    sources = h.start()
    for ident in ("tls", "starttls"):
        state = h.wait_state(ident, State.CERT_UNTRUSTED)
        assert "certificate not trusted" in state.text
        assert "ca_file" in state.text
    # Tried, then waiting: no storm. (A first attempt can fail otherwise on a loaded
    # machine and be retried after a short backoff, so count from the untrusted state on.)
    tried = sources.attempts()
    assert tried <= 4, h.states
    time.sleep(1.0)  # with a 0.2 s backoff a storm would show here
    assert sources.attempts() == tried, h.states
    assert not h.drain(0.5)
    assert "Login: user=<alice>" not in dovecot.log()  # the password never left
    h.stop()


def test_wrong_password_is_a_clear_state_without_a_retry_storm(
    dovecot: Dovecot, secret_service: SecretService, harness_for: Callable[..., Harness]
) -> None:
    secret_service.set_password("work", "not-the-password")
    h = harness_for(dovecot, [account(dovecot, "work", "alice")])
    sources = h.start(backoff_base=0.05)
    state = h.wait_state("work", State.LOGIN_REFUSED)
    assert "login refused" in state.text
    assert "set-password work" in state.text
    tried = sources.attempts()
    assert tried <= 2, h.states
    time.sleep(1.5)  # long enough for a storm to show: with a 0.05 s backoff, ~20 attempts
    assert sources.attempts() == tried, h.states
    assert dovecot.log().count("auth failed") <= tried
    h.stop()


def test_no_password_and_no_keyring_are_explained(
    dovecot: Dovecot, harness_for: Callable[..., Harness]
) -> None:
    import keyring
    import keyring.core
    from keyring.backends import fail

    old = keyring.get_keyring()
    keyring.core.set_keyring(fail.Keyring())
    try:
        h = harness_for(dovecot, [account(dovecot, "work", "alice")])
        h.start()
        state = h.wait_state("work", State.NO_KEYRING)
        assert "no keyring available" in state.text
        assert "office-hours doctor" in state.text
        h.stop()
    finally:
        keyring.core.set_keyring(old)


# -- the source process killed and started again -------------------------------------------


def _watch(home: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "office_hours", "watch"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
        start_new_session=True,
    )


def _reader(proc: subprocess.Popen[str]) -> queue.Queue[dict[str, Any] | None]:
    """JSON events from `watch`'s stdout on a queue (None when it exits); a thread reads
    the pipe, so no line sits unseen in a buffer that select() knows nothing of."""
    events: queue.Queue[dict[str, Any] | None] = queue.Queue()

    def pump() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            events.put(json.loads(line))
        events.put(None)

    threading.Thread(target=pump, daemon=True).start()
    return events


def _read_events(
    source: queue.Queue[dict[str, Any] | None],
    want: Callable[[list[dict[str, Any]]], bool],
    timeout: float,
) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = []
    deadline = time.monotonic() + timeout
    while not want(events):
        left = deadline - time.monotonic()
        assert left > 0, f"timed out; events so far: {events}"
        try:
            event = source.get(timeout=min(left, 0.1))
        except queue.Empty:
            continue
        assert event is not None, f"watch exited; events so far: {events}"
        events.append(event)
    return events


def _items(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in events if e["event"] == "item"]


def test_killed_and_started_again_notifies_no_old_mail(
    dovecot: Dovecot, secret_service: SecretService, home: Path
) -> None:
    secret_service.set_password("work", "alicepw")
    config = home / ".config" / "office-hours" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text(config_text(dovecot, [account(dovecot, "work", "alice")]))
    dovecot.deliver("alice", message("old backfill"))

    proc = _watch(home)
    events = _reader(proc)
    try:
        ev = _read_events(
            events,
            lambda e: len(_items(e)) >= 1 and any(x.get("state") == "connected" for x in e),
            60,  # a cold start of a Python process on a loaded 2-core machine
        )
        assert [(i["subject"], i["notify"]) for i in _items(ev)] == [("old backfill", False)]
        dovecot.deliver("alice", message("first live"))
        ev = _read_events(events, lambda e: len(_items(e)) >= 1, 30)
        assert [(i["subject"], i["notify"]) for i in _items(ev)] == [("first live", True)]
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)

    dovecot.deliver("alice", message("while killed"))
    proc = _watch(home)
    events = _reader(proc)
    try:
        ev = _read_events(events, lambda e: len(_items(e)) >= 1, 60)
        assert [(i["subject"], i["notify"]) for i in _items(ev)] == [("while killed", True)]
        # nothing else comes: the old mail is neither stored nor notified again
        quiet_until = time.monotonic() + 1.5
        more = _read_events(events, lambda e: time.monotonic() >= quiet_until, 5)
        assert _items(more) == []
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=15)


# -- office-hours doctor ----------------------------------------------------------------------


def _doctor(home: Path, server: Dovecot, accounts: list[dict[str, Any]]) -> str:
    config = home / ".config" / "office-hours" / "config.toml"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(config_text(server, accounts))
    done = subprocess.run(
        [sys.executable, "-m", "office_hours", "doctor"],
        capture_output=True,
        text=True,
        timeout=60,
        env=os.environ.copy(),
        check=False,
    )
    assert done.returncode in (0, 1), done.stderr
    return done.stdout


def test_doctor_explains_a_bad_password_and_an_untrusted_certificate(
    dovecot: Dovecot, secret_service: SecretService, home: Path
) -> None:
    secret_service.set_password("good", "alicepw")
    secret_service.set_password("badpw", "wrong")
    secret_service.set_password("nocert", "alicepw")
    out = _doctor(
        home,
        dovecot,
        [
            account(dovecot, "good", "alice", folders=["INBOX"]),
            account(dovecot, "badpw", "alice"),
            account(dovecot, "nocert", "alice", ca_file=None),
            account(dovecot, "nopw", "alice"),
        ],
    )
    lines = {
        line.split("mail account ", 1)[1].split(" ", 1)[0]: line
        for line in out.splitlines()
        if "mail account " in line
    }
    assert "connected" in lines["good"]
    assert lines["good"].startswith("[     ok]")
    assert "login refused: check the password or token saved in the keyring" in lines["badpw"]
    assert "office-hours account set-password badpw" in lines["badpw"]
    assert lines["badpw"].startswith("[PROBLEM]")
    assert "certificate not trusted" in lines["nocert"]
    assert "set ca_file" in lines["nocert"]
    assert "no password or token saved" in lines["nopw"]
    assert "Traceback" not in out


def test_set_password_then_watch(
    dovecot: Dovecot, secret_service: SecretService, home: Path
) -> None:
    config = home / ".config" / "office-hours" / "config.toml"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(config_text(dovecot, [account(dovecot, "fresh", "alice")]))
    done = subprocess.run(
        [sys.executable, "-m", "office_hours", "account", "set-password", "fresh"],
        input="alicepw\n",
        capture_output=True,
        text=True,
        timeout=60,
        env=os.environ.copy(),
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "alicepw" not in config.read_text()
    from office_hours.secrets import get_password

    assert get_password("fresh") == "alicepw"
    unknown = subprocess.run(
        [sys.executable, "-m", "office_hours", "account", "set-password", "nosuch"],
        input="x\n",
        capture_output=True,
        text=True,
        timeout=60,
        env=os.environ.copy(),
        check=False,
    )
    assert unknown.returncode == 2
    assert "no account 'nosuch'" in unknown.stderr


def test_doctor_explains_no_keyring(
    dovecot: Dovecot, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    out = _doctor(home, dovecot, [account(dovecot, "work", "alice")])
    line = next(x for x in out.splitlines() if "mail account work" in x)
    assert line.startswith("[PROBLEM]")
    assert "no keyring available" in line
    keyring_line = next(x for x in out.splitlines() if "no keyring service found" in x)
    assert "gnome-keyring" in keyring_line  # the how-to, once
    assert out.index(keyring_line) < out.index(line)
    assert "Traceback" not in out
