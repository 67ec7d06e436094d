"""Synthetic staff for ``scrubs audit``: a staff CSV, real exports per person, a patient roster.

Built from ``tests.builders`` (real X archives and Facebook exports), so the audit is tested,
and benchmarked, on what staff really download. Some people have no consent, some broken
exports (a truncated zip, an HTML Facebook export, a missing path), some patient friends
that the roster matches, and a few risky posts each, one naming a patient.

    python -m tests.audit_builders DIR --staff 100 --posts 1000   # the benchmark's fixture
"""

from __future__ import annotations

import argparse
import csv
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from tests.builders import (
    HARMLESS,
    RISKY,
    FbFriend,
    FbOwner,
    FbPost,
    Person,
    Tweet,
    XAccount,
    _fill,
    build_facebook_export,
    build_x_archive,
    iter_bench_tweets,
    make_people,
    snowflake,
    truncate_file,
    write_roster,
)

DEPARTMENTS = ("Emergency", "Surgery", "Paediatrics", "Pharmacy")
ROLES = ("Consultant", "Nurse", "Registrar")
STAFF_COLUMNS = (
    "staff_id",
    "name",
    "department",
    "role",
    "consent_date",
    "x_archive",
    "facebook_export",
    "exports",
)


@dataclass(slots=True)
class StaffFixture:
    """What was built, and what a correct audit must find."""

    folder: Path
    staff_csv: Path
    roster: Path
    patients: list[Person]
    no_consent: set[str] = field(default_factory=set)
    broken: set[str] = field(default_factory=set)
    with_patient_friends: set[str] = field(default_factory=set)
    scannable: set[str] = field(default_factory=set)
    texts: list[str] = field(default_factory=list)  # every post text written
    patient_numbers: list[str] = field(default_factory=list)


def _staff_id(index: int) -> str:
    return f"S{index:03d}"


def _person_tweets(
    rng: random.Random, index: int, posts: int, patients: Sequence[Person]
) -> list[Tweet]:
    """Mostly harmless posts, a few risky ones, one naming a patient; ids unique per person."""
    start = datetime(2022, 1, 1, tzinfo=UTC) + timedelta(days=index)
    texts = [_fill(rng.choice(HARMLESS), rng, vary=True) for _ in range(posts)]
    risky = [t for group in RISKY.values() for t in group]
    patient = patients[index % len(patients)]
    if index % 3 == 0:
        texts[0] = (
            f"Lovely to bump into an old patient of mine, {patient.first} {patient.last}, "
            "at the Killybegs seafood festival. You'd never know he was so sick last winter!"
        )
    for slot in range(1, 1 + index % 3):
        texts[slot] = rng.choice(risky).format(patient=patient.handle, asker="someone")
    return [
        Tweet(text, start + timedelta(minutes=rng.randint(0, 400 * 24 * 60)), id="").with_id(
            index * 4096 + n
        )
        for n, text in enumerate(texts)
    ]


