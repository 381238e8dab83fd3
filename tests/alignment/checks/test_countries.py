"""Countries and regions put in one another's place (entity-country), and the abbreviations, cities
and longer names that must not be read as such a swap."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from alignment.checks import CHECKS, run_checks
from alignment.checks.countries import _forms, mentions, places, rendered_place_spans, swapped_places
from tests.alignment.checks.conftest import codes

COUNTRY = "entity-country"


def spans(source: str, target: str) -> list[str]:
    return [target[f.start : f.end] for f in run_checks(source, target) if f.code == COUNTRY]


def test_the_check_is_registered():
    assert COUNTRY in CHECKS
    assert CHECKS[COUNTRY].category == "named_entity"


def test_a_neighbouring_country_put_in_place_of_the_source_s_is_flagged():
    zh = "越南副总理在会上介绍了两国农业合作的成果。"
    assert spans(zh, "会議でタイの副首相が両国の農業協力の成果を紹介した。") == ["タイ"]
    assert spans(zh, "会議でベトナムの副首相が両国の農業協力の成果を紹介した。") == []


def test_countries_a_syllable_apart_are_told_apart():
    zh = "这位来自奥地利的小提琴家明年将再次访华。"
    assert spans(zh, "オーストラリア出身のこのバイオリニストは来年再び訪中する。") == ["オーストラリア"]
    assert spans(zh, "オーストリア出身のこのバイオリニストは来年再び訪中する。") == []


def test_a_region_split_into_two_is_flagged():
    zh = "公司计划扩大在中东欧和东南亚的业务。"
    assert spans(zh, "同社は中東・欧州と東南アジアでの事業拡大を計画している。") == ["中東"]
    assert spans(zh, "同社は中東欧と東南アジアでの事業拡大を計画している。") == []
    # The longest name wins where a shorter one ends inside it: 其中东南亚 is 其中 + 东南亚.
    assert swapped_places("其中东南亚客商最多。", "中でも東南アジアのバイヤーが最も多い。") == ([], [])


def test_abbreviations_render_and_imply_countries():
    # Bilateral compounds and words that take a country, on either side.
    assert spans("中美两国外长举行了会谈。", "米中外相が会談した。") == []
    assert spans("他曾任驻泰大使。", "彼はかつて在タイ大使を務めた。") == []
    assert spans("法方代表出席了会议。", "フランス側の代表が会議に出席した。") == []
    # An abbreviation several countries share stands for the one the source also names in full.
    added, _ = swapped_places(
        "新加坡总理说，中新合作前景广阔。",
        "シンガポールの首相は、中国とニュージーランドの協力の展望は広いと述べた。",
    )
    assert [e for e, _, _ in added] == ["New Zealand"]


def test_a_country_added_alone_is_no_swap():
    # A translator names the country of a city, or adds one the context gives: nothing is missing.
    assert spans("他在布达佩斯发表了演讲。", "彼はハンガリーの首都ブダペストで演説した。") == []
    assert spans("比赛吸引了许多外国游客。", "試合にはイタリアなどから多くの外国人観光客が訪れた。") == []


def test_china_is_implied_and_never_missing():
    assert (
        spans("我国将继续扩大开放，欢迎日本企业投资。", "日本企業の投資を歓迎し、開放を拡大し続ける。") == []
    )


def test_names_inside_longer_words_are_not_countries():
    _, ja = _forms()
    assert mentions("インドアスポーツとマリアさん", ja) == []
    assert [e for e, _, _ in mentions("インドとインドネシア", ja)] == ["India", "Indonesia"]
    # 西亚 (West Asia) inside 波利尼西亚 (Polynesia) is named by neither side.
    assert spans("长宁与法属波利尼西亚的城市结好。", "長寧区はフランス領ポリネシアの都市と提携した。") == []
    # A city's name holds its country's characters: 巴西利亚 is Brasília, not Brazil.
    assert swapped_places("会议在巴西利亚举行。", "会議はブラジリアで開かれた。") == ([], [])


def test_the_table_is_well_formed():
    table = places()
    assert len([p for p in table if p.kind == "country"]) >= 190
    assert all(p.zh and p.ja for p in table)
    assert len({p.english for p in table}) == len(table)


_ALPHABET = "中东南西北亚欧美日泰国越印度尼インドネシアタイマリーオストラ・の人と"


@given(st.text(alphabet=_ALPHABET, max_size=30))
def test_mentions_lie_inside_the_text_and_never_overlap(text: str):
    for forms in _forms():
        found = mentions(text, forms)
        covered: set[int] = set()
        for _, start, end in found:
            assert 0 <= start < end <= len(text)
            assert covered.isdisjoint(range(start, end))
            covered.update(range(start, end))


@given(st.text(alphabet=_ALPHABET, max_size=30), st.text(alphabet=_ALPHABET, max_size=30))
def test_a_segment_gets_one_country_flag_at_most_inside_the_target(source: str, target: str):
    # Whatever the text, the check returns one flag at most, inside the target.
    flags = [f for f in run_checks(source, target) if f.code == COUNTRY]
    assert len(flags) <= 1
    for f in flags:
        assert f.start is not None and f.end is not None and 0 <= f.start < f.end <= len(target)


def test_a_place_rendered_in_japanese_is_no_missing_name_for_the_katakana_check():
    # 欧洲 as 欧州 and 尼日利亚拉各斯 as ナイジェリアのラゴス are rendered: the loanwords beside them
    # (コンクール, リードタイム) replace no name. Both were flagged as swaps before.
    zh = "该乐团近年来多次赴欧洲巡演，还举办了国际钢琴比赛。"
    ja = "同楽団は近年たびたび欧州で公演し、国際ピアノコンクールも開催した。"
    assert "entity-katakana" not in {f.code for f in run_checks(zh, ja)}
    zh = "这家企业在尼日利亚拉各斯设立了仓库，缩短了交货周期。"
    ja = "同社はナイジェリアのラゴスに倉庫を設け、納品のリードタイムを短縮した。"
    assert "entity-katakana" not in {f.code for f in run_checks(zh, ja)}
    assert rendered_place_spans("被西班牙政府视为非法", "マドリードによって違法とされた") == ((1, 4),)
    assert rendered_place_spans("中欧合作", "中国と欧州の協力") == ((0, 2),)
    assert rendered_place_spans("中欧合作", "日本の協力") == ((0, 2),)  # China is always rendered
    assert rendered_place_spans("德国企业", "日本企業") == ()


def test_an_abbreviation_read_as_the_wrong_one_of_its_countries_is_flagged():
    # 新 stands for Singapore or New Zealand; beside 新加坡 it is Singapore.
    zh = "新加坡外长表示，中新两国将加强金融合作。"
    assert spans(zh, "シンガポールの外相は、中国とニュージーランドが金融協力を強化すると述べた。") == [
        "ニュージーランド"
    ]
    assert spans(zh, "シンガポールの外相は、中国とシンガポールが金融協力を強化すると述べた。") == []
    # With no full name beside it, the abbreviation may stand for either: no flag.
    assert spans("中新两国将加强金融合作。", "中国とニュージーランドが金融協力を強化する。") == []
    # 巴 is Pakistan beside 巴基斯坦, not Brazil.
    zh = "巴基斯坦总理访华期间，中巴签署了多项协议。"
    assert spans(zh, "パキスタン首相の訪中期間中、中国とブラジルは複数の協定に署名した。") == ["ブラジル"]


def test_the_partner_of_a_pair_with_china_read_as_another_place():
    zh = "论坛聚焦中非农业合作。"
    wrong = [
        f
        for f in run_checks(zh, "フォーラムは中央アフリカの農業協力に焦点を当てた。")
        if f.code == "entity-country"
    ]
    assert len(wrong) == 1 and "非 (Africa)" in wrong[0].message
    assert "entity-country" not in codes(zh, "フォーラムは中国・アフリカの農業協力に焦点を当てた。")
    assert "entity-country" not in codes(zh, "フォーラムは中国とアフリカの農業協力に焦点を当てた。")
    # 非 of 非欧盟 ("non-EU") and 特 of a name are no places: nothing is missing beside the 米国 added.
    assert "entity-country" not in codes(
        "特朗普说，非欧盟买家增加。", "トランプ米国大統領は、EU域外の買い手が増えたと述べた。"
    )


def test_a_city_the_source_does_not_name_beside_its_country():
    zh = "来自法国的游客玛丽说，这里的美食让她难忘。"
    ja = "フランス・パリから来た観光客のマリーさんは、ここの料理が忘れられないと話した。"
    flags = [f for f in run_checks(zh, ja) if f.code == "addition-place"]
    assert [ja[f.start : f.end] for f in flags] == ["パリ"]
    assert "addition-place" not in codes(
        zh, "フランスから来た観光客のマリーさんは、ここの料理が忘れられないと話した。"
    )
    assert "addition-place" not in codes(
        "来自法国巴黎的游客玛丽说，这里的美食让她难忘。",
        "フランス・パリから来た観光客のマリーさんは、ここの料理が忘れられないと話した。",
    )
    # A city standing for its country's government is the translator's metonymy.
    assert "addition-place" not in codes("美国对此表示谨慎。", "ワシントンはこれに慎重な姿勢を示した。")


def test_a_japanese_name_of_two_regions_renders_either():
    """南米 is South America, and Japanese also writes it loosely for Latin America: it renders
    both, and names neither when the source has the other."""
    assert (
        spans("专家说，拉美多国今年雨季提前到来。", "専門家によると、南米の多くの国で今年は雨季が早まった。")
        == []
    )
    assert spans("干旱使南美洲的粮食产量下降。", "干ばつで南米の穀物生産量が減少した。") == []
    assert spans("干旱使南美洲的粮食产量下降。", "干ばつでアフリカの穀物生産量が減少した。") == ["アフリカ"]


def test_a_football_league_names_its_country():
    # 意甲 is Italy's first division: イタリア renders it, whatever else the source leaves out.
    zh = "他效力于意甲球队，去年随队夺得欧洲联赛冠军。"
    assert spans(zh, "彼はイタリア・セリエAのチームに所属し、昨年ヨーロッパリーグで優勝した。") == []
    zh = "他效力于德甲球队，去年随队夺得欧洲联赛冠军。"
    assert spans(zh, "彼はイタリア・セリエAのチームに所属し、昨年ヨーロッパリーグで優勝した。") == [
        "イタリア"
    ]


def test_a_pair_of_abbreviations_japanese_does_not_write_is_flagged():
    # Japanese abbreviates Laos and Kazakhstan to no kanji: 中老 is ラオスと中国, and 老中 is a
    # shogun's elder.
    zh = "中老两国在铁路领域合作密切。"
    assert spans(zh, "老中両国は鉄道分野で緊密に協力している。") == ["老中"]
    assert spans(zh, "中老両国は鉄道分野で緊密に協力している。") == ["中老"]
    assert spans(zh, "中国とラオスの両国は鉄道分野で緊密に協力している。") == []
    # Pairs Japanese writes (中韓), and the Middle East, are no copy.
    assert spans("中韩两国合作密切。", "中韓両国は緊密に協力している。") == []
    assert spans("中东经济稳步发展。", "中東経済は着実に発展している。") == []


@pytest.mark.parametrize(
    ("zh", "ja", "span"),
    [
        (
            "越南驻华大使馆商务参赞出席了开幕式。",
            "在ベトナム中国大使館の商務参事官が開幕式に出席した。",
            "在ベトナム",
        ),
        ("驻广州日本总领事馆领事应邀出席。", "在日本広州総領事館の領事が招きに応じて出席した。", "在日本"),
        ("中国驻埃及大使馆举行招待会。", "在中国エジプト大使館がレセプションを開いた。", "在中国"),
    ],
)
def test_a_mission_placed_in_its_own_country(zh: str, ja: str, span: str) -> None:
    flags = [f for f in run_checks(zh, ja) if f.code == "mistranslation-mission"]
    assert [(ja[f.start : f.end], f.category) for f in flags] == [(span, "mistranslation")]


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        ("越南驻华大使馆商务参赞出席了开幕式。", "在中国ベトナム大使館の商務参事官が開幕式に出席した。"),
        ("越南驻华大使馆商务参赞出席了开幕式。", "ベトナム駐中国大使館の商務参事官が開幕式に出席した。"),
        ("驻广州日本总领事馆领事应邀出席。", "在広州日本総領事館の領事が招きに応じて出席した。"),
        ("中国驻埃及大使馆举行招待会。", "在エジプト中国大使館がレセプションを開いた。"),
        # no owner named: 驻埃及大使馆 is China's, and nothing can be swapped.
        ("驻埃及大使馆举行招待会。", "在エジプト大使館がレセプションを開いた。"),
    ],
)
def test_a_mission_in_its_host_country_is_left_alone(zh: str, ja: str) -> None:
    assert [f for f in run_checks(zh, ja) if f.code == "mistranslation-mission"] == []


def test_a_city_the_source_abbreviates_is_the_source_s():
    # 在京 "in Beijing", 来沪 "to Shanghai": the target writes the city's name out.
    assert "addition-place" not in codes("中国国际展览会在京开幕", "中国国際展覧会が北京で開幕")
    assert "addition-place" not in codes("中国企业代表团来沪考察。", "中国の企業代表団が上海を視察した。")
    assert "addition-place" in codes("中国国际展览会开幕", "中国国際展覧会が北京で開幕")


def test_a_tie_is_no_thailand():
    # 并列第三 → 3位タイ, 追平纪录 → タイ記録: the katakana word tie, not the country.
    for zh, ja in (
        ("日本选手并列第三。", "日本の選手が3位タイに入った。"),
        ("她追平了世界纪录。", "彼女は世界タイ記録に並んだ。"),
        ("中国队暂列首位。", "中国チームが首位タイに立った。"),
    ):
        assert "entity-country" not in codes(zh, ja), ja
    assert "entity-country" in codes("越南队获得第三名。", "タイのチームが3位に入った。")
    assert "entity-country" not in codes("中东部地区降雨增多。", "中東部地域で雨が増えた。")


def test_china_s_partner_swapped_in_a_two_character_pair():
    # 中芬 "China and Finland" rendered 中仏 "China and France", Finland in full elsewhere.
    zh = "芬兰驻华大使表示，这一项目是中芬两国合作的又一重要成果。"
    ja = "フィンランドの駐中国大使は、このプロジェクトは中仏両国の協力のもう一つの重要な成果だと述べた。"
    flags = [f for f in run_checks(zh, ja) if f.code == "entity-country"]
    assert [ja[f.start : f.end] for f in flags] == ["中仏"]
    for fine in (
        "フィンランドの駐中国大使は、このプロジェクトは中芬両国の協力のもう一つの重要な成果だと述べた。",
        "フィンランドの駐中国大使は、このプロジェクトは中国とフィンランドの協力の成果だと述べた。",
    ):
        assert "entity-country" not in codes(zh, fine), fine
    assert "entity-country" not in codes("中美关系稳定。", "米中関係は安定している。")


def test_a_mission_placed_by_a_one_character_abbreviation() -> None:
    # 在日 is "in Japan": 日本驻华大使馆 rendered 在日中国大使館 swaps the two countries.
    zh = "日本驻华大使馆公使发表视频致辞。"
    assert [
        f
        for f in run_checks(zh, "在日中国大使館の公使がビデオメッセージを寄せた。")
        if f.code == "mistranslation-mission"
    ]
    assert not [
        f
        for f in run_checks(zh, "在中国日本大使館の公使がビデオメッセージを寄せた。")
        if f.code == "mistranslation-mission"
    ]
