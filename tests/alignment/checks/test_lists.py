"""Omissions from a list: an item of a Chinese enumeration with no counterpart in the target."""

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from alignment.checks import run_checks
from alignment.checks.lists import _reached, list_items, pair_items
from tests.alignment.checks.conftest import categories, codes

SOURCE = "双方将在农业、能源、卫生、旅游等领域加强合作。"


def test_a_dropped_item_is_flagged_and_named():
    ja = "双方は農業、エネルギー、観光などの分野で協力を強化する。"
    flags = [f for f in run_checks(SOURCE, ja) if f.code == "omission-list-item"]
    assert len(flags) == 1
    assert "'卫生'" in flags[0].message and flags[0].start is None


def test_items_rendered_by_other_words_are_not_dropped():
    # エネルギー and 観光 share no character with 能源 and 旅游: the encoder finds them near.
    ja = "双方は農業、エネルギー、衛生、観光などの分野で協力を強化する。"
    assert "omission-list-item" not in codes(SOURCE, ja)


def test_a_sibling_of_the_same_kind_does_not_stand_for_the_dropped_item():
    # 北京 is near 上海 in meaning, but nearer to 北京 itself: it renders that item, not this one.
    zh = "代表团访问了北京、上海、广州三座城市。"
    assert "omission-list-item" not in codes(zh, "代表団は北京、上海、広州の3都市を訪れた。")
    assert "omission-list-item" in codes(zh, "代表団は北京、広州の3都市を訪れた。")


def test_a_katakana_word_renders_one_source_word_only():
    # サービス comes from "service", which CC-CEDICT gives both 服务 and 税务 ("taxation services");
    # written once, it renders 服务, the nearer: 税务 is dropped.
    zh = "市政府为企业提供法律、税务、金融等服务。"
    assert "omission-list-item" in codes(zh, "市政府は企業に法律、金融などのサービスを提供している。")
    assert "omission-list-item" not in codes(
        zh, "市政府は企業に法律、税務、金融などのサービスを提供している。"
    )


def test_a_siblings_dictionary_rendering_is_no_counterpart():
    # 税関 renders 海关 ("customs") by the dictionaries, though the encoder puts it nearer 税务 by
    # its 税: 税务 is the item dropped, and 海关 is rendered.
    zh = "双方在海关、税务、物流等领域签署了协议。"
    flags = [
        f.message
        for f in run_checks(zh, "双方は税関、物流などの分野で協定に署名した。")
        if f.code == "omission-list-item"
    ]
    assert len(flags) == 1 and "'税务'" in flags[0]
    assert "omission-list-item" not in codes(zh, "双方は税関、税務、物流などの分野で協定に署名した。")


def test_a_copy_of_a_word_outside_the_item_is_no_counterpart():
    # 両港 copies 两港 before the list; near as it is to 港口管理, it cannot also render it.
    zh = "两港在港口管理、航运、物流等方面合作。"
    assert "omission-list-item" in codes(zh, "両港は海運、物流などの面で協力する。")
    assert "omission-list-item" not in codes(zh, "両港は港湾管理、海運、物流などの面で協力する。")


def test_list_items_trims_the_first_and_last_parts_to_the_items():
    clause = "期间将举办讲座、展览、论坛等活动"
    assert [clause[a:b] for a, b, judged in list_items(clause) if judged] == ["讲座", "展览", "论坛"]
    assert list_items("双方签署了协议、备忘录") == []  # two items are no list to judge


def test_a_pasted_page_is_not_encoded_run_by_run():
    # Thousands of words would each be encoded three times over; a page is no sentence to judge.
    zh = "双方将在农业、能源、卫生、旅游等领域加强合作。" * 2
    ja = "双方は農業、エネルギー、観光などの分野で協力を強化する。" + "会議は続いた。" * 200
    assert "omission-list-item" not in codes(zh, ja)


def test_one_shared_character_is_no_counterpart():
    # 育 of 体育 stands in 教育, the rendering of a sibling: a character alone proves nothing in a
    # list whose items are of a kind; two together (教育) do.
    zh = "两国将在科技、教育、体育等领域深化合作。"
    assert "omission-list-item" in codes(zh, "両国は科学技術、教育などの分野で協力を深める。")
    assert "omission-list-item" not in codes(zh, "両国は科学技術、教育、体育などの分野で協力を深める。")


