import itertools

from hypothesis import given
from hypothesis import strategies as st

from alignment.segment import split_sentences


def test_quotes_do_not_split_a_sentence():
    text = "长宁区登记的境外人口有8万余人。“长宁是我的第二故乡！”外籍人士说。"
    assert [s.text for s in split_sentences(text, "zh")] == [
        "长宁区登记的境外人口有8万余人。",
        "“长宁是我的第二故乡！”外籍人士说。",
    ]


def test_japanese_brackets_do_not_split():
    text = "「これは美しい憧れです。私たちの目標です」と述べた。次の文。"
    assert [s.text for s in split_sentences(text, "ja")] == [
        "「これは美しい憧れです。私たちの目標です」と述べた。",
        "次の文。",
    ]


def test_a_stray_quote_does_not_swallow_the_next_line():
    text = "「開いたまま。\n次の行。"
    assert [s.text for s in split_sentences(text, "ja")] == ["「開いたまま。", "次の行。"]


def test_headings_are_units():
    sents = split_sentences("最·虹桥\n“七一”前夕，使节团参访。", "zh")
    assert sents[0].kind == "heading" and sents[0].text == "最·虹桥"


CJK = st.text(alphabet=st.sampled_from(list("长宁区。！？“”「」（）\n 、，日本語ですAB12")), max_size=200)


@given(CJK)
def test_segmentation_is_lossless_and_offsets_map_back(text):
    sents = split_sentences(text, "zh")
    assert all(text[s.start : s.end] == s.text for s in sents)
    covered = "".join(s.text for s in sents)
    assert covered == "".join(text.split()) or covered.replace(" ", "") == "".join(text.split())
    assert all(a.end <= b.start for a, b in itertools.pairwise(sents))
    assert [s.index for s in sents] == list(range(len(sents)))
