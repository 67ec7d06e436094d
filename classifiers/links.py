"""Match a connection (friend, follower, followed account) against the patient roster.

Order of evidence, strongest first:

1. Platform identity: the X user id (``x_user_id``), the handle on X, Instagram, Mastodon
   (``user@instance``) or Bluesky, or an email address. Exact, case-insensitive, score 1.0.
2. The name the connection shows, against the roster ``name`` and ``facebook_name``:
   candidates share a surname key (or part of one), or the display name is the whole name
   run together ("margaretobrien"), or (for evaluation) the surname is a near miss found by
   Jaro-Winkler; each candidate is
   scored by the calibrated model of ``classifiers.link_score`` and the best one is reported
   when it reaches the model's threshold.

A ``PatientMatch`` carries only the roster's own ``patient_ref``, the score and what matched
(``matched_on``): never the patient's name. ``link_finding`` turns a match into the
``link.patient_friend`` finding with a plain explanation and what to do on that platform;
``match_fingerprint`` is what the store may keep (an HMAC under the installation secret).
``LinkMatcher`` is also a ``PatientDirectory``: after matching links it knows the handles and
ids of connections matched by name, beside the roster's own.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import JaroWinkler

from classifiers.findings import Finding, PatientMatch
from classifiers.link_score import LinkScoreModel, NameComparison, compare_names, load_model
from classifiers.names import ParsedName, compact, parse_name, swapped
from classifiers.roster import RosterEntry, RosterIndex, normalize_handle
from classifiers.rules import LINK_PATIENT_FRIEND
from scanner.models import Link, Person

FUZZY_SURNAME_CUTOFF = 0.88  # Jaro-Winkler at which a surname is worth scoring as a near miss
FINGERPRINT_VERSION = "scrubs.link-match/1"


@dataclass(frozen=True, slots=True)
class _Scored:
    score: float
    entry: RosterEntry
    matched_on: tuple[str, ...]


class LinkMatcher:
    """Finds the rostered patient a connection most likely is, if any."""

    def __init__(
        self,
        roster: RosterIndex,
        model: LinkScoreModel | None = None,
        *,
        score_near_misses: bool = False,
    ) -> None:
        """``score_near_misses``: also score patients whose surname is only similar (Johnston
        for Johnson). They never match (the model's weight on surname similarity is clipped
        to <= 0, and a near-miss surname is another family), so a scan skips the fuzzy search;
        fitting and evaluation turn it on to learn and show how low such pairs score."""
        self.roster = roster
        self.model = model or load_model()
        self.score_near_misses = score_near_misses
        self._surname_keys = roster.surname_keys() if score_near_misses else []
        # Accounts matched by name, by platform identity: replies to them are patient contact too.
        self._matched_handles: dict[tuple[str, str], PatientMatch] = {}
        self._matched_ids: dict[tuple[str, str], PatientMatch] = {}

    @property
    def threshold(self) -> float:
        """The score at which a name match is reported (identity matches are always 1.0)."""
        return self.model.threshold

    def match(self, link: Link) -> PatientMatch | None:
        """The patient ``link.other`` appears to be, or None.

        A match is also remembered by the connection's handle and id, so ``match_handle`` and
        ``match_user_id`` then know the account: pass the matcher as ``PostContext.patients``
        once links are matched, and replies to a friend matched only by name count as patient
        contact too.
        """
        other = link.other
        if link.platform == "mastodon" and other.handle and "@" not in other.handle.strip("@"):
            other = _with_home_instance(other, link.account)
        found = self.match_person(link.platform, other)
        if found is not None:
            if link.other.handle:
                key = (link.platform, normalize_handle(link.platform, link.other.handle))
                self._matched_handles.setdefault(key, found)
            if link.other.id:
                self._matched_ids.setdefault((link.platform, link.other.id.strip()), found)
        return found

    # PatientDirectory: the roster's identities, then accounts matched so far -----------------
    def match_handle(self, platform: str, handle: str) -> PatientMatch | None:
        """The patient with this handle on ``platform``: from the roster, or a matched link."""
        if not handle:
            return None
        return self.roster.match_handle(platform, handle) or self._matched_handles.get(
            (platform, normalize_handle(platform, handle))
        )

    def match_user_id(self, platform: str, user_id: str) -> PatientMatch | None:
        """The patient with this user id on ``platform``: from the roster, or a matched link."""
        if not user_id:
            return None
        return self.roster.match_user_id(platform, user_id) or self._matched_ids.get(
            (platform, str(user_id).strip())
        )

    def match_person(self, platform: str, other: Person) -> PatientMatch | None:
        """Like ``match`` for a bare person seen on ``platform``."""
        exact = self._match_identity(platform, other)
        if exact is not None:
            return exact
        best = self.best_name_candidate(platform, other)
        if best is None or best.score < self.model.threshold:
            return None
        return PatientMatch(best.entry.patient_ref, round(best.score, 4), best.matched_on)

    def name_score(self, platform: str, other: Person) -> float:
        """The best name score against any patient (0.0 without a candidate): for evaluation."""
        best = self.best_name_candidate(platform, other)
        return best.score if best else 0.0

    # Identity --------------------------------------------------------------------------------
    def _match_identity(self, platform: str, other: Person) -> PatientMatch | None:
        lookups: list[Callable[[], PatientMatch | None]] = [
            lambda: self.roster.match_user_id(platform, other.id or ""),
            lambda: self.roster.match_handle(platform, other.handle or ""),
        ]
        email = getattr(other, "email", None) or (
            other.handle
            if other.handle and "@" in other.handle.strip("@") and platform != "mastodon"
            else None
        )
        if email:
            lookups.append(lambda: self.roster.match_email(email))
        for lookup in lookups:
            found = lookup()
            if found is not None:
                return found
        return None

    # Names -----------------------------------------------------------------------------------
    def best_name_candidate(self, platform: str, other: Person) -> _Scored | None:
        """The highest-scoring roster name for the connection's display name."""
        best: _Scored | None = None
        for entry, comparison in self.name_comparisons(platform, other):
            score = self.model.probability(comparison.features)
            if best is None or score > best.score:
                best = _Scored(score, entry, comparison.matched_on)
        return best

    def name_comparisons(
        self, platform: str, other: Person
    ) -> Iterator[tuple[RosterEntry, NameComparison]]:
        """Every (candidate patient, comparison) for the display name: what the model scores."""
        if not other.name:
            return
        name = parse_name(other.name)
        for entry, reading, is_swapped in self._candidates(name):
            evidence = _handle_evidence(other.handle, entry)
            for patient_name, from_facebook in zip(
                entry.names, entry.from_facebook_name, strict=True
            ):
                comparison = compare_names(
                    reading, patient_name, swapped_order=is_swapped, handle_evidence=evidence
                )
                if comparison.surname in ("different", "missing"):
                    continue  # another family: never a name match, whatever the first name
                if is_swapped and comparison.surname != "exact":
                    continue  # read backwards, only a whole-surname agreement means anything
                if from_facebook:
                    comparison = NameComparison(
                        comparison.features,
                        comparison.matched_on + ("facebook_name",),
                        comparison.surname,
                    )
                yield entry, comparison

    def _candidates(self, name: ParsedName) -> list[tuple[RosterEntry, ParsedName, bool]]:
        seen: dict[tuple[str, bool], tuple[RosterEntry, ParsedName, bool]] = {}
        if not name.has_surname:
            for entry in self.roster.entries_with_compact_name(name.full_compact):
                seen[(entry.patient_ref, False)] = (entry, _compact_reading(entry, name), False)
            return list(seen.values())
        keys = set(name.surname_keys | name.surname_parts | name.middle_keys)
        if self.score_near_misses:
            keys |= self._near_surname_keys(name)
        for entry in self.roster.entries_with_surname(keys):
            seen.setdefault((entry.patient_ref, False), (entry, name, False))
        reversed_name = swapped(name)
        for entry in self.roster.entries_with_surname(reversed_name.surname_keys):
            seen.setdefault((entry.patient_ref, True), (entry, reversed_name, True))
        return list(seen.values())

    def _near_surname_keys(self, name: ParsedName) -> set[str]:
        near: set[str] = set()
        for key in name.surname_keys:
            for found, _score, _ in process.extract(
                key,
                self._surname_keys,
                scorer=JaroWinkler.normalized_similarity,
                score_cutoff=FUZZY_SURNAME_CUTOFF,
                limit=5,
            ):
                near.add(found)
        return near


