"""The presence manager with fake targets: the crash file, idempotence, failure states, and
the original prior state kept across a crash while still in focus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from office_hours.presence.base import PresenceError, Saved
from office_hours.presence.manager import FILE_NAME, PresenceManager


class FakeDnd:
    """A target with one on/off value, like dunst's pause; counts the calls it gets."""

    def __init__(self, name: str = "fake", on: bool = False, problem: str | None = None) -> None:
        self.name, self.label = name, name.title()
        self.on, self.problem = on, problem
        self.engaged = self.restored = 0
        self.fail_engage: str | None = None
        self.fail_restore: str | None = None

    def check(self) -> str | None:
        return self.problem

    def engage(self) -> Saved:
        if self.fail_engage:
            raise PresenceError(self.fail_engage)
        self.engaged += 1
        prior = self.on
        self.on = True
        return {"on": prior}

    def restore(self, saved: Saved) -> None:
        if self.fail_restore:
            raise PresenceError(self.fail_restore)
        self.restored += 1
        self.on = bool(saved["on"])


def _file(tmp_path: Path) -> dict[str, object]:
    data = json.loads((tmp_path / FILE_NAME).read_text())
    targets = data["targets"]
    assert isinstance(targets, dict)
    return targets


def test_focus_engages_and_saves_then_leaving_restores_and_clears(tmp_path: Path) -> None:
    target = FakeDnd()
    seen: list[tuple[str, str, str]] = []
    manager = PresenceManager([target], tmp_path, lambda *state: seen.append(state))
    manager.recover(False)
    assert not (tmp_path / FILE_NAME).exists()
    assert manager.states == {"fake": "ready"}

    manager.apply(True)
    assert target.on
    assert _file(tmp_path) == {"fake": {"state": "engaged", "saved": {"on": False}}}
    assert manager.states["fake"] == "on while you focus"
    assert seen[-1] == ("fake", "Fake", "on while you focus")

    manager.apply(False)
    assert not target.on
    assert not (tmp_path / FILE_NAME).exists()
    assert manager.states["fake"] == "ready"


def test_repeated_calls_change_nothing(tmp_path: Path) -> None:
    target = FakeDnd()
    manager = PresenceManager([target], tmp_path)
    manager.apply(True)
    manager.apply(True)
    assert target.engaged == 1
    manager.apply(False)
    manager.apply(False)
    assert target.restored == 1


def test_an_already_on_state_is_put_back_as_it_was(tmp_path: Path) -> None:
    target = FakeDnd(on=True)  # the user had paused notifications before focus
    manager = PresenceManager([target], tmp_path)
    manager.apply(True)
    manager.apply(False)
    assert target.on is True


def test_a_kill_in_focus_is_restored_at_the_next_start(tmp_path: Path) -> None:
    target = FakeDnd()
    PresenceManager([target], tmp_path).apply(True)  # ... and the app is killed here
    assert target.on

    restarted = FakeDnd()  # a new process: same target, state still "on"
    restarted.on = True
    PresenceManager([restarted], tmp_path).recover(False)
    assert restarted.on is False
    assert not (tmp_path / FILE_NAME).exists()


def test_after_a_kill_still_in_focus_the_original_prior_state_is_kept(tmp_path: Path) -> None:
    target = FakeDnd()
    PresenceManager([target], tmp_path).apply(True)  # killed in focus

    again = FakeDnd(on=True)
    PresenceManager([again], tmp_path).recover(True)  # focus still holds
    assert again.on is True
    assert _file(tmp_path) == {"fake": {"state": "engaged", "saved": {"on": False}}}
    PresenceManager([again], tmp_path).recover(False)
    assert again.on is False  # the state from before the first focus, not "on"


def test_a_failed_restore_keeps_the_saved_state_and_never_saves_ours(tmp_path: Path) -> None:
    target = FakeDnd()
    manager = PresenceManager([target], tmp_path)
    manager.apply(True)
    target.fail_restore = "the server is unreachable"
    manager.apply(False)
    assert manager.states["fake"] == (
        "could not restore the previous state: the server is unreachable"
    )
    assert _file(tmp_path) == {"fake": {"state": "engaged", "saved": {"on": False}}}

    manager.apply(True)  # focus again while the old state is still saved: no new engage
    assert target.engaged == 1
    target.fail_restore = None
    manager.apply(False)
    assert target.on is False
    assert not (tmp_path / FILE_NAME).exists()


