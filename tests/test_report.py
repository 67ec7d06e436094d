"""The report renders from contract-shaped data, escapes everything, loads nothing, ranks right."""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import re
import stat
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from jinja2 import StrictUndefined
from markupsafe import escape
from PIL import Image

from classifiers.rules import ALL_RULES
from reports import ReportData, render_html, render_report, write_csv
from reports.charts import bin_months, category_rows, timeline
from reports.csv_export import COLUMNS, csv_text, defuse
from reports.highlight import Mark, highlight, locate, marks_for, mask, merge
from reports.labels import match_label
from reports.media import ThumbnailMaker, thumbnail_from_bytes
from reports.render import environment
from reports.view import connection_views, safe_url
from tests.report_samples import (
    HOSTILE_HANDLE,
    HOSTILE_IMG,
    HOSTILE_SCRIPT,
    HOSTILE_TEMPLATE,
    post,
    sample_data,
    write_image,
)


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text inside <script> and <style>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag, attrs):  # noqa: ANN001
        self.tags.append((tag, dict(attrs)))
        self._in = tag if tag in ("script", "style") else None

    def handle_endtag(self, tag):  # noqa: ANN001
        self._in = None

    def handle_data(self, data):  # noqa: ANN001
        if self._in == "script":
            self.scripts.append(data)
        elif self._in == "style":
            self.styles.append(data)


def parse(html: str) -> Tags:
    tags = Tags()
    tags.feed(html)
    return tags


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> str:
    tmp = tmp_path_factory.mktemp("report")
    return render_html(sample_data(tmp))


# --- the page as a whole -------------------------------------------------------------------


# fmt: off
@pytest.mark.parametrize("expected", [
    "5 posts to delete, 3 to review",
    "@drsample", "@sam.ple", "1540 posts scanned", "3 Jan 2012 – 11 Jun 2024",
    "Connections that look like patients", "P-0007", "Unfriend",
    "Remove this follower",
    "No disclaimer on a professional profile",
    "3 records in data/like.js were skipped: not posts.",
    "https://www.facebook.com/me/allactivity",
    "Wayback Machine",
    "Rules scrubs checks",
    "Thread or case: 2 posts seen together",
])
# fmt: on
def test_report_shows_the_summary_and_guidance(rendered: str, expected: str) -> None:
    assert expected in rendered


def test_posts_are_listed_in_risk_order_with_threads_together(rendered: str) -> None:
    ranks = [int(r) for r in re.findall(r'data-rank="(\d+)"', rendered)]
    # the thread of posts ranked 2 and 6 is shown at rank 2, oldest first
    assert ranks == [1, 2, 6, 3, 4, 5, 7, 8]
    group = rendered[rendered.index("Thread or case"): rendered.index('id="post-3"')]
    assert 'id="post-2"' in group and 'id="post-6"' in group


def test_every_rule_of_the_catalogue_is_in_the_legend(rendered: str) -> None:
    missing = [r.id for r in ALL_RULES if f'id="rule-{r.id}"' not in rendered]
    assert missing == []


def test_no_roster_says_patient_link_checks_were_skipped(tmp_path: Path) -> None:
    html = render_html(sample_data(tmp_path, roster_used=False))
    assert "No patient roster was given" in html
    assert "Not checked: no patient roster was given" in html


def test_empty_scan_renders_a_clear_all_clear() -> None:
    data = ReportData(generated_at="2026-01-01T00:00:00Z", accounts=[], posts=[], links=[],
                      totals={"posts": 0, "links": 0, "by_action": {}, "by_category": {},
                              "by_month": {}})
    html = render_html(data)
    assert "Nothing to delete" in html
    assert "Nothing to delete or review" in html


