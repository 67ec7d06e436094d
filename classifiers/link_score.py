"""How likely two names belong to the same person: features, and a calibrated logistic score.

A name match is a matter of degree. "Chukwuemeka Okafor" meeting "Emeka Okafor" is strong
evidence; "James Smith" meeting "James Smith" much less (thousands share it); "Sarah Johnston"
meeting patient "Sarah Johnson" is a near miss, a different family. The score is a logistic
regression over a few features whose weights were fitted on a synthetic TRAIN set
(``classifiers.link_synth``, seed ``TRAIN_SEED``) and checked on a separate EVAL set by
``python -m classifiers.link_eval``; refit with ``python -m classifiers.link_eval --fit``.
The weights live in ``classifiers/data/names/link_model.json`` next to their feature names.

Features (all in [0, 1] or small numbers, so the weights read directly):

- ``surname_exact``: a surname key is shared (after diacritics, transliteration, punctuation).
- ``surname_part``: only one part of a compound surname is shared (García / García Márquez).
- ``surname_middle``: one side's surname is the other's middle name (Spanish double surnames
  written with a space, maiden names kept as a middle name).
- ``surname_similarity``: Jaro-Winkler of near-miss surnames (Johnson/Johnston 0.975).
  Surnames that are neither shared nor near are not scored at all (``LinkMatcher``).
- ``first_agree`` (exact or nickname), ``first_nickname`` (the nickname's discount on top),
  ``first_initial``: how the first names relate (baseline: different, or missing).
- ``middle_agree``, ``middle_conflict``: both sides give a middle name and it agrees or not.
- ``order_swapped``: matched only when one side is read surname-first.
- ``name_commonness``: when first name and surname agree, log10 of (first-name frequency x
  surname frequency), each per 100,000 (``data/names/frequency.csv``): how many namesakes to
  expect. James Smith is 6.1, a name absent from the table 0.6; so a very common name alone
  scores lower. (0 when the names do not agree: namesakes are then beside the point.)
- ``handle_birth_year``: the connection's handle holds the patient's name *and* birth year
  ("maggieobrien61"): evidence beside the display name that a namesake rarely shares. (A
  handle holding only the name adds nothing a display name does not already say.)
"""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from classifiers.names import (
    ParsedName,
    first_relation,
    middle_agreement,
    surname_relation,
)

FEATURES: tuple[str, ...] = (
    "surname_exact",
    "surname_part",
    "surname_middle",
    "surname_similarity",
    "first_agree",
    "first_nickname",
    "first_initial",
    "middle_agree",
    "middle_conflict",
    "order_swapped",
    "name_commonness",
    "handle_birth_year",
)
# Signs the evidence must have whatever a synthetic set suggests: a nickname is never better
# evidence than the name itself, a near-miss surname never counts for a match, and a common
# name never counts for one either. ``fit_model`` clips the fitted weights to these ranges.
MONOTONE: dict[str, tuple[float, float]] = {
    "first_nickname": (-math.inf, 0.0),
    "surname_similarity": (-math.inf, 0.0),
    "name_commonness": (-math.inf, 0.0),
    "middle_conflict": (-math.inf, 0.0),
}
DEFAULT_PER_100K = 2.0  # a name absent from the frequency table: uncommon
MODEL_FILE = "link_model.json"


@dataclass(frozen=True, slots=True)
class NameComparison:
    """The features of one (connection name, roster name) pair and the labels that explain them."""

    features: Mapping[str, float]
    matched_on: tuple[str, ...]
    surname: str = "different"  # the SurnameRelation, so callers can skip unrelated surnames


@lru_cache(maxsize=1)
def name_frequencies() -> dict[tuple[str, str], float]:
    """(kind, folded name) -> people per 100,000, from ``data/names/frequency.csv``."""
    table: dict[tuple[str, str], float] = {}
    text = resources.files("classifiers").joinpath("data/names/frequency.csv").read_text("utf-8")
    rows = csv.reader(line for line in text.splitlines() if not line.startswith("#"))
    next(rows)
    for kind, name, per_100k in rows:
        table[(kind, name)] = float(per_100k)
    return table


def per_100k(kind: str, keys: frozenset[str] | set[str]) -> float:
    """How many people per 100,000 have this name (the most common spelling wins)."""
    table = name_frequencies()
    return max((table.get((kind, k), DEFAULT_PER_100K) for k in keys), default=DEFAULT_PER_100K)


