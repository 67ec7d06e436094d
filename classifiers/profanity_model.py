"""``alt-profanity-check``'s model, scored without scikit-learn.

The package ships a scikit-learn ``TfidfVectorizer`` (word unigrams) and a
``CalibratedClassifierCV`` of five ``LinearSVC`` folds with sigmoid calibration, as joblib
pickles, and loads them when it is imported. Unpickling them imports scikit-learn and SciPy:
about 1.5 s of CPU and some 40 MiB in every scan, spent while the encoder is already working
on the same two cores. The model itself is small and linear, so its numbers are copied once
into an ``.npz`` beside the built encoder (``scrubs model build``, or the first load), and a
post's probability is computed here from them: the same numbers as ``predict_prob`` up to
float rounding (tested against the package).
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import os
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

# TfidfVectorizer's default token pattern; the package's vectorizer lower-cases first.
_TOKENS = re.compile(r"(?u)\b\w\w+\b")
_FILES = ("vectorizer.joblib", "model.joblib")


@dataclass(frozen=True)
class ProfanityWeights:
    """The vectorizer's vocabulary and idf, and each fold's SVM and sigmoid calibration."""

    vocabulary: dict[str, int]
    idf: np.ndarray  # (V,)
    coef: np.ndarray  # (folds, V)
    intercept: np.ndarray  # (folds,)
    calibration_a: np.ndarray  # (folds,)
    calibration_b: np.ndarray  # (folds,)

    def predict_prob(self, texts: Sequence[str]) -> np.ndarray:
        """Probability that each text is offensive (``profanity_check.predict_prob``)."""
        decisions = np.tile(self.intercept, (len(texts), 1))
        for row, text in enumerate(texts):
            columns = [
                self.vocabulary[t] for t in _TOKENS.findall(text.lower()) if t in self.vocabulary
            ]
            if not columns:
                continue
            unique, counts = np.unique(np.asarray(columns), return_counts=True)
            values = counts * self.idf[unique]
            values /= np.sqrt(np.dot(values, values))
            decisions[row] += self.coef[:, unique] @ values
        # scikit-learn's _SigmoidCalibration: P(offensive) = 1 / (1 + exp(a * f + b)),
        # averaged over the folds.
        return np.mean(
            1.0 / (1.0 + np.exp(self.calibration_a * decisions + self.calibration_b)), axis=1
        )

    def save(self, path: Path) -> None:
        """Write the weights to ``path`` atomically (a reader never sees half a file)."""
        words = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".npz", dir=path.parent)
        os.close(fd)
        try:
            np.savez(
                temporary,
                words=np.asarray(words),
                idf=self.idf,
                coef=self.coef,
                intercept=self.intercept,
                calibration_a=self.calibration_a,
                calibration_b=self.calibration_b,
            )
            os.chmod(temporary, 0o644)  # readable like the encoder files beside it
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    @classmethod
    def read(cls, path: Path) -> ProfanityWeights:
        """Inverse of ``save``."""
        with np.load(path, allow_pickle=False) as data:
            words = [str(w) for w in data["words"]]
            return cls(
                vocabulary={w: i for i, w in enumerate(words)},
                idf=data["idf"],
                coef=data["coef"],
                intercept=data["intercept"],
                calibration_a=data["calibration_a"],
                calibration_b=data["calibration_b"],
            )


def package_files() -> tuple[Path, ...]:
    """The installed package's joblib files, found without importing it (importing it loads
    them through scikit-learn)."""
    spec = importlib.util.find_spec("profanity_check")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("alt-profanity-check is not installed")
    data = Path(next(iter(spec.submodule_search_locations))) / "data"
    return tuple(data / name for name in _FILES)


def fingerprint(files: Sequence[Path]) -> str:
    """Short digest of the package's model files: a new package version means a new copy."""
    digest = hashlib.sha256()
    for file in files:
        digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def extract(files: Sequence[Path]) -> ProfanityWeights:
    """Read the numbers out of the package's pickles (imports scikit-learn, once)."""
    import joblib

    vectorizer, model = (joblib.load(f) for f in files)
    folds = model.calibrated_classifiers_
    for fold in folds:
        if fold.method != "sigmoid" or len(fold.calibrators) != 1:
            raise ValueError("unexpected alt-profanity-check model: expected binary sigmoid folds")
    return ProfanityWeights(
        vocabulary={str(w): int(i) for w, i in vectorizer.vocabulary_.items()},
        idf=np.asarray(vectorizer.idf_, dtype=np.float64),
        coef=np.vstack([f.estimator.coef_.ravel() for f in folds]).astype(np.float64),
        intercept=np.asarray([float(f.estimator.intercept_[0]) for f in folds]),
        calibration_a=np.asarray([float(f.calibrators[0].a_) for f in folds]),
        calibration_b=np.asarray([float(f.calibrators[0].b_) for f in folds]),
    )


def cache_path(directory: Path | None = None) -> Path:
    """Where this package version's copy lives: beside the built encoder."""
    from classifiers.encoder_export import default_build_dir

    return (directory or default_build_dir()) / f"profanity-{_installed_fingerprint()}.npz"


@functools.cache
def _installed_fingerprint() -> str:
    """The installed package's fingerprint, hashed once per process (its files are ~2 MB)."""
    return fingerprint(package_files())


def load(directory: Path | None = None) -> ProfanityWeights:
    """The weights, copied out of the package on first use and read from the copy after."""
    path = cache_path(directory)
    if path.exists():
        return ProfanityWeights.read(path)
    weights = extract(package_files())
    weights.save(path)
    return weights
