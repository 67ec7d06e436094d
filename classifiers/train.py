"""Train the classifier: fine-tune the encoder (LoRA), then the heads; calibrate on dev; save.

``scrubs model train`` first fits LoRA adapters of the MiniLM encoder on the train split
(``classifiers.finetune``; skipped when the committed adapters were trained by the same
recipe, since training is deterministic) and rebuilds the ONNX encoder with them merged
(``classifiers.encoder_export``). Then two heads are trained on its embeddings, both
multi-label (one output per category):

- ``embedding``: the embedding alone (the "model alone" row of the evaluation);
- ``combined``: the embedding beside the heuristic features of ``classifiers.features``.
  This is the head the scorer uses.

For each head, candidates are fitted on **train** (per-category class-balanced logistic
regression over the dense inputs plus hashed word/character n-grams, ``classifiers.lexical``,
at a few regularisation strengths; the same over the dense inputs alone; a one-hidden-layer
MLP over the dense inputs) and the one with the best mean average precision on **dev** is
kept, then calibrated on dev (``classifiers.calibration``). The test split is never read here.

Heads are fitted on train rows embedded twice, by the fp32 and by the int8 encoder, so they
learn to ignore quantization noise, and are chosen and calibrated on dev with the int8
encoder, which is what runs. The evaluation runs the very same head on both encoders, so the
int8-vs-fp32 gap measures what quantization costs the shipped model.

Reproducible: the same corpus, recognizers and ``--seed`` give byte-identical adapters and
heads (fine-tuning runs on one CPU thread with deterministic algorithms, the encoder build is
deterministic, scikit-learn's solvers are seeded). Why fine-tuning, and what it gained on
dev: MODEL_CARD.md.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from classifiers import calibration, corpus
from classifiers.encoder_export import EMBEDDING_DIM, EncoderBuild
from classifiers.features import default_feature_names, feature_matrix
from classifiers.findings import CATEGORIES, Finding
from classifiers.lexical import LexicalFeatures
from classifiers.model import HEAD_DIR, Encoder, Head, Precision, encoder

log = logging.getLogger(__name__)

LOGISTIC_C = (0.02, 0.1)  # dense inputs only (384+ standardised columns)
# (C, embedding block scale, heuristic block scale): a small scale regularises a block harder
# against the n-grams; the heuristics, few and precise, may deserve a larger one.
NGRAM_GRID = (
    (4.0, 0.03, 0.03),
    (4.0, 0.03, 0.1),  # chosen on dev with the fine-tuned encoder (MODEL_CARD.md)
    (4.0, 0.03, 0.3),
    (4.0, 0.03, 1.0),
    (16.0, 0.05, 0.3),
)
MLP_HIDDEN = 64
# Blind-written dev posts weigh as much as the older ones in choice and calibration
# (``with_blind_posts_balanced``).
BALANCE_BLIND_DEV = True
CANDIDATES = ("ngrams", "logistic", "mlp")


# ---------------------------------------------------------------- inputs


_ENCODERS: dict[tuple[str, EncoderBuild], Encoder] = {}


def embed_texts(
    texts: Sequence[str], precision: Precision = "int8", build: EncoderBuild | None = None
) -> np.ndarray:
    """Embeddings for the corpus, cached on disk beside the encoder build (keyed by text).

    ``build``: another encoder build than the package's (the fine-tuning comparison). The
    cache file is named by the graph's SHA-256, so a rebuilt (e.g. fine-tuned) encoder never
    reads the embeddings of another.
    """
    if build is None:
        enc = encoder(precision)
    else:
        enc = _ENCODERS.setdefault((precision, build), Encoder(build, precision=precision))
        enc.load()
    graph = enc.build.int8 if precision == "int8" else enc.build.fp32
    stamp = enc.build.file_digest(graph.name)[:16] or str(graph.stat().st_size)
    cache = enc.build.directory / f"embedding-cache-{precision}-{stamp}.npz"
    keys = [hashlib.sha1(t.encode("utf-8")).hexdigest() for t in texts]
    known: dict[str, np.ndarray] = {}
    if cache.exists():
        with np.load(cache, allow_pickle=False) as stored:
            known = dict(zip(stored["keys"].tolist(), stored["vectors"], strict=True))
    missing = [i for i, k in enumerate(keys) if k not in known]
    if missing:
        vectors = enc.embed([texts[i] for i in missing])
        for i, vector in zip(missing, vectors, strict=True):
            known[keys[i]] = vector
        np.savez(cache, keys=np.array(list(known)), vectors=np.vstack(list(known.values())))
    return np.vstack([known[k] for k in keys]).astype(np.float32)


def corpus_findings(rows: Sequence[corpus.CorpusPost]) -> list[list[Finding]]:
    """What the recognizers find on each corpus post, exactly as the scorer would."""
    from classifiers.engine import Scorer

    scorer = Scorer(classifier=None)
    scorer.load()
    return scorer.findings_batch([corpus.to_post(r) for r in rows], account=None)


@dataclass
class Inputs:
    """Everything a head is fitted and judged on, for one split."""

    rows: list[corpus.CorpusPost]
    embeddings: np.ndarray
    heuristics: np.ndarray
    labels: np.ndarray
    findings: list[list[Finding]]


def prepare(
    rows: Sequence[corpus.CorpusPost],
    precision: Precision = "int8",
    names: Sequence[str] = (),
    build: EncoderBuild | None = None,
    findings: list[list[Finding]] | None = None,
) -> Inputs:
    """Embeddings, heuristic features and labels of some corpus rows.

    ``findings``: the recognizers' findings when already known (the fine-tuning comparison
    runs the recognizers once for both encoders).
    """
    rows = list(rows)
    findings = findings if findings is not None else corpus_findings(rows)
    return Inputs(
        rows=rows,
        embeddings=embed_texts([r.text for r in rows], precision, build),
        heuristics=feature_matrix(findings, names or default_feature_names()),
        labels=corpus.label_matrix(rows),
        findings=findings,
    )


# ---------------------------------------------------------------- fitting


def _design(inputs: Inputs, with_heuristics: bool) -> np.ndarray:
    if with_heuristics:
        return np.hstack([inputs.embeddings, inputs.heuristics])
    return inputs.embeddings


def _standardiser(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-6] = 1.0  # a rule that never fired in train: keep it at 0, not NaN
    return mean.astype(np.float32), scale.astype(np.float32)


def _fit_logistic(x, y: np.ndarray, c: float, seed: int) -> tuple[np.ndarray, np.ndarray]:  # noqa: ANN001
    """One class-balanced logistic regression per category on ``x`` (dense or sparse)."""
    from sklearn.linear_model import LogisticRegression

    weights, biases = [], []
    for j in range(y.shape[1]):
        model = LogisticRegression(
            C=c, class_weight="balanced", max_iter=3000, random_state=seed, solver="lbfgs"
        )
        model.fit(x, y[:, j])
        weights.append(model.coef_[0])
        biases.append(model.intercept_[0])
    return np.array(weights, dtype=np.float32).T, np.array(biases, dtype=np.float32)


def _fit_mlp(x: np.ndarray, y: np.ndarray, seed: int) -> tuple[np.ndarray, ...]:
    from sklearn.neural_network import MLPClassifier

    model = MLPClassifier(
        hidden_layer_sizes=(MLP_HIDDEN,),
        alpha=1e-2,
        max_iter=400,
        early_stopping=False,
        random_state=seed,
    )
    model.fit(x, y)
    w1, w2 = model.coefs_
    b1, b2 = model.intercepts_
    return tuple(a.astype(np.float32) for a in (w1, b1, w2, b2))


def mean_average_precision(labels: np.ndarray, scores: np.ndarray) -> float:
    """Mean over categories of scikit-learn's average precision (categories with positives)."""
    from sklearn.metrics import average_precision_score

    values = [
        average_precision_score(labels[:, j], scores[:, j])
        for j in range(labels.shape[1])
        if 0 < labels[:, j].sum() < len(labels)
    ]
    return float(np.mean(values)) if values else 0.0


