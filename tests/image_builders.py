"""Synthetic pictures for the image analysis: patient boards, wristbands, screens, scans, and the
ordinary pictures clinicians also post (food, landscapes, pets, slides, selfies).

Everything is drawn with Pillow from a seed, so a set is the same on every machine and nothing
is stored in git: tests draw the few images they need, ``benchmarks/images.py`` draws the full
set. The names, record numbers and dates are invented. To keep OCR honest, each image varies in
font (DejaVu and Liberation when installed, else Pillow's default), size, rotation, blur, noise,
perspective and JPEG quality.

Run ``python -m tests.image_builders OUT_DIR [COUNT]`` to write a set to look at.
"""

from __future__ import annotations

import io
import math
import random
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/truetype/liberation"))
FIRST_NAMES = (
    "John", "Mary", "Ahmed", "Grace", "Wei", "Olga", "Peter", "Fatima", "Liam", "Nora",
    "Carlos", "Aisha", "Tom", "Helen", "Ravi", "Sofia", "David", "Ines", "George", "Maya",
)  # fmt: skip
SURNAMES = (
    "Smith", "Okafor", "Nguyen", "Kowalski", "Patel", "Murphy", "Garcia", "Haddad", "Brown",
    "Lindqvist", "Moreau", "Tanaka", "O'Brien", "Schmidt", "Rossi", "Jensen", "Ali", "Walsh",
)  # fmt: skip
TITLES = ("Mr", "Mrs", "Ms", "Miss", "Mr.", "Mrs.")
CONSULTANTS = ("Dr Khan", "Dr Lee", "Dr Evans", "Dr Ortiz", "Dr Byrne")
HOSPITALS = ("St Mary's Hospital", "Royal County Hospital", "Mercy General", "City Medical Center")
DIAGNOSES = (
    "CAP",
    "NSTEMI",
    "#NOF",
    "DKA",
    "UTI",
    "COPD exac",
    "cellulitis",
    "AKI",
    "PE",
    "sepsis",
)

PATIENT_KINDS = ("whiteboard", "patient_list", "wristband", "monitor", "scan", "selfie_board")
HARMLESS_KINDS = ("food", "menu", "landscape", "pet", "slide", "selfie", "badge", "ticket")


@dataclass(frozen=True, slots=True)
class SyntheticImage:
    """One drawn picture and what it shows."""

    name: str  # "whiteboard-003": kind and number, no content
    kind: str
    patient: bool  # True when it shows patient information
    data: bytes  # encoded file (JPEG or PNG)
    truth: tuple[str, ...] = ()  # identifying strings drawn into it (for checking OCR)


# -- drawing helpers --------------------------------------------------------------------------


@cache
def font_files() -> tuple[Path, ...]:
    """Installed TrueType fonts we can draw with (Debian's fonts-dejavu-core, liberation)."""
    found: list[Path] = []
    for folder in FONT_DIRS:
        if folder.is_dir():
            found += sorted(p for p in folder.glob("*.ttf") if "Math" not in p.name)
    return tuple(found)


def pick_font(rng: random.Random, size: int, *, mono: bool = False) -> ImageFont.FreeTypeFont:
    """A font of ``size`` px: a random installed one, or Pillow's default when none is."""
    files = font_files()
    if mono:
        files = tuple(p for p in files if "Mono" in p.name) or files
    if not files or rng.random() < 0.12:
        return ImageFont.load_default(size)
    return ImageFont.truetype(str(rng.choice(files)), size)


def person(rng: random.Random) -> tuple[str, str]:
    """A fake (first name, surname)."""
    return rng.choice(FIRST_NAMES), rng.choice(SURNAMES)


def fake_dob(rng: random.Random) -> str:
    """A date of birth in one of the formats wards use."""
    y, m, d = rng.randint(1930, 2005), rng.randint(1, 12), rng.randint(1, 28)
    style = rng.randrange(3)
    if style == 0:
        return f"{d:02d}/{m:02d}/{y}"
    if style == 1:
        return f"{y}-{m:02d}-{d:02d}"
    return f"{d:02d}.{m:02d}.{y}"


def fake_mrn(rng: random.Random) -> str:
    """A hospital record number: 7 to 9 digits."""
    return str(rng.randint(10**6, 10**9 - 1))


