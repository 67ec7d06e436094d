"""The report in headless Chromium: offline, quiet, filterable, keyboard-driven, inert to attacks.

Uses Debian's ``chromium`` (``make browser`` installs it) driven by Playwright through
``executable_path``; nothing is downloaded.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from playwright.sync_api import expect

from reports import render_report
from tests.report_samples import HOSTILE_IMG, HOSTILE_SCRIPT, sample_data

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="Debian's chromium is not installed at "
        "/usr/bin/chromium: run `make browser` (apt-get install chromium)",
    ),
]
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def report_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    tmp = tmp_path_factory.mktemp("browser")
    out = tmp / "report.html"
    render_report(sample_data(tmp), out)
    return out.as_uri()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


class Visit:
    """A page with everything it requested, logged and raised recorded."""

    def __init__(self, browser, url: str) -> None:  # noqa: ANN001
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.console: list[tuple[str, str]] = []
        self.dialogs: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.console.append((m.type, m.text)))
        self.page.on("pageerror", lambda e: self.console.append(("pageerror", str(e))))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(url)
        self.page.wait_for_load_state("load")

    def visible_ranks(self) -> list[int]:
        return self.page.eval_on_selector_all(
            "article.post",
            "els => els.filter(e => e.offsetParent !== null).map(e => +e.dataset.rank)",
        )


@pytest.fixture()
def visit(browser, report_url: str) -> Iterator[Visit]:  # noqa: ANN001
    v = Visit(browser, report_url)
    yield v
    v.context.close()


def test_page_loads_offline_without_errors(visit: Visit, report_url: str) -> None:
    visit.page.wait_for_timeout(200)
    assert visit.requests == [report_url]
    assert [m for m in visit.console if m[0] in ("error", "warning", "pageerror")] == []
    assert visit.page.title() == "scrubs report"


def test_top_ranked_post_is_visible_first(visit: Visit) -> None:
    first = visit.page.locator("article.post").first
    assert first.get_attribute("data-rank") == "1"
    assert first.is_visible() and "Mr D in bed 12" in first.inner_text()
    assert visit.page.locator("#post-1 mark").first.inner_text() == "bed 12 tonight"


# fmt: off
@pytest.mark.parametrize("steps, ranks", [
    ([],                                              [1, 2, 6, 3, 4, 5, 7, 8]),
    ([("select", "#f-action", "review")],             [6, 7, 8]),
    ([("select", "#f-action", "delete")],             [1, 2, 3, 4, 5]),
    ([("select", "#f-platform", "facebook")],         [4]),
    ([("uncheck", "phi"), ("uncheck", "unprofessional")], [4, 7]),
    ([("fill", "#f-search", "METFORMIN")],            [7]),
    ([("fill", "#f-search", "guidance-free-nonsense")], []),
    ([("fill", "#f-from", "2024-01-01")],             [1, 2, 6, 8]),
    ([("fill", "#f-from", "2022-01-01"), ("fill", "#f-to", "2023-06-30")], [4, 5]),
    ([("select", "#f-action", "review"), ("click", "#f-reset")], [1, 2, 6, 3, 4, 5, 7, 8]),
])
# fmt: on
def test_filters_change_what_is_shown(
    visit: Visit, steps: list[tuple[str, ...]], ranks: list[int]
) -> None:
    page = visit.page
    for step in steps:
        if step[0] == "select":
            page.select_option(step[1], step[2])
        elif step[0] == "uncheck":
            page.uncheck(f"input[name=category][value={step[1]}]")
        elif step[0] == "fill":
            page.fill(step[1], step[2])
        elif step[0] == "click":
            page.click(step[1])
    # the search filters once typing pauses, so wait for the count
    expect(page.locator("#f-status")).to_have_text(f"{len(ranks)} of 8 shown")
    assert visit.visible_ranks() == ranks
    assert page.is_visible("#empty-filter") == (not ranks)


def test_hostile_post_text_stays_inert_text(visit: Visit) -> None:
    page = visit.page
    post = page.locator("#post-3")
    post.scroll_into_view_if_needed()  # off-screen posts are not rendered (content-visibility)
    shown = post.locator(".post-text")
    expect(shown).to_contain_text(HOSTILE_SCRIPT, use_inner_text=True)
    text = shown.inner_text()
    assert HOSTILE_SCRIPT in text and HOSTILE_IMG in text and "{{ 7*7 }}" in text
    assert visit.dialogs == []
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("img[src=x], svg[onload], [onerror]").count() == 0
    assert page.locator("script").count() == 1
    assert page.get_by_text("Dr Sam {{ 7*7 }} Ple").first.is_visible()


def test_keyboard_moves_between_posts(visit: Visit) -> None:
    page = visit.page
    page.keyboard.press("j")
    assert page.evaluate("document.activeElement.id") == "post-1"
    page.keyboard.press("j")
    page.keyboard.press("j")
    assert page.evaluate("document.activeElement.id") == "post-6"  # the thread's second post
    page.keyboard.press("k")
    assert page.evaluate("document.activeElement.id") == "post-2"
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "f-search"


def test_skip_link_is_the_first_stop(visit: Visit) -> None:
    visit.page.keyboard.press("Tab")
    assert visit.page.evaluate("document.activeElement.className") == "skip-link"
    assert visit.page.is_visible(".skip-link")


def test_images_are_blurred_until_clicked(visit: Visit) -> None:
    page = visit.page
    figure = page.locator("figure.thumb").first
    blur = "el => getComputedStyle(el.querySelector('img')).filter"
    assert "blur" in figure.evaluate(blur)
    figure.locator("button.reveal").click()
    assert "blur" not in figure.evaluate(blur)
    assert figure.locator("button.reveal").get_attribute("aria-pressed") == "true"


def test_print_shows_everything_and_keeps_images_blurred(visit: Visit) -> None:
    page = visit.page
    page.select_option("#f-action", "review")
    page.locator("figure.thumb button.reveal").first.click()
    page.emulate_media(media="print")
    assert not page.is_visible("#filters")
    assert len(visit.visible_ranks()) == 8
    assert page.locator("#post-1 .guidance").first.is_visible()
    blur = "el => getComputedStyle(el).filter"
    assert all("blur" in page.locator("figure.thumb img").nth(i).evaluate(blur)
               for i in range(page.locator("figure.thumb img").count()))


# --- from a real scan: builders' demo exports through the pipeline --------------------------

HOSTILE_TWEET = (
    "Mr D in bed 12 tonight, 52yo. " + HOSTILE_SCRIPT + " " + HOSTILE_IMG + " {{ 7*7 }} {% raw %}"
)


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The demo exports plus a hostile account, scanned with the real recognizers (no model)."""
    from classifiers.engine import Scorer
    from scanner.pipeline import ScanRequest, scan
    from tests.builders import Tweet, XAccount, build_x_archive, demo

    tmp = tmp_path_factory.mktemp("scan")
    paths = demo(tmp / "demo")
    hostile = build_x_archive(
        tmp / "hostile.zip",
        account=XAccount(handle="evil_doc", user_id="777", display_name="Dr {{ 7*7 }} <b>X</b>"),
        tweets=[Tweet(HOSTILE_TWEET, datetime(2024, 2, 1, 10, tzinfo=UTC))],
    )
    scorer = Scorer(classifier=None)
    scorer.load()
    summary = scan(ScanRequest(
        sources=(paths["x"], paths["facebook"], hostile), roster=paths["roster"],
        db_path=tmp / "state.db", json_path=tmp / "results.json",
        report_path=tmp / "report.html", csv_path=tmp / "report.csv", scorer=scorer,
    ))
    results = json.loads((tmp / "results.json").read_text(encoding="utf-8"))
    return {"summary": summary, "results": results, "report": tmp / "report.html"}


