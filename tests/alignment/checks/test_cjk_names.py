"""Korean and Japanese people's names read in Mandarin (金成民 as ジン・チョンミン)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from alignment.checks import run_checks, run_document_checks
from alignment.checks.cjk_names import KOREAN_SURNAMES, korean_reading

CODE = "entity-name-mandarin-reading"


def spans(source: str, target: str) -> list[str]:
    return [target[f.start : f.end] for f in run_checks(source, target) if f.code == CODE]


def test_a_korean_name_read_in_mandarin_is_flagged():
    # Before this check nothing flagged it: the Chinese-name check leaves documents about Korea alone.
    zh = "韩国人参协会会长金成民出席了签约仪式。"
    ja = "韓国人参協会のジン・チョンミン会長が調印式に出席した。"
    assert spans(zh, ja) == ["ジン・チョンミン"]
    finding = next(f for f in run_checks(zh, ja) if f.code == CODE)
    assert "キム・ソンミン" in finding.message
    assert finding.fix == "金成民（キム・ソンミン）"


def test_a_korean_name_after_the_name_and_unwritten_dot():
    zh = "朴永浩会长表示，将率韩国企业代表团访问上海。"
    ja = "ピャオヨンハオ会長は、韓国企業代表団を率いて上海を訪問すると述べた。"
    assert spans(zh, ja) == ["ピャオヨンハオ"]


def test_two_syllables_meeting_in_one_vowel_are_read_apart():
    # 在寅 zai yin: ザイイン, not a long イ.
    assert spans("韩国前总统文在寅访问北京。", "韓国の前大統領ウェン・ザイイン氏が北京を訪問した。") == [
        "ウェン・ザイイン"
    ]
    assert (
        spans("韩国前总统文在寅访问北京。", "韓国の文在寅（ムン・ジェイン）前大統領が北京を訪問した。") == []
    )


def test_a_japanese_name_read_in_mandarin_is_flagged():
    assert spans("日本首相石破茂表示欢迎。", "日本のシーポー・マオ首相は歓迎の意を示した。") == [
        "シーポー・マオ"
    ]
    assert spans(
        "日方代表山田太郎在会上发言。", "日本側代表のシャンティエン・タイラン氏が会議で発言した。"
    ) == ["シャンティエン・タイラン"]
    # The surname alone.
    assert spans(
        "田中表示，日本企业将扩大投资。", "ティエンジョン氏は、日本企業が投資を拡大すると述べた。"
    ) == ["ティエンジョン"]


def test_the_korean_reading_and_the_kanji_are_not_flagged():
    zh = "韩国人参协会会长金成民出席了签约仪式。"
    assert spans(zh, "韓国人参協会のキム・ソンミン会長が調印式に出席した。") == []
    assert spans(zh, "韓国人参協会の金成民（キム・ソンミン）会長が調印式に出席した。") == []
    assert spans("日本首相石破茂表示欢迎。", "石破茂首相は歓迎の意を示した。") == []


def test_a_korean_reading_that_sounds_as_mandarin_does_is_not_flagged():
    # 韩民: ハン・ミン in Korean and in Mandarin alike.
    assert spans("韩国代表韩民发言。", "韓国代表のハン・ミン氏が発言した。") == []


def test_a_chinese_person_is_left_to_the_chinese_name_check():
    assert spans("国家主席金成民会见了来访的客人。", "ジン・チョンミン国家主席は来訪客と会見した。") == []
    assert spans("中方代表金成民在会上发言。", "中国側代表のジン・チョンミン氏が会議で発言した。") == []
    # An ambassador to Korea is of the country before 驻.
    zh = "中国驻韩国大使张成民会见了韩国企业家。"
    assert spans(zh, "中国の駐韓国大使チャン・チョンミン氏は韓国の企業家と会見した。") == []
    assert spans(
        "韩国驻华大使张成民会见了中国企业家。",
        "韓国の駐中国大使チャン・チョンミン氏は中国の企業家と会見した。",
    ) == ["チャン・チョンミン"]


def test_a_japanese_surname_without_a_japanese_setting_is_not_flagged():
    assert spans("田中表示，企业将扩大投资。", "ティエンジョン氏は、企業が投資を拡大すると述べた。") == []
    assert (
        spans(
            "中国学者山田明指出，农村发展很快。",
            "中国の学者シャンティエン・ミン氏は、農村の発展が速いと指摘した。",
        )
        == []
    )


def test_a_country_inside_another_word_sets_no_name():
    # 节日方面 holds 日方, 北京都市圈 holds 京都: neither makes 山田 a Japanese.
    assert spans("他在节日方面的讲话中提到山田。", "彼は祝日に関する演説の中でシャンティエンに触れた。") == []
    assert spans("北京都市圈的专家山田指出。", "北京都市圏の専門家シャンティエン氏が指摘した。") == []


def test_a_name_not_read_whole_in_mandarin_is_not_flagged():
    # Only the surname read in Mandarin: not this defect.
    assert spans("韩国代表金成民发言。", "韓国代表のジン会長が発言した。") == []
    assert spans("日本首相石破茂表示欢迎。", "日本のイシバ・シゲル首相は歓迎の意を示した。") == []


def test_korean_reading_of_a_name():
    assert korean_reading("金成民") == "キム・ソンミン"
    assert korean_reading("朴永浩") == "パク・ヨンホ"
    assert korean_reading("金𪚥") is None


@settings(max_examples=50, deadline=None)
@given(
    surname=st.sampled_from(sorted(KOREAN_SURNAMES)),
    given_name=st.sampled_from(["成民", "永浩", "秀贤", "在寅"]),
)
def test_the_korean_reading_of_any_listed_name_is_never_flagged(surname: str, given_name: str):
    name = surname + given_name
    reading = korean_reading(name)
    assert reading is not None
    assert spans(f"韩国代表{name}在会上发言。", f"韓国代表の{reading}氏が会議で発言した。") == []


def test_a_name_in_a_document_about_korea_is_flagged_without_saying_whose_it_is():
    pairs = [
        ("中韩经贸合作论坛在首尔举行。", "中韓経済貿易協力フォーラムがソウルで開かれた。"),
        ("会长金成民出席了论坛。", "ジン・チョンミン会長がフォーラムに出席した。"),
    ]
    flags = [f for f in run_document_checks(pairs)[1] if f.code == CODE]
    assert [(f.start, f.end) for f in flags] == [(0, 8)]
    assert "a Chinese person's in kanji (金成民)" in flags[0].message
    assert flags[0].fix is None
    # Without Korea in the document, the name is not judged.
    assert [f for f in run_document_checks(pairs[1:])[0] if f.code == CODE] == []


def test_a_japanese_surname_that_names_a_place_of_china_is_not_listed():
    # 和田 is Hotan, which Japanese writes ホータン: read so, it is not a Japanese name.
    assert spans("日本游客到和田旅游。", "日本人観光客がホータンを旅行した。") == []