def test_report_file_is_owner_only(tmp_path: Path) -> None:
    out = tmp_path / "sub" / "report.html"
    render_report(sample_data(tmp_path), out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_text(encoding="utf-8").startswith("<!doctype html>")


# --- escaping: post text is data, never markup or template --------------------------------

def _with_payload(where: str, payload: str, tmp: Path) -> ReportData:
    data = sample_data(tmp)
    posts = [dict(p) for p in data.posts]
    accounts = [dict(a) for a in data.accounts]
    links = [dict(link) for link in data.links]
    if where == "post text":
        posts[0] = post("9", f"before {payload} after", risk=0.99)
    elif where == "evidence":
        text = f"x {payload} y"
        posts[0] = post("9", text, risk=0.99, findings=[{
            "category": "phi", "rule": "phi.patient_name", "severity": "high", "explanation": "e",
            "guidance": "g", "evidence": [{"start": 2, "end": 2 + len(payload), "text": payload}]}])
    elif where == "explanation":
        posts[0] = {**posts[0], "findings": [{**posts[0]["findings"][0], "explanation": payload}]}
    elif where == "guidance":
        posts[0] = {**posts[0], "findings": [{**posts[0]["findings"][0], "guidance": payload}]}
    elif where == "account handle":
        posts[0] = {**posts[0], "account": payload}
        accounts[0] = {**accounts[0], "handle": payload}
    elif where == "display name":
        accounts[0] = {**accounts[0], "display_name": payload}
    elif where == "connection name":
        links[0] = {**links[0], "other": {"id": "1", "name": payload, "handle": payload}}
    elif where == "note":
        return replace(data, notes=(payload,))
    elif where == "media alt text":
        posts[-1] = {**posts[-1], "media": [{**posts[-1]["media"][0], "alt_text": payload}]}
    return replace(data, posts=posts, accounts=accounts, links=links)


PLACES = ["post text", "evidence", "explanation", "guidance", "account handle", "display name",
          "connection name", "note", "media alt text"]


@pytest.mark.parametrize("where", PLACES)
@pytest.mark.parametrize("payload", [HOSTILE_SCRIPT, HOSTILE_IMG, HOSTILE_HANDLE])
def test_hostile_markup_stays_text(where: str, payload: str, tmp_path: Path) -> None:
    html = render_html(_with_payload(where, payload, tmp_path))
    tags = parse(html)
    assert [t for t, _ in tags.tags].count("script") == 1  # ours, and only ours
    event_attrs = [(t, a) for t, attrs in tags.tags for a in attrs if a.lower().startswith("on")]
    assert event_attrs == []
    assert all(t != "svg" or "onload" not in attrs for t, attrs in tags.tags)
    assert payload not in html  # only its escaped form
    assert str(escape(payload)) in html


@pytest.mark.parametrize("where", PLACES)
def test_template_syntax_in_data_is_never_evaluated(where: str, tmp_path: Path) -> None:
    html = render_html(_with_payload(where, HOSTILE_TEMPLATE, tmp_path))
    assert str(escape(HOSTILE_TEMPLATE)) in html  # literally, as written
    assert "Config" not in html  # {{ config }} was never looked up


def test_every_template_escapes_whatever_its_name() -> None:
    env = environment()
    assert env.autoescape is True  # not select_autoescape(), which keys on ".html"
    assert env.undefined is StrictUndefined
    assert env.from_string("{{ x }}").render(x="<b>") == "&lt;b&gt;"


@pytest.mark.parametrize("url, shown", [
    ("https://x.com/a/status/1", True),
    ("http://example.org/p", True),
    ("javascript:alert(1)", False),
    ("JAVASCRIPT:alert(1)", False),
    ("data:text/html,<script>1</script>", False),
    ('https://x.com/a" onclick="x', False),
    ("//x.com/a", False),
    (None, False),
])
def test_only_http_links_to_posts_are_shown(url: str | None, shown: bool) -> None:
    assert (safe_url(url) is not None) == shown


# --- offline: a strict CSP and nothing to fetch --------------------------------------------

def _b64_sha256(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


def test_csp_allows_exactly_the_inline_script_and_style(rendered: str) -> None:
    tags = parse(rendered)
    csp = next(a["content"] for t, a in tags.tags
               if t == "meta" and (a.get("http-equiv") or "").lower() == "content-security-policy")
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";") if d.strip())
    assert directives["default-src"] == "'none'"
    assert directives["img-src"] == "data:"
    assert directives["script-src"] == f"'sha256-{_b64_sha256(tags.scripts[0])}'"
    assert directives["style-src"] == f"'sha256-{_b64_sha256(tags.styles[0])}'"
    assert "connect-src" not in directives and "unsafe-eval" not in csp
    # the CSP must come before anything it governs
    assert rendered.index("Content-Security-Policy") < rendered.index("<style>")


