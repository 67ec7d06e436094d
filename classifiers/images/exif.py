"""Where and when a photo was taken, from its EXIF data, and whether that was at a hospital.

A phone photo carries GPS coordinates and the time it was taken; posted as is, a picture of a
"quiet night shift" places the author (and whoever is in it) on a ward at an hour. The check
is offline: a small table of hospital sites (``data/hospitals.csv``: hand-written, approximate,
far from complete) and a distance test. Outside the table, coordinates count only when the
post or the picture is clinical (decided in ``classifiers.recognizers.image_scene``).

Whether the location was public depends on the platform: most strip EXIF from the copy they
publish (``PLATFORM_STRIPS_EXIF``). Archive media are usually that stripped copy, so GPS found
in an export is rare and means the platform kept it or the file is an original; the finding
says which.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path

from PIL import Image

HOSPITALS_CSV = Path(__file__).parent / "data" / "hospitals.csv"

# What each platform does to photo metadata on upload (public help pages and our own uploads;
# platforms change this without notice, so the finding states it as "normally").
PLATFORM_STRIPS_EXIF: dict[str, bool] = {
    "x": True,  # X/Twitter removes EXIF, including GPS, from uploaded photos
    "facebook": True,  # Facebook strips EXIF from the published copy (it may keep it server-side)
    "instagram": True,  # same as Facebook
    "mastodon": True,  # Mastodon strips EXIF from uploaded images
    "bluesky": True,  # Bluesky strips EXIF on upload
    "linkedin": True,  # LinkedIn strips EXIF from feed images
}

_GPS_IFD = 0x8825
_EXIF_IFD = 0x8769
_DATETIME_ORIGINAL = 36867
_DATETIME = 306
_MAKE, _MODEL = 271, 272


@dataclass(frozen=True, slots=True)
class PhotoMetadata:
    """The location and time a photo carries (each may be missing)."""

    latitude: float | None = None
    longitude: float | None = None
    taken_at: datetime | None = None  # camera local time: EXIF has no reliable time zone
    camera: str = ""

    @property
    def has_location(self) -> bool:
        """True when both coordinates were readable."""
        return self.latitude is not None and self.longitude is not None


@dataclass(frozen=True, slots=True)
class Hospital:
    """A hospital site: a centre and a radius that covers the campus."""

    name: str
    latitude: float
    longitude: float
    radius_m: float


def read_metadata(exif: Image.Exif | None) -> PhotoMetadata | None:
    """GPS position, capture time and camera from EXIF; None when there is nothing useful."""
    if not exif:
        return None
    lat = lon = None
    try:
        gps = exif.get_ifd(_GPS_IFD)
    except (KeyError, ValueError, TypeError, OSError):
        gps = {}
    if gps:
        lat = _coordinate(gps.get(2), gps.get(1), "NS")
        lon = _coordinate(gps.get(4), gps.get(3), "EW")
    taken = None
    try:
        sub = exif.get_ifd(_EXIF_IFD)
    except (KeyError, ValueError, TypeError, OSError):
        sub = {}
    for raw in (sub.get(_DATETIME_ORIGINAL), exif.get(_DATETIME)):
        taken = _exif_time(raw)
        if taken:
            break
    camera = " ".join(str(exif.get(tag, "")).strip("\x00 ") for tag in (_MAKE, _MODEL)).strip()
    if lat is None and taken is None and not camera:
        return None
    if lat is None or lon is None:
        lat = lon = None
    return PhotoMetadata(lat, lon, taken, camera[:80])


def _coordinate(value: object, ref: object, refs: str) -> float | None:
    """Degrees from an EXIF (degrees, minutes, seconds) triple and its N/S or E/W reference."""
    try:
        d, m, s = (float(x) for x in value)  # type: ignore[union-attr]
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    if any(math.isnan(x) for x in (d, m, s)):
        return None
    degrees = d + m / 60 + s / 3600
    ref_text = ref.decode("ascii", "ignore") if isinstance(ref, bytes) else str(ref or refs[0])
    if ref_text.strip().upper().startswith(refs[1]):
        degrees = -degrees
    limit = 90 if refs == "NS" else 180
    return degrees if -limit <= degrees <= limit else None


def _exif_time(raw: object) -> datetime | None:
    if not isinstance(raw, str):
        return None
    try:
        return datetime.strptime(raw.strip("\x00 ")[:19], "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres (haversine; plenty for "within a campus")."""
    r = 6_371_000.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


class HospitalIndex:
    """Hospital sites, looked up by position (a linear scan: the table is small)."""

    def __init__(self, hospitals: list[Hospital]) -> None:
        self.hospitals = hospitals

    @classmethod
    def from_csv(cls, path: Path = HOSPITALS_CSV) -> HospitalIndex:
        """Read ``name,latitude,longitude,radius_m`` rows; ``#`` lines are comments."""
        with path.open(encoding="utf-8") as handle:
            rows = csv.DictReader(line for line in handle if not line.startswith("#"))
            hospitals = [
                Hospital(
                    row["name"],
                    float(row["latitude"]),
                    float(row["longitude"]),
                    float(row["radius_m"]),
                )
                for row in rows
            ]
        return cls(hospitals)

    def at(self, latitude: float, longitude: float) -> tuple[Hospital, float] | None:
        """The nearest site whose radius covers the position, with the distance in metres."""
        best: tuple[Hospital, float] | None = None
        for hospital in self.hospitals:
            if abs(hospital.latitude - latitude) > 0.05:  # ~5 km: skip the trigonometry
                continue
            d = distance_m(latitude, longitude, hospital.latitude, hospital.longitude)
            if d <= hospital.radius_m and (best is None or d < best[1]):
                best = (hospital, d)
        return best


@cache
def hospital_index() -> HospitalIndex:
    """The bundled table, read once."""
    return HospitalIndex.from_csv()
