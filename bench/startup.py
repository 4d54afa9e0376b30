"""Startup time and peak memory of the tray app against a bare PySide6 tray app (the floor).

    python bench/startup.py [--runs 7] [--display :99 | --xvfb] [--app-cmd "..."]

Spawns the bare tray app (bench/bare_tray.py) and the real app (`python -m office_hours`
with OFFICE_HOURS_BENCH_READY=1) alternately, each in its own private HOME/XDG dirs with
DBUS_SESSION_BUS_ADDRESS=disabled:, and measures the wall time from spawn to the
`READY <peak RSS KB>` line each prints once its tray icon is shown and the event loop runs.
One warm-up run of each comes first and is not counted (the app writes its config then, and
both fill a private .pyc cache: see --no-bytecode-cache).

With a tray, the app's icon comes from its first paint (ui/first_paint.py: what the tray
showed at the last quit, when nothing has changed since): READY is then that icon on screen,
and the app prints a second line, `FULL`, once its whole shell (menu, command socket) is up;
both are reported. OFFICE_HOURS_FIRST_PAINT=0 in --app-cmd's environment measures without it.

Offscreen (the default) has no tray host, so the app shows its fallback window while the bare
app's icon is merely created; --xvfb starts Xvfb and trayer so that both show a real tray icon.
The machine's load is printed: other processes on a 2-core machine skew the medians, and the
ratio of the fastest runs is printed beside the median ratio for that reason.

Bars (exit 1 when one is missed, 2 when a run fails):
  startup ratio  = median(app) / median(bare)             <= 1.5
  memory delta   = median RSS(app) - median RSS(bare)      <= 30 MB (MiB)
"""

from __future__ import annotations

import argparse
import json
import os
import selectors
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from benchlib import kill_group, load_note, private_env

HERE = Path(__file__).resolve().parent
BARE_TRAY = HERE / "bare_tray.py"
MAX_STARTUP_RATIO = 1.5
MAX_MEMORY_DELTA_MB = 30.0
EXIT_AFTER_READY_S = 10.0


class RunFailed(Exception):
    """A spawned app did not reach READY or did not exit; the message says what it printed."""


@dataclass(frozen=True, slots=True)
class Sample:
    """One spawn: wall time to READY, peak RSS as reported at READY and as seen at exit."""

    wall_ms: float
    ready_rss_kb: int
    exit_rss_kb: int
    exit_code: int
    full_ms: float | None = None  # the app's FULL line: the whole shell up after a first paint


@dataclass(slots=True)
class Variant:
    """A command under test, its private environment and its samples."""

    name: str
    cmd: list[str]
    env: dict[str, str]
    cwd: Path
    samples: list[Sample] = field(default_factory=list)

    def median_ms(self) -> float:
        return statistics.median(s.wall_ms for s in self.samples)

    def median_rss_mb(self) -> float:
        return statistics.median(s.ready_rss_kb for s in self.samples) / 1024


def _reap(proc: subprocess.Popen[bytes], timeout: float) -> tuple[int, int] | None:
    """Wait for exit with a deadline; (exit code, peak RSS KB of the child) or None."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid == proc.pid:
            proc.returncode = os.waitstatus_to_exitcode(status)
            return proc.returncode, int(usage.ru_maxrss)
        time.sleep(0.005)
    return None


def run_once(variant: Variant, timeout: float) -> Sample:
    """Spawn the variant, time it to its READY line, let it quit, and return the sample."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(
            variant.cmd,
            env=variant.env,
            cwd=variant.cwd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=err,
            bufsize=0,
            start_new_session=True,
        )
        try:
            line, wall_ms = _read_ready(proc, start, timeout)
            if line is None:
                exit_code = proc.poll()
                err.seek(0)
                tail = err.read().decode(errors="replace")[-2000:]
                state = "timed out" if exit_code is None else f"exited with {exit_code}"
                raise RunFailed(f"{variant.name}: no READY line ({state}); stderr:\n{tail}")
            parts = line.split()
            reported = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0
            full, full_ms = _read_ready(proc, start, EXIT_AFTER_READY_S, b"FULL")
            reaped = _reap(proc, EXIT_AFTER_READY_S)
            if reaped is None:
                raise RunFailed(
                    f"{variant.name}: printed READY but did not quit within "
                    f"{EXIT_AFTER_READY_S:g} s"
                )
            code, exit_rss = reaped
            if code != 0:
                raise RunFailed(f"{variant.name}: exited with {code} after READY")
            return Sample(wall_ms, reported or exit_rss, exit_rss, code, full_ms if full else None)
        finally:
            kill_group(proc)


