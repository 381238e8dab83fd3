"""addition-record: a record or a first place the target claims and the source does not."""

import pytest

from alignment.checks import run_checks

CODE = "addition-record"


def spans(zh: str, ja: str) -> list[str]:
    return [ja[f.start : f.end] for f in run_checks(zh, ja) if f.code == CODE]


@pytest.mark.parametrize(
    ("zh", "ja", "span"),
    [
        (
            "今年前三季度，全市外贸进出口额同比增长9.8%。",
            "今年1～9月期の同市の貿易額は前年同期比9.8%増と、過去最高を更新した。",
            "過去最高",
        ),
        (
            "全县共有农民合作社420家。",
            "同県の農民専業合作社は420社で、省内で最多となっている。",
            "省内で最多",
        ),
        (
            "该港集装箱吞吐量达到350万标箱。",
            "同港のコンテナ取扱量は350万TEUに達し、全国トップとなった。",
            "全国トップ",
        ),
    ],
)
def test_a_record_or_a_rank_the_source_does_not_claim(zh: str, ja: str, span: str) -> None:
    assert spans(zh, ja) == [span]


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        (
            "全市外贸进出口额同比增长9.8%，创历史新高。",
            "同市の貿易額は前年同期比9.8%増と、過去最高を更新した。",
        ),
        ("该港集装箱吞吐量居全国首位。", "同港のコンテナ取扱量は全国トップだ。"),
        ("营商环境主要指标达到全国一流水平。", "ビジネス環境の主要指標は全国トップレベルに達した。"),
        (
            "全县共有农民合作社420家，数量为全省最多。",
            "同県の農民専業合作社は420社で、省内で最多となっている。",
        ),
        # 最大 and 最高 alone: a range and a court, no claim of a record.
        ("地震引发了高达10米的海啸。", "地震で最大10メートルの津波が発生した。"),
        ("他被提名为联邦大法官。", "彼は連邦最高裁判所の判事に指名された。"),
    ],
)
def test_a_claim_the_source_makes_or_no_claim_at_all(zh: str, ja: str) -> None:
    assert spans(zh, ja) == []


RANK = "mistranslation-rank"


@pytest.mark.parametrize(
    ("zh", "ja", "span"),
    [
        ("德国已成为该省第二大贸易伙伴。", "ドイツは同省最大の貿易相手となった。", "最大"),
        ("日本是该市第三大客源国。", "日本は同市の首位の観光客送り出し国だ。", "首位"),
        (
            "东盟继续保持该市第一大贸易伙伴地位。",
            "ASEANは引き続き同市初の貿易パートナーの地位を保った。",
            "初の",
        ),
    ],
)
def test_a_rank_rendered_as_another(zh: str, ja: str, span: str) -> None:
    found = [f for f in run_checks(zh, ja) if f.code == RANK]
    assert [(ja[f.start : f.end], f.category) for f in found] == [(span, "mistranslation")]


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        ("德国已成为该省第二大贸易伙伴。", "ドイツは同省第2位の貿易相手となった。"),
        ("德国已成为该省第二大贸易伙伴。", "ドイツは同省で2番目に大きい貿易相手となった。"),
        ("德国已成为仅次于东盟的该省第二大贸易伙伴。", "ドイツはASEANに次ぐ同省の貿易相手となった。"),
        ("东盟继续保持该市第一大贸易伙伴地位。", "ASEANは引き続き同市最大の貿易相手の地位を保った。"),
        # 最も qualifies another word: the rank is not claimed.
        (
            "日本是该市第三大客源国，也是最重要的合作伙伴。",
            "日本は同市3位の観光客送り出し国で、最も重要なパートナーだ。",
        ),
    ],
)
def test_the_same_rank_is_left_alone(zh: str, ja: str) -> None:
    assert [f for f in run_checks(zh, ja) if f.code == RANK] == []


@pytest.mark.parametrize(
    ("zh", "ja", "flagged"),
    [
        ("游客满意度得到提升。", "観光客の満足度が大幅に向上した。", True),
        ("侨胞回乡投资兴业。", "華僑が故郷で多額の投資を行い、事業を興した。", True),
        ("游客满意度大幅提升。", "観光客の満足度が大幅に向上した。", False),
        ("游客满意度明显提升。", "観光客の満足度が著しく向上した。", False),
        ("企业投资5亿元建厂。", "企業は5億元の多額の投資で工場を建設した。", False),
    ],
)
def test_a_degree_the_source_does_not_claim(zh: str, ja: str, flagged: bool) -> None:
    assert ("addition-degree" in [f.code for f in run_checks(zh, ja)]) is flagged


@pytest.mark.parametrize(
    ("zh", "ja", "flagged"),
    [
        # A market share or a class the source does not claim.
        (
            "该公司累计出口地铁车辆超过五百辆。",
            "同社の地下鉄車両の輸出は累計500両を超え、南米市場で最大のシェアを占める。",
            True,
        ),
        ("这是该地区规模较大的展会之一。", "同地域で最大級の展示会の一つだ。", True),
        ("该公司在南美市场份额位居第一。", "同社は南米市場で最大のシェアを占める。", False),
    ],
)
def test_an_added_share_or_class(zh: str, ja: str, flagged: bool) -> None:
    assert ("addition-record" in [f.code for f in run_checks(zh, ja)]) is flagged
