"""LoRA fine-tuning of the encoder: adapters, merging, determinism, the build's bookkeeping.

Real parts: the shipped MiniLM weights (loaded once per session), the real corpus rows, real
files. The fine-tuning run here is two optimiser steps on 16 posts (seconds); the full run is
``scrubs model train`` and its figures are in MODEL_CARD.md.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import numpy as np
import pytest

from classifiers import corpus
from classifiers.encoder_export import EncoderBuild, default_build_dir
from classifiers.finetune import (
    Adapters,
    FineTuneConfig,
    adapted_bert,
    adapter_fingerprint,
    attach_adapters,
    base_bert,
    embed_with,
    fine_tune,
    is_current,
    merge_into,
    remove,
    wrap_unmerged,
)

pytestmark = pytest.mark.slow

TEXTS = [
    "52F in resus tonight after a fireworks accident in Athlone #MedTwitter",
    "@kaylee_b95 so glad the cast came off ok! no more trampolines 😂",
    "Adults over 45 should be screened for bowel cancer. Talk to your GP.",
    "x",
]
TINY = FineTuneConfig(rank=2, epochs=1, batch_size=8)


def _random_adapters(config: FineTuneConfig, seed: int = 3) -> Adapters:
    """Adapters with non-zero B (a fresh adapter's B is 0, which would test nothing)."""
    rng = np.random.default_rng(seed)
    factors = {}
    for i in range(6):
        for target, (out, inp) in {
            "attention.self.query": (384, 384),
            "attention.self.value": (384, 384),
            "intermediate.dense": (1536, 384),
            "output.dense": (384, 1536),
        }.items():
            if target in config.targets:
                a = rng.normal(0, 0.05, size=(config.rank, inp)).astype(np.float32)
                b = rng.normal(0, 0.05, size=(out, config.rank)).astype(np.float32)
                factors[f"encoder.layer.{i}.{target}.weight"] = (a, b)
    return Adapters(factors, config.scaling, {"seed": seed})


@pytest.fixture(scope="module")
def train_rows() -> list[corpus.CorpusPost]:
    return corpus.split(corpus.load(), "train")[:16]


def test_merged_weights_give_the_unmerged_embeddings() -> None:
    adapters = _random_adapters(FineTuneConfig())
    unmerged = base_bert()
    wrap_unmerged(unmerged, adapters)
    merged = adapted_bert(adapters)
    a, b = embed_with(unmerged, TEXTS), embed_with(merged, TEXTS)
    assert np.abs(a - b).max() <= 1e-5
    assert np.abs(a - embed_with(base_bert(), TEXTS)).max() > 1e-3  # the adapters do something


@pytest.mark.parametrize(
    "targets",
    [("attention.self.query", "attention.self.value"), FineTuneConfig().targets],
    ids=["q-v", "q-v-ffn"],
)
def test_adapters_wrap_every_layer_and_start_as_the_identity(targets: tuple[str, ...]) -> None:
    bert = base_bert()
    adapters = attach_adapters(bert, dataclasses.replace(TINY, targets=targets), seed=1)
    assert len(adapters) == 6 * len(targets)
    trainable = [p for p in bert.parameters() if p.requires_grad]
    assert len(trainable) == 2 * len(adapters)  # only A and B of each adapter
    assert np.abs(embed_with(bert, TEXTS) - embed_with(base_bert(), TEXTS)).max() <= 1e-6


def test_adapters_round_trip_through_npz_and_json(tmp_path: Path) -> None:
    adapters = _random_adapters(dataclasses.replace(TINY, targets=("attention.self.value",)))
    adapters.save(tmp_path)
    loaded = Adapters.load(tmp_path)
    assert loaded.scaling == adapters.scaling and loaded.info == adapters.info
    assert set(loaded.factors) == set(adapters.factors)
    for name, (a, b) in adapters.factors.items():
        assert np.array_equal(loaded.factors[name][0], a)
        assert np.array_equal(loaded.factors[name][1], b)
    assert not (tmp_path / "lora.npz").read_bytes().startswith(b"\x80")  # npz, not a pickle


def test_an_adapter_of_the_wrong_shape_is_refused() -> None:
    a, b = np.zeros((2, 10), np.float32), np.zeros((384, 2), np.float32)
    bad = Adapters({"encoder.layer.0.attention.self.query.weight": (a, b)}, 1.0, {})
    with pytest.raises(ValueError, match="attention.self.query"):
        merge_into(base_bert(), bad)


def test_fine_tuning_is_reproducible_from_the_seed(
    train_rows: list[corpus.CorpusPost], tmp_path: Path
) -> None:
    first = fine_tune(train_rows, seed=5, config=TINY)
    second = fine_tune(train_rows, seed=5, config=TINY)
    first.save(tmp_path / "one")
    second.save(tmp_path / "two")
    assert adapter_fingerprint(tmp_path / "one") == adapter_fingerprint(tmp_path / "two")
    assert any(np.abs(b).max() > 0 for _, b in first.factors.values())  # it learned something
    assert [e["epoch"] for e in first.info["history"]] == [1]


@pytest.mark.parametrize("seed, rows_cut, same", [(5, 16, True), (6, 16, False), (5, 15, False)])
def test_adapters_are_current_only_for_their_recipe(
    train_rows: list[corpus.CorpusPost], tmp_path: Path, seed: int, rows_cut: int, same: bool
) -> None:
    fine_tune(train_rows, seed=5, config=TINY).save(tmp_path)
    assert is_current(train_rows[:rows_cut], seed, TINY, tmp_path) is same
    remove(tmp_path)
    assert adapter_fingerprint(tmp_path) is None
    assert not is_current(train_rows, 5, TINY, tmp_path)


def test_a_build_records_its_adapters_and_goes_stale_without_them(tmp_path: Path) -> None:
    shipped = EncoderBuild(default_build_dir())
    assert shipped.is_complete()
    manifest = json.loads(shipped.manifest.read_text())
    assert manifest.get("adapter_sha256") == adapter_fingerprint()  # None: frozen
    other = tmp_path / "adapters"
    _random_adapters(TINY).save(other)
    assert not EncoderBuild(shipped.directory, other).is_complete()  # other adapters: rebuild


# fmt: off
@pytest.mark.parametrize("trained_on, built_from, refused", [
    ("a" * 64,  "a" * 64, False),   # the adapters it was trained on
    ("a" * 64,  None,     True),    # fine-tuned head on the frozen encoder
    (None,      "b" * 64, True),    # frozen head on a fine-tuned encoder
    ("a" * 64,  "b" * 64, True),    # other adapters
    ("absent",  "b" * 64, False),   # a head from before fine-tuning records nothing
])
# fmt: on
def test_a_head_refuses_an_encoder_it_was_not_trained_on(
    tmp_path: Path, trained_on: str | None, built_from: str | None, refused: bool
) -> None:
    from classifiers.calibration import Calibration, CategoryCalibration
    from classifiers.findings import CATEGORIES
    from classifiers.model import EncoderMismatchError, Head

    info = {} if trained_on == "absent" else {"adapter_sha256": trained_on}
    calibration = Calibration(CATEGORIES, tuple(CategoryCalibration(1, 0, 0.5) for _ in CATEGORIES))
    zeros = np.zeros(384, np.float32)
    head = Head("h", "logistic", CATEGORIES, (), zeros, zeros + 1, (), calibration, info)
    built = EncoderBuild(tmp_path)
    built.manifest.write_text(json.dumps({"adapter_sha256": built_from}))
    if refused:
        with pytest.raises(EncoderMismatchError, match="scrubs model train"):
            head.check_encoder(built)
    else:
        head.check_encoder(built)
