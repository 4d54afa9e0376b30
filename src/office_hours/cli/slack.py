"""`office-hours account set-token slack`: the chat token into the keyring, never a file.

Kept out of cli/commands.py so that other commands do not import the keyring. Any secret declared in
schema.CHAT_SECRETS is accepted, so one command serves every chat.
"""

from __future__ import annotations

import sys
from typing import TextIO

from office_hours.config.schema import CHAT_SECRETS

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


def cmd_set_token(service: str, out: TextIO, stdin: TextIO) -> int:
    from office_hours.secrets import SecretProblem, set_password

    spec = next((s for s in CHAT_SECRETS if s.keyring_user == service), None)
    if spec is None:
        known = ", ".join(s.keyring_user for s in CHAT_SECRETS)
        print(f"office-hours: no chat called {service!r} (known: {known})", file=sys.stderr)
        return EXIT_USAGE
    if stdin.isatty():
        import getpass

        token = getpass.getpass(f"{spec.label} ({spec.doc}): ")
    else:
        token = stdin.readline()
    token = token.strip()
    if not token:
        print("office-hours: an empty token was not saved", file=sys.stderr)
        return EXIT_USAGE
    try:
        set_password(spec.keyring_user, token)
    except SecretProblem as exc:
        print(f"office-hours: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    print(f"Saved the {spec.label} in the keyring.", file=out)
    return EXIT_OK
