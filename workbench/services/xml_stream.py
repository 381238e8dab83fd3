"""XML exports written with lxml's incremental writer and handed out piece by piece.

``etree.xmlfile`` escapes and checks well-formedness itself (no hand-written markup to get wrong) and
writes each unit as it is built, so an export of a large memory streams in constant memory: the
response sends what was written after every unit.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterator

from lxml import etree

# Characters XML 1.0 forbids (control characters other than tab, newline, carriage return); lxml
# refuses them, the exports drop them (a form feed pasted from a PDF must not stop a download).
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

XML_NS = "http://www.w3.org/XML/1998/namespace"
XML_LANG = f"{{{XML_NS}}}lang"

Writer = Callable[[etree.xmlfile], Iterator[None]]


def clean(text: str) -> str:
    return _XML_INVALID.sub("", text)


def child(parent: etree._Element, tag: str, text: str, **attrib: str) -> etree._Element:
    """A sub-element holding ``text``, stripped of what XML cannot hold."""
    element = etree.SubElement(parent, tag, attrib)
    element.text = clean(text)
    return element


class _Decoded:
    """The file object ``xmlfile`` writes its UTF-8 bytes to, collecting them as text (a chunk may
    end inside a character: the incremental decoder keeps the rest for the next one)."""

    def __init__(self) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8")()
        self._parts: list[str] = []

    def write(self, data: bytes) -> None:
        self._parts.append(self._decoder.decode(data))

    def take(self) -> str:
        text = "".join(self._parts)
        self._parts.clear()
        return text


def stream(write: Writer, *, doctype: str | None = None) -> Iterator[str]:
    """Run ``write``, a generator that writes to the ``xmlfile`` it gets and yields after each unit,
    and yield the text written so far at each of those points."""
    out = _Decoded()
    with etree.xmlfile(out, encoding="UTF-8") as xf:
        xf.write_declaration()
        if doctype:
            xf.write_doctype(doctype)
        for _ in write(xf):
            xf.flush()
            if chunk := out.take():
                yield chunk
    yield out.take() + "\n"
