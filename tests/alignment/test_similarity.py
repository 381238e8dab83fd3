from hypothesis import given
from hypothesis import strategies as st

from alignment.similarity import LOG_RATIO_MEAN, anchors, dice, features, length_logprob


def shared(zh: str, ja: str) -> frozenset[int]:
    return features(zh, "zh").anchors & features(ja, "ja").anchors


def test_full_width_digits_and_ten_thousands_meet_their_plain_forms():
    assert shared("观众达到１．２万人", "観客は12,000人に達した")
    assert shared("投资3亿元", "3億円を投資")


def test_dates_and_percentages_are_anchors():
    assert len(shared("10月15日增长35.47%", "10月15日に35.47%増えた")) >= 3


def test_latin_names_match_whatever_their_case():
    assert shared("据BBC报道", "bbcによると")


def test_bridged_kanji_bigrams_are_shared():
    assert shared("长宁区经济发展", "長寧区の経済発展")
    assert not shared("长宁区经济发展", "ピアノのコンサート")


def test_kana_carries_no_cross_language_tokens():
    assert features("ひらがなとカタカナ", "ja").tokens == frozenset()


def test_punctuation_profile():
    assert features("他问：“你来吗？”", "zh").punct == {"?", "q"}
    assert features("「来ますか？」と聞いた", "ja").punct == {"?", "q"}
    assert features("会议召开。", "zh").punct == frozenset()


def test_length_counts_characters_without_spaces():
    assert features("a b\u3000c", "ja").length == 3


def test_length_prior_prefers_the_usual_ratio():
    usual = round(100 * 2.718281828**LOG_RATIO_MEAN)
    assert length_logprob(100, usual) > length_logprob(100, 100) > length_logprob(100, 300)
    assert length_logprob(0, 10) == -12.0


@given(st.frozensets(st.integers()), st.frozensets(st.integers()))
def test_dice_is_symmetric_and_bounded(a, b):
    assert dice(a, b) == dice(b, a)
    assert 0.0 <= dice(a, b) <= 1.0
    if a and a == b:
        assert dice(a, b) == 1.0


@given(
    st.text(alphabet="长宁区與明斯克市国際12３,.万億 AbcＸ「」？ひらカナ", max_size=40),
    st.sampled_from(["zh", "ja"]),
)
def test_anchors_alone_are_the_anchors_of_the_features(text, lang):
    assert anchors(text, lang) == features(text, lang).anchors


_BODY = st.text(st.characters(categories=("Lo", "Nd", "Zs", "Pd")), min_size=1, max_size=30)


@given(
    _BODY, st.sampled_from(["。", "？", "!", "…", "：", "；", "."]), st.sampled_from(["", "」", "”", "）"])
)
def test_a_line_that_ends_as_a_sentence_is_no_heading(body, stop, close):
    assert not features(body + stop + close, "zh").open_end
    assert not features(body + stop + close + " ", "ja").open_end


@given(_BODY.filter(lambda s: s.strip() != ""))
def test_a_line_without_a_final_stop_reads_as_a_heading_or_a_cut(body):
    # Letters, digits, spaces and dashes only: nothing that closes a sentence.
    assert features(body, "ja").open_end
    assert not features(f"「{body}」", "ja").open_end  # a quoted utterance is a sentence
