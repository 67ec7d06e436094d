"""The run lock: one run at a time, and a killed run's lock never blocks the next."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from scanner.lock import AlreadyRunning, RunLock

HOLD = """
import sys, time
from pathlib import Path
from scanner.lock import RunLock
lock = RunLock(Path(sys.argv[1])).acquire()
print("held", flush=True)
time.sleep(60)
"""


def hold_in_child(path) -> subprocess.Popen:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout.readline().strip() == "held"
    return child


def test_a_second_run_is_refused_while_the_first_holds_the_lock(tmp_path) -> None:
    path = tmp_path / "scrubs.lock"
    child = hold_in_child(path)
    try:
        with pytest.raises(AlreadyRunning, match=f"pid {child.pid}"):
            RunLock(path).acquire()
    finally:
        child.kill()
        child.wait()


def test_a_killed_run_leaves_a_stale_note_that_is_cleared(tmp_path) -> None:
    path = tmp_path / "scrubs.lock"
    child = hold_in_child(path)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    with RunLock(path) as lock:
        assert lock.stale is not None and lock.stale.pid == child.pid
    assert path.read_text() == ""


def test_sequential_runs_do_not_see_a_stale_lock(tmp_path) -> None:
    path = tmp_path / "scrubs.lock"
    with RunLock(path):
        pass
    with RunLock(path) as lock:
        assert lock.stale is None
    assert oct(path.stat().st_mode & 0o777) == "0o600"


def test_two_runs_started_at_once_never_overlap(tmp_path) -> None:
    path = tmp_path / "scrubs.lock"
    script = (
        "import sys, time\nfrom pathlib import Path\n"
        "from scanner.lock import RunLock, AlreadyRunning\n"
        "try:\n    lock = RunLock(Path(sys.argv[1])).acquire()\nexcept AlreadyRunning:\n"
        "    print('refused'); sys.exit(0)\nprint('ran'); time.sleep(1.5); lock.release()\n"
    )
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(path)], stdout=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    outcomes = sorted(run.communicate()[0].strip() for run in runs)
    assert outcomes == ["ran", "refused"]
