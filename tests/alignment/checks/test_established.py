"""Calques of established terms: a Chinese institution's name copied in kanji (海关 → 海関)."""

import json

import pytest

from alignment import lexicon
from alignment.checks import CheckConfig, Term, run_checks
from alignment.checks.established import DATA, established_terms, parse_terms
from tests.alignment.checks.conftest import codes

CUSTOMS = "海关总署发布了新的进口规定。"


def test_a_copied_term_is_flagged_with_its_meaning_and_the_japanese_term():
    flags = [
        f
        for f in run_checks(CUSTOMS, "海関総署は新たな輸入規定を発表した。")
        if f.code == "terminology-calque"
    ]
    assert len(flags) == 1
    assert (flags[0].start, flags[0].end) == (0, 2)
    assert "customs" in flags[0].message and "税関" in flags[0].message


def test_the_established_term_is_not_flagged():
    assert "terminology-calque" not in codes(CUSTOMS, "税関総署は新たな輸入規定を発表した。")


def test_a_copy_that_means_something_else_in_japanese():
    # 連合国 is the Allies of the Second World War in Japanese; the UN is 国連.
    zh = "联合国秘书长本周访问北京。"
    assert "terminology-calque" in codes(zh, "連合国事務総長が今週北京を訪れた。")
    assert "terminology-calque" not in codes(zh, "国連事務総長が今週北京を訪れた。")


def test_the_projects_termbase_decides_its_own_terms():
    config = CheckConfig(termbase=(Term("海关", "海関"),))
    assert "terminology-calque" not in codes(CUSTOMS, "海関総署は新たな輸入規定を発表した。", config=config)


def test_every_entry_says_what_it_means_and_why_and_its_copy_is_not_the_japanese_term():
    entries = json.loads(DATA.read_text(encoding="utf-8"))["terms"]
    assert all(e["zh"] and e["ja"] and e["means"] and e["why"] and e["source"] for e in entries)
    for term in established_terms():
        assert not set(term.wrong) & set(term.right)


SOURCES = {
    "JMdict",
    "Japanese MOFA usage",
    "NHK/Kyodo style",
    "JETRO",
    "Japanese Wikipedia article title",
    "Nikkei usage",
    "Japanese Ministry of Health usage",
    "Japanese Ministry of the Environment usage",
    "Japanese Ministry of Agriculture usage",
    "Japanese Ministry of Land usage",
    "Japanese Cabinet Office usage",
}


def test_every_entry_names_where_its_japanese_is_attested():
    terms = established_terms()
    assert len(terms) >= 300
    assert {t.source for t in terms} <= SOURCES
    # An entry that cites JMdict has a Japanese form JMdict lists.
    unlisted = [
        t.zh for t in terms if t.source == "JMdict" and not any(map(lexicon.is_japanese_word, t.right))
    ]
    assert not unlisted


def _entry(**kw):
    return {
        "zh": "外长",
        "ja": ["外相"],
        "means": "foreign minister",
        "why": "外長 is not Japanese",
        "source": "NHK/Kyodo style",
    } | kw


def test_the_loader_refuses_an_entry_without_its_source_or_listed_twice():
    with pytest.raises(ValueError, match=r"外长.*source"):
        parse_terms({"terms": [_entry(source="")]})
    with pytest.raises(ValueError, match="twice"):
        parse_terms({"terms": [_entry(), _entry()]})
    # An entry whose copy is one of its own Japanese forms would flag every right translation.
    with pytest.raises(ValueError, match="also listed"):
        parse_terms({"terms": [_entry(zh="外交部", ja=["外交部", "外務省"])]})


def test_the_loader_derives_the_copy_and_puts_longer_terms_first():
    terms = parse_terms(
        {"terms": [_entry(zh="常委", ja=["常務委員"]), _entry(zh="人大常委会", ja=["常務委員会"])]}
    )
    assert [t.zh for t in terms] == ["人大常委会", "常委"]
    assert terms[1].wrong == ("常委",) and terms[1].source == "NHK/Kyodo style"


@pytest.mark.parametrize(
    ("zh", "ja", "wrong"),
    [
        ("两国外长在北京举行会谈。", "両国の外長は北京で会談を行った。", "外長"),
        ("外交部发言人在例行记者会上回答提问。", "外交部の発言人は定例の記者会で質問に答えた。", "発言人"),
        ("今年进出口总额再创新高。", "今年の進出口総額は過去最高を更新した。", "進出口"),
        ("他是一名护士。", "彼女は護士だ。", "護士"),
        ("该市新建了三座充电桩。", "同市は充電樁を3基新設した。", "充電樁"),
        ("中法两国领导人通了电话。", "中法両国の首脳が電話会談した。", "中法"),
        ("这位歌手在微博上有三百万粉丝。", "この歌手はSNSに300万人の粉糸がいる。", "粉糸"),
        ("她的父亲是一名医生。", "彼女の父親は医生だ。", "医生"),
        ("这家公司的创始人是一位工程师。", "この会社の創始人はエンジニアだ。", "創始人"),
        ("小区居民积极参与垃圾分类。", "団地の居民はごみの分別に積極的に参加している。", "居民"),
    ],
)
def test_shipped_terms_of_several_fields(zh, ja, wrong):
    flags = [f for f in run_checks(zh, ja) if f.code == "terminology-calque"]
    assert [ja[f.start : f.end] for f in flags][:1] == [wrong]


