"""Patient information readable in an attached picture: a board, a list, a wristband, a screen.

The picture's text is read by OCR and checked by the same PHI recognizers as post text
(``classifiers.images.text_phi``). The finding's evidence is where it is in the picture (one
``Region`` per line that holds an identifier, with the text read there) plus, when the caption
points at the picture ("today's board"), those words of the caption.
"""

from __future__ import annotations

from collections.abc import Iterable

from classifiers.base import PostContext
from classifiers.findings import Finding, Region
from classifiers.images.analysis import PictureRecognizer
from classifiers.images.context import read_caption
from classifiers.images.text_phi import describe
from classifiers.rules import PHI_IMAGE_TEXT
from scanner.models import Post

MIN_SCORE = 0.3  # weaker verdicts (a lone room number) are not reported at all


class ImageText(PictureRecognizer):
    """OCR on every attached picture, then the PHI text recognizers on what was read."""

    name = "phi.image_text"
    rules = (PHI_IMAGE_TEXT,)

    def analyze(self, post: Post, ctx: PostContext) -> Iterable[Finding]:
        """One finding per picture whose text identifies a patient."""
        caption = read_caption(post.text)
        for picture in self.analyzer.analyze_post(post):
            verdict = picture.text
            if picture.skipped or verdict.score < MIN_SCORE:
                continue
            regions = [
                Region(picture.index, line.x, line.y, line.width, line.height, line.text)
                for i, line in enumerate(picture.lines)
                if i in verdict.lines
            ]
            trail = [("media", str(picture.index + 1)), ("lines_read", str(len(picture.lines)))]
            trail += [("identifier", kind) for kind in verdict.kinds]
            trail += [("found_by", source) for source in sorted({h.source for h in verdict.hits})]
            if caption.strength != "none":
                trail.append(("caption", caption.strength))
            yield Finding.on(
                post, PHI_IMAGE_TEXT, caption.spans, score=verdict.score,
                explanation=(
                    f"Picture {picture.index + 1} shows {describe(verdict)} in readable text."
                ),
                recognizer=self.name, trail=trail, regions=regions,
            )  # fmt: skip
