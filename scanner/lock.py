"""One scrubs run at a time per state store, safe under cron.

The lock is an ``fcntl.flock`` on a file beside the store. The kernel drops a flock when its
process dies however it dies (kill -9, OOM, power loss of the process), so a lock can never
outlive its run; what a killed run leaves behind is only the file's note (pid, start time,
host). A later run that finds such a note without the lock held reports it as a stale lock
from a run that did not finish, clears it, and goes on.
"""

from __future__ import annotations

import fcntl
import json
import os
import socket
import time
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from scanner.errors import ScrubsError


class AlreadyRunning(ScrubsError):  # noqa: N818 - reads as what happened
    """Another run holds the lock; this one must not start."""


@dataclass(frozen=True)
class Holder:
    """Who holds (or last held) a lock."""

    pid: int
    started: float
    host: str

    def describe(self) -> str:
        """``pid 123 on host, started 2026-11-23 02:00:00 UTC``."""
        when = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(self.started))
        return f"pid {self.pid} on {self.host}, started {when}"


def _read_holder(path: Path) -> Holder | None:
    try:
        data = json.loads(path.read_text() or "{}")
        return Holder(int(data["pid"]), float(data["started"]), str(data["host"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


class RunLock:
    """``with RunLock(path):`` runs the block only if no other run holds ``path``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.stale: Holder | None = None  # a killed run's note, found and cleared
        self._fd: int | None = None

    def acquire(self) -> RunLock:
        """Take the lock at once or raise ``AlreadyRunning`` naming the holder."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            holder = _read_holder(self.path)
            who = holder.describe() if holder else "another process"
            raise AlreadyRunning(
                f"another scrubs run is in progress ({who}); this run exits without scanning",
                path=self.path,
            ) from None
        self.stale = _read_holder(self.path)  # left by a run that died holding it
        me = Holder(os.getpid(), time.time(), socket.gethostname())
        os.ftruncate(fd, 0)
        os.write(fd, json.dumps(me.__dict__).encode())
        os.fsync(fd)
        self._fd = fd
        return self

    def release(self) -> None:
        """Clear the note, then drop the lock."""
        if self._fd is None:
            return
        os.ftruncate(self._fd, 0)
        fcntl.flock(self._fd, fcntl.LOCK_UN)
        os.close(self._fd)
        self._fd = None

    def __enter__(self) -> RunLock:
        return self.acquire()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
