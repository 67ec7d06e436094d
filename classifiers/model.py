"""The transformer classifier: MiniLM sentence embeddings (ONNX, int8) and a small trained head.

The encoder is all-MiniLM-L6-v2 with LoRA adapters (``classifiers.finetune``) merged into its
weights at build time (``classifiers.encoder_export``); without committed adapters, the frozen
encoder.

Inference path, per batch of posts:

1. tokenize every text with the fast tokenizer (``tokenizers``, no transformers import),
   truncated to ``MAX_TOKENS``;
2. sort by token count and cut into batches under a token budget, so short posts are not
   padded to the length of the longest one (length-sorted dynamic batching);
3. run the int8 ONNX graph, which already holds mean pooling and L2 normalisation;
4. apply the head in numpy (logistic regression over the embedding, the heuristic features
   and hashed word/character n-grams; stored as ``.npz`` + JSON) and the per-category
   calibration.

The ONNX session is created once per process (``encoder()`` caches it): loading costs about a
second, a batch of 64 short posts a fraction of that.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import threading
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import numpy as np

from classifiers.calibration import Calibration
from classifiers.encoder_export import EMBEDDING_DIM, EncoderBuild, default_build_dir, ensure_built
from classifiers.findings import CATEGORIES, Category
from classifiers.lexical import LexicalFeatures
from scanner import timing

log = logging.getLogger(__name__)

Precision = Literal["int8", "fp32"]
MAX_TOKENS = 128  # posts are short: see MODEL_CARD.md for the measured truncation share
# Padded tokens per ONNX call. Small calls keep each core's activations in its own cache now
# that every call runs on one core: encoder alone on 30,000 bench posts, 2 cores, 1,500
# posts/s at 4,096, 1,570 at 2,048, 1,690 at 1,024, 1,750 at 512, 1,790 at 256 (no gain
# below 512 worth the per-call overhead); dev scores identical at 512 and 4,096.
TOKEN_BUDGET = 512
MAX_BATCH = 64
HEAD_DIR = Path(__file__).resolve().parent / "data" / "head"


def available_cores() -> int:
    """CPUs this process may run on (affinity-aware): how many ONNX calls run at once."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


