"""``scrubs scan``: read exports and live sources, score every post, write JSON and a report."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Attach the command to the app."""

    @app.command()
    def scan() -> None:
        """Scan exports (placeholder until the pipeline lands)."""
        raise NotImplementedError
