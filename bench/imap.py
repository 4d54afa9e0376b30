"""Mail: delivery-to-decision latency against Dovecot's own IDLE notification delay, and
header parsing throughput against the bare `email` parser.

    python bench/imap.py [--messages 20] [--parse 5000]

Latency: a private Dovecot on 127.0.0.1 (the test fixture's recipe). Two IDLE clients watch
the same INBOX: a bare IMAPClient (the floor: Dovecot's own ~0.5 s notification delay plus
the network) and the app's IMAP source (UID FETCH of BODY.PEEK[HEADER], parse, client match,
policy, one SQLite transaction with the cursor, synchronous=FULL). Each message is delivered
through LMTP; the clock starts when LMTP accepts it. Floor = when the bare client sees
EXISTS; app = when the source's transaction has committed and reported the decision.
The password comes from a stub, not the keyring (the keyring is read once per connection).

Parsing: `parse_headers` (caps, compat32, hand decoding, automated-mail check) against
`email.parser.BytesHeaderParser(policy=email.policy.default)` reading From, Subject, Date and
Message-ID, on the same realistic ~3 KB header blocks.

Bars (exit 1 when missed): app median <= floor median + 150 ms; parse ratio printed only.
"""

from __future__ import annotations

import argparse
import os
import queue
import shutil
import statistics
import sys
import tempfile
import threading
import time
from email import policy
from email.parser import BytesHeaderParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "integration"))
sys.path.insert(0, str(HERE.parent / "src"))

from mail.mailpeers import Dovecot, config_text, message  # noqa: E402

from benchlib import load_note  # noqa: E402
from office_hours.config.load import parse_config  # noqa: E402
from office_hours.engine import Engine  # noqa: E402
from office_hours.ingest import Delivered, IngestService  # noqa: E402
from office_hours.sources import imap as imap_source  # noqa: E402
from office_hours.sources.mail_parse import parse_headers  # noqa: E402
from office_hours.storage.store import Store  # noqa: E402

MAX_EXTRA_MS = 150.0


def bare_idle_watcher(server: Dovecot, seen: queue.Queue[float], stop: threading.Event) -> None:
    import ssl

    from imapclient import IMAPClient

    ctx = ssl.create_default_context(cafile=str(server.ca_file))
    client = IMAPClient("127.0.0.1", port=server.imaps, ssl=True, ssl_context=ctx, timeout=10)
    client.login("alice", "alicepw")
    client.select_folder("INBOX", readonly=True)
    client.idle()
    try:
        while not stop.is_set():
            for r in client.idle_check(timeout=0.5):
                if len(r) > 1 and r[1] == b"EXISTS":
                    seen.put(time.perf_counter())
    finally:
        client.idle_done()
        client.logout()


def measure_latency(n: int, work: Path) -> tuple[list[float], list[float]]:
    server = Dovecot(work / "dovecot")
    (work / "dovecot").mkdir()
    (work / "dovecot").chmod(0o755)
    server.prepare()
    server.start()
    stop = threading.Event()
    bare_seen: queue.Queue[float] = queue.Queue()
    app_seen: queue.Queue[float] = queue.Queue()
    states: queue.Queue[str] = queue.Queue()
    try:
        path = work / "config.toml"
        path.write_text(
            config_text(
                server,
                [
                    {
                        "id": "bench",
                        "host": "127.0.0.1",
                        "port": server.imaps,
                        "security": "tls",
                        "username": "alice",
                        "folders": ["INBOX"],
                        "ca_file": str(server.ca_file),
                    }
                ],
            )
        )
        config = parse_config(path.read_text(), path)
        imap_source.get_password = lambda _account: "alicepw"  # type: ignore[assignment]
        server.deliver("alice", message("create the mailbox"))

        def stored(batch: Delivered) -> None:
            if not batch.quiet and batch.results:
                app_seen.put(time.perf_counter())

        def read_cursor(source: str, key: str) -> str | None:
            store = Store(work / "oh.sqlite3")
            try:
                return store.cursor(source, key)
            finally:
                store.close()

        # The app's own path: the mail source in the one ingest service.
        sources = IngestService(
            config,
            lambda c: Engine(c, Store(work / "oh.sqlite3")),
            lambda c: [imap_source.MailSource(a, read_cursor) for a in c.accounts],
            stored,
            lambda _name, _label, s: states.put(s.kind.value if s else ""),
        )
        sources.start()
        deadline = time.monotonic() + 20
        while states.get(timeout=20) != "connected":
            assert time.monotonic() < deadline, "the source did not connect"
        bare = threading.Thread(target=bare_idle_watcher, args=(server, bare_seen, stop))
        bare.start()
        time.sleep(1.0)  # both idle (the first connection's backfill is done)
        floor_ms, app_ms = [], []
        for i in range(n):
            raw = message(f"bench {i}")
            server.deliver("alice", raw)
            sent = time.perf_counter()
            b = bare_seen.get(timeout=10)
            a = app_seen.get(timeout=10)
            floor_ms.append((b - sent) * 1000)
            app_ms.append((a - sent) * 1000)
            time.sleep(0.3)
        stop.set()
        bare.join(5)
        sources.stop()
        return floor_ms, app_ms
    finally:
        stop.set()
        server.stop()


