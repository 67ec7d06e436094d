"""scanner.connectors.facebook_export: every DYI layout, mojibake and all, read back."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from scanner.connectors import FacebookExport, open_export
from scanner.errors import MalformedRecord, WrongExportFormat
from scanner.models import Post
from scanner.sources import open_media
from tests.builders import (
    FAKE_JPEG,
    FB_PATHS,
    FbComment,
    FbFriend,
    FbMedia,
    FbOwner,
    FbPost,
    build_facebook_export,
    demo,
    make_people,
    mojibake,
    zip_folder,
)

UTC = UTC
T0 = datetime(2022, 7, 1, 18, 0, tzinfo=UTC)
OWNER = FbOwner(name="Máire Ní Cheallaigh", username="maire.nic.ed")
PEOPLE = make_people(5, seed=21)
CASE = "Lovely to see Seán, the Killybegs fisherman, back on his feet ☺"

POSTS = [
    FbPost("Café stop with Zoë after the long run ☕", T0, tags=("Zoë Müller",)),
    FbPost(CASE, T0 + timedelta(days=1), place="Killybegs Harbour"),
    FbPost(
        "",
        T0 + timedelta(days=2),
        media=(FbMedia("día_de_playa.jpg", description="Rossnowlagh with the gang"),),
    ),
    FbPost("Good read on burnout", T0 + timedelta(days=3), url="https://www.bmj.com/wellbeing"),
    FbPost("Happy birthday! 🎉", T0 + timedelta(days=4), timeline_of=PEOPLE[0].name),
]
COMMENTS = [
    FbComment(
        "So glad the op went well, mind that hip!", T0 + timedelta(days=5), on=PEOPLE[1].name
    ),
    FbComment(
        "Take the tablets twice a day", T0 + timedelta(days=6), on=PEOPLE[2].casual_name, reply=True
    ),
]
FRIENDS = [FbFriend(p.name, T0 - timedelta(days=400 * i)) for i, p in enumerate(PEOPLE)]

LAYOUTS = ["2019", "2021", "2023", "2024"]
SHAPES = ["folder", "zip", "zip with wrapper"]


@pytest.fixture(
    scope="module",
    params=[(lay, s) for lay in LAYOUTS for s in SHAPES],
    ids=lambda p: f"{p[0]}-{p[1].replace(' ', '-')}",
)
def export(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    layout, shape = request.param
    tmp = tmp_path_factory.mktemp(f"fb{layout}")
    folder = build_facebook_export(
        tmp / "export", layout=layout, owner=OWNER, posts=POSTS, comments=COMMENTS, friends=FRIENDS
    )
    path = {
        "folder": folder,
        "zip": zip_folder(folder, tmp / "fb.zip"),
        "zip with wrapper": zip_folder(folder, tmp / "w.zip", wrapper="facebook-maire-2024"),
    }[shape]
    connector = open_export(path)
    assert isinstance(connector, FacebookExport)
    return layout, connector, list(connector.iter_posts())


def by_text(posts: list[Post], start: str) -> Post:
    (post,) = [p for p in posts if p.text.startswith(start)]
    return post


def test_posts_and_comments_are_all_read(export) -> None:
    _, connector, posts = export
    assert Counter(p.kind for p in posts) == {"post": len(POSTS), "comment": len(COMMENTS)}
    assert connector.stats.skipped == {}
    assert len({p.id for p in posts}) == len(posts)
    assert all(p.platform == "facebook" and p.account == OWNER.username for p in posts)


def test_account_comes_from_the_profile(export) -> None:
    _, connector, _ = export
    account = connector.account()
    assert (account.handle, account.display_name) == (OWNER.username, OWNER.name)


def test_mojibake_is_repaired_everywhere(export) -> None:
    _, _, posts = export
    cafe = by_text(posts, "Café")
    assert cafe.text == "Café stop with Zoë after the long run ☕"
    assert cafe.mentions == ("Zoë Müller",)
    assert cafe.created_at == T0
    assert not any("Ã" in p.text or "â" in p.text for p in posts)


def test_place_link_and_timeline_attachments(export) -> None:
    _, _, posts = export
    assert by_text(posts, "Lovely").text == f"{CASE}\n— at Killybegs Harbour"
    assert by_text(posts, "Good read").text == "Good read on burnout\nhttps://www.bmj.com/wellbeing"
    assert by_text(posts, "Happy birthday").reply_to == PEOPLE[0].name


def test_media_paths_are_repaired_and_readable(export) -> None:
    _, _, posts = export
    photo_post = by_text(posts, "Rossnowlagh")  # no post text: the caption stands in
    (photo,) = photo_post.media
    assert photo.type == "image" and photo.alt_text == "Rossnowlagh with the gang"
    assert photo.path and photo.path.endswith("día_de_playa.jpg")
    assert open_media(photo.path, max_bytes=100_000) == FAKE_JPEG


def test_comments_know_whom_they_answer(export) -> None:
    _, _, posts = export
    hip = by_text(posts, "So glad")
    assert (hip.kind, hip.reply_to) == ("comment", PEOPLE[1].name)
    assert by_text(posts, "Take the tablets").reply_to == PEOPLE[2].casual_name


def test_friends_become_links_with_names_and_since(export) -> None:
    _, connector, _ = export
    links = list(connector.iter_links())
    assert [(link.relation, link.other.name, link.since) for link in links] == [
        ("friend", f.name, f.since) for f in FRIENDS
    ]
    assert all(link.other.id is None and link.account == OWNER.username for link in links)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_followers_become_links_too(tmp_path: Path, layout: str) -> None:
    followers = [FbFriend("Zoë Müller", T0)]
    build_facebook_export(tmp_path, layout=layout, friends=FRIENDS[:1], followers=followers)
    links = list(open_export(tmp_path).iter_links())
    assert [(link.relation, link.other.name) for link in links] == [
        ("friend", FRIENDS[0].name),
        ("follower", "Zoë Müller"),
    ]


def test_ids_are_stable_across_reads_and_shapes(tmp_path: Path) -> None:
    folder = build_facebook_export(tmp_path / "a", posts=POSTS, comments=COMMENTS)
    first = [p.id for p in open_export(folder).iter_posts()]
    again = [p.id for p in open_export(zip_folder(folder, tmp_path / "a.zip")).iter_posts()]
    assert first == again


# -- refusals and odd items -------------------------------------------------------------------


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("zipped", [False, True])
def test_html_export_is_refused_with_what_to_do(tmp_path: Path, layout: str, zipped: bool) -> None:
    folder = build_facebook_export(tmp_path / "html", layout=layout, posts=POSTS, fmt="html")
    path = zip_folder(folder, tmp_path / "html.zip") if zipped else folder
    with pytest.raises(WrongExportFormat) as caught:
        open_export(path)
    message = str(caught.value)
    assert path.name in message
    assert "JSON" in message and "Download Your Information" in message
    assert "Killybegs" not in message


def _posts_file(folder: Path, layout: str = "2024") -> Path:
    return folder / FB_PATHS[layout]["posts"]


def test_odd_posts_are_skipped_and_counted(tmp_path: Path) -> None:
    folder = build_facebook_export(tmp_path, posts=POSTS[:2])
    path = _posts_file(tmp_path)
    items = json.loads(path.read_text())
    items += [
        "a string",
        {"data": [{"post": "no timestamp"}]},
        {"timestamp": 1650000000, "data": [{"update_timestamp": 1650000000}]},
    ]
    path.write_text(json.dumps(items))
    connector = open_export(folder)
    posts = list(connector.iter_posts())
    assert len(posts) == 2
    assert connector.stats.skipped == {
        "facebook post: not an object": 1,
        "facebook post: unparseable timestamp": 1,
        "facebook post: no text or media": 1,
    }


def test_invalid_json_names_the_member_not_the_text(tmp_path: Path) -> None:
    build_facebook_export(tmp_path, posts=POSTS)
    path = _posts_file(tmp_path)
    path.write_text(path.read_text()[:300])
    with pytest.raises(MalformedRecord) as caught:
        list(open_export(tmp_path).iter_posts())
    assert "your_posts__check_ins__photos_and_videos_1.json" in str(caught.value)
    assert "Caf" not in str(caught.value)


def test_handle_falls_back_to_the_export_folder_name(tmp_path: Path) -> None:
    build_facebook_export(tmp_path / "x", posts=POSTS, wrapper="facebook-mairenic77-2024-05-01-Zx")
    for profile in (tmp_path / "x").rglob("profile_information.json"):
        profile.unlink()
    connector = open_export(tmp_path / "x")
    assert connector.account().handle == "mairenic77"


def test_raw_mojibake_really_is_in_the_files(tmp_path: Path) -> None:
    """Guard the builder itself: the files hold \\u00XX escapes, as Facebook's do."""
    build_facebook_export(tmp_path, posts=POSTS)
    raw = _posts_file(tmp_path).read_text(encoding="ascii")
    assert json.dumps(mojibake("Zoë"))[1:-1] in raw