def build_staff(
    folder: Path,
    count: int = 52,
    *,
    posts: int = 24,
    seed: int = 11,
    broken: bool = True,
    consent_gaps: bool = True,
) -> StaffFixture:
    """Write ``count`` staff with exports under ``folder``; returns the fixture's facts."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    everyone = make_people(count + 30, seed)
    staff, patients = everyone[:count], everyone[count:]
    roster = write_roster(
        folder / "roster.csv", patients, x_patients=patients[:15], fb_patients=patients[15:]
    )
    fixture = StaffFixture(folder, folder / "staff.csv", roster, list(patients))
    fixture.patient_numbers = ["4471923"]
    exports = folder / "exports"
    exports.mkdir(exist_ok=True)
    rows = []
    for index, person in enumerate(staff, start=1):
        staff_id = _staff_id(index)
        consent = (date(2026, 1, 15) + timedelta(days=index)).isoformat()
        if consent_gaps and index % 10 == 0:
            consent = ""
            fixture.no_consent.add(staff_id)
        elif consent_gaps and index == 13:
            consent = "2099-01-01"  # agreed in advance: not yet
            fixture.no_consent.add(staff_id)
        handle = f"{person.handle[:10]}{index}"
        x_path = exports / f"{staff_id}-x.zip"
        tweets = _person_tweets(rng, index, posts, patients)
        followers = []
        if index % 4 == 0:
            followers = [p.user_id for p in patients[:3]]
            fixture.with_patient_friends.add(staff_id)
        build_x_archive(
            x_path,
            account=XAccount(handle=handle, user_id=str(10**9 + index), display_name=person.name),
            tweets=tweets,
            followers=followers + [str(2 * 10**9 + index * 10 + k) for k in range(3)],
            known_ids={p.handle.lower(): p.user_id for p in patients},
        )
        fixture.texts += [t.text for t in tweets]
        row = {
            "staff_id": staff_id,
            "name": person.name,
            "department": DEPARTMENTS[index % len(DEPARTMENTS)],
            "role": ROLES[index % len(ROLES)],
            "consent_date": consent,
            "x_archive": f"exports/{x_path.name}",
            "facebook_export": "",
            "exports": "",
        }
        if index % 5 == 2:  # a Facebook export too, with patient friends for some
            fb_path = exports / f"{staff_id}-facebook"
            friends = [
                FbFriend(f"Friend{index} Person{k}", datetime(2015, 1, 1, tzinfo=UTC))
                for k in range(3)
            ]
            if index % 4 == 2:
                friends += [
                    FbFriend(p.name, datetime(2018, 5, 1, tzinfo=UTC)) for p in patients[15:17]
                ]
                fixture.with_patient_friends.add(staff_id)
            fb_posts = [
                FbPost(
                    _fill(rng.choice(HARMLESS), rng),
                    datetime(2021, 3, 1, tzinfo=UTC) + timedelta(days=index, hours=k),
                )
                for k in range(4)
            ]
            build_facebook_export(
                fb_path,
                owner=FbOwner(name=person.name, username=f"{handle}.fb"),
                posts=fb_posts,
                friends=friends,
            )
            fixture.texts += [p.text for p in fb_posts]
            row["facebook_export"] = f"exports/{fb_path.name}"
        if broken and index == 5:  # a truncated zip
            bad = exports / f"{staff_id}-truncated.zip"
            truncate_file(x_path, bad, keep=0.5)
            row["x_archive"] = f"exports/{bad.name}"
            fixture.broken.add(staff_id)
        elif broken and index == 11:  # a Facebook export downloaded as HTML
            html = exports / f"{staff_id}-facebook-html"
            build_facebook_export(html, owner=FbOwner(name=person.name), fmt="html")
            row["exports"] = f"exports/{html.name}"
            fixture.broken.add(staff_id)
        elif broken and index == 17:  # a path that does not exist
            row["exports"] = "exports/never-downloaded.zip"
            fixture.broken.add(staff_id)
        rows.append(row)
        if staff_id not in fixture.no_consent and staff_id not in fixture.broken:
            fixture.scannable.add(staff_id)
    fixture.broken -= fixture.no_consent
    write_staff_csv(fixture.staff_csv, rows)
    return fixture


def write_staff_csv(
    path: Path, rows: Sequence[dict[str, str]], columns: Sequence[str] = STAFF_COLUMNS
) -> Path:
    """A staff CSV with ``columns`` (missing cells empty)."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(columns), extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({c: row.get(c, "") for c in columns})
    return path


def build_bench_staff(folder: Path, count: int = 100, posts: int = 1000, seed: int = 5) -> Path:
    """``count`` consenting staff with one ``posts``-post X archive each (bench-sized feeds)."""
    folder.mkdir(parents=True, exist_ok=True)
    people = make_people(count, seed)
    rows = []
    for index, person in enumerate(people, start=1):
        staff_id = _staff_id(index)
        handle = f"{person.handle[:10]}{index}"
        account = XAccount(handle=handle, user_id=str(10**9 + index), display_name=person.name)
        tweets = [
            Tweet(t.text, t.created_at, id=snowflake(t.created_at, index * 1024 + n % 1024))
            for n, t in enumerate(iter_bench_tweets(posts, seed * 1000 + index, account))
        ]
        path = folder / f"{staff_id}-x.zip"
        build_x_archive(path, account=account, tweets=tweets, pretty=False)
        rows.append(
            {
                "staff_id": staff_id,
                "name": person.name,
                "department": DEPARTMENTS[index % len(DEPARTMENTS)],
                "role": ROLES[index % len(ROLES)],
                "consent_date": "2026-01-01",
                "x_archive": path.name,
            }
        )
    return write_staff_csv(folder / "staff.csv", rows)


def main(argv: Sequence[str] | None = None) -> int:
    """Write a benchmark-sized staff folder."""
    parser = argparse.ArgumentParser(prog="python -m tests.audit_builders", description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--staff", type=int, default=100)
    parser.add_argument("--posts", type=int, default=1000)
    args = parser.parse_args(argv)
    print(build_bench_staff(args.folder, args.staff, args.posts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
