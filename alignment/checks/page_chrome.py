"""Page chrome (publication date, visit counter, print links, image file names) left inside the
content of a page."""

from __future__ import annotations

import re
from collections.abc import Iterator

from alignment.checks.base import Check, Finding, Segment

_CHROME_RE = re.compile(
    r"发布日期|发布时间|访问次数|浏览次数|字号\s*[:：]|打印本页|关闭窗口|来源\s*[:：]|责任编辑|"
    r"[\w()（）\-]+\.(?:jpe?g|png|gif|webp)\b",
    re.I,
)


class BoilerplateLeak(Check):
    code = "boilerplate-leak"
    category = "boilerplate_leak"
    severity = "minor"
    bilingual = False
    description = (
        "Page chrome (publication date, visit counter, print links, image file names) inside content."
    )
    description_ja = "ページの要素（公開日、閲覧数、印刷のリンク、画像のファイル名）が本文に混じっています。"

    def check(self, seg: Segment) -> Iterator[Finding]:
        for m in _CHROME_RE.finditer(seg.target):
            yield Finding(f"page chrome '{m.group()}' in the text", m.start(), m.end())
