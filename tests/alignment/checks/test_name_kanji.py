"""Names in the wrong characters: a foreign name left in Chinese transcription characters, and a
place written with another character of the same Mandarin sound."""

from __future__ import annotations

import pytest

from alignment.checks import name_kanji, run_checks, run_document_checks
from alignment.checks.name_kanji import foreign_names, homophones, simplified
from tests.alignment.checks.conftest import codes


def spans(code: str, source: str, target: str) -> list[str]:
    return [target[f.start : f.end] for f in run_checks(source, target) if f.code == code]


TRANSCRIPTION = "entity-transcription"
HOMOPHONE = "entity-homophone-place"
PERSON = "entity-homophone-name"


def test_a_dotted_foreign_name_copied_in_kanji_is_flagged():
    zh = "美国国务卿安东尼·布林肯昨天访问了北京。"
    assert spans(TRANSCRIPTION, zh, "米国のアントニー・布林肯国務長官は昨日北京を訪問した。") == ["布林肯"]
    assert spans(TRANSCRIPTION, zh, "米国のアントニー・ブリンケン国務長官は昨日北京を訪問した。") == []


def test_a_dotted_name_in_characters_outside_the_transcription_class_is_flagged():
    # A Thai name written with 素 and 猜 and glued to the title before it: the dot marks it.
    zh = "泰国商会会长素拉猜·巴莫在会上致辞。"
    assert foreign_names(zh) == ("素拉猜", "巴莫")
    assert spans(TRANSCRIPTION, zh, "タイ商工会議所の素拉猜・巴莫会頭が会議であいさつした。") == [
        "素拉猜",
        "巴莫",
    ]
    assert spans(TRANSCRIPTION, zh, "タイ商工会議所のスラチャイ・パモ会頭が会議であいさつした。") == []
    # A dot between Chinese words joins no foreign name.
    assert foreign_names("中国·东盟博览会在南宁开幕。") == ()


def test_a_country_the_dictionary_knows_copied_in_kanji_is_flagged():
    zh = "代表团上周访问了哈萨克斯坦。"
    assert spans(TRANSCRIPTION, zh, "代表団は先週、哈薩克斯坦を訪問した。") == ["哈薩克斯坦"]
    assert spans(TRANSCRIPTION, zh, "代表団は先週、カザフスタンを訪問した。") == []


def test_a_transcription_glossed_with_its_latin_name_is_kept_on_purpose():
    zh = "比亚迪等品牌在欧洲的市场份额持续扩大。"
    assert spans(TRANSCRIPTION, zh, "比亜迪（BYD）などのブランドは欧州でシェアを拡大し続けている。") == []
    assert spans(TRANSCRIPTION, zh, "比亜迪などのブランドは欧州でシェアを拡大し続けている。") == ["比亜迪"]


def test_names_japanese_writes_in_kanji_are_not_transcriptions():
    # A Chinese person's name of three characters the dictionary does not know as foreign, and a
    # place the dictionary explains by Chinese places.
    assert foreign_names("副市长马丽娜出席了仪式。") == ()
    assert spans(TRANSCRIPTION, "副市长马丽娜出席了仪式。", "馬麗娜副市長が式典に出席した。") == []
    assert "乌鲁木齐" not in foreign_names("代表团访问了乌鲁木齐。")


def test_a_county_the_dictionary_locates_in_a_chinese_region_is_no_transcription():
    # Burang and Kashgar are glossed by their Tibetan and Uyghur names, which their Mandarin
    # reading does not start, but the dictionary puts them in Tibet and Xinjiang.
    zh = "普兰县和喀什市的医生参加了培训。"
    assert spans(TRANSCRIPTION, zh, "普蘭県とカシュガル市の医師が研修に参加した。") == []
    assert spans(TRANSCRIPTION, zh, "普蘭県と喀什市の医師が研修に参加した。") == []
    assert spans(TRANSCRIPTION, "代表团访问了吉隆坡。", "代表団は吉隆坡を訪問した。") == ["吉隆坡"]


