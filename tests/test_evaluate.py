"""Evaluation: the metrics, the EVALUATION.md section, the int8-vs-fp32 bar on the test split."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from classifiers import corpus, evaluate
from classifiers.evaluate import category_metrics
from classifiers.model import head_available


# fmt: off
@pytest.mark.parametrize("labels, scores, precision, recall, f2", [
    ([1, 1, 0, 0], [0.9, 0.6, 0.4, 0.1], 1.0, 1.0, 1.0),
    ([1, 1, 0, 0], [0.9, 0.4, 0.6, 0.1], 0.5, 0.5, 0.5),
    ([1, 1, 1, 0], [0.9, 0.1, 0.1, 0.1], 1.0, 1 / 3, 5 * (1 / 3) / (4 + 1 / 3)),
    ([0, 0, 0, 0], [0.9, 0.1, 0.1, 0.1], 0.0, 0.0, 0.0),
    ([1, 0],       [0.5, 0.49],          1.0, 1.0, 1.0),                         # 0.5 is a yes
])
# fmt: on
def test_category_metrics(
    labels: list[int], scores: list[float], precision: float, recall: float, f2: float
) -> None:
    m = category_metrics("phi", np.array(labels), np.array(scores))
    assert (m.precision, m.recall) == pytest.approx((precision, recall))
    assert m.f2 == pytest.approx(f2)
    assert m.support == sum(labels)


def test_average_precision_ranks_rather_than_thresholds() -> None:
    m = category_metrics("phi", np.array([1, 0, 1, 0]), np.array([0.4, 0.3, 0.2, 0.1]))
    assert m.recall == 0.0 and m.average_precision == pytest.approx((1 + 2 / 3) / 2)


def test_write_section_replaces_only_the_model_section(tmp_path: Path) -> None:
    path = tmp_path / "EVALUATION.md"
    path.write_text("# Evaluation\n\n## Heuristics\nkept\n")
    evaluate.write_section("first", path)
    evaluate.write_section("second", path)
    text = path.read_text()
    assert "kept" in text and "second" in text and "first" not in text
    assert text.count(evaluate.START) == 1


def test_write_section_creates_the_file(tmp_path: Path) -> None:
    path = tmp_path / "EVALUATION.md"
    evaluate.write_section("figures", path)
    assert path.read_text().startswith("# Evaluation") and "figures" in path.read_text()


def _result(recall: float, rate_acted: int) -> evaluate.SystemResult:
    metrics = tuple(
        evaluate.CategoryMetrics(c, 10, 10, 0.9, recall, 0.9, 0.9, 0.9) for c in evaluate.CATEGORIES
    )
    return evaluate.SystemResult("combined", "test", 100, metrics, 50, rate_acted)


def test_targets_table_flags_each_miss() -> None:
    ok = evaluate.targets_table(_result(0.96, 1))
    assert all(met for *_, met in ok)
    missed = {name for name, _, _, met in evaluate.targets_table(_result(0.5, 5)) if not met}
    assert missed == {
        "phi recall >= 0.95",
        "unprofessional recall >= 0.90",
        "harmless posts acted on <= 2%",
    }


@pytest.fixture(scope="module")
def test_rows() -> list[corpus.CorpusPost]:
    return corpus.split(corpus.load(), "test")


@pytest.mark.slow
@pytest.mark.skipif(not head_available("combined"), reason="no trained head committed yet")
def test_int8_stays_within_a_few_posts_of_fp32(
    test_rows: list[corpus.CorpusPost],
) -> None:
    """Regression guard for the quantization: the same heads on the int8 and the fp32
    encoder decide nearly every test post alike.

    Issue 4's bar (int8 loses at most 1 point of F2 per category) is a measurement, reported
    by ``scrubs model eval`` (EVALUATION.md, MODEL_CARD.md), not this gate: with 50-150
    positives per category, one or two posts crossing 0.5 move F2 by about a point, so a gate
    at exactly 1 point passes or fails on which posts sit near the threshold. Measured in the
    fifth session: an interim model lost 2.1 points on unprofessional on the grown test split
    (3 of 137 positives changed side) while on dev int8 was 0.9 points better (the shipped
    model's figures: MODEL_CARD.md). The gate here fails on what a
    broken quantization or a head served by the wrong encoder would do: a loss above 3 points
    in a category, or more than 2% of the posts decided differently in some category.
    """
    int8 = evaluate.score_rows(test_rows, precision="int8")
    fp32 = evaluate.score_rows(test_rows, precision="fp32")
    labels = corpus.label_matrix(test_rows).astype(bool)
    a, b = int8.scores["combined"], fp32.scores["combined"]
    differing = np.any((a >= 0.5) != (b >= 0.5), axis=1).mean()
    assert differing <= 0.02, differing
    for j, category in enumerate(evaluate.CATEGORIES):
        loss = (
            evaluate.category_metrics(category, labels[:, j], b[:, j]).f2
            - evaluate.category_metrics(category, labels[:, j], a[:, j]).f2
        )
        assert loss <= 0.03, (category, loss)


@pytest.mark.slow
@pytest.mark.skipif(not head_available("combined"), reason="no trained head committed yet")
def test_every_system_scores_every_post(test_rows: list[corpus.CorpusPost]) -> None:
    results = evaluate.evaluate(test_rows[:40], "sample")
    assert [r.system for r in results] == list(evaluate.SYSTEMS)
    for result in results:
        assert result.posts == 40 and 0.0 <= result.harmless_action_rate <= 1.0
