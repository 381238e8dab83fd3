"""mistranslation-time-relation: a streak, a gap, a deadline or a first time turned around."""

import pytest

from alignment.checks import run_checks

CODE = "mistranslation-time-relation"


def flags(zh: str, ja: str) -> list:
    return [f for f in run_checks(zh, ja) if f.code == CODE]


@pytest.mark.parametrize(
    ("zh", "ja", "span", "fix"),
    [
        (
            "该县茶叶产量连续三年位居全省第一。",
            "同県の茶葉生産量は3年ぶりに省内1位となった。",
            "3年ぶり",
            "3年連続",
        ),
        ("这家企业连续10届参加广交会。", "同社は10回ぶりに広州交易会に参加した。", "10回ぶり", "10回連続"),
        ("时隔六年，该航线恢复运营。", "同路線は6年連続で運航を再開した。", "6年連続", "6年ぶり"),
        ("这是两队二十年来首次交手。", "両チームの対戦は連続20年となる。", "連続20年", "20年ぶり"),
        ("新馆预计9月底前对外开放。", "新館は9月末から一般公開される見通しだ。", "9月末から", "9月末までに"),
        (
            "各项整改须在年底前完成。",
            "すべての是正は年末から完了しなければならない。",
            "年末から",
            "年末までに",
        ),
    ],
)
def test_a_time_relation_turned_around(zh: str, ja: str, span: str, fix: str) -> None:
    found = flags(zh, ja)
    assert [(ja[f.start : f.end], f.fix, f.category) for f in found] == [(span, fix, "mistranslation")]


def test_a_first_time_told_as_a_repeat() -> None:
    ja = "同大学は今年、海外の留学生を再び受け入れる。"
    found = flags("该大学今年首次招收海外留学生。", ja)
    assert [ja[f.start : f.end] for f in found] == ["再び"]
    assert "初めて" in found[0].message


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        ("该县茶叶产量连续三年位居全省第一。", "同県の茶葉生産量は3年連続で省内1位となった。"),
        ("时隔六年，该航线恢复运营。", "同路線は6年ぶりに運航を再開した。"),
        ("新馆预计9月底前对外开放。", "新館は9月末までに一般公開される見通しだ。"),
        ("三年前，他首次来到这座城市。", "3年前、彼は初めてこの街を訪れた。"),
        # 连续 of another figure than the gap's: both relations rendered right.
        ("该队连续3届夺冠，时隔5年再次进入决赛。", "同チームは3回連続で優勝し、5年ぶりに決勝に進出した。"),
        # a start the source gives with 从…起: から is right.
        ("从明年1月起，新规将在年底前分批实施。", "新規則は来年1月から年末にかけて段階的に実施される。"),
        # the source repeats as well as firsts: 首次 and 再次 in one sentence.
        ("他首次访华后，今年再次来访。", "初訪中の後、今年再び訪れた。"),
    ],
)
def test_the_relation_kept(zh: str, ja: str) -> None:
    assert flags(zh, ja) == []


RELATIVE = "mistranslation-relative-date"


@pytest.mark.parametrize(
    ("zh", "ja", "span"),
    [
        ("两市计划明年互办文化节。", "両市は昨年、相互に文化祭を開催する計画だ。", "昨年"),
        ("代表团将于下周抵达。", "代表団は先週到着する。", "先週"),
        ("该馆上个月接待游客5万人次。", "同館は来月、延べ5万人の観光客を受け入れた。", "来月"),
        ("比赛昨天在市体育中心举行。", "試合は明日、市スポーツセンターで行われた。", "明日"),
    ],
)
def test_a_relative_date_moved(zh: str, ja: str, span: str) -> None:
    found = [f for f in run_checks(zh, ja) if f.code == RELATIVE]
    assert [(ja[f.start : f.end], f.category) for f in found] == [(span, "mistranslation")]


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        ("两市计划明年互办文化节。", "両市は来年、相互に文化祭を開催する計画だ。"),
        ("去年全市接待游客800万人次。", "昨年、全市は延べ800万人の観光客を受け入れた。"),
        # 同比 compares with the year before: 昨年同期 names it.
        ("今年上半年出口同比增长12%。", "今年上半期の輸出は昨年同期比12%増加した。"),
        # 前年 counts from the past as often as from today.
        ("今年出口增长12%。", "今年の輸出は前年比12%増加した。"),
        # The source names no date counted from today.
        ("2023年出口增长12%。", "昨年の輸出は12%増加した。"),
    ],
)
def test_the_same_relative_date_is_left_alone(zh: str, ja: str) -> None:
    assert [f for f in run_checks(zh, ja) if f.code == RELATIVE] == []