Candidate = tuple[str, str, tuple[np.ndarray, ...], float, float, bool]


def _candidates(
    train: Inputs, z_train: np.ndarray, lexical: LexicalFeatures, seed: int, kinds: Sequence[str]
) -> list[Candidate]:
    """(kind, label, weights, dense weight, feature weight, uses n-grams) per candidate head."""
    from scipy import sparse

    options: list[Candidate] = []
    has_features = z_train.shape[1] > EMBEDDING_DIM
    if "ngrams" in kinds:
        grams = lexical.transform([r.text for r in train.rows])
        grid = NGRAM_GRID if has_features else sorted({(c, w, w) for c, w, _ in NGRAM_GRID})
        for c, w_dense, w_features in grid:
            scale = np.full(z_train.shape[1], w_features, dtype=np.float32)
            scale[:EMBEDDING_DIM] = w_dense
            design = sparse.hstack([sparse.csr_matrix(z_train * scale), grams]).tocsr()
            coef, bias = _fit_logistic(design, train.labels, c, seed)
            dense = z_train.shape[1]
            weights = (coef[:dense], bias, coef[dense:])
            label = f"logistic+ngrams C={c} embedding x{w_dense}"
            label += f" heuristics x{w_features}" if has_features else ""
            options.append(("logistic", label, weights, w_dense, w_features, True))
    if "logistic" in kinds:
        for c in LOGISTIC_C:
            weights = _fit_logistic(z_train, train.labels, c, seed)
            options.append(("logistic", f"logistic C={c}", weights, 1.0, 1.0, False))
    if "mlp" in kinds:
        weights = _fit_mlp(z_train, train.labels, seed)
        options.append(("mlp", f"mlp {MLP_HIDDEN} relu", weights, 1.0, 1.0, False))
    return options


