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
from alignment.checks.numbers import numeral_value

#: A record over time, or first place over a country, a province or a region, or a market (最大の
#: シェア) or a class (最大級, 屈指の).
_JA_CLAIM_RE = re.compile(
    r"過去最[高多大低少]|史上最|全国(?:トップ|一|1位|首位)|(?:省|市|県|国|地方|地域)内(?:で)?(?:トップ|首位|最多|最大)"
    r"|で最多|で最も(?:長|大|多|高|早)|新記録|記録を更新"
    r"|最大(?:の|級の)?シェア|トップシェア|シェア(?:で)?(?:首位|トップ)|最大級|トップクラス|屈指の|随一"
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


# --- a rank turned into another ----------------------------------------------------------------

#: A rank by size: 第一大贸易伙伴 "the largest trading partner", 第二大市场 "the second largest".
_ZH_RANK_RE = re.compile(r"第([一二两三四五六七八九十]|\d{1,2})大")
#: The target's claims of first place by size (最大, 首位, トップ, 1位, 一番) and a first time (初の,
#: 初めて), which 第一 is not.
_JA_LARGEST_RE = re.compile(r"最大|首位|トップ|(?<![\d.])1位|一番|第1(?![\d.])|最も")
#: The claims of first place a lower rank is flagged for (最も and 一番 often qualify another word of
#: the sentence: 最も重要な).
_JA_FIRST_PLACE_RE = re.compile(r"最大|首位|トップ|(?<![\d.])1位")
_JA_FIRST_TIME_RE = re.compile(r"初の|初めて")


def _ranks(source: str) -> set[int]:
    return {int(r) for m in _ZH_RANK_RE.finditer(source) if (r := numeral_value(m.group(1)))}


def _writes_rank(target: str, rank: int) -> bool:
    """Whether the target writes a rank ``rank`` other than first: 第2位, 2番目, 2位, 第二, or a
    place next to another (…に次ぐ, 次いで: the second)."""
    return bool(
        re.search(
            rf"(?<![\d.]){rank}(?:位|番目|番手)|第{rank}(?![\d.])|第{'一二三四五六七八九十'[rank - 1] if rank <= 10 else rank}",
            target,
        )
        or (rank == 2 and re.search("次ぐ|次いで|次ぎ", target))
    )


class RankChanged(Check):
    """A rank by size rendered as another: 第二大出口目的地 "the second largest destination" as
    最大の輸出先, 第一大出口市场 "the largest market" as 初の大型輸出市場 (a first time). Read from
    the source's 第N大 and the target's ranks; a target that writes the source's rank anywhere is
    left alone."""

    code = "mistranslation-rank"
    category = "mistranslation"
    severity = "major"
    description = gettext_noop(
        "A rank by size rendered as another (第二大 'second largest' → 最大, 第一大 'largest' → 初の)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        ranks = _ranks(seg.source)
        if not ranks:
            return
        target = seg.target_norm
        if 1 in ranks:
            first_time = _JA_FIRST_TIME_RE.search(target)
            if first_time and not _JA_LARGEST_RE.search(target):
                yield Finding(
                    f"'{first_time.group()}' tells a first time; the source's 第一大 is the largest (最大の)",
                    first_time.start(),
                    first_time.end(),
                )
            return
        first = _JA_FIRST_PLACE_RE.search(target)
        if first and not any(_writes_rank(target, r) for r in ranks):
            rank = min(ranks)
            yield Finding(
                f"'{first.group()}' makes first what the source ranks number {rank} by size "
                f"(第{rank}大: 第{rank}位, {rank}番目に大きい)",
                first.start(),
                first.end(),
            )


# --- a degree the source does not claim --------------------------------------------------------

#: Japanese words that claim a large degree or amount: 大幅に, 著しく, 顕著, 飛躍的, 劇的, 急速,
#: 多額の, 巨額の.
_JA_DEGREE_RE = re.compile(r"大幅|著し|顕著|飛躍的|劇的|急速|急激|多額|巨額")
#: What in the source may claim a degree or an amount: its words of size, speed, intensity, and
#: any figure of scale (亿, 万: a sum is its own amount).
_ZH_DEGREE_RE = re.compile(
    r"大|幅|显著|明显|较|猛|急|飞跃|跨越|翻|快|迅|速|剧|巨|重金|极|非常|十分|高度|突出|强劲|激|暴|骤|倍|亿|万|千|百|多|锐|陡|飙"
)


class AddedDegree(Check):
    """A degree the target claims and the source does not (满意度也得到提升 → 満足度も大幅に向上した,
    回乡投资 → 多額の投資): MT that has seen many press releases completes a change with the
    adverb they often give it. Only where the source has no word of size, speed or intensity and
    no figure of scale."""

    code = "addition-degree"
    category = "addition"
    severity = "minor"
    description = gettext_noop(
        "The target claims a degree the source does not (提升 → 大幅に向上, 投资 → 多額の投資)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        found = _JA_DEGREE_RE.search(seg.target)
        if found and seg.source_stripped and not _ZH_DEGREE_RE.search(seg.source):
            yield Finding(
                f"'{found.group()}' claims a degree the source does not state", found.start(), found.end()
            )