@pytest.mark.parametrize(
    ("zh", "ja", "wrong"),
    [
        # foreign affairs, finance, law, energy, transport, sports, technology, urban life
        ("美联储本周维持利率不变。", "美連儲は今週、金利を据え置いた。", "美連儲"),
        ("该公司的股票下个月退市。", "同社の株は来月退市する。", "退市"),
        ("警方正在调查这起事故。", "警方はこの事故を調べている。", "警方"),
        ("法院以受贿罪判他五年。", "裁判所は受賄罪で彼に5年を言い渡した。", "受賄"),
        ("企业可以通过碳交易获得收益。", "企業は炭交易で収益を得られる。", "炭交易"),
        ("两国将加强可再生能源合作。", "両国は可再生能源の協力を強化する。", "可再生能源"),
        ("该市新建了一座立交桥。", "同市は立交橋を1基新設した。", "立交橋"),
        ("她在跳水项目中获得第一名。", "彼女は跳水で1位になった。", "跳水"),
        ("这所学校开设了编程课。", "この学校は編程の授業を始めた。", "編程"),
        ("今年房租又上涨了。", "今年も房租が上がった。", "房租"),
    ],
)
def test_shipped_terms_of_the_news_domains(zh, ja, wrong):
    flags = [f for f in run_checks(zh, ja) if f.code == "terminology-calque"]
    assert [ja[f.start : f.end] for f in flags] == [wrong]


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        ("美联储本周维持利率不变。", "米連邦準備制度理事会（FRB）は今週、金利を据え置いた。"),
        ("警方正在调查这起事故。", "警察はこの事故を調べている。"),
        ("他被判处三年有期徒刑。", "彼は懲役3年の判決を言い渡された。"),
        ("这所学校开设了编程课。", "この学校はプログラミングの授業を始めた。"),
        ("今年房租又上涨了。", "今年も家賃が上がった。"),
    ],
)
def test_the_established_terms_of_the_news_domains_pass(zh, ja):
    assert "terminology-calque" not in codes(zh, ja)


@pytest.mark.parametrize(
    ("zh", "ja", "wrong"),
    [
        # foreign affairs and local-government press: missions, ceremonies, diplomacy, Party phrases
        ("日本驻上海总领馆举行了招待会。", "在上海日本総領館はレセプションを開いた。", "総領館"),
        ("他应邀出席了欢迎仪式。", "彼は招きに応じて歓迎儀式に出席した。", "歓迎儀式"),
        ("市政府今天召开通气会。", "市政府は今日、通気会を開いた。", "通気会"),
        ("他将出席联合国大会。", "彼は国連大会に出席する。", "国連大会"),
        ("州长一行参观了工厂。", "州長一行は工場を見学した。", "州長"),
        ("两国应坚持不干涉内政原则。", "両国は不干渉内政の原則を堅持すべきだ。", "不干渉内政"),
        ("发展中国家面临许多挑战。", "発展中国家は多くの課題に直面している。", "発展中国家"),
        ("双方就气候变化交换了意见。", "双方は気候変化について意見を交わした。", "気候変化"),
        ("澳大利亚代表团抵达北京。", "澳大利亜代表団が北京に到着した。", "澳大利亜"),
        ("两国应扩大内需。", "両国は拡大内需に努めるべきだ。", "拡大内需"),
    ],
)
def test_shipped_terms_of_foreign_affairs_press(zh, ja, wrong):
    flags = [f for f in run_checks(zh, ja) if f.code == "terminology-calque"]
    assert [ja[f.start : f.end] for f in flags] == [wrong]


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        ("日本驻上海总领馆举行了招待会。", "在上海日本総領事館はレセプションを開いた。"),
        ("他将出席联合国大会。", "彼は国連総会に出席する。"),
        ("两国应坚持不干涉内政原则。", "両国は内政不干渉の原則を堅持すべきだ。"),
        ("发展中国家面临许多挑战。", "途上国は多くの課題に直面している。"),
        ("澳大利亚代表团抵达北京。", "オーストラリア代表団が北京に到着した。"),
    ],
)
def test_the_established_terms_of_foreign_affairs_press_pass(zh, ja):
    assert "terminology-calque" not in codes(zh, ja)


def test_the_established_terms_pass():
    assert "terminology-calque" not in codes("两国外长在北京举行会谈。", "両国の外相は北京で会談を行った。")
    assert "terminology-calque" not in codes("这位歌手有三百万粉丝。", "この歌手には300万人のファンがいる。")
    assert "terminology-calque" not in codes(
        "这家公司的创始人是一位工程师。", "この会社の創業者はエンジニアだ。"
    )
    assert "terminology-calque" not in codes(
        "外交部发言人在例行记者会上回答提问。", "外務省の報道官は定例記者会見で質問に答えた。"
    )


def test_a_copy_beside_the_established_term_is_a_gloss():
    zh = "国家发改委今天公布了新的投资计划。"
    assert "terminology-calque" not in codes(
        zh, "国家発展改革委員会（発改委）は本日、新たな投資計画を発表した。"
    )
    assert "terminology-calque" in codes(zh, "国家発改委は本日、新たな投資計画を発表した。")


