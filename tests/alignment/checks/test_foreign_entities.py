"""Foreign companies and organisations named in Chinese characters of their own (星展银行 → DBS銀行)."""

import pytest

from alignment.checks import CheckConfig, Term, run_checks
from alignment.checks.foreign_entities import _contexts, foreign_entities
from tests.alignment.checks.conftest import codes


def _spans(zh: str, ja: str, config: CheckConfig | None = None) -> list[str]:
    return [ja[f.start : f.end] for f in run_checks(zh, ja, config=config) if f.code == "entity-foreign-name"]


def test_a_name_copied_in_kanji_or_read_in_mandarin_is_flagged():
    zh = "星展银行等新加坡企业代表介绍了在园区投资的最新进展。"
    assert _spans(zh, "星展銀行などシンガポール企業の代表が最新の状況を紹介した。") == ["星展銀行"]
    assert _spans("淡马锡公司宣布了投资计划。", "ダンマーシー社が投資計画を発表した。") == ["ダンマーシー"]
    flag = next(f for f in run_checks(zh, "星展銀行の代表が紹介した。") if f.code == "entity-foreign-name")
    assert flag.category == "named_entity" and "DBS" in flag.message


@pytest.mark.parametrize(
    "ja",
    [
        "DBS銀行などシンガポール企業の代表が最新の状況を紹介した。",
        "dbs銀行などシンガポール企業の代表が最新の状況を紹介した。",  # Latin in any case
        "シンガポール企業の代表が最新の状況を紹介した。",  # left out: omission's to say
    ],
)
def test_the_japanese_name_or_no_name_is_not_flagged(ja: str):
    assert _spans("星展银行等新加坡企业代表介绍了在园区投资的最新进展。", ja) == []


def test_the_projects_termbase_decides_its_own_names():
    config = CheckConfig(termbase=(Term("星展银行", "星展銀行"),))
    assert _spans("星展银行代表出席。", "星展銀行の代表が出席した。", config) == []


def test_every_entry_says_what_it_names_and_why():
    entities = foreign_entities()
    assert len(entities) >= 300
    for entity in entities:
        assert entity.right and entity.means and entity.source
        assert entity.wrong[0] not in entity.right


def test_nothing_foreign_nothing_flagged():
    assert "entity-foreign-name" not in codes("市长出席了开幕式。", "市長が開幕式に出席した。")


