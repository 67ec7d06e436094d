"""The transformer classifier: ONNX build, parity with PyTorch, batching, heads, the CLI.

Parity tolerances (stated here and in MODEL_CARD.md):
- ONNX fp32 (LoRA adapters merged) vs PyTorch sentence embeddings (adapters beside their
  layers, unmerged): max absolute difference <= 1e-4 per component;
- int8 vs fp32: cosine similarity >= 0.95 per post (the F2 bar lives in test_evaluate.py);
- batching: fp32 embeddings do not depend on the batch (<= 1e-5); int8 ones move a little
  (cosine >= 0.95) because dynamic quantization scales activations per batch tensor.
The encoder is loaded once per session; nothing is trained here beyond a tiny head.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from classifiers.calibration import Calibration, CategoryCalibration
from classifiers.encoder_export import EncoderBuild, build, default_build_dir, source_dir
from classifiers.findings import CATEGORIES
from classifiers.model import Encoder, Head, TextClassifier, encoder, head_available, length_batches

pytestmark = pytest.mark.slow

# fmt: off
TEXTS = [
    "52F in resus tonight after a fireworks accident in Athlone #MedTwitter",
    "@kaylee_b95 so glad the cast came off ok! no more trampolines 😂",
    "Adults over 45 should be screened for bowel cancer. Talk to your GP.",
    "x",
    "",
    "another genius who googled his symptoms and now wants an MRI for a paper cut 🙄 " * 3,
]
# fmt: on


@pytest.fixture(scope="session")
def int8() -> Encoder:
    return encoder("int8")


@pytest.fixture(scope="session")
def fp32() -> Encoder:
    return encoder("fp32")


@pytest.fixture(scope="session")
def torch_embeddings() -> np.ndarray:
    """Reference: sentence-transformers' recipe run in PyTorch on the shipped weights, with
    the committed LoRA adapters (if any) beside their layers, unmerged, as in training: the
    ONNX graph has them merged into the weights, so parity also checks the merge."""
    import torch
    from tokenizers import Tokenizer
    from transformers import AutoModel

    from classifiers.finetune import Adapters, adapter_fingerprint, wrap_unmerged

    tokenizer = Tokenizer.from_file(str(source_dir() / "tokenizer.json"))
    tokenizer.enable_truncation(max_length=128)
    tokenizer.enable_padding()
    batch = tokenizer.encode_batch(TEXTS)
    ids = torch.tensor([e.ids for e in batch])
    mask = torch.tensor([e.attention_mask for e in batch])
    model = AutoModel.from_pretrained(source_dir()).eval()
    if adapter_fingerprint():
        wrap_unmerged(model, Adapters.load())
    with torch.no_grad():
        hidden = model(input_ids=ids, attention_mask=mask).last_hidden_state
    weights = mask.unsqueeze(-1).float()
    pooled = (hidden * weights).sum(1) / weights.sum(1)
    return torch.nn.functional.normalize(pooled, dim=1).numpy()


def test_onnx_fp32_matches_pytorch(fp32: Encoder, torch_embeddings: np.ndarray) -> None:
    assert np.abs(fp32.embed(TEXTS) - torch_embeddings).max() <= 1e-4


def test_int8_stays_close_to_fp32(int8: Encoder, fp32: Encoder) -> None:
    cosine = np.sum(int8.embed(TEXTS) * fp32.embed(TEXTS), axis=1)
    assert cosine.min() >= 0.95


def test_embeddings_are_unit_length(int8: Encoder) -> None:
    norms = np.linalg.norm(int8.embed(TEXTS), axis=1)
    assert np.allclose(norms, 1.0, atol=1e-4)


def test_batching_does_not_change_an_fp32_embedding(fp32: Encoder) -> None:
    together = fp32.embed(TEXTS)
    alone = np.vstack([fp32.embed([t]) for t in TEXTS])
    assert np.abs(together - alone).max() <= 1e-5


def test_batching_moves_an_int8_embedding_only_slightly(int8: Encoder) -> None:
    """Dynamic quantization scales activations per tensor, so neighbours in a batch matter a
    little (a known limit, in MODEL_CARD.md); it must stay within the quantization error."""
    together = int8.embed(TEXTS)
    alone = np.vstack([int8.embed([t]) for t in TEXTS])
    assert np.sum(together * alone, axis=1).min() >= 0.95


def test_submissions_in_flight_together_each_get_their_own_embeddings(fp32: Encoder) -> None:
    """The scan keeps several batches in the encoder at once (``Encoder.submit``)."""
    batches = [TEXTS, TEXTS[::-1], TEXTS[2:] * 20, TEXTS[:1]]
    futures = [fp32.submit(batch) for batch in batches]
    for batch, future in zip(batches, futures, strict=True):
        assert np.abs(future.result() - fp32.embed(batch)).max() <= 1e-5


def test_one_thread_and_parallel_calls_give_the_same_embeddings(fp32: Encoder) -> None:
    """With several cores, whole ONNX calls run side by side; results must not depend on it."""
    serial = Encoder(fp32.build, precision="fp32", threads=1)
    texts = TEXTS * 40  # several ONNX calls
    assert fp32.threads > 1 or serial.threads == 1
    assert np.abs(serial.embed(texts) - fp32.embed(texts)).max() <= 1e-5


def test_no_texts_give_an_empty_matrix(int8: Encoder) -> None:
    assert int8.embed([]).shape == (0, 384)


def test_long_posts_are_truncated_and_counted(int8: Encoder) -> None:
    cut_before = int8.truncated
    ids = int8.token_ids(["word " * 400, "short"])
    assert [len(i) for i in ids][0] == 128
    assert int8.truncated == cut_before + 1


def test_encoder_is_loaded_once_per_process(int8: Encoder) -> None:
    assert encoder("int8") is int8


# fmt: off
@pytest.mark.parametrize("lengths, budget, cap, expected", [
    ([5, 3, 9, 1],      100, 64, [[3, 1, 0, 2]]),          # one batch, shortest first
    ([10, 10, 10, 10],   25, 64, [[0, 1], [2, 3]]),        # 3 x 10 > 25 padded tokens
    ([2, 50, 3, 60],    100, 64, [[0, 2], [1], [3]]),      # 3 x 50 > 100: long ones apart
    ([4, 4, 4],        1000,  2, [[0, 1], [2]]),           # batch size cap
    ([],                100, 64, []),
])
# fmt: on
def test_length_batches(
    lengths: list[int], budget: int, cap: int, expected: list[list[int]]
) -> None:
    assert length_batches(lengths, budget, cap) == expected


def _head(kind: str, n_features: int) -> Head:
    rng = np.random.default_rng(0)
    width = 384 + n_features
    if kind == "logistic":
        weights = (
            rng.normal(size=(width, 4)).astype(np.float32),
            rng.normal(size=4).astype(np.float32),
        )
    else:
        weights = (
            rng.normal(size=(width, 8)).astype(np.float32),
            rng.normal(size=8).astype(np.float32),
            rng.normal(size=(8, 4)).astype(np.float32),
            rng.normal(size=4).astype(np.float32),
        )
    per_category = tuple(CategoryCalibration(0.5 + i, 0.1 * i, 0.3) for i in range(4))
    features = tuple(f"rule:r{i}" for i in range(n_features))
    zeros, ones = np.zeros(width, np.float32), np.ones(width, np.float32)
    calibration = Calibration(CATEGORIES, per_category)
    return Head("t", kind, CATEGORIES, features, zeros, ones, weights, calibration, {"seed": 1})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "kind, n_features", [("logistic", 0), ("logistic", 3), ("mlp", 0), ("mlp", 5)]
)
def test_head_round_trips_through_npz_and_json(tmp_path: Path, kind: str, n_features: int) -> None:
    head = _head(kind, n_features)
    head.save(tmp_path)
    loaded = Head.load("t", tmp_path)
    x = np.random.default_rng(1).normal(size=(7, 384)).astype(np.float32)
    h = np.random.default_rng(2).random(size=(7, n_features)).astype(np.float32)
    h = h if n_features else None
    assert np.allclose(loaded.logits(x, h), head.logits(x, h), atol=1e-5)
    assert np.allclose(loaded.probabilities(x, h), head.probabilities(x, h), atol=1e-5)
    assert loaded.calibration == head.calibration  # per category, in the head's column order
    assert loaded.features == head.features and loaded.info == {"seed": 1}
    meta = json.loads((tmp_path / "t.json").read_text())
    assert meta["calibration"]["categories"]["phi"]["threshold"] == 0.3


def test_head_with_features_refuses_to_run_without_them() -> None:
    with pytest.raises(ValueError, match="needs 3 heuristic features"):
        _head("logistic", 3).logits(np.zeros((1, 384), np.float32))


def test_calibrated_threshold_maps_to_one_half() -> None:
    head = _head("logistic", 0)
    cal = head.calibration.per_category[0]
    z = np.array([(np.log(0.3 / 0.7) - cal.intercept) / cal.slope])  # Platt probability = 0.3
    assert cal.apply(z)[0] == pytest.approx(0.5)


@pytest.mark.skipif(not head_available("combined"), reason="no trained head committed yet")
def test_shipped_head_gives_probabilities_per_category(int8: Encoder) -> None:
    from classifiers.features import feature_matrix

    classifier = TextClassifier("combined")
    classifier.load()
    heuristics = feature_matrix([[] for _ in TEXTS], classifier.head.features)
    predictions = classifier.predict(TEXTS, heuristics)
    assert [set(p) for p in predictions] == [set(CATEGORIES)] * len(TEXTS)
    assert all(0.0 <= v <= 1.0 for p in predictions for v in p.values())


def test_build_is_deterministic(tmp_path: Path) -> None:
    shipped = EncoderBuild(default_build_dir())
    assert shipped.is_complete()
    fresh = build(tmp_path / "model")
    ours = json.loads(fresh.manifest.read_text())["files"]
    theirs = json.loads(shipped.manifest.read_text())["files"]
    assert ours == theirs


def test_an_incomplete_build_is_rebuilt(tmp_path: Path) -> None:
    directory = tmp_path / "model"
    directory.mkdir()
    (directory / "encoder-int8.onnx").write_bytes(b"half a model")
    assert not EncoderBuild(directory).is_complete()


def test_model_build_command_reports_the_ready_encoder() -> None:
    from typer.testing import CliRunner

    from scanner.cli import _register, app

    _register()
    result = CliRunner().invoke(app, ["model", "build"], catch_exceptions=False)
    assert result.exit_code == 0
    assert "encoder ready" in result.output


def test_block_weights_scale_the_embedding_and_the_heuristics_apart() -> None:
    import dataclasses

    head = dataclasses.replace(_head("logistic", 3), dense_weight=0.5, feature_weight=2.0)
    weights = head.block_weights(384 + 3)
    assert set(weights[:384]) == {0.5} and list(weights[384:]) == [2.0, 2.0, 2.0]


def test_the_classifier_names_its_exact_version() -> None:
    from classifiers.model import TextClassifier

    version = TextClassifier().version
    assert version.startswith("minilm-l6-int8+combined-") and len(version.rsplit("-", 1)[1]) == 12