def test_a_short_copy_must_stand_as_words_of_its_own():
    # 中法 runs across 期間中 and 法律 here: no copy of 中法 (China–France) in the target.
    zh = "会议期间，中法双方就法律合作交换了意见。"
    assert "terminology-calque" not in codes(zh, "会議の期間中法律協力について両国が意見を交わした。")
    assert "terminology-calque" in codes(zh, "会議の期間中、中法双方は法律協力について意見を交わした。")


def test_the_termbase_decides_a_term_inside_or_around_its_own():
    zh = "外交部发言人表示欢迎。"
    ja = "外交部の発言人は歓迎の意を示した。"
    assert "terminology-calque" in codes(zh, ja)
    # The project keeps 発言人 (a termbase entry for 发言人), or decides a longer term around it.
    for term in (Term("发言人", "発言人"), Term("外交部发言人", "外交部発言人")):
        assert "terminology-calque" not in codes(zh, ja, config=CheckConfig(termbase=(term,)))


def test_a_false_friend_inside_the_copied_term_is_reported_once_as_the_term():
    # 合資 alone is a false friend (a limited partnership in Japanese); inside 合資企業 the calque
    # says what the reviewer needs: the whole term and 合弁企業.
    flags = run_checks("两家公司成立了一家合资企业。", "両社は合資企業を一社設立した。")
    found = [(f.code, f.start, f.end) for f in flags if f.category in ("terminology", "mistranslation")]
    assert found == [("terminology-calque", 3, 7)]


@pytest.mark.parametrize(
    ("zh", "right", "wrong"),
    [
        # 老年人口 holds 老年人, and Japanese writes 老年人口 for it.
        ("老年人口比例持续上升。", "老年人口の割合が上昇し続けている。", None),
        (
            "社区为老年人提供送餐服务。",
            "地域は高齢者に配食サービスを提供している。",
            "地域は老年人に配食サービスを提供している。",
        ),
        # The press keeps the bureau's name in kanji, not the system's.
        ("国家信访局公布了数据。", "国家信訪局がデータを公表した。", None),
        (
            "他多次到信访部门反映问题。",
            "彼は何度も陳情窓口に問題を訴えた。",
            "彼は何度も信訪部門に問題を訴えた。",
        ),
        # CCTV's gala keeps its name; another evening gala is 〜の夕べ.
        ("春节联欢晚会今晚播出。", "春節聯歓晩会が今夜放送される。", None),
        ("欢迎晚会在北京举行。", "歓迎の夕べが北京で開かれた。", "歓迎晩会が北京で開かれた。"),
    ],
)
def test_a_source_word_puts_the_term_out_of_reach(zh, right, wrong):
    assert "terminology-calque" not in codes(zh, right)
    if wrong:
        assert "terminology-calque" in codes(zh, wrong)


def test_a_japanese_senator_is_a_member_of_the_house_of_councillors():
    assert "terminology-calque" not in codes("日本参议员访华。", "日本の参議院議員が訪中した。")


def test_the_head_of_a_chinese_autonomous_prefecture_is_a_state_governor_only_abroad():
    # 州长 of a US state is 州知事; of a Chinese prefecture (州委, 自治州) Japanese writes 州長 too.
    zh = "红河州委书记杨文彬、州长张海燕会见了代表团。"
    assert "terminology-calque" not in codes(zh, "紅河州党委員会の楊文彬書記と張海燕州長が代表団と会見した。")
    assert "terminology-calque" in codes("加利福尼亚州州长发表讲话。", "カリフォルニア州州長が演説した。")
    # A prefecture's people's government is Chinese whatever the sentence calls it.
    zh = "大理州人民政府副州长李文华出席开幕式。"
    assert "terminology-calque" not in codes(zh, "大理州人民政府の李文華副州長が開幕式に出席した。")


@pytest.mark.parametrize(
    ("zh", "ja", "wrong", "right"),
    [
        ("该市加快建设智慧城市。", "同市は智慧都市の建設を加速している。", "智慧都市", "スマートシティ"),
        ("医院开设了智慧病房。", "病院は知恵病棟を開設した。", "知恵病棟", "スマート病棟"),
        ("两国将拓展数字贸易合作。", "両国は数字貿易の協力を拡大する。", "数字貿易", "デジタル貿易"),
        ("试点推广数字人民币。", "数字人民元の試験的な普及を進める。", "数字人民元", "デジタル人民元"),
    ],
)
def test_smart_and_digital_sectors_are_not_copied(zh, ja, wrong, right):
    # 智慧 and 数字 before a sector are "smart" and "digital": スマート〜, デジタル〜.
    flags = [f for f in run_checks(zh, ja) if f.code == "terminology-calque"]
    assert [ja[f.start : f.end] for f in flags] == [wrong]
    assert "terminology-calque" not in codes(zh, ja.replace(wrong, right))


def test_a_foreign_government_s_minister_is_no_bucho():
    zh = "印度尼西亚旅游部副部长率团访问昆明。"
    flags = [
        f
        for f in run_checks(zh, "インドネシア観光部の副部長が代表団を率いて昆明を訪れた。")
        if f.code == "terminology-foreign-minister"
    ]
    assert [f.fix for f in flags] == ["副大臣"]
    assert "terminology-foreign-minister" not in codes(
        zh, "インドネシア観光省の副大臣が代表団を率いて昆明を訪れた。"
    )
    # China's ministers are 部長 in Japanese, and so are a Party committee's department heads.
    assert "terminology-foreign-minister" not in codes(
        "商务部部长会见了日本客人。", "商務部長は日本の客人と会見した。"
    )
    zh = "市委常委、组织部部长李华与法国客人座谈。"
    assert "terminology-foreign-minister" not in codes(
        zh, "市党委員会常務委員・組織部長の李華氏はフランスの客人と懇談した。"
    )
    # Beside a Chinese minister, the target's 部長 may be his.
    zh = "商务部部长与法国经济部长举行会谈。"
    assert "terminology-foreign-minister" not in codes(zh, "商務部長はフランスの経済相と会談した。")


