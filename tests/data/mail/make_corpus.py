"""Write the malformed and hostile mail corpus (tests/data/mail/corpus/*.eml + expected.json).

    python tests/data/mail/make_corpus.py

Deterministic: running it again rewrites the same files. Each message states what the
parser must make of it: "item" (with the subject and sender it must show), "automated"
(a list, newsletter or robot: not a client's interruption) or "rejection".
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "corpus"
CRLF = b"\r\n"

cases: dict[str, tuple[bytes, dict[str, str]]] = {}


def add(name: str, headers: bytes | str, expect: str, **fields: str) -> None:
    raw = headers.encode("utf-8") if isinstance(headers, str) else headers
    if b"\r\n\r\n" not in raw:
        raw = raw.rstrip(b"\r\n") + CRLF + CRLF + b"body\r\n"
    cases[name] = (raw, {"expect": expect, **fields})


def b64word(text: str, charset: str) -> str:
    return f"=?{charset}?B?{base64.b64encode(text.encode(charset)).decode()}?="


def hdr(*lines: str) -> str:
    return "\r\n".join(lines) + "\r\n"


TO_5000 = "To: " + ", ".join(f"u{i}@x.example" for i in range(5000))
BASE = ("Date: Mon, 23 Nov 2026 10:00:00 +0100", "Message-ID: <{n}@corpus.example>")


def std(n: str, *lines: str) -> str:
    return hdr(*(x.format(n=n) for x in BASE), *lines)


# -- well-formed but international ---------------------------------------------------------
add(
    "ru_subject_utf8_b",
    std("ru1", "From: anna@acme.example", "Subject: " + b64word("Срочно: договор", "utf-8")),
    "item",
    subject="Срочно: договор",
    sender="anna@acme.example",
)
add(
    "ru_subject_koi8r",
    std("ru2", "From: anna@acme.example", "Subject: " + b64word("Привет", "koi8-r")),
    "item",
    subject="Привет",
)
add(
    "ru_subject_cp1251_q",
    std("ru3", "From: anna@acme.example", "Subject: =?windows-1251?Q?=CF=F0=E8=E2=E5=F2?="),
    "item",
    subject="Привет",
)
add(
    "ru_display_name",
    std("ru4", "From: " + b64word("Анна Петрова", "utf-8") + " <anna@acme.example>", "Subject: x"),
    "item",
    sender="anna@acme.example",
)
add(
    "th_subject_utf8",
    std("th1", "From: somchai@client.example", "Subject: " + b64word("ด่วน ประชุม", "utf-8")),
    "item",
    subject="ด่วน ประชุม",
)
add(
    "th_subject_tis620",
    std("th2", "From: somchai@client.example", "Subject: " + b64word("ด่วน", "tis-620")),
    "item",
    subject="ด่วน",
)
add(
    "th_subject_split_words",
    std(
        "th3",
        "From: somchai@client.example",
        "Subject: " + b64word("ด่วน", "utf-8") + "\r\n " + b64word(" ประชุม", "utf-8"),
    ),
    "item",
    subject="ด่วน ประชุม",
)
add(
    "raw_utf8_subject",
    std("u8", "From: anna@acme.example", "Subject: Срочно без кодирования"),
    "item",
    subject="Срочно без кодирования",
)

# -- wrong or broken charsets -------------------------------------------------------------
add(
    "unknown_charset",
    std("cs1", "From: a@acme.example", "Subject: =?x-klingon?B?SGVsbG8=?="),
    "item",
    subject="Hello",
)
add(
    "charset_lies_utf8_is_cp1251",
    std("cs2", "From: a@acme.example", "Subject: =?utf-8?Q?=CF=F0=E8=E2=E5=F2?="),
    "item",
    subject="Привет",
)
add(
    "bad_base64",
    std("cs3", "From: a@acme.example", "Subject: =?utf-8?B?!!!not base64***?="),
    "item",
)
add(
    "unterminated_encoded_word",
    std("cs4", "From: a@acme.example", "Subject: =?utf-8?B?0J/RgNC4"),
    "item",
)
add(
    "raw_latin1_bytes",
    (std("cs5", "From: a@acme.example") + "Subject: caf").encode() + b"\xe9 cr\xe8me\r\n",
    "item",
)
add(
    "raw_invalid_utf8_sender_name",
    (std("cs6") + "From: ").encode() + b"\xff\xfe\xfa <a@acme.example>\r\nSubject: x\r\n",
    "item",
    sender="a@acme.example",
)
add(
    "encoded_word_in_address",
    std("cs7", "From: =?utf-8?B?YUBhY21lLmV4YW1wbGU=?=", "Subject: x"),
    "item",
    sender="a@acme.example",
)
add(
    "many_encoded_words",
    std("cs8", "From: a@acme.example", "Subject: " + " ".join([b64word("ы", "utf-8")] * 500)),
    "item",
)
add("nul_bytes", std("nul", "From: a@acme.example", "Subject: a\x00b"), "item", subject="ab")
add(
    "control_chars",
    std("ctl", "From: a@acme.example", "Subject: a\x07\x1bb\x7f"),
    "item",
    subject="ab",
)
add(
    "bidi_override_subject",
    std("bidi", "From: a@acme.example", "Subject: \u202etxt.exe"),
    "item",
)

# -- missing or broken fields -------------------------------------------------------------
add("no_date", hdr("Message-ID: <nd@c>", "From: a@acme.example", "Subject: x"), "item")
add(
    "garbage_date",
    hdr("Date: yesterday-ish", "Message-ID: <gd@c>", "From: a@acme.example", "Subject: x"),
    "item",
)
add(
    "date_year_99999",
    hdr("Date: Mon, 23 Nov 99999 10:00:00 +0100", "Message-ID: <y@c>", "From: a@acme.example"),
    "item",
)
add(
    "date_no_zone",
    hdr("Date: 23 Nov 2026 10:00:00", "Message-ID: <nz@c>", "From: a@acme.example"),
    "item",
)
add("no_from", std("nf", "Subject: nobody sent this"), "rejection")
add(
    "no_from_but_sender",
    std("nfs", "Sender: b@acme.example", "Subject: x"),
    "item",
    sender="b@acme.example",
)
add(
    "no_from_return_path",
    std("nfr", "Return-Path: <c@acme.example>", "Subject: x"),
    "item",
    sender="c@acme.example",
)
add("empty_from", std("ef", "From: ", "Subject: x"), "rejection")
add(
    "from_without_at",
    std("fna", "From: Just A Name", "Subject: x"),
    "item",
    sender="Just A Name",
)
add("no_subject", std("ns", "From: a@acme.example"), "item", subject="")
add("no_message_id", hdr(BASE[0], "From: a@acme.example", "Subject: no id"), "item")
add(
    "message_id_no_brackets",
    hdr(BASE[0], "Message-ID: bare-id@c", "From: a@acme.example", "Subject: x"),
    "item",
)
add(
    "two_from_fields",
    std("two", "From: first@acme.example", "From: second@acme.example", "Subject: x"),
    "item",
    sender="first@acme.example",
)
add(
    "group_syntax_from",
    std("grp", "From: undisclosed-recipients:;", "Sender: s@acme.example"),
    "item",
    sender="s@acme.example",
)
add("empty", b"", "rejection")
add("only_blank_line", b"\r\n\r\nbody only\r\n", "rejection")
add("binary_garbage", bytes(range(256)) * 4, "rejection")
add("lf_only_lines", b"From: lf@acme.example\nSubject: lf\nMessage-ID: <lf@c>\n\nbody\n", "item")
add(
    "folded_everywhere",
    std("fold", "From:\r\n \r\n anna@acme.example", "Subject:\r\n a\r\n\tb"),
    "item",
    sender="anna@acme.example",
)
add("header_without_colon", std("nc", "From: a@acme.example", "This is not a header"), "item")
# obsolete "name :" syntax: Python's parser does not take it, so there is no From
add("space_before_colon", std("sbc", "From : a@acme.example", "Subject : x"), "rejection")

# -- hostile sizes and structures ----------------------------------------------------------
add(
    "address_40kb_dots",
    std("dots", "From: " + "a." * 20_000 + "@acme.example", "Subject: dots"),
    "item",
)
add(
    "to_header_5000_addresses",
    std(
        "manyto", "From: a@acme.example", "To: " + ", ".join(f"u{i}@x.example" for i in range(5000))
    ),
    "item",
)
add(
    "nested_comments_from",
    std("nest", "From: " + "(" * 5000 + "a" + ")" * 5000 + " a@acme.example", "Subject: x"),
    "rejection",  # the address lies beyond the 2,000-character field cap
)
add(
    "nested_quotes_from",
    std("nq", 'From: "' + '\\"' * 5000 + '" <a@acme.example>', "Subject: x"),
    "rejection",  # likewise
)
add(
    "subject_1mb",
    std("big", "From: a@acme.example", "Subject: " + "x" * 1_000_000),
    "item",
)
add(
    "header_block_200kb",
    std("blk", "From: a@acme.example", *[f"X-Filler-{i}: " + "y" * 900 for i in range(220)]),
    "item",
    sender="a@acme.example",
)
add(
    "from_after_64kb",
    std("late", *[f"X-Pad-{i}: " + "z" * 900 for i in range(80)], "From: late@acme.example"),
    "rejection",
)
add(
    "10000_headers",
    std("many", "From: a@acme.example", *[f"X-H{i}: v" for i in range(10_000)]),
    "item",
)
add(
    "encoded_word_bomb",
    std("bomb", "From: a@acme.example", "Subject: " + "=?utf-8?Q?" + "=41" * 50_000 + "?="),
    "item",
)
add(
    "angle_brackets_nested",
    std("ang", "From: <<<<<<a@acme.example>>>>>>", "Subject: x"),
    "item",
)
add(
    "html_in_subject",
    std("html", "From: a@acme.example", "Subject: <b>bold</b><script>x</script>"),
    "item",
    subject="<b>bold</b><script>x</script>",
)
add(
    "crlf_injection_subject",
    std("inj", "From: a@acme.example", "Subject: =?utf-8?Q?a=0D=0ABcc:_evil@x?="),
    "item",
    subject="a Bcc: evil@x",
)

# -- automated mail -----------------------------------------------------------------------
add(
    "list_id",
    std("l1", "From: news@list.example", "List-Id: <news.list.example>", "Subject: digest"),
    "automated",
)
add(
    "precedence_bulk",
    std("l2", "From: shop@store.example", "Precedence: bulk", "Subject: sale"),
    "automated",
)
add("precedence_list", std("l3", "From: l@list.example", "Precedence: list"), "automated")
add("precedence_junk", std("l4", "From: j@spam.example", "Precedence: JUNK"), "automated")
add(
    "auto_submitted_replied",
    std("l5", "From: anna@acme.example", "Auto-Submitted: auto-replied", "Subject: Out of office"),
    "automated",
)
add(
    "auto_submitted_generated",
    std("l6", "From: ci@build.example", "Auto-Submitted: auto-generated; type=ci"),
    "automated",
)
add(
    "auto_submitted_no",
    std("l7", "From: anna@acme.example", "Auto-Submitted: no", "Subject: real"),
    "item",
    sender="anna@acme.example",
)
add(
    "precedence_first_class",
    std("l8", "From: anna@acme.example", "Precedence: first-class"),
    "item",
)

# -- more broken fields ---------------------------------------------------------------------
add(
    "date_absurd_zone",
    hdr("Date: Mon, 23 Nov 2026 10:00:00 +9999", "Message-ID: <az@c>", "From: a@acme.example"),
    "item",
)
add(
    "date_1970",
    hdr("Date: Thu, 01 Jan 1970 00:00:00 +0000", "Message-ID: <old@c>", "From: a@acme.example"),
    "item",
)
add(
    "message_id_10kb",
    hdr(BASE[0], "Message-ID: <" + "m" * 10_000 + "@c>", "From: a@acme.example"),
    "item",
)
add(
    "message_id_with_spaces",
    hdr(BASE[0], "Message-ID: <a b c@c>", "From: a@acme.example", "Subject: x"),
    "item",
)
add(
    "from_1000_addresses",
    std("k", "From: " + ", ".join(f"p{i}@acme.example" for i in range(1000)), "Subject: x"),
    "item",
    sender="p0@acme.example",
)
add(
    "cr_only_line_endings",
    b"From: cr@acme.example\rSubject: cr\rMessage-ID: <cr@c>\r\rbody\r",
    "item",
)
add(
    "bad_q_encoding",
    std("bq", "From: a@acme.example", "Subject: =?utf-8?Q?=ZZ=4?="),
    "item",
)
add(
    "utf16_encoded_word",
    std("u16", "From: a@acme.example", "Subject: " + b64word("Срочно", "utf-16")),
    "item",
    subject="Срочно",
)
add(
    "idn_punycode_sender",
    std("idn", "From: =?utf-8?B?0JDQvdC90LA=?= <anna@xn--80akhbyknj4f.xn--p1ai>"),
    "item",
    sender="anna@xn--80akhbyknj4f.xn--p1ai",
)
add(
    "non_ascii_header_name",
    (std("nah", "From: a@acme.example") + "S\u00fcbject: x").encode("utf-8"),
    "item",
)
add(
    "duplicate_subjects",
    std("dup", "From: a@acme.example", "Subject: first", "Subject: second"),
    "item",
    subject="first",
)
add(
    "nested_comments_within_cap",
    std("nest2", "From: " + "(" * 900 + "x" + ")" * 900 + " a@acme.example", "Subject: x"),
    "item",
    sender="a@acme.example",
)
add(
    "null_sender_bounce", std("nul2", "From: <>", "Return-Path: <>", "Subject: bounce"), "rejection"
)
add(
    "whitespace_only_subject",
    std("ws", "From: a@acme.example", "Subject:   \r\n \r\n\t"),
    "item",
    subject="",
)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    expected = {}
    for name, (raw, meta) in sorted(cases.items()):
        (OUT / f"{name}.eml").write_bytes(raw)
        expected[f"{name}.eml"] = meta
    (HERE / "expected.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(f"{len(cases)} messages in {OUT}")


if __name__ == "__main__":
    main()
