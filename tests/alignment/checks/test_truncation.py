"""Truncation: sentences cut off, and finished sentences that lost only their 。."""

import pytest

from alignment.checks import CheckConfig, run_checks
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
        # Seed 001: the MT lost ～る/～た but kept the 。, mid-segment and at its end.
        "上海市におけるクラシック音楽を披露する新たなランドマークとなってい。",
        "今後も長寧区は、友好的な交流の幅と深さを広げる努力を続けてい。次の段階に進む。",
        "その後、彼は自宅で休んでい。",
    ],
)
def test_continuative_cut_before_a_kept_full_stop(ja):
    flags = [f for f in run_checks("", ja) if f.code == "truncation"]
    assert len(flags) == 1 and ja[flags[0].start : flags[0].end].endswith(("てい", "でい"))


def test_finished_forms_before_a_full_stop_are_not_cut():
    for ja in (
        "友好的な交流を続けている。",
        "子供たちは庭で遊んでいた。",
        "休んでいい。",
        "彼はそう言った。",
    ):
        assert "truncation" not in categories("", ja)


def test_a_finished_sentence_that_lost_only_its_full_stop():
    zh = "明年是中国和白俄罗斯建交30周年，双方将加强多领域合作，推动友好交往迈上新台阶。"
    ja = "来年は中国とベラルーシの外交関係樹立30周年に当たり、双方は友好的な交流を新たな段階に進めることになるだろう"
    flags = [f for f in run_checks(zh, ja) if f.category == "truncation"]
    assert [(f.code, f.severity, ja[f.start : f.end], f.fix) for f in flags] == [
        ("truncation-stop", "minor", "う", "う。")
    ]
    assert "truncation" not in categories(zh, ja + "。")
    assert "truncation" not in categories(zh.rstrip("。"), ja)  # the source has no stop either
    assert "truncation-stop" not in codes(zh, ja, config=CheckConfig(ignored=frozenset({"truncation-stop"})))


def test_a_headline_predicate_is_finished_though_its_source_ends_with_a_stop():
    zh = "英国首相特雷莎·梅指责反对者在英国脱欧问题上“玩弄政治”。"
    assert "truncation" not in categories(
        zh, "英国首相メイが、ブレグジットを巡る「政治の駆け引き」という批評を非難"
    )
    assert "truncation" in categories(
        zh, "英国首相メイは、ブレグジットを巡って政治の駆け引きをしていると批評を非難し"
    )


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


def test_a_long_sentence_with_no_source_that_stops_without_its_ending():
    cut = "企業の生産規模を把握し、企業の海外進出を支援し、国際市場をさらに開拓し、世界的な配置を最適化し、新エネルギー自動車分野の実務協力"
    assert "truncation" in codes("", cut)
    done = "企業の生産規模を把握し、企業の海外進出を支援し、国際市場をさらに開拓し、世界的な配置を最適化し、新エネルギー自動車分野の協力を進める"
    flags = [f for f in run_checks("", done) if f.category == "truncation"]
    assert [(f.code, f.fix) for f in flags] == [("truncation-stop", "る。")]
    # A headline or a list item is not running text.
    assert "truncation" not in categories(
        "", "顧建新氏が金華に赴き「四次末端」を深く実践し、活動を深化させる"
    )
    assert "truncation" not in categories("", cut + "、")


def test_a_literary_or_broken_verb_ending_is_not_finished():
    zh = "学生们在图书馆里读了很多新书。"
    stem = "学生たちは図書館でたくさんの新しい本を"
    for cut in ("読みた", "読破す"):  # the past of a godan verb without its sound change; literary す
        assert "truncation" in codes(zh, stem + cut), cut
    for finished in ("読んだ", "読破した", "読むだろう", "手に取って話した"):
        assert codes(zh, stem + finished) & {"truncation", "truncation-stop"} == {"truncation-stop"}, finished