def header_block(i: int) -> bytes:
    received = "".join(
        f"Received: from mx{j}.example.net (mx{j}.example.net [192.0.2.{j}])\r\n"
        f"\tby mail.example.org with ESMTPS id {i:08x}{j}\r\n"
        f"\tfor <me@example.org>; Mon, 23 Nov 2026 10:0{j}:00 +0100\r\n"
        for j in range(6)
    )
    return (
        received
        + "DKIM-Signature: v=1; a=rsa-sha256; d=acme.example; s=s1; "
        + "b="
        + "A" * 340
        + "\r\n"
        + f"From: =?utf-8?B?0JDQvdC90LAg0J/QtdGC0YDQvtCy0LA=?= <anna{i}@acme.example>\r\n"
        + "To: Me <me@example.org>, Team <team@example.org>\r\n"
        + f"Subject: =?utf-8?B?0KHRgNC+0YfQvdC+OiDQtNC+0LPQvtCy0L7RgA==?= {i}\r\n"
        + "Date: Mon, 23 Nov 2026 10:00:00 +0100\r\n"
        + f"Message-ID: <{i}.bench@acme.example>\r\n"
        + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    ).encode()


def measure_parse(n: int) -> tuple[float, float, int]:
    blocks = [header_block(i) for i in range(n)]
    t = time.perf_counter()
    for raw in blocks:
        msg = BytesHeaderParser(policy=policy.default).parsebytes(raw)
        _ = (str(msg["From"]), str(msg["Subject"]), str(msg["Date"]), str(msg["Message-ID"]))
    bare = time.perf_counter() - t
    t = time.perf_counter()
    for raw in blocks:
        parse_headers(raw, source="imap:bench")
    ours = time.perf_counter() - t
    return bare, ours, len(blocks[0])


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--messages", type=int, default=20)
    p.add_argument("--parse", type=int, default=5000)
    args = p.parse_args()
    print(load_note())
    bare_s, ours_s, size = measure_parse(args.parse)
    print(
        f"parse {args.parse} header blocks of {size} bytes: bare email parser "
        f"{args.parse / bare_s:,.0f}/s ({bare_s / args.parse * 1e6:.0f} µs each), "
        f"parse_headers {args.parse / ours_s:,.0f}/s ({ours_s / args.parse * 1e6:.0f} µs each); "
        f"ratio ours/bare (throughput) = {bare_s / ours_s:.2f}"
    )
    work = Path(tempfile.mkdtemp(prefix="oh-bench-imap-"))
    work.chmod(0o755)
    try:
        floor_ms, app_ms = measure_latency(args.messages, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    f_med, a_med = statistics.median(floor_ms), statistics.median(app_ms)
    extra = [a - f for a, f in zip(app_ms, floor_ms, strict=True)]
    print(f"latency, {len(floor_ms)} messages delivered by LMTP while both clients IDLE:")
    print(
        f"  Dovecot's own (bare IDLE client sees EXISTS): median {f_med:.0f} ms, "
        f"min {min(floor_ms):.0f}, max {max(floor_ms):.0f}"
    )
    print(
        f"  delivery to stored decision (the app's source): median {a_med:.0f} ms, "
        f"min {min(app_ms):.0f}, max {max(app_ms):.0f}"
    )
    print(
        f"  extra over Dovecot: median {statistics.median(extra):.0f} ms, max {max(extra):.0f} ms; "
        f"ratio app/floor = {a_med / f_med:.2f} (bar: app <= floor + {MAX_EXTRA_MS:g} ms)"
    )
    print(load_note())
    return 0 if a_med <= f_med + MAX_EXTRA_MS else 1


if __name__ == "__main__":
    os.environ.setdefault("DBUS_SESSION_BUS_ADDRESS", "disabled:")
    sys.exit(main())
