"""Shared helpers for the recognizer tests: build a post, run one recognizer on it."""

from __future__ import annotations

from datetime import UTC, datetime

from classifiers import nlp
from classifiers.base import PostContext, Recognizer
from classifiers.findings import Finding
from scanner.models import Post

WHEN = datetime(2024, 3, 1, 22, 30, tzinfo=UTC)


def make_post(text: str, **fields: object) -> Post:
    """A post by ``drtest`` with ``text``; a leading @handle makes it a reply to that handle."""
    kind = fields.pop("kind", None)
    reply_to = fields.pop("reply_to", None)
    if text.startswith("@") and reply_to is None:
        reply_to = text.split()[0][1:]
    if kind is None:
        kind = "reply" if reply_to else "post"
    return Post(
        platform=fields.pop("platform", "x"),  # type: ignore[arg-type]
        id=str(fields.pop("id", "1")),
        account="drtest",
        kind=kind,  # type: ignore[arg-type]
        created_at=fields.pop("created_at", WHEN),  # type: ignore[arg-type]
        text=text,
        reply_to=reply_to,  # type: ignore[arg-type]
        **fields,  # type: ignore[arg-type]
    )


def run(recognizer: Recognizer, post: Post, ctx: PostContext | None = None) -> list[Finding]:
    """What the engine would get from ``recognizer`` on ``post`` (prefilter and spaCy included)."""
    ctx = ctx or PostContext()
    if not recognizer.prefilter(post):
        return []
    if recognizer.needs_doc and ctx.doc is None:
        ctx.doc = nlp.docs_for([post.text])[0]
    return list(recognizer.analyze(post, ctx))


def fired(recognizer: Recognizer, text: str, **fields: object) -> set[str]:
    """Rule ids with a finding at or above the decision point (0.5)."""
    return {f.rule.id for f in run(recognizer, make_post(text, **fields)) if f.score >= 0.5}