class Encoder:
    """all-MiniLM-L6-v2 sentence embeddings from the built ONNX graph."""

    def __init__(
        self,
        build: EncoderBuild | None = None,
        precision: Precision = "int8",
        threads: int | None = None,
        max_tokens: int = MAX_TOKENS,
    ) -> None:
        self.build = build or EncoderBuild(default_build_dir())
        self.precision = precision
        self.threads = threads or available_cores()
        self.max_tokens = max_tokens
        self._session = None
        self._tokenizer = None
        self._workers: ThreadPoolExecutor | None = None  # run ONNX calls, one core each
        self._feeders: ThreadPoolExecutor | None = None  # run ``embed`` for ``submit``
        self._counting = threading.Lock()  # ``submit`` runs ``token_ids`` in several threads
        self.truncated = 0  # posts cut at max_tokens so far (a count, never content)
        self.seen = 0

    def load(self) -> None:
        """Build the graph if missing, then open the session and tokenizer (once)."""
        if self._session is not None:
            return
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self.build = ensure_built(self.build.directory, self.build.adapter_dir)
        options = ort.SessionOptions()
        # One thread per ONNX call, and as many calls at once as there are cores (data
        # parallelism, see ``embed``) rather than every operator split across the cores.
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 3
        # No memory arena: ONNX Runtime's CPU arena keeps what the widest call so far needed,
        # so a scan's memory crept up with the archive (10,000 posts 321 MiB, 100,000 posts
        # 349-372 MiB, even with the arena shrunk after every batch). Without it, each call's
        # few MiB of activations come from malloc and go back (``_release_freed_memory``):
        # about 360 MiB whatever the archive's size, and the encoder alone 1-2% slower
        # (1,686-1,715 against 1,724-1,730 posts/s on 30,000 bench posts, within noise).
        options.enable_cpu_mem_arena = False
        path = self.build.int8 if self.precision == "int8" else self.build.fp32
        self._session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        tokenizer = Tokenizer.from_file(str(self.build.tokenizer))
        tokenizer.enable_truncation(max_length=self.max_tokens)
        tokenizer.no_padding()
        self._tokenizer = tokenizer
        self._feeders = ThreadPoolExecutor(self.threads, thread_name_prefix="scrubs-encoder")
        if self.threads > 1:
            self._workers = ThreadPoolExecutor(self.threads, thread_name_prefix="scrubs-onnx")
        log.info("encoder loaded (%s, %d threads)", self.precision, self.threads)

    def token_ids(self, texts: Sequence[str]) -> list[list[int]]:
        """Token ids per text, truncated to ``max_tokens`` (special tokens included)."""
        self.load()
        encodings = self._tokenizer.encode_batch(list(texts))
        cut = sum(1 for e in encodings if e.overflowing)
        with self._counting:
            self.seen += len(encodings)
            self.truncated += cut
        return [e.ids for e in encodings]

    def submit(self, texts: Sequence[str]) -> Future[np.ndarray]:
        """Start embedding ``texts`` in the background and return at once.

        Up to ``threads`` submissions are embedded at once. With one at a time, the cores
        idled while the last, widest ONNX call of each batch ran on one of them (measured
        on the 100,000-post bench, one run each: 90.1 s against 83.9 s). Each submission's
        result is its own, so callers see them in whatever order they wait on them.
        """
        self.load()  # here, so two submissions never open the session at once
        return self._feeders.submit(self._timed_embed, list(texts))

    def _timed_embed(self, texts: list[str]) -> np.ndarray:
        timing.mark("encoder_started")
        with timing.busy("encoder"):
            out = self.embed(texts)
        _release_freed_memory()
        return out

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length embeddings, shape (len(texts), 384), in the order of ``texts``."""
        out = np.zeros((len(texts), EMBEDDING_DIM), dtype=np.float32)
        if not texts:
            return out
        ids = self.token_ids(texts)
        batches = length_batches([len(i) for i in ids])
        # Every call's inputs are built first, so between two ONNX calls this thread only
        # stores a result and needs the GIL (which the scan's main thread mostly holds) for
        # as little as possible; no difference was measurable on the 2-core bench.
        feeds = [_feeds(ids, batch) for batch in batches]

        def run(number: int) -> None:
            out[batches[number]] = self._session.run(None, feeds[number])[0]

        if self._workers is None:
            for number in range(len(batches)):
                run(number)
        else:
            # Whole ONNX calls side by side, one per core, rather than every operator split
            # across the cores: then no thread waits at each operator for the other, which
            # is what happened whenever the scan's main thread held a core. Measured on the
            # 100,000-post bench (one run each): 93 s split, 90 s side by side, 84-88 s
            # with ``submit`` keeping two batches in flight (BENCHMARKS.md).
            list(self._workers.map(run, range(len(batches))))
        return out


@functools.cache
def _malloc_trim() -> object | None:
    """glibc's ``malloc_trim``, or None where the C library has none (musl, macOS)."""
    import ctypes
    import ctypes.util

    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None


def _release_freed_memory() -> None:
    """Hand memory freed inside the C library's per-thread heaps back to the system.

    The encoder's ONNX calls run in several threads, and glibc gives each thread its own heap
    that it seldom returns: the scan's peak grew with the archive (measured: 10,000 posts
    480 MiB, 100,000 posts 607-665 MiB). Trimming after every batch of the pipeline, with no
    ONNX Runtime arena (see ``load``), holds the 100,000-post peak within 5% of the
    10,000-post one (``make bench``: 374 against 356 MiB); every 8th batch was not enough.
    A trim with nothing to return costs about a microsecond.
    """
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def _feeds(ids: Sequence[Sequence[int]], batch: Sequence[int]) -> dict[str, np.ndarray]:
    """One ONNX call's padded ``input_ids`` and ``attention_mask`` for the posts ``batch``."""
    width = max(len(ids[i]) for i in batch)
    input_ids = np.zeros((len(batch), width), dtype=np.int64)
    mask = np.zeros((len(batch), width), dtype=np.int64)
    for row, index in enumerate(batch):
        input_ids[row, : len(ids[index])] = ids[index]
        mask[row, : len(ids[index])] = 1
    return {"input_ids": input_ids, "attention_mask": mask}


def length_batches(
    lengths: Sequence[int], budget: int = TOKEN_BUDGET, cap: int = MAX_BATCH
) -> list[list[int]]:
    """Indices grouped into batches of similar length, each under ``budget`` padded tokens."""
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    batches: list[list[int]] = []
    current: list[int] = []
    for index in order:
        width = lengths[index]  # sorted ascending: the newest member is the widest
        if current and ((len(current) + 1) * width > budget or len(current) >= cap):
            batches.append(current)
            current = []
        current.append(index)
    if current:
        batches.append(current)
    return batches


@functools.cache
def encoder(precision: Precision = "int8", directory: str | None = None) -> Encoder:
    """The process-wide encoder for a precision (loaded on first call, then reused)."""
    built = EncoderBuild(Path(directory)) if directory else None
    instance = Encoder(built, precision=precision)
    instance.load()
    return instance