def fit_head(
    name: str,
    train: Inputs,
    dev: Inputs,
    *,
    with_heuristics: bool,
    seed: int,
    names: Sequence[str],
    candidates: Sequence[str] = CANDIDATES,
    harmless_budget: float | None = calibration.HARMLESS_BUDGET,
) -> Head:
    """Fit the candidates on train, keep the best on dev (mean AP), calibrate it on dev."""
    x_train = _design(train, with_heuristics)
    mean, scale = _standardiser(x_train)
    features = tuple(names) if with_heuristics else ()
    identity = calibration.Calibration(
        CATEGORIES,
        tuple(calibration.CategoryCalibration(1.0, 0.0, 0.5) for _ in CATEGORIES),
    )
    lexical = LexicalFeatures.fit([r.text for r in train.rows])
    dev_texts = [r.text for r in dev.rows]
    z_train = (x_train - mean) / scale
    tried: list[tuple[float, str, Head]] = []
    for kind, label, weights, dense_weight, feature_weight, grams in _candidates(
        train, z_train, lexical, seed, candidates
    ):
        head = Head(
            name,
            kind,
            CATEGORIES,
            features,
            mean,
            scale,
            weights,
            identity,  # type: ignore[arg-type]
            lexical=lexical if grams else None,
            dense_weight=dense_weight,
            feature_weight=feature_weight,
        )
        dev_logits = head.logits(dev.embeddings, dev.heuristics if features else None, dev_texts)
        tried.append((mean_average_precision(dev.labels, dev_logits), label, head))
        log.info("head %s candidate %s: dev mean AP %.4f", name, label, tried[-1][0])
    best_ap, best_label, best = max(tried, key=lambda t: t[0])
    dev_logits = best.logits(dev.embeddings, dev.heuristics if features else None, dev_texts)
    fitted = calibration.fit(CATEGORIES, dev_logits, dev.labels, harmless_budget=harmless_budget)
    return dataclasses.replace(
        best,
        calibration=fitted,
        info={
            "chosen": best_label,
            "dev_mean_ap": round(best_ap, 4),
            "candidates": {label: round(ap, 4) for ap, label, _ in tried},
            "seed": seed,
            "harmless_budget": harmless_budget,
        },
    )


