"""Fine-tune the MiniLM encoder with LoRA adapters on the corpus's train split.

Why LoRA: the encoder's architecture and size must not change (the scan's speed is measured
against it), and the trained artefact has to be small enough to commit. A rank-``r`` adapter
adds ``B @ A`` (``out x r`` times ``r x in``) beside a frozen linear layer; after training it
is merged into the weight (``W + (alpha / r) * B @ A``), so the exported graph has exactly the
shape and the speed of the frozen one, and only the adapters (well under 1 MB) are committed.
``classifiers.encoder_export`` merges them at build time.

Objective: multi-label binary cross-entropy of a linear layer over the sentence embedding
exactly as the exported graph computes it (mean pooling over the attention mask, then L2
normalisation), scaled by a fixed temperature because a unit vector needs large weights.
The linear layer is thrown away: the shipped head is retrained on the new embeddings by
``classifiers.train`` (with the heuristic features and n-grams beside them).

Reproducible: CPU only, one thread, ``torch.use_deterministic_algorithms(True)``, every random
draw (adapter initialisation, batch order) from generators seeded by ``seed``: the same corpus
and seed give byte-identical adapters on the same machine and torch version. Only the train
split is fitted; dev is read for the per-epoch figures logged; the test split never.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from classifiers import corpus
from classifiers.encoder_export import EMBEDDING_DIM, source_dir
from classifiers.findings import CATEGORIES

log = logging.getLogger(__name__)

ADAPTER_DIR = Path(__file__).resolve().parent / "data" / "encoder"
ADAPTER_NAME = "lora"
MAX_TOKENS = 128


@dataclass(frozen=True)
class FineTuneConfig:
    """Everything that decides the adapters besides the corpus and the seed."""

    rank: int = 8
    alpha: float = 16.0
    # Linear layers of every BERT layer that get an adapter (names below ``encoder.layer.i``).
    targets: tuple[str, ...] = (
        "attention.self.query",
        "attention.self.value",
        "intermediate.dense",
        "output.dense",
    )
    # Six since the sixth session: with 6,644 train posts, half of dev blind-written, the
    # fine-tune's dev AP was still rising at four (unprofessional 0.839 at 4, 0.865 at 6;
    # the other three equal or higher). On the smaller corpus of the third session six did
    # not pay (MODEL_CARD.md, fine-tuning variants).
    epochs: int = 6
    batch_size: int = 32
    lr_adapter: float = 5e-4
    lr_classifier: float = 5e-3
    weight_decay: float = 0.01
    warmup: float = 0.1  # share of the steps with a linear warm-up
    temperature: float = 20.0  # the embedding is unit length: logits = W (20 e) + b

    @property
    def scaling(self) -> float:
        """LoRA's ``alpha / r``."""
        return self.alpha / self.rank


# ---------------------------------------------------------------- the adapter


def _lora_class():  # noqa: ANN202 - defined lazily so importing this module needs no torch
    import torch

    class LoraLinear(torch.nn.Module):
        """A frozen ``nn.Linear`` plus a trainable low-rank update ``scaling * B @ A``."""

        def __init__(self, base: torch.nn.Linear, rank: int, scaling: float, g: torch.Generator):
            super().__init__()
            self.base = base
            self.scaling = scaling
            self.lora_a = torch.nn.Parameter(torch.empty(rank, base.in_features))
            self.lora_b = torch.nn.Parameter(torch.zeros(base.out_features, rank))
            bound = 1.0 / math.sqrt(base.in_features)  # kaiming-uniform(a=sqrt(5)), as PEFT
            with torch.no_grad():
                self.lora_a.uniform_(-bound, bound, generator=g)

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return self.base(x) + (x @ self.lora_a.T @ self.lora_b.T) * self.scaling

    return LoraLinear


def _set_module(root, dotted: str, module) -> None:  # noqa: ANN001
    parent_name, _, child = dotted.rpartition(".")
    setattr(root.get_submodule(parent_name), child, module)