def test_a_name_is_the_first_or_last_item_whole():
    clause = "途经乌兹别克斯坦、波兰、德国"
    judged = [clause[a:b] for a, b, j in list_items(clause, [(2, 8)]) if j]
    assert judged[0] == "乌兹别克斯坦"
    clause = "先后在北京、上海、哈尔滨"
    assert [clause[a:b] for a, b, j in list_items(clause, [(9, 12)]) if j][-1] == "哈尔滨"


def test_a_count_closes_the_list():
    clause = "访问了北京、上海、广州三座城市"
    assert [clause[a:b] for a, b, j in list_items(clause) if j] == ["北京", "上海", "广州"]


def test_a_list_joined_by_a_conjunction_is_a_list():
    # A、B和C is a list of three: the item before 和 is one, and so is the one after it.
    clause = "代表团参观了博物馆、科技馆和大剧院等场馆"
    assert [clause[a:b] for a, b, j in list_items(clause) if j] == ["博物馆", "科技馆", "大剧院"]
    assert list_items("双方签署了协议和备忘录") == []  # two items are still no list to judge


def test_a_name_is_witnessed_by_one_word_of_the_target_only():
    # ベラルーシ renders 白俄罗斯 ("Belarus"); it half sounds like 俄罗斯 too, but cannot stand for both.
    zh = "代表团先后访问了乌克兰、俄罗斯、白俄罗斯三国。"
    flags = [
        f
        for f in run_checks(zh, "代表団はウクライナ、ベラルーシの3カ国を相次いで訪問した。")
        if f.code == "omission-list-item"
    ]
    assert len(flags) == 1 and "'俄罗斯'" in flags[0].message
    assert "omission-list-item" not in codes(
        zh, "代表団はウクライナ、ロシア、ベラルーシの3カ国を相次いで訪問した。"
    )


def test_a_short_name_is_judged_whole():
    # 日本 is one name, however few characters it has; no word near in meaning stands for it.
    zh = "他曾在德国、日本和印度工作多年。"
    assert "omission-list-item" in codes(zh, "彼はドイツとインドで長年働いた。")
    assert "omission-list-item" not in codes(zh, "彼はドイツ、日本、インドで長年働いた。")


def test_names_kept_in_latin_are_rendered():
    zh = "展会吸引了来自谷歌、微软和亚马逊的工程师。"
    assert "omission-list-item" not in codes(
        zh, "展示会にはGoogle、Microsoft、Amazonのエンジニアが集まった。"
    )
    flags = [
        f
        for f in run_checks(zh, "展示会にはGoogle、Amazonのエンジニアが集まった。")
        if f.code == "omission-list-item"
    ]
    assert len(flags) == 1 and "'微软'" in flags[0].message


def test_a_qualifier_every_item_shares_is_no_evidence():
    # 上海 of 上海科技馆 is rendered with its siblings: it does not show that 科技馆 was.
    zh = "学员们参观了上海博物馆、上海科技馆和上海大剧院等地。"
    assert "omission-list-item" in codes(zh, "研修生たちは上海博物館、上海大劇院などを見学した。")
    assert "omission-list-item" not in codes(
        zh, "研修生たちは上海博物館、上海科技館、上海大劇院などを見学した。"
    )


def test_a_shared_head_is_rendered_with_each_item():
    zh = "选手们将参加全程马拉松、半程马拉松和迷你马拉松等项目。"
    assert "omission-list-item" not in codes(
        zh, "選手たちはフルマラソン、ハーフマラソン、ミニマラソンなどの種目に出場する。"
    )


@given(st.text(alphabet="、和及等以及甲乙丙丁北京上海三个", max_size=30))
def test_list_items_stay_within_the_clause_and_do_not_overlap(clause: str) -> None:
    items = list_items(clause)
    assert all(0 <= a < b <= len(clause) for a, b, _ in items)
    assert all(b1 <= a2 for (_, b1, _), (a2, _, _) in pairwise(items))
    assert all("、" not in clause[a:b] for a, b, _ in items)