def test_a_term_rendered_by_part_of_its_copy():
    # 粮食安全 "food security": MT kept 安全 and 糧 and made up the rest (食糧安全), which is
    # neither the copy (糧食安全) nor a form Japanese writes (食料安全保障).
    zh, ja = "双方将共同维护地区粮食安全。", "双方は地域の食糧安全を共同で守る。"
    flags = [f for f in run_checks(zh, ja) if f.code == "terminology-partial-copy"]
    assert [ja[f.start : f.end] for f in flags] == ["食糧安全"]
    assert flags[0].category == "terminology" and "食料安全保障" in flags[0].message
    for fine in (
        "双方は地域の食料安全保障を共同で守る。",
        "双方は地域の食糧安全保障を共同で守る。",
        "双方は地域の糧食安全を共同で守る。",  # the exact copy: terminology-calque's
    ):
        assert "terminology-partial-copy" not in codes(zh, fine), fine
    # The established form with a particle between its characters is still the form.
    assert "terminology-partial-copy" not in codes("向灾区提供人道主义援助。", "被災地に人道的な支援を行う。")
    # A two-kanji word the term shares (商品 of バルク商品) is no part of its copy.
    assert "terminology-partial-copy" not in codes(
        "铁矿石等大宗商品进口稳定。", "鉄鉱石などのバルク商品の輸入は安定した。"
    )
    # Two characters inside a Japanese word of their own (太陽電池 for 太阳能电池板) are that word.
    assert "terminology-partial-copy" not in codes(
        "新型太阳能电池板投产。", "新型太陽電池パネルの生産が始まった。"
    )
    # A title Japanese writes after the person's name is left to the exact copy.
    assert "terminology-partial-copy" not in codes(
        "北京市委书记尹力出席。", "中国共産党北京市委員会の尹力書記が出席した。"
    )


@pytest.mark.parametrize(
    ("zh", "ja", "wrong", "right"),
    [
        (
            "他在论坛上发表主旨演讲。",
            "彼はフォーラムで主旨演講を行った。",
            "主旨演講",
            "彼はフォーラムで基調講演を行った。",
        ),
        (
            "该项目采用海水淡化技术。",
            "同プロジェクトは海水淡化技術を採用している。",
            "海水淡化",
            "同プロジェクトは海水淡水化技術を採用している。",
        ),
        (
            "侍酒师向客人介绍葡萄酒。",
            "侍酒師が客にワインを紹介した。",
            "侍酒師",
            "ソムリエが客にワインを紹介した。",
        ),
        (
            "节日期间共接待120万人次。",
            "連休中に計120万人次が訪れた。",
            "人次",
            "連休中に延べ120万人が訪れた。",
        ),
        (
            "多位科学家出席了会议。",
            "多くの科学家が会議に出席した。",
            "科学家",
            "多くの科学者が会議に出席した。",
        ),
        ("组委会宣布延期。", "組委会は延期を発表した。", "組委会", "組織委員会は延期を発表した。"),
        ("新赛季将于三月开始。", "新賽季は3月に始まる。", "賽季", "新シーズンは3月に始まる。"),
        (
            "市急救中心迅速出动。",
            "市急救センターは直ちに出動した。",
            "急救",
            "市救急センターは直ちに出動した。",
        ),
        (
            "救护车将伤者送往医院。",
            "救護車が負傷者を病院に搬送した。",
            "救護車",
            "救急車が負傷者を病院に搬送した。",
        ),
        ("事故造成3人遇难。", "事故で3人が遇難した。", "遇難", "事故で3人が死亡した。"),
        ("暴雨引发泥石流。", "豪雨で泥石流が発生した。", "泥石流", "豪雨で土石流が発生した。"),
        (
            "这款手机性价比很高。",
            "この携帯電話は性価比が高い。",
            "性価比",
            "この携帯電話はコストパフォーマンスが高い。",
        ),
        (
            "这家老字号已有百年历史。",
            "この老字号は100年の歴史がある。",
            "老字号",
            "この老舗は100年の歴史がある。",
        ),
        (
            "写字楼入住率达到九成。",
            "写字楼の入居率は9割に達した。",
            "写字楼",
            "オフィスビルの入居率は9割に達した。",
        ),
        (
            "首艘大型邮轮正式交付。",
            "初の大型郵輪が正式に引き渡された。",
            "郵輪",
            "初の大型クルーズ船が正式に引き渡された。",
        ),
        ("公司新增了一批服务器。", "会社は服務器を増設した。", "服務器", "会社はサーバーを増設した。"),
        (
            "外汇储备规模保持稳定。",
            "外匯儲備の規模は安定を保った。",
            "外匯儲備",
            "外貨準備の規模は安定を保った。",
        ),
        (
            "人民银行实施稳健的货币政策。",
            "人民銀行は穏健な貨幣政策を実施する。",
            "貨幣政策",
            "人民銀行は穏健な金融政策を実施する。",
        ),
        (
            "人民银行下调存款准备金率。",
            "人民銀行は存款準備金率を引き下げた。",
            "存款準備金率",
            "人民銀行は預金準備率を引き下げた。",
        ),
        ("执政党在选举中获胜。", "執政党が選挙で勝利した。", "執政党", "与党が選挙で勝利した。"),
        ("双方同意停火。", "双方は停火に合意した。", "停火", "双方は停戦に合意した。"),
        (
            "该国承诺不发展核武器。",
            "同国は核武器を開発しないと約束した。",
            "核武器",
            "同国は核兵器を開発しないと約束した。",
        ),
        ("海军新型潜艇亮相。", "海軍の新型潜艇が公開された。", "潜艇", "海軍の新型潜水艦が公開された。"),
        (
            "屋顶安装了太阳能板。",
            "屋根に太陽能パネルが設置された。",
            "太陽能",
            "屋根に太陽光パネルが設置された。",
        ),
        ("二战结束八十周年。", "二戦終結から80年。", "二戦", "第2次世界大戦の終結から80年。"),
        ("代表团入住一家宾馆。", "代表団は賓館に宿泊した。", "賓館", "代表団はホテルに宿泊した。"),
        ("云南咖啡销往欧洲。", "雲南咖啡が欧州で販売された。", "咖啡", "雲南コーヒーが欧州で販売された。"),
        (
            "泰国榴莲大量进入中国。",
            "タイの榴蓮が大量に中国に入った。",
            "榴蓮",
            "タイのドリアンが大量に中国に入った。",
        ),
        ("工程将于年底完工。", "工事は年底に完成する。", "年底", "工事は年末に完成する。"),
        (
            "博物馆对老人免费开放。",
            "博物館は高齢者に免費で開放される。",
            "免費",
            "博物館は高齢者に無料で開放される。",
        ),
        (
            "半程马拉松吸引了两万名选手。",
            "半程マラソンに2万人の選手が参加した。",
            "半程マラソン",
            "ハーフマラソンに2万人の選手が参加した。",
        ),
        (
            "冰雪运动在南方也越来越普及。",
            "氷雪運動は南方でも普及しつつある。",
            "氷雪運動",
            "ウインタースポーツは南方でも普及しつつある。",
        ),
    ],
)
def test_established_terms_of_the_wider_news(zh, ja, wrong, right):
    flags = [f for f in run_checks(zh, ja) if f.code == "terminology-calque"]
    assert wrong in [ja[f.start : f.end] for f in flags]
    assert "terminology-calque" not in codes(zh, right)