def attach_adapters(bert, config: FineTuneConfig, seed: int) -> dict:  # noqa: ANN001
    """Freeze ``bert`` and wrap every target linear layer; returns {weight name: adapter}."""
    import torch

    lora_linear = _lora_class()
    for parameter in bert.parameters():
        parameter.requires_grad_(False)
    g = torch.Generator().manual_seed(seed)
    adapters = {}
    for i in range(bert.config.num_hidden_layers):
        for target in config.targets:
            name = f"encoder.layer.{i}.{target}"
            adapter = lora_linear(bert.get_submodule(name), config.rank, config.scaling, g)
            _set_module(bert, name, adapter)
            adapters[f"{name}.weight"] = adapter
    return adapters


def base_bert():  # noqa: ANN201
    """The shipped all-MiniLM-L6-v2 BERT (offline), eager attention, in eval mode."""
    import os

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from transformers import AutoModel
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    return AutoModel.from_pretrained(source_dir(), attn_implementation="eager").eval()


def sentence_embedding(bert, input_ids, attention_mask):  # noqa: ANN001, ANN201
    """Mean pooling over the mask, then L2 normalisation: the exported graph's output."""
    import torch

    hidden = bert(
        input_ids=input_ids,
        attention_mask=attention_mask,
        token_type_ids=torch.zeros_like(input_ids),
    ).last_hidden_state
    mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
    pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
    return torch.nn.functional.normalize(pooled, p=2.0, dim=1)


# ---------------------------------------------------------------- the committed delta


@dataclass(frozen=True)
class Adapters:
    """Trained LoRA factors per base weight name, and how they were made."""

    factors: dict[str, tuple[np.ndarray, np.ndarray]]  # weight name -> (A (r, in), B (out, r))
    scaling: float
    info: dict

    def deltas(self) -> dict[str, np.ndarray]:
        """``scaling * B @ A`` per weight, in float32 (what merging adds to each weight).

        Computed with ``einsum`` in float64 (numpy's own loops, not BLAS) and rounded once:
        a BLAS float32 product changed in the last bit with the number of threads, which made
        the exported graph depend on ``OMP_NUM_THREADS``.
        """
        return {
            name: (
                self.scaling
                * np.einsum("or,ri->oi", b.astype(np.float64), a.astype(np.float64), optimize=False)
            ).astype(np.float32)
            for name, (a, b) in self.factors.items()
        }

    def save(self, directory: Path = ADAPTER_DIR, name: str = ADAPTER_NAME) -> Path:
        """``<name>.npz`` (factors, float32) and ``<name>.json`` (scaling, info); no pickle."""
        directory.mkdir(parents=True, exist_ok=True)
        arrays = {}
        for weight, (a, b) in sorted(self.factors.items()):
            arrays[f"{weight}::a"] = a.astype(np.float32)
            arrays[f"{weight}::b"] = b.astype(np.float32)
        path = directory / f"{name}.npz"
        np.savez_compressed(path, **arrays)
        meta = {"scaling": self.scaling, "info": self.info}
        (directory / f"{name}.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")
        return path

    @classmethod
    def load(cls, directory: Path = ADAPTER_DIR, name: str = ADAPTER_NAME) -> Adapters:
        """Read what ``save`` wrote; a missing file raises FileNotFoundError."""
        meta = json.loads((directory / f"{name}.json").read_text())
        factors: dict[str, list] = {}
        with np.load(directory / f"{name}.npz", allow_pickle=False) as arrays:
            for key in arrays.files:
                weight, _, part = key.rpartition("::")
                factors.setdefault(weight, [None, None])[0 if part == "a" else 1] = arrays[key]
        return cls(
            factors={k: (v[0], v[1]) for k, v in factors.items()},
            scaling=float(meta["scaling"]),
            info=meta.get("info", {}),
        )


def adapter_files(directory: Path = ADAPTER_DIR, name: str = ADAPTER_NAME) -> tuple[Path, Path]:
    """The committed adapter files (``.npz``, ``.json``)."""
    return directory / f"{name}.npz", directory / f"{name}.json"


def adapter_fingerprint(directory: Path = ADAPTER_DIR, name: str = ADAPTER_NAME) -> str | None:
    """SHA-256 of the adapter arrays, or None when no adapter is committed (frozen encoder)."""
    npz, _ = adapter_files(directory, name)
    if not npz.exists():
        return None
    return hashlib.sha256(npz.read_bytes()).hexdigest()


