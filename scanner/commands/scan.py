"""``scrubs scan``: read exports (and, as they land, live sources), score every post, write
the results JSON, the HTML report and the CSV.

Options for live sources (``--x-user``, ``--facebook-page`` ...) are added here by building
``ApiConnector`` instances into ``ScanRequest.live``; the pipeline treats them like exports.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from scanner.cli import DbOption, RosterOption, VerboseOption
from scanner.logs import setup_logging
from scanner.pipeline import NoProgress, ScanRequest, ScanSummary, scan

DEFAULT_REPORT = Path("report.html")


class RichProgress:
    """A live bar on stderr: posts counted per source (the total is unknown while streaming)."""

    def __init__(self, console: Console) -> None:
        self._progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("posts"),
            TimeElapsedColumn(),
            console=console,
            transient=False,
        )
        self._task: int | None = None

    def start(self, label: str) -> None:
        """Begin a bar for one source."""
        if self._task is None:
            self._progress.start()
        self._task = self._progress.add_task(label, total=None)

    def advance(self, posts: int) -> None:
        """Count stored posts."""
        if self._task is not None:
            self._progress.advance(self._task, posts)

    def finish(self) -> None:
        """Mark the source done (the bar stays, showing its count)."""
        if self._task is not None:
            done = self._progress.tasks[-1].completed
            self._progress.update(self._task, total=done, completed=done)

    def close(self) -> None:
        """Stop redrawing."""
        self._progress.stop()


def scan_command(
    sources: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Exports to scan: X archive or Facebook JSON export, as .zip or folder.",
            show_default=False,
        ),
    ] = None,
    roster: RosterOption = None,
    json_path: Annotated[
        Path | None,
        typer.Option("--json", help="Write the results JSON (every post, riskiest first)."),
    ] = None,
    report_path: Annotated[
        Path | None,
        typer.Option("--report", help="Write the HTML report."),
    ] = None,
    csv_path: Annotated[
        Path | None,
        typer.Option(
            "--csv",
            help="Write the ranked list as CSV (posts to delete or review).",
        ),
    ] = None,
    db: DbOption = None,
    x_user: Annotated[
        list[str] | None,
        typer.Option("--x-user", help="Also fetch this X account's newest posts (X_BEARER_TOKEN).",
                     show_default=False),
    ] = None,
    facebook_me: Annotated[
        bool,
        typer.Option("--facebook-me",
                     help="Also fetch your Facebook posts (FACEBOOK_ACCESS_TOKEN)."),
    ] = False,
    facebook_page: Annotated[
        list[str] | None,
        typer.Option("--facebook-page", help="Also fetch this Facebook Page's posts (Page token).",
                     show_default=False),
    ] = None,
    mastodon_account: Annotated[
        list[str] | None,
        typer.Option("--mastodon-account", help="Also fetch user@instance from Mastodon.",
                     show_default=False),
    ] = None,
    bluesky_handle: Annotated[
        list[str] | None,
        typer.Option("--bluesky-handle", help="Also fetch this Bluesky account.",
                     show_default=False),
    ] = None,
    verbose: VerboseOption = False,
) -> None:
    """Scan exports and write a ranked, explained report of what to delete.

    Live sources (--x-user, --facebook-me, --facebook-page, --mastodon-account,
    --bluesky-handle) fetch only what is newer than the last scan; credentials come from
    environment variables or the OS keyring, never from the command line (docs/live-sources.md).

    Without --json, --report or --csv, writes report.html in the current directory.

    Example: scrubs scan twitter-2024.zip facebook-export/ --roster patients.csv --json results.json
    """
    if verbose:
        setup_logging(verbose=True)
    if json_path is None and report_path is None and csv_path is None:
        report_path = DEFAULT_REPORT
    from scanner.connectors.live import live_connectors

    live = live_connectors(
        x_users=x_user or (), facebook_me=facebook_me, facebook_pages=facebook_page or (),
        mastodon_accounts=mastodon_account or (), bluesky_handles=bluesky_handle or (),
    )  # fmt: skip
    request = ScanRequest(
        sources=tuple(sources or ()),
        live=tuple(live),
        roster=roster,
        json_path=json_path,
        report_path=report_path,
        csv_path=csv_path,
        db_path=db,
    )
    console = Console(stderr=True)
    if console.is_terminal and not verbose:
        progress = RichProgress(console)
        try:
            summary = scan(request, progress)
        finally:
            progress.close()
    else:
        summary = scan(request, NoProgress())
    _print_summary(summary)


def _print_summary(summary: ScanSummary) -> None:
    """What was scanned and where the outputs are, on stdout (warnings went to stderr)."""
    actions = summary.by_action
    accounts = ", ".join(f"{a.platform}:@{a.handle}" for a in summary.accounts)
    typer.echo(
        f"Scanned {summary.posts} posts ({summary.new_posts} new) from {accounts}: "
        f"{actions.get('delete', 0)} to delete, {actions.get('review', 0)} to review, "
        f"{actions.get('keep', 0)} to keep."
    )
    if summary.roster_used:
        typer.echo(
            f"Checked {summary.links} connections against the roster: "
            f"{summary.matched_links} look like patients."
        )
    else:
        typer.echo(
            f"{summary.links} connections stored; no --roster, "
            "so none were checked against patients."
        )
    for account in summary.accounts:
        if account.requests is not None:
            typer.echo(f"{account.source}: {account.requests} API request(s)")
    for path in summary.outputs:
        typer.echo(f"Wrote {path.resolve()}")
    typer.echo(f"State store: {summary.db_path}")
    sys.stdout.flush()


def register(app: typer.Typer) -> None:
    """Attach the command to the app."""
    app.command("scan")(scan_command)
