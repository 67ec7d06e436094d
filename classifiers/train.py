"""Train the classifier heads on frozen MiniLM embeddings; calibrate them on dev; save them.

Two heads are trained, both multi-label (one output per category):

- ``embedding``: the embedding alone (the "model alone" row of the evaluation);
- ``combined``: the embedding beside the heuristic features of ``classifiers.features``.
  This is the head the scorer uses.

For each head, candidates are fitted on **train** (per-category logistic regression at a few
regularisation strengths, class-balanced; and a one-hidden-layer MLP) and the one with the
best mean average precision on **dev** is kept, then calibrated on dev
(``classifiers.calibration``). The test split is never read here.

Heads are fitted and calibrated on **fp32** embeddings (the reference model) and served on
the int8 encoder, as post-training quantization is meant to work: the evaluation then runs
the very same head on both encoders, so the int8-vs-fp32 gap measures quantization alone.

Reproducible: the same corpus, recognizers and ``--seed`` give byte-identical heads (the
encoder build is deterministic, scikit-learn's solvers are seeded). The encoder stays frozen:
fine-tuning would mean shipping or rebuilding ~90 MB of weights per change; the model card
gives the reasons and numbers.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from classifiers import calibration, corpus
from classifiers.features import default_feature_names, feature_matrix
from classifiers.findings import CATEGORIES, Finding
from classifiers.model import HEAD_DIR, Head, Precision, encoder

log = logging.getLogger(__name__)

LOGISTIC_C = (0.25, 1.0, 4.0)
MLP_HIDDEN = 64


# ---------------------------------------------------------------- inputs


def embed_texts(texts: Sequence[str], precision: Precision = "int8") -> np.ndarray:
    """Embeddings for the corpus, cached on disk beside the encoder build (keyed by text)."""
    enc = encoder(precision)
    stamp = (enc.build.int8 if precision == "int8" else enc.build.fp32).stat()
    cache = enc.build.directory / f"embedding-cache-{precision}-{stamp.st_size}.npz"
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
    rows: Sequence[corpus.CorpusPost], precision: Precision = "int8", names: Sequence[str] = ()
) -> Inputs:
    """Embeddings, heuristic features and labels of some corpus rows."""
    rows = list(rows)
    findings = corpus_findings(rows)
    return Inputs(
        rows=rows,
        embeddings=embed_texts([r.text for r in rows], precision),
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


def _fit_logistic(x: np.ndarray, y: np.ndarray, c: float, seed: int) -> tuple[np.ndarray, ...]:
    from sklearn.linear_model import LogisticRegression

    weights, biases = [], []
    for j in range(y.shape[1]):
        model = LogisticRegression(
            C=c, class_weight="balanced", max_iter=2000, random_state=seed, solver="lbfgs"
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


def fit_head(
    name: str,
    train: Inputs,
    dev: Inputs,
    *,
    with_heuristics: bool,
    seed: int,
    names: Sequence[str],
    candidates: Sequence[str] = ("logistic", "mlp"),
) -> Head:
    """Fit the candidates on train, keep the best on dev (mean AP), calibrate it on dev."""
    x_train = _design(train, with_heuristics)
    mean, scale = _standardiser(x_train)
    features = tuple(names) if with_heuristics else ()
    identity = calibration.Calibration(
        CATEGORIES,
        tuple(calibration.CategoryCalibration(1.0, 0.0, 0.5) for _ in CATEGORIES),
    )
    tried: list[tuple[float, str, Head]] = []
    options: list[tuple[str, str, tuple[np.ndarray, ...]]] = []
    z_train = (x_train - mean) / scale
    if "logistic" in candidates:
        for c in LOGISTIC_C:
            options.append(
                ("logistic", f"logistic C={c}", _fit_logistic(z_train, train.labels, c, seed))
            )
    if "mlp" in candidates:
        options.append(("mlp", f"mlp {MLP_HIDDEN} relu", _fit_mlp(z_train, train.labels, seed)))
    for kind, label, weights in options:
        head = Head(name, kind, CATEGORIES, features, mean, scale, weights, identity)  # type: ignore[arg-type]
        dev_logits = head.logits(dev.embeddings, dev.heuristics if features else None)
        tried.append((mean_average_precision(dev.labels, dev_logits), label, head))
        log.info("head %s candidate %s: dev mean AP %.4f", name, label, tried[-1][0])
    best_ap, best_label, best = max(tried, key=lambda t: t[0])
    dev_logits = best.logits(dev.embeddings, dev.heuristics if features else None)
    fitted = calibration.fit(CATEGORIES, dev_logits, dev.labels)
    return Head(
        name=name,
        kind=best.kind,
        categories=CATEGORIES,
        features=features,
        mean=mean,
        scale=scale,
        weights=best.weights,
        calibration=fitted,
        info={
            "chosen": best_label,
            "dev_mean_ap": round(best_ap, 4),
            "candidates": {label: round(ap, 4) for ap, label, _ in tried},
            "seed": seed,
        },
    )


# ---------------------------------------------------------------- the command


@dataclass
class TrainReport:
    """What ``scrubs model train`` did, in counts and dev figures (no text)."""

    heads: list[Head] = field(default_factory=list)
    counts: dict = field(default_factory=dict)
    directory: Path = HEAD_DIR

    def summary(self) -> str:
        """A few lines for the terminal."""
        lines = [
            f"corpus: {self.counts.get('posts', 0)} posts "
            f"(train {self.counts.get('train', 0)}, dev {self.counts.get('dev', 0)}, "
            f"test {self.counts.get('test', 0)} held out)"
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


def train_heads(
    rows: Sequence[corpus.CorpusPost],
    seed: int = 13,
    precision: Precision = "fp32",
    candidates: Sequence[str] = ("logistic", "mlp"),
) -> list[Head]:
    """The ``embedding`` and ``combined`` heads from the train and dev splits of ``rows``."""
    np.random.seed(seed)
    names = default_feature_names()
    train = prepare(corpus.split(rows, "train"), precision, names)
    dev = prepare(corpus.split(rows, "dev"), precision, names)
    info = {"corpus": corpus.fingerprint(rows), "precision": precision, **corpus.summary(rows)}
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
        )
        head.info.update(info)
        heads.append(head)
    return heads


def train(
    seed: int = 13, corpus_dir: Path | None = None, directory: Path = HEAD_DIR
) -> TrainReport:
    """Train, calibrate and save both heads (``scrubs model train``)."""
    rows = corpus.load(corpus_dir)
    heads = train_heads(rows, seed=seed)
    for head in heads:
        head.save(directory)
    return TrainReport(heads=heads, counts=corpus.summary(rows), directory=directory)