def noise_texture(
    rng: random.Random, size: tuple[int, int], base: tuple[int, int, int], amp: int
) -> Image.Image:
    """A blotchy texture (fur, food, foliage): low-frequency noise around ``base``."""
    w, h = size
    gen = np.random.default_rng(rng.randrange(2**32))
    small = gen.normal(0, amp, (max(2, h // 16), max(2, w // 16), 3))
    blotches = (
        np.asarray(
            Image.fromarray(np.uint8(np.clip(small + 128, 0, 255))).resize((w, h), Image.BICUBIC),
            dtype=np.float32,
        )
        - 128
    )
    fine = gen.normal(0, amp / 3, (h, w, 3))
    arr = np.clip(np.array(base, dtype=np.float32) + blotches + fine, 0, 255)
    return Image.fromarray(np.uint8(arr))


def degrade(rng: random.Random, img: Image.Image, *, strength: float = 1.0) -> Image.Image:
    """Photograph-like damage: perspective, rotation, blur, sensor noise, uneven light."""
    img = img.convert("RGB")
    w, h = img.size
    background = tuple(rng.randint(60, 200) for _ in range(3))
    if rng.random() < 0.6 * strength:  # perspective: the phone was not square to the board
        d = 0.06 * strength  # corners move outward mostly, so nothing drawn leaves the frame
        quad = [
            -rng.uniform(0, d) * w, -rng.uniform(0, d) * h,
            -rng.uniform(0, d) * w, h + rng.uniform(0, d) * h,
            w + rng.uniform(0, d) * w, h + rng.uniform(0, d) * h,
            w + rng.uniform(0, d) * w, -rng.uniform(0, d) * h,
        ]  # fmt: skip
        img = img.transform((w, h), Image.QUAD, quad, Image.BICUBIC, fillcolor=background)
    angle = rng.uniform(-7, 7) * strength
    if abs(angle) > 0.5:  # expand, then back to size: the corners stay in the picture
        img = img.rotate(angle, Image.BICUBIC, expand=True, fillcolor=background).resize(
            (w, h), Image.BICUBIC
        )
    blur = rng.uniform(0, 1.4) * strength
    if blur > 0.3:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    arr = np.asarray(img, dtype=np.float32)
    gen = np.random.default_rng(rng.randrange(2**32))
    arr += gen.normal(0, rng.uniform(2, 9) * strength, arr.shape)
    if rng.random() < 0.5 * strength:  # light falling off to one side
        ramp = np.linspace(1.0, rng.uniform(0.75, 0.95), w, dtype=np.float32)
        arr *= ramp[None, :, None] if rng.random() < 0.5 else ramp[None, ::-1, None]
    return Image.fromarray(np.uint8(np.clip(arr, 0, 255)))


def encode(rng: random.Random, img: Image.Image) -> bytes:
    """JPEG at a random phone-like quality (PNG now and then)."""
    buf = io.BytesIO()
    if rng.random() < 0.15:
        img.save(buf, "PNG")
    else:
        img.save(buf, "JPEG", quality=rng.randint(60, 92))
    return buf.getvalue()


def canvas_size(rng: random.Random, landscape: bool = True) -> tuple[int, int]:
    """A phone-photo-ish size, kept moderate so the set draws fast."""
    w = rng.choice((960, 1024, 1200, 1280, 1440))
    h = int(w * rng.choice((0.75, 0.5625, 0.66)))
    return (w, h) if landscape else (h, w)


def text(
    draw: ImageDraw.ImageDraw,
    xy: tuple[float, float],
    s: str,
    font: ImageFont.ImageFont,
    fill: object,
) -> float:
    """Draw ``s``; return the y below it."""
    draw.text(xy, s, font=font, fill=fill)
    box = draw.textbbox(xy, s, font=font)
    return box[3]


# -- patient pictures -------------------------------------------------------------------------


def draw_whiteboard(rng: random.Random) -> tuple[Image.Image, list[str]]:
    """A ward whiteboard: bay header, beds with patient names, DOBs, doctors, notes."""
    w, h = canvas_size(rng)
    board = Image.new("RGB", (w, h), tuple(rng.randint(228, 250) for _ in range(3)))
    draw = ImageDraw.Draw(board)
    ink = rng.choice(((20, 40, 160), (15, 15, 15), (170, 20, 20), (10, 100, 40)))
    head = pick_font(rng, rng.randint(34, 52))
    body = pick_font(rng, rng.randint(24, 34))
    y = (
        text(
            draw,
            (40, 24),
            rng.choice(
                ("WARD 7 - BAY B", "Ward 4 Patient Board", "ICU Board", "Bay 3 (Cardiology)")
            ),
            head,
            ink,
        )
        + 18
    )
    truth: list[str] = []
    for bed in range(rng.randint(3, 5)):
        first, last = person(rng)
        name = rng.choice(
            (f"{rng.choice(TITLES)} {first} {last}", f"{last.upper()}, {first}", f"{first} {last}")
        )
        parts = [f"Bed {bed + rng.randint(1, 9)}", name]
        if rng.random() < 0.7:
            dob = fake_dob(rng)
            parts.append(f"DOB {dob}")
            truth.append(dob)
        parts.append(rng.choice(CONSULTANTS))
        if rng.random() < 0.5:
            parts.append(rng.choice(DIAGNOSES))
        truth.append(last)
        y = text(draw, (40 + rng.randint(0, 20), y), "  ".join(parts), body, ink) + rng.randint(
            12, 28
        )
        if y > h - 60:
            break
    draw.rectangle((0, 0, w - 1, h - 1), outline=(120, 120, 120), width=rng.randint(6, 18))
    return degrade(rng, board), truth


def draw_patient_list(rng: random.Random) -> tuple[Image.Image, list[str]]:
    """A printed handover list: a table of names, record numbers, DOBs, beds."""
    w, h = canvas_size(rng, landscape=rng.random() < 0.6)
    page = Image.new("RGB", (w, h), (250, 250, 246))
    draw = ImageDraw.Draw(page)
    font = pick_font(rng, rng.randint(20, 28), mono=rng.random() < 0.4)
    head = pick_font(rng, rng.randint(28, 36))
    y = (
        text(
            draw,
            (30, 20),
            f"{rng.choice(HOSPITALS)} - Handover {rng.choice(('AM', 'PM', 'Night'))}",
            head,
            (0, 0, 0),
        )
        + 16
    )
    y = text(draw, (30, y), "Bed  Name              MRN        DOB", font, (0, 0, 0)) + 10
    truth: list[str] = []
    while y < h - 50:
        first, last = person(rng)
        mrn, dob = fake_mrn(rng), fake_dob(rng)
        truth += [mrn, last]
        row = (f"{rng.randint(1, 30):>3}  {last.upper()}, {first:<10} {mrn}  {dob}  "
               f"{rng.choice(DIAGNOSES)}")
        y = text(draw, (30, y), row, font, (0, 0, 0)) + rng.randint(8, 14)
        draw.line((30, y - 4, w - 30, y - 4), fill=(180, 180, 180))
    return degrade(rng, page), truth


def draw_wristband(rng: random.Random) -> tuple[Image.Image, list[str]]:
    """A wristband on an arm: name, record number, DOB and barcode-like stripes."""
    w, h = canvas_size(rng)
    img = noise_texture(
        rng,
        (w, h),
        rng.choice(((205, 160, 130), (150, 105, 75), (230, 195, 170), (95, 65, 45))),
        18,
    )
    band_h = int(h * rng.uniform(0.28, 0.36))
    band = Image.new(
        "RGB",
        (int(w * 0.92), band_h),
        rng.choice(((245, 245, 245), (250, 240, 190), (235, 240, 250))),
    )
    draw = ImageDraw.Draw(band)
    first, last = person(rng)
    mrn, dob = fake_mrn(rng), fake_dob(rng)
    font = pick_font(rng, int(band_h * rng.uniform(0.15, 0.2)))
    y = text(draw, (24, 12), f"{last.upper()}, {first}", font, (0, 0, 0)) + 6
    y = (
        text(
            draw,
            (24, y),
            f"{rng.choice(('MRN', 'Hosp No', 'NHS No', 'ID'))}: {mrn}",
            font,
            (0, 0, 0),
        )
        + 6
    )
    text(draw, (24, y), f"DOB: {dob}", font, (0, 0, 0))
    x = int(band.width * 0.58)
    while x < band.width - 30:  # barcode
        bar = rng.choice((2, 3, 5, 7))
        draw.rectangle((x, 14, x + bar, band_h - 14), fill=(0, 0, 0))
        x += bar + rng.choice((2, 3, 4, 6))
    img.paste(band, ((w - band.width) // 2, (h - band_h) // 2))
    return degrade(rng, img), [last, mrn, dob]


def draw_monitor(rng: random.Random) -> tuple[Image.Image, list[str]]:
    """A bedside monitor or EHR screen photographed: patient banner, vitals, traces."""
    w, h = canvas_size(rng)
    img = Image.new("RGB", (w, h), (rng.randint(0, 25),) * 3)
    draw = ImageDraw.Draw(img)
    first, last = person(rng)
    mrn = fake_mrn(rng)
    banner = pick_font(rng, rng.randint(26, 36))
    draw.rectangle((0, 0, w, 70), fill=(30, 50, 90))
    text(
        draw,
        (20, 16),
        f"{last.upper()}, {first}   ID {mrn}   Bed {rng.randint(1, 24)}",
        banner,
        (255, 255, 255),
    )
    big = pick_font(rng, rng.randint(60, 90))
    colours = ((60, 230, 60), (250, 230, 40), (80, 200, 250), (250, 80, 80))
    for i, label in enumerate(("HR", "SpO2", "RR", "NIBP")):
        y = 110 + i * (h - 140) // 4
        value = (
            str(rng.randint(55, 130)),
            str(rng.randint(88, 100)),
            str(rng.randint(10, 28)),
            f"{rng.randint(95, 160)}/{rng.randint(55, 95)}",
        )[i]
        text(draw, (w - 330, y), label, pick_font(rng, 26), colours[i])
        text(draw, (w - 260, y), value, big, colours[i])
        pts = [
            (20 + x, y + 40 + 25 * math.sin(x / rng.uniform(8, 20)) * (1 if x % 90 > 10 else 2.2))
            for x in range(0, w - 380, 4)
        ]
        draw.line(pts, fill=colours[i], width=2)
    return degrade(rng, img, strength=0.8), [last, mrn]


def draw_scan(rng: random.Random) -> tuple[Image.Image, list[str]]:
    """A radiograph, CT or MRI slice: dark field, bright anatomy, burned-in text in the corners."""
    side = rng.choice((900, 1024, 1200))
    arr = np.zeros((side, side), dtype=np.float32)
    yy, xx = np.mgrid[0:side, 0:side].astype(np.float32)
    cx, cy = side / 2 + rng.uniform(-40, 40), side / 2 + rng.uniform(-40, 40)
    kind = rng.choice(("chest", "ct", "limb"))
    if kind == "chest":
        body = ((xx - cx) / (side * 0.36)) ** 2 + ((yy - cy) / (side * 0.44)) ** 2 < 1
        arr[body] = 90
        for side_sign in (-1, 1):  # lungs darker, ribs bright
            lung = ((xx - cx - side_sign * side * 0.16) / (side * 0.12)) ** 2 + (
                (yy - cy) / (side * 0.3)
            ) ** 2 < 1
            arr[lung] = 35
        for k in range(9):
            rib = np.abs(yy - (cy - side * 0.3 + k * side * 0.07) - 0.002 * (xx - cx) ** 2 / 3) < 6
            arr[rib & body] = 200
        arr[np.abs(xx - cx) < side * 0.025] = 230  # spine
    elif kind == "ct":
        outer = ((xx - cx) / (side * 0.38)) ** 2 + ((yy - cy) / (side * 0.3)) ** 2
        arr[outer < 1] = 110
        arr[(outer < 1) & (outer > 0.9)] = 240  # skull / cortex ring
        for _ in range(rng.randint(2, 5)):
            ox, oy, r = (
                cx + rng.uniform(-150, 150),
                cy + rng.uniform(-100, 100),
                rng.uniform(20, 70),
            )
            arr[((xx - ox) ** 2 + (yy - oy) ** 2) < r * r] = rng.choice((60, 170, 210))
    else:
        for off in (-0.09, 0.09):
            bone = np.abs(xx - cx - off * side - 0.15 * (yy - cy)) < side * 0.03
            arr[bone & (np.abs(yy - cy) < side * 0.4)] = 220
        soft = np.abs(xx - cx - 0.15 * (yy - cy)) < side * 0.2
        arr[soft & (arr == 0)] = 70
    gen = np.random.default_rng(rng.randrange(2**32))
    arr = np.clip(arr + gen.normal(0, 10, arr.shape), 0, 255)
    img = (
        Image.fromarray(np.uint8(arr))
        .filter(ImageFilter.GaussianBlur(rng.uniform(1.5, 4)))
        .convert("RGB")
    )
    draw = ImageDraw.Draw(img)
    first, last = person(rng)
    mrn, dob = fake_mrn(rng), fake_dob(rng)
    font = pick_font(rng, rng.randint(20, 30), mono=rng.random() < 0.5)
    fill = (235, 235, 235)
    y = text(draw, (16, 12), f"{last.upper()}^{first.upper()}", font, fill) + 4
    y = text(draw, (16, y), f"ID: {mrn}", font, fill) + 4
    text(draw, (16, y), f"DOB: {dob}", font, fill)
    hosp = rng.choice(HOSPITALS)
    right = draw.textbbox((0, 0), hosp, font=font)[2]
    text(draw, (side - right - 16, 12), hosp, font, fill)
    text(
        draw,
        (16, side - 40),
        rng.choice(("PA ERECT", "AXIAL 5mm", "AP SUPINE", "T2 FLAIR")),
        font,
        fill,
    )
    text(draw, (side - 60, side // 2), rng.choice(("L", "R")), pick_font(rng, 44), fill)
    if rng.random() < 0.5:  # a photo of a viewing screen rather than a screenshot
        img = degrade(rng, img, strength=0.6)
    return img, [last, mrn, dob]


# -- harmless pictures ------------------------------------------------------------------------


def draw_food(rng: random.Random) -> tuple[Image.Image, list[str]]:
    """A plate of food on a table, from above."""
    w, h = canvas_size(rng)
    img = noise_texture(rng, (w, h), rng.choice(((120, 80, 50), (200, 190, 170), (60, 60, 70))), 20)
    draw = ImageDraw.Draw(img)
    cx, cy, r = w // 2 + rng.randint(-80, 80), h // 2, int(min(w, h) * 0.4)
    draw.ellipse(
        (cx - r, cy - r, cx + r, cy + r), fill=(245, 245, 240), outline=(200, 200, 200), width=6
    )
    for _ in range(rng.randint(3, 7)):
        fx, fy, fr = (
            cx + rng.randint(-r // 2, r // 2),
            cy + rng.randint(-r // 2, r // 2),
            rng.randint(r // 8, r // 3),
        )
        patch = noise_texture(
            rng,
            (2 * fr, 2 * fr),
            rng.choice(((180, 60, 30), (90, 150, 40), (220, 180, 80), (120, 70, 40))),
            30,
        )
        mask = Image.new("L", patch.size, 0)
        ImageDraw.Draw(mask).ellipse((0, 0, 2 * fr - 1, 2 * fr - 1), fill=255)
        img.paste(patch, (fx - fr, fy - fr), mask)
    return degrade(rng, img, strength=0.5), []


def draw_menu(rng: random.Random) -> tuple[Image.Image, list[str]]:
    """A cafe chalkboard menu: ordinary text with prices (text that is not patient data)."""
    w, h = canvas_size(rng, landscape=False)
    img = noise_texture(rng, (w, h), (40, 45, 42), 8)
    draw = ImageDraw.Draw(img)
    font = pick_font(rng, rng.randint(30, 42))
    y = (
        text(
            draw,
            (40, 30),
            rng.choice(("TODAY'S SPECIALS", "Hospital Cafe Menu", "Lunch Menu")),
            pick_font(rng, 48),
            (240, 240, 230),
        )
        + 30
    )
    dishes = (
        "Soup of the day",
        "Chicken wrap",
        "Veggie lasagne",
        "Fish & chips",
        "Flat white",
        "Chai latte",
        "Carrot cake",
        "Bagel",
    )
    for dish in rng.sample(dishes, k=rng.randint(4, 7)):
        y = (
            text(
                draw,
                (40, y),
                f"{dish}  {rng.randint(2, 12)}.{rng.choice(('00', '50', '95'))}",
                font,
                (235, 235, 225),
            )
            + 22
        )
    return degrade(rng, img), []


def draw_landscape(rng: random.Random) -> tuple[Image.Image, list[str]]:
    """Sky gradient, mountains, a sun, a field."""
    w, h = canvas_size(rng)
    top, bottom = (
        np.array((rng.randint(40, 120), rng.randint(100, 170), 230.0)),
        np.array((230.0, 200, rng.randint(150, 230))),
    )
    t = np.linspace(0, 1, h)[:, None, None]
    sky = Image.fromarray(np.uint8(np.broadcast_to(top * (1 - t) + bottom * t, (h, w, 3))))
    draw = ImageDraw.Draw(sky)
    sx, sy = rng.randint(100, w - 100), rng.randint(60, h // 3)
    draw.ellipse((sx - 40, sy - 40, sx + 40, sy + 40), fill=(255, 240, 180))
    for layer in range(rng.randint(2, 4)):
        base = int(h * (0.55 + 0.1 * layer))
        pts = (
            [(0, h)]
            + [(x, base - rng.randint(0, int(h * 0.3))) for x in range(0, w + 120, 120)]
            + [(w, h)]
        )
        shade = 60 + 35 * layer
        draw.polygon(pts, fill=(shade // 2, shade, shade // 2 + 10))
    return degrade(rng, sky, strength=0.4), []


def draw_pet(rng: random.Random) -> tuple[Image.Image, list[str]]:
    """A cat or dog on a rug: furry ellipses, ears, eyes."""
    w, h = canvas_size(rng)
    img = noise_texture(
        rng, (w, h), rng.choice(((150, 30, 40), (90, 90, 140), (180, 170, 150))), 25
    )
    fur = rng.choice(((200, 140, 60), (60, 55, 50), (230, 225, 215), (140, 110, 80)))
    cx, cy = w // 2, h // 2
    for ex, ey, rx, ry in ((0, 60, 260, 150), (-200, -80, 120, 110)):
        patch = noise_texture(rng, (2 * rx, 2 * ry), fur, 28)
        mask = Image.new("L", patch.size, 0)
        ImageDraw.Draw(mask).ellipse((0, 0, 2 * rx - 1, 2 * ry - 1), fill=255)
        img.paste(patch, (cx + ex - rx, cy + ey - ry), mask)
    draw = ImageDraw.Draw(img)
    hx, hy = cx - 200, cy - 80
    draw.polygon([(hx - 100, hy - 60), (hx - 70, hy - 170), (hx - 30, hy - 90)], fill=fur)
    draw.polygon([(hx + 100, hy - 60), (hx + 70, hy - 170), (hx + 30, hy - 90)], fill=fur)
    for dx in (-40, 40):
        draw.ellipse((hx + dx - 14, hy - 20, hx + dx + 14, hy + 8), fill=(30, 160, 60))
    draw.ellipse((hx - 10, hy + 20, hx + 10, hy + 34), fill=(40, 20, 20))
    return degrade(rng, img, strength=0.6), []


def draw_slide(rng: random.Random) -> tuple[Image.Image, list[str]]:
    """A conference slide photographed from the audience: title, bullets, speaker, date."""
    w, h = canvas_size(rng)
    room = noise_texture(rng, (w, h), (30, 30, 35), 10)
    sw, sh = int(w * 0.86), int(h * 0.8)
    slide = Image.new("RGB", (sw, sh), rng.choice(((255, 255, 255), (20, 40, 80), (245, 245, 235))))
    dark = slide.getpixel((0, 0))[0] < 128
    ink = (255, 255, 255) if dark else (20, 20, 20)
    draw = ImageDraw.Draw(slide)
    title = rng.choice((
        "Advances in Sepsis Care", "Quality Improvement in the ED", "Antibiotic Stewardship 2025",
        "Heart Failure: What's New", "Simulation Training Outcomes", "Reducing Falls on Wards",
    ))  # fmt: skip
    y = text(draw, (40, 30), title, pick_font(rng, rng.randint(40, 56)), ink) + 24
    bullets = (
        "Early lactate measurement", "Audit of 240 admissions", "Time to antibiotics fell 35%",
        "Team huddles twice daily", "Mortality reduced (p<0.05)", "Next steps: regional rollout",
        "Barriers: staffing, IT", "Patient-reported outcomes improved",
    )  # fmt: skip
    font = pick_font(rng, rng.randint(26, 34))
    for b in rng.sample(bullets, k=rng.randint(3, 5)):
        y = text(draw, (60, y), f"- {b}", font, ink) + 16
    first, last = person(rng)
    footer = rng.choice(
        (
            f"Dr {first} {last}, {rng.choice(HOSPITALS)}",
            f"Presented by {first} {last} MD",
            f"Grand Rounds, Room {rng.randint(1, 9)}A",
        )
    )
    text(
        draw,
        (40, sh - 50),
        footer + f"   {rng.randint(1, 28)} March {rng.randint(2022, 2026)}",
        pick_font(rng, 22),
        ink,
    )
    room.paste(slide, ((w - sw) // 2, (h - sh) // 3))
    return degrade(rng, room), []


def draw_face(draw: ImageDraw.ImageDraw, rng: random.Random, cx: int, cy: int, r: int) -> None:
    """A plain frontal face: skin oval, hair, brows, eyes, nose shadow, mouth."""
    skin = rng.choice(((235, 200, 175), (200, 150, 115), (150, 100, 70), (95, 65, 45)))
    hair = rng.choice(((30, 25, 20), (110, 70, 30), (200, 170, 100), (60, 60, 60)))
    draw.ellipse((cx - r * 1.05, cy - r * 1.45, cx + r * 1.05, cy + r * 0.6), fill=hair)
    draw.ellipse((cx - r * 0.85, cy - r * 1.1, cx + r * 0.85, cy + r * 1.15), fill=skin)
    draw.rectangle((cx - r * 0.35, cy + r * 1.0, cx + r * 0.35, cy + r * 1.6), fill=skin)
    shade = tuple(int(c * 0.8) for c in skin)
    for s in (-1, 1):
        ex = cx + s * r * 0.36
        draw.line(
            (ex - r * 0.2, cy - r * 0.38, ex + r * 0.2, cy - r * 0.42),
            fill=hair,
            width=max(2, r // 14),
        )
        draw.ellipse(
            (ex - r * 0.17, cy - r * 0.25, ex + r * 0.17, cy - r * 0.08), fill=(250, 250, 250)
        )
        draw.ellipse(
            (ex - r * 0.08, cy - r * 0.24, ex + r * 0.08, cy - r * 0.09), fill=(60, 40, 30)
        )
    draw.polygon(
        [(cx, cy - r * 0.1), (cx - r * 0.12, cy + r * 0.3), (cx + r * 0.12, cy + r * 0.3)],
        fill=shade,
    )
    draw.chord(
        (cx - r * 0.32, cy + r * 0.42, cx + r * 0.32, cy + r * 0.72), 0, 180, fill=(170, 70, 70)
    )


def draw_selfie(rng: random.Random) -> tuple[Image.Image, list[str]]:
    """A selfie in front of a blank wall: one face, shoulders, nothing written."""
    w, h = canvas_size(rng, landscape=rng.random() < 0.4)
    wall = tuple(rng.randint(170, 235) for _ in range(3))
    img = noise_texture(rng, (w, h), wall, 5)
    draw = ImageDraw.Draw(img)
    r = int(min(w, h) * rng.uniform(0.16, 0.24))
    cx, cy = w // 2 + rng.randint(-w // 8, w // 8), int(h * 0.42)
    shirt = rng.choice(((40, 90, 160), (30, 120, 110), (200, 200, 200), (120, 30, 60)))
    draw.ellipse((cx - r * 2.2, cy + r * 1.4, cx + r * 2.2, cy + r * 4.5), fill=shirt)
    draw_face(draw, rng, cx, cy, r)
    return degrade(rng, img, strength=0.4), []


def draw_selfie_board(rng: random.Random) -> tuple[Image.Image, list[str]]:
    """The classic case: a selfie on shift, the ward board readable over the shoulder."""
    w, h = canvas_size(rng)
    img = noise_texture(rng, (w, h), tuple(rng.randint(185, 225) for _ in range(3)), 5)
    board_w, board_h = int(w * rng.uniform(0.5, 0.6)), int(h * rng.uniform(0.5, 0.62))
    board = Image.new("RGB", (board_w, board_h), tuple(rng.randint(232, 250) for _ in range(3)))
    draw = ImageDraw.Draw(board)
    ink = rng.choice(((20, 40, 160), (15, 15, 15), (10, 100, 40)))
    font = pick_font(rng, rng.randint(16, 24))  # small: the board is metres behind the phone
    y = text(draw, (16, 12), rng.choice(("BAY 2", "Ward 9", "Bay A")), pick_font(rng, 28), ink) + 10
    truth: list[str] = []
    while y < board_h - 40:
        first, last = person(rng)
        dob = fake_dob(rng)
        row = rng.choice(
            (
                f"Bed {rng.randint(1, 12)} {rng.choice(TITLES)} {first} {last} DOB {dob}",
                f"{rng.randint(1, 12)} {last.upper()}, {first} {dob}",
            )
        )
        truth += [last, dob]
        y = text(draw, (16, y), row, font, ink) + rng.randint(10, 18)
    draw.rectangle((0, 0, board_w - 1, board_h - 1), outline=(110, 110, 110), width=8)
    left = rng.choice((int(w * 0.04), w - board_w - int(w * 0.04)))
    img.paste(board, (left, int(h * 0.08)))
    draw = ImageDraw.Draw(img)
    r = int(min(w, h) * rng.uniform(0.14, 0.18))
    cx = (
        w - left - board_w // 2 if left < w // 2 else left + board_w // 2
    )  # the face beside the board
    cx = min(max(cx, int(r * 2.3)), w - int(r * 2.3))
    cy = int(h * 0.55)
    draw.ellipse(
        (cx - r * 2.2, cy + r * 1.4, cx + r * 2.2, cy + r * 4.5),
        fill=rng.choice(((40, 90, 160), (30, 120, 110))),
    )
    draw_face(draw, rng, cx, cy, r)
    return degrade(rng, img, strength=0.6), truth


def draw_badge(rng: random.Random) -> tuple[Image.Image, list[str]]:
    """A staff or conference badge on a lanyard: a clinician's own name, hospital, ID, barcode.

    A hard harmless case: a name, a hospital and a number in one picture, none of them a patient's.
    """
    w, h = canvas_size(rng)
    img = noise_texture(rng, (w, h), rng.choice(((60, 90, 140), (200, 200, 205), (90, 60, 50))), 14)
    bw, bh = int(w * 0.5), int(h * 0.62)
    badge = Image.new("RGB", (bw, bh), (250, 250, 250))
    draw = ImageDraw.Draw(badge)
    band = rng.choice(((0, 94, 184), (120, 30, 90), (0, 120, 80)))
    draw.rectangle((0, 0, bw, int(bh * 0.2)), fill=band)
    text(
        draw,
        (20, 14),
        rng.choice(HOSPITALS + ("ESC Congress 2025", "RCEM Annual Conference")),
        pick_font(rng, 30),
        (255, 255, 255),
    )
    first, last = person(rng)
    y = (
        text(
            draw,
            (20, int(bh * 0.27)),
            f"{rng.choice(('Dr ', 'Prof ', ''))}{first} {last}",
            pick_font(rng, 40),
            (0, 0, 0),
        )
        + 12
    )
    y = (
        text(
            draw,
            (20, y),
            rng.choice(
                (
                    "Consultant Cardiologist",
                    "Staff Nurse",
                    "Registrar, Emergency Medicine",
                    "Delegate",
                )
            ),
            pick_font(rng, 28),
            (60, 60, 60),
        )
        + 12
    )
    text(
        draw,
        (20, y),
        f"{rng.choice(('Staff ID', 'ID', 'Delegate No'))} {rng.randint(10**5, 10**8)}",
        pick_font(rng, 24),
        (60, 60, 60),
    )
    x = 20
    while x < bw - 40:
        bar = rng.choice((2, 3, 5))
        draw.rectangle((x, bh - 70, x + bar, bh - 20), fill=(0, 0, 0))
        x += bar + rng.choice((2, 3, 4))
    img.paste(badge, ((w - bw) // 2, (h - bh) // 2))
    return degrade(rng, img), []


def draw_ticket(rng: random.Random) -> tuple[Image.Image, list[str]]:
    """A boarding pass or event ticket: the author's name, a date, a reference, a barcode."""
    w, h = canvas_size(rng)
    img = noise_texture(
        rng, (w, h), rng.choice(((130, 100, 80), (40, 40, 45), (170, 170, 160))), 12
    )
    tw, th = int(w * 0.8), int(h * 0.45)
    ticket = Image.new("RGB", (tw, th), rng.choice(((250, 250, 245), (235, 245, 255))))
    draw = ImageDraw.Draw(ticket)
    first, last = person(rng)
    font = pick_font(rng, rng.randint(22, 30), mono=rng.random() < 0.5)
    y = (
        text(
            draw,
            (20, 16),
            rng.choice(("BOARDING PASS", "E-TICKET", "ADMIT ONE")),
            pick_font(rng, 34),
            (20, 20, 80),
        )
        + 12
    )
    y = (
        text(
            draw,
            (20, y),
            f"{last.upper()}/{first.upper()} {rng.choice(('MR', 'MS', 'DR'))}",
            font,
            (0, 0, 0),
        )
        + 10
    )
    y = (
        text(
            draw,
            (20, y),
            f"FLIGHT {rng.choice(('BA', 'EI', 'LH', 'UA'))}{rng.randint(100, 999)}  "
            f"SEAT {rng.randint(1, 40)}{rng.choice('ABCDEF')}",
            font,
            (0, 0, 0),
        )
        + 10
    )
    text(
        draw,
        (20, y),
        f"{rng.randint(1, 28)} MAR {rng.randint(2024, 2026)}  "
        f"REF {rng.choice('ABCDEFGHJK')}{rng.randint(10000, 99999)}",
        font,
        (0, 0, 0),
    )
    x = int(tw * 0.7)
    while x < tw - 20:
        bar = rng.choice((2, 3, 5))
        draw.rectangle((x, 20, x + bar, th - 20), fill=(0, 0, 0))
        x += bar + rng.choice((2, 3, 4))
    img.paste(ticket, ((w - tw) // 2, (h - th) // 2))
    return degrade(rng, img), []


DRAWERS: dict[str, Callable[[random.Random], tuple[Image.Image, list[str]]]] = {
    "whiteboard": draw_whiteboard,
    "patient_list": draw_patient_list,
    "wristband": draw_wristband,
    "monitor": draw_monitor,
    "scan": draw_scan,
    "selfie_board": draw_selfie_board,
    "food": draw_food,
    "menu": draw_menu,
    "landscape": draw_landscape,
    "pet": draw_pet,
    "slide": draw_slide,
    "selfie": draw_selfie,
    "badge": draw_badge,
    "ticket": draw_ticket,
}


def harden(rng: random.Random, img: Image.Image) -> Image.Image:
    """A worse photo of the same scene: taken from further away, in poor light, with glare."""
    w, h = img.size
    far = rng.uniform(0.4, 0.65)  # the detail a phone keeps from further back
    img = img.resize((int(w * far), int(h * far)), Image.BILINEAR).resize((w, h), Image.BICUBIC)
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.6)))
    arr = np.asarray(img, dtype=np.float32) * rng.uniform(0.6, 0.9)  # dim ward lighting
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    gx, gy, gr = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.8) * h, rng.uniform(0.1, 0.25) * w
    glare = np.exp(-(((xx - gx) ** 2 + (yy - gy) ** 2) / (2 * gr * gr))) * rng.uniform(60, 140)
    arr += glare[:, :, None]
    arr += np.random.default_rng(rng.randrange(2**32)).normal(0, rng.uniform(6, 14), arr.shape)
    return Image.fromarray(np.uint8(np.clip(arr, 0, 255)))


def make_image(kind: str, seed: int, *, hard: bool = False) -> SyntheticImage:
    """One picture of ``kind``, the same for the same seed; ``hard`` makes a worse photo of it."""
    rng = random.Random(f"{kind}:{seed}")
    img, truth = DRAWERS[kind](rng)
    if hard:
        img = harden(rng, img)
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=rng.randint(35, 60))
        data = buf.getvalue()
    else:
        data = encode(rng, img)
    name = f"{kind}-{seed:03d}{'-hard' if hard else ''}"
    return SyntheticImage(name, kind, kind in PATIENT_KINDS, data, tuple(truth))


def image_set(per_kind: int = 10, seed: int = 0, *, hard: bool = False) -> Iterator[SyntheticImage]:
    """``per_kind`` pictures of every kind (140 for 10): patient and harmless interleaved."""
    for i in range(per_kind):
        for kind in DRAWERS:
            yield make_image(kind, seed * 1000 + i, hard=hard)


def main(argv: list[str]) -> None:
    """Write a set to a folder to look at."""
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    per_kind = int(argv[1]) if len(argv) > 1 else 10
    for item in image_set(per_kind):
        suffix = ".png" if item.data[:4] == b"\x89PNG" else ".jpg"
        (out / f"{item.name}{suffix}").write_bytes(item.data)


if __name__ == "__main__":
    main(sys.argv[1:])


# -- file-level variations for tests ------------------------------------------------------------


def with_exif(
    data: bytes,
    *,
    latitude: float | None = None,
    longitude: float | None = None,
    taken_at: str | None = None,  # "YYYY:MM:DD HH:MM:SS", as cameras write it
    orientation: int | None = None,
) -> bytes:
    """The picture re-saved as JPEG with GPS, capture time and orientation in its EXIF."""
    img = Image.open(io.BytesIO(data)).convert("RGB")
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "Synthetic", "Phone 1"
    if latitude is not None and longitude is not None:
        exif[0x8825] = {
            1: "N" if latitude >= 0 else "S", 2: _dms(abs(latitude)),
            3: "E" if longitude >= 0 else "W", 4: _dms(abs(longitude)),
        }  # fmt: skip
    if taken_at:
        exif[0x8769] = {36867: taken_at}
    if orientation:
        exif[0x0112] = orientation
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=90, exif=exif)
    return buf.getvalue()


def _dms(degrees: float) -> tuple[float, float, float]:
    d = int(degrees)
    m = int((degrees - d) * 60)
    return float(d), float(m), round((degrees - d - m / 60) * 3600, 4)


def png_declaring(width: int, height: int) -> bytes:
    """A tiny PNG whose header says ``width`` x ``height`` pixels: a decompression bomb's shape."""
    import struct
    import zlib

    buf = io.BytesIO()
    Image.new("L", (8, 8)).save(buf, "PNG")
    data = bytearray(buf.getvalue())
    struct.pack_into(">II", data, 16, width, height)  # IHDR width, height
    struct.pack_into(">I", data, 29, zlib.crc32(bytes(data[12:29])))  # IHDR CRC
    return bytes(data)


def resized(data: bytes, size: tuple[int, int], quality: int = 88) -> bytes:
    """The picture scaled to ``size`` as JPEG (a full-size phone photo from a drawn one)."""
    img = Image.open(io.BytesIO(data)).convert("RGB").resize(size, Image.BICUBIC)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    return buf.getvalue()
