"""A local stand-in for the Slack Web API (no Slack server can run here).

It answers the methods Office Hours calls with the response shapes in Slack's method
reference (docs.slack.dev/reference/methods/*): `ok`/`error`, `response_metadata.next_cursor`,
conversation objects, messages with `ts`/`user`/`text`, dnd.info's `snooze_enabled`/
`snooze_endtime`, the profile's `status_*` fields. It keeps state (messages, DND, profile),
records every request (method, Authorization header, arguments, time), answers unknown
methods with `unknown_method`, and can answer HTTP 429 with Retry-After once.

    with SlackStandIn(token="xoxp-test") as slack:
        client = WebClient(token="xoxp-test", base_url=slack.base_url)
"""

from __future__ import annotations

import asyncio
import base64
import json
import socket
import threading
import time
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl

from aiohttp import web

TEAM_ID, TEAM_NAME, TEAM_DOMAIN = "T0STANDIN", "Stand-in Workspace", "standin"


@dataclass
class Request:
    method: str  # the API method, e.g. "conversations.history"
    http_method: str
    authorization: str
    args: dict[str, Any]
    at: float  # time.monotonic() when it arrived
    status: int = 200


@dataclass
class Conversation:
    id: str
    kind: str  # im, mpim, public_channel, private_channel
    members: tuple[str, ...]
    name: str = ""
    messages: list[dict[str, Any]] = field(default_factory=list)  # oldest first


