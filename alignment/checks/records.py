"""A record or a rank the source does not claim: 過去最高を更新した, 全国トップとなった.

MT that has seen many press releases completes a growth figure with the claim press releases
often make (前年比11.3%増と過去最高を更新した) or a count with its rank (その数は全国一となってい
る). A claim of this kind is news in itself, and a reader takes it as the source's. Chinese states
such a claim with words of its own (创历史新高, 居全国首位, 全省最长, 一流), so a target claim with
none of them in the source is an addition. Only claims of a record or of first place over a
region or over time count: 最大 and 最高 alone are also part of titles (最高裁判所) and ranges
(最大10メートル), which the source may word in many ways.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from alignment.checks.base import Check, Finding, Segment, gettext_noop

#: A record over time, or first place over a country, a province or a region.
_JA_CLAIM_RE = re.compile(
    r"過去最[高多大低少]|史上最|全国(?:トップ|一|1位|首位)|(?:省|市|県|国|地方|地域)内(?:で)?(?:トップ|首位|最多|最大)"
    r"|で最多|で最も(?:長|大|多|高|早)|新記録|記録を更新"
)
#: Words with which the source claims a record, a rank or a top class.
_ZH_CLAIM_RE = re.compile(
    r"最|首|第一|第1|纪录|记录|新高|历史|之最|冠|榜首|头号|领先|居前|前列|排名|位居|位列|名列|创|一流|顶尖|顶级|领军|龙头"
)


class AddedRecord(Check):
    """A record (過去最高) or a first place (全国トップ) that the target claims and the source
    does not: the source has none of the words Chinese claims one with."""

    code = "addition-record"
    category = "addition"
    severity = "major"
    description = gettext_noop(
        "The target claims a record or a first place the source does not (前年比11.3%増と"
        "過去最高を更新した for 同比增长11.3%)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        claim = _JA_CLAIM_RE.search(seg.target)
        if claim is None or not seg.source_stripped or _ZH_CLAIM_RE.search(seg.source):
            return
        yield Finding(
            f"'{claim.group()}' claims a record or a first place; the source claims none",
            claim.start(),
            claim.end(),
        )
