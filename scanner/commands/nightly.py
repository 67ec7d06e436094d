"""``scrubs nightly``, ``scrubs schedule install|remove`` and ``scrubs history``."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Annotated

import typer

from scanner.cli import VerboseOption
from scanner.logs import setup_logging

ConfigOption = Annotated[
    Path | None,
    typer.Option("--config", help="scrubs.toml (default: $SCRUBS_CONFIG or the user config dir)."),
]
schedule_app = typer.Typer(
    help="Run 'scrubs nightly' every night (systemd user timer or cron).", no_args_is_help=True
)


def nightly_command(config: ConfigOption = None, verbose: VerboseOption = False) -> None:
    """Scan what is new on every watched account, alert about new risky posts, and exit.

    Exit status for monitors: 0 all well, 3 an account failed or an alert is still undelivered
    (it is retried next run), 2 bad configuration. A second run while one is going exits at
    once with status 0 and says so.

    Example: scrubs nightly --config ~/.config/scrubs/scrubs.toml
    """
    from scanner.lock import AlreadyRunning
    from scanner.nightly import run_nightly
    from scanner.nightly_config import load_config

    setup_logging(verbose=verbose)
    settings = load_config(config)
    try:
        result = run_nightly(settings)
    except AlreadyRunning as busy:
        typer.echo(f"scrubs: {busy.line()}", err=True)
        raise typer.Exit(0) from None
    for note in result.notes:
        typer.echo(f"note: {note}", err=True)
    for account in result.accounts:
        line = f"{account['label']}: {account['status']}, {account.get('posts', 0)} new post(s)"
        if account.get("requests") is not None:
            line += f", {account['requests']} API request(s)"
        if account.get("error"):
            line += f" ({account['error']})"
        typer.echo(line)
    for delivery in result.deliveries:
        typer.echo(
            f"alerts by {delivery.channel}: {delivery.sent} sent ({delivery.items} post(s))"
            + (f", {delivery.failed} kept for retry" if delivery.failed else "")
        )
        for error in delivery.errors:
            typer.echo(f"  {error}", err=True)
    if result.report:
        typer.echo(f"Report: {result.report}")
    sys.stdout.flush()
    raise typer.Exit(result.exit_code)


def install_command(
    at: Annotated[
        str, typer.Option("--at", help="Time of day, HH:MM (24-hour, local time).")
    ] = "02:30",
    config: ConfigOption = None,
    cron: Annotated[
        bool, typer.Option("--cron", help="Use cron even where systemd is available.")
    ] = False,
) -> None:
    """Install the nightly run and print exactly what was written.

    Example: scrubs schedule install --at 03:15 --config ~/.config/scrubs/scrubs.toml
    """
    from scanner import schedule
    from scanner.config import settings

    scrubs = shutil.which("scrubs") or str(Path(sys.argv[0]).resolve())
    command = schedule.nightly_command(scrubs, config.resolve() if config else None)
    if not cron and schedule.has_user_systemd():
        written = schedule.install_systemd(at, command)
    else:
        log = settings().data_dir / "nightly.log"
        written = schedule.install_cron(at, command, log)
    for item in written:
        typer.echo(f"== {item.where}\n{item.text}")


def remove_command() -> None:
    """Remove what 'scrubs schedule install' wrote (systemd units and/or crontab entry)."""
    from scanner import schedule

    removed = schedule.remove_systemd()
    if shutil.which("crontab"):
        removed += schedule.remove_cron()
    typer.echo("\n".join(f"removed {r}" for r in removed) or "nothing was scheduled")


def history_command(
    limit: Annotated[int, typer.Option("--limit", "-n", help="How many runs.")] = 10,
    db: Annotated[Path | None, typer.Option("--db", help="The state store.")] = None,
) -> None:
    """Print the last nightly runs: when, per-account counts and errors, alerts sent."""
    from scanner.config import settings
    from scanner.nightly import history
    from scanner.store import Store

    with Store(db or settings().db_path) as store:
        runs = history(store, limit)
    if not runs:
        typer.echo("no nightly runs recorded yet")
    for run in runs:
        typer.echo(f"{run['started_at']} -> {run['finished_at']}  (scan run {run['run_id']})")
        for account in run["accounts"]:
            typer.echo(
                f"  {account['label']}: {account['status']}, {account.get('posts', 0)} new"
                + (f" ({account['error']})" if account.get("error") else "")
            )
        for delivery in run["deliveries"]:
            typer.echo(
                f"  alerts by {delivery['channel']}: {delivery['sent']} sent, "
                f"{delivery['failed']} pending"
            )


def register(app: typer.Typer) -> None:
    """Attach ``nightly``, ``schedule`` and ``history``."""
    app.command("nightly")(nightly_command)
    schedule_app.command("install")(install_command)
    schedule_app.command("remove")(remove_command)
    app.add_typer(schedule_app, name="schedule")
    app.command("history")(history_command)