# ---------------------------------------------------------------- the command


@dataclass
class TrainReport:
    """What ``scrubs model train`` did, in counts and dev figures (no text)."""

    heads: list[Head] = field(default_factory=list)
    counts: dict = field(default_factory=dict)
    directory: Path = HEAD_DIR
    encoder: str = "frozen"  # "fine-tuned", "adapters unchanged" or "frozen"

    def summary(self) -> str:
        """A few lines for the terminal."""
        lines = [
            f"encoder: {self.encoder}",
            f"corpus: {self.counts.get('posts', 0)} posts "
            f"(train {self.counts.get('train', 0)}, dev {self.counts.get('dev', 0)}, "
            f"test {self.counts.get('test', 0)} held out)",
        ]
        for head in self.heads:
            thresholds = ", ".join(
                f"{c} t={k.threshold:.2f}"
                for c, k in zip(head.categories, head.calibration.per_category, strict=True)
            )
            lines.append(
                f"head {head.name}: {head.info['chosen']}, "
                f"dev mean AP {head.info['dev_mean_ap']:.3f} ({thresholds})"
            )
        lines.append(f"saved to {self.directory}")
        return "\n".join(lines)


def with_quantization_noise(inputs: Inputs, build: EncoderBuild | None = None) -> Inputs:
    """The rows twice: once with fp32 embeddings (as prepared), once with int8 ones.

    The head then learns to ignore the small differences quantization makes, so serving it
    on the int8 encoder loses (almost) nothing against fp32 (MODEL_CARD.md: int8 vs fp32).
    """
    quantized = embed_texts([r.text for r in inputs.rows], "int8", build)
    return Inputs(
        rows=inputs.rows + inputs.rows,
        embeddings=np.vstack([inputs.embeddings, quantized]),
        heuristics=np.vstack([inputs.heuristics, inputs.heuristics]),
        labels=np.vstack([inputs.labels, inputs.labels]),
        findings=inputs.findings + inputs.findings,
    )


def with_blind_posts_balanced(inputs: Inputs) -> Inputs:
    """``inputs`` with each blind-written row (``CorpusPost.written_blind``) repeated so that
    those rows weigh as much, together, as all the others: integer weights, for choosing the
    head and calibrating it on dev.

    Why: the older dev posts were read while the rules were written (and their near-twins sit
    in train), so on them the heuristic features and the head look better than on posts
    nobody tuned on: with dev-chosen thresholds, recall on the blind-written dev posts was
    about half of that on the older ones (MODEL_CARD.md). Real posts are unseen posts, so the
    thresholds must be set by them at least as much as by the older posts.
    """
    blind = [i for i, row in enumerate(inputs.rows) if row.written_blind]
    others = len(inputs.rows) - len(blind)
    if not blind or not others:
        return inputs
    extra = [i for i in blind for _ in range(max(1, round(others / len(blind))) - 1)]
    if not extra:
        return inputs
    return Inputs(
        rows=inputs.rows + [inputs.rows[i] for i in extra],
        embeddings=np.vstack([inputs.embeddings, inputs.embeddings[extra]]),
        heuristics=np.vstack([inputs.heuristics, inputs.heuristics[extra]]),
        labels=np.vstack([inputs.labels, inputs.labels[extra]]),
        findings=inputs.findings + [inputs.findings[i] for i in extra],
    )


