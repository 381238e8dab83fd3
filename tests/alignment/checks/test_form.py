"""Truncation, punctuation, typography, grammar and page chrome: the monolingual surface checks."""

import pytest

from alignment.checks import run_checks, run_document_checks
from tests.alignment.checks.conftest import categories, codes


@pytest.mark.parametrize(
    "ja",
    [
        "長寧区の外国人住民は全区人口の3割近くを占めてい",
        "長寧区は国際化の水準を高め、多くの成果を実現してい",
    ],
)
def test_truncated_sentence_without_source(ja):
    flags = [f for f in run_checks("", ja) if f.category == "truncation"]
    assert flags and flags[0].end == len(ja)


def test_missing_final_stop_where_the_source_has_one():
    zh = "有人提议应将 AM 的头衔改为MWP，这让有些 AM 惊愕不已。"
    ja = "議員の呼称をAMからMWPに変えるべきだという提案によって、一部の議員の間には困惑が広がっ"
    assert "truncation" in categories(zh, ja)
    assert "truncation" not in categories(zh, ja[:-1] + "ている。")


@pytest.mark.parametrize(
    "ja",
    [
        "「偏見のある人物が法廷に行く段階ではありません」とペロシは言",
        "以下は最近発生した大型の地震と津波を次",
        "最近発生した大型地震と津波を次",  # 15 characters: short, still cut
    ],
)
def test_verb_cut_down_to_its_kanji_stem(ja):
    assert "truncation" in categories("", ja)


@pytest.mark.parametrize(
    "ja", ["ウェールズ議会の呼称を巡る論争から十年、真相は謎", "コービン氏が辞任した後の次の労働党党首は誰"]
)
def test_headline_ending_on_a_one_kanji_noun_is_finished(ja):
    assert "truncation" not in categories("", ja)


def test_complete_sentences_are_not_truncated():
    assert "truncation" not in categories("", "長寧区の外国人住民は全区人口の3割近くを占めている。")
    assert "truncation" not in categories("", "見出しは短い")
    assert "truncation" not in categories("", "大型地震と津波の被害を")  # a short caption: left alone


def test_chinese_punctuation_in_japanese():
    ja = "ある労働党の議員は，党内で“Twp”と“Pwp”の韻を踏んでしまうという懸念があるという。"
    flags = [f for f in run_checks("", ja) if f.category == "punctuation"]
    assert {ja[f.start : f.end] for f in flags} == {"，", "“", "”"}
    assert "punctuation" not in categories("", "ある労働党の議員は、党内で「Twp」と「Pwp」の韻を踏むという。")


def test_unbalanced_brackets_where_the_source_balances():
    assert "punctuation-brackets" in codes("他说（今天）很好。", "彼は（今日は良いと言った。")
    assert "punctuation-brackets" not in codes("他说（今天）很好。", "彼は（今日）良いと言った。")


@pytest.mark.parametrize(
    ("ja", "evidence"),
    [
        (">長寧ニユ一ス", "一"),
        ("ウェストミンスタ一宮殿の外にある像", "一"),
        ("カバノ一が承認された場合", "一"),
        ("ABCは３26万人の視聴者で2番目だった。", "３26"),
        ("ジャイルズによればその場所には135 種以上のサメがいる。", " "),
        ("会場では&nbsp;多くの人が集まった。", "&nbsp;"),
        ("ｶﾀｶﾅの表記が混じる。", "ｶﾀｶﾅ"),
    ],
)
def test_typography(ja, evidence):
    flags = [f for f in run_checks("", ja) if f.category == "typography"]
    assert flags, ja
    assert any(evidence in ja[f.start : f.end] for f in flags)


@pytest.mark.parametrize(
    "ja",
    [
        "ページ一覧を表示する。",
        "ドル一枚で買える。",
        "チーム一丸となって戦った。",
        # 和欧間スペース applied consistently is a house style, not a slip.
        "1938 年には 200 人以上が津波によって亡くなった。",
        "長寧区の人口は70万人である。",
    ],
)
def test_clean_typography(ja):
    assert "typography" not in categories("", ja)


def test_doubled_particle():
    flags = [f for f in run_checks("", "彼は本をを読んだ。") if f.category == "grammar"]
    assert flags and flags[0].start == 3
    assert "grammar" not in categories("", "ははは、と笑った。ここでは話さない。")


def test_page_chrome_inside_a_content_segment():
    ja = "发布日期：2024-01-15 顧建新氏が金華に赴いた。"
    assert "boilerplate_leak" in categories("", ja)
    assert "boilerplate_leak" in categories("", "新エネルギー自動車の町を見学した。0115.png")
    assert "boilerplate_leak" not in categories("", "顧建新氏が金華に赴いた。")


def test_number_counter_space_is_the_house_style_of_a_spaced_document():
    slip = "ロシアとトルコの合意によって、300 万人が生活するこの州に対する攻撃は回避された。"
    assert "typography" in categories("", slip)
    spaced = [
        ("", "バトン ルージュで育ったシムズは 198 センチの大学 3 年生だった。"),
        ("", "平均で 17.4 分、5.6 ポイントを記録し、SNS でも話題になった。"),
        ("", slip),
    ]
    assert not [f for f in run_document_checks(spaced)[2] if f.category == "typography"]
    # One stray space does not make a document spaced.
    plain = [
        ("", "平均で17.4分、5.6ポイントを記録した。"),
        ("", "シムズは198センチの3年生だった。"),
        ("", slip),
    ]
    assert [f for f in run_document_checks(plain)[2] if f.category == "typography"]
