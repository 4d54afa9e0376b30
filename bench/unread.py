"""The unread view's cost against a private Dovecot on loopback: the first look at a
folder with many unread messages (SEARCH UNSEEN + one envelope FETCH per message, in
chunks), a look when nothing changed (SEARCH UNSEEN only), a look after one read, and the
per-client matching of all rows (the ingest writer's part). Run by hand:

    .venv/bin/python bench/unread.py --messages 2000 --clients 50
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))
sys.path.insert(0, str(HERE.parent / "tests" / "integration"))
sys.path.insert(0, str(HERE.parent / "src"))

from mail.mailpeers import message, running_dovecot  # noqa: E402

from benchlib import load_note  # noqa: E402
from office_hours.domain.matching import ClientIndex  # noqa: E402
from office_hours.domain.model import Client  # noqa: E402
from office_hours.domain.unread import unread_by_client  # noqa: E402
from office_hours.sources.imap_unread import UnreadTracker  # noqa: E402


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--messages", type=int, default=2000)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--runs", type=int, default=9)
    args = ap.parse_args()
    print(load_note())
    clients = [
        Client(f"c{i}", f"Client {i}", addresses=(f"*@c{i}.example",)) for i in range(args.clients)
    ]
    with running_dovecot() as dovecot:
        writer = dovecot.imap_client("alice")
        for n in range(args.messages):  # one client in ten is unknown
            who = n % (args.clients + args.clients // 10)
            writer.append("INBOX", message(f"m{n}", sender=f"p{n}@c{who}.example"))
        reader = dovecot.imap_client("alice")
        reader.normalise_times = False
        reader.select_folder("INBOX", readonly=True)
        reports: list[int] = []
        tracker = UnreadTracker("INBOX", lambda _f, rows: reports.append(len(rows)))
        started = time.perf_counter()
        tracker.refresh(reader)
        first = time.perf_counter() - started
        envelopes = tracker.fetched
        idle = []
        for _ in range(args.runs):
            started = time.perf_counter()
            tracker.refresh(reader)
            idle.append(time.perf_counter() - started)
        after_read = []
        for n in range(args.runs):
            writer.select_folder("INBOX")
            writer.add_flags([n + 1], [b"\\Seen"])  # appended in order: UIDs 1..N
            started = time.perf_counter()
            reader.noop()  # the session learns of the change (the worker: IDLE's FETCH)
            tracker.refresh(reader)
            after_read.append(time.perf_counter() - started)
        rows = tracker._reported or ()
        index = ClientIndex.of(clients)
        matching = []
        for _ in range(args.runs):
            started = time.perf_counter()
            view = unread_by_client(rows, index)
            matching.append(time.perf_counter() - started)
    print(f"{args.messages} unread messages, {args.clients} clients ({len(view)} with mail)")
    print(f"first look (SEARCH UNSEEN + {envelopes} envelopes): {ms(first)}")
    print(f"look, nothing changed (median of {args.runs}): {ms(statistics.median(idle))}")
    print(f"NOOP + look after one read elsewhere (median): {ms(statistics.median(after_read))}")
    print(f"matching {len(rows)} rows to clients (median): {ms(statistics.median(matching))}")
    ok = reports and reports[0] == args.messages and reports[-1] == args.messages - args.runs
    print("counts", "right" if ok else f"WRONG: {reports[:1]} ... {reports[-1:]}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
