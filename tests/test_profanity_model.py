"""classifiers.profanity_model: alt-profanity-check's numbers without scikit-learn."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from classifiers import profanity_model

TEXTS = [
    "",
    "what a shit night, 14 hours and no break",
    "f***ing Epic crashed again mid-handover",
    "you are an idiot and so is your consultant",
    "Glad the cast came off ok! See you at the fracture clinic",
    "fuck fuck FUCK",
    "Bloody hell, the bleep went off 40 times tonight 🙄",
    "ΟΔΟΣ Σ naïve café émoji",
    "a b c d e the and of",  # stop words and one-letter tokens only
    "Status dramaticus in bay 4 again lol, what a dick",
]


@pytest.fixture(scope="module")
def weights(tmp_path_factory: pytest.TempPathFactory) -> profanity_model.ProfanityWeights:
    return profanity_model.load(tmp_path_factory.mktemp("build"))


def test_probabilities_equal_the_packages(weights: profanity_model.ProfanityWeights) -> None:
    from profanity_check import predict_prob

    assert np.allclose(weights.predict_prob(TEXTS), predict_prob(TEXTS), atol=1e-9)


def test_the_copy_reads_back_identical(tmp_path: Path, weights) -> None:  # noqa: ANN001
    path = tmp_path / "copy.npz"
    weights.save(path)
    again = profanity_model.ProfanityWeights.read(path)
    assert again.vocabulary == weights.vocabulary
    assert np.array_equal(again.predict_prob(TEXTS), weights.predict_prob(TEXTS))


def test_load_writes_the_copy_once_and_then_reads_it(tmp_path: Path) -> None:
    first = profanity_model.load(tmp_path)
    [copy] = tmp_path.glob("profanity-*.npz")
    stamp = copy.stat().st_mtime_ns
    second = profanity_model.load(tmp_path)
    assert copy.stat().st_mtime_ns == stamp
    assert np.array_equal(first.predict_prob(TEXTS), second.predict_prob(TEXTS))


def test_scoring_does_not_import_scikit_learn(tmp_path: Path) -> None:
    import subprocess
    import sys

    profanity_model.load(tmp_path)  # the copy exists: the child only reads it
    code = (
        "import sys; from pathlib import Path; from classifiers import profanity_model as m; "
        f"m.load(Path({str(tmp_path)!r})).predict_prob(['what a shit night']); "
        "print('sklearn' in sys.modules, 'scipy' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]
