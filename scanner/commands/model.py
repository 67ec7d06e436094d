"""``scrubs model ...``: build, train and evaluate the transformer classifier."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

model_app = typer.Typer(help="Build, train and evaluate the classifier.", no_args_is_help=True)


@model_app.command("build")
def build_command(
    directory: Annotated[
        Path | None,
        typer.Option(
            "--dir", help="Where to write the ONNX files (default: the package's build dir)."
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Rebuild even if a build is present.")
    ] = False,
) -> None:
    """Export MiniLM (+ the committed LoRA adapters) to ONNX and quantize it to int8 (offline),
    and copy alt-profanity-check's weights out of their pickles (scans then skip scikit-learn).

    Example: scrubs model build
    """
    from classifiers import profanity_model
    from classifiers.encoder_export import build

    built = build(directory, force=force)
    typer.echo(f"encoder ready: {built.int8} (fp32 reference: {built.fp32.name})")
    copied = profanity_model.cache_path(directory)
    if force or not copied.exists():
        profanity_model.extract(profanity_model.package_files()).save(copied)
    typer.echo(f"profanity model ready: {copied.name}")


@model_app.command("train")
def train_command(
    seed: Annotated[int, typer.Option("--seed", help="Random seed: same seed, same head.")] = 13,
    corpus: Annotated[
        Path | None,
        typer.Option("--corpus", help="Folder of *.jsonl shards (default: the bundled corpus)."),
    ] = None,
    harmless_budget: Annotated[
        float,
        typer.Option(
            "--harmless-budget",
            min=0.0,
            max=1.0,
            help="Most harmless dev posts that may be acted on (1 = no limit: F-beta thresholds).",
        ),
    ] = 0.015,
    fine_tune: Annotated[
        bool,
        typer.Option(
            "--fine-tune/--frozen",
            help="Fine-tune the encoder with LoRA adapters (default) or keep it frozen.",
        ),
    ] = True,
    refit_encoder: Annotated[
        bool,
        typer.Option(
            "--refit-encoder",
            help="Refit the adapters even when the committed ones match this recipe.",
        ),
    ] = False,
) -> None:
    """Fine-tune the encoder (LoRA) and train the heads on the train split; calibrate on dev.

    Then rebuilds the ONNX encoder with the adapters merged. Example: scrubs model train --seed 13
    """
    from classifiers.train import train

    report = train(
        seed=seed,
        corpus_dir=corpus,
        harmless_budget=None if harmless_budget >= 1 else harmless_budget,
        fine_tune=fine_tune,
        refit_encoder=refit_encoder,
    )
    typer.echo(report.summary())


@model_app.command("eval")
def eval_command(
    write: Annotated[
        bool,
        typer.Option(
            "--write/--no-write", help="Rewrite the sections of classifiers/EVALUATION.md."
        ),
    ] = True,
    compare_fp32: Annotated[
        bool, typer.Option("--fp32/--no-fp32", help="Also measure the fp32 encoder (slower).")
    ] = True,
) -> None:
    """Precision, recall, F1, F2 and AP per category on the test split.

    Heuristics alone, the model alone, and both combined; plus the share of harmless posts
    that get an action other than keep. Example: scrubs model eval
    """
    from classifiers.evaluate import run

    typer.echo(run(write=write, compare_fp32=compare_fp32))


def register(app: typer.Typer) -> None:
    """Attach the ``model`` sub-commands to the app."""
    app.add_typer(model_app, name="model")