def _with_home_instance(other: Person, account: str) -> Person:
    """A Mastodon account on the audited account's own server is listed without ``@server``."""
    home = account.strip("@").partition("@")[2]
    if not home:
        return other
    return Person(id=other.id, name=other.name, handle=f"{other.handle.strip('@')}@{home}")  # type: ignore[union-attr]


def _compact_reading(entry: RosterEntry, name: ParsedName) -> ParsedName:
    """A one-word display name that is the patient's whole name run together reads as that name."""
    for patient_name in entry.names:
        if name.full_compact in (patient_name.full_compact, patient_name.short_compact):
            return patient_name
    return name


def _handle_evidence(handle: str | None, entry: RosterEntry) -> bool:
    """The connection's handle holds part of the patient's name and their birth year."""
    if not handle or not entry.birth_year:
        return False
    key = compact(handle)
    year = str(entry.birth_year)
    if not (year in key or re.search(rf"(?<!\d){year[2:]}$", key)):
        return False
    for name in entry.names:
        parts = {k for k in name.surname_keys | name.firsts if len(k) >= 3}
        if any(part in key for part in parts):
            return True
    return False


# Explanation and fingerprint -----------------------------------------------------------------
_MATCHED_ON_WORDS = {
    "x_user_id": "the X account id on the roster",
    "x_handle": "the X handle on the roster",
    "instagram_handle": "the Instagram handle on the roster",
    "mastodon_handle": "the Mastodon address on the roster",
    "bluesky_handle": "the Bluesky handle on the roster",
    "email": "the email address on the roster",
    "name:exact": "the same first name",
    "name:nickname": "a nickname or variant of the first name",
    "name:initial": "the first initial",
    "name:surname-first": "the name read surname first",
    "surname:exact": "the same surname",
    "surname:part": "part of a double surname",
    "surname:middle": "a surname given as a middle name",
    "surname:similar": "a similar surname",
    "middle:agree": "the same middle name",
    "handle:birth-year": "a handle with the name and birth year",
    "facebook_name": "the Facebook name on the roster",
}
_RELATION_WORDS = {"follower": "follower", "following": "account you follow", "friend": "friend"}
_PLATFORM_WORDS = {
    "x": "X",
    "facebook": "Facebook",
    "instagram": "Instagram",
    "mastodon": "Mastodon",
    "linkedin": "LinkedIn",
    "bluesky": "Bluesky",
}