def test_an_unclosed_last_item_is_judged_at_its_siblings_length():
    # Nothing closes the list (no 等, no count): 市卫健委 is taken as long as 市教育局, and a run of
    # the target across a comma (座談会では、市) renders no item.
    zh = "座谈会上，市外办、市教育局、市卫健委有关负责人作了发言。"
    flags = [
        f
        for f in run_checks(zh, "座談会では、市外事弁公室と市教育局の担当者が発言した。")
        if f.code == "omission-list-item"
    ]
    assert len(flags) == 1 and "'市卫健委'" in flags[0].message
    ja = "座談会では、市外事弁公室、市教育局、市衛生健康委員会の担当者が発言した。"
    assert "omission-list-item" not in codes(zh, ja)


def test_the_first_item_may_be_longer_than_its_siblings():
    # 汽车 alone is 车 in 新エネルギー車; the first part's words before the cut are the item's too.
    zh = "两国企业将在新能源汽车、储能、氢能等领域加强合作。"
    ja = "両国の企業は新エネルギー車、エネルギー貯蔵、水素エネルギーなどの分野で協力を強化する。"
    assert "omission-list-item" not in codes(zh, ja)
    ja = "両国の企業は新エネルギー車、水素エネルギーなどの分野で協力を強化する。"
    flags = [f for f in run_checks(zh, ja) if f.code == "omission-list-item"]
    assert len(flags) == 1 and "'储能'" in flags[0].message


def test_quoted_names_one_after_the_other_are_a_list():
    # “A”“B”“C”三条: no 、 between the items, each set off by its quotes.
    zh = "本次活动推出了“红色记忆游”“乡村振兴游”“海岛休闲游”三条主题线路。"
    ja = "今回のイベントでは「赤い記憶ツアー」「海島レジャーツアー」の3つのテーマコースが打ち出された。"
    flags = [f for f in run_checks(zh, ja) if f.code == "omission-list-item"]
    assert len(flags) == 1 and "'乡村振兴游'" in flags[0].message
    ja = "今回のイベントでは「赤い記憶ツアー」「農村振興ツアー」「海島レジャーツアー」の3つのテーマコースが打ち出された。"
    assert "omission-list-item" not in codes(zh, ja)


def test_an_item_of_a_pair_with_one_head_is_judged():
    # Two items of a kind, 英语 and 西班牙语, end in one head: the second is as plain as a list's.
    zh = "展馆为外国游客提供英语和西班牙语导览服务。"
    assert "omission-list-item" in codes(zh, "展示館は外国人観光客に英語のガイドサービスを提供している。")
    assert "omission-list-item" not in codes(
        zh, "展示館は外国人観光客に英語とスペイン語のガイドサービスを提供している。"
    )


def test_pair_items_end_the_second_item_at_the_shared_head():
    clause = "代表团参观了上海博物馆和南京博物馆"
    assert [clause[a:b] for a, b, _ in pair_items(clause)] == ["上海博物馆", "南京博物馆"]
    clause = "学生们学习了国家级和省级课程"
    assert [clause[a:b] for a, b, _ in pair_items(clause)] == ["国家级", "省级"]


def test_pair_items_need_a_conjunction_and_a_head_that_are_words():
    assert pair_items("南美和中美洲国家的代表出席") == []  # 美 of 中美洲 ends no item
    assert pair_items("双方致力于维护和平与稳定") == []  # 和 of 和平 joins nothing
    assert pair_items("她与几位朋友一起看望了她的老师") == []  # a pronoun is no head


def test_a_clause_with_no_conjunction_is_not_segmented_for_a_pair(monkeypatch):
    # The dictionary scan is the cost of pair_items: a clause no 和, 与, 及 or 、 could join two
    # items in need not be segmented at all.
    from alignment.checks import lists  # noqa: PLC0415

    scanned: list[str] = []
    real = lists.segmented
    monkeypatch.setattr(lists, "segmented", lambda text: scanned.append(text) or real(text))
    assert pair_items("他昨天下午在图书馆看了一本小说") == []
    assert scanned == []
    assert pair_items("他学了俄语和哈萨克语") == [(1, 5, True), (6, 10, True)]
    assert scanned == ["他学了俄语和哈萨克语"]


def _asked(monkeypatch, name: str) -> list[tuple[str, ...]]:
    """The calls the list check makes to ``name`` of its module, recorded."""
    from alignment.checks import lists  # noqa: PLC0415

    calls: list[tuple[str, ...]] = []
    real = getattr(lists, name)
    monkeypatch.setattr(lists, name, lambda *args: calls.append(args) or real(*args))
    return calls