PERIOD = "mistranslation-period"


@pytest.mark.parametrize(
    ("zh", "ja", "flagged"),
    [
        ("上半年全市外贸进出口增长8%。", "下半期の全市の貿易額は8%増加した。", True),
        ("一季度全市外贸进出口增长8%。", "第2四半期の全市の貿易額は8%増加した。", True),
        ("9月份社会消费品零售总额环比增长2%。", "9月の社会消費品小売総額は前年同月比2%増加した。", True),
        ("9月份社会消费品零售总额同比增长2%。", "9月の社会消費品小売総額は前月比2%増加した。", True),
        ("上半年全市外贸进出口增长8%。", "上半期の全市の貿易額は8%増加した。", False),
        ("一季度全市外贸进出口增长8%。", "1～3月期の全市の貿易額は8%増加した。", False),
        ("9月份社会消费品零售总额环比增长2%。", "9月の社会消費品小売総額は前月比2%増加した。", False),
        ("9月份社会消费品零售总额同比增长2%。", "9月の社会消費品小売総額は前年同月比2%増加した。", False),
    ],
)
def test_a_period_of_the_year_or_a_comparison_base_changed(zh: str, ja: str, flagged: bool) -> None:
    assert (PERIOD in [f.code for f in run_checks(zh, ja)]) is flagged


BEFORE_AFTER = "mistranslation-before-after"


@pytest.mark.parametrize(
    ("zh", "ja", "flagged"),
    [
        ("开幕前举行了新闻发布会。", "開幕後に記者会見が行われた。", True),
        ("会议结束后，双方签署了协议。", "会議終了前に、双方は協定に署名した。", True),
        ("访问结束之后，代表团参观了园区。", "訪問に先立ち、代表団は園区を視察した。", True),
        ("开幕前举行了新闻发布会。", "開幕前に記者会見が行われた。", False),
        ("会议结束后，双方签署了协议。", "会議終了後、双方は協定に署名した。", False),
        ("访问结束之后，代表团参观了园区。", "訪問を終え、代表団は園区を視察した。", False),
        # A figure before 后 is a time span, not an event: 三年后 is checked by the number checks.
        ("三年后项目将全面投产。", "3年後にプロジェクトは全面稼働する。", False),
    ],
)
def test_before_rendered_as_after(zh: str, ja: str, flagged: bool) -> None:
    assert (BEFORE_AFTER in [f.code for f in run_checks(zh, ja)]) is flagged


@pytest.mark.parametrize(
    ("zh", "ja", "flagged"),
    [
        # 截至 "as of": the date a count runs to, not the date it starts.
        ("截至2024年底，累计开行班列500列。", "2024年末から、累計500本の列車が運行された。", True),
        ("截至6月30日，已有300家企业入驻。", "6月30日から、300社が入居している。", True),
        ("截至6月30日，已有300家企业入驻。", "6月30日現在、300社が入居している。", False),
        ("截至2024年底，累计开行班列500列。", "2024年末までに累計500本の列車が運行された。", False),
        # 以来 "since": a start, not an end.
        ("自2015年以来，双方贸易额翻了一番。", "2015年まで、双方の貿易額は倍増した。", True),
        ("自2015年以来，双方贸易额翻了一番。", "2015年以来、双方の貿易額は倍増した。", False),
        ("2015年起，双方贸易额翻了一番。", "2015年から、双方の貿易額は倍増した。", False),
    ],
)
def test_as_of_and_since_turned_around(zh: str, ja: str, flagged: bool) -> None:
    assert bool(flags(zh, ja)) is flagged
