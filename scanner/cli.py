"""The ``scrubs`` command line: parse options, call the library, map errors to exit codes.

Exit codes (``../shared/CONTRACT.md``): 0 scanned, 2 bad input or usage (one line on stderr,
no traceback), 1 an unexpected internal error. Each command lives in ``scanner/commands/``;
this module only assembles them and translates errors at the edge.
"""

from __future__ import annotations

import sys

import typer

from scanner.errors import ScrubsError

app = typer.Typer(
    name="scrubs",
    help="Find the posts a clinician should delete, locally.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,  # locals hold post text and tokens: never print them
    add_completion=False,
)


def _register() -> None:
    """Attach every command module; each owns its options."""
    from scanner.commands import model, scan

    scan.register(app)
    model.register(app)


def main() -> None:
    """Console-script entry point: run the app, turning ScrubsError into exit 2."""
    _register()
    try:
        app(standalone_mode=False)
    except ScrubsError as error:
        typer.echo(f"scrubs: {error.line()}", err=True)
        sys.exit(2)
    except (typer.Exit, SystemExit) as done:
        code = getattr(done, "exit_code", getattr(done, "code", 0))
        sys.exit(code if isinstance(code, int) else 0)
    except typer.Abort:
        typer.echo("scrubs: aborted", err=True)
        sys.exit(130)
    except Exception as error:  # click usage errors arrive here too
        import click

        if isinstance(error, click.exceptions.ClickException):
            error.show()
            sys.exit(2)
        typer.echo(f"scrubs: internal error ({type(error).__name__}); please report it", err=True)
        sys.exit(1)
