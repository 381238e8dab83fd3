"""Content: omissions, additions and MT loops, judged on the bridged source.

Independent human translations share little wording, so coverage alone would flag most clean
segments; these checks fire only on strong signals — a length ratio far outside what zh→ja news
shows, a clause repeated verbatim, a trailing clause with nothing of the source in it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from alignment.checks.base import HAN, Check, Finding, Segment
from alignment.similarity import LOG_RATIO_MEAN, LOG_RATIO_SD

_LEN_SKIP_RE = re.compile(r"\s")
_HAN_RE = re.compile(f"[{HAN}]")


def _length_z(seg: Segment) -> float | None:
    zh = len(_LEN_SKIP_RE.sub("", seg.source))
    ja = len(_LEN_SKIP_RE.sub("", seg.target))
    if zh < 12 or ja == 0:
        return None
    # Short segments vary more: widen the spread as a Gale–Church model does.
    return (math.log(ja / zh) - LOG_RATIO_MEAN) / (LOG_RATIO_SD * (1 + 4 / math.sqrt(zh)))


class EmptyTarget(Check):
    code = "omission-empty"
    category = "omission"
    severity = "critical"
    description = "The source has no translation."

    def check(self, seg: Segment) -> Iterator[Finding]:
        if seg.source_stripped and not seg.target_stripped:
            yield Finding("the source sentence has no translation")


class ShortTarget(Check):
    code = "omission-length"
    category = "omission"
    severity = "major"
    description = (
        "The target is far shorter than this language pair's usual length ratio: content is missing."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        z = _length_z(seg)
        if z is not None and z < -1.4 and seg.has_kana:
            yield Finding(
                f"target is {len(seg.target)} characters for a {len(seg.source)}-character source: content may be missing"
            )


class LongTarget(Check):
    code = "addition-length"
    category = "addition"
    severity = "major"
    description = "The target is far longer than the source warrants: text was added."

    def check(self, seg: Segment) -> Iterator[Finding]:
        z = _length_z(seg)
        if z is not None and z > 1.35:
            yield Finding(
                f"target is {len(seg.target)} characters for a {len(seg.source)}-character source: text may be added"
            )


_REPEAT_RE = re.compile(r"(.{5,}?)[、，,\s]*\1")


class Repetition(Check):
    code = "addition-repeat"
    category = "addition"
    severity = "major"
    bilingual = False
    description = "A phrase repeated verbatim (an MT loop)."

    def check(self, seg: Segment) -> Iterator[Finding]:
        for m in _REPEAT_RE.finditer(seg.target):
            phrase = m.group(1)
            if (
                len(set(phrase)) >= 3
                and phrase not in seg.source
                and phrase.strip("、。 ")
                and (m.group(1) * 2 not in seg.bridged)
            ):
                yield Finding(f"'{phrase}' repeated", m.start(), m.end())
                return


_CLAUSE_RE = re.compile(r"[^、。，,！？!?「」]+")


class UnsupportedClause(Check):
    code = "addition-clause"
    category = "addition"
    severity = "major"
    description = "A trailing clause whose kanji appear nowhere in the source, while the rest of the segment matches it."

    def check(self, seg: Segment) -> Iterator[Finding]:
        if not seg.source_stripped:
            return
        clauses = list(_CLAUSE_RE.finditer(seg.target))
        if len(clauses) < 2:
            return
        src_han = set(_HAN_RE.findall(seg.bridged))
        last = clauses[-1]
        han = _HAN_RE.findall(last.group())
        rest = [c for m in clauses[:-1] for c in _HAN_RE.findall(m.group())]
        if len(han) < 3 or len(rest) < 4:
            return
        rest_cov = sum(c in src_han for c in rest) / len(rest)
        last_cov = sum(c in src_han for c in han) / len(han)
        if rest_cov >= 0.5 and last_cov <= 0.15:
            yield Finding(f"'{last.group()}' has no counterpart in the source", last.start(), last.end())
