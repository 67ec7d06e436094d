"""scanner.jsonstream: array items streamed out of JS-prefixed or keyed JSON, in any chunking."""

from __future__ import annotations

import io
import json

import pytest

import scanner.jsonstream as jsonstream
from scanner.errors import MalformedRecord
from scanner.jsonstream import iter_array, read_json

ITEMS = [{"tweet": {"id_str": "1", "full_text": "Zoë &amp; 😀"}}, 1.5e3, 22, "x", True, None, []]


def stream(text: str) -> io.BytesIO:
    return io.BytesIO(text.encode("utf-8"))


@pytest.fixture(params=[1, 3, 7, 64 * 1024], ids=lambda n: f"chunk{n}")
def chunk(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> int:
    """Every split point of the buffer must be survivable, so try absurdly small chunks."""
    monkeypatch.setattr(jsonstream, "CHUNK_CHARS", request.param)
    return request.param


# fmt: off
@pytest.mark.parametrize("document", [
    "window.YTD.tweets.part0 = " + json.dumps(ITEMS),
    "window.YTD.tweets.part12 =\n" + json.dumps(ITEMS, indent=2) + "\n",
    "\ufeff" + json.dumps(ITEMS),
    json.dumps({"other": {"nested": [1, 2]}, "comments_v2": ITEMS, "after": 1}),
    json.dumps({"comments": ITEMS}),
])
def test_items_come_out_whatever_the_wrapper_and_chunking(document: str, chunk: int) -> None:
    assert list(iter_array(stream(document), "f", keys=("comments_v2", "comments"))) == ITEMS
# fmt: on


@pytest.mark.parametrize(
    "document", ["[]", " [ ] ", '{"unrelated": [1]}', "window.YTD.x.part0 = []"]
)
def test_empty_or_keyless_documents_yield_nothing(document: str, chunk: int) -> None:
    assert list(iter_array(stream(document), "f", keys=("posts",))) == []


# fmt: off
@pytest.mark.parametrize("document, problem", [
    ("", "empty"),
    ("window.YTD.tweets.part0 = ", "empty"),
    ('[{"full_text": "secret ward 7"}, {"b": ]', "not valid JSON"),
    ('[{"full_text": "secret ward 7"} {"b": 1}]', "',' or ']'"),
    ('[{"full_text": "secret ward 7"}', "',' or ']'"),
    ("<html>secret ward 7</html>", "expected a JSON array"),
])
def test_broken_documents_name_the_file_never_the_content(
    document: str, problem: str, chunk: int
) -> None:
    with pytest.raises(MalformedRecord) as caught:
        list(iter_array(stream(document), "data/tweets.js"))
    assert "data/tweets.js" in str(caught.value) and problem in str(caught.value)
    assert "secret" not in str(caught.value)
# fmt: on


def test_invalid_utf8_is_malformed() -> None:
    with pytest.raises(MalformedRecord, match="UTF-8"):
        list(iter_array(io.BytesIO(b'["caf\xe9"]'), "f"))


def test_read_json_reads_a_whole_small_document(chunk: int) -> None:
    doc = 'window.__THAR_CONFIG = {"userInfo": {"userName": "drx"}}'
    assert read_json(stream(doc), "manifest.js") == {"userInfo": {"userName": "drx"}}


def test_an_item_bigger_than_the_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsonstream, "MAX_ITEM_CHARS", 1000)
    monkeypatch.setattr(jsonstream, "CHUNK_CHARS", 64)
    with pytest.raises(MalformedRecord):
        list(iter_array(stream('[{"a": "' + "x" * 5000), "f"))


def _tweets(count: int, odd: dict[int, str]) -> tuple[str, list[object]]:
    """An X-like array of ``count`` items; ``odd`` puts raw JSON text in some items' ``x``."""
    parts, expected = [], []
    for i in range(count):
        raw = odd.get(i, json.dumps(i))
        parts.append(
            f'{{"tweet" : {{"id_str" : "{i}", "entities" : {{"user_mentions" : [ {{"id" : 1}}, '
            f'{{"id" : 2}} ]}}, "x" : {raw}}}}}'
        )
        expected.append(json.loads(parts[-1]))
    return "window.YTD.tweets.part0 = [ " + ", ".join(parts) + " ]", expected


@pytest.mark.parametrize("chunk_chars", [7, 300, 4096, 64 * 1024])
def test_runs_of_items_decode_as_item_by_item(
    chunk_chars: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Runs decoded at once (orjson) give the standard library's items exactly, including
    what orjson would read differently: integers beyond 64 bits, lone surrogates, NaN."""
    monkeypatch.setattr(jsonstream, "CHUNK_CHARS", chunk_chars)
    odd = {
        5: "18446744073709551616",
        9: "-9223372036854775809",
        40: '"\\ud83d"',
        77: "NaN",
        78: "1e400",
        120: '"}, {\\"tweet\\" : {"',
    }
    document, expected = _tweets(200, odd)
    items = list(iter_array(stream(document), "f"))
    assert json.dumps(items) == json.dumps(expected)
    assert items[5]["tweet"]["x"] == 2**64 and isinstance(items[9]["tweet"]["x"], int)
    assert items[40]["tweet"]["x"] == "\ud83d"


@pytest.mark.parametrize("chunk_chars", [7, 300, 64 * 1024])
def test_a_broken_item_inside_a_run_is_still_refused(
    chunk_chars: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(jsonstream, "CHUNK_CHARS", chunk_chars)
    document, _ = _tweets(50, {})
    broken = document.replace('"id_str" : "30", ', '"id_str" : "30",, ', 1)
    with pytest.raises(MalformedRecord, match="not valid JSON"):
        list(iter_array(stream(broken), "f"))
    doubled = document.replace('"x" : 30}}, ', '"x" : 30}},, ', 1)
    with pytest.raises(MalformedRecord):
        list(iter_array(stream(doubled), "f"))