def test_a_place_with_a_homophone_character_is_flagged():
    zh = "代表团访问了浙江省湖州市。"
    assert spans(HOMOPHONE, zh, "代表団は浙江省胡州市を訪問した。") == ["胡州"]
    assert spans(HOMOPHONE, zh, "代表団は浙江省湖州市を訪問した。") == []


def test_a_person_with_a_homophone_character_is_flagged():
    # Before a title or a verb of saying the name's length is known; after a title it is two or
    # three characters, and the target's own spelling settles which.
    zh = "副区长周海燕表示，将进一步优化营商环境。"
    assert spans(PERSON, zh, "周海雁副区長は、ビジネス環境をさらに改善すると述べた。") == ["周海雁"]
    assert spans(PERSON, zh, "周海燕副区長は、ビジネス環境をさらに改善すると述べた。") == []
    zh = "市卫健委主任许静出席并讲话。"
    assert spans(PERSON, zh, "市衛生健康委員会の許敬主任が出席してあいさつした。") == ["許敬"]
    assert spans(PERSON, zh, "市衛生健康委員会の許静主任が出席してあいさつした。") == []
    # The fix writes the source's name in Japanese forms.
    flags = [
        f for f in run_checks(zh, "市衛生健康委員会の許敬主任が出席してあいさつした。") if f.code == PERSON
    ]
    assert [f.fix for f in flags] == ["許静"]


def test_a_three_character_name_closed_by_punctuation_is_read_whole():
    # 书记李振宇、: nothing follows the third character, so the name is all three, and 李振 in the
    # target is the start of the wrong name, not a two-character spelling of it.
    zh = "市委书记李振宇、市长张伟出席会议。"
    assert spans(PERSON, zh, "李振雨市党委書記と張偉市長が会議に出席した。") == ["李振雨"]
    assert spans(PERSON, zh, "李振宇市党委書記と張偉市長が会議に出席した。") == []


def test_a_word_ending_before_a_place_unit_is_no_place():
    # 全县农村 is 县 + 农村 ("countryside"): no place 县农 to split into 県の農.
    zh = "2023年，全县农村居民人均可支配收入达到14862元。"
    assert name_kanji.chinese_names(zh) == ()
    assert (
        spans("entity-split-name", zh, "2023年、全県の農村住民1人当たり可処分所得は1万4862元に達した。") == []
    )


def test_a_person_is_not_read_into_the_words_after_the_name():
    # 市长王明是… could be 王明 or 王明是: the target's 王明 settles it, and 王明市 is no other name.
    assert spans(PERSON, "市长王明是这次活动的发起人。", "王明市長はこの活動の発起人だ。") == []
    # Another character that does not sound the same is not this check's (a different person or a
    # rendering of a title).
    assert spans(PERSON, "市长王明是这次活动的发起人。", "王光市長はこの活動の発起人だ。") == []
    # Japanese forms of the same characters are the same name.
    assert spans(PERSON, "区长刘广泽会见了客人。", "劉広沢区長は客と会見した。") == []


def test_other_forms_of_the_same_character_are_not_homophones():
    assert spans(HOMOPHONE, "他走访了广东省广州市的乡镇。", "彼は広東省広州市の郷鎮を訪れた。") == []
    assert spans(HOMOPHONE, "吴区和泽州", "呉区と沢州") == []


@pytest.mark.parametrize(("a", "b", "same"), [("冈", "岗", True), ("湖", "胡", True), ("湖", "河", False)])
def test_homophones_share_a_toneless_reading(a: str, b: str, same: bool):
    assert homophones(a, b) is same


def test_simplified_keeps_offsets():
    text = "広州・涼山の沢"
    assert len(simplified(text)) == len(text)
    assert simplified(text) == "广州·凉山の泽"


SPLIT = "entity-split-name"


def test_a_person_name_translated_into_ordinary_words_is_flagged():
    zh = "副市长高山出席了开幕式。"
    assert spans(SPLIT, zh, "高い山副市長が開幕式に出席した。") == ["高い山"]
    assert spans(SPLIT, zh, "高山副市長が開幕式に出席した。") == []