def advice_for(link: Link) -> str:
    """What to do about a patient connection on this platform, in one sentence."""
    platform = _PLATFORM_WORDS.get(link.platform, link.platform)
    if link.relation == "following":
        return f"Unfollow this account on {platform}."
    if link.relation == "friend":
        return f"Remove this friend on {platform} (Friends > Unfriend); do not accept new requests."
    if link.platform in ("x", "instagram", "bluesky", "mastodon"):
        return (
            f"Remove this follower on {platform} (or block and unblock it), or make the account "
            "private so followers must be approved."
        )
    return f"Remove this connection on {platform}."


def describe_match(match: PatientMatch) -> str:
    """``matched_on`` in words: "a nickname or variant of the first name and the same surname"."""
    words = [_MATCHED_ON_WORDS.get(label, label) for label in match.matched_on]
    return " and ".join([", ".join(words[:-1]), words[-1]] if len(words) > 2 else words)


def explain_match(link: Link, match: PatientMatch) -> str:
    """The finding's one plain sentence; names the roster only by ``patient_ref``."""
    platform = _PLATFORM_WORDS.get(link.platform, link.platform)
    who = link.other.name or (f"@{link.other.handle}" if link.other.handle else link.other.id)
    relation = _RELATION_WORDS[link.relation]
    return (
        f"This {platform} {relation} ({who}) matches rostered patient {match.patient_ref} on "
        f"{describe_match(match)} (score {match.score:.2f}). {advice_for(link)}"
    )


def link_finding(link: Link, match: PatientMatch) -> Finding:
    """The ``link.patient_friend`` finding for a matched link (no post, so no evidence spans)."""
    return Finding(
        rule=LINK_PATIENT_FRIEND,
        score=match.score,
        explanation=explain_match(link, match),
        evidence=(),
        recognizer="links.roster",
        trail=tuple(("matched_on", label) for label in match.matched_on)
        + (("patient_ref", match.patient_ref),),
    )


def _installation_key() -> bytes:
    """The installation secret, read once per secret file (a scan fingerprints every match)."""
    from scanner.config import installation_secret, settings

    path = str(settings().secret_path)
    if path not in _KEYS:
        _KEYS[path] = installation_secret()
    return _KEYS[path]


_KEYS: dict[str, bytes] = {}


def match_fingerprint(link: Link, match: PatientMatch, *, key: bytes | None = None) -> str:
    """An HMAC-SHA256 (hex) identifying this match, for the store to keep instead of roster data.

    It covers the platform, the connection's identity (id, handle, folded name), the
    ``patient_ref`` and ``matched_on``: stable across runs, so the store can tell a match it
    has already reported from a new one, and meaningless without the installation secret.
    ``key`` defaults to the per-installation secret (created 0600 on first use).
    """
    if key is None:
        key = _installation_key()
    other = link.other
    parts = (
        FINGERPRINT_VERSION,
        link.platform,
        link.account.lower(),
        other.id or "",
        normalize_handle(link.platform, other.handle or ""),
        " ".join(sorted(parse_name(other.name).firsts)) + "|" + parse_name(other.name).surname
        if other.name
        else "",
        match.patient_ref,
        ",".join(match.matched_on),
    )
    return hmac.new(key, "\x1f".join(parts).encode("utf-8"), hashlib.sha256).hexdigest()