def test_a_state_guesthouse_keeps_its_name():
    assert "terminology-calque" not in codes(
        "外长在钓鱼台国宾馆会见客人。", "外相は釣魚台国賓館で客と会見した。"
    )


@pytest.mark.parametrize(
    ("zh", "ja", "wrong", "right"),
    [
        (
            "公司发布了新一代存储芯片。",
            "同社は新世代の存儲芯片を発表した。",
            "存儲芯片",
            "同社は新世代のメモリー半導体を発表した。",
        ),
        (
            "这款车型搭载固态电池。",
            "このモデルは固態電池を搭載する。",
            "固態電池",
            "このモデルは全固体電池を搭載する。",
        ),
        (
            "港口新建了三座加氢站。",
            "港には加氫站が3カ所新設された。",
            "加氫站",
            "港には水素ステーションが3カ所新設された。",
        ),
        (
            "海上风电装机规模继续扩大。",
            "海上風電の設備規模は拡大を続けた。",
            "海上風電",
            "洋上風力発電の設備規模は拡大を続けた。",
        ),
        (
            "该市建成一座虚拟电厂。",
            "同市は虚擬電廠を1カ所完成させた。",
            "虚擬電廠",
            "同市は仮想発電所を1カ所完成させた。",
        ),
        ("跨境电商出口增长两成。", "跨境電商の輸出は2割伸びた。", "跨境電商", "越境ECの輸出は2割伸びた。"),
        (
            "企业加大冷链投资。",
            "企業は冷鏈への投資を拡大した。",
            "冷鏈",
            "企業はコールドチェーンへの投資を拡大した。",
        ),
        ("着陆器在月球背面着陆。", "着陸器は月の裏側に着陸した。", "着陸器", "着陸機は月の裏側に着陸した。"),
        (
            "医院开设了罕见病门诊。",
            "病院は罕見病の外来を開設した。",
            "罕見病",
            "病院は希少疾患の外来を開設した。",
        ),
        ("她因心肌梗死入院。", "彼女は心肌梗死で入院した。", "心肌梗死", "彼女は心筋梗塞で入院した。"),
        ("高温天气中暑病例增多。", "猛暑で中暑の患者が増えた。", "中暑", "猛暑で熱中症の患者が増えた。"),
        (
            "全市推行垃圾分类。",
            "全市で垃圾分類を推進している。",
            "垃圾分類",
            "全市でごみ分別を推進している。",
        ),
        (
            "今年荒漠化土地面积减少。",
            "今年は荒漠化した土地の面積が減った。",
            "荒漠化",
            "今年は砂漠化した土地の面積が減った。",
        ),
        ("森林覆盖率达到25%。", "森林覆蓋率は25%に達した。", "森林覆蓋率", "森林被覆率は25%に達した。"),
        (
            "该县建设高标准农田十万亩。",
            "同県は高標準農田10万ムーを整備した。",
            "高標準農田",
            "同県は高規格農地10万ムーを整備した。",
        ),
        (
            "农户种植杂交水稻。",
            "農家は雑交水稲を栽培している。",
            "雑交水稲",
            "農家はハイブリッド米を栽培している。",
        ),
        (
            "保障性住房建设加快。",
            "保障性住房の建設が加速した。",
            "保障性住房",
            "保障性住宅の建設が加速した。",
        ),
        (
            "两人被判处无期徒刑。",
            "2人は無期徒刑を言い渡された。",
            "無期徒刑",
            "2人は無期懲役を言い渡された。",
        ),
        (
            "警方破获一起电信诈骗案。",
            "警察は電信詐騙事件を摘発した。",
            "電信詐騙",
            "警察は特殊詐欺事件を摘発した。",
        ),
        ("该公司股票今日停牌。", "同社株は本日停牌となった。", "停牌", "同社株は本日売買停止となった。"),
        (
            "离岸人民币汇率走强。",
            "離岸人民幣の相場が上昇した。",
            "離岸人民幣",
            "オフショア人民元の相場が上昇した。",
        ),
        ("不良贷款率有所下降。", "不良貸款比率がやや低下した。", "不良貸款", "不良債権比率がやや低下した。"),
        (
            "应届毕业生人数创新高。",
            "応届畢業生の数は過去最多となった。",
            "応届畢業生",
            "新卒者の数は過去最多となった。",
        ),
        (
            "学校提供课后服务。",
            "学校は課後服務を提供している。",
            "課後服務",
            "学校は放課後サービスを提供している。",
        ),
        (
            "中国队在花样滑冰比赛中夺冠。",
            "中国チームは花様滑氷で優勝した。",
            "花様滑氷",
            "中国チームはフィギュアスケートで優勝した。",
        ),
        (
            "金牌榜上中国位居第一。",
            "金牌榜で中国は首位に立った。",
            "金牌榜",
            "メダル獲得数で中国は首位に立った。",
        ),
        ("他被开除党籍。", "彼は開除党籍処分を受けた。", "開除党籍", "彼は党籍剥奪処分を受けた。"),
        ("延迟退休方案公布。", "延遅退休の案が発表された。", "延遅退休", "定年延長の案が発表された。"),
        (
            "列车脱轨，无人受伤。",
            "列車が脱軌したが、けが人はいなかった。",
            "脱軌",
            "列車が脱線したが、けが人はいなかった。",
        ),
        ("他转会到上海队。", "彼は上海のチームに転会した。", "転会", "彼は上海のチームに移籍した。"),
    ],
)
def test_established_terms_of_science_health_land_law_and_sport(zh, ja, wrong, right):
    flags = [f for f in run_checks(zh, ja) if f.code == "terminology-calque"]
    assert wrong in [ja[f.start : f.end] for f in flags]
    assert "terminology-calque" not in codes(zh, right)


