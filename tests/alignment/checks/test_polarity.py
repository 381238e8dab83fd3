"""Polarity, tense and voice: a negation lost, a plan told as done, a 'must' from nowhere, a
causative with no object. Sentences written for these tests."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alignment.checks import DEFAULT_CONFIG, polarity, run_checks
from alignment.checks.base import Segment
from alignment.checks.japanese import words
from alignment.checks.polarity import future_marker, main_predicate, source_negations
from tests.alignment.checks.conftest import codes


def _flags(code: str, zh: str, ja: str):
    return [f for f in run_checks(zh, ja) if f.code == code]


def test_a_lost_negation_is_flagged_where_the_negated_verb_is_rendered():
    zh = "她说没想到这座城市的冬天这么暖和。"
    ja = "彼女は、この町の冬がこれほど暖かいのは予想していたと話した。"
    flags = _flags("mistranslation-negation", zh, ja)
    assert len(flags) == 1 and flags[0].category == "mistranslation" and flags[0].severity == "major"
    assert "没想到" in flags[0].message and ja[flags[0].start : flags[0].end] == "予想"
    # The negation kept, or rendered by a word of surprise or absence, is fine.
    for fine in (
        "彼女は、この町の冬がこれほど暖かいとは思わなかったと話した。",
        "彼女は、この町の冬が意外にも暖かかったと話した。",
    ):
        assert "mistranslation-negation" not in codes(zh, fine), fine


def test_a_negation_carried_by_yu_negates_the_verb_after_it():
    # 不予 "will not grant" negates the verb after 予: 不予补贴 is no subsidy.
    zh = "今年起，对高耗能企业不予补贴。"
    ja = "今年から、エネルギー多消費型企業に補助金を支給する。"
    flags = _flags("mistranslation-negation", zh, ja)
    assert [ja[f.start : f.end] for f in flags] == ["補助"]
    assert "不予" in flags[0].message
    assert source_negations(zh)[0].negated == "补贴"
    fine = "今年から、エネルギー多消費型企業には補助金を支給しない。"
    assert "mistranslation-negation" not in codes(zh, fine)


def test_a_prohibition_turned_into_an_obligation():
    zh = "游客切勿在保护区内使用无人机。"
    assert _flags("mistranslation-negation", zh, "観光客は保護区内で必ずドローンを使用しなければならない。")
    assert not _flags("mistranslation-negation", zh, "観光客は保護区内でドローンを使用してはならない。")
    assert not _flags("mistranslation-negation", zh, "保護区内でのドローンの使用は禁止されている。")


def test_a_prohibition_asserted_in_its_own_clause():
    # Another clause keeps a negation (以免 "so as not to" → 出さないよう): the prohibition's own
    # clause, which insists on the act, says the opposite all the same.
    zh = "登山者切勿进入封闭路段，以免发生危险。"
    ja = "登山者は閉鎖区間に必ず進入し、危険を出さないようにすべきだ。"
    flags = _flags("mistranslation-negation", zh, ja)
    assert len(flags) == 1 and ja[flags[0].start : flags[0].end] == "必ず" and "切勿" in flags[0].message
    # The ない of an obligation (しなければならない) insists too.
    assert _flags(
        "mistranslation-negation", zh, "危険を出さないよう、登山者は閉鎖区間に必ず進入しなければならない。"
    )
    for fine in (
        "登山者は閉鎖区間に決して進入せず、危険を避けるべきだ。",
        "登山者は閉鎖区間に進入してはならず、危険を避けるべきだ。",
        "閉鎖区間への進入は禁止されており、危険を避けるよう求められている。",
    ):
        assert "mistranslation-negation" not in codes(zh, fine), fine
    # A word of absence that copies a source word (違規 for 违规) negates nothing of the clause.
    zh = "市民切勿参加违规集资活动，以免蒙受损失。"
    rest = "、損失を出さないようにする。"
    assert _flags("mistranslation-negation", zh, "市民は違規の資金集めに必ず参加し" + rest)
    assert not _flags("mistranslation-negation", zh, "市民は違規の資金集めに参加せず" + rest)


def test_words_whose_negation_has_faded_are_not_negations():
    # 不断 "constantly", 不仅 "not only", 无论 "no matter", 非常 "very", 并不时 = 并 + 不时.
    for zh in (
        "两市交流不断深化。",
        "这不仅是经济合作，也是文化交流。",
        "无论天气如何，比赛照常进行。",
        "展览非常成功。",
        "市长认真听取意见，并不时提问。",
    ):
        assert source_negations(zh) == [], zh
    # A double negation asserts: 不得不 "had to".
    assert source_negations("他们不得不推迟会议。") == []
    assert [n.word for n in source_negations("他们没有推迟会议。")] == ["没有"]


def test_a_rephrased_negation_is_not_flagged():
    # The negated verb (支持) is nowhere in the target: the translator said it otherwise.
    assert not _flags("mistranslation-negation", "议员们不支持这项提案。", "議員たちはこの提案に反対した。")


def test_a_plan_told_as_done():
    zh = "该公司表示，明年将在当地建设一座新工厂。"
    ja = "同社は、来年現地に新工場を1カ所建設したと述べた。"
    flags = _flags("grammar-plan-as-done", zh, ja)
    assert [ja[f.start : f.end] for f in flags] == ["建設した"]
    assert flags[0].category == "grammar"
    for fine in (
        "同社は、来年現地に新工場を建設すると述べた。",
        "同社は、来年現地に新工場を建設する計画だと明らかにした。",
        "同社によると、来年現地に新工場を建設する予定だという。",
    ):
        assert "grammar-plan-as-done" not in codes(zh, fine), fine


def test_a_plan_someone_agreed_on_is_the_agreement_past():
    # 商定今后… : the agreement happened; 合意した is right.
    zh = "双方商定今后每年举办一次青年论坛。"
    assert not _flags(
        "grammar-plan-as-done", zh, "双方は今後、毎年1回青年フォーラムを開催することで合意した。"
    )


def test_a_plan_reported_as_decided_is_no_plan_told_as_done():
    # 将共同建设 → 建設することになった: the decision happened, the building is to come.
    zh = "双方将共同投资建设新工厂。"
    for fine in (
        "双方は新工場を共同で建設することになった。",
        "双方は新工場を共同で建設することが決まった。",
    ):
        assert not _flags("grammar-plan-as-done", zh, fine), fine
    assert _flags("grammar-plan-as-done", zh, "双方は新工場を共同で建設した。")


def test_a_change_reversed_beside_a_change_the_other_way_is_read_at_its_figure():
    # 下降3.5%，但…回升: both directions in the sentence; the figure ties each word to its change.
    zh = "对日本出口同比下降3.5%，但对韩国出口有所回升。"
    ja = "日本向け輸出は前年同期比3.5%増加した一方、韓国向け輸出はやや持ち直した。"
    flags = _flags("mistranslation-trend", zh, ja)
    assert [ja[f.start : f.end] for f in flags] == ["3.5%増加"]
    assert flags[0].category == "mistranslation"
    zh = "出口额下降3.5%，进口增长12%。"
    assert _flags("mistranslation-trend", zh, "輸出額は3.5％増、輸入は12％減となった。")
    for fine in (
        "日本向け輸出は前年同期比3.5%減少した一方、韓国向け輸出はやや持ち直した。",
        "日本向け輸出は3.5%の減少となったが、韓国向けは回復した。",
    ):
        assert not _flags("mistranslation-trend", "对日本出口同比下降3.5%，但对韩国出口有所回升。", fine), (
            fine
        )
    assert not _flags("mistranslation-trend", zh, "輸出額は3.5%減少し、輸入は12%増加した。")


def test_will_before_a_verb_but_not_the_object_marker():
    # 将 before a verb is "will"; 将 before a noun marks the object (将资料交给 "handed the files").
    assert _flags("grammar-plan-as-done", "市政府将推动两地企业合作。", "市政府は両地の企業協力を推進した。")
    assert not _flags("grammar-plan-as-done", "他将资料交给了记者。", "彼は資料を記者に渡した。")


def test_an_obligation_the_source_does_not_state():
    zh = "持有会员卡的读者即可免费借阅图书。"
    flags = _flags("mistranslation-obligation", zh, "会員カードを持つ読者は無料で本を借りなければならない。")
    assert flags and flags[0].category == "mistranslation"
    assert not _flags("mistranslation-obligation", zh, "会員カードを持つ読者は無料で本を借りることができる。")
    assert not _flags(
        "mistranslation-obligation", "读者必须出示会员卡。", "読者は会員カードを提示しなければならない。"
    )
    # What compels is an obligation too: compulsory voting is 義務投票.
    assert not _flags(
        "mistranslation-obligation",
        "该国自2019年起实行强制投票制度。",
        "同国では2019年から義務投票制が導入されている。",
    )


def test_a_causative_whose_subject_kept_ga():
    zh = "审批时间缩短至3天。"
    ja = "審査期間が3日に短縮させた。"
    flags = _flags("grammar-causative", zh, ja)
    assert [ja[f.start : f.end] for f in flags] == ["審査期間が3日に短縮させた"]
    for fine in ("審査期間が3日に短縮された。", "審査期間を3日に短縮させた。"):
        assert "grammar-causative" not in codes(zh, fine), fine
    # The source makes someone do it: 让 is a causative.
    assert not _flags("grammar-causative", "老师让学生发言。", "先生が生徒に発言させた。")


def test_a_causative_sharing_the_object_of_a_te_form_before_it():
    # 组织学生参观: 学生を引率して見学させた — the students led are the ones made to visit.
    zh = "学校组织学生到博物馆参观。"
    ja = "学校は学生を引率して博物館を見学させた。"
    assert not _flags("grammar-causative", zh, "学校は学生を引率して博物館に参加させた。")
    assert not _flags("grammar-causative", zh, ja)
    # After a comma the clause is a new one: nothing before it is the causative's object.
    assert _flags(
        "grammar-causative", "球队访问了学校，参加了比赛。", "チームは学校を訪問し、大会に参加させた。"
    )


def test_a_verb_the_dictionary_lists_with_seru_is_no_causative():
    # 済ませる "to finish" and 知らせる "to inform" are verbs of their own, not 済む / 知る made causative.
    assert not _flags("grammar-causative", "手续一次办完。", "手続きが一度で済ませる。")
    assert not _flags("grammar-causative", "市政府通报了结果。", "市政府が結果を市民に知らせた。")
    assert _flags("grammar-causative", "审批时间缩短至3天。", "審査期間が3日に短縮させた。")


def test_main_predicate_is_the_reported_one():
    tokens = words("市長は、来年新しい図書館を開館すると記者会見で述べた。")
    predicate, quoted = main_predicate(tokens)
    assert "".join(w.surface for w in predicate) == "開館する" and quoted
    predicate, quoted = main_predicate(words("図書館が開館した。"))
    assert "".join(w.surface for w in predicate) == "開館した" and not quoted


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet="不没未无勿有是的了将会要明年计划已经说表示，。把资料ab1 ", max_size=30),
    st.text(max_size=30),
)
def test_any_text_is_read_without_error(zh: str, ja: str):
    source_negations(zh)
    main_predicate(words(ja))
    run_checks(zh, ja)


def test_a_gift_to_someone_told_as_one_from_them():
    zh = "代表团将一套茶具赠送给苏州博物馆。"
    ja = "代表団は蘇州博物館から茶器一式を贈られた。"
    flags = _flags("mistranslation-direction", zh, ja)
    assert [ja[f.start : f.end] for f in flags] == ["蘇州博物館から"]
    assert flags[0].category == "mistranslation"
    assert not _flags("mistranslation-direction", zh, "代表団は茶器一式を蘇州博物館に贈った。")
    # 向 + a verb of giving names the receiver; 向…学习 "learn from" does not.
    assert _flags(
        "mistranslation-direction", "学生们向敬老院捐赠了图书。", "学生たちは敬老院から図書を寄贈された。"
    )
    assert not _flags("mistranslation-direction", "我们向专家学习经验。", "私たちは専門家から経験を学んだ。")
    # A name the source also names elsewhere may rightly be 'from' in another clause.
    zh = "部分企业反映，汇率波动给企业带来风险。"
    assert not _flags(
        "mistranslation-direction", zh, "一部の企業からは、為替変動が企業にリスクをもたらすとの声が上がった。"
    )


def test_a_change_told_in_the_opposite_direction():
    zh = "该市将进一步降低中小企业的物流成本。"
    ja = "同市は中小企業の物流コストをさらに引き上げる。"
    flags = _flags("mistranslation-trend", zh, ja)
    assert len(flags) == 1 and flags[0].category == "mistranslation" and flags[0].severity == "major"
    assert ja[flags[0].start : flags[0].end] == "引き上げる"
    assert flags[0].message == "'引き上げる' states an increase where 降低 states a decrease"
    for zh, ja, word in (
        ("今年上半年，港口集装箱吞吐量减少了8%。", "今年上半期、港湾のコンテナ取扱量は8%増加した。", "増加"),
        ("受需求影响，工业生产增速明显放缓。", "需要の影響を受け、工業生産は明らかに加速した。", "加速"),
        ("银行下调了今年的经济增长预期。", "銀行は今年の経済成長見通しを上方修正した。", "上方修正"),
        ("两地游客人数大幅增长。", "両地の観光客数は大幅に減った。", "減っ"),
        ("努力缩小城乡收入差距。", "都市と農村の所得格差の拡大に努める。", "拡大"),
    ):
        flags = _flags("mistranslation-trend", zh, ja)
        assert [ja[f.start : f.end] for f in flags] == [word], (zh, ja)
    # A verb is named in its dictionary form.
    flags = _flags("mistranslation-trend", "两地游客人数大幅增长。", "両地の観光客数は大幅に減った。")
    assert flags[0].message == "'減る' states a decrease where 增长 states an increase"


def test_a_change_rendered_freely_in_its_own_direction_is_not_flagged():
    for zh, ja in (
        ("该市将进一步降低中小企业的物流成本。", "同市は中小企業の物流コストのさらなる削減を進める。"),
        ("该市将进一步降低中小企业的物流成本。", "同市は中小企業の物流コストをいっそう抑える。"),
        ("工厂将加强安全管理。", "工場は安全管理を強化する。"),
        ("今年的降雨量有所减少。", "今年の降水量はやや減少した。"),
        # 控制 "keep in check" is no change of either direction.
        ("公司严格控制生产成本。", "同社は生産コストを厳しく抑えている。"),
        # The change rendered by no word of change: nothing to compare.
        ("两国贸易额持续增长。", "両国の貿易額は拡大を続けている。"),
        ("两国贸易额持续增长。", "両国の貿易額は好調を維持している。"),
    ):
        assert "mistranslation-trend" not in codes(zh, ja), (zh, ja)


def test_a_sentence_with_both_directions_or_a_negation_is_left_alone():
    for zh, ja in (
        # Both directions in the source: growth slowed.
        ("出口增长有所放缓。", "輸出の伸びはやや鈍化した。"),
        ("出口增长有所放缓。", "輸出は引き続き増加した。"),
        # Both in the target.
        ("政府将提高农民收入。", "政府は農家の負担を減らし、収入を増やす。"),
        # A measure of a change is no change (増加率).
        ("人口增长率下降。", "人口増加率が低下した。"),
        # Acting on a change: curbing a rise, preventing a fall.
        ("政府出台措施遏制房价上涨。", "政府は住宅価格を抑制する措置を打ち出した。"),
        ("采取措施避免出口下滑。", "輸出の減少を防ぐ措置を講じる。"),
        # Negated on either side.
        ("成本并未降低。", "コストは上昇した。"),
        ("这项措施将提高效率。", "この措置で効率が低下することはない。"),
        ("这项措施将提高效率。", "この措置で効率は下がらない。"),
        # Words that hold a change word's character and are no change: 減価償却, 向上心.
        ("公司将提高设备的折旧率。", "同社は設備の減価償却率を引き上げる。"),
        ("学生们的积极性有所下降。", "学生たちの向上心が薄れた。"),
    ):
        assert "mistranslation-trend" not in codes(zh, ja), (zh, ja)


def test_an_estimate_of_what_happened_is_not_a_plan():
    # 预计 before a figure estimates the past; 预计 before 将/全年 forecasts.
    zh = "据预计，暴雨造成的损失达3亿元。"
    assert not _flags("grammar-plan-as-done", zh, "大雨による損失は3億元に達した。")
    assert not _flags("grammar-plan-as-done", "预计全年将增长5%。", "通年で5%成長する見込みだ。")
    assert not _flags("grammar-plan-as-done", "预计全年将增长5%。", "通年で5%成長したとみられる。")
    assert _flags("grammar-plan-as-done", "预计全年将增长5%。", "通年で5%成長した。")


def test_be_sure_to_is_not_an_added_obligation():
    # 切勿忘记 "do not forget" → 必ず覚えておく "be sure to remember": right, no 'must' added.
    zh = "出发前切勿忘记带护照。"
    assert "mistranslation-negation" not in codes(zh, "出発前には必ずパスポートを持参すること。")
    assert "mistranslation-obligation" not in codes("他每次都按时到场。", "彼は必ず時間通りに来る。")


def test_an_action_done_told_as_one_to_come():
    zh = "访问期间，代表团还参观了当地的造船厂。"
    ja = "訪問期間中、代表団は現地の造船所も見学する。"
    flags = _flags("grammar-done-as-plan", zh, ja)
    assert [ja[f.start : f.end] for f in flags] == ["見学する"]
    for fine in (
        "訪問期間中、代表団は現地の造船所も見学した。",
        "訪問期間中、代表団は現地の造船所も見学している。",
    ):
        assert "grammar-done-as-plan" not in codes(zh, fine), fine
    # A headline is told in the present; an amount is a state; intent leaves the verb free.
    assert not _flags("grammar-done-as-plan", "代表团参观了当地造船厂", "代表団、現地の造船所を見学")
    assert not _flags("grammar-done-as-plan", "参观人数突破了十万人。", "見学者は10万人に上る。")
    assert not _flags(
        "grammar-done-as-plan", "他们希望参观了造船厂再回国。", "彼らは造船所を見学して帰国したいという。"
    )
    # 了解 "to understand" is not the aspect 了.
    assert not _flags(
        "grammar-done-as-plan", "代表团将深入了解当地产业。", "代表団は現地の産業を深く理解する。"
    )
    assert not _flags(
        "grammar-done-as-plan", "代表团深入了解当地产业。", "代表団は現地の産業を深く理解する。"
    )


def test_a_last_clause_without_le_is_not_segmented_for_it(monkeypatch: pytest.MonkeyPatch):
    # Only a 了 in the last clause tells of something done: without one there is nothing to read.
    def fail(text: str) -> tuple[tuple[int, str], ...]:
        raise AssertionError(f"segmented({text!r})")

    monkeypatch.setattr(polarity, "segmented", fail)
    seg = Segment(
        "访问期间，代表团还将参观当地的造船厂。", "訪問期間中、代表団は造船所も見学する。", DEFAULT_CONFIG
    )
    assert list(polarity.DoneAsPlan().check(seg)) == []


def test_a_causative_whose_subject_an_earlier_clause_states():
    zh = "明年，该校合唱团将赴东京访问，参加当地举办的国际合唱节。"
    ja = "来年、同校の合唱団が東京を訪問し、現地で開かれる国際合唱祭に参加させる予定だ。"
    assert [ja[f.start : f.end] for f in _flags("grammar-causative", zh, ja)] == [
        "現地で開かれる国際合唱祭に参加させる"
    ]
    assert not _flags("grammar-causative", zh, ja.replace("参加させる", "参加する"))
    # The source makes someone take part: the causative is right.
    assert not _flags(
        "grammar-causative", "学校将让合唱团参加国际合唱节。", "学校は合唱団を国際合唱祭に参加させる予定だ。"
    )
    # A causative describing a noun other than a plan's is a relative clause.
    assert not _flags("grammar-causative", "他们参观了工厂。", "彼らは工場を見学し、感動させる製品を見た。")


def test_a_negated_measure_asserted_in_its_clause_is_flagged_beside_another_negation():
    # バリアフリー (a word of absence) elsewhere does not render 不超过 in the clause of the sum.
    zh = "今年将推进无障碍改造，每户补贴不超过3000元。"
    ja = "今年はバリアフリー改修を進め、1世帯あたりの補助は3000元を超える。"
    assert "mistranslation-negation" in codes(zh, ja)
    assert "mistranslation-negation" not in codes(zh, ja.replace("を超える", "を超えない"))
    assert "mistranslation-negation" not in codes(zh, ja.replace("3000元を超える", "上限3000元とする"))


ONGOING = "mistranslation-ongoing-as-done"


@pytest.mark.parametrize(
    ("zh", "ja", "span"),
    [
        ("该市正在推进老城区改造。", "同市は旧市街地の改修を終えた。", "終え"),
        ("双方正在商谈合作细节。", "双方は協力の詳細について協議を完了した。", "完了し"),
    ],
)
def test_work_under_way_told_as_finished(zh: str, ja: str, span: str) -> None:
    found = [f for f in run_checks(zh, ja) if f.code == ONGOING]
    assert [(ja[f.start : f.end], f.category) for f in found] == [(span, "mistranslation")]


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        ("该市正在推进老城区改造。", "同市は旧市街地の改修を進めている。"),
        # The source names a finished part too.
        ("一期工程已完工，二期正在建设。", "第1期工事は完了し、第2期は建設中だ。"),
    ],
)
def test_work_under_way_left_alone(zh: str, ja: str) -> None:
    assert [f for f in run_checks(zh, ja) if f.code == ONGOING] == []


def test_the_grounds_of_a_claim_are_told_in_the_present() -> None:
    zh = "该组织随后提起诉讼，称该法构成了不当限制。"
    assert not _flags("grammar-done-as-plan", zh, "同団体は、同法が不当な制限を課すとして提訴した。")
    # Reported speech is still judged.
    assert _flags(
        "grammar-done-as-plan", "他表示，双方签署了协议。", "同氏は、双方が協定に署名すると述べた。"
    )


def test_an_obligation_is_no_plan() -> None:
    # 必须 says what a law requires, not what is yet to be done: a law of the past required it.
    zh = "该法于2019年通过，要求企业必须公开排放数据。"
    assert not _flags(
        "grammar-plan-as-done", zh, "同法は2019年に成立し、企業に排出データの公開を義務付けた。"
    )


def test_jiang_before_an_object_and_a_verb_of_result_marks_the_object():
    # 将 + 分差 + 缩小到 is the disposal construction (= 把), "narrowed the gap", not "will": its
    # 分 is also "to divide", which read 将分 as a future.
    for zh, ja in (
        (
            "主队在第四节连得8分，将分差缩小到3分。",
            "ホームチームは第4クォーターに8連続得点を挙げ、3点差に詰め寄った。",
        ),
        (
            "客队在加时赛中连投三分，将分差扩大为12分。",
            "アウェーチームは延長戦で3ポイントを連続で決め、12点差に広げた。",
        ),
    ):
        assert not _flags("grammar-plan-as-done", zh, ja), zh
    # The future's 将 has its verb right after it, even with a verb of result later.
    assert future_marker("他们将推动经济发展到新阶段。") is not None
    assert future_marker("产量将进一步扩大至两倍。") is not None


def test_a_future_that_dates_another_event():
    # 即将…之际 "as … was about to": the main predicate is the other event's, in the past.
    zh = "这次大会召开正值新航线即将开通之际。"
    assert not _flags("grammar-plan-as-done", zh, "今回の大会は、新航路の開設を目前に控えた時期に開かれた。")
    assert _flags("grammar-plan-as-done", "新航线即将开通。", "新航路が開設された。")


def test_a_causative_after_a_relative_clause_on_its_subject():
    # 4万人を超える投資家が: the を is the relative clause's; the causative has no object.
    zh = "已累计吸引超过4万名个人投资者参与。"
    assert _flags("grammar-causative", zh, "累計4万人を超える個人投資家が参加させた。")
    assert not _flags("grammar-causative", zh, "累計4万人を超える個人投資家が参加した。")
    # The boy is the object of 襲い and the causee of 負傷させた: no relative clause.
    zh = "一名13岁男童遭到一头鲨鱼的袭击并受伤。"
    assert not _flags("grammar-causative", zh, "泳いでいた13歳の男の子をサメが襲い負傷させた。")
    # A quoted verbal noun is part of the verb.
    assert _flags("grammar-causative", "更多技术将“走出去”。", "より多くの技術が「海外進出」させる見込みだ。")
