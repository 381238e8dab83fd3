"""A Chinese city's one-character abbreviation (来穗, 在沪, 驻京, 沪企) copied into the Japanese
(entity-city-abbreviation), and the words, compounds and renderings that must not be read as one."""

from __future__ import annotations

import pytest

from alignment.checks import CHECKS, run_checks
from alignment.checks.cities import DATA, cities, source_uses
from alignment.checks.fixes import apply_fixes

CITY = "entity-city-abbreviation"


def flagged(source: str, target: str) -> list[tuple[str, str | None]]:
    """(span, fix) of each of the check's flags."""
    return [(target[f.start : f.end], f.fix) for f in run_checks(source, target) if f.code == CITY]


def test_the_check_is_registered():
    assert CHECKS[CITY].category == "named_entity"
    assert CHECKS[CITY].severity == "major"


def test_every_row_of_the_table_is_complete():
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        abbr, kind, zh, english, ja, _verbs, note = line.split("\t")
        assert len(abbr) == 1 and zh, line
        assert kind in {"city", "sar", "province"} and english and ja and note, line
    assert {"穗", "蓉", "沪", "京", "港", "澳"} <= set(cities())


@pytest.mark.parametrize(
    ("zh", "ja", "span", "fix"),
    [
        # A copied character read as a Japanese word (穂 "ear of grain", 港 "port").
        ("他上周来穗考察投资环境。", "彼は先週穂に来て投資環境を視察した。", "穂", "広州"),
        (
            "代表团昨日抵蓉，开始为期三天的访问。",
            "代表団は昨日蓉に到着し、3日間の訪問を始めた。",
            "蓉",
            "成都",
        ),
        ("该歌手昨日来港出席颁奖礼。", "その歌手は昨日港に来て授賞式に出席した。", "港", "香港"),
        ("他每年都要进京参加会议。", "彼は毎年京に入り会議に出席する。", "京", "北京"),
        ("在沪期间，代表团参观了多家工厂。", "滬に滞在中、代表団は多くの工場を見学した。", "滬", "上海"),
        # The Chinese verb compound copied whole: no one-click fix, the sentence needs rewording.
        ("他上周来穗考察投资环境。", "彼は先週来穂し、投資環境を視察した。", "穂", None),
        ("在沪期间，代表团参观了多家工厂。", "在滬期間中、代表団は多くの工場を見学した。", "滬", None),
        ("这所学校面向在杭外籍家庭招生。", "この学校は在杭外国人家庭の子どもを募集する。", "杭", None),
        ("一批穗企今年走出国门。", "一部の穂企が今年海外に進出した。", "穂", None),
        # A character several places share: both are named, and nothing is filled in.
        ("省长来长考察新能源项目。", "省長が長に来て新エネルギー事業を視察した。", "長", None),
        ("许多学生赴澳留学。", "多くの学生が澳に赴いて留学した。", "澳", None),
    ],
)
def test_a_copied_abbreviation_is_flagged_with_the_city_s_name(zh, ja, span, fix):
    flags = [f for f in run_checks(zh, ja) if f.code == CITY]
    assert [(ja[f.start : f.end], f.fix) for f in flags] == [(span, fix)]
    assert fix is None or fix in flags[0].message


def test_a_province_abbreviated_after_a_verb_is_flagged_as_a_city_is():
    flags = [
        f
        for f in run_checks("欢迎海外学子来桂创新创业。", "海外の学生が桂に来て起業することを歓迎する。")
        if f.code == CITY
    ]
    assert [f.fix for f in flags] == ["広西"]
    assert flagged("他在粤工作多年。", "彼は粤で長年働いてきた。") != []
    assert flagged("他在粤工作多年。", "彼は広東で長年働いてきた。") == []
    # The character inside an ordinary word is no province (犹豫, 冀望).
    assert flagged("他犹豫了很久。", "彼は長い間迷った。") == []


def test_a_city_named_in_full_and_abbreviated_in_one_sentence_is_still_flagged():
    # The target's 寧波 renders the source's 宁波; the copied 甬 is the abbreviation's.
    zh = "宁波将派遣专家来甬交流。"
    assert flagged(zh, "寧波は専門家を甬に派遣して交流する。") == [("甬", "寧波")]
    assert flagged(zh, "寧波は専門家を寧波に派遣して交流する。") == []
    # An office after the copy: 駐邕総領事 is 在南寧総領事.
    zh = "南宁市举办活动，多国驻邕总领事出席。"
    assert [s for s, _ in flagged(zh, "南寧市で行事が開かれ、各国の駐邕総領事が出席した。")] == ["邕"]


