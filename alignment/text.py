"""Reading files as they come from the web: encoding, language, HTML, normalisation.

Chinese pages still arrive in GB18030/GBK and Japanese ones in Shift_JIS or EUC-JP. GB18030 decodes
almost any byte string, so the first strict decoding that succeeds is not enough: each candidate is
decoded and scored by how plausible its characters are for CJK news text.
"""

from __future__ import annotations

import codecs
import os
import re
import unicodedata
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

from alignment import boilerplate, segment
from alignment.errors import InputError
from alignment.types import Document

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_CANDIDATES = ("utf-8", "gb18030", "cp932", "euc_jp", "big5")
_NAMES = {"utf-8": "utf-8", "gb18030": "gb18030", "cp932": "shift_jis", "euc_jp": "euc-jp", "big5": "big5"}

_KANA_RE = re.compile(r"[\u3041-\u309f\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
_HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_COMMON = re.compile(
    r"[\u3000-\u303f\u3041-\u30ff\u4e00-\u9fff\uff01-\uff5e\u0020-\u007e\n\r\t\u00b7\u2014-\u201d\u2022\u2026]"
)


@cache
def _frequent_han(ch: str) -> bool:
    """In GB2312 level 1 (3,755 most used hanzi) or JIS X 0208 level 1 (2,965 most used kanji).

    Text decoded with the wrong codec is full of rare characters; real news text almost never is.
    """
    try:
        b = ch.encode("gb2312")
        if 0xB0 <= b[0] <= 0xD7:
            return True
    except UnicodeEncodeError:
        pass
    try:
        b = ch.encode("cp932")
        return 0x88 <= b[0] <= 0x98
    except UnicodeEncodeError:
        return False


def _plausibility(text: str) -> float:
    """Share of characters a CJK news text is made of; mojibake scores low."""
    if not text:
        return 0.0
    sample = text[:20000]
    good = bad = 0
    for c in sample:
        if _HAN_RE.match(c):
            if _frequent_han(c):
                good += 1
        elif _COMMON.match(c):
            good += 1
        elif c == "\ufffd" or unicodedata.category(c) in ("Co", "Cn", "Cs"):
            bad += 1
    return (good - 5 * bad) / len(sample)


def decode(data: bytes, *, name: str = "") -> tuple[str, str]:
    """Bytes → (text, encoding name); InputError for empty, binary or undecodable input."""
    label = f"{name}: " if name else ""
    if not data or not data.strip():
        raise InputError(f"{label}empty file")
    for bom, enc in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as exc:
                raise InputError(f"{label}invalid {enc} after its byte-order mark") from exc
    head = data[:65536]
    if b"\x00" in head:
        raise InputError(f"{label}binary file (contains NUL bytes), not text")
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    if controls > len(head) * 0.05:
        raise InputError(f"{label}binary file (too many control bytes), not text")
    best: tuple[float, float, str, str] | None = None
    for enc in _CANDIDATES:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if enc == "utf-8":
            return text, "utf-8"  # valid UTF-8 of any length is practically never another encoding
        raw = _plausibility(text)
        rank = raw
        if enc in ("gb18030", "big5"):
            # GB2312 has kana at the same code points as EUC-JP: Japanese EUC-JP decodes as GB18030
            # with its kana intact. Chinese text hardly ever contains kana, so kana argue for Japanese.
            rank -= 2 * len(_KANA_RE.findall(text[:20000])) / min(len(text), 20000)
        if best is None or rank > best[0] + 1e-9:
            best = (rank, raw, enc, text)
    if best is None or best[1] < 0.5:
        raise InputError(f"{label}unknown text encoding (tried UTF-8, GB18030, Shift_JIS, EUC-JP, Big5)")
    return best[3], _NAMES[best[2]]


def detect_language(text: str) -> str:
    """``ja`` or ``zh``. Kana decides, weighed against Han, so Chinese chrome on a Japanese page
    (or a Japanese name in a Chinese article) does not flip the answer."""
    kana = len(_KANA_RE.findall(text))
    han = len(_HAN_RE.findall(text))
    if kana + han < 2:
        raise InputError("no Chinese or Japanese text found")
    return "ja" if kana >= max(3, 0.08 * (kana + han)) else "zh"


#: Full-width ASCII → half-width, ideographic space → space (the 1:1 width mappings of NFKC).
_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
#: Control characters (Unicode category Cc) other than newline and tab.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
#: What ``normalize`` maps: most sentences hold none of it, and a search is ~20 times cheaper than
#: the translation, which looks every character up in a Python dict.
_WIDE_RE = re.compile("[\uff01-\uff5e\u3000]")


def normalize(text: str) -> str:
    """Full-width ASCII → half-width, ideographic space → space; one character in, one out.

    NFKC proper can change lengths (ﾊﾞ → バ, ㍻ → 平成), which would break offsets, so only the
    1:1 width mappings are applied. (A translation table: every sentence of every import passes
    here, several times.)
    """
    return text.translate(_WIDTH) if _WIDE_RE.search(text) else text


class _TextExtractor(HTMLParser):
    _SKIP = frozenset({"script", "style", "noscript", "template", "head", "svg"})
    _BLOCK = frozenset(
        {
            "p",
            "div",
            "br",
            "li",
            "tr",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "section",
            "article",
            "title",
            "td",
            "th",
            "dd",
            "dt",
            "blockquote",
            "pre",
            "ul",
            "ol",
            "table",
            "header",
            "footer",
            "nav",
        }
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self._SKIP:
            self.skip += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head and "</" in text)


def html_to_text(html: str) -> str:
    """Visible text of an HTML page, one block per line (scripts and styles dropped)."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in "".join(parser.parts).splitlines()]
    return "\n".join(line for line in lines if line)


def read_bytes(source: str | os.PathLike | bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    if isinstance(source, bytes | bytearray):
        data = bytes(source)
    else:
        path = Path(source)
        if not path.is_file():
            raise InputError(f"{path}: no such file")
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(
                f"{path.name}: file too large: {size / 1e6:.1f} MB > limit {max_bytes / 1e6:.1f} MB"
            )
        data = path.read_bytes()
    if len(data) > max_bytes:
        raise InputError(f"file too large: {len(data) / 1e6:.1f} MB > limit {max_bytes / 1e6:.1f} MB")
    return data


def load_document(
    source: str | os.PathLike | bytes, *, name: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Document:
    """A file (path or bytes) → a Document with language, encoding, sentences and chrome marked."""
    if name is None:
        name = "<bytes>" if isinstance(source, bytes | bytearray) else str(source)
    data = read_bytes(source, max_bytes)
    text, encoding = decode(data, name=name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if looks_like_html(text):
        text = html_to_text(text)
    text = _CONTROL_RE.sub(" ", text)
    try:
        lang = detect_language(text)
    except InputError as exc:
        raise InputError(f"{name}: {exc}") from None
    sentences = boilerplate.mark(segment.split_sentences(text, lang), lang)
    return Document(name=name, text=text, lang=lang, encoding=encoding, sentences=sentences)


def read_lines(path: str | os.PathLike, max_bytes: int = DEFAULT_MAX_BYTES) -> list[str]:
    """Lines of a ``--presplit`` file: one sentence each, 0-based; a trailing newline adds no line."""
    data = read_bytes(path, max_bytes)
    if not data.strip():
        return []
    text, _ = decode(data, name=str(path))
    return text.replace("\r\n", "\n").replace("\r", "\n").removesuffix("\n").split("\n")
