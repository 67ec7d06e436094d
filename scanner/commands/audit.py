"""``scrubs audit``: scan many consenting staff accounts in parallel for a compliance office.

Parses options, shows progress (a rich display on a terminal: an overall bar and one status
line per person being scanned; plain lines otherwise), calls ``scanner.audit.run_audit``, and
prints where the overview is. Exit 0 when the audit ran, even if some people failed (the
overview lists them); exit 2 for an unusable staff file or roster.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

from scanner.cli import DbOption, RosterOption, VerboseOption
from scanner.logs import setup_logging

if TYPE_CHECKING:  # the audit machinery is imported by the command, not by every CLI start
    from scanner.audit import AuditSummary

_MARKS = {"done": "✓", "failed": "✗", "skipped": "–", "queued": "·", "scanning": "…"}


class RichAuditProgress:
    """Overall bar plus a live line per person being scanned; finished people print above."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self._progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[unit]}"),
            TimeElapsedColumn(),
            console=console,
            transient=False,
        )
        self._overall: TaskID | None = None
        self._people: dict[str, TaskID] = {}

    def begin(self, total: int, done: int) -> None:
        """Start the overall bar."""
        self._progress.start()
        self._overall = self._progress.add_task("staff", total=total, completed=done, unit="people")

    def update(self, staff_id: str, status: str, detail: str = "") -> None:
        """Show a status change."""
        if status == "scanning" and staff_id not in self._people:
            self._people[staff_id] = self._progress.add_task(
                f"  {staff_id} scanning", total=None, unit="posts"
            )
            return
        if status in ("done", "failed", "skipped") or (status == "queued" and detail):
            task = self._people.pop(staff_id, None)
            if task is not None:
                self._progress.remove_task(task)
            line = f"{_MARKS.get(status, ' ')} {staff_id} {status}"
            self._progress.console.print(f"{line}: {detail}" if detail else line, markup=False)
            if status in ("done", "failed") and self._overall is not None:
                self._progress.advance(self._overall)

    def posts(self, staff_id: str, count: int) -> None:
        """Count a person's stored posts."""
        task = self._people.get(staff_id)
        if task is not None:
            self._progress.advance(task, count)

    def end(self) -> None:
        """Stop redrawing."""
        self._progress.stop()


class LineAuditProgress:
    """One line per finished, failed or skipped person (pipes, CI, logs)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.total = 0
        self.finished = 0

    def begin(self, total: int, done: int) -> None:
        """Say how many people there are."""
        self.total, self.finished = total, done
        if done:
            self._write(f"resuming: {done} of {total} people already done")

    def update(self, staff_id: str, status: str, detail: str = "") -> None:
        """A line for every final status."""
        if status in ("done", "failed"):
            self.finished += 1
            self._write(f"[{self.finished}/{self.total}] {staff_id} {status}: {detail}")
        elif status == "skipped":
            self._write(f"{staff_id} skipped: {detail}")

    def posts(self, staff_id: str, count: int) -> None:
        """Not shown line by line."""

    def end(self) -> None:
        """Nothing to close."""

    def _write(self, text: str) -> None:
        self.stream.write(text + "\n")
        self.stream.flush()


def audit_command(
    staff: Annotated[
        Path,
        typer.Argument(help="Staff CSV: staff_id, name, department, role, consent_date, sources."),
    ],
    out: Annotated[
        Path,
        typer.Option("--out", help="Output folder: overview.html, people.csv, people/<id>/."),
    ],
    roster: RosterOption = None,
    db: DbOption = None,
    workers: Annotated[
        int | None,
        typer.Option("--workers", min=1, help="Worker processes (default: one per CPU core)."),
    ] = None,
    max_people: Annotated[
        int | None,
        typer.Option(
            "--max-people",
            min=1,
            help="Stop after this many people; run again to continue (a trial run).",
        ),
    ] = None,
    restart: Annotated[
        bool,
        typer.Option("--restart", help="Abandon an unfinished audit of this file and start anew."),
    ] = False,
    verbose: VerboseOption = False,
) -> None:
    """Audit the accounts of consenting staff: a private report per person, a redacted overview.

    Example: scrubs audit staff.csv --out audit-2026-11 --roster patients.csv
    """
    from scanner.audit import AuditRequest, run_audit

    if verbose:
        setup_logging(verbose=True)
    request = AuditRequest(
        staff_path=staff,
        out_dir=out,
        roster=roster,
        db_path=db,
        workers=workers,
        max_people=max_people,
        restart=restart,
        verbose=verbose,
    )
    console = Console(stderr=True)
    if console.is_terminal and not verbose:
        summary = run_audit(request, RichAuditProgress(console))
    else:
        summary = run_audit(request, LineAuditProgress(sys.stderr))
    _print_summary(summary)


def _print_summary(summary: AuditSummary) -> None:
    people = summary.people
    actions = summary.by_action
    verb = "Resumed" if summary.resumed else "Ran"
    typer.echo(
        f"{verb} audit #{summary.audit_id}: {people.get('done', 0)} people scanned "
        f"({summary.scanned_now} now, {summary.kept} earlier), {people.get('skipped', 0)} "
        f"skipped, {people.get('failed', 0)} failed; {summary.posts} posts, "
        f"{actions.get('delete', 0)} to delete, {actions.get('review', 0)} to review."
    )
    for problem in summary.problems:
        typer.echo(f"Staff file {problem} (row skipped)")
    if not summary.complete:
        waiting = people.get("queued", 0) + people.get("scanning", 0)
        typer.echo(
            f"Stopped with {waiting} people still to scan: run the same command again to continue."
        )
    if summary.previous_audit_id:
        typer.echo(f"Compared with audit #{summary.previous_audit_id} (see the overview).")
    for path in summary.outputs:
        typer.echo(f"Wrote {path}")
    typer.echo(f"Per-person reports: {summary.out_dir / 'people'}")
    typer.echo(f"State store: {summary.db_path}")
    sys.stdout.flush()


def register(app: typer.Typer) -> None:
    """Attach the command to the app."""
    app.command("audit")(audit_command)
