"""The labelled corpus: load the shards, split them for good, turn rows into posts.

The split is fixed by a hash of each post's ``id`` (70% train, 15% dev, 15% test): adding a
shard never moves an old post to another split, and nothing about a post's text or labels
decides where it goes. The test split is read only by ``classifiers.evaluate``; training,
model selection, calibration and thresholds use train and dev only.

Limitation: the hash splits posts, not the templates or handwritten "families" they came
from, so a template's variations can sit on both sides of the split. ``MODEL_CARD.md``
reports scores on handwritten test posts alone for that reason.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

import numpy as np

from classifiers.findings import CATEGORIES, Category
from scanner.errors import MalformedRecord
from scanner.models import PLATFORMS, Post

Split = Literal["train", "dev", "test"]
SPLITS: tuple[Split, ...] = ("train", "dev", "test")
BLIND_SHARD_PREFIX = "fresh-"
TRAIN_SHARE, DEV_SHARE = 70, 15  # percent; test takes the rest (15)
CORPUS_DIR = Path(__file__).resolve().parent / "data" / "corpus" / "shards"
_CORPUS_TIME = datetime(2024, 1, 15, 12, 0, tzinfo=UTC)  # posts carry no date
_MENTION = re.compile(r"(?<![\w@])@(\w{1,30})")


@dataclass(frozen=True, slots=True)
class CorpusPost:
    """One labelled post of the corpus (see ``data/corpus/LABELLING.md``)."""

    id: str
    text: str
    labels: tuple[Category, ...]
    hard_negative: bool
    platform: str
    kind: str
    reply_to: str | None
    specialty: str
    country: str
    source: str  # "handwritten" | "template"
    shard: str

    @property
    def split(self) -> Split:
        """Where this post belongs: fixed by its id."""
        return split_of(self.id)

    @property
    def harmless(self) -> bool:
        """No category applies."""
        return not self.labels

    @property
    def written_blind(self) -> bool:
        """From a shard whose writer had seen neither the corpus nor the recognizers' rules
        (the ``fresh-*`` shards, PROVENANCE.md): the rules were never tuned on such posts."""
        return self.shard.startswith(BLIND_SHARD_PREFIX)


def split_of(post_id: str) -> Split:
    """``train``/``dev``/``test`` from the first 8 bytes of sha256(id), in percent buckets."""
    bucket = int.from_bytes(hashlib.sha256(post_id.encode("utf-8")).digest()[:8], "big") % 100
    if bucket < TRAIN_SHARE:
        return "train"
    if bucket < TRAIN_SHARE + DEV_SHARE:
        return "dev"
    return "test"


def _parse(row: object, path: Path, line: int) -> CorpusPost:
    """One JSON line -> CorpusPost; a bad row names the shard and line, never the text."""
    where = f"line {line}"
    if not isinstance(row, dict):
        raise MalformedRecord(f"{where}: not a JSON object", path=path)
    try:
        labels = tuple(row["labels"])
        post_id, text = str(row["id"]), str(row["text"])
    except (KeyError, TypeError) as missing:
        raise MalformedRecord(f"{where}: missing field {missing}", path=path) from None
    unknown = [label for label in labels if label not in CATEGORIES]
    if unknown:
        raise MalformedRecord(f"{where}: unknown label(s) {sorted(unknown)}", path=path)
    platform = str(row.get("platform") or "x")
    if platform not in PLATFORMS:
        raise MalformedRecord(f"{where}: unknown platform {platform!r}", path=path)
    return CorpusPost(
        id=post_id,
        text=text,
        labels=tuple(c for c in CATEGORIES if c in labels),
        hard_negative=bool(row.get("hard_negative", False)),
        platform=platform,
        kind=str(row.get("kind") or "post"),
        reply_to=row.get("reply_to") or None,
        specialty=str(row.get("specialty") or ""),
        country=str(row.get("country") or ""),
        source=str(row.get("source") or "handwritten"),
        shard=path.stem,
    )


def load(directory: Path | None = None) -> list[CorpusPost]:
    """Every post of every ``*.jsonl`` shard, in shard-name then line order.

    Raises ``MalformedRecord`` on invalid JSON, a missing field, an unknown label or a
    duplicate id (naming the shard and line).
    """
    directory = directory or CORPUS_DIR
    posts: list[CorpusPost] = []
    seen: dict[str, str] = {}
    for path in sorted(directory.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for number, raw in enumerate(handle, start=1):
                if not raw.strip():
                    continue
                try:
                    row = json.loads(raw)
                except ValueError:
                    raise MalformedRecord(f"line {number}: invalid JSON", path=path) from None
                post = _parse(row, path, number)
                if post.id in seen:
                    raise MalformedRecord(
                        f"line {number}: duplicate id {post.id} (also in {seen[post.id]})",
                        path=path,
                    )
                seen[post.id] = path.name
                posts.append(post)
    return posts


def split(posts: Iterable[CorpusPost], which: Split) -> list[CorpusPost]:
    """The posts of one split, in their original order."""
    return [p for p in posts if p.split == which]


def to_post(row: CorpusPost) -> Post:
    """A ``scanner.models.Post`` as a connector would produce it, for the recognizers."""
    kind = row.kind if row.kind in ("post", "reply", "repost", "comment") else "post"
    return Post(
        platform=row.platform,  # type: ignore[arg-type]
        id=row.id,
        account="corpus_author",
        kind=kind,  # type: ignore[arg-type]
        created_at=_CORPUS_TIME,
        text=row.text,
        reply_to=row.reply_to,
        mentions=tuple(dict.fromkeys(_MENTION.findall(row.text))),
        origin=f"corpus:{row.shard}",
    )


def label_matrix(posts: Sequence[CorpusPost]) -> np.ndarray:
    """Labels as a (n, 4) int8 matrix in ``CATEGORIES`` order."""
    matrix = np.zeros((len(posts), len(CATEGORIES)), dtype=np.int8)
    for i, post in enumerate(posts):
        for j, category in enumerate(CATEGORIES):
            matrix[i, j] = category in post.labels
    return matrix


def fingerprint(posts: Sequence[CorpusPost]) -> str:
    """A short hash of ids, texts and labels: which corpus a head was trained on."""
    digest = hashlib.sha256()
    for post in posts:
        digest.update(f"{post.id}\x1f{post.text}\x1f{','.join(post.labels)}\x1e".encode())
    return digest.hexdigest()[:16]


def summary(posts: Sequence[CorpusPost]) -> dict:
    """Counts for the model card: per split, per category, hard negatives, sources."""
    out: dict = {"posts": len(posts)}
    for which in SPLITS:
        out[which] = sum(1 for p in posts if p.split == which)
    for category in CATEGORIES:
        out[category] = sum(1 for p in posts if category in p.labels)
    out["harmless"] = sum(1 for p in posts if p.harmless)
    out["hard_negative"] = sum(1 for p in posts if p.hard_negative)
    out["template"] = sum(1 for p in posts if p.source == "template")
    out["platforms"] = len({p.platform for p in posts})
    out["specialties"] = len({p.specialty for p in posts})
    out["countries"] = len({p.country for p in posts})
    return out