class SlackStandIn:
    def __init__(
        self, token: str = "xoxp-standin", me: str = "U0ME0001", my_name: str = "me", port: int = 0
    ):
        self.token, self.me, self.my_name = token, me, my_name
        self.conversations: dict[str, Conversation] = {}
        self.users: dict[str, str] = {me: my_name}
        self.requests: list[Request] = []
        self.page_size = 100  # Slack may return fewer than `limit`: lets tests force paging
        self.dnd: dict[str, Any] = {
            "dnd_enabled": True,
            "next_dnd_start_ts": 1_450_416_600,
            "next_dnd_end_ts": 1_450_452_600,
            "snooze_enabled": False,
        }
        self.profile: dict[str, Any] = {
            "title": "",
            "real_name": "Me Myself",
            "display_name": my_name,
            "status_text": "",
            "status_emoji": "",
            "status_expiration": 0,
            "avatar_hash": "ge3b51ca72de",
            "email": "me@example.org",
        }
        self._rate_limit: dict[str, float] = {}
        self._last_ts = 0.0
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None
        self.port = port  # 0: any free port

    # -- set-up by the test -----------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    def add_user(self, user_id: str, name: str) -> None:
        self.users[user_id] = name

    def add_conversation(
        self, cid: str, kind: str, members: tuple[str, ...] = (), name: str = ""
    ) -> Conversation:
        conv = Conversation(cid, kind, members, name or cid.lower())
        self.conversations[cid] = conv
        return conv

    def post(self, cid: str, user: str, text: str, **extra: Any) -> str:
        """A message arrives now; returns its ts (strictly increasing, like Slack's)."""
        with self._lock:
            ts = max(time.time(), self._last_ts + 0.000001)
            self._last_ts = ts
            stamp = f"{ts:.6f}"
            message = {"type": "message", "user": user, "text": text, "ts": stamp, **extra}
            self.conversations[cid].messages.append(message)
        return stamp

    def rate_limit_once(self, method: str, retry_after: float) -> None:
        """The next call of `method` gets HTTP 429 with this Retry-After."""
        self._rate_limit[method] = retry_after

    def calls(self, method: str) -> list[Request]:
        return [r for r in list(self.requests) if r.method == method]

    # -- server life ------------------------------------------------------------------------

    def start(self) -> SlackStandIn:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", self.port))
        self.port = sock.getsockname()[1]
        ready = threading.Event()
        failure: list[BaseException] = []

        def serve() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            try:
                app = web.Application()
                app.router.add_route("*", "/api/{method}", self._handle)
                self._runner = web.AppRunner(app, access_log=None)
                loop.run_until_complete(self._runner.setup())
                loop.run_until_complete(web.SockSite(self._runner, sock).start())
            except BaseException as exc:  # reported to start(): the test fails with it
                failure.append(exc)
                ready.set()
                return
            ready.set()
            loop.run_forever()
            loop.run_until_complete(self._runner.cleanup())
            loop.close()

        self._thread = threading.Thread(target=serve, name="slack-standin", daemon=True)
        self._thread.start()
        if not ready.wait(10) or failure:
            raise RuntimeError(f"the Slack stand-in did not start: {failure or 'timeout'}")
        return self

    def stop(self) -> None:
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread is not None:
            self._thread.join(10)

    def __enter__(self) -> SlackStandIn:
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- the API ----------------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        args: dict[str, Any] = dict(request.query)
        body = await request.read()
        if body:
            if request.content_type == "application/json":
                args.update(json.loads(body))
            elif request.content_type == "application/x-www-form-urlencoded":
                args.update(parse_qsl(body.decode()))
            else:  # multipart (file uploads): never sent by Office Hours; kept for the record
                args["_raw"] = body.decode(errors="replace")
        record = Request(
            method, request.method, request.headers.get("Authorization", ""), args, time.monotonic()
        )
        self.requests.append(record)
        if method in self._rate_limit:
            retry_after = self._rate_limit.pop(method)
            record.status = 429
            return web.json_response(
                {"ok": False, "error": "ratelimited"},
                status=429,
                headers={"Retry-After": f"{retry_after:g}"},
            )
        bearer = record.authorization.removeprefix("Bearer ")
        if (bearer or args.get("token")) != self.token:
            return self._error("invalid_auth" if bearer else "not_authed")
        handler = getattr(self, "_m_" + method.replace(".", "_"), None)
        if handler is None:
            return self._error("unknown_method")
        with self._lock:
            result: dict[str, Any] = handler(args)
        return web.json_response(result)

    @staticmethod
    def _error(error: str) -> web.Response:
        return web.json_response({"ok": False, "error": error})  # Slack answers errors with 200

    def _m_auth_test(self, args: dict[str, Any]) -> dict[str, Any]:
        return {
            "ok": True,
            "url": f"https://{TEAM_DOMAIN}.slack.com/",
            "team": TEAM_NAME,
            "user": self.my_name,
            "team_id": TEAM_ID,
            "user_id": self.me,
            "is_enterprise_install": False,
        }

    def _channel_object(self, conv: Conversation) -> dict[str, Any]:
        if conv.kind == "im":
            other = next((m for m in conv.members if m != self.me), self.me)
            return {
                "id": conv.id,
                "created": 1_498_500_348,
                "is_archived": False,
                "is_im": True,
                "is_org_shared": False,
                "context_team_id": TEAM_ID,
                "user": other,
                "is_user_deleted": False,
                "priority": 0,
            }
        return {
            "id": conv.id,
            "name": conv.name,
            "is_channel": conv.kind == "public_channel",
            "is_group": False,
            "is_im": False,
            "is_mpim": conv.kind == "mpim",
            "is_private": conv.kind != "public_channel",
            "created": 1_449_252_889,
            "is_archived": False,
            "is_general": False,
            "unlinked": 0,
            "name_normalized": conv.name,
            "is_shared": False,
            "is_org_shared": False,
            "is_member": self.me in conv.members,
            "topic": {"value": "", "creator": "", "last_set": 0},
            "purpose": {"value": "", "creator": "", "last_set": 0},
            "num_members": len(conv.members),
        }

    @staticmethod
    def _page(args: dict[str, Any], limit_cap: int) -> tuple[int, int]:
        offset = int(base64.b64decode(args["cursor"]).decode()) if args.get("cursor") else 0
        limit = min(int(args.get("limit", 100) or 100), limit_cap)
        return offset, limit

    @staticmethod
    def _next(offset: int, limit: int, total: int) -> str:
        end = offset + limit
        return base64.b64encode(str(end).encode()).decode() if end < total else ""

    def _m_conversations_list(self, args: dict[str, Any]) -> dict[str, Any]:
        types = str(args.get("types", "public_channel")).split(",")
        convs = [c for c in self.conversations.values() if c.kind in types]
        offset, limit = self._page(args, self.page_size)
        return {
            "ok": True,
            "channels": [self._channel_object(c) for c in convs[offset : offset + limit]],
            "response_metadata": {"next_cursor": self._next(offset, limit, len(convs))},
        }

    def _m_conversations_history(self, args: dict[str, Any]) -> dict[str, Any]:
        conv = self.conversations.get(str(args.get("channel", "")))
        if conv is None:
            return {"ok": False, "error": "channel_not_found"}
        oldest = float(args.get("oldest", 0) or 0)
        newest_first = [m for m in reversed(conv.messages) if float(m["ts"]) > oldest]
        offset, limit = self._page(args, self.page_size)
        nxt = self._next(offset, limit, len(newest_first))
        return {
            "ok": True,
            "messages": newest_first[offset : offset + limit],
            "has_more": bool(nxt),
            "pin_count": 0,
            "response_metadata": {"next_cursor": nxt},
        }

    def _m_users_info(self, args: dict[str, Any]) -> dict[str, Any]:
        uid = str(args.get("user", ""))
        if uid not in self.users:
            return {"ok": False, "error": "user_not_found"}
        name = self.users[uid]
        return {
            "ok": True,
            "user": {
                "id": uid,
                "team_id": TEAM_ID,
                "name": name,
                "deleted": False,
                "real_name": name,
                "profile": {"display_name": name, "real_name": name},
                "is_bot": False,
            },
        }

    def _m_dnd_info(self, args: dict[str, Any]) -> dict[str, Any]:
        if self.dnd["snooze_enabled"] and self.dnd["snooze_endtime"] <= time.time():
            self.dnd = {k: v for k, v in self.dnd.items() if not k.startswith("snooze_")}
            self.dnd["snooze_enabled"] = False
        out = {"ok": True, **self.dnd}
        if out["snooze_enabled"]:
            out["snooze_remaining"] = max(0, int(out["snooze_endtime"] - time.time()))
        return out

    def _m_dnd_setSnooze(self, args: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        minutes = int(args.get("num_minutes", 0) or 0)
        if minutes <= 0:
            return {"ok": False, "error": "invalid_arguments"}
        end = int(time.time()) + 60 * minutes
        self.dnd.update(snooze_enabled=True, snooze_endtime=end)
        return {
            "ok": True,
            "snooze_enabled": True,
            "snooze_endtime": end,
            "snooze_remaining": 60 * minutes,
            "snooze_is_indefinite": False,
        }

    def _m_dnd_endSnooze(self, args: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        if not self.dnd.get("snooze_enabled"):
            return {"ok": False, "error": "snooze_not_active"}
        self.dnd = {k: v for k, v in self.dnd.items() if not k.startswith("snooze_")}
        self.dnd["snooze_enabled"] = False
        return {"ok": True, **self.dnd}

    def _m_users_profile_get(self, args: dict[str, Any]) -> dict[str, Any]:
        return {"ok": True, "profile": dict(self.profile)}

    def _m_users_profile_set(self, args: dict[str, Any]) -> dict[str, Any]:
        profile = args.get("profile")
        if isinstance(profile, str):
            profile = json.loads(profile)
        if not isinstance(profile, dict):
            return {"ok": False, "error": "invalid_profile"}
        self.profile.update(profile)
        return {"ok": True, "profile": dict(self.profile)}