def test_a_source_with_no_list_is_not_read_for_names(monkeypatch):
    # A 、 that joins two clauses (首先、…) makes no list: the source's names and what the target
    # renders of them would decide nothing.
    runs = _asked(monkeypatch, "name_runs")
    rendered = _asked(monkeypatch, "rendered_positions")
    assert "omission-list-item" not in codes(
        "首先、我们要认真学习新的知识。", "まず、私たちは新しい知識を真剣に学ばなければならない。"
    )
    assert runs == [] and rendered == []
    assert "omission-list-item" in codes(SOURCE, "双方は農業、エネルギー、観光などの分野で協力を強化する。")
    assert runs and rendered


def test_a_list_of_names_needs_no_rendered_positions(monkeypatch):
    # Every item is a name the dictionary knows only as one: each is judged by the words of the
    # target that may witness it, never by the characters the target renders.
    rendered = _asked(monkeypatch, "rendered_positions")
    codes(
        "他访问了俄罗斯、白俄罗斯和哈萨克斯坦三国。",
        "彼はロシア、ベラルーシ、カザフスタンの3か国を訪問した。",
    )
    assert rendered == []


def test_a_pair_is_read_from_the_source_segmentation(monkeypatch):
    # The source is segmented for the other checks already: a clause it has a word boundary at
    # both ends of is not scanned again for its conjunction and head.
    scanned = _asked(monkeypatch, "segmented")
    source = "他们昨天学了俄语和哈萨克语，今天又去了图书馆。"
    codes(source, "彼らは昨日ロシア語とカザフ語を学び、今日は図書館へ行った。")
    assert ("他们昨天学了俄语和哈萨克语",) not in scanned


@given(
    st.text(alphabet="俄语和哈萨克与国家级省级中美洲南的学生，。、", min_size=1, max_size=30),
    st.data(),
)
def test_a_clause_has_the_words_the_source_gives_it(source, data):
    # Longest word first from the left: where the source has a word boundary at both ends of a
    # stretch, the stretch alone is segmented into the same words.
    from alignment.checks.origins import clause_words, segmented  # noqa: PLC0415

    start = data.draw(st.integers(0, len(source) - 1))
    end = data.draw(st.integers(start + 1, len(source)))
    assert clause_words(source, start, end) == dict(segmented(source[start:end]))


# Lists of my own, each rendered whole and with an item dropped: items that only the encoder
# finds rendered (エネルギー for 能源, 衣料品 for 服装), and items it must call dropped.
_ENCODED_LISTS = [
    ("展会上展出了服装、玩具、家具等产品。", "展示会では衣料品、おもちゃ、家具などの製品が展示された。"),
    ("展会上展出了服装、玩具、家具等产品。", "展示会では衣料品、家具などの製品が展示された。"),
    (
        "学校开设了音乐、美术、体育和计算机课程。",
        "学校は音楽、美術、スポーツ、コンピューターの授業を開設した。",
    ),
    ("学校开设了音乐、美术、体育和计算机课程。", "学校は音楽、スポーツ、コンピューターの授業を開設した。"),
    ("他喜欢足球、篮球、网球等运动。", "彼はサッカー、バスケットボール、テニスなどのスポーツが好きだ。"),
    ("他喜欢足球、篮球、网球等运动。", "彼はサッカー、テニスなどのスポーツが好きだ。"),
    ("市场上有苹果、香蕉、葡萄等水果。", "市場にはリンゴ、バナナ、ブドウなどの果物がある。"),
    (SOURCE, "双方は農業、エネルギー、観光などの分野で協力を強化する。"),
]


def test_the_shorter_runs_first_answer_what_every_run_answers(monkeypatch):
    # A run of one or two words near enough decides the item as the ranking of every run would;
    # where none is, every run is ranked, so a flag names the same nearest run.
    from alignment.checks import lists  # noqa: PLC0415

    settled: list[bool] = []
    real = lists._first_near_enough
    monkeypatch.setattr(lists, "_first_near_enough", lambda *a: settled.append(bool(real(*a))) or real(*a))
    first = [
        [f.message for f in run_checks(zh, ja) if f.code == "omission-list-item"] for zh, ja in _ENCODED_LISTS
    ]
    assert True in settled and False in settled  # both ways were taken
    monkeypatch.setattr(lists, "_first_near_enough", lambda *a: None)
    every = [
        [f.message for f in run_checks(zh, ja) if f.code == "omission-list-item"] for zh, ja in _ENCODED_LISTS
    ]
    assert first == every
    assert sum(map(bool, every)) == 3  # 玩具, 美术 and 篮球 dropped