def train_heads(
    rows: Sequence[corpus.CorpusPost],
    seed: int = 13,
    candidates: Sequence[str] = CANDIDATES,
    harmless_budget: float | None = calibration.HARMLESS_BUDGET,
    balance_blind: bool = BALANCE_BLIND_DEV,
) -> list[Head]:
    """The ``embedding`` and ``combined`` heads from the train and dev splits of ``rows``.

    Fitted on train with fp32 and int8 embeddings side by side; chosen and calibrated on dev
    with int8 embeddings, which is what ``Scorer`` serves, the blind-written dev posts
    weighing as much as the others (``with_blind_posts_balanced``).
    """
    np.random.seed(seed)
    names = default_feature_names()
    train = with_quantization_noise(prepare(corpus.split(rows, "train"), "fp32", names))
    dev = prepare(corpus.split(rows, "dev"), "int8", names)
    if balance_blind:
        dev = with_blind_posts_balanced(dev)
    info = {
        "corpus": corpus.fingerprint(rows),
        "embeddings": "train: fp32 + int8; dev (selection, calibration): int8",
        "dev_blind_balanced": balance_blind,
        **corpus.summary(rows),
    }
    heads = []
    for name, with_heuristics in (("embedding", False), ("combined", True)):
        head = fit_head(
            name,
            train,
            dev,
            with_heuristics=with_heuristics,
            seed=seed,
            names=names,
            candidates=candidates,
            harmless_budget=harmless_budget,
        )
        head.info.update(info)
        heads.append(head)
    return heads


def prepare_encoder(
    rows: Sequence[corpus.CorpusPost],
    seed: int,
    fine_tune: bool = True,
    refit: bool = False,
    adapter_dir: Path | None = None,
) -> tuple[EncoderBuild, str]:
    """Fine-tune the encoder's LoRA adapters (or drop them), then build the ONNX graphs.

    Returns the build and what happened ("fine-tuned", "adapters unchanged", "frozen").
    Adapters already trained by the same recipe (train split, seed, config, torch version)
    are kept: training is deterministic, so refitting would write the same bytes.
    """
    from classifiers import finetune
    from classifiers.encoder_export import build

    folder = adapter_dir or finetune.ADAPTER_DIR
    train_rows = corpus.split(rows, "train")
    if not fine_tune:
        finetune.remove(folder)
        state = "frozen"
    elif refit or not finetune.is_current(train_rows, seed, directory=folder):
        adapters = finetune.fine_tune(train_rows, corpus.split(rows, "dev"), seed=seed)
        adapters.save(folder)
        state = "fine-tuned"
    else:
        state = "adapters unchanged"
    encoder.cache_clear()  # a loaded session may hold the previous graph
    _ENCODERS.clear()
    return build(adapter_dir=adapter_dir), state


def train(
    seed: int = 13,
    corpus_dir: Path | None = None,
    directory: Path = HEAD_DIR,
    harmless_budget: float | None = calibration.HARMLESS_BUDGET,
    fine_tune: bool = True,
    refit_encoder: bool = False,
) -> TrainReport:
    """Fine-tune the encoder (LoRA), rebuild it, train, calibrate and save both heads.

    This is ``scrubs model train``: one command from the corpus to every trained artefact.
    """
    rows = corpus.load(corpus_dir)
    built, state = prepare_encoder(rows, seed, fine_tune=fine_tune, refit=refit_encoder)
    heads = train_heads(rows, seed=seed, harmless_budget=harmless_budget)
    encoder_info = {
        "encoder": "all-MiniLM-L6-v2 + LoRA (merged)" if fine_tune else "all-MiniLM-L6-v2 frozen",
        "adapter_sha256": json.loads(built.manifest.read_text()).get("adapter_sha256"),
    }
    for head in heads:
        head.info.update(encoder_info)
        head.save(directory)
    return TrainReport(heads=heads, counts=corpus.summary(rows), directory=directory, encoder=state)
