"""omission-qualifier: a figure's bound or approximation dropped."""

import pytest

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
