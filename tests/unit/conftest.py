"""Shared fixtures for the unit tests of the Qt-free core."""

from __future__ import annotations

from datetime import time

import pytest

from office_hours.domain.model import BusinessHours, TimeRange, WeeklyWindows


@pytest.fixture
def office_week() -> WeeklyWindows:
    """Monday to Friday, 09:00-18:00."""
    day = (TimeRange(time(9), time(18)),)
    return WeeklyWindows(tuple((d, day) for d in range(1, 6)))


@pytest.fixture
def berlin_hours(office_week: WeeklyWindows) -> BusinessHours:
    return BusinessHours("Europe/Berlin", office_week)
