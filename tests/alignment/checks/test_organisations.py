"""entity-organisation: one well-known organisation put in the place of another of its kind, and
the short forms, acronyms, longer names and bodies of one organisation that are no such swap."""

from __future__ import annotations

import pytest

from alignment.checks import CHECKS, run_checks
from alignment.checks.organisations import organisations, source_organisations, target_organisations

CODE = "entity-organisation"


def spans(zh: str, ja: str) -> list[str]:
    return [ja[f.start : f.end] for f in run_checks(zh, ja) if f.code == CODE]


def test_the_check_is_registered():
    assert CHECKS[CODE].category == "named_entity"
    assert CHECKS[CODE].severity == "major"


@pytest.mark.parametrize(
    ("zh", "ja", "span"),
    [
        (
            "世卫组织当天发布了新版诊疗指南。",
            "世界貿易機関は同日、新たな診療指針を発表した。",
            "世界貿易機関",
        ),
        ("世界卫生组织呼吁各国加强监测。", "WTOは各国に監視の強化を呼びかけた。", "WTO"),
        (
            "亚洲开发银行上调了对该地区的增长预测。",
            "アジアインフラ投資銀行は同地域の成長予測を引き上げた。",
            "アジアインフラ投資銀行",
        ),
        (
            "联合国教科文组织将古城列入世界遗产名录。",
            "ユニセフは古都を世界遺産リストに登録した。",
            "ユニセフ",
        ),
        (
            "上海合作组织成员国领导人出席会议。",
            "東南アジア諸国連合加盟国の首脳が会議に出席した。",
            "東南アジア諸国連合",
        ),
        ("欧盟委员会周三公布了一揽子方案。", "欧州議会は水曜日に一連の案を公表した。", "欧州議会"),
        (
            "国际奥委会主席出席了开幕式。",
            "国際パラリンピック委員会の会長が開会式に出席した。",
            "国際パラリンピック委員会",
        ),
        ("经合组织预计明年经济增速放缓。", "IMFは来年の経済成長の減速を予想している。", "IMF"),
        ("北约秘书长表示将继续提供支持。", "EUの事務総長は支援を続けると述べた。", "EU"),
        ("国际足联宣布了新的赛制。", "欧州サッカー連盟は新たな大会方式を発表した。", "欧州サッカー連盟"),
    ],
)
def test_an_organisation_put_in_another_s_place_is_flagged(zh: str, ja: str, span: str) -> None:
    assert spans(zh, ja) == [span]


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        # The right rendering, in full, by its acronym or by its katakana name.
        ("世卫组织当天发布了新版诊疗指南。", "世界保健機関は同日、新たな診療指針を発表した。"),
        ("世界卫生组织呼吁各国加强监测。", "WHOは各国に監視の強化を呼びかけた。"),
        ("联合国教科文组织将古城列入世界遗产名录。", "ユネスコは古都を世界遺産リストに登録した。"),
        ("亚行上调了对该地区的增长预测。", "アジア開発銀行は同地域の成長予測を引き上げた。"),
        ("二十国集团峰会在新德里举行。", "主要20か国・地域首脳会議がニューデリーで開かれた。"),
        # The target explains one by another: both named, the source's among them.
        (
            "亚投行行长介绍了银行的运营情况。",
            "アジアインフラ投資銀行（AIIB、アジア開発銀行とは別組織）の総裁が運営状況を説明した。",
        ),
        # The source names both: the one the target keeps is the source's.
        ("世卫组织和世贸组织发表联合声明。", "世界貿易機関が声明を発表した。"),
        # An organisation and a body inside it, either way round.
        ("他在联合国发表讲话。", "彼は国連総会で演説した。"),
        ("他在联合国大会发表讲话。", "彼は国連で演説した。"),
        ("东盟将于下月召开会议。", "ASEAN事務局は来月会議を開く。"),
        ("东盟秘书处发布了报告。", "ASEANは報告書を発表した。"),
        ("欧盟提出了新的减排方案。", "欧州委員会は新たな排出削減案を示した。"),
        ("联合国教科文组织总干事出席。", "国連の事務局長が出席した。"),
        # A short form inside a longer name is that name: 欧盟 of 欧盟委员会, 国連 of 国連総会.
        ("欧盟委员会周三公布了一揽子方案。", "欧州委員会は水曜日に一連の案を公表した。"),
        # Words holding a short form that name no organisation.
        ("华北约有三百万人受灾。", "華北では約300万人が被災し、国連が支援に乗り出した。"),
        ("他参观了世贸中心遗址。", "彼は国連本部と世界貿易センター跡地を訪れた。"),
        (
            "公司将联合国际知名企业共同开发新药，世卫组织表示欢迎。",
            "同社は世界的な企業と新薬を共同開発し、WHOは歓迎した。",
        ),
        ("世卫组织发布报告。", "米国連邦政府と各国連携の下、世界保健機関が報告書を発表した。"),
        # An acronym inside a longer Latin word is not the acronym.
        ("世卫组织发布报告。", "WHOLESALE価格とWHOの報告書。"),
        # No organisation of the source unrendered: one added alone is no swap.
        ("各国代表出席了会议。", "各国とEUの代表が会議に出席した。"),
    ],
)
def test_renderings_and_traps_are_not_flagged(zh: str, ja: str) -> None:
    assert spans(zh, ja) == []


def test_longest_forms_win_and_acronyms_are_whole_words():
    assert [e for e, _, _ in source_organisations("欧盟委员会与联合国儿童基金会")] == [
        "European Commission",
        "UNICEF",
    ]
    assert [e for e, _, _ in target_organisations("国連総会とUNESCO、UN Womenの代表")] == [
        "UN General Assembly",
        "UNESCO",
        "UN Women",
    ]
    assert target_organisations("WHOLESALEとUNIQLO") == ()
    assert source_organisations("双方将联合国际伙伴，联合国有关机构也将参与。") == (("UN", 10, 13),)
    assert target_organisations("米国連邦政府と全国連絡会") == ()
    assert [e for e, _, _ in target_organisations("ヨーロッパ議会と湾岸協力理事会")] == [
        "European Parliament",
        "GCC",
    ]
    assert [e for e, _, _ in target_organisations("G20とG7、主要7ヶ国")] == ["G20", "G7", "G7"]


def test_the_table_is_well_formed():
    table = organisations()
    english = {o.english for o in table}
    assert 60 <= len(table) <= 110
    assert len(english) == len(table)
    for o in table:
        assert o.zh and (o.ja or o.latin), o.english
        assert not o.parent or o.parent in english, o.english
