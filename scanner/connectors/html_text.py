"""Plain text from the HTML some platforms return as post content (Mastodon's ``content``).

Paragraphs become blank lines and ``<br>`` a newline, so evidence offsets index what the user
wrote rather than markup. Mastodon splits long links into "invisible" and "ellipsis" spans;
all parts are kept, so the link reads whole, as the user pasted it.
"""

from __future__ import annotations

from html.parser import HTMLParser


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag == "p" and self.parts:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_to_text(html: str) -> str:
    """The visible text of a small HTML fragment."""
    collector = _TextCollector()
    collector.feed(html or "")
    collector.close()
    return "".join(collector.parts).strip()
