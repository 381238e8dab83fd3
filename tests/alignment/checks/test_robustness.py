"""Every check on any text: no exception, and every span inside the target."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from alignment.checks import CHECKS, CheckConfig, run_checks, run_document_checks

# Pieces of what real input mixes: kana, kanji (Japanese and simplified-only), katakana names with
# their dots, digits of both widths, counters, both languages' punctuation, Latin, spaces, HTML.
_PIECES = st.sampled_from(
    [
        "を", "は", "て", "いた", "、", "。", "「", "」", "（", "）", "《", "》", "，", "“", "”", "·", "・",
        "ワン", "ハオ", "チャン", "トランプ", "ー", "一", "王浩", "说", "这", "的", "是", "水平", "出口",
        "年", "万", "人", "対", "つ", "2020", "３", " ", "\u3000", "AM", "Lee", "&amp;", "<br>", "了",
        "中国", "韓国", "新たに", "顧建新", "氏", "市", "？", "！", "…", "\n",
    ]
)  # fmt: skip
_TEXT = st.lists(_PIECES, max_size=25).map("".join)
_EVERYTHING = CheckConfig(enabled=frozenset(CHECKS))  # the opt-in checks too


@settings(max_examples=300, deadline=None)
@given(_TEXT, _TEXT)
def test_every_check_takes_any_pair(zh, ja):
    for flag in run_checks(zh, ja, config=_EVERYTHING):
        assert flag.code in CHECKS
        if flag.start is not None:
            assert 0 <= flag.start <= flag.end <= len(ja), flag


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(_TEXT, _TEXT), min_size=1, max_size=5))
def test_every_check_takes_any_document(pairs):
    results = run_document_checks(pairs, config=_EVERYTHING)
    assert len(results) == len(pairs)
    for (_, ja), flags in zip(pairs, results, strict=True):
        for flag in flags:
            if flag.start is not None:
                assert 0 <= flag.start <= flag.end <= len(ja), flag
