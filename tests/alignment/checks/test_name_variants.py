"""One foreign name rendered two ways in one document (`entity-variant`)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from alignment.checks import run_checks, run_document_checks
from alignment.checks.name_variants import (
    _written_stretches,
    document_name_variants,
    renderings,
    source_names,
)

VARIANT = "entity-variant"

# A Dutch painter the documents below name, rendered right in most segments.
INTRO = (
    "荷兰画家扬·范德维尔德昨天在市美术馆开幕式上致辞。",
    "オランダの画家ヤン・ファンデルフェルデ氏が昨日、市美術館の開幕式であいさつした。",
)
RIGHT = (
    "范德维尔德表示，他很高兴再次来到这座城市。",
    "ファンデルフェルデ氏は、再びこの街に来られてうれしいと述べた。",
)
WRONG = ("范德维尔德还参观了美术学院。", "ファンデルヴォールデ氏は美術学院も見学した。")


def flagged(pairs: list[tuple[str, str]]) -> list[list[str]]:
    return [
        [pairs[k][1][f.start : f.end] for f in flags if f.code == VARIANT]
        for k, flags in enumerate(run_document_checks(pairs))
    ]


def test_the_less_usual_rendering_of_a_name_is_flagged_with_the_usual_one_as_fix():
    pairs = [INTRO, RIGHT, WRONG]
    assert flagged(pairs) == [[], [], ["ファンデルヴォールデ"]]
    (finding,) = document_name_variants(pairs)[2]
    assert finding.fix == "ファンデルフェルデ"
    assert "范德维尔德" in finding.message and "segment 1" in finding.message


def test_between_two_renderings_the_one_further_from_the_source_sound_is_flagged():
    # 瓦尔加 (wa-er-jia) is Varga: ヴァルガ keeps its vowels, ヴォルガ (the river) does not.
    pairs = [
        ("市长佐尔坦·瓦尔加会见了代表团。", "ゾルターン・ヴォルガ市長が代表団と会見した。"),
        ("瓦尔加介绍了该市的情况。", "ヴァルガ市長は同市の状況を紹介した。"),
    ]
    assert flagged(pairs) == [["ヴォルガ"], []]


def test_one_rendering_throughout_or_spelling_variants_are_not_flagged():
    assert flagged([INTRO, RIGHT, RIGHT]) == [[], [], []]
    # ヴェ and ベ, a long-vowel mark: the katakana-variant check's business, not a second name.
    pairs = [INTRO, ("范德维尔德表示感谢。", "ファンデルベルデ氏は謝意を示した。")]
    assert flagged(pairs) == [[], []]


def test_a_segment_without_the_name_does_not_lend_it_another_word():
    # The second target says 同氏 and tweets: ツイート is a word of the sentence, not a misspelt name.
    pairs = [
        (
            "主持人凯伦·韦斯特说，她很喜欢这部电影。",
            "司会者のカレン・ウェスト氏は、この映画がとても好きだと語った。",
        ),
        ("韦斯特在推特上说，她还会再看一次。", "同氏はもう一度見るつもりだとツイートした。"),
    ]
    assert flagged(pairs) == [[], []]


def test_a_loanword_the_source_glosses_renders_that_word_not_a_name():
    source = "马里奥访问了新加坡。"
    assert "シンガポール" not in {
        r.form for r in renderings(source, "マリオ氏はシンガポールを訪問した。").values()
    }


def test_source_names_are_dotted_parts_and_transcription_runs():
    assert source_names("荷兰画家扬·范德维尔德说") >= {"范德维尔德"}
    assert "扬" not in source_names("荷兰画家扬·范德维尔德说")  # one character: any katakana fits


def test_a_segment_checked_alone_has_no_document_to_compare():
    assert not [f for f in run_checks(*WRONG) if f.code == VARIANT]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from([INTRO, RIGHT]), min_size=1, max_size=5))
def test_a_document_that_writes_the_name_one_way_is_never_flagged(pairs):
    assert all(not found for found in document_name_variants(pairs))


@settings(max_examples=25, deadline=None)
@given(st.permutations([INTRO, RIGHT, RIGHT, WRONG]))
def test_the_minority_rendering_is_flagged_wherever_it_stands(pairs):
    found = flagged(list(pairs))
    assert [k for k, spans in enumerate(found) if spans] == [pairs.index(WRONG)]


COMPANY = [
    ("北辰化学公司今年在当地新建了一座工厂。", "北辰化学は今年、現地に新工場を建設した。"),
    ("北辰化学社长出席了仪式。", "北辰化学の社長が式典に出席した。"),
    ("市长感谢北辰化学的投资。", "市長はベイチェン化学の投資に謝意を示した。"),
]


def test_a_name_the_document_writes_in_kanji_read_out_in_mandarin_is_flagged():
    assert flagged(COMPANY) == [[], [], ["ベイチェン"]]
    (finding,) = document_name_variants(COMPANY)[2]
    assert finding.fix == "北辰"


def test_a_kanji_name_needs_two_japanese_segments_to_be_the_usual_form():
    assert flagged([COMPANY[0], COMPANY[2]]) == [[], []]
    # A target that copies the Chinese source writes no Japanese form of the name.
    copied = ("北辰化学社长出席了仪式。", "北辰化学社长出席了仪式。")
    assert flagged([COMPANY[0], copied, COMPANY[2]])[2] == []


def _every_stretch(text: str) -> set[str]:
    runs = re.findall(r"[\u4e00-\u9fff]+", text)
    return {r[i:j] for r in runs for i in range(len(r) - 1) for j in range(i + 2, min(len(r), i + 4) + 1)}


def test_the_stretches_a_target_writes_are_those_of_two_to_four_characters_it_holds():
    assert _written_stretches("北辰化学公司", "北辰化学の工場") == {
        "北辰",
        "辰化",
        "化学",
        "北辰化",
        "辰化学",
        "北辰化学",
    }
    assert _written_stretches("北辰化学公司", "ベイチェン化学") == {"化学"}
    assert _written_stretches("北，辰", "北辰") == frozenset()  # a stretch never crosses punctuation


# Few characters, so that sources and targets share stretches of every length.
_HAN = st.text(alphabet="北辰化学公司の，A", max_size=16)


@given(_HAN, _HAN)
def test_written_stretches_are_every_stretch_of_the_source_the_target_holds(source, plain):
    assert _written_stretches(source, plain) == {x for x in _every_stretch(source) if x in plain}


# A German engineer named once, then "he" in the source; the target names him in both.
MULLER = (
    "德国工程师汉斯·穆勒在苏州工作了十年。",
    "ドイツ人技術者のハンス・ミラー氏は蘇州で10年間働いてきた。",
)
HE = ("他说，苏州已经是他的第二故乡。", "ミュラー氏は、蘇州はもう第二の故郷だと語った。")


def test_a_name_the_target_writes_where_the_source_says_he_counts_as_a_rendering():
    assert flagged([MULLER, HE]) == [["ミラー"], []]
    # Spelt one way in both, it is consistent; the mention alone proves nothing.
    same = (HE[0], HE[1].replace("ミュラー", "ミラー"))
    assert flagged([MULLER, same]) == [[], []]


def test_a_mention_elsewhere_must_be_a_person_and_no_name_of_its_own_source():
    # ミュラー renders the source's own 米勒 there: another person, not the engineer again.
    other = ("米勒先生也出席了。", "ミュラー氏も出席した。")
    assert flagged([MULLER, other]) == [[], []]
    # A place or a thing that sounds like the name is no mention of him.
    place = ("他还参观了苏州的一家工厂。", "ミュラー工場も見学した。")
    assert flagged([MULLER, place]) == [[], []]


def test_a_mention_spelt_as_another_name_of_the_document_is_that_person():
    # The headline's source names no one; its サントス is the director the later sentences name
    # (桑托斯), not a spelling of the jury president's ビノシュ that merely sounds near it.
    pairs = [
        ("巴西导演凭新片摘得最高奖", "最高賞にブラジルのサントス監督"),
        (
            "巴西女导演玛丽安娜·桑托斯执导的影片获得最高奖项。",
            "ブラジルの女性監督マリアナ・サントス氏の作品が最高賞を受賞した。",
        ),
        (
            "评审团主席、法国女演员朱丽叶·比诺什称这部影片既温柔又愤怒。",
            "審査員長を務めたフランスの俳優ジュリエット・ビノシュさんは、この作品を優しさと怒りを併せ持つ映画と評した。",
        ),
        (
            "桑托斯上台领奖时哽咽着说，这个奖属于亚马孙的人民。",
            "壇上に上がったサントス監督は声を詰まらせながら、この賞はアマゾンの人々のものだと語った。",
        ),
    ]
    assert flagged(pairs) == [[], [], [], []]


def test_a_country_the_source_names_is_no_mention_of_a_person():
    # ベトナム renders 越南 of its own sentence; it sounds near enough to 通萨 (トンサ) by the loose
    # bar, but a country the source names is no second spelling of a person.
    pairs = [
        (
            "越南驻南宁总领事阮氏秋香说，她在南宁工作两年，每年都会参加“三月三”活动。",
            "在南寧ベトナム総領事のグエン・ティ・トゥー・フオン氏は、南寧で勤務して2年になり、毎年「三月三」のイベントに参加していると話した。",
        ),
        (
            "老挝驻南宁总领事通萨·西潘敦表示，希望进一步密切两国地方间的人文交流。",
            "在南寧ラオス総領事のトンサ・シーパンドン氏は、両国の地方間の人的・文化的交流をさらに緊密にしたいと述べた。",
        ),
    ]
    assert flagged(pairs) == [[], []]


def test_a_word_dotted_after_a_country_is_no_mention_of_a_person():
    # イタリア・セリエA is Italy's league: the dot after the country joins no name, so セリエ is
    # no second spelling of シェル, however near it sounds.
    pairs = [
        ("主教练埃里克·谢勒赛后接受了采访。", "エリック・シェル監督は試合後、取材に応じた。"),
        ("他的助手此前效力于意甲球队。", "彼のアシスタントは以前、イタリア・セリエAのチームに所属していた。"),
    ]
    assert flagged(pairs) == [[], []]
    # A dot between two parts of a name still makes one.
    pairs[1] = (
        "他的助手此前效力于意甲球队。",
        "彼のアシスタントのマルコ・セリエは以前、イタリアのチームに所属していた。",
    )
    assert flagged(pairs)[1] != []


def test_a_dotted_name_is_taken_whole_from_the_dictionary_word_it_begins_in():
    # 卜 is no transcription character, so the dotted name matched from 杜拉 on: the tail of
    # 阿卜杜拉 "Abdullah", which then counted as another person's name 杜拉.
    assert source_names("阿卜杜拉·卡尔提抵达开罗。") == {"阿卜杜拉", "卡尔提"}
    pairs = [
        ("阿卜杜拉·卡尔提抵达开罗。", "アブドゥッラー・カルティ氏がカイロに到着した。"),
        ("纳迪姆·杜拉随后发表讲话。", "その後、ナディム・ドゥラ氏が演説した。"),
        ("阿卜杜拉·卡尔提会见了纳迪姆·杜拉。", "アブドゥッラー・カルティ氏はナディム・ドゥラ氏と会談した。"),
    ]
    assert flagged(pairs) == [[], [], []]