def test_nothing_is_loaded_from_the_network(rendered: str) -> None:
    tags = parse(rendered)
    loads = [(t, a) for t, a in tags.tags
             if t in ("link", "iframe", "object", "embed", "base", "source", "audio", "video")]
    assert loads == []
    srcs = [a["src"] for t, a in tags.tags if "src" in a]
    assert srcs and all(s.startswith("data:image/jpeg;base64,") for s in srcs)
    hrefs = [a["href"] for t, a in tags.tags if "href" in a]
    assert all(t == "a" for t, a in tags.tags if "href" in a)
    external = [h for h in hrefs if not h.startswith("#")]
    assert external and all(h.startswith("https://") for h in external)
    css, js = tags.styles[0], tags.scripts[0]
    assert "url(" not in css and "@import" not in css
    assert not re.search(r"https?://", css + js)
    assert not re.search(r"\b(fetch|XMLHttpRequest|eval|innerHTML|WebSocket)\b", js)


def test_post_links_open_safely(rendered: str) -> None:
    anchors = [a for t, a in parse(rendered).tags if t == "a" and a.get("target") == "_blank"]
    assert anchors and all(a.get("rel") == "noopener noreferrer" for a in anchors)
    assert "javascript:" not in rendered


# --- highlighting ---------------------------------------------------------------------------

# fmt: off
@pytest.mark.parametrize("text, spans, expected", [
    ("abc def", [(4, 7)], 'abc <mark class="" title="">def</mark>'),
    ("abcdef", [(0, 3), (2, 5)], '<mark class="" title="">abcde</mark>f'),      # overlapping
    ("abcdef", [(0, 2), (2, 4)], '<mark class="" title="">abcd</mark>ef'),      # touching
    ("abcdef", [(1, 5), (2, 3)], 'a<mark class="" title="">bcde</mark>f'),      # nested
    ("a<b>c", [(1, 4)], 'a<mark class="" title="">&lt;b&gt;</mark>c'),       # escaped inside
    ("<x> & y", [], "&lt;x&gt; &amp; y"),
    ("😬 bed 12", [(2, 8)], '😬 <mark class="" title="">bed 12</mark>'),        # code points
])
# fmt: on
def test_highlight_escapes_then_marks(
    text: str, spans: list[tuple[int, int]], expected: str
) -> None:
    assert str(highlight(text, [Mark(s, e) for s, e in spans])) == expected


# fmt: off
@pytest.mark.parametrize("text, span, where", [
    ("Mr D in bed 12", {"start": 8, "end": 14, "text": "bed 12"}, (8, 14)),
    ("Mr D in bed 12", {"start": 8, "end": 14}, (8, 14)),
    ("Mr D in bed 12", {"start": 0, "end": 6, "text": "bed 12"}, (8, 14)),    # disagree: quote wins
    ("Mr D in bed 12", {"start": 40, "end": 46, "text": "bed 12"}, (8, 14)),  # out of range
    ("Mr D in bed 12", {"start": 40, "end": 46, "text": "J. DOE"}, None),     # read from an image
    ("Mr D in bed 12", {"start": 5, "end": 5, "text": ""}, None),             # empty
])
# fmt: on
def test_evidence_is_located_in_the_text(
    text: str, span: dict, where: tuple[int, int] | None
) -> None:
    assert locate(text, span) == where


def test_marks_carry_every_category_and_merge() -> None:
    text = "drunk in bed 12"
    findings = [
        {"category": "unprofessional", "rule": "u",
         "evidence": [{"start": 0, "end": 5, "text": "drunk"}]},
        {"category": "phi", "rule": "p",
         "evidence": [{"start": 3, "end": 15, "text": "nk in bed 12"}]},
    ]
    (mark,) = marks_for(text, findings)
    assert (mark.start, mark.end, mark.categories) == (0, 15, ("unprofessional", "phi"))
    assert 'class="cat-unprofessional cat-phi"' in str(highlight(text, [mark]))


def test_merge_keeps_separate_marks_apart() -> None:
    assert [(m.start, m.end) for m in merge([Mark(5, 6), Mark(0, 2)])] == [(0, 2), (5, 6)]


def test_mask_hides_evidence_for_redacted_reports(tmp_path: Path) -> None:
    assert mask("Mr D in bed 12", [Mark(8, 14)]) == "Mr D in ███ ██"
    html = render_html(sample_data(tmp_path, redact=True))
    assert "DOB 03/04/1971" not in html and "MRN 448812" not in html
    assert "data:image" not in html and "Jane" not in html


# --- charts ---------------------------------------------------------------------------------