def test_a_target_that_cannot_run_says_why_and_is_not_engaged(tmp_path: Path) -> None:
    broken = FakeDnd("dunst", problem="dunstctl is not installed")
    fine = FakeDnd("other")
    manager = PresenceManager([broken, fine], tmp_path)
    manager.recover(True)
    assert broken.engaged == 0
    assert fine.on
    assert manager.states == {"dunst": "dunstctl is not installed", "other": "on while you focus"}
    assert set(_file(tmp_path)) == {"other"}


def test_a_failed_engage_is_a_state_and_leaves_no_entry(tmp_path: Path) -> None:
    target = FakeDnd()
    target.fail_engage = "token refused"
    manager = PresenceManager([target], tmp_path)
    manager.apply(True)
    assert manager.states["fake"] == "could not turn on: token refused"
    assert not (tmp_path / FILE_NAME).exists()


def test_an_unexpected_exception_is_a_state_too(tmp_path: Path) -> None:
    target = FakeDnd()

    def explode() -> Saved:
        raise RuntimeError("bug")

    target.engage = explode  # type: ignore[method-assign]
    manager = PresenceManager([target], tmp_path)
    manager.apply(True)
    assert manager.states["fake"] == "could not turn on: bug"


def test_a_kill_during_engage_is_reported_and_dropped(tmp_path: Path) -> None:
    (tmp_path / FILE_NAME).write_text(
        json.dumps({"version": 1, "targets": {"fake": {"state": "engaging"}}})
    )
    target = FakeDnd()
    manager = PresenceManager([target], tmp_path)
    manager.recover(False)
    assert target.restored == 0
    assert "stopped while turning this on" in manager.states["fake"]
    assert not (tmp_path / FILE_NAME).exists()


def test_a_saved_state_of_a_target_no_longer_configured_is_kept(tmp_path: Path) -> None:
    PresenceManager([FakeDnd("slack")], tmp_path).apply(True)
    manager = PresenceManager([FakeDnd()], tmp_path)
    manager.recover(False)
    assert "no longer configured" in manager.states["slack"]
    assert set(_file(tmp_path)) == {"slack"}


@pytest.mark.parametrize("text", ["", "{not json", '{"targets": []}', "[]"])
def test_a_damaged_file_reads_as_empty(tmp_path: Path, text: str) -> None:
    (tmp_path / FILE_NAME).write_text(text)
    target = FakeDnd()
    manager = PresenceManager([target], tmp_path)
    manager.recover(True)
    assert target.on
    assert _file(tmp_path) == {"fake": {"state": "engaged", "saved": {"on": False}}}


def test_an_unwritable_state_dir_engages_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    target = FakeDnd()
    manager = PresenceManager([target], blocker / "sub")  # a directory under a file
    manager.apply(True)
    assert target.on is False
    assert "cannot be saved" in manager.states["fake"]


class ReadableDnd(FakeDnd):
    """Offers prior(): the manager saves it before engage, so a kill inside engage is safe."""

    def __init__(self, state_dir: Path, on: bool = False) -> None:
        super().__init__(on=on)
        self.state_dir = state_dir
        self.file_during_engage: object = None

    def prior(self) -> Saved:
        return {"on": self.on}

    def engage(self) -> Saved:
        self.file_during_engage = _file(self.state_dir)
        return super().engage()


def test_a_readable_prior_state_is_saved_before_engaging(tmp_path: Path) -> None:
    target = ReadableDnd(tmp_path)
    PresenceManager([target], tmp_path).apply(True)
    assert target.file_during_engage == {"fake": {"state": "engaging", "saved": {"on": False}}}
    assert _file(tmp_path) == {"fake": {"state": "engaged", "saved": {"on": False}}}


def test_a_kill_inside_engage_is_restored_when_the_prior_state_was_read(tmp_path: Path) -> None:
    entry = {"state": "engaging", "saved": {"on": False}}
    (tmp_path / FILE_NAME).write_text(json.dumps({"version": 1, "targets": {"fake": entry}}))
    target = ReadableDnd(tmp_path, on=True)  # engage had turned it on when the kill came
    manager = PresenceManager([target], tmp_path)
    manager.recover(True)  # still in focus: restored first, then engaged again
    assert target.on is True
    assert _file(tmp_path) == {"fake": {"state": "engaged", "saved": {"on": False}}}
    manager.apply(False)
    assert target.on is False