def test_a_place_name_translated_into_ordinary_words_is_flagged():
    zh = "代表团访问了黄石市。"
    assert spans(SPLIT, zh, "代表団は黄色い石市を訪問した。") == ["黄色い石"]
    assert spans(SPLIT, zh, "代表団は黄石市を訪問した。") == []


def test_characters_of_two_words_are_no_name():
    # 全国区县 is 全国 + 区县: 国区 is not a place before 县.
    assert spans(SPLIT, "他们来自全国区县。", "彼らは全国の区・県から来た。") == []


def test_a_two_character_name_the_dictionary_knows_as_foreign_is_flagged():
    zh = "市长随后前往伦敦参加论坛。"
    assert spans(TRANSCRIPTION, zh, "市長はその後、倫敦へ向かいフォーラムに参加した。") == ["倫敦"]
    assert spans(TRANSCRIPTION, zh, "市長はその後、ロンドンへ向かいフォーラムに参加した。") == []


def test_a_name_the_dictionary_reads_in_mandarin_is_of_the_chinese_world():
    # CC-CEDICT glosses 宁波 as "Ningbo ...", its own Mandarin reading: Japanese writes 寧波.
    assert spans(TRANSCRIPTION, "代表团访问了宁波。", "代表団は寧波を訪問した。") == []


def test_a_name_inside_an_untranslated_copy_is_left_to_the_untranslated_checks():
    zh = "市长随后前往伦敦参加论坛。"
    assert spans(TRANSCRIPTION, zh, "市長はその後、前往伦敦参加论坛。") == []


def test_the_source_names_are_not_worked_out_for_a_target_with_no_two_transcription_characters(
    monkeypatch: pytest.MonkeyPatch,
):
    # Only a target holding two transcription characters together can hold a name left in them.
    def fail(source: str) -> tuple[str, ...]:
        raise AssertionError("foreign_names asked")

    monkeypatch.setattr(name_kanji, "foreign_names", fail)
    zh = "法国总统埃马纽埃尔·马克龙周二抵达柏林。"
    assert (
        spans(TRANSCRIPTION, zh, "フランスのエマニュエル・マクロン大統領は火曜日、ベルリンに到着した。") == []
    )


def test_a_name_kept_in_transcription_characters_is_still_flagged_past_the_pre_test():
    zh = "英国首相基尔·斯塔默周二抵达巴黎。"
    assert spans(TRANSCRIPTION, zh, "英国のキア・斯塔默首相は火曜日、パリに到着した。") == ["斯塔默"]


def test_a_three_character_name_whose_head_the_target_holds_is_still_asked():
    # After a title the name may be 王志 or 王志锋; 王志 stands in the target only as the head of
    # 王志峰 (锋/峰 feng), which 氏 closes as a name: the name is the three characters.
    zh = "镇党委书记王志锋与德国莱比锡市副市长托马斯·克劳斯共同为项目揭牌。"
    ja = "鎮党委員会書記の王志峰氏とドイツ・ライプツィヒ市のトーマス・クラウス副市長が共同でプロジェクトの除幕を行った。"
    assert spans(PERSON, zh, ja) == ["王志峰"]
    assert spans(PERSON, zh, ja.replace("王志峰", "王志鋒")) == []


def test_a_title_after_the_short_spelling_settles_the_length():
    # 王明市党委書記: 王明 and the title, not a name 王明市 (市/是 shi) for 市委书记王明是….
    assert spans(PERSON, "市委书记王明是这次活动的发起人。", "王明市党委書記はこの活動の発起人だ。") == []


CHARACTER = "entity-name-character"


def test_a_person_with_one_character_of_another_sound_is_flagged():
    zh = "集团董事长陈国英表示，将加大研发投入。"
    flags = [
        f for f in run_checks(zh, "陳国栄董事長は、研究開発投資を拡大すると述べた。") if f.code == CHARACTER
    ]
    assert [(f.start, f.end, f.fix) for f in flags] == [(0, 3, "陳国英")]
    assert spans(CHARACTER, zh, "陳国英董事長は、研究開発投資を拡大すると述べた。") == []
    # A homophone is entity-homophone-name's.
    assert spans(CHARACTER, zh, "陳国瑛董事長は、研究開発投資を拡大すると述べた。") == []


