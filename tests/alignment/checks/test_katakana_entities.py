"""A name of the source replaced by an unrelated katakana word; loanwords and names that do render
the source (by meaning through English, or by sound) stay unflagged."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from alignment.checks import run_checks
from alignment.checks.entities import katakana_explained, name_runs, rendered_positions, unrendered_names
from alignment.checks.origins import glossed_in_source, katakana_origins, source_glosses, stem
from alignment.checks.sounds import NAME_CHARS, pinyin_readings, sounds_alike
from tests.alignment.checks.conftest import codes


def _katakana_flags(source: str, target: str) -> list[str]:
    return [target[f.start : f.end] for f in run_checks(source, target) if f.code == "entity-katakana"]


def test_loanword_origin_meets_the_source_glosses():
    assert ("タクシー", "taxi") in katakana_origins("タクシー")
    assert stem("taxi") in source_glosses("尤其是出租车司机")
    assert katakana_explained("タクシー", "尤其是出租车司机")
    assert not katakana_explained("スヌープ", "尤其是出租车司机")


def test_transliterated_name_explained_by_sound():
    assert katakana_explained("スターリング", "但是正是斯特林让曼城队占得先机。")
    assert katakana_explained("フレーク", "经亚利桑那州参议员杰夫·弗雷克促成")
    assert not katakana_explained("ハリケーン", "一辆小轿车反复撞进伦敦德里的一所房屋后，三名男子被捕。")


def test_swapped_transliterated_name_is_flagged_on_its_span():
    zh = "同时政治僵局还在继续，经亚利桑那州参议员杰夫·弗雷克促成，同意 FBI 对该指控进行为期一周的调查。"
    assert (
        _katakana_flags(
            zh, "アリゾナ州選出のジェフ・フレーク上院議員の仲介で、FBIが1週間の捜査を行うことで合意した。"
        )
        == []
    )
    assert _katakana_flags(
        zh, "アリゾナ州選出のジェフ・スターリング上院議員の仲介で、FBIが1週間の捜査を行うことで合意した。"
    ) == ["スターリング"]


def test_swapped_latin_name_is_flagged_on_the_katakana_word():
    zh = "CNN 电视直播拍摄到，他在遭到责骂时呆呆地站着，眼睛低垂了几分钟。"
    assert _katakana_flags(zh, "CNNのライブ放送のなか、誹謗される間、彼は目を閉じて立っていました。") == []
    assert _katakana_flags(
        zh, "スヌープのライブ放送のなか、誹謗される間、彼は目を閉じて立っていました。"
    ) == ["スヌープ"]


def test_place_name_replaced_but_not_when_rendered():
    zh = "他呼吁美国遵守两国领导人在新加坡朝美峰会期间作出的承诺。"
    assert unrendered_names(zh, "彼は米国に対し、シンガポールでの首脳会談中に行われた約束") == ()
    assert unrendered_names(zh, "シンガポールでの首脳会談中に行われた約束") == ("美国",)
    assert (
        _katakana_flags(
            zh, "彼は米国に対し、両首脳がシンガポールでの首脳会談中に行った約束に従うよう求めた。"
        )
        == []
    )
    assert _katakana_flags(
        zh, "彼は米国に対し、両首脳がプンフィールドでの首脳会談中に行った約束に従うよう求めた。"
    ) == ["プンフィールド"]


def test_free_loanword_alone_is_not_a_name_error():
    # A translator's own katakana word (ゴール for 球) with every name of the source rendered.
    zh = "这粒球是在 29 分钟打进的。"
    assert _katakana_flags(zh, "このゴールは29分に決まった。") == []


def test_latin_word_the_source_glosses_needs_no_katakana():
    zh = "Goldsmith 先生告诉“星期日电讯报（Sunday Telegraph）”："
    assert glossed_in_source("Sunday", zh)
    flags = run_checks(zh, "ゴールドスミス氏は日曜日のテレグラフにこう言う。")
    assert not [f for f in flags if f.category == "named_entity"]


def test_accented_and_spanish_names_are_matched():
    zh = "前总统爱德华多·罗德里格斯·贝尔塞（ Eduardo Rodríguez Veltzé） 予以了否定。"
    flags = run_checks(zh, "エドゥアルド・ロドリゲス・ヴェルツェ元大統領は、その考えを否定した。")
    assert not [f for f in flags if f.category == "named_entity"]
    zh = "Oriol Junqueras 是九名加泰罗尼亚领袖之一。"
    flags = run_checks(zh, "オリオール・フンケラスは9人のカタロニア人指導者のうちの1人である。")
    assert not [f for f in flags if f.category == "named_entity"]


def test_one_katakana_word_renders_one_name():
    # クリス is Chris; it cannot also stand for Leslie, replaced here by an unrelated name.
    zh = "克里斯·莱斯利（Chris Leslie） 是 Nottingham East 的议员"
    missing = unrendered_names(zh, "クリス・ダンディーはノッティンガムイーストのMPである")
    assert "Leslie" in missing and "莱斯利" in missing
    assert "Chris" not in missing and "East" not in missing
    assert not unrendered_names(zh, "クリス・レスリーはノッティンガムイーストのMPである")


def test_a_name_inside_a_katakana_compound_is_rendered():
    flags = run_checks("Still Game 电视明星欲踏足餐饮业", "スティルゲームスターがレストラン業界へ")
    assert not [f for f in flags if f.code == "entity-latin"]
    assert katakana_explained("パディントンベア", "《帕丁顿熊》的出版商担心读者")


def test_a_one_character_part_of_a_full_name_is_a_name():
    # 梅 is no transliteration run, but the dot makes it the family name of Theresa May.
    zh = "首相特雷莎·梅在接受“星期日泰晤士报”采访时指责其脱欧计划的反对者"
    assert katakana_explained("メイ", zh)
    assert not katakana_explained("ケンドール", zh)


def test_a_spaced_full_name_renders_one_source_run():
    zh = "美国国务院发言人希瑟诺尔特在本月初的一份声明中说"
    assert "希瑟诺尔特" not in unrendered_names(zh, "同省広報担当者ヘザー ナウアート氏が声明を発表した。")


def test_palatal_pinyin_stands_for_a_foreign_velar():
    # 基夫 is Keefe: the transliteration tables write ki with 基 (ji); 杰克 stays Jack.
    assert pinyin_readings("基夫") == ("jifu", "kifu")
    assert katakana_explained("キーフ", "这是亚当·基夫的球队——贝尔法斯特巨人队本赛季第三次失利")
    assert katakana_explained("ジャック", "杰克·罗斯表示")
    zh = "这是亚当·基夫的球队——贝尔法斯特巨人队本赛季第三次在精英联赛中失利。"
    assert (
        _katakana_flags(zh, "これはアダム・キーフのチームで、ジャイアンツは今季3度目の敗戦を喫した。") == []
    )


def test_a_loanword_spelled_out_with_middle_dots_is_explained_whole():
    zh = (
        "杰克·罗斯，这位42岁的苏格兰人，正在不断努力复兴东北俱乐部，该俱乐部目前在英格兰足球甲级联赛中"
        "排名第三，距离第一名仅差三分。"
    )
    ja = (
        "スコットランドチームの42番である同氏は、ノース・イースト・クラブを復活させようと試みている。"
        "現在、リーグワンで3位に位置し、トップとの点数差は3点となっている。"
    )
    assert "英格兰" in unrendered_names(zh, ja)  # the league is named, not England
    assert _katakana_flags(zh, ja) == []
    # Its parts alone are not dictionary loanwords the source glosses.
    assert not katakana_explained("ノース", zh)


def test_old_style_and_slipped_katakana_still_render_latin_names():
    """チ for ti (チチカカ = Titicaca) is an older transliteration, and マ一ジーサイド is Merseyside
    with a kanji 一 for ー (a typography flag, not a missing name)."""
    zh = "从 Titicaca 湖到 Amazon 的海军基地沿路上涂写着口号。"
    assert "named_entity" not in {
        f.category for f in run_checks(zh, "チチカカ湖からアマゾンへの海軍基地は標語で覆われている。")
    }
    assert "entity-latin" in {
        f.code for f in run_checks(zh, "ボリビア湖からアマゾンへの海軍基地は標語で覆われている。")
    }
    zh = "今天早晨在Merseyside Birkenhead 发现了该女子尸首后，已展开了谋杀调查。"
    flags = run_checks(zh, "今朝、マ一ジーサイドのビルケンヘッドで女性の遺体が発見され、刑事捜査が行われた。")
    assert "typography" in {f.category for f in flags}
    assert "named_entity" not in {f.category for f in flags}


def test_a_two_letter_article_is_not_a_name_to_render():
    zh = "Jacquemus 的La Riviera SS19 精品参加了巴黎时装周。"
    assert (
        unrendered_names(zh, "ジャックムスのリビエラSS19コレクションがパリファッションウィークに登場した。")
        == ()
    )
    assert "AM" in unrendered_names("他所在的党团担心 AM 的头衔。", "党内では議員の呼称が懸念されている。")


def test_english_spellings_katakana_folds():
    # ll is one l, mph is m + p + h across a compound, m before p is ン.
    assert sounds_alike("Beauvillier", "buubiria")
    assert sounds_alike("Hemphill", "henpuhiru")
    assert sounds_alike("Thompson", "tonpuson")
    assert not unrendered_names(
        "与其长期的喜剧搭档Greg Hemphill 共同出演。", "グレッグ・ヘンプヒルと共演する"
    )


def test_a_run_does_not_start_inside_a_word_of_the_sentence():
    assert [n for n, _ in name_runs("由于巴鲁以北，管理苏格兰")] == ["苏格兰"]
    assert [n for n, _ in name_runs("帕特里克·德怀尔")] == ["帕特里克", "德怀尔"]
    # Nor end inside one (英里范围 is 英里 + 范围), nor be common words end to end (许多东西).
    assert name_runs("在10英里范围内") == []
    assert name_runs("他说有许多东西要做") == []


def test_a_run_does_not_start_inside_a_dictionary_word_begun_before_it():
    # 玉林 is a city of its own: 玉林马拉松 is 玉林 + 马拉松 "marathon", no name 林马拉松; and the
    # 罗斯 of 俄罗斯 "Russia" does not begin the name of its capital.
    assert name_runs("玉林马拉松吸引了三万名跑者") == []
    assert [n for n, _ in name_runs("他们访问了俄罗斯明斯克和莫斯科")] == ["明斯克", "莫斯科"]
    zh = "玉林马拉松吸引了三万名跑者，被评为金牌赛事。"
    ja = "玉林マラソンには3万人のランナーが参加し、ゴールドラベル大会に選ばれた。"
    assert unrendered_names(zh, ja) == ()
    assert "entity-katakana" not in codes(zh, ja)


def test_a_name_the_target_writes_as_an_organisations_acronym_is_rendered():
    # FBI names the American bureau whole; CC-CEDICT spells CIA out as its words' initials.
    assert (
        unrendered_names("美国联邦调查局周二逮捕了一名嫌疑人。", "FBIは火曜日、容疑者1人を逮捕した。") == ()
    )
    assert unrendered_names("中央情报局局长周三表示", "CIA長官は水曜日に述べた") == ()
    # Another organisation's acronym renders neither the bureau nor its country.
    assert unrendered_names("美国联邦调查局周二逮捕了一名嫌疑人。", "CNNは火曜日、容疑者1人を逮捕した。") == (
        "美国",
        "联邦调查局",
    )


def test_an_acronym_renders_a_long_name_the_segmenter_cuts():
    # CC-CEDICT holds 联合国开发计划署 whole ("UNDP"); the segmenter cuts 联合国 off it.
    zh = "联合国开发计划署驻华代表出席仪式。"
    assert unrendered_names(zh, "UNDPの駐中国代表が式典に出席した。") == ()
    assert unrendered_names(zh, "WHOの駐中国代表が式典に出席した。") != ()


def test_an_acronym_of_words_the_dictionary_holds_one_by_one():
    # 欧洲 "Europe" + 央行 "central bank" is the ECB; 泛美 + 卫生 + 组织 is PAHO.
    assert unrendered_names("欧洲央行维持利率不变。", "ECBは金利を据え置いた。") == ()
    assert unrendered_names("欧洲央行维持利率不变。", "FRBは金利を据え置いた。") == ("欧洲",)
    zh = "泛美卫生组织呼吁各国加强疫苗接种。"
    assert unrendered_names(zh, "PAHOは各国にワクチン接種の強化を呼びかけた。") == ()


def test_names_japanese_writes_its_own_way():
    # 中俄 as 中ロ, 美洲 as 米州, 欧元区 as ユーロ圏.
    assert unrendered_names("中俄边境贸易持续增长。", "中ロ国境貿易は拡大を続けている。") == ()
    assert unrendered_names("该行美洲业务负责人表示", "同行の米州事業責任者は述べた") == ()
    assert unrendered_names("欧元区通胀率回落。", "ユーロ圏のインフレ率が低下した。") == ()


def test_a_company_named_by_its_own_name_and_a_split_loanword():
    # 德国商业银行 is Commerzbank: the country opens the company's name, which Japanese writes
    # by the company's own (コメルツ銀行); UniDic splits マイクロソフト as micro + soft.
    zh = "德国商业银行宣布裁员。"
    assert "德国" not in unrendered_names(zh, "コメルツ銀行は人員削減を発表した。")
    assert "entity-country" in codes(zh, "フランスの商業銀行は人員削減を発表した。")
    assert unrendered_names("微软发布了新产品。", "マイクロソフトは新製品を発表した。") == ()
    # A tennis major as the Japanese press names it.
    assert unrendered_names("她赢得了澳网冠军。", "彼女は全豪で優勝した。") == ()


def test_a_ministry_named_as_japan_names_its_own():
    # 卫生部 "Ministry of Health" is 保健省; 外交部 is 外務省.
    assert "卫生部" not in unrendered_names("卫生部发布了新的指南。", "保健省は新たな指針を発表した。")
    assert "卫生部" in unrendered_names("卫生部发布了新的指南。", "国防省は新たな指針を発表した。")


def test_a_dictionary_name_inside_a_longer_transcription_sounded_out_whole():
    # 霍尔 "Hall" begins 霍尔果斯 (Khorgos), which the dictionary lacks: ホルゴス sounds it out whole.
    zh = "霍尔果斯口岸今年通行班列突破7000列。"
    assert unrendered_names(zh, "ホルゴス通関地を今年通過した列車は7000本を突破した。") == ()
    assert "霍尔" in unrendered_names(zh, "アラシャンコウ通関地を今年通過した列車は7000本を突破した。")


def test_an_acronym_with_a_figure_renders_the_name_it_abbreviates():
    # CC-CEDICT glosses 一级方程式 "Formula One": F1 writes its initial and its number.
    zh = "当地时间28日，诺里斯在一级方程式比利时大奖赛中夺冠。"
    assert unrendered_names(zh, "F1ベルギー・グランプリは28日に決勝が行われ、ノリスが優勝した。") == ()
    assert "一级方程式" in unrendered_names(
        zh, "F2ベルギー・グランプリは28日に決勝が行われ、ノリスが優勝した。"
    )


def test_a_country_before_a_rendered_place_of_it_is_not_missing():
    # Japanese names the place alone where its country is plain (日本宫城县 as 宮城県).
    zh = "省教育厅与日本宫城县教育委员会联合举办交流项目启动仪式。"
    assert unrendered_names(zh, "省教育庁と宮城県教育委員会は交流プログラムの始動式を共同で開催した。") == ()
    assert unrendered_names("代表团访问了美国加利福尼亚州。", "代表団はカリフォルニア州を訪問した。") == ()
    # The place itself not rendered: the country is still missing.
    assert "日本" in unrendered_names("代表团访问了日本宫城县。", "代表団はフランスを訪問した。")


def test_a_given_name_left_out_as_japanese_does_is_not_missing():
    # Japanese often calls Theresa May メイ; a swapped family name is still caught.
    assert "特雷莎" not in unrendered_names("英国首相特雷莎·梅指责反对者", "英国首相メイが批評を非難")
    assert "特雷莎" in unrendered_names("英国首相特雷莎·梅指责反对者", "英国首相スタートが批評を非難")


def test_a_spaced_full_name_claims_its_words_for_one_name():
    # ジャック・ロス is 杰克·罗斯; its sound cannot also render 苏格兰, replaced by フォーボ.
    source = "杰克·罗斯表示：“我的终极志向是管理苏格兰”"
    assert unrendered_names(
        source, "ジャック・ロス:「私の究極の夢は、フォーボのマネージャーになること」"
    ) == ("苏格兰",)
    assert not unrendered_names(source, "ジャック・ロス:「私の究極の夢は、スコットランドの監督になること」")


def test_a_proper_noun_inside_a_longer_one_is_not_a_name_of_its_own():
    # 西亚 "West Asia" is part of 印度尼西亚 "Indonesia".
    assert not unrendered_names(
        "印度尼西亚旅游岛屿龙目岛发生大地震", "大きな地震がインドネシアの観光地ロンボク島を襲い"
    )


_NAMEISH = st.text(
    alphabet=st.sampled_from(sorted(NAME_CHARS) + list("的了在是，。·于理许多东西范围")), max_size=40
)


@given(_NAMEISH, st.integers(min_value=2, max_value=4))
def test_name_runs_are_name_characters_found_where_they_say(source, shortest):
    for name, start in name_runs(source, shortest):
        assert source[start : start + len(name)] == name
        assert len(name) >= shortest
        assert all(c in NAME_CHARS for c in name)


_KATAKANA_LATIN = st.text(
    alphabet=st.sampled_from([chr(c) for c in range(0x30A1, 0x30FB)] + list("ー・ ABCabc")), max_size=30
)


@given(_NAMEISH.map(lambda s: s + " Smith"), _KATAKANA_LATIN)
def test_rendered_positions_are_offsets_of_the_source(source, target):
    assert all(0 <= i < len(source) for i in rendered_positions(source, target))


def test_an_acronym_is_not_rendered_by_a_long_word_that_holds_its_consonants():
    zh = "在SNL亮相之后坎耶·韦斯特佩戴MAGA帽子回应拥护特朗普的指责。"
    flags = [
        f.message
        for f in run_checks(
            zh, "カニエ・ウェストはSNLでエグザミナーキャップをかぶってトランプ支持をまくしたてた。"
        )
    ]
    assert any("MAGA" in m for m in flags)
    assert not any(
        "MAGA" in m
        for m in (
            f.message
            for f in run_checks(
                zh, "カニエ・ウェストはSNLでMAGAキャップをかぶってトランプ支持をまくしたてた。"
            )
        )
    )


def test_a_loanword_that_translates_a_word_claims_no_name():
    # カウンティ is 县 "county": it cannot also be 马纳提 (manati), swapped for ファッションショー;
    # nor is that compound explained by one part's gloss (ショー "show" by 显示).
    zh = "在皮尼拉斯郡、马纳提县、萨拉索塔市、利县以及科利尔县，仍有出现呼吸道刺激的报道。"
    ja = "ピネラス、{}、サラソタ、リー、コリア・カウンティで、呼吸器の炎症が報告され続けている。"
    assert unrendered_names(zh, ja.format("マナティー")) == ()
    assert "马纳提" in unrendered_names(zh, ja.format("ファッションショー"))
    assert not katakana_explained("ファッションショー", zh + "显示")
    assert _katakana_flags(zh, ja.format("ファッションショー")) == ["ファッションショー"]


def test_a_dictionary_name_inside_a_longer_run_is_the_runs():
    zh = "在希尔斯伯勒县离岸约10英里的地方可以找到这些小面积赤潮区域。"
    assert unrendered_names(zh, "ヒルズボロカウンティの沖約10マイルで見つけられる。") == ()


def test_one_flag_per_segment_names_every_word_that_renders_nothing():
    zh = "一辆小轿车反复撞进伦敦德里的一所房屋后，三名男子被捕。"
    flags = [
        f
        for f in run_checks(zh, "車がハリケーンのスヌープに繰り返し衝突し、3人が逮捕された。")
        if f.code == "entity-katakana"
    ]
    assert len(flags) == 1
    assert "'ハリケーン'" in flags[0].message and "'スヌープ'" in flags[0].message


def test_a_name_is_heard_in_its_dictionary_name_not_in_its_explanation():
    # 李开复 "Kai-Fu Lee (1961-), Taiwanese computer scientist, former president of Google China":
    # ジョーンズ does not sound like China, and 李开复 is a name Japanese must render.
    zh = "李开复表示，美国的研究人员通常需要刻苦努力，才能获得政府资助。"
    assert not katakana_explained("ジョーンズ", zh)
    assert _katakana_flags(
        zh, "米国の研究者は政府の助成金を受けるために一生懸命働く、とジョーンズは述べた。"
    ) == ["ジョーンズ"]
    assert (
        _katakana_flags(zh, "米国の研究者は政府の助成金を受けるために一生懸命働く、とリー氏は述べた。") == []
    )


def test_names_in_ordinary_characters_rendered_as_japanese_renders_them():
    assert unrendered_names("他曾就职于谷歌、微软和苹果公司。", "GoogleやAppleで働いた。") == ("微软",)
    assert unrendered_names("他曾就职于谷歌、微软和苹果公司。", "Google、MicrosoftやAppleで働いた。") == ()
    # Japanese conventions: 米国, 国連総会, a family name and title, a loanword of the gloss.
    assert unrendered_names("美国和联合国大会", "米国と国連総会") == ()
    assert unrendered_names("朝方将于本月与文在寅展开会晤", "北朝鮮は今月、文大統領との会談で") == ()
    assert unrendered_names("计划投资 20 亿美元。", "20億ドルの投資を行う。") == ()
    assert unrendered_names("智利和犹他州", "チリとユタ") == ()  # two katakana are a name too
    # 中华 "China" in a figure of speech is 中国 in Japanese.
    assert unrendered_names("守护“中华水塔”", "「中国の給水塔」を守る") == ()


def test_dates_and_misread_characters_are_not_names():
    # 周六 "Saturday", 九月 "September": dates; 人大 inside 机器人大赛 is not the NPC.
    assert unrendered_names("但上周六，九月三十日", "しかし日曜日、9月30日") == ()
    assert unrendered_names("举办的机器人大赛", "ロボティクスチャレンジ") == ()
    assert unrendered_names("长宁国际精品城区", "長寧の国際的なブティック都市") == ()
    assert unrendered_names("他在人大会议上发言", "彼は会議で発言した") == ("人大",)
    assert unrendered_names("他在人大会议上发言", "彼は全人代の会議で発言した") == ()


def test_a_loanword_is_not_explained_by_a_word_that_merely_shares_its_first_letters():
    # 进行 "to advance" does not gloss アドバンテージ (advantage), swapped for FBI here.
    zh = "为什么卡瓦诺和其共和党支持者不希望联邦调查局进行调查呢?"
    assert stem("advance") != stem("advantage") and stem("manager") == stem("management")
    assert not katakana_explained("アドバンテージ", zh)
    assert _katakana_flags(
        zh, "なぜカバナー氏と彼の共和党支持者はアドバンテージによる捜査を好ましく思っていなかったのか？"
    ) == ["アドバンテージ"]
    assert (
        _katakana_flags(zh, "なぜカバナー氏と彼の共和党支持者はFBIによる捜査を好ましく思っていなかったのか？")
        == []
    )


def test_a_name_that_begins_a_longer_word_is_that_word():
    # 马拉 (Marat) begins 马拉松 "marathon": the seed's ハーフマラソン renders the race, no name.
    zh = "第三届上海国际女子半程马拉松比赛,皆已形成长宁特色的品牌效应。"
    assert (
        unrendered_names(zh, "第3回上海国際女子ハーフマラソンは、長寧のブランディング効果を形成している。")
        == ()
    )


def test_a_capital_standing_for_its_government_is_rendered_by_the_country():
    zh = "中国和俄罗斯提请联合国安理会对平壤方面采取的举措给予正面反馈。"
    ja = "中国とロシアは、国連安全保障理事会が{}がとった措置に報いるべきだと述べた。"
    assert unrendered_names(zh, ja.format("北朝鮮")) == ()
    assert unrendered_names(zh, ja.format("同国")) == ("平壤",)


def test_a_country_is_rendered_by_its_japanese_name_whatever_unidic_says_it_comes_from():
    # UniDic gives ドイツ the origin Duits, not Germany: the encoder knows ドイツ is 德国.
    assert "entity-katakana" not in codes("园区内的德国企业数量很多。", "園内のドイツ企業の数は多い。")
    # A neighbouring country put in its place stays far from the source's.
    zh = "泰国驻广州总领事出席了会议。"
    assert "entity-katakana" in codes(zh, "マレーシアの駐広州総領事が会議に出席した。")


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        ("WHO表示疫情仍在蔓延。", "世界保健機関は、感染がなお広がっていると述べた。"),
        ("今年GDP增长了3%。", "今年の国内総生産は3%増加した。"),
        ("他是该公司的CEO。", "彼は同社の最高経営責任者だ。"),
        ("NASA周三宣布了新的登月计划。", "米航空宇宙局は水曜日、新たな月面着陸計画を発表した。"),
        ("该研究发表在Nature杂志上。", "この研究は科学誌ネイチャーに掲載された。"),
        # A clipping kept in the source, the loanword clipped too (アプリ of application).
        ("请下载“健康码”APP进行登记。", "「健康コード」アプリをダウンロードして登録してください。"),
    ],
)
def test_a_latin_name_rendered_by_its_meaning_is_rendered(zh, ja):
    # Japanese news writes acronyms out in kanji (JMdict glosses the term with the acronym or the
    # words it abbreviates) and English words as their loanword (UniDic's origin).
    assert "entity-latin" not in codes(zh, ja)


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        ("WHO表示疫情仍在蔓延。", "国際通貨基金は、感染がなお広がっていると述べた。"),
        ("CNN报道了这一消息。", "NHKがこのニュースを報じた。"),
        ("该研究发表在Nature杂志上。", "この研究は科学誌サイエンスに掲載された。"),
        # アプローチ starts like the APP of application but is approach, spelled out whole.
        ("请下载“健康码”APP进行登记。", "「健康コード」アプローチをダウンロードして登録してください。"),
    ],
)
def test_a_latin_name_replaced_by_another_is_still_missing(zh, ja):
    assert "entity-latin" in codes(zh, ja)


def test_a_source_with_no_name_leaves_the_target_unread(monkeypatch):
    # No Latin word, transliteration run or dictionary proper noun in the source: no name can be
    # left unrendered, so the target's katakana words are not sounded out nor its places found.
    from alignment.checks import entities  # noqa: PLC0415

    asked: list[str] = []
    real = entities.rendered_place_spans
    monkeypatch.setattr(entities, "rendered_place_spans", lambda s, t: asked.append(s) or real(s, t))
    assert (
        entities.unrendered_names(
            "我们明天一起去买新的电脑。", "私たちは明日一緒に新しいパソコンを買いに行く。"
        )
        == ()
    )
    assert asked == []
    assert entities.unrendered_names("弗雷克昨天买了新的电脑。", "昨日、新しいパソコンを買った。") == (
        "弗雷克",
    )
    assert asked == ["弗雷克昨天买了新的电脑。"]


def test_a_city_japanese_writes_in_its_own_kanji_is_rendered():
    zh = "厦门的一家咖啡店推出了新的菜单。"
    ja = "厦門のあるカフェが新しいメニューを発表した。"
    assert unrendered_names(zh, ja) == ()
    assert "entity-katakana" not in codes(zh, ja)


def test_a_katakana_name_renders_the_accented_name_the_dictionary_gives():
    # CC-CEDICT glosses 哥尼斯堡 "Königsberg": the name is the whole word, not "K".
    zh = "二战前，哥尼斯堡是东普鲁士的首府。"
    ja = "第二次世界大戦前、ケーニヒスベルクは東プロイセンの首都だった。"
    assert unrendered_names(zh, ja) == ()
    assert "entity-katakana" not in codes(zh, ja)


def test_a_unit_after_a_number_explains_its_katakana():
    assert katakana_explained("メートル", "这座电视塔高468米，是全市最高的建筑。")
    assert katakana_explained("リットル", "每人每天限购两升汽油。")


def test_a_geographic_generic_belongs_to_the_name_before_it():
    # 喀尔巴阡山南坡 is the Carpathians' 山 and 南坡 "south slope", not the place 山南.
    zh = "喀尔巴阡山南坡的森林发生火灾。"
    ja = "カルパチア山脈南斜面の森林で火災が発生した。"
    assert unrendered_names(zh, ja) == ()
    assert "entity-katakana" not in codes(zh, ja)
    # Where it stands alone, 山南 is the place.
    assert unrendered_names("山南今年的降雪很多。", "今年は雪が多かった。") == ("山南",)