def name_commonness(name: ParsedName) -> float:
    """log10(first per 100k x surname per 100k): 6.1 for James Smith, 0.6 for an unlisted name."""
    return math.log10(per_100k("first", name.firsts) * per_100k("surname", name.surname_keys))


def compare_names(
    connection: ParsedName,
    patient: ParsedName,
    *,
    swapped_order: bool = False,
    handle_evidence: bool = False,
) -> NameComparison:
    """Features of a connection's name against a patient's name, and what matched."""
    first = first_relation(connection, patient)
    surname, similarity = surname_relation(connection, patient)
    middle = middle_agreement(connection, patient) if surname == "exact" else 0
    features = {name: 0.0 for name in FEATURES}
    features["surname_exact"] = float(surname == "exact")
    features["surname_part"] = float(surname == "part")
    features["surname_middle"] = float(surname == "middle")
    features["surname_similarity"] = similarity if surname == "near" else 0.0
    features["first_agree"] = float(first in ("exact", "nickname"))
    features["first_nickname"] = float(first == "nickname")
    features["first_initial"] = float(first == "initial")
    features["middle_agree"] = float(middle > 0)
    features["middle_conflict"] = float(middle < 0)
    features["order_swapped"] = float(swapped_order)
    if first in ("exact", "nickname") and surname in ("exact", "part", "middle"):
        features["name_commonness"] = name_commonness(patient)  # namesakes matter only here
    features["handle_birth_year"] = float(handle_evidence)
    matched_on = [f"name:{first}"] if first in ("exact", "nickname", "initial") else []
    if surname in ("exact", "part", "middle"):
        matched_on.append(f"surname:{surname}")
    elif surname == "near":
        matched_on.append("surname:similar")
    if middle > 0:
        matched_on.append("middle:agree")
    if swapped_order:
        matched_on.append("name:surname-first")
    if handle_evidence:
        matched_on.append("handle:birth-year")
    return NameComparison(features=features, matched_on=tuple(matched_on), surname=surname)


@dataclass(frozen=True, slots=True)
class LinkScoreModel:
    """Logistic regression weights over ``FEATURES``; ``probability`` is the calibrated score."""

    weights: Mapping[str, float]
    intercept: float
    threshold: float  # the score at and above which a name match is reported
    fitted_on: str = ""  # which synthetic set and seed

    def probability(self, features: Mapping[str, float]) -> float:
        """P(same person | features)."""
        z = self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))

    def to_json(self) -> str:
        """The model file's contents (stable order, for reviewable diffs)."""
        return json.dumps(
            {
                "features": list(FEATURES),
                "weights": {k: round(self.weights.get(k, 0.0), 4) for k in FEATURES},
                "intercept": round(self.intercept, 4),
                "threshold": self.threshold,
                "fitted_on": self.fitted_on,
            },
            indent=2,
        )


@lru_cache(maxsize=1)
def load_model() -> LinkScoreModel:
    """The shipped model (``data/names/link_model.json``)."""
    text = resources.files("classifiers").joinpath(f"data/names/{MODEL_FILE}").read_text("utf-8")
    raw = json.loads(text)
    return LinkScoreModel(
        weights=raw["weights"],
        intercept=raw["intercept"],
        threshold=raw["threshold"],
        fitted_on=raw.get("fitted_on", ""),
    )


def fit_model(
    rows: Sequence[Mapping[str, float]], labels: Sequence[int], *, threshold: float, fitted_on: str
) -> LinkScoreModel:
    """Fit logistic weights (scikit-learn, L2) on labelled feature rows; clip to ``MONOTONE``."""
    from sklearn.linear_model import LogisticRegression

    matrix = [[row.get(k, 0.0) for k in FEATURES] for row in rows]
    regression = LogisticRegression(C=10.0, max_iter=5000)  # light L2: the classes nearly separate
    regression.fit(matrix, list(labels))
    weights = {k: float(w) for k, w in zip(FEATURES, regression.coef_[0], strict=True)}
    for feature, (low, high) in MONOTONE.items():
        weights[feature] = min(max(weights[feature], low), high)
    return LinkScoreModel(
        weights=weights,
        intercept=float(regression.intercept_[0]),
        threshold=threshold,
        fitted_on=fitted_on,
    )