class EncoderMismatchError(RuntimeError):
    """A head trained on one encoder (frozen, or fine-tuned with some adapters) meets another.

    Its scores would be meaningless (measured on dev: `patient_interaction` recall 0.78 ->
    0.55, harmless posts acted on 1.4% -> 4.3%), so the scorer refuses to run instead.
    """


@dataclass(frozen=True)
class Head:
    """A trained multi-label head with its calibration.

    Inputs: the embedding, then the heuristic features named in ``features`` (if any), both
    standardised with the stored ``mean``/``scale`` and multiplied by ``dense_weight`` (the
    embedding columns) and ``feature_weight`` (the heuristic columns), which set how strongly
    each block is regularised against the n-grams; and,
    for a head with ``lexical`` n-grams, the post texts. ``kind`` is ``"logistic"`` (weights
    ``(W, b)`` or ``(W, b, W_lexical)``) or ``"mlp"`` (one hidden ReLU layer,
    ``(W1, b1, W2, b2)``, dense inputs only).
    """

    name: str
    kind: Literal["logistic", "mlp"]
    categories: tuple[Category, ...]
    features: tuple[str, ...]  # heuristic feature names, in column order after the embedding
    mean: np.ndarray
    scale: np.ndarray
    weights: tuple[np.ndarray, ...]
    calibration: Calibration
    info: dict = field(default_factory=dict)  # seed, corpus counts, training choices
    lexical: LexicalFeatures | None = None
    dense_weight: float = 1.0
    feature_weight: float = 1.0

    @property
    def uses_heuristics(self) -> bool:
        """True when the head takes heuristic features besides the embedding."""
        return bool(self.features)

    def block_weights(self, width: int) -> np.ndarray:
        """Per-column multipliers: ``dense_weight`` for the embedding, ``feature_weight`` after."""
        weights = np.full(width, self.feature_weight, dtype=np.float32)
        weights[:EMBEDDING_DIM] = self.dense_weight
        return weights

    def logits(
        self,
        embeddings: np.ndarray,
        heuristics: np.ndarray | None = None,
        texts: Sequence[str] | None = None,
    ) -> np.ndarray:
        """Raw per-category logits, shape (n, len(categories))."""
        x = embeddings
        if self.features:
            if heuristics is None:
                raise ValueError(f"head {self.name} needs {len(self.features)} heuristic features")
            x = np.hstack([embeddings, heuristics.astype(np.float32)])
        x = (x - self.mean) / self.scale
        x = x * self.block_weights(x.shape[1])
        if self.kind == "mlp":
            w1, b1, w2, b2 = self.weights
            return np.maximum(x @ w1 + b1, 0.0) @ w2 + b2
        w, b = self.weights[0], self.weights[1]
        z = x @ w + b
        if self.lexical is not None:
            if texts is None:
                raise ValueError(f"head {self.name} needs the post texts for its n-gram features")
            z = z + self.lexical.project(texts, self.weights[2])
        return z

    def probabilities(
        self,
        embeddings: np.ndarray,
        heuristics: np.ndarray | None = None,
        texts: Sequence[str] | None = None,
    ) -> np.ndarray:
        """Calibrated probabilities, shape (n, len(categories)); 0.5 is the decision point."""
        return self.calibration.apply(self.logits(embeddings, heuristics, texts))

    def check_encoder(self, build: EncoderBuild) -> None:
        """Raise EncoderMismatchError unless ``build`` merges the adapters this head was trained on.

        Heads record the adapters' SHA-256 (``info["adapter_sha256"]``, None for the frozen
        encoder); heads from before fine-tuning record nothing and are not checked.
        """
        if "adapter_sha256" not in self.info:
            return
        try:
            built = json.loads(build.manifest.read_text()).get("adapter_sha256")
        except (OSError, ValueError) as error:
            raise EncoderMismatchError(f"encoder manifest unreadable: {build.manifest}") from error
        wanted = self.info["adapter_sha256"]
        if built != wanted:

            def name(sha: str | None) -> str:
                return f"adapters {sha[:12]}" if sha else "the frozen encoder"

            raise EncoderMismatchError(
                f"head {self.name} was trained on {name(wanted)}, but the encoder in "
                f"{build.directory} is built from {name(built)}: run `scrubs model train` "
                "(or restore classifiers/data/encoder/ and run `scrubs model build`)"
            )

    def save(self, directory: Path = HEAD_DIR) -> None:
        """Write ``<name>.npz`` (arrays) and ``<name>.json`` (everything else); no pickle.

        The n-gram weights are stored as float16 (half the size; the logits move by < 1e-3).
        """
        directory.mkdir(parents=True, exist_ok=True)
        arrays = {f"w{i}": w.astype(np.float32) for i, w in enumerate(self.weights)}
        if self.lexical is not None:
            arrays["w2"] = self.weights[2].astype(np.float16)
            arrays["idf"] = self.lexical.idf.astype(np.float32)
        np.savez_compressed(
            directory / f"{self.name}.npz",
            mean=self.mean.astype(np.float32),
            scale=self.scale.astype(np.float32),
            **arrays,
        )
        meta = {
            "name": self.name,
            "kind": self.kind,
            "categories": list(self.categories),
            "features": list(self.features),
            "n_weights": len(self.weights),
            "lexical": self.lexical is not None,
            "dense_weight": self.dense_weight,
            "feature_weight": self.feature_weight,
            "calibration": self.calibration.to_json(),
            "info": self.info,
        }
        text = json.dumps(meta, indent=2, sort_keys=True) + "\n"
        (directory / f"{self.name}.json").write_text(text)

    @classmethod
    def load(cls, name: str, directory: Path = HEAD_DIR) -> Head:
        """Read a head written by ``save``; a missing file raises FileNotFoundError."""
        meta = json.loads((directory / f"{name}.json").read_text())
        with np.load(directory / f"{name}.npz", allow_pickle=False) as arrays:
            weights = tuple(arrays[f"w{i}"].astype(np.float32) for i in range(meta["n_weights"]))
            if meta.get("lexical"):  # the n-gram product runs in float64: converted once here
                weights = (*weights[:2], weights[2].astype(np.float64), *weights[3:])
            mean, scale = arrays["mean"], arrays["scale"]
            lexical = LexicalFeatures(arrays["idf"]) if meta.get("lexical") else None
        return cls(
            name=meta["name"],
            kind=meta["kind"],
            categories=tuple(meta["categories"]),
            features=tuple(meta["features"]),
            mean=mean,
            scale=scale,
            weights=weights,
            calibration=Calibration.from_json(meta["calibration"], order=meta["categories"]),
            info=meta.get("info", {}),
            lexical=lexical,
            dense_weight=float(meta.get("dense_weight", 1.0)),
            feature_weight=float(meta.get("feature_weight", 1.0)),
        )


