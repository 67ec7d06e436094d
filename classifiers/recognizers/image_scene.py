"""Clinical scenes in attached pictures: faces, medical imaging and monitors, photo locations.

None of these is patient information by itself: a face is usually a friend, a radiograph in a
teaching post is anonymised, a phone's GPS is everywhere. Each becomes a finding only with
something that ties it to care:

- a face, when the caption talks about a patient (or, more weakly, a ward or a shift), or the
  same picture shows patient text or a scan;
- imaging or a monitor, when burned-in text identifies someone (strong), or there is burned-in
  text at all or a patient caption (moderate), or only a clinical setting (weak);
- GPS coordinates, when they fall on a known hospital site, or the post or picture is clinical.

A caption that says consent was given, or that the image is anonymised, lowers each score.
"""

from __future__ import annotations

from collections.abc import Iterable

from classifiers.base import PostContext
from classifiers.findings import Finding, Region
from classifiers.images.analysis import MediaAnalysis, PictureRecognizer
from classifiers.images.context import CaptionContext, read_caption
from classifiers.images.exif import PLATFORM_STRIPS_EXIF, hospital_index
from classifiers.rules import PHI_IMAGE_FACE, PHI_IMAGE_LOCATION, PHI_IMAGE_SCAN
from scanner.models import Post

PATIENT_TEXT = 0.5  # a picture whose text verdict reaches this shows patient information
HARMLESS_FACTOR = 0.6  # consent / anonymised / "my own x-ray" in the caption


class ImageScene(PictureRecognizer):
    """Faces, imaging and location data in pictures, weighed against the clinical context."""

    name = "phi.image_scene"
    rules = (PHI_IMAGE_FACE, PHI_IMAGE_SCAN, PHI_IMAGE_LOCATION)

    def analyze(self, post: Post, ctx: PostContext) -> Iterable[Finding]:
        """Face, imaging and location findings, one of each at most per picture."""
        caption = read_caption(post.text)
        for picture in self.analyzer.analyze_post(post):
            if picture.skipped:
                continue
            for finding in (
                self._face(post, picture, caption),
                self._imaging(post, picture, caption),
                self._location(post, picture, caption),
            ):
                if finding is not None:
                    yield finding

    def _face(self, post: Post, picture: MediaAnalysis, caption: CaptionContext) -> Finding | None:
        if not picture.faces:
            return None
        in_picture = picture.text.score >= PATIENT_TEXT or picture.look.look != "none"
        if in_picture:
            score, why = 0.75, "beside patient information in the same picture"
        elif caption.strength == "patient":
            score, why = 0.65, "in a post about a patient"
        elif caption.strength == "setting":
            score, why = 0.4, "in a post from a clinical setting"
        else:
            return None
        score = _soften(score, caption)
        regions = [Region(picture.index, f.x, f.y, f.width, f.height) for f in picture.faces]
        n = len(picture.faces)
        return Finding.on(
            post, PHI_IMAGE_FACE, caption.spans, score=score,
            explanation=f"Picture {picture.index + 1} shows {n} face{'s' if n > 1 else ''} {why}.",
            recognizer=self.name, regions=regions,
            trail=[("media", str(picture.index + 1)), ("faces", str(n)),
                   ("caption", caption.strength),
                   ("best_face_score", f"{max(f.score for f in picture.faces):.2f}")],
        )  # fmt: skip

    def _imaging(
        self, post: Post, picture: MediaAnalysis, caption: CaptionContext
    ) -> Finding | None:
        look = picture.look
        if look.look == "none":
            return None
        if picture.text.score >= PATIENT_TEXT:
            score, why = 0.8, "with burned-in text that identifies the patient"
        elif len(picture.lines) >= 2 or caption.strength == "patient":
            score, why = (
                0.6,
                "with burned-in text" if len(picture.lines) >= 2 else "in a post about a patient",
            )
        elif caption.strength == "setting":
            score, why = 0.4, "in a post from a clinical setting"
        else:
            return None
        score = _soften(score, caption)
        what = (
            "medical imaging" if look.look == "imaging" else "a patient monitor or clinical screen"
        )
        w, h = picture.size
        return Finding.on(
            post, PHI_IMAGE_SCAN, caption.spans, score=score,
            explanation=f"Picture {picture.index + 1} looks like {what} {why}.",
            recognizer=self.name, regions=[Region(picture.index, 0, 0, w, h)],
            trail=[("media", str(picture.index + 1)), ("look", look.look),
                   ("look_score", f"{look.score:.2f}"),
                   ("caption", caption.strength)] + [(k, f"{v:.2f}") for k, v in look.measures],
        )  # fmt: skip

    def _location(
        self, post: Post, picture: MediaAnalysis, caption: CaptionContext
    ) -> Finding | None:
        meta = picture.metadata
        if meta is None or meta.latitude is None or meta.longitude is None:
            return None
        site = hospital_index().at(meta.latitude, meta.longitude)
        clinical = (
            caption.strength != "none"
            or picture.text.score >= PATIENT_TEXT
            or picture.look.look != "none"
        )
        if site is not None:
            score, why = (
                0.7,
                f"at {site[0].name} (about {round(site[1], -1):.0f} m from its centre)",
            )
        elif clinical:
            score, why = 0.55, "in a post or picture from a clinical setting"
        else:
            return None
        strips = PLATFORM_STRIPS_EXIF.get(post.platform)
        note = (
            f" {post.platform} normally removes this data from the published copy,"
            " but this file still holds it."
            if strips
            else " The platform may publish this data with the picture."
        )
        when = f" on {meta.taken_at:%Y-%m-%d at %H:%M}" if meta.taken_at else ""
        trail = [
            ("media", str(picture.index + 1)),
            ("gps", f"{meta.latitude:.5f},{meta.longitude:.5f}"),
        ]
        if site is not None:
            trail += [("hospital", site[0].name), ("distance_m", f"{site[1]:.0f}")]
        if meta.taken_at:
            trail.append(("taken_at", meta.taken_at.isoformat()))
        trail.append(("platform_strips_exif", "yes" if strips else "unknown"))
        return Finding.on(
            post, PHI_IMAGE_LOCATION, caption.spans, score=_soften(score, caption),
            explanation=f"Picture {picture.index + 1} carries GPS coordinates{when} {why}.{note}",
            recognizer=self.name, trail=trail,
        )  # fmt: skip


def _soften(score: float, caption: CaptionContext) -> float:
    return round(score * HARMLESS_FACTOR, 3) if caption.harmless else score