def test_a_person_after_a_title_and_before_a_ceremony_verb_is_located():
    # 出席, 会见, 主持 … follow a person as a verb of saying does: 副局长周立英出席 names 周立英.
    zh = "市商务局副局长周立英出席签约仪式。"
    assert spans(CHARACTER, zh, "市商務局の周立栄副局長が調印式に出席した。") == ["周立栄"]
    assert spans(CHARACTER, zh, "市商務局の周立英副局長が調印式に出席した。") == []


def test_a_two_character_name_is_asked_about_its_given_name_only():
    zh = "区长刘强表示，将加强合作。"
    assert spans(CHARACTER, zh, "劉弘区長は、協力を強化すると述べた。") == ["劉弘"]
    # The surname with the title or an honorific is how Japanese often writes the person.
    assert spans(CHARACTER, "副市长王峰表示，将加强合作。", "王副市長は、協力を強化すると述べた。") == []
    assert spans(CHARACTER, "市外办主任林文辉表示，将加强合作。", "林主任は、協力を強化すると述べた。") == []
    assert spans(CHARACTER, zh, "劉氏は、協力を強化すると述べた。") == []


def test_japanese_and_korean_forms_of_a_name_are_the_same_name():
    assert (
        spans(CHARACTER, "韩国总统尹锡悦表示，将加强合作。", "韓国の尹錫悦大統領は、協力を強化すると述べた。")
        == []
    )
    assert spans(CHARACTER, "局长吴建新表示，将加强合作。", "呉建新局長は、協力を強化すると述べた。") == []


@pytest.mark.parametrize(
    ("source", "written", "same"),
    [("云", "雲", True), ("锡", "錫", True), ("于", "於", True), ("钟", "鍾", True), ("崎", "﨑", True),
     ("英", "栄", False), ("琶", "琵", False)],
)  # fmt: skip
def test_other_forms_of_a_character(source: str, written: str, same: bool):
    assert name_kanji.other_form(source, written) is same


def test_a_place_with_one_character_of_another_sound_is_flagged():
    zh = "代表团访问了福建省泉州市。"
    assert spans(CHARACTER, zh, "代表団は福建省温州市を訪問した。") == ["温州市"]
    assert spans(CHARACTER, zh, "代表団は福建省泉州市を訪問した。") == []


def test_a_place_the_dictionary_knows_is_asked_where_the_document_writes_it():
    # 琶洲 has no unit after it: that the document writes it elsewhere makes it a name there.
    pairs = [
        ("广交会在琶洲展馆开幕。", "広州交易会が琶洲展示館で開幕した。"),
        ("琶洲地区的酒店入住率大幅上升。", "琵洲地区のホテル稼働率が大幅に上昇した。"),
    ]
    flags = run_document_checks(pairs)
    assert [
        [pairs[k][1][f.start : f.end] for f in fl if f.code == CHARACTER] for k, fl in enumerate(flags)
    ] == [
        [],
        ["琵洲"],
    ]
    assert spans(CHARACTER, *pairs[1]) == []


def test_a_person_the_document_names_is_asked_without_a_title():
    pairs = [
        ("公司董事长赵明华表示，将扩大出口。", "趙明華董事長は、輸出を拡大すると述べた。"),
        ("赵明华的讲话引起广泛关注。", "趙明香の発言は幅広い注目を集めた。"),
    ]
    flags = run_document_checks(pairs)
    assert [f.fix for f in flags[1] if f.code == CHARACTER] == ["趙明華"]
    assert spans(CHARACTER, *pairs[1]) == []


def test_names_are_read_where_the_source_settles_them():
    located = name_kanji.located_names
    # Before a title the name is as short as it can be.
    assert located("公司总经理李明总经理表示同意。")[0] == ("李明", "person")
    assert ("武汉总", "person") not in located("法国驻武汉总领事出席活动。")
    # An office, a common word before a place's last character, a word inside a city's name.
    assert not any(kind == "person" for _, kind in located("管理局主任出席了会议。"))
    assert located("游客可以体验宏村的风光。") == ()
    assert ("在广州", "place") not in located("展会在广州举行。")