def test_the_message_names_every_place_the_character_may_stand_for():
    (flag,) = [f for f in run_checks("省长来长考察。", "省長が長に来て視察した。") if f.code == CITY]
    assert "長春" in flag.message and "長沙" in flag.message
    (flag,) = [f for f in run_checks("许多学生赴澳留学。", "多くの学生が澳に赴いた。") if f.code == CITY]
    assert "マカオ" in flag.message and "オーストラリア" in flag.message


def test_the_fix_writes_the_city_s_name_and_clears_the_flag():
    zh, ja = "他上周来穗考察投资环境。", "彼は先週穂に来て投資環境を視察した。"
    fixed, applied = apply_fixes(ja, [f for f in run_checks(zh, ja) if f.code == CITY])
    assert fixed == "彼は先週広州に来て投資環境を視察した。" and len(applied) == 1
    assert flagged(zh, fixed) == []


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        # The city's name, however the target writes it.
        ("他上周来穗考察投资环境。", "彼は先週広州を訪れて投資環境を視察した。"),
        ("他来深创业已有五年。", "彼が深センに来て起業してから5年になる。"),
        ("代表团今日离厦返京。", "代表団は今日アモイを離れて北京に戻った。"),
        ("许多学生赴澳留学。", "多くの学生がオーストラリアに留学した。"),
        ("许多学生赴澳留学。", "多くの学生が豪州に留学した。"),
        # Compounds of abbreviations Japanese keeps or spells out, on either side.
        ("沪港通开通以来交易活跃。", "滬港通の開始以来、取引は活発だ。"),
        ("在京津冀地区推广。", "京津冀地域で普及させる。"),
        ("港澳同胞踊跃参加。", "香港・マカオの同胞が積極的に参加した。"),
        ("在京港澳高速上发生事故。", "京港澳高速道路で事故が起きた。"),
        # The character inside an ordinary word of the source (稻穗, 市长, 深入, 京剧, 合作 …).
        ("他在稻穗间拍照。", "彼は稲穂の間で写真を撮った。"),
        ("他在市长办公室工作。", "彼は市長室で働いている。"),
        ("改革带来深远影响。", "改革は深い影響をもたらした。"),
        ("他在京剧院工作。", "彼は京劇院で働いている。"),
        ("他们前来合作。", "彼らは協力しに来た。"),
        ("三年来长期坚持。", "3年来、長く続けてきた。"),
        # A port, not Hong Kong: 抵港 and 离港 also tell of ships and flights.
        ("货轮于昨日抵港。", "貨物船は昨日港に到着した。"),
        ("航班离港时间推迟。", "便の出港時刻が遅れた。"),
        # A Japanese word the target uses for the whole (上京 for 进京) holds no copy.
        ("他每年都要进京参加会议。", "彼は毎年上京して会議に出席する。"),
        # A foreign name the dictionary lacks (汉普顿) and a surname with an honorific.
        ("我小时候在汉普顿看比赛。", "子どもの頃、ハンプトンで試合を見た。"),
        ("我在苏老师家吃饭。", "私は蘇さんの家で食事をした。"),
        ("我在苏老师家吃饭。", "私は蘇先生の家で食事をした。"),
    ],
)
def test_no_flag_where_the_place_is_rendered_or_the_character_is_no_abbreviation(zh, ja):
    assert flagged(zh, ja) == []


def test_source_uses_read_the_place_patterns_only():
    assert source_uses("他来穗投资。") == (("穗", "来穗"),)
    assert source_uses("驻京办负责接待。") == (("京", "驻京"),)
    assert source_uses("多家沪企参展。") == (("沪", "沪企"),)
    # Ordinary words and compounds of places.
    assert source_uses("近来深圳发展很快。") == ()
    assert source_uses("比赛进入第三回合。") == ()  # 回合 "round" is no 回 + 合肥
    assert source_uses("麦苗返青。") == ()  # 返青 "turn green again"
    assert source_uses("在京津冀协同发展中。") == ()
    assert source_uses("在哈茨工作。") == ()
