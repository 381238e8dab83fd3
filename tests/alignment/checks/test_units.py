"""number-unit: the source's figure kept under another unit of the same kind."""

import pytest

from alignment.checks import run_checks

CODE = "number-unit"


def flags(zh: str, ja: str) -> list:
    return [f for f in run_checks(zh, ja) if f.code == CODE]


@pytest.mark.parametrize(
    ("zh", "ja", "span"),
    [
        ("办理时限由原来的5天压缩至4小时。", "処理期限は従来の5日から4日に短縮された。", "4日"),
        ("基金会向当地小学捐赠3万欧元。", "同基金は地元の小学校に3万元を寄付した。", "3万元"),
        ("新建公路全长86公里。", "新設道路の全長は86メートルだ。", "86メートル"),
        ("全年粮食产量达到650万吨。", "年間の穀物生産量は650万キログラムに達した。", "650万キログラム"),
        ("项目总投资12亿元。", "プロジェクトの総投資額は12億円だ。", "12億円"),
        ("展览将持续两个月。", "展示会は2週間続く。", "2週間"),
    ],
)
def test_a_figure_under_another_unit(zh: str, ja: str, span: str) -> None:
    found = flags(zh, ja)
    assert [(ja[f.start : f.end], f.category) for f in found] == [(span, "number")]


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        # Converted for the reader: the figure changes with the unit.
        ("项目总投资12亿元（约合240亿日元）。", "プロジェクトの総投資額は12億元（約240億円）だ。"),
        ("新建公路全长86公里。", "新設道路の全長は86キロだ。"),
        ("新建公路全长86公里。", "新設道路の全長は86kmだ。"),
        ("全年粮食产量达到650万吨。", "年間の穀物生産量は650万トンに達した。"),
        # The target's unit is the source's too, for another figure of the same value.
        ("培训为期3天，每天授课3小时。", "研修は3日間で、毎日3時間の講義を行う。"),
        # Not a unit: an anniversary, a date, a fraction.
        ("今年是两市结好5周年。", "今年は両市の友好提携5周年にあたる。"),
        ("会议于2024年举行。", "会議は2024年に開かれた。"),
        ("三分之一的企业在3年内实现盈利。", "3分の1の企業が3年以内に黒字化した。"),
        ("两国元首举行会谈。", "両国首脳が会談を行った。"),
    ],
)
def test_the_same_quantity_is_left_alone(zh: str, ja: str) -> None:
    assert flags(zh, ja) == []


def test_mu_is_no_acre() -> None:
    # 亩 (mu, about 667 m²) rendered エーカー (about 4,047 m²): another quantity.
    flagged = [
        f.code
        for f in run_checks("全市牡丹种植面积超过4万亩。", "市内の牡丹の栽培面積は4万エーカーを超えた。")
    ]
    assert "number-unit" in flagged
    assert "number-unit" not in [
        f.code for f in run_checks("全市牡丹种植面积超过4万亩。", "市内の牡丹の栽培面積は4万ムーを超えた。")
    ]
    assert "number-unit" not in [
        f.code for f in run_checks("农场面积达500英亩。", "農場の面積は500エーカーに達する。")
    ]