def _read_ready(
    proc: subprocess.Popen[bytes], start: float, timeout: float, word: bytes = b"READY"
) -> tuple[str | None, float]:
    """Read stdout until a line starting with `word`; (line, ms since spawn) or (None, 0)
    (also at the end of the output: FULL comes only after a first paint)."""
    assert proc.stdout is not None
    fd = proc.stdout.fileno()
    buffer = b""
    deadline = start + timeout
    with selectors.DefaultSelector() as sel:
        sel.register(fd, selectors.EVENT_READ)
        while (left := deadline - time.perf_counter()) > 0:
            if not sel.select(left):
                continue
            chunk = os.read(fd, 65536)
            if not chunk:
                return None, 0.0
            buffer += chunk
            while b"\n" in buffer:
                raw, buffer = buffer.split(b"\n", 1)
                if raw.startswith(word):
                    return raw.decode(errors="replace"), (time.perf_counter() - start) * 1000
    return None, 0.0


@contextmanager
def xvfb_with_tray(number: int, timeout: float = 10.0) -> Iterator[str]:
    """Start Xvfb :number and trayer (an XEmbed tray host) on it; yield the DISPLAY."""
    for tool in ("Xvfb", "trayer"):
        if shutil.which(tool) is None:
            raise RunFailed(f"--xvfb needs {tool} (apt-get install -y xvfb trayer)")
    display = f":{number}"
    procs: list[subprocess.Popen[bytes]] = []
    try:
        procs.append(
            subprocess.Popen(
                ["Xvfb", display, "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
        )
        sock = Path(f"/tmp/.X11-unix/X{number}")
        deadline = time.monotonic() + timeout
        while not sock.exists():
            if time.monotonic() > deadline or procs[0].poll() is not None:
                raise RunFailed(f"Xvfb {display} did not start (is the display taken?)")
            time.sleep(0.05)
        env = {**os.environ, "DISPLAY": display}
        procs.append(
            subprocess.Popen(
                [
                    "trayer",
                    "--edge",
                    "top",
                    "--align",
                    "right",
                    "--widthtype",
                    "request",
                    "--height",
                    "32",
                    "--SetDockType",
                    "true",
                    "--transparent",
                    "false",
                ],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
        )
        _wait_for_tray(env, deadline)
        yield display
    finally:
        for proc in reversed(procs):
            kill_group(proc)


def _wait_for_tray(env: dict[str, str], deadline: float) -> None:
    """Until trayer's window exists (xdotool), or a fixed second without xdotool."""
    if shutil.which("xdotool") is None:
        time.sleep(1.0)
        return
    while time.monotonic() < deadline:
        found = subprocess.run(
            ["xdotool", "search", "--class", "trayer"],
            env=env,
            capture_output=True,
            timeout=5,
            check=False,
        )
        if found.stdout.strip():
            time.sleep(0.2)  # let it take the _NET_SYSTEM_TRAY selection
            return
        time.sleep(0.1)
    raise RunFailed("trayer did not come up")


def report(
    variants: Sequence[Variant], runs: int, display: str | None
) -> tuple[float, float, dict[str, object]]:
    """Print the table and ratios; (startup ratio, memory delta MB, all of it for --json)."""
    bare, app = variants
    cache = "PYTHONPYCACHEPREFIX" in bare.env
    print(
        f"startup to READY, {runs} runs each, alternating; platform "
        f"{'xcb on ' + display if display else 'offscreen'}; python {sys.version.split()[0]}; "
        f"bytecode cache {'on' if cache else 'as in the environment'}"
    )
    print(f"{'':6} {'median ms':>10} {'min ms':>8} {'max ms':>8} {'peak RSS MB':>12}")
    for v in variants:
        ms = [s.wall_ms for s in v.samples]
        print(
            f"{v.name:6} {v.median_ms():10.0f} {min(ms):8.0f} {max(ms):8.0f} "
            f"{v.median_rss_mb():12.1f}"
        )
    ratio = app.median_ms() / bare.median_ms()
    fastest = min(s.wall_ms for s in app.samples) / min(s.wall_ms for s in bare.samples)
    delta = app.median_rss_mb() - bare.median_rss_mb()
    print(load_note())
    print(
        f"startup ratio app/bare = {ratio:.2f} (bar <= {MAX_STARTUP_RATIO}); "
        f"ratio of the fastest runs {fastest:.2f} (less sensitive to other load)"
    )
    print(f"memory delta app-bare  = {delta:+.1f} MB (bar <= {MAX_MEMORY_DELTA_MB:g} MB)")
    full = [s.full_ms for s in app.samples if s.full_ms is not None]
    if full:  # the icon came from the first paint: say also when the whole shell was up
        exit_delta = (
            statistics.median(s.exit_rss_kb for s in app.samples)
            - statistics.median(s.exit_rss_kb for s in bare.samples)
        ) / 1024
        print(
            f"first paint in {len(full)} of {len(app.samples)} runs; the whole shell (menu, "
            f"socket) up after median {statistics.median(full):.0f} ms, "
            f"{statistics.median(full) / bare.median_ms():.2f} x the bare app's icon "
            f"(fastest {min(full) / min(s.wall_ms for s in bare.samples):.2f}); "
            f"peak memory by then {exit_delta:+.1f} MB"
        )
    return (
        ratio,
        delta,
        {
            "runs": runs,
            "platform": f"xcb {display}" if display else "offscreen",
            "bare_ms": [round(s.wall_ms, 1) for s in bare.samples],
            "app_ms": [round(s.wall_ms, 1) for s in app.samples],
            "bare_rss_kb": [s.ready_rss_kb for s in bare.samples],
            "app_rss_kb": [s.ready_rss_kb for s in app.samples],
            "app_full_ms": [round(s.full_ms, 1) for s in app.samples if s.full_ms is not None],
            "startup_ratio": round(ratio, 3),
            "fastest_ratio": round(fastest, 3),
            "memory_delta_mb": round(delta, 1),
            "load": load_note(),
        },
    )


def measure(args: argparse.Namespace, display: str | None) -> int:
    """Warm up, run the alternating spawns, print results; the process exit code."""
    app_cmd = shlex.split(args.app_cmd) if args.app_cmd else [sys.executable, "-m", "office_hours"]
    cache = not args.no_bytecode_cache
    with tempfile.TemporaryDirectory(prefix="oh-bench-") as tmp:
        root = Path(tmp)
        variants = [
            Variant(
                "bare",
                [sys.executable, str(BARE_TRAY)],
                private_env(root / "bare", display, {}, cache),
                root,
            ),
            Variant(
                "app",
                app_cmd,
                private_env(root / "app", display, {"OFFICE_HOURS_BENCH_READY": "1"}, cache),
                root,
            ),
        ]
        print(load_note())
        try:
            warm = [run_once(v, args.timeout) for v in variants]
            print(
                f"warm-up (first start, not counted): bare {warm[0].wall_ms:.0f} ms, "
                f"app {warm[1].wall_ms:.0f} ms"
            )
            for _ in range(args.runs):
                for v in variants:
                    v.samples.append(run_once(v, args.timeout))
        except RunFailed as exc:
            print(f"startup: {exc}", file=sys.stderr)
            return 2
        ratio, delta, result = report(variants, args.runs, display)
    if args.json:
        print(json.dumps(result))
    missed = []
    if ratio > MAX_STARTUP_RATIO:
        missed.append(f"startup ratio {ratio:.2f} > {MAX_STARTUP_RATIO}")
    if delta > MAX_MEMORY_DELTA_MB:
        missed.append(f"memory delta {delta:.1f} MB > {MAX_MEMORY_DELTA_MB:g} MB")
    for m in missed:
        print(f"BAR MISSED: {m}")
    if not missed:
        print("both bars met")
    return 1 if missed else 0


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--runs", type=int, default=7, help="counted runs of each (default 7)")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--display", help="run on this X display (xcb) instead of offscreen")
    where.add_argument(
        "--xvfb",
        type=int,
        metavar="N",
        nargs="?",
        const=97,
        help="start Xvfb :N (default 97) with trayer and run on it",
    )
    p.add_argument("--timeout", type=float, default=30.0, help="seconds to READY (default 30)")
    p.add_argument("--app-cmd", help="command for the app instead of `python -m office_hours`")
    p.add_argument(
        "--no-bytecode-cache",
        action="store_true",
        help="keep PYTHONDONTWRITEBYTECODE from the environment (default: private "
        ".pyc cache, warmed by the warm-up run, as an installed app has)",
    )
    p.add_argument("--json", action="store_true", help="also print the samples as JSON")
    args = p.parse_args(argv)
    if args.runs < 1:
        p.error("--runs must be at least 1")
    if args.xvfb is not None:
        try:
            with xvfb_with_tray(args.xvfb) as display:
                return measure(args, display)
        except RunFailed as exc:
            print(f"startup: {exc}", file=sys.stderr)
            return 2
    return measure(args, args.display)


if __name__ == "__main__":
    raise SystemExit(main())
