"""The ``scrubs`` command line: parse options, call the library, map errors to exit codes.

Exit codes (``../shared/CONTRACT.md``): 0 scanned, 2 bad input or usage (one line on stderr,
no traceback), 1 an unexpected internal error. Each command lives in ``scanner/commands/``
and exposes ``register(app)``; this module only assembles them, declares the options several
commands share, and translates errors at the edge, in :class:`ScrubsGroup`, so the mapping
holds for every command and under ``typer.testing.CliRunner`` as well as the console script.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from scanner.errors import ScrubsError
from scanner.logs import is_verbose, setup_logging


class ScrubsGroup(TyperGroup):
    """The command group: every exit of every command goes through here.

    ``ScrubsError`` -> one stderr line and exit 2; usage errors -> one stderr line and exit 2;
    anything else -> one stderr line and exit 1 (frames only with ``-v``).
    """

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        """Run the command line; the exit code is returned, or passed to ``sys.exit``."""
        try:
            result = super().main(
                args=args,
                prog_name=prog_name,
                complete_var=complete_var,
                standalone_mode=False,  # an Exit inside comes back as its code
                **extra,
            )
            code = result if isinstance(result, int) else 0
        except typer.Abort:
            typer.echo("scrubs: aborted", err=True)
            code = 130
        except typer.TyperException as error:  # click's usage errors (typer vendors click)
            typer.echo(f"scrubs: {_usage_line(error)}", err=True)
            code = int(getattr(error, "exit_code", 2))
        if standalone_mode:
            sys.exit(code)
        return code

    def invoke(self, ctx: typer.Context) -> Any:
        """Run the sub-command, translating our errors; typer's own (usage, exit) pass."""
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort, typer.TyperException):
            raise
        except ScrubsError as error:
            typer.echo(f"scrubs: {error.line()}", err=True)
            ctx.exit(2)
        except KeyboardInterrupt:
            typer.echo("scrubs: interrupted; everything stored so far is kept", err=True)
            ctx.exit(130)
        except Exception as error:
            if is_verbose():
                # Frames only: an exception's message may quote post text.
                typer.echo("".join(traceback.format_tb(error.__traceback__)), err=True)
            typer.echo(
                f"scrubs: internal error ({type(error).__name__}); please report it "
                "(run again with -v for a traceback)",
                err=True,
            )
            ctx.exit(1)


def _usage_line(error: Exception) -> str:
    """A usage error in one line, with where to read more."""
    formatter = getattr(error, "format_message", None)
    message = formatter() if callable(formatter) else str(error)
    context = getattr(error, "ctx", None)
    command = getattr(context, "command_path", "scrubs") if context is not None else "scrubs"
    return f"{' '.join(message.split())} (see '{command} --help')"


app = typer.Typer(
    name="scrubs",
    cls=ScrubsGroup,
    help="Find the posts a clinician should delete, locally.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,  # our own one-line messages; never locals (post text, tokens)
    pretty_exceptions_show_locals=False,
    add_completion=False,
)

# -- options shared by several commands ---------------------------------------------------------

DbOption = Annotated[
    Path | None,
    typer.Option(
        "--db",
        help="State store (SQLite). Default: scrubs.db in the user data directory "
        "($SCRUBS_DATA_DIR, or $SCRUBS_DB for the file itself).",
    ),
]
RosterOption = Annotated[
    Path | None,
    typer.Option("--roster", help="Patient roster CSV (see README); never copied anywhere."),
]
VerboseOption = Annotated[
    bool, typer.Option("--verbose", "-v", help="Log progress details (ids and counts only).")
]


@app.callback()
def _root(verbose: VerboseOption = False) -> None:
    """Find the posts a clinician should delete, locally."""
    setup_logging(verbose=verbose)


_registered = False


def _register() -> None:
    """Attach every command module once; each owns its options."""
    global _registered
    if _registered:
        return
    from scanner.commands import audit, model, nightly, scan

    scan.register(app)
    model.register(app)
    audit.register(app)
    nightly.register(app)
    _registered = True


def get_app() -> typer.Typer:
    """The app with every command attached (what tests hand to ``CliRunner``)."""
    _register()
    return app


def main() -> None:
    """Console-script entry point (``ScrubsGroup.main`` maps every outcome to an exit code)."""
    _register()
    app()