def test_a_share_company_keeps_its_name():
    assert "terminology-calque" not in codes(
        "比亚迪股份有限公司发布公告。", "比亜迪股份有限公司が公告を出した。"
    )


def test_a_term_in_a_company_s_name_is_the_name_s():
    # 寿光种业集团 keeps 種業 in its name, as the press writes a company as it writes itself.
    assert "terminology-calque" not in codes(
        "种业集团技术人员介绍了新品种。", "種業グループの技術者が新品種を紹介した。"
    )
    assert "terminology-calque" in codes("我国种业发展迅速。", "わが国の種業は急速に発展している。")


def test_the_chief_designer_of_a_programme_keeps_its_title() -> None:
    # 总设计师 is 総設計師 in the Japanese press; a designer alone is still デザイナー or 設計者.
    chief = [
        f.code
        for f in run_checks("空间站工程总设计师王明出席。", "宇宙ステーション計画の王明総設計師が出席した。")
    ]
    assert "terminology-calque" not in chief
    plain = [f.code for f in run_checks("这位设计师出席了活动。", "この設計師はイベントに出席した。")]
    assert "terminology-calque" in plain


@pytest.mark.parametrize(
    ("zh", "ja", "wrong", "right"),
    [
        # trade, logistics and industry
        ("零件运费由买方承担。", "部品の運費は買い手が負担する。", "運費", "部品の運賃は買い手が負担する。"),
        ("售后服务很好。", "售後服務が充実している。", "售後服務", "アフターサービスが充実している。"),
        (
            "新建的生产线已经投产。",
            "新設の生産線はすでに稼働した。",
            "生産線",
            "新設の生産ラインはすでに稼働した。",
        ),
        (
            "该企业主要生产有色金属。",
            "同社は主に有色金属を生産している。",
            "有色金属",
            "同社は主に非鉄金属を生産している。",
        ),
        ("钢筋价格上涨。", "鋼筋の価格が上昇した。", "鋼筋", "鉄筋の価格が上昇した。"),
        # science and space
        (
            "科学家首次拍到黑洞照片。",
            "科学者が初めて黒洞の写真を撮影した。",
            "黒洞",
            "科学者が初めてブラックホールの写真を撮影した。",
        ),
        (
            "这台射电望远镜口径五百米。",
            "この射電望遠鏡の口径は500メートルだ。",
            "射電望遠鏡",
            "この電波望遠鏡の口径は500メートルだ。",
        ),
        ("他们发现了一颗小行星。", "彼らは小行星を発見した。", "小行星", "彼らは小惑星を発見した。"),
        ("这是一颗类地行星。", "これは地球型の行星だ。", "行星", "これは地球型の惑星だ。"),
        # medicine, education and finance
        ("拔罐是传统疗法。", "抜罐は伝統的な療法だ。", "抜罐", "カッピングは伝統的な療法だ。"),
        (
            "学生考试作弊被处分。",
            "学生は試験で作弊し処分を受けた。",
            "作弊",
            "学生は試験で不正行為をし処分を受けた。",
        ),
        (
            "这家公司做众筹。",
            "この会社は衆籌を手がけている。",
            "衆籌",
            "この会社はクラウドファンディングを手がけている。",
        ),
        ("股价暴跌。", "株価が暴跌した。", "暴跌", "株価が暴落した。"),
        # sport, transport and the environment
        ("她获得了金牌。", "彼女は金牌を獲得した。", "金牌", "彼女は金メダルを獲得した。"),
        ("她打破了世界纪录。", "彼女は世界紀録を更新した。", "世界紀録", "彼女は世界記録を更新した。"),
        ("新疆发现大型气田。", "新疆で大型の気田が見つかった。", "気田", "新疆で大型のガス田が見つかった。"),
        ("航班延误三小时。", "便は3時間の延誤となった。", "延誤", "便は3時間の遅延となった。"),
        ("客机滑出跑道。", "旅客機が跑道を外れた。", "跑道", "旅客機が滑走路を外れた。"),
        ("发生一起车祸。", "1件の車禍が発生した。", "車禍", "1件の交通事故が発生した。"),
        # local government, the Party and diplomacy
        ("他是事业单位职工。", "彼は事業単位の職員だ。", "事業単位", "彼は公的機関の職員だ。"),
        ("他挪用公款。", "彼は公款を着服した。", "公款", "彼は公金を着服した。"),
        ("他被关进监狱。", "彼は監獄に入れられた。", "監獄", "彼は刑務所に入れられた。"),
        ("两国重启谈判。", "両国は談判を再開した。", "談判", "両国は交渉を再開した。"),
        ("中日友谊源远流长。", "日中の友誼は長い歴史を持つ。", "友誼", "日中の友好は長い歴史を持つ。"),
        (
            "美国企图遏制中国发展。",
            "米国は中国の発展を遏制しようとしている。",
            "遏制",
            "米国は中国の発展を抑え込もうとしている。",
        ),
    ],
)
def test_established_terms_of_industry_space_sport_and_local_government(zh, ja, wrong, right):
    flags = [f for f in run_checks(zh, ja) if f.code == "terminology-calque"]
    assert wrong in [ja[f.start : f.end] for f in flags]
    assert "terminology-calque" not in codes(zh, right)


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        # The National Audit Office, Qincheng Prison and the Friendship Award keep their names.
        ("审计署发布年度报告。", "審計署は年次報告を発表した。"),
        ("他曾被关押在秦城监狱。", "彼はかつて秦城監獄に収監されていた。"),
        ("他获得中国政府友谊奖。", "彼は中国政府友誼賞を受賞した。"),
        # A bridge or a shop is named by its owner: the press keeps its kanji.
        ("游客可在江边眺望中朝友谊桥。", "観光客は川岸から中朝友誼橋を眺めることができる。"),
        ("代表团参观了北京友谊商店。", "代表団は北京友誼商店を見学した。"),
        # A planetary gear is 遊星歯車, and the copy is not the planet.
        ("这台减速机采用行星齿轮。", "この減速機は遊星歯車を採用している。"),
    ],
)
def test_the_new_established_terms_leave_names_and_other_senses(zh, ja):
    assert "terminology-calque" not in codes(zh, ja)


