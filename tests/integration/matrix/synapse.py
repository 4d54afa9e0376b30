"""A private Synapse for the Matrix tests: its own venv (scripts/test.sh makes it), a free
port, a temp dir, presence enabled; plus a tiny client (urllib) for the test's own users."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

SERVER_NAME = "test.local"
SHARED_SECRET = "test-shared-secret"
VENV = Path(
    os.environ.get(
        "OFFICE_HOURS_SYNAPSE_VENV", Path.home() / ".cache" / "office-hours" / "synapse-venv"
    )
)

CONFIG = """\
server_name: {server}
public_baseurl: http://127.0.0.1:{port}/
pid_file: {d}/homeserver.pid
listeners:
  - {{port: {port}, bind_addresses: ['127.0.0.1'], type: http, tls: false,
      resources: [{{names: [client], compress: false}}]}}
database: {{name: sqlite3, args: {{database: {d}/homeserver.db}}}}
media_store_path: {d}/media_store
signing_key_path: {d}/signing.key
log_config: {d}/log.yaml
registration_shared_secret: {secret}
report_stats: false
trusted_key_servers: []
suppress_key_server_warning: true
presence: {{enabled: true}}
caches: {{sync_response_cache_duration: 0}}  # each /sync in a test sees now
rc_message: {{per_second: 1000, burst_count: 1000}}
rc_registration: {{per_second: 1000, burst_count: 1000}}
rc_presence: {{per_user: {{per_second: 1000, burst_count: 1000}}}}
rc_login: {{address: {{per_second: 1000, burst_count: 1000}},
  account: {{per_second: 1000, burst_count: 1000}},
  failed_attempts: {{per_second: 1000, burst_count: 1000}}}}
rc_joins: {{local: {{per_second: 1000, burst_count: 1000}}}}
rc_invites: {{per_room: {{per_second: 1000, burst_count: 1000}},
  per_user: {{per_second: 1000, burst_count: 1000}}}}
"""
LOG_CONFIG = """\
version: 1
formatters: {precise: {format: '%(asctime)s %(name)s %(levelname)s %(message)s'}}
handlers: {file: {class: logging.FileHandler, formatter: precise, filename: DIR/homeserver.log}}
root: {level: WARNING, handlers: [file]}
disable_existing_loggers: false
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class MatrixHTTPError(Exception):
    def __init__(self, status: int, body: dict[str, Any]) -> None:
        self.status, self.body = status, body
        super().__init__(f"{status}: {body}")


@dataclass
class User:
    """One of the test's own users, talking to Synapse through plain HTTP."""

    base: str
    user_id: str
    token: str
    _txn: int = field(default=0)

    def call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        return call(self.base, method, path, body, self.token)

    def create_room(self, invite: list[str], direct: bool = False, name: str = "") -> str:
        body: dict[str, Any] = {"invite": invite, "is_direct": direct, "preset": "private_chat"}
        if name:
            body["name"] = name
        return str(self.call("POST", "/_matrix/client/v3/createRoom", body)["room_id"])

    def join(self, room_id: str) -> None:
        self.call("POST", f"/_matrix/client/v3/join/{quote(room_id)}", {})

    def send(self, room_id: str, content: dict[str, Any], kind: str = "m.room.message") -> str:
        self._txn += 1
        path = (
            f"/_matrix/client/v3/rooms/{quote(room_id)}/send/{kind}/t{time.time_ns()}-{self._txn}"
        )
        return str(self.call("PUT", path, content)["event_id"])

    def text(self, room_id: str, body: str, **extra: Any) -> str:
        return self.send(room_id, {"msgtype": "m.text", "body": body, **extra})


def call(
    base: str, method: str, path: str, body: dict[str, Any] | None = None, token: str = ""
) -> Any:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as exc:
        raise MatrixHTTPError(exc.code, json.loads(exc.read() or b"{}")) from None


@dataclass
class Synapse:
    base: str
    port: int
    directory: Path
    process: subprocess.Popen[bytes]

    def register(self, name: str, password: str) -> None:
        """The shared-secret admin API (what register_new_matrix_user does, without its
        0.6 s start)."""
        path = "/_synapse/admin/v1/register"
        nonce = call(self.base, "GET", path)["nonce"]
        mac = hmac.new(SHARED_SECRET.encode(), digestmod=hashlib.sha1)
        mac.update(b"\x00".join([nonce.encode(), name.encode(), password.encode(), b"notadmin"]))
        body = {"nonce": nonce, "username": name, "password": password, "admin": False}
        call(self.base, "POST", path, {**body, "mac": mac.hexdigest()})

    def login(self, name: str, password: str) -> User:
        answer = call(
            self.base,
            "POST",
            "/_matrix/client/v3/login",
            {"type": "m.login.password", "identifier": {"type": "m.id.user", "user": name},
             "password": password},
        )  # fmt: skip
        return User(self.base, answer["user_id"], answer["access_token"])


@contextmanager
def start_synapse() -> Iterator[Synapse]:
    python = VENV / "bin" / "python"
    if not python.exists():
        raise AssertionError(
            f"no Synapse venv at {VENV}: run scripts/test.sh once (it creates it), or "
            f"python3 -m venv {VENV} && {VENV}/bin/pip install matrix-synapse"
        )
    directory = Path(tempfile.mkdtemp(prefix="oh-synapse-"))
    port = free_port()
    config = directory / "homeserver.yaml"
    config.write_text(
        CONFIG.format(server=SERVER_NAME, port=port, d=directory, secret=SHARED_SECRET)
    )
    (directory / "log.yaml").write_text(LOG_CONFIG.replace("DIR", str(directory)))
    command = [str(python), "-m", "synapse.app.homeserver", "-c", str(config)]
    keys = subprocess.run(
        [*command, "--generate-keys"], capture_output=True, text=True, timeout=120, check=False
    )
    assert keys.returncode == 0, f"Synapse could not generate keys: {keys.stderr[-2000:]}"
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                err = process.stderr.read().decode() if process.stderr else ""
                log = (directory / "homeserver.log").read_text(errors="replace")[-3000:]
                raise AssertionError(f"Synapse exited at start: {err[-2000:]}\n{log}")
            try:
                with urllib.request.urlopen(base + "/health", timeout=1) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise AssertionError("Synapse did not answer /health within 60 s")
            time.sleep(0.05)
        yield Synapse(base, port, directory, process)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
        shutil.rmtree(directory, ignore_errors=True)
