"""Install and remove the nightly run: a systemd user timer where there is systemd, else cron.

What is written is returned as text so the command can print exactly that. Entries carry a
marker so ``remove`` deletes only what ``install`` wrote. A systemd timer is preferred: it
catches up a run missed while the machine was off (``Persistent=true``) and logs to the
journal; cron is the fallback everywhere else.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from scanner.errors import BadConfig

MARKER = (
    "# scrubs-nightly (written by 'scrubs schedule install'; remove with 'scrubs schedule remove')"
)
UNIT = "scrubs-nightly"


@dataclass(frozen=True)
class Written:
    """A file or crontab line the installer wrote, for the user to see."""

    where: str
    text: str


def parse_time_of_day(value: str) -> tuple[int, int]:
    """``"02:30"`` -> (2, 30); anything else is a clear error."""
    match = re.fullmatch(r"([01]?\d|2[0-3]):([0-5]\d)", value.strip())
    if not match:
        raise BadConfig(f"time of day must be HH:MM (24-hour), not '{value}'")
    return int(match.group(1)), int(match.group(2))


def nightly_command(scrubs: str, config: Path | None) -> str:
    """The shell command the scheduler runs."""
    args = [scrubs, "nightly"] + (["--config", str(config)] if config else [])
    return shlex.join(args)


def cron_line(at: str, command: str, log: Path) -> str:
    """A crontab line running ``command`` daily at ``at``, appending output to ``log``."""
    hour, minute = parse_time_of_day(at)
    return f"{minute} {hour} * * * {command} >> {shlex.quote(str(log))} 2>&1"


def crontab_with(existing: str, line: str) -> str:
    """``existing`` with our entry replaced by ``line`` (added once, never twice)."""
    kept = crontab_without(existing).rstrip("\n")
    return (kept + "\n" if kept else "") + f"{MARKER}\n{line}\n"


def crontab_without(existing: str) -> str:
    """``existing`` with our marker and the line after it removed."""
    lines, out, skip = existing.splitlines(), [], False
    for line in lines:
        if line == MARKER:
            skip = True
            continue
        if skip:
            skip = False
            continue
        out.append(line)
    return "\n".join(out) + ("\n" if out else "")


def systemd_units(at: str, command: str) -> dict[str, str]:
    """The service and timer unit texts."""
    hour, minute = parse_time_of_day(at)
    service = (
        f"{MARKER}\n[Unit]\nDescription=scrubs nightly scan of social media accounts\n\n"
        f"[Service]\nType=oneshot\nExecStart={command}\nNice=10\n"
    )
    timer = (
        f"{MARKER}\n[Unit]\nDescription=Run the scrubs nightly scan daily\n\n"
        f"[Timer]\nOnCalendar=*-*-* {hour:02d}:{minute:02d}:00\nPersistent=true\n"
        f"RandomizedDelaySec=300\n\n[Install]\nWantedBy=timers.target\n"
    )
    return {f"{UNIT}.service": service, f"{UNIT}.timer": timer}


def systemd_dir() -> Path:
    """The user unit folder (``$XDG_CONFIG_HOME/systemd/user``)."""
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "systemd" / "user"


def has_user_systemd() -> bool:
    """True when ``systemctl --user`` can talk to a user manager."""
    if not shutil.which("systemctl"):
        return False
    probe = subprocess.run(
        ["systemctl", "--user", "is-system-running"], capture_output=True, text=True, check=False
    )
    return probe.returncode == 0 or probe.stdout.strip() in {"degraded", "starting"}


def install_systemd(at: str, command: str, enable: bool = True) -> list[Written]:
    """Write the units and, unless told not to, enable the timer now."""
    folder = systemd_dir()
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in systemd_units(at, command).items():
        (folder / name).write_text(text)
        written.append(Written(str(folder / name), text))
    if enable:
        for args in (["daemon-reload"], ["enable", "--now", f"{UNIT}.timer"]):
            subprocess.run(["systemctl", "--user", *args], check=True, capture_output=True)
    return written


def remove_systemd(disable: bool = True) -> list[str]:
    """Disable the timer and delete our units; returns what was removed."""
    if disable and shutil.which("systemctl"):
        subprocess.run(
            ["systemctl", "--user", "disable", "--now", f"{UNIT}.timer"],
            check=False,
            capture_output=True,
        )
    removed = []
    for name in (f"{UNIT}.service", f"{UNIT}.timer"):
        path = systemd_dir() / name
        if path.exists() and MARKER in path.read_text():
            path.unlink()
            removed.append(str(path))
    return removed


def _crontab_program() -> str:
    program = shutil.which("crontab")
    if not program:
        raise BadConfig("neither a systemd user session nor 'crontab' is available: install cron")
    return program


def read_crontab() -> str:
    """The user's crontab ('' when they have none)."""
    done = subprocess.run([_crontab_program(), "-l"], capture_output=True, text=True, check=False)
    return done.stdout if done.returncode == 0 else ""


def write_crontab(text: str) -> None:
    """Replace the user's crontab with ``text``."""
    subprocess.run(
        [_crontab_program(), "-"], input=text, text=True, check=True, capture_output=True
    )


def install_cron(at: str, command: str, log: Path) -> list[Written]:
    """Add (or replace) our crontab entry."""
    line = cron_line(at, command, log)
    write_crontab(crontab_with(read_crontab(), line))
    return [Written("crontab", f"{MARKER}\n{line}\n")]


def remove_cron() -> list[str]:
    """Remove our crontab entry, if present."""
    current = read_crontab()
    if MARKER not in current:
        return []
    write_crontab(crontab_without(current))
    return ["crontab entry"]