def wrap_unmerged(bert, adapters: Adapters) -> None:  # noqa: ANN001
    """Put ``adapters`` beside their frozen layers, as during training (no merge).

    The reference the merged, exported graph is checked against (``tests/test_model.py``).
    """
    import torch

    lora_linear = _lora_class()
    g = torch.Generator().manual_seed(0)
    for name, (a, b) in sorted(adapters.factors.items()):
        module_name = name.removesuffix(".weight")
        wrapped = lora_linear(bert.get_submodule(module_name), a.shape[0], adapters.scaling, g)
        with torch.no_grad():
            wrapped.lora_a.copy_(torch.from_numpy(a))
            wrapped.lora_b.copy_(torch.from_numpy(b))
        _set_module(bert, module_name, wrapped)


def merge_into(bert, adapters: Adapters) -> None:  # noqa: ANN001
    """Add each adapter's ``scaling * B @ A`` to its base weight, in place."""
    import torch

    with torch.no_grad():
        for name, delta in sorted(adapters.deltas().items()):
            parameter = bert.get_parameter(name)
            if tuple(parameter.shape) != delta.shape:
                raise ValueError(
                    f"adapter for {name} has shape {delta.shape}, not {parameter.shape}"
                )
            parameter.add_(torch.from_numpy(delta))


# ---------------------------------------------------------------- training


def _deterministic(seed: int) -> None:
    import torch

    torch.manual_seed(seed)
    torch.use_deterministic_algorithms(True)
    torch.set_num_threads(1)


def _tokenize(texts: Sequence[str]) -> list[list[int]]:
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(source_dir() / "tokenizer.json"))
    tokenizer.enable_truncation(max_length=MAX_TOKENS)
    tokenizer.no_padding()
    return [e.ids for e in tokenizer.encode_batch(list(texts))]


def _pad(ids: Sequence[Sequence[int]], index: Sequence[int]):  # noqa: ANN202
    import torch

    width = max(len(ids[i]) for i in index)
    input_ids = torch.zeros((len(index), width), dtype=torch.long)
    mask = torch.zeros((len(index), width), dtype=torch.long)
    for row, i in enumerate(index):
        input_ids[row, : len(ids[i])] = torch.tensor(ids[i])
        mask[row, : len(ids[i])] = 1
    return input_ids, mask


def _batches(lengths: Sequence[int], size: int, rng: np.random.Generator) -> list[list[int]]:
    """Shuffled batches of similar length: shuffle, sort within windows of 8 batches, shuffle."""
    order = rng.permutation(len(lengths)).tolist()
    window = size * 8
    batches = []
    for start in range(0, len(order), window):
        chunk = sorted(order[start : start + window], key=lambda i: lengths[i])
        batches += [chunk[k : k + size] for k in range(0, len(chunk), size)]
    rng.shuffle(batches)
    return batches