def test_scanned_report_is_offline_quiet_and_ranked(browser, scanned) -> None:  # noqa: ANN001
    visit = Visit(browser, scanned["report"].as_uri())
    try:
        listed = [p for p in scanned["results"]["posts"] if p["action"] in ("delete", "review")]
        assert listed, "the demo scan should flag something"
        visit.page.wait_for_timeout(200)
        assert visit.requests == [scanned["report"].as_uri()]
        assert [m for m in visit.console if m[0] in ("error", "warning", "pageerror")] == []
        visit.page.keyboard.press("Tab")  # the skip link, "Skip to the posts to delete"
        visit.page.keyboard.press("Enter")
        first = visit.page.locator("article.post").first
        assert first.get_attribute("data-rank") == "1"
        expect(first).to_be_in_viewport()
        expect(first.locator(".post-text")).to_have_text(listed[0]["text"], use_inner_text=True)
        assert visit.page.locator("article.post").count() == len(listed)
        deletes = sum(p["action"] == "delete" for p in listed)
        visit.page.select_option("#f-action", "delete")
        expect(visit.page.locator("#f-status")).to_have_text(f"{deletes} of {len(listed)} shown")
    finally:
        visit.context.close()


def test_scanned_hostile_post_stays_inert(browser, scanned) -> None:  # noqa: ANN001
    listed = {p["text"] for p in scanned["results"]["posts"] if p["action"] != "keep"}
    assert HOSTILE_TWEET in listed, "the hostile post must be flagged for the test to mean anything"
    visit = Visit(browser, scanned["report"].as_uri())
    try:
        page = visit.page
        page.fill("#f-search", "pwned")
        expect(page.locator("#f-status")).to_have_text(re.compile(r"^1 of \d+ shown$"))
        shown = page.locator("article.post:not([hidden]) .post-text")
        expect(shown).to_contain_text(HOSTILE_SCRIPT, use_inner_text=True)
        assert HOSTILE_IMG in shown.inner_text() and "{{ 7*7 }}" in shown.inner_text()
        assert visit.dialogs == [] and page.evaluate("typeof window.__pwned") == "undefined"
        assert page.locator("img[src=x], [onerror], [onload]").count() == 0
        assert page.get_by_text("Dr {{ 7*7 }} <b>X</b>").first.is_visible()
    finally:
        visit.context.close()


def test_done_ticks_are_remembered_and_can_be_hidden(browser, report_url: str) -> None:  # noqa: ANN001
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(report_url)
        page.locator("#post-1 input.done-box").check()
        page.focus("#post-3")
        page.keyboard.press("x")  # x marks the focused post done
        expect(page.locator("#f-status")).to_have_text("8 of 8 shown · 2 marked done")
        page.reload()
        assert page.locator("#post-1 input.done-box").is_checked()
        assert "is-done" in (page.get_attribute("#post-3", "class") or "")
        page.check("#f-hide-done")
        expect(page.locator("#f-status")).to_have_text("6 of 8 shown · 2 marked done")
        stored = page.evaluate("JSON.stringify(Object.entries(localStorage))")
        assert "x:1001" in stored and "Mr D" not in stored  # ids only, never post text
    finally:
        context.close()
