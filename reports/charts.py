"""Chart geometry for the report, computed in Python and drawn as inline SVG by a template.

No JavaScript charting library (the page must work offline and under a strict CSP), and no
SVG strings built here: this module only turns counts into rectangles and labels; the
autoescaping template ``_charts.html`` draws them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from reports.labels import CATEGORY_HINTS, CATEGORY_ORDER, category_label


@dataclass(frozen=True, slots=True)
class Rect:
    """One bar segment; ``title`` is its tooltip and accessible text."""

    x: float
    y: float
    width: float
    height: float
    category: str
    title: str


@dataclass(frozen=True, slots=True)
class Label:
    """A piece of axis text."""

    x: float
    y: float
    text: str
    anchor: str = "middle"


@dataclass(frozen=True, slots=True)
class Chart:
    """Everything a template needs to draw one chart."""

    width: int
    height: int
    rects: tuple[Rect, ...]
    labels: tuple[Label, ...]
    gridlines: tuple[tuple[float, float, float, float], ...]
    description: str  # the chart said in words, for screen readers and print
    empty: bool = False


def _month_index(month: str) -> int:
    year, mon = month.split("-")[:2]
    return int(year) * 12 + int(mon) - 1


def _month_name(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def bin_months(by_month: Mapping[str, Mapping[str, int]]) -> list[tuple[str, dict[str, int]]]:
    """Contiguous bins from the first to the last month; by year when that spans over 4 years.

    Gaps are filled with empty bins so the time axis is honest about quiet periods.
    """
    valid = {m: c for m, c in by_month.items() if _parse_ok(m)}
    if not valid:
        return []
    indices = sorted(_month_index(m) for m in valid)
    first, last = indices[0], indices[-1]
    yearly = last - first >= 48
    bins: dict[str, dict[str, int]] = {}
    for i in range(first, last + 1):
        key = f"{i // 12:04d}" if yearly else _month_name(i)
        bins.setdefault(key, {})
    for month, counts in valid.items():
        i = _month_index(month)
        key = f"{i // 12:04d}" if yearly else _month_name(i)
        for category, n in counts.items():
            bins[key][category] = bins[key].get(category, 0) + int(n)
    return list(bins.items())


def _parse_ok(month: str) -> bool:
    try:
        year, mon = month.split("-")[:2]
        return 1 <= int(mon) <= 12 and 1970 <= int(year) <= 2200
    except (ValueError, AttributeError):
        return False


def _nice_max(value: int) -> int:
    """A round top for the y axis: the count itself up to 10, then 1, 2, 5 x 10^n."""
    if value <= 0:
        return 1
    if value <= 10:
        return value  # small counts: every post is a visible step
    step = 1
    while True:
        for m in (1, 2, 5):
            if m * step >= value:
                return m * step
        step *= 10


def _label_positions(keys: Sequence[str], max_labels: int) -> dict[int, str]:
    """Which bins get an axis label, and its text: years at each January on long monthly spans."""
    if len(keys) > 18 and all(len(k) == 7 for k in keys):
        januaries = {i: k[:4] for i, k in enumerate(keys) if k.endswith("-01")}
        step = max(1, -(-len(januaries) // max_labels))
        return {i: y for n, (i, y) in enumerate(sorted(januaries.items())) if n % step == 0}
    step = max(1, -(-len(keys) // max_labels))
    return {i: k for i, k in enumerate(keys) if i % step == 0}


def timeline(
    by_month: Mapping[str, Mapping[str, int]], width: int = 640, height: int = 300
) -> Chart:
    """Stacked bars: risky posts per month (or year), one colour per category."""
    bins = bin_months(by_month)
    left, right, top, bottom = 40, 10, 12, 34
    if not bins or not any(sum(c.values()) for _, c in bins):
        return Chart(width, height, (), (), (), "No risky posts to chart.", empty=True)
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = _nice_max(max(sum(c.values()) for _, c in bins))
    slot = plot_w / len(bins)
    bar_w = max(1.0, slot * 0.78)
    rects: list[Rect] = []
    labels: list[Label] = []
    label_at = _label_positions([key for key, _ in bins], max_labels=max(2, plot_w // 64))
    for i, (key, counts) in enumerate(bins):
        x = left + i * slot + (slot - bar_w) / 2
        y = top + plot_h
        for category in CATEGORY_ORDER:
            n = counts.get(category, 0)
            if not n:
                continue
            h = plot_h * n / peak
            y -= h
            rects.append(
                Rect(
                    round(x, 2),
                    round(y, 2),
                    round(bar_w, 2),
                    round(h, 2),
                    category,
                    f"{key}: {n} {category_label(category).lower()}",
                )
            )
        if i in label_at:
            labels.append(
                Label(round(left + i * slot + slot / 2, 2), height - bottom + 16, label_at[i])
            )
    gridlines = []
    ticks = (0, peak // 2, peak) if peak % 2 == 0 and peak > 1 else (0, peak)
    for value in ticks:  # whole numbers only: half a post would be a lie on the axis
        y = round(top + plot_h * (1 - value / peak), 2)
        gridlines.append((left, y, width - right, y))
        labels.append(Label(left - 6, y + 4, str(value), "end"))
    busiest = max(bins, key=lambda b: sum(b[1].values()))
    description = (
        f"Risky posts from {bins[0][0]} to {bins[-1][0]}; the busiest period is {busiest[0]} "
        f"with {sum(busiest[1].values())}."
    )
    return Chart(width, height, tuple(rects), tuple(labels), tuple(gridlines), description)


@dataclass(frozen=True, slots=True)
class CategoryRow:
    """One category's counts and its bar (delete then review), as percentages of the longest bar."""

    category: str
    label: str
    hint: str
    delete: int
    review: int
    delete_width: float
    review_width: float


def category_rows(
    by_category: Mapping[str, Mapping[str, int]], categories: Sequence[str] = CATEGORY_ORDER
) -> list[CategoryRow]:
    """Posts to delete and review per category, with bar widths on one shared scale (0-100)."""
    counts = [
        (
            c,
            int((by_category.get(c) or {}).get("delete", 0)),
            int((by_category.get(c) or {}).get("review", 0)),
        )
        for c in categories
    ]
    peak = max((d + r for _, d, r in counts), default=0) or 1
    return [
        CategoryRow(
            c,
            category_label(c),
            CATEGORY_HINTS.get(c, ""),
            d,
            r,
            round(100 * d / peak, 2),
            round(100 * r / peak, 2),
        )
        for c, d, r in counts
    ]