@pytest.mark.parametrize(
    ("zh", "ja", "wrong", "right"),
    [
        # courts, policing and health
        (
            "公检法机关联合开展专项行动。",
            "公検法機関が合同で特別行動を展開した。",
            "公検法",
            "公安・検察・裁判所が合同で特別取り締まりを展開した。",
        ),
        (
            "警方抓获一名人贩子。",
            "警察は人販子1人を逮捕した。",
            "人販子",
            "警察は人身売買の容疑者1人を逮捕した。",
        ),
        ("该法官审理了此案。", "この法官が本件を審理した。", "法官", "この裁判官が本件を審理した。"),
        (
            "近期甲流病例增多。",
            "最近、甲流の症例が増えている。",
            "甲流",
            "最近、A型インフルエンザの症例が増えている。",
        ),
        (
            "渐冻症患者需要长期护理。",
            "漸凍症患者は長期の介護を必要とする。",
            "漸凍症",
            "ALS患者は長期の介護を必要とする。",
        ),
        # schooling
        (
            "全省职业院校招生人数增加。",
            "全省の職業院校の募集人数が増えた。",
            "職業院校",
            "全省の職業学校の募集人数が増えた。",
        ),
        ("高中生参加了比赛。", "高中生が大会に参加した。", "高中生", "高校生が大会に参加した。"),
        ("毕业典礼在礼堂举行。", "畢業典礼が講堂で行われた。", "畢業典礼", "卒業式が講堂で行われた。"),
        # rural policy, housing and labour
        (
            "村里的贫困户全部脱贫。",
            "村の貧困戸はすべて貧困から脱却した。",
            "貧困戸",
            "村の貧困世帯はすべて貧困から脱却した。",
        ),
        (
            "政府加快建设保障房。",
            "政府は保障房の建設を加速する。",
            "保障房",
            "政府は低所得者向け住宅の建設を加速する。",
        ),
        (
            "公司为员工缴纳五险一金。",
            "会社は従業員のために五険一金を納付する。",
            "五険一金",
            "会社は従業員のために社会保険と住宅積立金を納付する。",
        ),
        (
            "他被评为全国劳动模范。",
            "彼は全国労働模範に選ばれた。",
            "労働模範",
            "彼は全国模範労働者に選ばれた。",
        ),
        (
            "多家科技公司宣布裁员。",
            "複数のテック企業が裁員を発表した。",
            "裁員",
            "複数のテック企業が人員削減を発表した。",
        ),
        # industry, finance and the environment
        (
            "该芯片采用7纳米制程。",
            "このチップは7ナノ制程を採用している。",
            "制程",
            "このチップは7ナノの製造プロセスを採用している。",
        ),
        ("新建一座工业园。", "工業園を新たに建設する。", "工業園", "工業団地を新たに建設する。"),
        (
            "今年新增专项债额度三万亿元。",
            "今年は専項債の枠を3兆元増やした。",
            "専項債",
            "今年は特別債の枠を3兆元増やした。",
        ),
        (
            "央行开展逆回购操作。",
            "中央銀行は逆回購操作を行った。",
            "逆回購",
            "中央銀行はリバースレポ操作を行った。",
        ),
        ("印花税减半征收。", "印花税を半減して徴収する。", "印花税", "印紙税を半減して徴収する。"),
        (
            "减少一次性塑料制品使用。",
            "一次性のプラスチック製品の使用を減らす。",
            "一次性",
            "使い捨てプラスチック製品の使用を減らす。",
        ),
        (
            "强降雨导致河水上涨。",
            "強降雨により川の水位が上がった。",
            "強降雨",
            "大雨により川の水位が上がった。",
        ),
        # sport, media and transport
        ("成都举办大运会。", "成都で大運会が開催される。", "大運会", "成都でユニバーシアードが開催される。"),
        (
            "中国队晋级亚洲杯八强。",
            "中国チームが亜洲杯ベスト8に進出した。",
            "亜洲杯",
            "中国チームがアジアカップでベスト8に進出した。",
        ),
        (
            "湖南电视台播出了这部剧。",
            "湖南電視台がこのドラマを放送した。",
            "電視台",
            "湖南テレビがこのドラマを放送した。",
        ),
        (
            "高铁站距离市区十公里。",
            "高鉄駅は市街地から10キロ離れている。",
            "高鉄駅",
            "高速鉄道の駅は市街地から10キロ離れている。",
        ),
        ("司机在收费站缴费。", "運転手は収費站で料金を払った。", "収費站", "運転手は料金所で料金を払った。"),
        (
            "市民出行可选择多种交通工具。",
            "市民は多様な交通工具を選んで移動できる。",
            "交通工具",
            "市民は多様な交通手段を選んで移動できる。",
        ),
        # government and diplomacy
        ("国办印发了通知。", "国弁が通知を出した。", "国弁", "国務院弁公庁が通知を出した。"),
        (
            "推动朝核问题政治解决。",
            "朝核問題の政治的解決を推進する。",
            "朝核",
            "北朝鮮の核問題の政治的解決を推進する。",
        ),
        (
            "双方就南海问题交换意见。",
            "双方は南海問題について意見を交換した。",
            "南海問題",
            "双方は南シナ海問題について意見を交換した。",
        ),
        (
            "中国与东南亚国家合作密切。",
            "中国と東南亜諸国の協力は緊密だ。",
            "東南亜",
            "中国と東南アジア諸国の協力は緊密だ。",
        ),
    ],
)
def test_established_terms_of_courts_schools_housing_labour_and_transport(zh, ja, wrong, right):
    flags = [f for f in run_checks(zh, ja) if f.code == "terminology-calque"]
    assert wrong in [ja[f.start : f.end] for f in flags]
    assert "terminology-calque" not in codes(zh, right)
    assert "terminology-partial-copy" not in codes(zh, right)


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        # CCTV, a grand theatre and a named industrial park keep their Chinese names in the press.
        ("中央电视台报道了这一消息。", "中国中央電視台がこのニュースを報じた。"),
        ("演出在国家大剧院举行。", "公演は国家大劇院で行われた。"),
        ("苏州工业园区吸引了大量外资。", "蘇州工業園区は多くの外資を呼び込んだ。"),
        # Real estate is 房地产 (its own entry), local produce is 地産 in Japanese too.
        ("坚持地产地销。", "地産地消を堅持する。"),
        # The established forms themselves, and a gloss after the copy.
        ("南海局势总体稳定。", "南シナ海情勢は全体として安定している。"),
        ("专项债发行提速。", "特別債（専項債）の発行が加速した。"),
    ],
)
def test_the_fifth_round_leaves_names_and_other_senses(zh, ja):
    assert "terminology-calque" not in codes(zh, ja)
