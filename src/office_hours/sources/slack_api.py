"""What the Slack source and the Slack presence share: the token from the keyring, a
WebClient on the configured API address, and Slack's errors turned into plain words.

slack_sdk is imported only inside functions, so nothing loads it unless Slack is enabled.
"""

from __future__ import annotations

from typing import Any

from office_hours.sources.state import SourceState, StateKind

TOKEN_USER = "slack"  # keyring user, declared in schema.CHAT_SECRETS
SET_TOKEN_COMMAND = "office-hours account set-token slack"
TIMEOUT_S = 10
REFUSED = frozenset(
    {
        "invalid_auth",
        "not_authed",
        "account_inactive",
        "token_revoked",
        "token_expired",
        "no_permission",
        "missing_scope",
    }
)


class SlackProblem(Exception):
    """Why a Slack call could not be made or failed, in plain words. `retry_after` is set
    (seconds) when Slack answered HTTP 429."""

    def __init__(
        self,
        message: str,
        retry_after: float | None = None,
        error: str = "",
        transient: bool = False,
        kind: StateKind = StateKind.RECONNECTING,
        detail: str = "",
    ) -> None:
        self.retry_after = retry_after
        self.error = error  # Slack's error code, e.g. channel_not_found
        self.transient = transient or retry_after is not None  # offline, asleep, rate limited
        self.kind = StateKind.RATE_LIMITED if retry_after is not None else kind
        self.detail = detail
        super().__init__(message)

    @property
    def state(self) -> SourceState:
        """The source's state, for the tray and `doctor` to render in the user's language."""
        return SourceState(self.kind, self.detail)


def missing_package() -> SourceState | None:
    try:
        import slack_sdk  # noqa: F401
    except ImportError:
        return SourceState(StateKind.MISSING_PACKAGE, "pip install 'office-hours[slack]'")
    return None


def read_token() -> str:
    """The user token from the keyring; SlackProblem naming the command when there is none."""
    from office_hours.secrets import SecretProblem, get_password

    try:
        return get_password(TOKEN_USER)
    except SecretProblem as exc:
        if exc.kind == "no_password":
            raise SlackProblem(
                f"no Slack token saved: run `{SET_TOKEN_COMMAND}`",
                kind=StateKind.NO_SECRET,
                detail=SET_TOKEN_COMMAND,
            ) from None
        raise SlackProblem(str(exc), kind=StateKind.NO_KEYRING) from None


def make_client(api_url: str, token: str) -> Any:
    """A WebClient without slack_sdk's own rate-limit retries: we wait ourselves, so the wait
    is reported as a state instead of blocking silently."""
    from slack_sdk import WebClient
    from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler

    base = api_url if api_url.endswith("/") else api_url + "/"
    return WebClient(
        token=token,
        base_url=base,
        timeout=TIMEOUT_S,
        retry_handlers=[ConnectionErrorRetryHandler(max_retry_count=1)],
    )


def _header(headers: Any, name: str) -> str | None:
    if not headers:
        return None
    for key, value in dict(headers).items():
        if str(key).lower() == name.lower():
            return str(value[0] if isinstance(value, list | tuple) else value)
    return None


def call(client: Any, method: str, **kwargs: Any) -> dict[str, Any]:
    """One Web API call; every failure becomes a SlackProblem in plain words."""
    from slack_sdk.errors import SlackApiError

    try:
        response = client.api_call(method, **kwargs)
    except SlackApiError as exc:
        raise _api_problem(method, exc) from None
    except (OSError, TimeoutError) as exc:  # URLError is an OSError
        reason = getattr(exc, "reason", None) or exc
        raise SlackProblem(
            f"cannot reach Slack at {client.base_url}: {reason}",
            transient=True,
            kind=StateKind.UNREACHABLE,
            detail=str(client.base_url),
        ) from None
    return dict(response.data) if isinstance(response.data, dict) else {}


def _api_problem(method: str, exc: Any) -> SlackProblem:
    response = exc.response
    status = getattr(response, "status_code", 0)
    if status == 429:
        raw = _header(getattr(response, "headers", None), "Retry-After")
        try:
            wait = max(float(raw), 0.0) if raw is not None else 60.0
        except ValueError:
            wait = 60.0
        return SlackProblem(f"rate limited by Slack: next try in {wait:g} s", retry_after=wait)
    data = getattr(response, "data", None)
    error = data.get("error", "") if isinstance(data, dict) else ""
    if error in REFUSED:
        needed = data.get("needed", "") if isinstance(data, dict) else ""
        hint = f" (it lacks the scope {needed})" if needed else ""
        return SlackProblem(
            f"token refused by Slack ({error}){hint}: create a user token with the scopes "
            f"in the README and save it with `{SET_TOKEN_COMMAND}`",
            error=error,
            kind=StateKind.LOGIN_REFUSED,
            detail=f"{error}{hint}; {SET_TOKEN_COMMAND}",
        )
    return SlackProblem(
        f"Slack answered {method} with an error: {error or f'HTTP {status}'}",
        error=error,
        detail=f"{method}: {error or f'HTTP {status}'}",
    )