def test_an_item_one_word_renders_needs_no_longer_runs_encoded(monkeypatch):
    # 衣料 renders 服装 and おもちゃ 玩具: the runs of two and three words (衣料品, 製品が展示,
    # 製品が展示され), two thirds of the texts, are never encoded for them.
    from alignment.checks import lists, meaning  # noqa: PLC0415

    monkeypatch.setattr(meaning, "_vectors", {})  # nothing encoded before, by other tests

    asked: list[str] = []
    real = lists.vectors
    monkeypatch.setattr(lists, "vectors", lambda texts: asked.extend(texts) or real(texts))
    zh, ja = _ENCODED_LISTS[0]
    assert "omission-list-item" not in codes(zh, ja)
    assert set(asked) == {"展示", "衣料", "おもちゃ", "家具", "製品", "服装", "玩具"}


def test_an_item_with_a_quote_or_an_aside_in_it_is_an_item():
    # The quote and the brackets stand inside an item: they do not end the clause the list is in.
    # 学术 of the dropped item stands in 学術ウィーク, the rendering of 学术周 before the list: two
    # characters the source writes outside the list are no evidence of the item.
    zh = "学术周期间，组委会还将举办茶艺表演、书法展览和“丝路与海洋”国际学术论坛等活动。"
    ja = "学術ウィーク期間中、組織委員会は茶芸パフォーマンスや書道展などの活動も開催する。"
    flags = [f.message for f in run_checks(zh, ja) if f.code == "omission-list-item"]
    assert len(flags) == 1 and "国际学术论坛" in flags[0]
    ja = "学術ウィーク期間中、組織委員会は茶芸パフォーマンス、書道展、「シルクロードと海洋」国際学術フォーラムなどの活動も開催する。"
    assert "omission-list-item" not in codes(zh, ja)
    zh = "考察团先后参观了南通家纺城、中国（南通）国际家纺博览中心和沿江生态农业示范园。"
    ja = "視察団は南通家紡城、中国（南通）国際家紡博覧センターを相次いで見学した。"
    flags = [f.message for f in run_checks(zh, ja) if f.code == "omission-list-item"]
    assert len(flags) == 1 and "沿江生态农业示范园" in flags[0]


def test_an_item_cut_inside_a_quote_is_not_judged():
    # The second item of 住房和“购房…” ends at 房 inside the quote: the cut is no item boundary.
    zh = "政府对第二套住房和“购房用以出租”征收更高的印花税。"
    assert "omission-list-item" not in codes(zh, "政府はセカンドハウスと賃貸用物件に高い印紙税を課す。")


def test_a_clause_after_the_conjunction_is_no_item():
    # 以及 + a coverb (为, 向, 对 …) joins a clause of its own: two items and a clause are no list,
    # and the clause's first characters are no item to miss.
    clause = "该基金用于修缮校舍、添置图书以及为贫困学生提供奖学金"
    assert list_items(clause) == []
    assert list_items("该基金用于修缮校舍、添置图书以及资助贫困学生")  # an item of the same kind
    zh = "该基金用于修缮校舍、添置图书以及为贫困学生提供奖学金。"
    ja = "同基金は校舎の改修や図書の購入のほか、貧困家庭の学生への奨学金に充てられる。"
    assert "omission-list-item" not in codes(zh, ja)


def test_a_conjunction_character_that_begins_a_word_ends_no_item():
    # 及 of 及时 ("in time") is no conjunction: the item is 垃圾清运不及时 whole.
    clause = "可反映道路破损、路灯不亮、垃圾清运不及时等问题"
    assert [clause[a:b] for a, b, _ in list_items(clause)] == ["道路破损", "路灯不亮", "垃圾清运不及时"]
    zh = "市民通过热线，可反映道路破损、路灯不亮、垃圾清运不及时等问题，平均处理时间缩短至3天。"
    ja = "市民はホットラインを通じて、道路の破損、街灯の故障、ごみ収集の遅れなどの問題を通報でき、平均処理時間は3日に短縮された。"
    assert "omission-list-item" not in codes(zh, ja)


