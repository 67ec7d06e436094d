"""Does fine-tuning the encoder pay? Frozen vs LoRA-fine-tuned MiniLM, measured on **dev**.

For each encoder (the frozen one, and the shipped weights with LoRA adapters merged), the
same head recipe as ``scrubs model train`` is fitted on train (fp32 + int8 embeddings) and
chosen and calibrated on dev (int8), then judged on dev: average precision and, at the
calibrated 0.5 point, precision, recall, F2 per category, and the share of harmless dev posts
acted on. The recognizers run once; both encoders see the same findings. The test split is
never read.

Dev is also where the heads are chosen and calibrated, so the thresholded dev figures are
optimistic for both encoders alike; average precision does not depend on the calibration.

    python -m classifiers.finetune_eval --out /tmp/finetune   # ~15 min on 2 shared cores
"""

from __future__ import annotations

import argparse
import json
import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from classifiers import corpus
from classifiers.combination import combine
from classifiers.encoder_export import EncoderBuild, build
from classifiers.evaluate import SystemResult, system_result
from classifiers.features import default_feature_names
from classifiers.findings import CATEGORIES
from classifiers.finetune import Adapters, FineTuneConfig, adapter_files, fine_tune
from classifiers.model import Head
from classifiers.train import corpus_findings, fit_head, prepare, with_quantization_noise

log = logging.getLogger(__name__)


@dataclass
class EncoderResult:
    """Dev figures of one encoder: both heads, int8 (served) and fp32 (reference)."""

    encoder: str
    model: SystemResult  # embedding head alone
    combined: SystemResult  # combined head + out-of-text floors, as the scorer publishes
    combined_fp32: SystemResult  # the same heads on the fp32 graph
    chosen: dict[str, str]
    mean_ap: dict[str, float]


def _scores(heads: dict[str, Head], inputs) -> dict[str, np.ndarray]:  # noqa: ANN001
    texts = [r.text for r in inputs.rows]

    def ordered(head: Head, p: np.ndarray) -> np.ndarray:
        return p[:, [head.categories.index(c) for c in CATEGORIES]]

    model = ordered(
        heads["embedding"], heads["embedding"].probabilities(inputs.embeddings, None, texts)
    )
    raw = ordered(
        heads["combined"],
        heads["combined"].probabilities(inputs.embeddings, inputs.heuristics, texts),
    )
    combined = np.array(
        [
            [combine(dict(zip(CATEGORIES, row, strict=True)), f)[c] for c in CATEGORIES]
            for row, f in zip(raw, inputs.findings, strict=True)
        ]
    ).reshape(len(texts), len(CATEGORIES))
    return {"model": model, "combined": combined}


def measure(
    label: str,
    train_rows: list[corpus.CorpusPost],
    dev_rows: list[corpus.CorpusPost],
    findings: dict[str, list],
    seed: int,
    encoder_build: EncoderBuild | None,
) -> EncoderResult:
    """Fit both heads on one encoder's embeddings and measure them on dev."""
    names = default_feature_names()
    train = with_quantization_noise(
        prepare(train_rows, "fp32", names, encoder_build, findings["train"]), encoder_build
    )
    dev = prepare(dev_rows, "int8", names, encoder_build, findings["dev"])
    dev32 = prepare(dev_rows, "fp32", names, encoder_build, findings["dev"])
    heads = {
        name: fit_head(name, train, dev, with_heuristics=uses, seed=seed, names=names)
        for name, uses in (("embedding", False), ("combined", True))
    }
    int8 = _scores(heads, dev)
    fp32 = _scores(heads, dev32)
    return EncoderResult(
        encoder=label,
        model=system_result("model", "dev", dev_rows, int8["model"], dev.findings),
        combined=system_result("combined", "dev", dev_rows, int8["combined"], dev.findings),
        combined_fp32=system_result("combined", "dev", dev_rows, fp32["combined"], dev.findings),
        chosen={n: h.info["chosen"] for n, h in heads.items()},
        mean_ap={n: h.info["dev_mean_ap"] for n, h in heads.items()},
    )


