"""Words the report shows for ids: categories, platforms, actions, and what to do on each platform.

Kept as data in one place so the report, the CSV and a later overview say the same thing.
Platform steps describe the platforms' own menus as of 2025-2026; they change, so each entry
stays short and names the menu, not pixel positions.
"""

from __future__ import annotations

from dataclasses import dataclass

CATEGORY_ORDER: tuple[str, ...] = (
    "phi",
    "unprofessional",
    "patient_interaction",
    "clinical_advice",
)

CATEGORY_LABELS: dict[str, str] = {
    "phi": "Patient information",
    "unprofessional": "Unprofessional",
    "patient_interaction": "Patient interaction",
    "clinical_advice": "Clinical advice",
    "link": "Patient connection",
    "account": "Account",
}

CATEGORY_HINTS: dict[str, str] = {
    "phi": "could let someone identify a patient",
    "unprofessional": "derogatory, crude, intoxicated or misleading",
    "patient_interaction": "public contact that confirms someone is a patient",
    "clinical_advice": "individual advice to someone not assessed",
}

PLATFORM_LABELS: dict[str, str] = {
    "x": "X (Twitter)",
    "facebook": "Facebook",
    "instagram": "Instagram",
    "mastodon": "Mastodon",
    "linkedin": "LinkedIn",
    "bluesky": "Bluesky",
}

ACTION_LABELS: dict[str, str] = {"delete": "Delete", "review": "Review", "keep": "Keep"}

KIND_LABELS: dict[str, str] = {
    "post": "Post",
    "reply": "Reply",
    "repost": "Repost",
    "comment": "Comment",
}

SEVERITY_ORDER: dict[str, int] = {"high": 0, "medium": 1, "low": 2}

# What a patient match was made on (``PatientMatch.matched_on``), in words.
MATCH_LABELS: dict[str, str] = {
    "x_handle": "X handle", "x_user_id": "X account id", "facebook_name": "Facebook name",
    "instagram_handle": "Instagram handle", "mastodon_handle": "Mastodon handle",
    "bluesky_handle": "Bluesky handle", "email": "e-mail", "phone": "phone",
    "name:exact": "full name", "surname:exact": "surname", "name:nickname": "nickname",
    "name:initial": "initial", "name:fuzzy": "similar name", "surname:fuzzy": "similar surname",
}


def match_label(reason: str) -> str:
    """A matched_on reason in words (``name:phonetic`` becomes ``name (phonetic)``)."""
    if reason in MATCH_LABELS:
        return MATCH_LABELS[reason]
    field, _, how = reason.partition(":")
    field = field.replace("_", " ")
    return f"{field} ({how.replace('_', ' ')})" if how else field


def category_label(category: str) -> str:
    """Human label for a category id (the id itself when unknown)."""
    return CATEGORY_LABELS.get(category, category.replace("_", " ").capitalize())


def platform_label(platform: str) -> str:
    """Human label for a platform id."""
    return PLATFORM_LABELS.get(platform, platform.capitalize())


# What to do about a connection that looks like a patient, per platform and relation.
CONNECTION_ACTIONS: dict[tuple[str, str], str] = {
    ("x", "follower"): "Remove this follower (their profile → ⋯ → Remove this follower) or block",
    ("x", "following"): "Unfollow",
    ("facebook", "friend"): "Unfriend (their profile → Friends → Unfriend)",
    ("facebook", "follower"): "Remove follower (your Followers list → ⋯ → Remove) or block",
    ("facebook", "following"): "Unfollow",
    ("instagram", "follower"): "Remove follower (your Followers list → Remove) or block",
    ("instagram", "following"): "Unfollow",
    ("mastodon", "follower"): "Remove follower (their profile → ⋯ → Remove follower) or block",
    ("mastodon", "following"): "Unfollow",
    ("linkedin", "friend"): "Remove connection (their profile → More → Remove connection)",
    ("linkedin", "follower"): "Block (LinkedIn cannot remove a follower otherwise)",
    ("linkedin", "following"): "Unfollow",
    ("bluesky", "follower"): "Block (Bluesky cannot remove a follower otherwise)",
    ("bluesky", "following"): "Unfollow",
}