def test_months_are_binned_with_gaps_filled() -> None:
    bins = bin_months({"2024-01": {"phi": 2}, "2024-04": {"phi": 1, "unprofessional": 1}})
    assert [k for k, _ in bins] == ["2024-01", "2024-02", "2024-03", "2024-04"]
    assert bins[3][1] == {"phi": 1, "unprofessional": 1}


def test_long_histories_are_binned_by_year() -> None:
    bins = bin_months(
        {"2012-05": {"phi": 1}, "2019-02": {"phi": 2}, "2019-11": {"phi": 1}, "bad": {"phi": 9}}
    )
    assert bins[0] == ("2012", {"phi": 1}) and bins[-1] == ("2019", {"phi": 3}) and len(bins) == 8


def test_timeline_bars_stack_to_their_totals() -> None:
    chart = timeline({"2024-01": {"phi": 2, "unprofessional": 2}, "2024-02": {"phi": 1}})
    jan = [r for r in chart.rects if r.title.startswith("2024-01")]
    assert len(jan) == 2 and abs(sum(r.height for r in jan) - 2 * sum(
        r.height for r in chart.rects if r.title.startswith("2024-02")) * 2) < 0.1
    assert timeline({}).empty


def test_category_rows_share_one_scale() -> None:
    rows = category_rows({"phi": {"delete": 3, "review": 1}, "unprofessional": {"review": 2}})
    assert (rows[0].delete_width, rows[0].review_width) == (75.0, 25.0)
    assert (rows[1].delete_width, rows[1].review_width) == (0.0, 50.0)


# --- thumbnails -----------------------------------------------------------------------------

@pytest.mark.parametrize("size", [(4000, 3000), (300, 900), (50, 40)])
def test_thumbnails_are_small_jpegs(size: tuple[int, int], tmp_path: Path) -> None:
    raw = write_image(tmp_path / "i.png", size).read_bytes()
    thumb = thumbnail_from_bytes(raw)
    img = Image.open(io.BytesIO(base64.b64decode(thumb.data_uri.split(",", 1)[1])))
    assert img.format == "JPEG" and img.width <= 320 and img.height <= 240
    assert (thumb.original_width, thumb.original_height) == size


def test_thumbnails_from_files_and_zips_and_missing(tmp_path: Path) -> None:
    data = sample_data(tmp_path)
    refs = [m["path"] for m in data.posts[-1]["media"]]
    maker = ThumbnailMaker()
    assert all(maker.get(ref) is not None for ref in refs)
    assert maker.get(str(tmp_path / "gone.png")) is None and maker.failed == 1
    assert maker.get(f"{tmp_path / 'export.zip'}::../../etc/passwd") is None


def test_unreadable_image_is_noted_not_fatal(tmp_path: Path) -> None:
    (tmp_path / "bad.png").write_bytes(b"not an image")
    data = sample_data(tmp_path)
    posts = [dict(p) for p in data.posts]
    posts[-1] = {**posts[-1], "media": [{"path": str(tmp_path / "bad.png"), "type": "image"}]}
    html = render_html(replace(data, posts=posts))
    assert "Image could not be embedded." in html
    assert "1 attached image could not be read and is not shown" in html


def test_image_regions_are_outlined_in_original_pixels(rendered: str) -> None:
    assert 'viewBox="0 0 800 600"' in rendered
    assert '<rect x="100.0" y="200.0" width="400.0" height="100.0"' in rendered


# --- CSV ------------------------------------------------------------------------------------

