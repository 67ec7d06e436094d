"""``scrubs model ...``: build, train and evaluate the transformer classifier."""

from __future__ import annotations

import typer

model_app = typer.Typer(help="Build, train and evaluate the classifier.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    """Attach the ``model`` sub-commands to the app."""
    app.add_typer(model_app, name="model")
