import pytest
from hypothesis import given
from hypothesis import strategies as st

from alignment.checks import run_checks
from alignment.checks.untranslated import simplified_only
from tests.alignment.checks.conftest import categories, codes


def test_simplified_only_characters_come_from_the_character_sets():
    for ch in "这们说发时书":
        assert simplified_only(ch), ch
    for ch in "日本語国時書発説":  # Japanese writes these (shinjitai included)
        assert not simplified_only(ch), ch
    assert not simplified_only("あ") and not simplified_only("A")


@given(st.text(alphabet="あいうえおアイウエオ日本語東京国時間、。", max_size=40))
def test_japanese_only_text_never_has_simplified_characters(text):
    assert not any(simplified_only(c) for c in text)


def test_chinese_clause_left_in_japanese_is_flagged_with_its_span():
    ja = "ウェールズ語でTwpは「まぬけた」、对于威尔士境外的读者来说Pwpは「糞」を意味する。"
    flags = [f for f in run_checks("对于威尔士境外的读者来说", ja) if f.category == "untranslated"]
    assert flags
    assert "这" not in ja and "对于" in ja[flags[0].start : flags[0].end]


def test_target_identical_to_source_is_one_critical_flag():
    zh = "之所以会这样，是因为有计划将国民议会的名称更改为“威尔士议会”。"
    flags = run_checks(zh, zh)
    assert [f.code for f in flags if f.category == "untranslated"] == ["untranslated-copy"]
    assert flags[0].severity == "critical"


def test_monolingual_japanese_with_chinese_left_in():
    assert "untranslated" in categories("", "長寧区は这个活动を重視している。")


def test_clean_japanese_is_not_flagged():
    zh = "长宁区高度重视友好城市工作，持续开展友好交流。"
    ja = "長寧区は姉妹都市の活動を重視し、友好的な交流を続けてきた。"
    assert "untranslated" not in categories(zh, ja)
    assert not codes("", ja)


@pytest.mark.parametrize("text", ["2023年10月1日", "上海", "第3四半期"])
def test_a_date_or_place_both_languages_write_alike_is_not_a_copy(text):
    assert not [f for f in run_checks(text, text) if f.category == "untranslated"]


@pytest.mark.parametrize("text", ["国务院", "他在大会上表示"])
def test_chinese_characters_or_grammar_copied_are(text):
    assert [f.code for f in run_checks(text, text) if f.category == "untranslated"] == ["untranslated-copy"]


def test_a_rare_kanji_of_a_chinese_name_is_copied_as_japanese_copies_it():
    # 勐 and 傣 are no simplified forms and have no other Japanese form: Japanese writes 勐海県 and
    # 傣族 with them, as it writes the place and the people.
    zh = "勐海县傣族群众欢度泼水节。"
    assert "untranslated-hanzi" not in codes(zh, "勐海県の傣族の人々が水かけ祭りを祝った。")
    # The simplified forms around them are still Chinese left in, and 晚 and 步 are Chinese forms
    # of 晩 and 歩.
    assert "untranslated-hanzi" in codes(zh, "勐海县の傣族の人々が水かけ祭りを祝った。")
    assert "untranslated-hanzi" in codes("他每天晚上散步。", "彼は毎日晚に散步する。")