@pytest.mark.parametrize(
    ("zh", "copy", "right"),
    [
        (
            "微软公司在园区设立了研发中心。",
            "微軟社は園区に研究開発センターを設立した。",
            "マイクロソフトは園区に研究開発センターを設立した。",
        ),
        (
            "西门子与我市签署了合作协议。",
            "西門子は本市と協力協定に署名した。",
            "シーメンスは本市と協力協定に署名した。",
        ),
        (
            "大众汽车将扩大在华投资。",
            "大衆汽車は中国での投資を拡大する。",
            "フォルクスワーゲンは中国での投資を拡大する。",
        ),
        (
            "空中客车天津总装线交付了新飞机。",
            "空中客車の天津組立ラインが新機を引き渡した。",
            "エアバスの天津組立ラインが新機を引き渡した。",
        ),
        (
            "松下电器在无锡新建了工厂。",
            "松下電器は無錫に工場を新設した。",
            "パナソニックは無錫に工場を新設した。",
        ),
        ("优衣库门店当天开业。", "優衣庫の店舗が当日開業した。", "ユニクロの店舗が当日開業した。"),
        (
            "星巴克宣布再开一百家门店。",
            "星巴克はさらに百店舗を開くと発表した。",
            "スターバックスはさらに百店舗を開くと発表した。",
        ),
        (
            "沃尔玛中国总裁出席了活动。",
            "沃爾瑪中国の総裁が活動に出席した。",
            "ウォルマート中国の総裁が活動に出席した。",
        ),
        (
            "可口可乐公司捐赠了饮用水。",
            "可口可楽社が飲料水を寄付した。",
            "コカ・コーラ社が飲料水を寄付した。",
        ),
        ("辉瑞的新药获得批准。", "輝瑞の新薬が承認された。", "ファイザーの新薬が承認された。"),
        (
            "贝莱德增持了中国国债。",
            "貝莱徳は中国国債を買い増した。",
            "ブラックロックは中国国債を買い増した。",
        ),
        (
            "摩根大通上调了增长预期。",
            "摩根大通は成長見通しを引き上げた。",
            "JPモルガンは成長見通しを引き上げた。",
        ),
        (
            "据路透社报道,谈判仍在进行。",
            "路透社によると、交渉は続いている。",
            "ロイターによると、交渉は続いている。",
        ),
        (
            "哈佛大学代表团访问了我校。",
            "哈仏大学の代表団が本校を訪問した。",
            "ハーバード大学の代表団が本校を訪問した。",
        ),
        (
            "卢浮宫的展品来到上海展出。",
            "盧浮宮の所蔵品が上海で展示される。",
            "ルーブル美術館の所蔵品が上海で展示される。",
        ),
        (
            "皇家马德里青训营落户本市。",
            "皇家馬徳里のユースアカデミーが本市に開設された。",
            "レアル・マドリードのユースアカデミーが本市に開設された。",
        ),
        (
            "世界卫生组织发布了新指南。",
            "世界衛生組織が新たな指針を発表した。",
            "世界保健機関(WHO)が新たな指針を発表した。",
        ),
        (
            "东盟是我省最大的贸易伙伴。",
            "東盟は本省最大の貿易相手である。",
            "ASEANは本省最大の貿易相手である。",
        ),
        (
            "美联储宣布维持利率不变。",
            "美連儲は金利据え置きを発表した。",
            "米連邦準備制度理事会は金利据え置きを発表した。",
        ),
        ("普京总统发表了讲话。", "普京大統領が演説した。", "プーチン大統領が演説した。"),
        ("马克龙访问了广州。", "馬克竜が広州を訪問した。", "マクロン大統領が広州を訪問した。"),
        (
            "新加坡总理黄循财会见了代表团。",
            "シンガポールの黄循財首相が代表団と会見した。",
            "シンガポールのローレンス・ウォン首相が代表団と会見した。",
        ),
        (
            "李显龙出席了论坛。",
            "李顕龍がフォーラムに出席した。",
            "リー・シェンロン氏がフォーラムに出席した。",
        ),
        (
            "马来西亚总理安瓦尔抵达北京。",
            "マレーシアの安瓦爾首相が北京に到着した。",
            "マレーシアのアンワル首相が北京に到着した。",
        ),
        (
            "联合国秘书长古特雷斯表示关切。",
            "国連の古特雷斯事務総長は懸念を示した。",
            "国連のグテレス事務総長は懸念を示した。",
        ),
        (
            "澳大利亚外长黄英贤访华。",
            "オーストラリアの黄英賢外相が訪中した。",
            "オーストラリアのペニー・ウォン外相が訪中した。",
        ),
        (
            "凯德集团在成都开发了新项目。",
            "凱徳集団は成都で新規事業を開発した。",
            "キャピタランドは成都で新規事業を開発した。",
        ),
        (
            "新加坡国立大学与本市开展合作。",
            "新加坡国立大学は本市と協力を進める。",
            "シンガポール国立大学は本市と協力を進める。",
        ),
        (
            "国际足联主席出席了开幕式。",
            "国際足連の会長が開幕式に出席した。",
            "国際サッカー連盟(FIFA)の会長が開幕式に出席した。",
        ),
    ],
)
def test_a_listed_name_copied_is_flagged_and_its_japanese_form_is_not(zh: str, copy: str, right: str):
    assert _spans(zh, copy) != []
    assert _spans(zh, right) == []


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        ("我们要大力拓展海外市场。", "海外市場の開拓に力を入れなければならない。"),  # 力拓 inside 大力拓展
        ("项目位于城北约3公里处。", "プロジェクトは城北約3キロの所にある。"),  # 北约 inside 城北约
        ("亚太经合组织会议在利马举行。", "APEC会議がリマで開かれた。"),  # 经合组织 inside 亚太经合组织
    ],
)
def test_a_name_inside_an_ordinary_phrase_is_not_flagged(zh: str, ja: str):
    assert _spans(zh, ja) == []


def test_a_spelling_of_the_japanese_form_is_no_mandarin_reading():
    # ゼレンスキイ is nearer ゼレンスキー than the pinyin of 泽连斯基: a spelling, not a reading.
    assert _spans("泽连斯基表示将继续谈判。", "ゼレンスキイ大統領は交渉を続けると述べた。") == []
    assert _spans("泽连斯基表示将继续谈判。", "ゼーリエンスージー大統領は交渉を続けると述べた。") == [
        "ゼーリエンスージー"
    ]


# Bare brands: Chinese names many companies by the brand alone, which is often a surname or a word.