def embed_with(bert, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:  # noqa: ANN001
    """Sentence embeddings from a (possibly adapted) PyTorch BERT, in order of ``texts``."""
    import torch

    ids = _tokenize(texts)
    out = np.zeros((len(texts), EMBEDDING_DIM), dtype=np.float32)
    order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
    bert.eval()
    with torch.no_grad():
        for k in range(0, len(order), batch_size):
            index = order[k : k + batch_size]
            out[index] = sentence_embedding(bert, *_pad(ids, index)).numpy()
    return out


def _dev_ap(labels: np.ndarray, scores: np.ndarray) -> list[float]:
    from sklearn.metrics import average_precision_score

    return [round(float(average_precision_score(labels[:, j], scores[:, j])), 4) for j in range(4)]


def fine_tune(
    train_rows: Sequence[corpus.CorpusPost],
    dev_rows: Sequence[corpus.CorpusPost] = (),
    seed: int = 13,
    config: FineTuneConfig = FineTuneConfig(),
) -> Adapters:
    """Train LoRA adapters and a throw-away linear layer on ``train_rows`` (multi-label BCE)."""
    import torch

    _deterministic(seed)
    bert = base_bert()
    adapters = attach_adapters(bert, config, seed)
    classifier = torch.nn.Linear(EMBEDDING_DIM, len(CATEGORIES))
    torch.nn.init.zeros_(classifier.weight)
    torch.nn.init.zeros_(classifier.bias)
    texts = [r.text for r in train_rows]
    ids = _tokenize(texts)
    labels = torch.tensor(corpus.label_matrix(train_rows), dtype=torch.float32)
    positives = labels.sum(0).clamp(min=1.0)
    pos_weight = torch.sqrt((len(labels) - positives) / positives)  # softened class balance
    loss_fn = torch.nn.BCEWithLogitsLoss(pos_weight=pos_weight)
    adapter_params = [p for a in adapters.values() for p in (a.lora_a, a.lora_b)]
    optimiser = torch.optim.AdamW(
        [
            {"params": adapter_params, "lr": config.lr_adapter},
            {"params": list(classifier.parameters()), "lr": config.lr_classifier},
        ],
        weight_decay=config.weight_decay,
    )
    rng = np.random.default_rng(seed)
    steps_per_epoch = math.ceil(len(ids) / config.batch_size)
    total = steps_per_epoch * config.epochs
    warm = max(1, int(config.warmup * total))

    def schedule(step: int) -> float:
        return (step + 1) / warm if step < warm else max(0.0, (total - step) / (total - warm))

    scheduler = torch.optim.lr_scheduler.LambdaLR(optimiser, schedule)
    history = []
    lengths = [len(i) for i in ids]
    dev_labels = corpus.label_matrix(dev_rows) if dev_rows else None
    for epoch in range(config.epochs):
        bert.train()
        started, running = time.monotonic(), 0.0
        for batch in _batches(lengths, config.batch_size, rng):
            input_ids, mask = _pad(ids, batch)
            embedding = sentence_embedding(bert, input_ids, mask)
            loss = loss_fn(classifier(embedding * config.temperature), labels[batch])
            optimiser.zero_grad(set_to_none=True)
            loss.backward()
            optimiser.step()
            scheduler.step()
            running += float(loss.detach()) * len(batch)
        entry = {
            "epoch": epoch + 1,
            "train_loss": round(running / len(ids), 4),
            "seconds": round(time.monotonic() - started, 1),
        }
        if dev_labels is not None:
            with torch.no_grad():
                dev_embedding = torch.from_numpy(embed_with(bert, [r.text for r in dev_rows]))
                scores = classifier(dev_embedding * config.temperature).numpy()
            entry["dev_ap"] = dict(zip(CATEGORIES, _dev_ap(dev_labels, scores), strict=True))
        history.append(entry)
        log.info("fine-tune epoch %s", entry)
    factors = {
        name: (a.lora_a.detach().numpy().copy(), a.lora_b.detach().numpy().copy())
        for name, a in adapters.items()
    }
    info = {
        "seed": seed,
        "config": {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(config).items()},
        "train_posts": len(ids),
        "train_corpus": corpus.fingerprint(list(train_rows)),
        "history": history,
        "torch": torch.__version__,
    }
    return Adapters(factors=factors, scaling=config.scaling, info=info)


def adapted_bert(adapters: Adapters | None):  # noqa: ANN001, ANN201
    """The shipped BERT with ``adapters`` merged (or unchanged for None), in eval mode."""
    bert = base_bert()
    if adapters is not None:
        merge_into(bert, adapters)
    return bert.eval()


def recipe(train_rows: Sequence[corpus.CorpusPost], seed: int, config: FineTuneConfig) -> dict:
    """What decides the adapters' bytes: train texts and labels, seed, config, torch."""
    import torch

    return {
        "seed": seed,
        "config": {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(config).items()},
        "train_corpus": corpus.fingerprint(list(train_rows)),
        "torch": torch.__version__,
    }


def is_current(
    train_rows: Sequence[corpus.CorpusPost],
    seed: int,
    config: FineTuneConfig = FineTuneConfig(),
    directory: Path = ADAPTER_DIR,
) -> bool:
    """True when the adapters in ``directory`` were trained by exactly this recipe.

    Training is deterministic, so refitting them would rewrite the same bytes: ``scrubs model
    train`` then skips the ~10 CPU minutes (``--refit-encoder`` forces it).
    """
    _, meta = adapter_files(directory)
    if not meta.exists() or adapter_fingerprint(directory) is None:
        return False
    info = json.loads(meta.read_text()).get("info", {})
    wanted = recipe(train_rows, seed, config)
    return all(info.get(k) == v for k, v in wanted.items())


def remove(directory: Path = ADAPTER_DIR) -> None:
    """Delete the adapters: the next build exports the frozen encoder."""
    for path in adapter_files(directory):
        path.unlink(missing_ok=True)
