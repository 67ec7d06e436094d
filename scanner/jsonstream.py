"""Stream the items of a big JSON array without holding the file: X's ``tweets.js`` can be 1 GB.

The reader decodes one item at a time with ``json.JSONDecoder.raw_decode`` over a buffer it
refills in chunks, so memory is one chunk plus the largest item, whatever the file size. It
understands the two wrappers exports use:

* X's JavaScript assignment: ``window.YTD.tweets.part0 = [ ... ]`` (any ``window.X.Y = `` prefix);
* an object holding the array under a known key, as Facebook does: ``{"comments_v2": [ ... ]}``.

A file that is not valid JSON raises :class:`MalformedRecord` naming the member and the byte
offset (never its content). Deciding what a *valid but odd* item means is the caller's job.

Most items are decoded in runs: every item the buffer holds whole, up to the last place where
an item opens the way the array's first one did, goes through one ``orjson`` call (see
:meth:`_Buffer.decode_run`). That halves the decoding of an X archive, which a scan does twice
(about 1.1 -> 0.5 CPU s per 100,000 tweets); anything ``orjson`` reads differently from the
standard library, or refuses, is decoded item by item as before, so the items are the same.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator, Sequence
from typing import IO, Any

import orjson

from scanner.errors import MalformedRecord

CHUNK_CHARS = 64 * 1024
MAX_ITEM_CHARS = 64 * 2**20  # one tweet or post is a few KB; a bigger "item" is a broken file
_PREFIX = re.compile(r"\s*(?:window\.[A-Za-z0-9_$.]+|var\s+[A-Za-z0-9_$]+)\s*=\s*")
_WS = " \t\r\n"
OPENING_CHARS = 16  # how much of the first item's opening marks where later items start
RUN_CHARS = 16 * 1024  # at most this much text decoded at once: its items are held together
# orjson reads integers beyond 64 bits as floats where the standard library keeps them exact,
# so a run with 20 digits in a row, or a minus and 19, is decoded item by item (tweet ids
# have 19 digits). Found by mapping digits to "0" and the rest but "-" to " " (bytes.translate,
# then two substring searches: 0.06 ms per 64 KiB, where a regular expression took 1.2 ms).
_DIGIT_SHAPES = bytes(48 if 48 <= b <= 57 else b if b == 45 else 32 for b in range(256))
_WIDE_INTEGERS = (b"0" * 20, b"-" + b"0" * 19)

_decoder = json.JSONDecoder()


class _Buffer:
    """A sliding text window over a binary stream, decoded as UTF-8 (BOM tolerated)."""

    def __init__(self, stream: IO[bytes], label: str) -> None:
        self._stream = stream
        self._decode = codecs.getincrementaldecoder("utf-8-sig")()
        self.label = label
        self.text = ""
        self.pos = 0
        self.consumed = 0  # characters dropped from the front, for error offsets
        self.eof = False
        self._failed_run_at = -1  # the buffer's end (as an offset) when a run last failed

    def fill(self, at_least: int = 0) -> bool:
        """Read more; False at end of stream. Drops the consumed front to keep memory flat."""
        if self.eof:
            return False
        if self.pos:
            self.consumed += self.pos
            self.text = self.text[self.pos :]
            self.pos = 0
        data = self._stream.read(max(at_least, CHUNK_CHARS))
        try:
            chunk = self._decode.decode(data, final=not data)
        except UnicodeDecodeError:
            raise self.error("the file is not valid UTF-8 text") from None
        if not data:
            self.eof = True
        self.text += chunk
        return bool(data)

    def skip_ws(self) -> str:
        """The next non-blank character ("" at end of file), without consuming it."""
        while True:
            text, pos, size = self.text, self.pos, len(self.text)
            while pos < size and text[pos] in _WS:
                pos += 1
            self.pos = pos
            if pos < size:
                return text[pos]
            if not self.fill():
                return ""

    def expect(self, chars: str, what: str) -> str:
        char = self.skip_ws()
        if not char or char not in chars:
            raise self.error(f"expected {what}")
        self.pos += 1
        return char

    def decode_value(self) -> Any:
        """Decode the JSON value at the cursor, reading more until it is complete."""
        self.skip_ws()
        want = 0
        while True:
            try:
                value, end = _decoder.raw_decode(self.text, self.pos)
            except json.JSONDecodeError as exc:
                pending = len(self.text) - self.pos
                if self.eof or pending > MAX_ITEM_CHARS:
                    raise self.error(f"not valid JSON ({exc.msg})", exc.pos) from None
                want = max(want * 2, CHUNK_CHARS)  # a big item: O(n log n) retries, not O(n^2)
                self.fill(want)
                continue
            if end > len(self.text) - 3 and not self.eof and _may_continue(value):
                # a number near the end of the buffer may continue ("1" + "2.5e3") unread
                self.fill()
                continue
            self.pos = end
            return value

    def decode_run(self, opening: str) -> list[Any] | None:
        """The items from the cursor up to the last one before ``opening`` within
        ``RUN_CHARS``, decoded in one ``orjson`` call; None (cursor unmoved) when there is no
        such run or it does not decode exactly as :meth:`decode_value` would, item by item.

        The text from the cursor to the last comma before ``opening`` is wrapped in brackets:
        it parses only when that comma separates two items of this array, and JSON is read
        left to right, so the items are then the ones the item-by-item decoder would give.
        ``orjson`` refuses lone surrogates, NaN and infinities (then the run is decoded item by
        item, which keeps them, or raises the usual error); integers wider than 64 bits it
        would turn into floats, so a run with a long digit string is not tried. After a failed
        run none is tried until more text is read, so odd files cost one failed call per chunk.
        """
        end_offset = self.consumed + len(self.text)
        if end_offset == self._failed_run_at:
            return None
        text, pos = self.text, self.pos
        cut = text.rfind(opening, pos + 1, pos + RUN_CHARS)
        if cut < 0:
            return None
        run = text[pos:cut].rstrip(_WS)
        items = None
        if run.endswith(","):
            run = run[:-1]
            items = _orjson_items(("[" + run + "]").encode())
        if not items:  # refused, or an empty run (",," is no item)
            self._failed_run_at = end_offset
            return None
        self.pos = pos + len(run)  # at the comma after the run's last item
        return items

    def error(self, problem: str, at: int | None = None) -> MalformedRecord:
        offset = self.consumed + (self.pos if at is None else at)
        return MalformedRecord(f"{problem} near character {offset}", path=self.label)


def _orjson_items(document: bytes) -> list[Any] | None:
    """``document`` (a JSON array) decoded by ``orjson``; None when it is not valid JSON to
    orjson or may hold an integer orjson would not keep exact."""
    shapes = document.translate(_DIGIT_SHAPES)
    if any(wide in shapes for wide in _WIDE_INTEGERS):
        return None
    try:
        items = orjson.loads(document)
    except orjson.JSONDecodeError:
        return None
    return items if isinstance(items, list) else None


def _may_continue(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _skip_prefix(buf: _Buffer) -> None:
    """Consume a ``window.YTD.x.part0 = `` style assignment, if the file starts with one."""
    buf.fill()
    while len(buf.text) < 512 and buf.fill():
        pass
    match = _PREFIX.match(buf.text, buf.pos)
    if match:
        buf.pos = match.end()


def iter_array(stream: IO[bytes], label: str, *, keys: Sequence[str] = ()) -> Iterator[Any]:
    """Yield each item of the file's array, one at a time.

    The array is the whole document (after an optional JS assignment prefix), or, when the
    document is an object, the value of the first of ``keys`` it holds; other members of the
    object are decoded and dropped. An object without any of ``keys`` yields nothing.
    """
    buf = _Buffer(stream, label)
    _skip_prefix(buf)
    opener = buf.skip_ws()
    if opener == "[":
        yield from _iter_items(buf)
    elif opener == "{":
        yield from _iter_keyed(buf, keys)
    elif opener == "":
        raise buf.error("the file is empty")
    else:
        raise buf.error("expected a JSON array or object")


def read_json(stream: IO[bytes], label: str) -> Any:
    """Decode a small whole document (account.js, profile JSON), prefix tolerated."""
    buf = _Buffer(stream, label)
    _skip_prefix(buf)
    if not buf.skip_ws():
        raise buf.error("the file is empty")
    return buf.decode_value()


def _iter_items(buf: _Buffer) -> Iterator[Any]:
    buf.expect("[", "'['")
    if buf.skip_ws() == "]":
        buf.pos += 1
        return
    start = buf.consumed + buf.pos  # an offset: decoding may drop the buffer's front
    yield buf.decode_value()
    # The first item's opening, as far as the item goes: where later items probably start.
    start -= buf.consumed
    opening = buf.text[start : min(buf.pos, start + OPENING_CHARS)]
    while buf.expect(",]", "',' or ']' between items") == ",":
        buf.skip_ws()
        run = buf.decode_run(opening)
        if run is not None:
            yield from run
        else:
            yield buf.decode_value()


def _iter_keyed(buf: _Buffer, keys: Sequence[str]) -> Iterator[Any]:
    buf.expect("{", "'{'")
    if buf.skip_ws() == "}":
        return
    while True:
        key = buf.decode_value()
        if not isinstance(key, str):
            raise buf.error("expected a key")
        buf.expect(":", "':'")
        if key in keys and buf.skip_ws() == "[":
            yield from _iter_items(buf)
            return
        buf.decode_value()  # a member we do not need
        if buf.expect(",}", "',' or '}'") == "}":
            return
