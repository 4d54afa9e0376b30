"""Records real Synapse timeline events into tests/data/matrix/events.json. Run from the
repository root with the Synapse venv that scripts/test.sh makes:

    PYTHONPATH=src:tests/integration python tests/data/matrix/record_events.py
"""

from __future__ import annotations

import json
from urllib.parse import quote

from matrix.synapse import start_synapse


def main() -> None:
    with start_synapse() as s:
        for n in ("alice", "anna", "bob"):
            s.register(n, n + "pw")
        alice = s.login("alice", "alicepw")
        anna = s.login("anna", "annapw")
        bob = s.login("bob", "bobpw")
        alice.call(
            "PUT",
            f"/_matrix/client/v3/profile/{quote(alice.user_id)}/displayname",
            {"displayname": "Alice Liddell"},
        )
        dm = anna.create_room([alice.user_id], direct=True)
        alice.join(dm)
        group = anna.create_room([alice.user_id, bob.user_id], name="ACME all hands")
        alice.join(group)
        bob.join(group)
        names = {}

        def rec(name, eid):
            names[eid] = name

        rec(
            "dm_text",
            anna.text(dm, "Hi Alice, can we move the call to 15:00? " + "The rest is long. " * 10),
        )
        rec(
            "dm_reply",
            anna.send(
                dm,
                {
                    "msgtype": "m.text",
                    "body": "> <@alice:test.local> earlier text\n\nyes, agreed",
                    "m.relates_to": {"m.in_reply_to": {"event_id": "$x"}},
                },
            ),
        )
        first = anna.text(dm, "tpyo")
        rec("dm_typo", first)
        rec(
            "dm_edit",
            anna.send(
                dm,
                {
                    "msgtype": "m.text",
                    "body": "* typo",
                    "m.new_content": {"msgtype": "m.text", "body": "typo"},
                    "m.relates_to": {"rel_type": "m.replace", "event_id": first},
                },
            ),
        )
        rec("dm_notice", anna.send(dm, {"msgtype": "m.notice", "body": "bridge: connected"}))
        rec(
            "dm_reaction",
            anna.send(
                dm,
                {"m.relates_to": {"rel_type": "m.annotation", "event_id": first, "key": "👍"}},
                kind="m.reaction",
            ),
        )
        rec(
            "dm_encrypted",
            anna.send(
                dm,
                {
                    "algorithm": "m.megolm.v1.aes-sha2",
                    "ciphertext": "AwgAEnB...",
                    "device_id": "ANNADEV",
                    "sender_key": "abc",
                    "session_id": "def",
                },
                kind="m.room.encrypted",
            ),
        )
        rec(
            "dm_image",
            anna.send(
                dm, {"msgtype": "m.image", "body": "screenshot.png", "url": "mxc://test.local/abc"}
            ),
        )
        rec("dm_controls", anna.text(dm, "pay\u202enow\x07 <b>bold</b>\n\n  spaced   out"))
        redacted = anna.text(dm, "oops wrong chat")
        anna.call("PUT", f"/_matrix/client/v3/rooms/{quote(dm)}/redact/{quote(redacted)}/r1", {})
        rec("dm_redacted", redacted)
        alice_own = alice.text(dm, "my own reply")
        rec("dm_own", alice_own)
        rec("group_plain", anna.text(group, "lunch anyone?"))
        rec(
            "group_mentions_me",
            anna.text(
                group,
                "Alice Liddell: the build is red",
                **{"m.mentions": {"user_ids": [alice.user_id]}},
            ),
        )
        rec(
            "group_mentions_bob",
            anna.text(
                group,
                "Alice Liddell wrote it, Bob please check",
                **{"m.mentions": {"user_ids": [bob.user_id]}},
            ),
        )
        rec("group_legacy_name", bob.text(group, "alice liddell, can you review?"))
        rec(
            "group_legacy_pill",
            bob.send(
                group,
                {
                    "msgtype": "m.text",
                    "body": "Alice: ping",
                    "format": "org.matrix.custom.html",
                    "formatted_body": '<a href="https://matrix.to/#/@alice:test.local">'
                    + "Alice</a>: ping",
                },
            ),
        )
        rec("group_name_inside_word", bob.text(group, "malice liddellish is not a mention"))
        rec(
            "group_encrypted",
            anna.send(
                group,
                {
                    "algorithm": "m.megolm.v1.aes-sha2",
                    "ciphertext": "Awg",
                    "device_id": "X",
                    "sender_key": "a",
                    "session_id": "b",
                },
                kind="m.room.encrypted",
            ),
        )
        out = {"user_id": alice.user_id, "my_name": "Alice Liddell", "rooms": {}}
        for label, room in (("dm", dm), ("group", group)):
            msgs = alice.call(
                "GET", f"/_matrix/client/v3/rooms/{quote(room)}/messages?dir=f&limit=100"
            )
            evs = []
            for e in msgs["chunk"]:
                if e["event_id"] in names:
                    if "redacted_because" not in e.get("unsigned", {}):
                        e.pop("unsigned", None)  # ages only; kept where it shows a redaction
                    evs.append({"name": names[e["event_id"]], "event": e})
            out["rooms"][label] = {"room_id": room, "events": evs}
        json.dump(out, open("tests/data/matrix/events.json", "w"), indent=1, ensure_ascii=False)
        print(len(names), sum(len(r["events"]) for r in out["rooms"].values()))


if __name__ == "__main__":
    main()
