"""typography-homophone: a Japanese homophone written with the wrong kanji (発行 for 発効)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alignment.checks import CHECKS, run_checks
from alignment.checks.homophones import HOMOPHONES

CODE = "typography-homophone"


def found(zh: str, ja: str) -> list[tuple[str, str | None]]:
    return [(ja[f.start : f.end], f.fix) for f in run_checks(zh, ja) if f.code == CODE]


def test_registered_as_a_typography_check() -> None:
    check = CHECKS[CODE]
    assert check.category == "typography" and check.severity in {"minor", "major"}
    assert not check.linear  # reads MeCab's tokens


def test_the_table_is_a_few_dozen_groups_each_with_a_reason() -> None:
    assert 40 <= len(HOMOPHONES) <= 80
    for group in HOMOPHONES:
        assert group.reason and group.reading and len(group.members) >= 2
        assert len({m.ja for m in group.members}) == len(group.members)
        assert any(m.zh for m in group.members)


@pytest.mark.parametrize(
    ("zh", "ja", "wrong", "right"),
    [
        (
            "两国签署的自由贸易协定将于明年1月1日生效。",
            "両国が署名した自由貿易協定は来年1月1日に発行する。",
            "発行",
            "発効",
        ),
        ("会议讨论了地区安全保障问题。", "会議では地域の安全保証の問題が話し合われた。", "保証", "保障"),
        ("除了东京以外，大阪也将举办展览。", "東京意外に、大阪でも展覧会が開かれる。", "意外", "以外"),
        (
            "当局表示将严肃追究相关企业的责任。",
            "当局は関係企業の責任を厳しく追求すると表明した。",
            "追求",
            "追及",
        ),
        ("该国决定进一步开放金融市场。", "同国は金融市場をさらに解放することを決めた。", "解放", "開放"),
        ("市长作出批示，要求尽快修复道路。", "市長は道路を早急に修復するよう支持した。", "支持", "指示"),
        ("越来越多的商户接受手机支付。", "携帯電話による決裁を受け入れる店舗が増えている。", "決裁", "決済"),
        ("该厂从德国引进了一批先进的机械。", "同工場はドイツから先進的な機会を導入した。", "機会", "機械"),
        (
            "政府出台措施支持实体经济发展。",
            "政府は実態経済の発展を支援する措置を打ち出した。",
            "実態",
            "実体",
        ),
        ("专家在论坛上发表主旨演讲。", "専門家はフォーラムで基調公演を行った。", "公演", "講演"),
        ("今年夏天气候异常。", "今年の夏は気候以上が起きている。", "以上", "異常"),
        ("新规则将从明年起试行。", "新しいルールは来年から施行される。", "施行", "試行"),
    ],
)
def test_a_homophone_with_the_wrong_kanji(zh: str, ja: str, wrong: str, right: str) -> None:
    assert found(zh, ja) == [(wrong, right)]


def test_the_message_says_what_the_source_says_and_how_japanese_writes_it() -> None:
    (flag,) = [f for f in run_checks("该条约已正式生效。", "同条約は正式に発行した。") if f.code == CODE]
    assert "生效" in flag.message and "発効" in flag.message and "発行" in flag.message
    assert flag.category == "typography"


def test_a_traditional_source_is_read_as_well() -> None:
    assert found("政府將加強社會保障體系建設。", "政府は社会保証体系の整備を強化する。") == [("保証", "保障")]


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        # The right kanji.
        ("两国签署的自由贸易协定将于明年1月1日生效。", "両国が署名した自由貿易協定は来年1月1日に発効する。"),
        ("该公司发行了100亿日元的公司债。", "同社は100億円の社債を発行した。"),
        # Compounds of the other member: a warranty is 保証, a security guarantee 安全保障.
        ("这款产品提供两年质量保证。", "この製品には2年間の品質保証が付いている。"),
        ("美方承诺为该国提供安全保证。", "米国は同国の安全保障を約束した。"),
        ("为保障产品质量，工厂引入了检测设备。", "製品の品質を保証するため、工場は検査設備を導入した。"),
        # The source holds words for both members: which renders which is not told.
        ("中国人民解放军坚定支持改革开放。", "中国人民解放軍は改革開放を断固支持している。"),
        ("改革开放释放了巨大的发展活力。", "改革開放は大きな発展の活力を解放した。"),
        # The target writes the sibling too.
        ("该协定生效后，新版护照将开始发放。", "同協定の発効後、新しい旅券の発行が始まる。"),
        # 以上 after a figure renders the source's figure words.
        ("气温异常，超过40度的日子持续了一周。", "気温は異常で、40度以上の日が1週間続いた。"),
        # The member's word inside another word is no word of its own.
        ("他的演讲很精彩。", "彼の講演は非常に素晴らしかった。"),
    ],
)
def test_no_flag(zh: str, ja: str) -> None:
    assert found(zh, ja) == []


def test_a_word_inside_a_longer_word_is_not_the_member() -> None:
    # 過程 stands across 通過 and 程度: no word 過程 in the sentence.
    assert found("这些课程的通过率很高。", "これらの講座の通過程度は高い。") == []


def test_japanese_with_no_source_is_left_alone() -> None:
    assert found("", "同条約は来年発行する。") == []


_PAIRS = [
    (x.ja, y)
    for group in HOMOPHONES
    for x in group.members
    for y in group.members
    if y is not x and y.zh and "(" not in y.zh and "." not in y.zh
]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_PAIRS))
def test_writing_the_fix_anywhere_in_the_target_clears_the_flag(pair) -> None:
    wrong, meant = pair
    zh = f"报告提到了{meant.zh.split('|')[0]}。"
    ja = f"報告は{wrong}に触れた。"
    flags = [f for f in run_checks(zh, ja) if f.code == CODE]
    for flag in flags:
        assert ja[flag.start : flag.end] == wrong
        if flag.fix:
            fixed = ja + f"（{flag.fix}）"
            assert not [f for f in run_checks(zh, fixed) if f.code == CODE and f.fix == flag.fix]