@pytest.mark.parametrize("layout", LAYOUTS)
def test_posts_and_comments_in_groups_are_read(tmp_path: Path, layout: str) -> None:
    build_facebook_export(
        tmp_path,
        layout=layout,
        posts=POSTS[:1],
        group_posts=[FbPost("Welcome to the stroke survivors' group, all!", T0)],
        group_comments=[FbComment("Message me your scan results", T0, on=PEOPLE[3].name)],
    )
    posts = list(open_export(tmp_path).iter_posts())
    assert Counter(p.kind for p in posts) == {"post": 2, "comment": 1}
    assert by_text(posts, "Message me").reply_to == PEOPLE[3].name


def test_the_demo_export_reads_back(tmp_path: Path) -> None:
    written = demo(tmp_path)
    connector = open_export(written["facebook"])
    posts = list(connector.iter_posts())
    links = list(connector.iter_links())
    assert connector.stats.skipped == {}
    assert len(posts) > 50 and {p.kind for p in posts} == {"post", "comment"}
    assert len(links) > 30
    roster = written["roster"].read_text(encoding="utf-8")
    rostered_names = {row.split(",")[1] for row in roster.splitlines()[1:]}
    assert any(link.other.name in rostered_names for link in links)  # exact names
    assert any(not link.other.name.isascii() for link in links)  # diacritics repaired


@pytest.mark.parametrize(
    "folder, handle",
    [("facebook-mairenic77-2024-05-01-Zx", "mairenic77"), ("facebook-export", "me")],
)
def test_without_a_profile_only_facebooks_folder_name_gives_a_handle(
    tmp_path: Path, folder: str, handle: str
) -> None:
    build_facebook_export(tmp_path / folder, posts=POSTS)
    for profile in (tmp_path / folder).rglob("profile_information.json"):
        profile.unlink()
    assert open_export(tmp_path / folder).account().handle == handle
