from hypothesis import given
from hypothesis import strategies as st

from alignment.bridge import EXTRA, to_kanji


def test_simplified_forms_become_japanese_shinjitai():
    assert to_kanji("长宁区外事办书记发展经济") == "長寧区外事弁書記発展経済"


def test_forms_opencc_lacks_come_from_the_extra_map():
    assert to_kanji("龙") == "竜"
    assert all(to_kanji(k) == v for k, v in EXTRA.items())


def test_kana_latin_and_digits_pass_through():
    assert to_kanji("ひらがなカタカナ ABC 123") == "ひらがなカタカナ ABC 123"


@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x9FFF), max_size=40))
def test_length_is_preserved_so_offsets_stay_valid(text):
    assert len(to_kanji(text)) == len(text)


def test_weekdays_are_named_as_japanese_names_them():
    assert to_kanji("周五上午") == "金曜上午"
    assert to_kanji("星期一和星期天") == "月曜日和日曜日"
    assert to_kanji("上周四，每周日") == "上木曜，毎日曜"


def test_a_numeral_week_or_a_count_of_days_is_not_a_weekday():
    # 一周一次 "once a week"; 每周四天 "four days a week": the 四 is a number the checks need.
    assert "曜" not in to_kanji("一周一次")
    assert "曜" not in to_kanji("每周四天工作制")
    # 每周三列 "three trains a week", 每周两班 "two flights a week"; 周三列车 is Wednesday's train.
    assert "曜" not in to_kanji("每周三列")
    assert "曜" not in to_kanji("每周两班")
    assert to_kanji("周三列车") == "水曜列車"


def test_xiamen_is_written_with_the_character_japanese_uses():
    # Japanese writes the city 厦門, not with OpenCC's traditional 廈.
    assert to_kanji("厦门港") == "厦門港"
