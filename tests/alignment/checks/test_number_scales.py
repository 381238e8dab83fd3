"""Number defects of real MT beyond a changed digit: scale words, frequencies, counters copied from
the Chinese classifier, respective figures swapped; and the normaliser's robustness on clean text.
Every sentence here was written for these tests."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alignment.checks import run_checks
from alignment.checks.numbers import counter_rules, find_numbers
from tests.alignment.checks.conftest import codes

NUMBER_CODES = {
    "number-mismatch",
    "number-scale",
    "number-multiple",
    "number-frequency",
    "number-counter",
    "number-order",
}


def number_codes(zh: str, ja: str) -> set[str]:
    return codes(zh, ja) & (NUMBER_CODES | {"mistranslation-digits", "addition-number"})


@pytest.mark.parametrize(
    ("zh", "ja", "code"),
    [
        ("销售额增长三成。", "売上高は3%増加した。", "number-scale"),
        ("销售额增长三成。", "売上高は3倍に増加した。", "number-scale"),
        ("港口吞吐量增长近五倍。", "港の取扱量は5割近く増えた。", "number-scale"),
        ("出口额是去年的三倍。", "輸出額は前年の3割だった。", "number-scale"),
        ("利率下调0.25个百分点。", "金利は0.25%引き下げられた。", "number-scale"),
        ("今年出口增长了两位数。", "今年の輸出は2倍の伸びとなった。", "mistranslation-digits"),
        ("论坛每两年举办一次。", "フォーラムは毎年2回開かれる。", "number-frequency"),
        ("运动会每四年举行一次。", "大会は年4回開かれる。", "number-frequency"),
        ("会议每年举行两次。", "会議は2年に1回開かれる。", "number-frequency"),
        ("班车每周运行三次。", "シャトルバスは3週間に1回運行する。", "number-frequency"),
        ("男女生分别为120人和80人。", "男子と女子はそれぞれ80人、120人だった。", "number-order"),
        ("进口和出口分别增长5%和8%。", "輸入と輸出はそれぞれ8%、5%増加した。", "number-order"),
    ],
)
def test_a_figure_whose_size_or_pairing_changes_is_flagged(zh, ja, code):
    assert code in codes(zh, ja)


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        ("全市共有3座大型水库。", "市内には大型ダムが3座ある。"),
        ("共有12家企业参展。", "12軒の企業が出展した。"),
        ("医院共完成手术1200台。", "病院は計1200台の手術を行った。"),
        ("展会期间共签约15个项目。", "展示会期間中に15個のプロジェクトが調印された。"),
        ("共有3位专家出席。", "3位の専門家が出席した。"),
        ("共派出代表团40余批次。", "代表団を延べ40人余り派出した。"),
        ("全县有5所中学。", "県内には5所の中学校がある。"),
        ("新建充电站30个。", "充電ステーションを30個新設した。"),
        ("共有46个国家参加。", "46個の国が参加した。"),
        ("公司新购入无人机12架。", "会社は無人機を12架新たに購入した。"),
        ("新开通国际航线8条。", "国際航路を8条新たに開設した。"),
    ],
)
def test_a_counter_copied_from_the_chinese_classifier_is_flagged(zh, ja):
    flags = [f for f in run_checks(zh, ja) if f.code == "number-counter"]
    assert flags and flags[0].severity == "minor"
    assert ja[flags[0].start : flags[0].end][-1] in "座軒台個位人所架条"


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        # counters that fit the noun, the same character included where Japanese uses it too
        ("该地区有5座山峰海拔超过4000米。", "同地区には標高4000メートルを超える山が5座ある。"),
        ("街上新开了3家餐厅。", "通りにはレストランが3軒新しく開店した。"),
        ("工厂新增生产设备20台。", "工場は生産設備を20台増やした。"),
        ("剧院新购5台演出设备。", "劇場は公演設備を5台新たに購入した。"),
        ("他买了5个苹果。", "彼はリンゴを5個買った。"),
        ("他在比赛中获得第3位。", "彼は試合で3位に入った。"),
        ("该校排名全国前3位。", "同校は全国で上位3位に入った。"),
        ("一共有60余批次代表团来访，共300多人。", "延べ60回余りの代表団、計300人余りが訪れた。"),
        ("共有46个国家和地区参加。", "46か国・地域が参加した。"),
        ("全县有5所中学。", "県内には中学校が5校ある。"),
        # scales rendered in another scale of the same size
        ("这是一个三位数的号码。", "これは3桁の番号だ。"),
        ("利率下调0.25个百分点。", "金利は0.25%ポイント引き下げられた。"),
        ("增速比上年提高1.5个百分点。", "伸び率は前年より1.5ポイント上昇した。"),
        ("销售额增长三成。", "売上高は30%増加した。"),
        ("销售额增长30%。", "売上高は3割増加した。"),
        ("销售额增长了1.5倍。", "売上高は2.5倍になった。"),
        ("销售额增长了1.5倍。", "売上高は150%増加した。"),
        ("出口额同比增长2倍。", "輸出額は前年比3倍となった。"),
        ("近四成受访者表示满意。", "回答者の4割近くが満足していると答えた。"),
        ("利润翻了两番。", "利益は4倍になった。"),
        ("股价下跌了一半。", "株価は50%下落した。"),
        # frequencies said the same way or another
        ("论坛每年举办一次。", "フォーラムは毎年1回開かれる。"),
        ("运动会每四年举行一次。", "大会は4年ごとに開かれる。"),
        ("双方每两年举行一次会晤。", "双方は2年に1回会談を行う。"),
        ("博览会两年一届。", "博覧会は隔年で開催される。"),
        ("班车每周运行三次。", "シャトルバスは週3回運行する。"),
        # respective figures in their order
        ("两地气温分别为25度和18度。", "両地の気温はそれぞれ25度と18度だった。"),
        # ranges, halves, centuries, heights and Chinese units converted
        ("共有七八百人参加。", "700～800人が参加した。"),
        ("两三天后他回来了。", "2、3日後に彼は戻ってきた。"),
        ("会议持续了半小时。", "会議は30分間続いた。"),
        ("这项工程耗时半年。", "この工事には6か月かかった。"),
        ("他在20世纪80年代来到日本。", "彼は1980年代に来日した。"),
        ("他身高1米85。", "彼の身長は185センチだ。"),
        ("粮食产量达到1300亿斤。", "穀物生産量は6500万トン（1300億斤）に達した。"),
        ("项目占地约150亩。", "プロジェクトの敷地面積は約150ムー（約10ヘクタール）だ。"),
        ("失业率下降了0.5个百分点。", "失業率は0.5ポイント低下した。"),
        # the two clocks, and the 百万 of Japanese accounts
        ("比赛于下午3点开始。", "試合は15時に始まった。"),
        ("会议于20点举行。", "会議は午後8時に開かれた。"),
        ("销售额为32亿日元。", "売上高は3,200百万円だった。"),
    ],
)
def test_clean_renderings_are_not_flagged(zh, ja):
    assert not number_codes(zh, ja)


@pytest.mark.parametrize(
    ("zh", "ja", "span"),
    [
        # 增长N倍 states the increase: the new value is (N+1) times the old
        (
            "上半年该港集装箱吞吐量同比增长1.4倍。",
            "上半期の同港のコンテナ取扱量は前年同期の1.4倍に増加した。",
            "1.4倍",
        ),
        (
            "上半年该港集装箱吞吐量同比增长1.4倍。",
            "上半期の同港のコンテナ取扱量は前年同期比1.4倍となった。",
            "1.4倍",
        ),
        ("景区接待游客人数增加了3倍。", "観光地の受け入れ客数は3倍に増えた。", "3倍"),
        ("农民人均收入提高了近两倍。", "農民1人当たりの収入は2倍近くに上がった。", "2倍近く"),
        ("五年来，园区企业数量扩大了一倍。", "5年間で園区の企業数は1倍に拡大した。", "1倍"),
        # 翻两番 quadruples: 2倍 is wrong in any form
        ("到2030年，全市服务贸易额将翻两番。", "2030年までに市のサービス貿易額は2倍になる。", "2倍"),
        ("十年间，该县粮食产量翻了两番。", "10年間で同県の穀物生産量は2倍増となった。", "2倍"),
    ],
)
def test_an_increase_by_n_times_rendered_as_n_times_is_flagged(zh, ja, span):
    flags = [f for f in run_checks(zh, ja) if f.code == "number-multiple"]
    assert [(f.severity, f.category, ja[f.start : f.end]) for f in flags] == [("major", "number", span)]
    assert "倍" in flags[0].message and "%増" in flags[0].message


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        # the increase stated as (N+1)倍 or as a percentage
        (
            "上半年该港集装箱吞吐量同比增长1.4倍。",
            "上半期の同港のコンテナ取扱量は前年同期の2.4倍に増加した。",
        ),
        ("上半年该港集装箱吞吐量同比增长1.4倍。", "上半期の同港のコンテナ取扱量は前年同期比140%増加した。"),
        ("上半年该港集装箱吞吐量同比增长1.4倍。", "上半期の同港のコンテナ取扱量は前年同期比240%となった。"),
        ("五年来，园区企业数量扩大了一倍。", "5年間で園区の企業数は倍増した。"),
        # N倍増 and N倍 before a verb of increase read either way in Japanese: left alone
        (
            "上半年该港集装箱吞吐量同比增长1.4倍。",
            "上半期の同港のコンテナ取扱量は前年同期比1.4倍増となった。",
        ),
        ("景区接待游客人数增加了3倍。", "観光地の受け入れ客数は3倍伸びた。"),
        # a multiple the source states as such
        ("今年的订单量是去年的3倍。", "今年の受注量は前年の3倍だ。"),
        ("订单量增长到去年的3倍。", "受注量は前年の3倍に増えた。"),
        ("订单量相当于去年的3倍，利润增长了3倍。", "受注量は前年の3倍に相当し、利益は4倍になった。"),
        # 翻一番 doubles, 翻两番 quadruples
        ("居民收入比十年前翻了一番。", "住民の収入は10年前の2倍になった。"),
        ("到2030年，全市服务贸易额将翻两番。", "2030年までに市のサービス貿易額は4倍になる。"),
        ("到2030年，全市服务贸易额将翻两番。", "2030年までに市のサービス貿易額は300%増える。"),
    ],
)
def test_an_increase_rendered_as_its_multiple_or_a_multiple_of_the_source_is_not_flagged(zh, ja):
    assert "number-multiple" not in codes(zh, ja)


def test_the_range_and_unit_rules_still_catch_a_wrong_figure():
    assert "number-mismatch" in codes("共有七八百人参加。", "7000人が参加した。")
    assert "number-mismatch" in codes("他身高1米85。", "彼の身長は158センチだ。")
    assert "number-mismatch" in codes("项目占地约150亩。", "敷地面積は約15ムー（約10ヘクタール）だ。")
    assert "number-mismatch" in codes("比赛于下午3点开始。", "試合は16時に始まった。")
    assert "number-mismatch" in codes("销售额为32亿日元。", "売上高は320百万円だった。")


def test_every_counter_rule_is_documented():
    for rule in counter_rules():
        assert rule.copied and rule.use
        assert not set(rule.nouns) & set(rule.exceptions)


_ZH_DIGITS = "零一二三四五六七八九"


def _section(n: int) -> str:
    """A number under 10,000 in Chinese numerals, with 零 for a gap (1005 = 一千零五)."""
    out, gap = "", False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // value % 10
        if digit:
            out += ("零" if gap and out else "") + _ZH_DIGITS[digit] + unit
            gap = False
        else:
            gap = True
    return out


def chinese(n: int) -> str:
    high, low = divmod(n, 10_000)
    text = (_section(high) + "万" + ("零" if 0 < low < 1000 else "")) if high else ""
    return text + _section(low)


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=3, max_value=99_999_999))
def test_chinese_numerals_and_japanese_notations_have_the_same_value(n):
    zh = f"共有{chinese(n)}人参加。"
    man, rest = divmod(n, 10_000)
    kanji_mixed = (f"{man}万" if man else "") + (str(rest) if rest else "")
    full_width = str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    for ja in (
        f"{n}人が参加した。",
        f"{n:,}人が参加した。",
        f"{kanji_mixed}人が参加した。",
        f"{full_width}人が参加した。",
    ):
        assert "number-mismatch" not in codes(zh, ja), (zh, ja)
    assert "number-mismatch" in codes(zh, f"{n * 10}人が参加した。")


@given(st.integers(min_value=1, max_value=9_999), st.integers(min_value=1, max_value=9))
def test_man_notation_with_a_decimal_is_the_same_figure(whole, tenth):
    value = whole * 10_000 + tenth * 1_000
    assert [n.value for n in find_numbers(f"{whole}.{tenth}万人")] == [value]
    assert [n.value for n in find_numbers(f"{value:,}人")] == [value]


@pytest.mark.parametrize(
    ("zh", "ja", "flagged"),
    [
        # A count or an amount that grows by a percentage grows by that percentage, not by points.
        (
            "今年前三季度，全市进出口总额同比增长18%。",
            "今年1～9月、全市の輸出入総額は前年同期比18ポイント増えた。",
            True,
        ),
        (
            "今年前三季度，全市进出口总额同比增长18%。",
            "今年1～9月、全市の輸出入総額は前年同期比18%増えた。",
            False,
        ),
        # A rate named before the figure (in the sentence, not only its clause) may change by points.
        (
            "全市森林覆盖率达到46%，比上年提高0.8%。",
            "全市の森林被覆率は46%に達し、前年より0.8ポイント上昇した。",
            False,
        ),
        ("第三产业占比提高了2.5%。", "第3次産業の比重は2.5ポイント上昇した。", False),
    ],
)
def test_a_percentage_of_a_count_rendered_as_points_is_flagged(zh, ja, flagged):
    assert ("number-scale" in codes(zh, ja)) is flagged