def test_a_place_written_with_another_unit_is_another_place():
    # 海南州 (a prefecture of Qinghai) is not 海南省 (the island province).
    zh, ja = (
        "海南州州长表示，光伏园区已成为亮点。",
        "海南省の省長は、太陽光発電パークが目玉になったと述べた。",
    )
    flags = [f for f in run_checks(zh, ja) if f.code == "entity-place-unit"]
    assert [ja[f.start : f.end] for f in flags] == ["海南省"]
    assert flags[0].category == "named_entity"
    for fine_zh, fine_ja in (
        ("海南州州长表示，光伏园区已成为亮点。", "海南州の州長は、太陽光発電パークが目玉になったと述べた。"),
        ("浙江省杭州市举行了活动。", "浙江省杭州市で催しが開かれた。"),
        ("延边朝鲜族自治州州长出席。", "延辺朝鮮族自治州の州長が出席した。"),
        ("吉林县与吉林市签署协议。", "吉林県と吉林市が協定に調印した。"),
    ):
        assert "entity-place-unit" not in codes(fine_zh, fine_ja), fine_ja


@pytest.mark.parametrize(
    ("zh", "ja", "span"),
    [
        ("考察团前往岳阳参观。", "視察団は越陽を訪れて見学した。", "越陽"),
        ("这批货物将从襄阳发往欧洲。", "この貨物は湘陽から欧州へ発送される。", "湘陽"),
    ],
)
def test_a_dictionary_place_written_with_a_homophone(zh: str, ja: str, span: str) -> None:
    found = [f for f in run_checks(zh, ja) if f.code == "entity-homophone-place"]
    assert [ja[f.start : f.end] for f in found] == [span]


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        ("考察团前往岳阳参观。", "視察団は岳陽を訪れて見学した。"),
        # Japanese abbreviates a country with its own character: a pair of countries.
        ("中意友好协会会长出席。", "中伊友好協会の会長が出席した。"),
    ],
)
def test_a_dictionary_place_left_alone(zh: str, ja: str) -> None:
    assert [f for f in run_checks(zh, ja) if f.code == "entity-homophone-place"] == []


@pytest.mark.parametrize(
    ("zh", "ja", "flagged"),
    [
        ("国务院副总理刘国中出席。", "国務院副総理の劉国・中が出席した。", True),
        ("主席蓝天立会见了泰国客人。", "主席の藍 天立はタイの客人と会見した。", True),
        ("国务院副总理刘国中出席。", "国務院副総理の劉国中が出席した。", False),
        # A foreign name is dotted in both languages.
        ("主席阿卜杜拉·卡里莫夫出席。", "アブドゥラ・カリモフ主席が出席した。", False),
    ],
)
def test_a_chinese_name_cut_by_a_dot(zh: str, ja: str, flagged: bool) -> None:
    found = [f for f in run_checks(zh, ja) if f.code == "entity-split-name"]
    assert bool(found) is flagged
    assert len(found) <= 1


def test_a_common_word_ending_in_a_unit_is_no_place() -> None:
    # 矿区 "a mining area" ends in 区 and is 鉱区 in Japanese, a word, not a misspelt place.
    assert "entity-homophone-place" not in codes("工人们在该矿区工作。", "労働者たちは同鉱区で働いている。")
    assert "entity-homophone-place" in codes("鹤岗市举办冰雪节。", "鶴岡市で氷雪祭りが開かれた。")


def test_a_place_the_dictionary_knows_split_into_words() -> None:
    # 新郑 (a city of Henan) read as 新しい + 鄭; UniDic tags 鄭 alone as a surname.
    zh = "新郑综合保税区负责人介绍。"
    assert "entity-split-name" in codes(zh, "新しい鄭総合保税区の責任者が紹介した。")
    assert "entity-split-name" not in codes(zh, "新鄭総合保税区の責任者が紹介した。")
    # A kanji in the gap is another word, not a split place: 最大港口 is no 大港 (a district).
    assert "entity-split-name" not in codes("这是地中海最大港口之一。", "地中海最大級の港の一つだ。")
