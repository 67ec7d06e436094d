"""Link matching (``classifiers.links``): identities, name variants, decoys, explanations."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from classifiers.findings import PatientMatch
from classifiers.link_eval import precision_recall, predict
from classifiers.link_score import load_model, name_commonness
from classifiers.link_synth import EVAL_SEED, IDENTITY_KINDS, POSITIVE_VARIANTS, build_set
from classifiers.links import (
    LinkMatcher,
    advice_for,
    explain_match,
    link_finding,
    match_fingerprint,
)
from classifiers.names import parse_name
from classifiers.roster import roster_from_rows
from classifiers.rules import LINK_PATIENT_FRIEND
from scanner.models import Link, Person

ROSTER = [
    {
        "patient_ref": "P01",
        "name": "Margaret O'Brien",
        "dob": "1961-04-12",
        "email": "maggie@example.org",
    },
    {"patient_ref": "P02", "name": "Chukwuemeka Okafor", "x_user_id": "1500000000000000001"},
    {"patient_ref": "P03", "name": "Zoë Müller-Wiśniewska", "x_handle": "@Zoe_MW"},
    {"patient_ref": "P04", "name": "Sarah Johnson"},
    {"patient_ref": "P05", "name": "James Smith"},
    {"patient_ref": "P06", "name": "Mohammed Al-Sayed", "mastodon_handle": "@mo@med.social"},
    {"patient_ref": "P07", "name": "Guadalupe García Márquez"},
    {"patient_ref": "P08", "name": "Xiaoming Wang"},
    {"patient_ref": "P09", "name": "Francisco Javier Pérez", "facebook_name": "Paco Pérez Ruiz"},
    {"patient_ref": "P10", "name": "Siobhán Ní Bhriain Kavanagh"},
    {"patient_ref": "P11", "name": "Robert Whitfield", "bluesky_handle": "rob.bsky.social"},
    {"patient_ref": "P12", "name": "Aleksandr Volkov", "instagram_handle": "sasha.volkov"},
    {"patient_ref": "P13", "name": "Katarzyna Wiśniewska"},
    {"patient_ref": "P14", "name": "Jürgen Schröder"},
]


@pytest.fixture(scope="module")
def matcher() -> LinkMatcher:
    return LinkMatcher(roster_from_rows(ROSTER, source="test roster"))


def link(platform: str, relation: str = "follower", **person: str) -> Link:
    return Link(platform=platform, account="drexample", relation=relation, other=Person(**person))  # type: ignore[arg-type]


# fmt: off
@pytest.mark.parametrize("platform, person, ref, matched_on", [
    ("x", {"id": "1500000000000000001"}, "P02", ("x_user_id",)),
    ("x", {"id": "42", "handle": "zoe_mw"}, "P03", ("x_handle",)),
    ("x", {"handle": "@ZOE_MW"}, "P03", ("x_handle",)),
    ("mastodon", {"handle": "Mo@Med.Social"}, "P06", ("mastodon_handle",)),
    ("bluesky", {"handle": "@rob.bsky.social"}, "P11", ("bluesky_handle",)),
    ("instagram", {"handle": "Sasha.Volkov"}, "P12", ("instagram_handle",)),
    ("linkedin", {"handle": "Maggie@Example.org"}, "P01", ("email",)),
])
def test_identity_matches_are_exact(matcher: LinkMatcher, platform: str, person: dict[str, str],
                                    ref: str, matched_on: tuple[str, ...]) -> None:
    match = matcher.match(link(platform, **person))
    assert match == PatientMatch(ref, 1.0, matched_on)


@pytest.mark.parametrize("platform, person", [
    ("x", {"id": "1500000000000000002"}),                      # one digit off
    ("x", {"handle": "zoe_mw_"}),
    ("x", {"handle": "zoe_m"}),
    ("instagram", {"handle": "zoe_mw"}),                       # an X handle, seen on Instagram
    ("mastodon", {"handle": "mo@other.social"}),               # same user, another instance
    ("facebook", {"id": "1500000000000000001"}),               # an X id seen on Facebook
])
def test_identity_near_misses_do_not_match(
    matcher: LinkMatcher, platform: str, person: dict[str, str]
) -> None:
    assert matcher.match(link(platform, **person)) is None


@pytest.mark.parametrize("shown, ref, labels", [
    ("Margaret O'Brien", "P01", {"name:exact", "surname:exact"}),
    ("Maggie OBrien", "P01", {"name:nickname", "surname:exact"}),
    ("Peggy O Brien 🌸", "P01", {"name:nickname", "surname:exact"}),
    ("Dr. Maggie O’Brien", "P01", {"name:nickname", "surname:exact"}),
    ("O'Brien, Margaret", "P01", {"name:exact", "surname:exact"}),
    ("margaretobrien", "P01", {"name:exact", "surname:exact"}),
    ("Emeka Okafor", "P02", {"name:nickname", "surname:exact"}),
    ("EMEKA OKAFOR", "P02", {"name:nickname", "surname:exact"}),
    ("Zoe Mueller-Wisniewska", "P03", {"name:exact", "surname:exact"}),
    ("Zoë Müller Wiśniewska", "P03", {"name:exact", "surname:exact"}),
    ("Zoe Wisniewska", "P03", {"name:exact", "surname:part"}),
    ("Zoe Muller", "P03", {"name:exact", "surname:part"}),
    ("Mohammed Alsayed", "P06", {"name:exact", "surname:exact"}),
    ("Mo Al Sayed", "P06", {"name:nickname", "surname:exact"}),
    ("Muhammad Sayed", "P06", {"name:nickname", "surname:exact"}),
    ("Guadalupe Garcia", "P07", {"name:exact", "surname:middle"}),    # Spanish double surname
    ("Lupe García-Márquez", "P07", {"name:nickname", "surname:exact"}),
    ("Guadalupe Marquez", "P07", {"name:exact", "surname:exact"}),
    ("Wang Xiaoming", "P08", {"name:exact", "surname:exact", "name:surname-first"}),
    ("王小明", "P08", {"name:exact", "surname:exact"}),
    ("Francisco Pérez", "P09", {"name:exact", "surname:exact"}),          # middle name dropped
    ("Paco Perez", "P09", {"name:nickname", "surname:exact"}),
    ("Paco Pérez Ruiz", "P09", {"name:exact", "surname:exact", "middle:agree", "facebook_name"}),
    ("Shevaun Kavanagh", "P10", {"name:nickname", "surname:part"}),          # Ní Bhriain Kavanagh
    ("Siobhan Ni Bhriain", "P10", {"name:exact", "surname:part"}),
    ("Bob Whitfield", "P11", {"name:nickname", "surname:exact"}),
    ("Sasha Volkov", "P12", {"name:nickname", "surname:exact"}),
    ("Kasia Wisniewska", "P13", {"name:nickname", "surname:exact"}),
    ("Juergen Schroeder", "P14", {"name:exact", "surname:exact"}),
    ("Jurgen Schroder", "P14", {"name:exact", "surname:exact"}),
])
def test_name_variants_match_the_patient(
    matcher: LinkMatcher, shown: str, ref: str, labels: set[str]
) -> None:
    match = matcher.match(link("facebook", "friend", name=shown))
    assert match is not None, shown
    assert match.patient_ref == ref
    assert set(match.matched_on) == labels
    assert matcher.threshold <= match.score < 1.0


@pytest.mark.parametrize("shown", [
    "Sarah Johnston",               # near-miss surname
    "Sarah Johnstone",
    "Margaret O'Brian",
    "Margaret Lindqvist",           # same first name, another surname
    "Tom Johnson",                  # same surname, another first name (a relative)
    "Chidi Okafor",
    "Margaret",                     # a first name alone
    "Maggie",
    "M. O'Brien",                   # an initial is not enough on its own
    "Mohammed Khan",
    "Jürgen Schrader",
    "Zoe Lindqvist-Berg",
    "",
])
def test_decoys_do_not_match(matcher: LinkMatcher, shown: str) -> None:
    assert matcher.match(link("facebook", "friend", name=shown)) is None


@pytest.mark.parametrize("shown, ceiling", [
    ("Sarah Johnston", 0.05),       # near misses are far from the threshold, not just under it
    ("Margaret O'Brian", 0.05),
    ("Tom Johnson", 0.05),
    ("James Smith", 0.8),           # a very common name alone is never high confidence
])
def test_scores_of_hard_cases_stay_low(matcher: LinkMatcher, shown: str, ceiling: float) -> None:
    assert matcher.name_score("facebook", Person(name=shown)) < ceiling
# fmt: on


def test_a_rare_exact_name_scores_high(matcher: LinkMatcher) -> None:
    assert matcher.name_score("facebook", Person(name="Chukwuemeka Okafor")) > 0.95


def test_common_names_score_below_rare_ones_with_the_same_evidence() -> None:
    roster = roster_from_rows(
        [
            {"patient_ref": "A", "name": "Mary Johnson"},
            {"patient_ref": "B", "name": "Ngozika Adeyemi"},
        ]
    )
    matcher = LinkMatcher(roster)
    common = matcher.name_score("facebook", Person(name="Mary Johnson"))
    rare = matcher.name_score("facebook", Person(name="Ngozika Adeyemi"))
    assert common < 0.8 < rare
    assert name_commonness(parse_name("James Smith")) > name_commonness(
        parse_name("Ngozika Adeyemi")
    )


def test_handle_with_birth_year_is_extra_evidence() -> None:
    roster = roster_from_rows([{"patient_ref": "A", "name": "Mary Johnson", "dob": "1984-03-03"}])
    matcher = LinkMatcher(roster)
    plain = matcher.match(link("x", name="Mary Johnson", handle="user123"))
    with_year = matcher.match(link("x", name="Mary Johnson", handle="maryjohnson84"))
    assert with_year is not None and "handle:birth-year" in with_year.matched_on
    assert plain is None or plain.score < with_year.score


def test_best_candidate_wins_among_relatives() -> None:
    roster = roster_from_rows(
        [
            {"patient_ref": "MUM", "name": "Ngozika Okafor"},
            {"patient_ref": "SON", "name": "Chukwuemeka Okafor"},
        ]
    )
    match = LinkMatcher(roster).match(link("facebook", "friend", name="Emeka Okafor"))
    assert match is not None and match.patient_ref == "SON"


def test_shipped_model_is_the_one_documented() -> None:
    model = load_model()
    assert 0.0 < model.threshold < 1.0 and "seed" in model.fitted_on
    assert model.weights["surname_similarity"] < 0 and model.weights["name_commonness"] < 0


# -- explanation ------------------------------------------------------------------------------


# fmt: off
@pytest.mark.parametrize("platform, relation, words", [
    ("facebook", "friend", "Unfriend"),
    ("x", "follower", "Remove this follower on X"),
    ("x", "following", "Unfollow this account on X"),
    ("instagram", "follower", "private"),
    ("mastodon", "following", "Unfollow"),
    ("linkedin", "follower", "Remove this connection on LinkedIn"),
])
def test_advice_per_platform(platform: str, relation: str, words: str) -> None:
    assert words in advice_for(link(platform, relation, name="Someone"))
# fmt: on


def test_finding_explains_without_roster_data(matcher: LinkMatcher) -> None:
    friend = link("facebook", "friend", name="Maggie OBrien")
    match = matcher.match(friend)
    assert match is not None
    finding = link_finding(friend, match)
    assert finding.rule is LINK_PATIENT_FRIEND and finding.evidence == ()
    assert "P01" in finding.explanation and "Maggie OBrien" in finding.explanation
    assert "nickname" in finding.explanation and "same surname" in finding.explanation
    assert "Margaret" not in finding.explanation and "1961" not in finding.explanation
    assert ("patient_ref", "P01") in finding.trail
    assert explain_match(friend, match) == finding.explanation


def test_identity_finding_names_the_connection_by_handle(matcher: LinkMatcher) -> None:
    follower = link("x", handle="zoe_mw")
    match = matcher.match(follower)
    assert match is not None
    assert "@zoe_mw" in explain_match(follower, match) and "X handle" in explain_match(
        follower, match
    )


# -- fingerprint ------------------------------------------------------------------------------


def test_fingerprint_is_a_keyed_hash_without_roster_data() -> None:
    friend = link("facebook", "friend", name="Maggie OBrien")
    match = PatientMatch("P01", 0.98, ("name:nickname", "surname:exact"))
    one = match_fingerprint(friend, match, key=b"k" * 32)
    assert len(one) == 64 and int(one, 16) >= 0
    assert one == match_fingerprint(friend, match, key=b"k" * 32)  # stable
    assert one != match_fingerprint(friend, match, key=b"j" * 32)  # keyed
    assert one != match_fingerprint(
        friend, PatientMatch("P02", 0.98, match.matched_on), key=b"k" * 32
    )
    assert "P01" not in one and "maggie" not in one.lower()


def test_fingerprint_default_key_is_the_installation_secret(private_data_dir: Path) -> None:
    friend = link("x", id="1500000000000000001")
    match = PatientMatch("P02", 1.0, ("x_user_id",))
    first = match_fingerprint(friend, match)
    secret = private_data_dir / "installation.key"
    assert secret.exists()
    if os.name == "posix":
        assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    assert first == match_fingerprint(friend, match, key=secret.read_bytes())


# -- the synthetic evaluation: the Done-when figures, checked ---------------------------------


@pytest.fixture(scope="module")
def evaluation():  # type: ignore[no-untyped-def]
    data = build_set(EVAL_SEED)
    return data, predict(data)


def test_evaluation_set_has_the_promised_size_and_variety(evaluation) -> None:  # type: ignore[no-untyped-def]
    data, _ = evaluation
    kinds = {c.kind for c in data.connections}
    assert len(data.patients) >= 60 and len(data.connections) >= 300
    assert set(POSITIVE_VARIANTS) | {"facebook_name"} <= kinds
    decoys = [c for c in data.connections if c.truth is None and c.kind != "stranger"]
    assert len(decoys) >= 30
    assert {
        "near_surname",
        "relative",
        "same_first_other_surname",
        "first_name_only",
        "namesake",
    } <= kinds


def test_name_matching_precision_and_recall_at_the_shipped_threshold(evaluation) -> None:  # type: ignore[no-untyped-def]
    _, predictions = evaluation
    figures = precision_recall(predictions, load_model().threshold)
    assert figures.precision >= 0.95 and figures.recall >= 0.95


def test_identity_matching_is_exact_on_the_evaluation(evaluation) -> None:  # type: ignore[no-untyped-def]
    _, predictions = evaluation
    identity = [p for p in predictions if p.kind in IDENTITY_KINDS]
    assert identity and all(p.predicted == p.truth for p in identity)


def test_evaluation_is_deterministic() -> None:
    assert build_set(EVAL_SEED).connections == build_set(EVAL_SEED).connections


def test_matcher_is_a_directory_of_roster_and_matched_accounts() -> None:
    from classifiers.base import PatientDirectory

    roster = roster_from_rows(
        [
            {"patient_ref": "A", "name": "Chukwuemeka Okafor", "x_handle": "emeka_o"},
            {"patient_ref": "B", "name": "Ngozika Adeyemi"},
        ]
    )
    directory: PatientDirectory = LinkMatcher(roster)
    assert directory.match_handle("x", "@Emeka_O").patient_ref == "A"  # type: ignore[union-attr]
    assert directory.match_handle("x", "ngozi_a") is None
    matcher = directory
    assert isinstance(matcher, LinkMatcher)
    matcher.match(link("x", "follower", id="777", name="Ngozi Adeyemi", handle="ngozi_a"))
    assert directory.match_handle("x", "NGOZI_A").patient_ref == "B"  # type: ignore[union-attr]
    assert directory.match_user_id("x", "777").patient_ref == "B"  # type: ignore[union-attr]
    assert directory.match_handle("instagram", "ngozi_a") is None


def test_a_scan_skipping_near_misses_matches_exactly_as_evaluated(evaluation) -> None:  # type: ignore[no-untyped-def]
    data, predictions = evaluation
    scan = LinkMatcher(roster_from_rows(data.roster_rows()))  # what scrubs scan uses
    threshold = load_model().threshold
    for connection, prediction in zip(data.connections, predictions, strict=True):
        evaluated = prediction.predicted if prediction.score >= threshold else None
        found = scan.match(connection.link)
        assert (found.patient_ref if found else None) == evaluated, connection.kind


def test_mastodon_local_accounts_take_the_audited_accounts_server(matcher: LinkMatcher) -> None:
    local = Link("mastodon", "@drexample@med.social", "follower", Person(handle="mo"))
    elsewhere = Link("mastodon", "drexample@other.social", "follower", Person(handle="mo"))
    assert matcher.match(local) == PatientMatch("P06", 1.0, ("mastodon_handle",))
    assert matcher.match(elsewhere) is None


# fmt: off
@pytest.mark.parametrize("roster_name, shown, labels", [
    ("O'BRIEN, MARGARET EILEEN", "Maggie O'Brien", {"name:nickname", "surname:exact"}),
    ("OKAFOR, Chukwuemeka", "Emeka Okafor", {"name:nickname", "surname:exact"}),
    ("Mrs. Sarah J. Whitfield-Ashcombe", "Sarah Ashcombe", {"name:exact", "surname:part"}),
    ("Mrs. Sarah J. Whitfield-Ashcombe", "Sarah Jane Whitfield-Ashcombe",
     {"name:exact", "surname:exact", "middle:agree"}),
])
def test_roster_names_in_hospital_formats(roster_name: str, shown: str, labels: set[str]) -> None:
    matcher = LinkMatcher(roster_from_rows([{"patient_ref": "R", "name": roster_name}]))
    match = matcher.match(link("facebook", "friend", name=shown))
    assert match is not None and set(match.matched_on) == labels
# fmt: on