def test_an_item_written_as_its_acronym_is_rendered():
    # CC-CEDICT gives 物联网 "Internet of things (IoT)" and 人工智能 "(AI)".
    zh = "武侯区将推动5G基站、物联网和人工智能平台建设。"
    assert "omission-list-item" not in codes(
        zh, "武侯区は5G基地局、IoT、AIプラットフォームの構築を推進する。"
    )
    assert "omission-list-item" in codes(zh, "武侯区は5G基地局、AIプラットフォームの構築を推進する。")


def test_two_characters_written_more_often_than_outside_the_list_are_evidence():
    # 四川 stands outside the list once (看四川) and in the target twice (見る四川, 四川の物語): one of
    # the target's is the item's. Written no more often than outside, they prove nothing.
    outside = "讲好中国故事、。今后将继续打造“外国记者看四川”品牌，"
    item, bridged = "四川故事", "四川故事"
    both = "「外国人記者が見る四川」ブランドの構築を続け、中国の物語、四川の物語を伝える。"
    once = "「外国人記者が見る四川」ブランドの構築を続け、中国の物語を伝える。"
    assert _reached([], [], set(), item, bridged, both, frozenset({2, 3}), outside)
    assert not _reached([], [], set(), item, bridged, once, frozenset({2, 3}), outside)


def test_a_company_written_as_it_writes_itself_is_rendered():
    # 腾讯 is Tencent (CC-CEDICT through 腾讯控股有限公司): テンセント renders it.
    zh = "阿里巴巴、腾讯、京东等企业参加了论坛。"
    ja = "アリババ、テンセント、京東などの企業がフォーラムに参加した。"
    assert "omission-list-item" not in codes(zh, ja)
    dropped = "アリババ、京東などの企業がフォーラムに参加した。"
    assert "omission" in categories(zh, dropped)


def test_an_item_whose_neighbours_enclose_one_part_of_the_target_list_is_there():
    # 城乡融合 → 都市と農村の一体化: the encoder not near enough; but the target lists the two
    # neighbours with one part between them, which stands in the item's place.
    zh = "会议讨论了乡村振兴、城乡融合、生态保护等议题。"
    assert "omission-list-item" not in codes(
        zh, "会議では農村振興、都市と農村の一体化、生態保護などが議論された。"
    )
    # Dropped, the neighbours stand side by side.
    assert "omission-list-item" in codes(zh, "会議では農村振興、生態保護などが議論された。")


def test_an_unclosed_last_item_ends_where_a_word_and_what_its_de_qualifies_end():
    # Taken at its siblings' length (4), the last item would end inside 监护人 or on 的.
    clause = "优先为教师、外卖骑手和患儿的监护人接种疫苗"
    assert [clause[a:b] for a, b, _ in list_items(clause)][1:] == ["外卖骑手", "患儿的监护人"]
    clause = "优先为教师、外卖骑手和确诊者的同住家人接种疫苗"
    assert [clause[a:b] for a, b, _ in list_items(clause)][1:] == ["外卖骑手", "确诊者的同住家人"]
    zh = "优先为教师、外卖骑手和确诊者的同住家人接种疫苗。"
    ja = "教師やフードデリバリー配達員、感染者の同居家族を優先して接種する。"
    assert "omission-list-item" not in codes(zh, ja)


def test_a_chinese_company_japanese_names_in_katakana_is_rendered():
    # ファーウェイ, バイトダンス, ネットイース: how the Japanese press writes 华为, 字节跳动, 网易.
    zh = "参展商包括华为、索尼、三星等企业。"
    assert "omission-list-item" not in codes(zh, "出展企業にはファーウェイ、ソニー、サムスンなどが含まれる。")
    zh = "字节跳动、网易、百度等公司发布了新产品。"
    ja = "バイトダンス、ネットイース、バイドゥなどの企業が新製品を発表した。"
    assert "omission-list-item" not in codes(zh, ja)
    assert "omission-list-item" in codes(zh, "ネットイース、バイドゥなどの企業が新製品を発表した。")
