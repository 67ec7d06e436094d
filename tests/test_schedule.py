"""Installing and removing the nightly schedule: exactly what is written, removed cleanly."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.errors import BadConfig
from scanner.schedule import (
    MARKER,
    cron_line,
    crontab_with,
    crontab_without,
    install_systemd,
    nightly_command,
    remove_systemd,
    systemd_units,
)

COMMAND = nightly_command(
    "/opt/scrubs/.venv/bin/scrubs", Path("/home/dr/.config/scrubs/scrubs.toml")
)


def test_cron_line() -> None:
    assert cron_line("02:30", COMMAND, Path("/tmp/scrubs.log")) == (
        "30 2 * * * /opt/scrubs/.venv/bin/scrubs nightly --config "
        "/home/dr/.config/scrubs/scrubs.toml >> /tmp/scrubs.log 2>&1"
    )


@pytest.mark.parametrize(
    "existing", ["", "0 5 * * * backup\n", f"0 5 * * * backup\n{MARKER}\n1 1 * * * old\n"]
)
def test_crontab_gains_our_entry_once_and_loses_only_ours(existing: str) -> None:
    line = cron_line("03:00", COMMAND, Path("/tmp/s.log"))
    added = crontab_with(crontab_with(existing, line), line)
    assert added.count(MARKER) == 1 and added.count(line) == 1
    assert "backup" in added or "backup" not in existing
    assert MARKER not in crontab_without(added) and "old" not in crontab_without(added)


@pytest.mark.parametrize("bad", ["25:00", "2:3", "noon", ""])
def test_bad_time_of_day(bad: str) -> None:
    with pytest.raises(BadConfig, match="HH:MM"):
        cron_line(bad, COMMAND, Path("/tmp/x"))


def test_systemd_units_are_written_and_removed(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    written = install_systemd("02:15", COMMAND, enable=False)
    assert {Path(w.where).name for w in written} == {
        "scrubs-nightly.service",
        "scrubs-nightly.timer",
    }
    timer = (tmp_path / "systemd/user/scrubs-nightly.timer").read_text()
    assert "OnCalendar=*-*-* 02:15:00" in timer and "Persistent=true" in timer
    assert f"ExecStart={COMMAND}" in systemd_units("02:15", COMMAND)["scrubs-nightly.service"]
    assert len(remove_systemd(disable=False)) == 2
    assert not list((tmp_path / "systemd/user").iterdir())