def test_csv_lists_the_ranked_posts(tmp_path: Path) -> None:
    out = tmp_path / "report.csv"
    write_csv(sample_data(tmp_path), out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert list(rows[0]) == list(COLUMNS)
    assert [r["rank"] for r in rows] == [str(i) for i in range(1, 9)]
    risks = [float(r["risk"]) for r in rows]
    assert risks == sorted(risks, reverse=True)
    assert rows[0]["rules"] == "phi.bed_or_room phi.date_of_birth phi.quasi_identifiers"
    assert HOSTILE_SCRIPT in rows[2]["text"]  # CSV is plain text: kept as written
    assert rows[3]["text"].startswith("'@jdoe")  # a leading @ would run as a formula
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


@pytest.mark.parametrize("value, safe", [
    ("=HYPERLINK(\"http://evil\")", "'=HYPERLINK(\"http://evil\")"),
    ("+1", "'+1"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
    ("plain", "plain"), ("", ""),
])
def test_csv_defuses_formulas(value: str, safe: str) -> None:
    assert defuse(value) == safe


def test_csv_in_redacted_mode_masks_evidence(tmp_path: Path) -> None:
    text = csv_text(sample_data(tmp_path, redact=True))
    assert "DOB 03/04/1971" not in text and "███" in text


# --- connections and model-only posts -------------------------------------------------------

def test_one_row_per_person_with_every_step(tmp_path: Path) -> None:
    link = {"platform": "x", "account": "drsample",
            "other": {"id": "42", "name": None, "handle": None},
            "patient_match": {"patient_ref": "P-1", "score": 0.9, "matched_on": ["x_user_id"]}}
    data = replace(sample_data(tmp_path), links=[{**link, "relation": "follower"},
                                                 {**link, "relation": "following"}])
    (row,) = connection_views(data.links, redact=False)
    assert row.relations == ("follower", "following")
    assert row.actions[0].startswith("Remove this follower") and row.actions[1] == "Unfollow"
    assert row.profile_url == "https://x.com/i/user/42" and row.matched_on == ("X account id",)


@pytest.mark.parametrize("reason, words", [
    ("name:exact", "full name"), ("x_handle", "X handle"), ("name:phonetic", "name (phonetic)"),
    ("dob", "dob"),
])
def test_match_reasons_are_in_words(reason: str, words: str) -> None:
    assert match_label(reason) == words


def test_model_only_posts_say_which_category(tmp_path: Path) -> None:
    only = post("77", "The EHR logged me out again", action="review", risk=0.99,
                scores={"patient_interaction": 0.69})
    html = render_html(replace(sample_data(tmp_path), posts=[only]))
    assert "rates this 69% likely to be patient interaction" in html


# --- contrast: WCAG AA (4.5:1) for every text colour on its background -----------------------

def _css_vars() -> dict[str, str]:
    from reports.render import static_text

    root = static_text("report.css").split(":root {", 1)[1].split("}", 1)[0]
    return dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", root))


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


CATS = ["phi", "unprofessional", "patient_interaction", "clinical_advice"]


# fmt: off
@pytest.mark.parametrize("text, background", [
    ("ink", "paper"), ("ink", "bg"), ("muted", "paper"), ("muted", "bg"),
    ("delete", "paper"), ("review", "paper"), ("ok", "paper"), ("delete", "delete-bg"),
    ("review", "review-bg"), ("#ffffff", "delete"), ("#ffffff", "review"), ("#ffffff", "ok"),
    ("#1a4fb8", "paper"), ("#c9d2de", "#1c2430"), ("#3d4756", "#f1f3f6"), ("muted", "#eef3fb"),
    *[(c, "paper") for c in CATS], *[(c, f"{c}-bg") for c in CATS],
    *[("ink", f"{c}-bg") for c in CATS],
])
# fmt: on
def test_text_colours_meet_wcag_aa(text: str, background: str) -> None:
    colours = _css_vars()
    fg, bg = (colours.get(c, c) for c in (text, background))
    assert contrast(fg, bg) >= 4.5, f"{text} on {background}: {contrast(fg, bg):.2f}"


@pytest.mark.parametrize("peak, ticks", [(1, ["0", "1"]), (2, ["0", "1", "2"]), (3, ["0", "3"]),
                                         (8, ["0", "4", "8"]), (13, ["0", "10", "20"]),
                                         (40, ["0", "25", "50"])])
def test_timeline_axis_shows_whole_numbers(peak: int, ticks: list[str]) -> None:
    chart = timeline({"2024-01": {"phi": peak}})
    assert [label.text for label in chart.labels if label.anchor == "end"] == ticks


def test_posts_to_keep_are_never_listed(tmp_path: Path) -> None:
    data = sample_data(tmp_path)
    kept = post("k1", "a sunny day at the beach", action="keep", risk=0.999)
    both = replace(data, posts=[kept, *data.posts])
    assert "sunny day" not in render_html(both) and "sunny day" not in csv_text(both)


def test_facebook_posts_without_a_link_point_to_the_activity_log(rendered: str) -> None:
    article = rendered[rendered.index('id="post-4"') :].split("</article>", 1)[0]
    assert 'href="https://www.facebook.com/me/allactivity"' in article
    assert "Find it in your activity log" in article