def connection_action(platform: str, relation: str) -> str:
    """The step that ends a connection, for the report's patient-connection table."""
    default = {
        "friend": "Remove the connection",
        "follower": "Remove or block this follower",
        "following": "Unfollow",
    }.get(relation, "Remove the connection")
    return CONNECTION_ACTIONS.get((platform, relation), default)


@dataclass(frozen=True, slots=True)
class HowTo:
    """How to delete on one platform: steps, plus an optional link (a plain link, never loaded)."""

    platform: str
    steps: tuple[str, ...]
    bulk: str = ""
    link: str = ""
    link_text: str = ""
    caveat: str = ""


HOW_TO_DELETE: dict[str, HowTo] = {
    "x": HowTo(
        "x",
        (
            "Open the post (the link in this report), choose the ⋯ menu, then Delete.",
            "For a repost: select the repost icon, then Undo repost.",
            "Replies are posts too: delete them the same way.",
        ),
        bulk=(
            "X has no bulk delete of its own. Work down this list, or give a deletion tool the "
            "post ids from the CSV export and your archive; such tools need access to your "
            "account, so choose one you trust and revoke its access afterwards."
        ),
    ),
    "facebook": HowTo(
        "facebook",
        (
            "Personal profile posts can only be removed by hand.",
            "Open your Activity log, then Your activity across Facebook → Posts (filter by year to "
            "find a post from this list).",
            "For each post choose ⋯ → Move to trash (or Delete). Trashed items are deleted after "
            "30 days; empty the trash to remove them at once.",
            "Or from your profile: ⋯ next to Posts → Manage posts → select posts → Next → "
            "Delete posts.",
            "Comments: Activity log → Comments → ⋯ → Delete.",
        ),
        link="https://www.facebook.com/me/allactivity",
        link_text="Open your Facebook activity log",
        caveat="Posts on a Page are managed in Meta Business Suite → Content instead.",
    ),
    "instagram": HowTo(
        "instagram",
        (
            "Open the post, choose ⋯, then Delete.",
            "Several at once: your profile → ☰ → Your activity → Posts → Select → Delete.",
            "Comments: Your activity → Comments → Select → Delete.",
        ),
        caveat="Archive hides a post but keeps it; delete to remove it.",
    ),
    "mastodon": HowTo(
        "mastodon",
        (
            "Open the post, choose ⋯, then Delete.",
            "Older posts in bulk: Preferences → Automated post deletion (by age; check the "
            "settings "
            "before enabling).",
        ),
        caveat=(
            "Deletion is sent to other servers, but a server that does not honour it keeps "
            "its copy."
        ),
    ),
    "linkedin": HowTo(
        "linkedin",
        (
            "Your profile → Activity → Posts (or Comments).",
            "On each item choose ⋯ → Delete post (or Delete comment).",
        ),
    ),
    "bluesky": HowTo(
        "bluesky",
        ("Open the post, choose ⋯, then Delete post.",),
        caveat=(
            "Bluesky posts are public data: apps and relays that copied a post before it was "
            "deleted may keep it."
        ),
    ),
}

NOT_UNDONE: tuple[str, ...] = (
    "Quotes and replies: other people's posts that quote or answer yours keep their own copy of "
    "your words.",
    "Reposts and shares: on some platforms a share keeps a copy when the original goes.",
    "Screenshots: anyone may have captured the post; deletion cannot reach them.",
    "Third-party archives: the Wayback Machine (web.archive.org) and archive.today may hold a "
    "copy; ask them to remove it.",
    "Search engines: a cached snippet can linger; Google's Remove outdated content tool asks for "
    "a refresh.",
    "Copies other apps collected through the platform's API, and notification e-mails already "
    "sent.",
)

IF_PATIENT_IDENTIFIABLE = (
    "If a post could identify a patient, deleting it is only the first step: tell your "
    "organisation's privacy or information-governance lead, who will decide whether it must be "
    "reported as a breach (HIPAA, GDPR and professional regulators set time limits)."
)
