"""Weekly focus blocks: focus inside them (within business hours), and the change times."""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from office_hours.config.load import ConfigError, parse_config
from office_hours.domain.model import (
    BusinessHours,
    ModeKind,
    ModeSetting,
    TimeRange,
    WeeklyWindows,
)
from office_hours.domain.schedule import effective_mode, schedule_change, scheduled_mode

BZ = ZoneInfo("Europe/Berlin")


def berlin(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=BZ)  # 16 Nov 2026 is a Monday


@pytest.fixture
def hours(office_week: WeeklyWindows) -> BusinessHours:
    # Mon-Fri 09:00-12:00, and a Saturday block that must not make Saturday a work day.
    block = (TimeRange(time(9), time(12)),)
    blocks = WeeklyWindows((*((d, block) for d in range(1, 6)), (6, block)))
    return BusinessHours("Europe/Berlin", office_week, blocks)


def test_a_block_is_focus_and_ends_into_reachable(hours: BusinessHours) -> None:
    mode = effective_mode(ModeSetting(None), hours, berlin(16, 10))
    assert (mode.kind, mode.until, mode.manual) == (ModeKind.FOCUS, berlin(16, 12), False)
    after = effective_mode(ModeSetting(None), hours, berlin(16, 12))
    assert (after.kind, after.until) == (ModeKind.REACHABLE, berlin(16, 18))
    before = effective_mode(ModeSetting(None), hours, berlin(16, 8))
    assert (before.kind, before.until) == (ModeKind.OFF_HOURS, berlin(16, 9))


def test_a_block_outside_business_hours_changes_nothing(hours: BusinessHours) -> None:
    assert scheduled_mode(berlin(21, 10), hours) is ModeKind.OFF_HOURS  # Saturday
    # Friday evening: the next change is Monday 09:00, straight into the block.
    assert schedule_change(berlin(20, 19), hours) == berlin(23, 9)
    assert scheduled_mode(berlin(23, 9), hours) is ModeKind.FOCUS


def test_reachable_chosen_in_a_block_lasts_until_the_block_ends(hours: BusinessHours) -> None:
    setting = ModeSetting(ModeKind.REACHABLE, None, berlin(16, 10))
    mode = effective_mode(setting, hours, berlin(16, 11))
    assert (mode.kind, mode.until, mode.manual) == (ModeKind.REACHABLE, berlin(16, 12), True)
    assert effective_mode(setting, hours, berlin(17, 10)).kind is ModeKind.FOCUS


def test_focus_blocks_are_validated_with_the_key_and_line(tmp_path: Path) -> None:
    text = '[focus]\nblocks = { moonday = ["09:00-12:00"] }\n'
    with pytest.raises(ConfigError) as err:
        parse_config(text, tmp_path / "config.toml")
    assert err.value.key == "focus.blocks"
    assert err.value.line == 2
    assert "moonday" in err.value.message