class TextClassifier:
    """Embeddings + head: calibrated category probabilities for a batch of texts.

    ``predict`` takes the texts and, for a head that uses them, the heuristic feature matrix
    (``classifiers.features.feature_matrix``) of the same posts.
    """

    def __init__(self, head: str = "combined", precision: Precision = "int8") -> None:
        self.head_name = head
        self.precision = precision
        self.head: Head | None = None
        self.encoder: Encoder | None = None

    def load(self) -> None:
        """Load the head and the process-wide encoder once."""
        if self.head is None:
            self.head = Head.load(self.head_name)
        if self.encoder is None:
            self.encoder = encoder(self.precision)
            self.head.check_encoder(self.encoder.build)

    @property
    def version(self) -> str:
        """``minilm-l6-int8+combined-3f2a9c1e0b7d``: the encoder precision and a digest of the
        head's files and of the encoder's LoRA adapters (when fine-tuned), so runs and audit
        trails say exactly which model scored."""
        from classifiers.finetune import adapter_files

        digest = hashlib.sha256()
        for suffix in (".json", ".npz"):
            path = HEAD_DIR / f"{self.head_name}{suffix}"
            if path.exists():
                digest.update(path.read_bytes())
        adapters, _ = adapter_files()
        if adapters.exists():
            digest.update(adapters.read_bytes())
        return f"minilm-l6-{self.precision}+{self.head_name}-{digest.hexdigest()[:12]}"

    def predict_matrix(
        self, texts: Sequence[str], heuristics: np.ndarray | None = None
    ) -> np.ndarray:
        """Calibrated probabilities as an array (n, 4) in ``CATEGORIES`` order."""
        self.load()
        probabilities = self.head.probabilities(self.encoder.embed(texts), heuristics, texts)
        order = [self.head.categories.index(c) for c in CATEGORIES]
        return probabilities[:, order]

    def predict(
        self, texts: Sequence[str], heuristics: np.ndarray | None = None
    ) -> list[dict[Category, float]]:
        """Calibrated probabilities per text, keyed by category."""
        matrix = self.predict_matrix(texts, heuristics)
        return [dict(zip(CATEGORIES, map(float, row), strict=True)) for row in matrix]


def head_available(name: str = "combined") -> bool:
    """True when a trained head of that name is in the package."""
    return (HEAD_DIR / f"{name}.json").exists() and (HEAD_DIR / f"{name}.npz").exists()