def table(results: list[EncoderResult]) -> str:
    """Markdown: per encoder, system and category, AP / P / R / F2 on dev; harmless acted on."""
    lines = [
        "| encoder | system | category | AP | P | R | F2 |",
        "|---|---|---|---:|---:|---:|---:|",
    ]
    for r in results:
        for result in (r.model, r.combined):
            for m in result.per_category:
                lines.append(
                    f"| {r.encoder} | {result.system} | {m.category} | "
                    f"{m.average_precision:.3f} | {m.precision:.3f} | {m.recall:.3f} | "
                    f"{m.f2:.3f} |"
                )
    lines += ["", "| encoder | system | dev mean AP | harmless acted on | head chosen |"]
    lines += ["|---|---|---:|---:|---|"]
    for r in results:
        for name, result in (("embedding", r.model), ("combined", r.combined)):
            lines.append(
                f"| {r.encoder} | {result.system} | {r.mean_ap[name]:.3f} | "
                f"{result.harmless_acted}/{result.harmless} "
                f"({result.harmless_action_rate:.1%}) | {r.chosen[name]} |"
            )
    lines += ["", "| encoder | category | F2 fp32 | F2 int8 | int8 - fp32 |"]
    lines += ["|---|---|---:|---:|---:|"]
    for r in results:
        for c in CATEGORIES:
            a, b = r.combined_fp32.metric(c, "f2"), r.combined.metric(c, "f2")
            lines.append(f"| {r.encoder} | {c} | {a:.3f} | {b:.3f} | {b - a:+.3f} |")
    return "\n".join(lines)


def run(out: Path, seed: int = 13, variants: dict[str, FineTuneConfig] | None = None) -> str:
    """Frozen vs each fine-tuning variant, on dev; writes ``out/compare.md``."""
    rows = corpus.load()
    train_rows, dev_rows = corpus.split(rows, "train"), corpus.split(rows, "dev")
    findings = {"train": corpus_findings(train_rows), "dev": corpus_findings(dev_rows)}
    frozen_dir = out / "frozen"
    results = [
        measure(
            "frozen",
            train_rows,
            dev_rows,
            findings,
            seed,
            EncoderBuild(frozen_dir / "build", frozen_dir / "no-adapters"),
        )
    ]
    for name, config in (variants or {"lora": FineTuneConfig()}).items():
        adapter_dir = out / name
        if not adapter_files(adapter_dir)[0].exists():
            fine_tune(train_rows, dev_rows, seed=seed, config=config).save(adapter_dir)
        history = Adapters.load(adapter_dir).info.get("history", [])
        log.info("%s: %s", name, history)
        built = build(out / name / "build", adapter_dir=adapter_dir)
        results.append(measure(name, train_rows, dev_rows, findings, seed, built))
    text = table(results)
    (out / "compare.md").write_text(text + "\n")
    (out / "compare.json").write_text(
        json.dumps(
            {
                r.encoder: {
                    "mean_ap": r.mean_ap,
                    "chosen": r.chosen,
                    "combined": {
                        m.category: {
                            "ap": m.average_precision,
                            "p": m.precision,
                            "r": m.recall,
                            "f2": m.f2,
                        }
                        for m in r.combined.per_category
                    },
                    "harmless_acted": r.combined.harmless_acted,
                    "harmless": r.combined.harmless,
                }
                for r in results
            },
            indent=2,
        )
    )
    return text


def main() -> None:
    """``python -m classifiers.finetune_eval --out DIR [--seed N] [--variant name=json]``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument(
        "--variant",
        action="append",
        default=[],
        help='name=JSON of FineTuneConfig fields, e.g. qv={"targets": ["attention.self.query"]}',
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    variants = {}
    for spec in args.variant:
        name, _, raw = spec.partition("=")
        fields = json.loads(raw or "{}")
        if "targets" in fields:
            fields["targets"] = tuple(fields["targets"])
        variants[name] = FineTuneConfig(**fields)
    args.out.mkdir(parents=True, exist_ok=True)
    print(run(args.out, args.seed, variants or None))


if __name__ == "__main__":
    main()
