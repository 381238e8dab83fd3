"""omission-qualifier, mistranslation-bound, omission-only and their mirrors addition-qualifier and
addition-only: a figure's bound or approximation, or "only", dropped, turned around or added."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from alignment.checks import run_checks

CODE = "omission-qualifier"


def spans(zh: str, ja: str) -> list[str]:
    return [ja[f.start : f.end] for f in run_checks(zh, ja) if f.code == CODE]


@pytest.mark.parametrize(
    ("zh", "ja", "span"),
    [
        ("展会吸引了超过3万名观众。", "展示会には3万人の来場者が訪れた。", "3万"),
        ("新馆总投资约8亿元。", "新館の総投資額は8億元だ。", "8億"),
        ("两国已签署30余项合作文件。", "両国は30件の協力文書に署名した。", "30"),
        ("该市去年接待游客500万人次以上。", "同市は昨年、延べ500万人の観光客を受け入れた。", "500万"),
    ],
)
def test_a_dropped_bound(zh: str, ja: str, span: str) -> None:
    assert spans(zh, ja) == [span]


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        ("展会吸引了超过3万名观众。", "展示会には3万人を超える来場者が訪れた。"),
        ("新馆总投资约8亿元。", "新館の総投資額は約8億元だ。"),
        ("两国已签署30余项合作文件。", "両国は30件余りの協力文書に署名した。"),
        ("该市去年接待游客500万人次以上。", "同市は昨年、延べ500万人以上の観光客を受け入れた。"),
        ("接种率不足60%。", "接種率は60%に満たない。"),
        # Not a bound: a period (近十年来), a word holding 约 (签约), a name holding 多.
        ("这是近十年来最大的一次地震。", "ここ10年で最大の地震だ。"),
        ("这是该队近三个赛季中第二次夺冠。", "同チームの優勝はこの3シーズンで2度目だ。"),
        ("园区集中签约15个项目。", "園区は15件のプロジェクトに一括調印した。"),
        ("现年45岁的门多萨当选。", "45歳のメンドサ氏が当選した。"),
    ],
)
def test_a_bound_rendered_or_none_to_render(zh: str, ja: str) -> None:
    assert spans(zh, ja) == []


BOUND = "mistranslation-bound"


@pytest.mark.parametrize(
    ("zh", "ja", "flagged"),
    [
        ("接种率不足50%。", "接種率は50%以上だ。", True),
        ("参观人数超过5万人次。", "見学者は延べ5万人未満だった。", True),
        ("参观人数超过5万人次。", "見学者は延べ5万人を超えた。", False),
        ("接种率不足50%。", "接種率は50%に満たない。", False),
        # A bound after the next figure is that figure's.
        ("产值从不足10亿元增长到超过300亿元。", "生産額は10億元から300億元超へと拡大した。", False),
    ],
)
def test_a_bound_turned_around(zh: str, ja: str, flagged: bool) -> None:
    assert (BOUND in [f.code for f in run_checks(zh, ja)]) is flagged


@pytest.mark.parametrize(
    ("zh", "ja", "flagged"),
    [
        # 不少于 "no fewer than" is a floor: 少于 inside it is no ceiling.
        ("双方每年将互派不少于20名青年科研人员。", "双方は毎年20人以下の若手研究者を相互に派遣する。", True),
        ("双方每年将互派不少于20名青年科研人员。", "双方は毎年20人以上の若手研究者を相互に派遣する。", False),
        # A bound given as an estimate.
        ("双方每年将互派不少于20名青年科研人员。", "双方は毎年20人程度の若手研究者を相互に派遣する。", True),
        ("参观人数不到5000人。", "見学者は5000人ほどだった。", True),
        ("参观人数约5000人。", "見学者は5000人ほどだった。", False),
    ],
)
def test_a_bound_as_an_estimate(zh: str, ja: str, flagged: bool) -> None:
    assert (BOUND in [f.code for f in run_checks(zh, ja)]) is flagged


ONLY = "omission-only"


@pytest.mark.parametrize(
    ("zh", "ja", "flagged"),
    [
        ("从申报到放行仅用了3天。", "申告から通関まで3日かかった。", True),
        ("全市仅有5家企业获此认证。", "市内で5社がこの認証を取得した。", True),
        ("从申报到放行仅用了3天。", "申告から通関までわずか3日だった。", False),
        ("全市仅有5家企业获此认证。", "この認証を取得したのは市内で5社のみだ。", False),
        # 不仅 "not only" and 只要 "as long as" are no "only" of a figure.
        ("这不仅需要3天，还需要大量资金。", "これには3日かかるうえ、多額の資金も必要だ。", False),
        ("只要3天就能完成。", "3日あれば完成できる。", False),
    ],
)
def test_only_dropped(zh: str, ja: str, flagged: bool) -> None:
    assert (ONLY in [f.code for f in run_checks(zh, ja)]) is flagged


ADDED = "addition-qualifier"


def added(zh: str, ja: str) -> list[str]:
    return [ja[f.start : f.end] for f in run_checks(zh, ja) if f.code == ADDED]


@pytest.mark.parametrize(
    ("zh", "ja", "span"),
    [
        ("展会吸引了3万名观众。", "展示会には約3万人の来場者が訪れた。", "約3万"),
        ("比赛共有30支队伍参加。", "大会にはおよそ30チームが参加した。", "およそ30"),
        ("该项目总投资12亿元。", "同プロジェクトの総投資額は12億元余りに上る。", "12億元余り"),
        ("全市共有养老机构86家。", "市内の高齢者施設は86カ所以上ある。", "86カ所以上"),
        # A figure the target writes with other scale words, or the source full-width.
        (
            "该港去年完成货物吞吐量1.2亿吨。",
            "同港の昨年の貨物取扱量は1億2000万トンを超えた。",
            "1億2000万トンを超え",
        ),
        ("活动吸引了５０００名市民参加。", "イベントには5000人近くの市民が参加した。", "5000人近く"),
        ("平均每次培训持续2小时。", "研修は1回平均2時間程度だ。", "2時間程度"),
        # 达到 "reach" is no bound, and its 到 no range.
        ("两国贸易额达到1000亿美元。", "両国の貿易額は1000億ドル以上に達した。", "1000億ドル以上"),
        # The bound of the other figure of the clause is not this one's.
        ("全市有学校1200所，在校生50万人。", "市内には学校が約1200校あり、在校生は50万人だ。", "約1200"),
    ],
)
def test_a_bound_the_source_does_not_give(zh: str, ja: str, span: str) -> None:
    assert added(zh, ja) == [span]


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        # The source bounds the figure: before, after, or elsewhere in its clause.
        ("展会吸引了约3万名观众。", "展示会には約3万人の来場者が訪れた。"),
        ("两国已签署30余项合作文件。", "両国は30件余りの協力文書に署名した。"),
        (
            "截至目前，全区推广氢燃料电池汽车超过3000辆。",
            "これまでに区全体で普及した燃料電池車は3000台を超えた。",
        ),
        ("年满18岁的公民均可报名。", "18歳以上の市民は誰でも申し込める。"),
        ("平台能在30秒内给出初步答复。", "プラットフォームは30秒以内に一次回答を示せる。"),
        ("进入前3名的选手将获得奖金。", "3位以内に入った選手には賞金が贈られる。"),
        ("降雨量最高可达6英寸。", "降雨量は最大6インチに達する見込みだ。"),
        ("观众人数多达3000人。", "観客は最大3000人に上った。"),
        ("两国贸易额突破1000亿美元。", "両国の貿易額は1000億ドルを超えた。"),
        ("两国贸易额达到1000亿美元。", "両国の貿易額は1000億ドルに達した。"),
        # What a figure will reach may be written as a cap.
        ("员工每年的股息收入将达到500英镑。", "従業員は最大500ポンドの年間配当を受け取る。"),
        ("这座古城已有两千多年历史。", "この古都には2000年以上の歴史がある。"),
        # A range rendered with a floor and a ceiling.
        ("每班学生人数为30到40人。", "1クラスの生徒数は30人以上40人以下だ。"),
        # Not a bound: 約 of 条約 and 契約, 近く "near" a numbered road, a date, "the big three".
        ("两国签署了3项条约。", "両国は条約3件に署名した。"),
        ("双方签订合同100份。", "双方は契約100件を締結した。"),
        ("会场设在国道1号附近。", "会場は国道1号近くに設けられた。"),
        ("距离11月6日的选举还有五周。", "11月6日に迫った選挙まであと5週間だ。"),
        ("本赛季3支球队争夺冠军。", "今季は3強が優勝を争う。"),
        ("会后还剩3张票。", "会の後、チケットが3枚余った。"),
        # An English source.
        ("About 300 people attended.", "約300人が出席した。"),
    ],
)
def test_a_bound_the_source_gives_or_none_added(zh: str, ja: str) -> None:
    assert added(zh, ja) == []


@given(
    figure=st.integers(min_value=3, max_value=99_999),
    unit=st.sampled_from([("人", "人"), ("家", "社"), ("公里", "キロ"), ("个项目", "件のプロジェクト")]),
)
def test_a_bound_on_either_side_is_no_addition(figure: int, unit: tuple[str, str]) -> None:
    zh_unit, ja_unit = unit
    assert added(f"共有约{figure}{zh_unit}。", f"計約{figure}{ja_unit}だ。") == []
    assert added(f"共有{figure}{zh_unit}。", f"計約{figure}{ja_unit}だ。") == [f"約{figure}"]


ONLY_ADDED = "addition-only"


def only_added(zh: str, ja: str) -> list[str]:
    return [ja[f.start : f.end] for f in run_checks(zh, ja) if f.code == ONLY_ADDED]


@pytest.mark.parametrize(
    ("zh", "ja", "span"),
    [
        ("从申报到放行用了3天。", "申告から通関までわずか3日だった。", "わずか3"),
        ("南海区有氢能企业140家。", "南海区の水素エネルギー企業はたった140社だ。", "たった140"),
        ("全市有5家企业获此认证。", "市内でこの認証を取得したのは5社のみだ。", "のみ"),
        ("该政策适用于本市户籍居民。", "この政策は本市の戸籍住民にのみ適用される。", "のみ"),
        ("这里有一个市场区。", "ここには市場エリアが一つしかなかった。", "しか"),
        ("以前在音乐厅里能听到这样的演出。", "以前はコンサートホールでしか聴けなかった。", "しか"),
        ("出口额占全省的3%。", "輸出額は全省の3%に過ぎない。", "に過ぎ"),
    ],
)
def test_only_the_source_does_not_say(zh: str, ja: str, span: str) -> None:
    assert only_added(zh, ja) == [span]


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        # The source restricts: 仅, 只, 短短, 就, 靠.
        ("从申报到放行仅用了3天。", "申告から通関までわずか3日だった。"),
        ("这里只有一个市场区。", "ここには市場エリアが一つしかなかった。"),
        ("短短3天就完成了筹备。", "わずか3日で準備を終えた。"),
        ("展览开幕首日就吸引了3000名观众。", "展覧会は開幕初日だけで3000人が訪れた。"),
        ("过去出门靠走。", "かつて外出は徒歩だけだった。"),
        # Not "only": "not only", "as much as possible", "all the more since", "but",
        # a verb restricted, "by that much", "may well", "approach", "passed", "everyone".
        ("双方在经济和文化领域开展合作。", "双方は経済だけでなく文化の分野でも協力している。"),
        ("我们要尽量减少损失。", "損失をできるだけ減らさなければならない。"),
        ("作为东道主，中国队备受期待。", "開催国だけに中国チームへの期待は大きい。"),
        ("他是学生，但也在工作。", "彼は学生だけど働いてもいる。"),
        ("扫码进入。", "コードを読み取るだけで入れる。"),
        ("投入越多，回报越多。", "投資した分だけ見返りがある。"),
        ("这可能导致对方错过机会。", "相手が機会を見逃しかねない。"),
        ("列车接近终点站。", "列車は終点に差しかかった。"),
        ("搬迁一年后的3月，新馆开放。", "移転から1年たった3月、新館が開館した。"),
        ("感谢日本各界朋友。", "日本のみなさんに感謝する。"),
        ("但他表示反对。", "しかし、彼は反対を表明した。"),
        # "Not only" said with a denial.
        ("这不是一个国家的问题。", "これは一国だけの問題ではない。"),
    ],
)
def test_only_said_or_not_added(zh: str, ja: str) -> None:
    assert only_added(zh, ja) == []
