"""One-click corrections: a flag's ``fix`` is what its span should read, and applying it clears the
flag without raising another."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alignment.checks import CheckConfig, Term, run_checks
from alignment.checks.fixes import apply_fixes
from alignment.types import Flag


def apply(target: str, flag: Flag) -> str:
    return target[: flag.start] + flag.fix + target[flag.end :]


@pytest.mark.parametrize(
    ("zh", "ja", "code", "fixed"),
    [
        ("他说，很好。", "彼は，良いと言った。", "punctuation-chinese", "彼は、良いと言った。"),
        ("他说“好”。", "彼は“良い」と言った。", "punctuation-chinese", "彼は「良い」と言った。"),
        ("", "長寧ニユ一スを見た。", "typography", "長寧ニユースを見た。"),
        ("", "ｶﾀｶﾅの文字を使った。", "typography", "カタカナの文字を使った。"),
        ("", "参加者は100 人を超えた。", "typography", "参加者は100人を超えた。"),
        ("", "会場には&amp;の記号があった。", "typography", "会場には&の記号があった。"),
        ("", "本をを読んだ。", "grammar-particle", "本を読んだ。"),
        (
            "这一阶段的工作已经完成。",
            "この階段の作業は完了した。",
            "mistranslation-false-friend",
            "この段階の作業は完了した。",
        ),
        ("他花了100美元。", "彼は100美元を使った。", "untranslated-word", "彼は100ドルを使った。"),
        ("", "養殖センターを考察した。", "mistranslation-calque", "養殖センターを視察した。"),
        ("", "国際元素を導入する。", "mistranslation-calque", "国際的要素を導入する。"),
        ("", "輸出は前年比3%増長した。", "mistranslation-calque", "輸出は前年比3%増加した。"),
        ("", "相関部門が調査した。", "mistranslation-calque", "関係部門が調査した。"),
        ("", "同社の股東が反対した。", "untranslated-word", "同社の株主が反対した。"),
    ],
)
def test_applying_a_fix_clears_its_flag(zh, ja, code, fixed):
    flag = next(f for f in run_checks(zh, ja) if f.code == code and f.fix is not None)
    assert apply(ja, flag) == fixed
    after = run_checks(zh, fixed)
    assert not [f for f in after if f.code == code and f.start == flag.start]
    assert len(after) <= len(run_checks(zh, ja))


def test_termbase_forbidden_variant_is_replaced_by_the_required_term():
    config = CheckConfig(termbase=(Term("外籍人士", "外国人住民", ("外国人",)),))
    ja = "区内には外国人が多い。"
    flag = next(
        f for f in run_checks("区内外籍人士很多。", ja, config=config) if f.code == "terminology-termbase"
    )
    assert apply(ja, flag) == "区内には外国人住民が多い。"


def test_no_fix_where_the_correction_is_not_mechanical():
    # A verb-like false friend (告訴し…) and a truncation have no one-click correction.
    flags = run_checks("他告诉记者，项目进展顺利。", "彼は記者に告訴し、事業は順調だと述べ")
    assert {f.code for f in flags} >= {"mistranslation-false-friend", "truncation"}
    assert all(f.fix is None for f in flags if f.code in ("mistranslation-false-friend", "truncation"))


_PIECES = [
    "カタ",
    "一",
    "ｶﾅ",
    "，",
    "、",
    "“",
    "”",
    "100",
    "１",
    " ",
    "人",
    "をを",
    "&amp;",
    "<br>",
    "です",
    "。",
    "本",
    ".",
    "·",
    ";",
    "「",
    "」",
    "てい",
    "だろう",
    "《",
    "》",
    "や",
    "手機",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12).map("".join))
def test_a_fix_never_adds_flags(ja):
    """A fix leaves no more flags of its own check (a third particle in ををを can leave one doubled
    pair: the reviewer clicks again), and nothing flags the text it wrote. Other checks may speak up
    about what the fix brought to light: a word fixed in one copy of an MT loop (手機 → 携帯電話)
    ends the loop, and the doubled particles its span covered show; HTML residue removed leaves
    the comma after it opening the sentence."""
    before = run_checks("", ja)
    for flag in before:
        if flag.fix is None or flag.start is None:
            continue
        fixed = apply(ja, flag)
        after = run_checks("", fixed)
        assert sum(f.code == flag.code for f in after) <= sum(f.code == flag.code for f in before)
        # What the fix wrote (the span may keep characters it did not change: 100，１ → 100，1).
        a, b = flag.start, flag.start + len(flag.fix)
        seen = {(f.code, ja[f.start : f.end]) for f in before if f.start is not None}
        assert not [
            f
            for f in after
            if f.start is not None
            and a <= f.start < f.end <= b
            and (f.code, fixed[f.start : f.end]) not in seen
        ], (ja, flag)


def test_a_form_fix_in_one_copy_of_an_mt_loop_leaves_the_loop_flagged():
    """一 and ー, ， and 、 count as one in a repeat: the fix of one copy keeps the loop in view."""
    for ja in ("一ををカタ一ををカタ", "本日は晴れ，本日は晴れ，"):
        before = run_checks("", ja)
        assert "addition-repeat" in {f.code for f in before}
        for flag in before:
            if flag.fix is not None and flag.start is not None:
                assert "addition-repeat" in {f.code for f in run_checks("", apply(ja, flag))}, (ja, flag)


def test_a_forbidden_variant_inside_the_required_term_is_not_flagged():
    config = CheckConfig(termbase=(Term("外籍人士", "外国人住民", ("外国人",)),))
    assert not [
        f
        for f in run_checks("区内外籍人士很多。", "区内には外国人住民が多い。", config=config)
        if f.code == "terminology-termbase"
    ]
    flags = [
        f
        for f in run_checks("区内外籍人士很多。", "外国人住民と外国人が多い。", config=config)
        if f.code == "terminology-termbase"
    ]
    assert [(f.start, f.end) for f in flags] == [(6, 9)]


def test_apply_fixes_right_to_left_skipping_overlaps():
    def flag(start, end, fix):
        return Flag("c", "punctuation", "minor", start, end, "m", fix)

    text = "彼は，良い“本”だと言った."
    flags = [
        flag(2, 3, "、"),
        flag(5, 6, "「"),
        flag(7, 8, "」"),
        flag(13, 14, "。"),
        flag(12, 14, "x"),
        flag(0, 1, None),
    ]
    fixed, applied = apply_fixes(text, flags)
    assert fixed == "彼は、良い「本」だと言った。"
    assert [f.fix for f in applied] == ["、", "「", "」", "。"]