@pytest.mark.parametrize(
    ("zh", "copy", "right"),
    [
        # a surname-like brand, with a company in the sentence
        (
            "松下、佳能等日本企业纷纷扩大在华生产。",
            "松下、佳能などの日本企業が相次いで中国での生産を拡大した。",
            "パナソニック、キヤノンなどの日本企業が相次いで中国での生産を拡大した。",
        ),
        (
            "丰田和本田上调了全年销量目标。",
            "豊田と本田は通年の販売目標を引き上げた。",
            "トヨタとホンダは通年の販売目標を引き上げた。",
        ),
        (
            "丰田汽车社长在发布会上致辞。",
            "豊田汽車の社長が発表会で挨拶した。",
            "トヨタ自動車の社長が発表会で挨拶した。",
        ),
        # a word-like brand, with its trade in the sentence
        (
            "苹果新款手机在上海首发。",
            "苹果の新型携帯電話が上海で発売された。",
            "アップルの新型スマートフォンが上海で発売された。",
        ),
        (
            "苹果、谷歌等科技巨头股价走低。",
            "リンゴ、グーグルなどのテック大手の株価が下落した。",
            "アップル、グーグルなどのテック大手の株価が下落した。",
        ),
        (
            "三星、LG等韩国企业加大了投资。",
            "三星、LGなどの韓国企業が投資を拡大した。",
            "サムスン、LGなどの韓国企業が投資を拡大した。",
        ),
        (
            "现代和起亚在欧洲的销量增长。",
            "現代と起亜の欧州での販売が伸びた。",
            "現代自動車と起亜の欧州での販売が伸びた。",
        ),
        (
            "韩国乐天集团旗下的乐天免税店重新开业。",
            "韓国楽天グループ傘下の楽天免税店が営業を再開した。",
            "韓国ロッテグループ傘下のロッテ免税店が営業を再開した。",
        ),
        (
            "大众与宝马都在扩大电动车产能。",
            "大衆と宝馬はいずれも電気自動車の生産能力を拡大している。",
            "フォルクスワーゲンとBMWはいずれも電気自動車の生産能力を拡大している。",
        ),
        # a name that is nothing else needs no context; the source's own characters are a copy too
        (
            "惠普发布了新款笔记本电脑。",
            "惠普は新型ノートパソコンを発表した。",
            "HPは新型ノートパソコンを発表した。",
        ),
        (
            "亚马逊在日本新建了物流中心。",
            "亜馬遜は日本に物流センターを新設した。",
            "アマゾンは日本に物流センターを新設した。",
        ),
    ],
)
def test_a_bare_brand_copied_is_flagged_and_its_japanese_form_is_not(zh: str, copy: str, right: str):
    assert _spans(zh, copy) != []
    assert _spans(zh, right) == []


def test_the_bare_brand_was_not_listed_before():
    # 松下电器 and 佳能公司 were listed, 松下 and 佳能 alone not: the copy went unflagged.
    assert _spans("松下、佳能等日本企业扩大了生产。", "松下、佳能などの日本企業が生産を拡大した。") == [
        "松下",
        "佳能",
    ]


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        # the surname, not the company
        ("松下先生在公司工作了三十年。", "松下さんは会社で三十年働いた。"),
        ("松下幸之助创办了这家公司。", "松下幸之助がこの会社を創業した。"),
        ("丰田章男表示，公司将加大投资。", "豊田章男氏は、会社が投資を拡大すると述べた。"),
        ("日本汽车企业代表本田出席了会议。", "日本の自動車企業の代表、本田氏が会議に出席した。"),
        ("本田圭佑加盟了新球队。", "本田圭佑が新しいチームに加入した。"),
        # the word, not the company
        ("这里的苹果又大又甜。", "ここのリンゴは大きくて甘い。"),
        ("苹果园的企业化经营提高了收入。", "リンゴ園の企業化経営で収入が増えた。"),
        ("文化产品要满足人民大众的需求。", "文化製品は人民大衆の需要を満たさなければならない。"),
        ("社会发展进入现代化新阶段。", "社会の発展は現代化の新段階に入った。"),
        ("这家企业入选三星级绿色工厂。", "この企業は三つ星のグリーン工場に選ばれた。"),
        ("三星堆遗址出土了新文物。", "三星堆遺跡から新たな文物が出土した。"),
        ("他性格乐天，常去首尔旅游。", "彼は楽天的な性格で、よくソウルへ旅行する。"),
        ("列车在原野上奔驰。", "列車は原野を疾走した。"),
        # Japanese companies whose Japanese name is the kanji: the copy is right
        ("东芝、日立、三菱等日本企业参展。", "東芝、日立、三菱などの日本企業が出展した。"),
        ("日产汽车公布了财报。", "日産自動車が決算を発表した。"),
        # 豊田 is the family's and the city's own name
        ("丰田市与丰田汽车签署了协议。", "豊田市とトヨタ自動車が協定を結んだ。"),
    ],
)
def test_a_surname_a_word_or_a_kanji_name_is_not_flagged(zh: str, ja: str):
    assert _spans(zh, ja) == []


def test_a_copy_the_target_reads_as_a_persons_name_is_not_flagged():
    # The company in the sentence, a person of the same surname in the target: 鈴木俊一 is a name.
    zh = "丰田公司董事长丰田章男与松下幸之助纪念馆合作。"
    assert _spans(zh, "豊田章男会長は松下幸之助記念館と協力した。") == []


def test_a_bare_brand_that_is_also_a_word_needs_its_context_and_a_name_that_is_not_none():
    contexts = _contexts()
    assert "松下" in contexts and "企业" in contexts["松下"]
    assert "五十铃" not in contexts
