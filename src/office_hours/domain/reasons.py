"""Readable reasons for every decision, as translatable templates with parameters.

The domain cannot import Qt, so templates are marked with a no-op `QT_TRANSLATE_NOOP`
that `pyside6-lupdate` recognises; the UI and CLI translate them when rendering.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

CONTEXT = "Reason"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate knows
    return text


REACHABLE = QT_TRANSLATE_NOOP("Reason", "You are reachable: delivered now")
REACHABLE_OUTSIDE_WINDOW = QT_TRANSLATE_NOOP(
    "Reason", "Delivered (you are reachable), but outside the agreed {channel} window"
)
FOCUS_HELD = QT_TRANSLATE_NOOP("Reason", "Held: you are in focus until {until}")
FOCUS_HELD_OPEN = QT_TRANSLATE_NOOP("Reason", "Held: you are in focus")
OFF_HOURS_HELD = QT_TRANSLATE_NOOP("Reason", "Held until business hours ({next_open}): off hours")
OFF_HOURS_NEVER = QT_TRANSLATE_NOOP(
    "Reason",
    "Held until business hours ({next_open}): {client}'s terms allow no contact after hours",
)
URGENT_WORD = QT_TRANSLATE_NOOP("Reason", "Urgent word: {word}")
VIP_SENDER = QT_TRANSLATE_NOOP("Reason", "VIP sender: {sender}")
REPEATED = QT_TRANSLATE_NOOP("Reason", "{count} contacts from {client} in {minutes} min")
SURCHARGE_THROUGH = QT_TRANSLATE_NOOP(
    "Reason", "Through after hours with a {percent}% surcharge ({client}'s terms)"
)
BREAKS_FOCUS = QT_TRANSLATE_NOOP("Reason", "Breaks through focus: {why}")
BREAKS_OFF_HOURS = QT_TRANSLATE_NOOP("Reason", "Breaks through off hours: {why}")

# Why held items came back, and the one-line summary of a release.
RELEASE_BATCH = QT_TRANSLATE_NOOP("Reason", "Batch time {time}")
RELEASE_FOCUS_ENDED = QT_TRANSLATE_NOOP("Reason", "Focus ended")
RELEASE_OFF_HOURS_ENDED = QT_TRANSLATE_NOOP("Reason", "Business hours began")
RELEASE_ON_DEMAND = QT_TRANSLATE_NOOP("Reason", "You asked for them")
RELEASE_SUMMARY = QT_TRANSLATE_NOOP("Reason", "{count} waiting: {clients}")


@dataclass(frozen=True, slots=True)
class Reason:
    template: str
    params: tuple[tuple[str, Any], ...] = field(default=())

    @classmethod
    def of(cls, template: str, **params: Any) -> Reason:
        return cls(template, tuple(sorted(params.items())))

    def render(self, translate: Any = None) -> str:
        """English text, or translated when given `translate(context, text) -> str`."""
        params = {k: (v.render(translate) if isinstance(v, Reason) else v) for k, v in self.params}
        template = translate(CONTEXT, self.template) if translate else self.template
        return template.format(**params)

    def __str__(self) -> str:
        return self.render()

    def to_json(self) -> dict[str, Any]:
        return {
            "template": self.template,
            "params": {k: (v.to_json() if isinstance(v, Reason) else v) for k, v in self.params},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Reason:
        params = {
            k: (cls.from_json(v) if isinstance(v, dict) else v)
            for k, v in data.get("params", {}).items()
        }
        return cls.of(data["template"], **params)
