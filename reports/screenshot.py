"""Screenshot a rendered report in headless Chromium (the README's ``docs/report.png``).

    python -m reports.screenshot report.html docs/report.png [--width 1280] [--height 1500]
                                 [--at posts] [--reveal]

Uses Debian's ``chromium`` through Playwright (a development dependency), with networking
features off: the screenshot shows exactly what a user opening the file offline sees.
"""

from __future__ import annotations

import argparse
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def screenshot(report: Path, out: Path, width: int = 1280, height: int = 1500,
               at: str = "", reveal_first_image: bool = False) -> list[str]:
    """Save a ``width`` x ``height`` screenshot of the report's top (or of section ``at``).

    Returns every URL the page requested: only the file itself, when the report is right.
    """
    from playwright.sync_api import sync_playwright

    requests: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height},
                                    device_scale_factor=1)
            page.on("request", lambda r: requests.append(r.url))
            page.goto(Path(report).resolve().as_uri())
            if at:
                page.locator(f"#{at}").scroll_into_view_if_needed()
                page.evaluate(f"document.getElementById('{at}').scrollIntoView()")
            if reveal_first_image and page.locator("button.reveal").count():
                page.locator("button.reveal").first.click()
            page.wait_for_timeout(300)  # let content-visibility render what is now on screen
            out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(out), full_page=False)
        finally:
            browser.close()
    return requests


def main() -> None:
    """Command-line entry: ``python -m reports.screenshot REPORT OUT``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=1500)
    parser.add_argument("--at", default="", help="id of a section to scroll to, e.g. posts")
    parser.add_argument("--reveal", action="store_true", help="unblur the first image")
    args = parser.parse_args()
    requests = screenshot(args.report, args.out, args.width, args.height, args.at, args.reveal)
    print(f"{args.out}: {len(requests)} request(s), all local: "
          f"{all(u.startswith('file://') for u in requests)}")


if __name__ == "__main__":
    main()
