"""`office-hours account matrix-login`: log in once with the password, keep only the access
token in the keyring. Kept out of cli/commands.py so other commands never import matrix-nio."""

from __future__ import annotations

import asyncio
import sys
from typing import TextIO

from office_hours import paths
from office_hours.config import load_config
from office_hours.config.matrix import USER_ID, MatrixSettings, homeserver_problem
from office_hours.i18n import tr

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2
DEVICE_NAME = "Office Hours"


def _fail(message: str, code: int = EXIT_PROBLEM) -> int:
    print(f"office-hours: {message}", file=sys.stderr)
    return code


async def _login(settings: MatrixSettings, password: str) -> tuple[str, str]:
    """(access token, device id); MatrixProblem in plain words on failure."""
    from nio import LoginResponse

    from office_hours.sources.matrix import (
        CHECK_TIMEOUT_S,
        MatrixProblem,
        new_client,
        transport_errors,
    )

    client = new_client(settings, "", CHECK_TIMEOUT_S)
    try:
        with transport_errors(settings.homeserver):
            answer = await client.login(password, device_name=DEVICE_NAME)
        if not isinstance(answer, LoginResponse):
            code = getattr(answer, "status_code", "") or ""
            raise MatrixProblem(f"login refused: {getattr(answer, 'message', answer)} ({code})")
        return answer.access_token, answer.device_id
    finally:
        await client.close()


def cmd_matrix_login(homeserver: str, user_id: str, out: TextIO, stdin: TextIO) -> int:
    try:
        import nio  # noqa: F401
    except ImportError:
        from office_hours.sources.matrix import MISSING_NIO

        return _fail(MISSING_NIO)
    from office_hours.secrets import SecretProblem, set_password
    from office_hours.sources.matrix import KEYRING_USER, MatrixProblem

    configured = load_config(paths.config_file()).matrix
    homeserver = (homeserver or configured.homeserver).rstrip("/")
    user_id = user_id or configured.user_id
    if not homeserver:
        return _fail(
            tr("cli", "give the homeserver (--homeserver https://…) or set matrix.homeserver"),
            EXIT_USAGE,
        )
    if problem := homeserver_problem(homeserver):
        return _fail(problem, EXIT_USAGE)
    if not USER_ID.match(user_id):
        return _fail(
            tr("cli", "give your user id (--user @me:example.org) or set matrix.user_id"),
            EXIT_USAGE,
        )
    if stdin.isatty():
        import getpass

        password = getpass.getpass(tr("cli", "Matrix password for {user}: ").format(user=user_id))
    else:
        password = stdin.readline().rstrip("\r\n")
    if not password:
        return _fail(tr("cli", "no password given; nothing was saved"), EXIT_USAGE)
    settings = MatrixSettings(True, homeserver, user_id)
    try:
        token, device = asyncio.run(_login(settings, password))
        set_password(KEYRING_USER, token)
    except (MatrixProblem, SecretProblem) as exc:
        return _fail(str(exc))
    finally:
        del password
    print(
        tr(
            "cli",
            "Logged in as {user} (device {device}); the access token is in the keyring, "
            "the password was not kept.",
        ).format(user=user_id, device=device),
        file=out,
    )
    if configured.homeserver != homeserver or configured.user_id != user_id:
        print(
            tr("cli", 'Set [matrix] homeserver = "{hs}" and user_id = "{user}" in {path}.').format(
                hs=homeserver, user=user_id, path=paths.config_file()
            ),
            file=out,
        )
    return EXIT_OK
