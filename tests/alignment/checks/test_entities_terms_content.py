"""Names, terminology, false friends, omissions and additions."""

from alignment.checks import CheckConfig, Term, run_checks, run_document_checks
from alignment.checks.entities import document_names, pinyin, romaji, sounds_alike
from tests.alignment.checks.conftest import categories, codes


def test_pronunciations_match_across_scripts():
    assert sounds_alike(pinyin("特朗普"), romaji("トランプ"), 0.5)
    assert sounds_alike(pinyin("切尔西"), romaji("チェルシー"), 0.5)
    assert not sounds_alike(pinyin("特朗普"), romaji("チェルシー"), 0.5)


def test_latin_name_missing_or_transliterated():
    zh = "Giles 指出，该海域有超过 135 个鲨鱼物种。"
    assert "entity-latin" in codes(zh, "専門家によればその場所には135種以上のサメがいる。")
    assert "entity-latin" not in codes(zh, "ジャイルズによればその場所には135種以上のサメがいる。")
    assert "entity-latin" not in codes(zh, "Gilesによればその場所には135種以上のサメがいる。")


def test_opt_in_transliteration_check():
    cfg = CheckConfig(enabled=frozenset({"entity-transliteration"}))
    zh = "切尔西队主教练表示满意。"
    assert codes(zh, "チェルシーの監督は満足していると述べた。", config=cfg) == set()
    assert codes(zh, "リバプールの監督は満足していると述べた。", config=cfg) == {"entity-transliteration"}


def test_name_broken_by_a_particle_across_the_document():
    targets = [
        "省外事弁公室主任の顧建新氏はチームを率いて金華に赴いた。",
        "顧建は新たに自動車展示室を見学した。",
    ]
    assert document_names(targets) == {"顧建新"}
    out = run_document_checks([("", t) for t in targets])
    assert not out[0]
    broken = [f for f in out[1] if f.code == "entity-broken"]
    assert broken and targets[1][broken[0].start : broken[0].end] == "顧建は新"


def test_termbase_required_and_forbidden():
    cfg = CheckConfig(termbase=(Term("朋友圈", "モーメンツ", ("仲間の輪",)),))
    zh = "他在朋友圈发布了照片。"
    assert codes(zh, "彼はモーメンツに写真を投稿した。", config=cfg) == set()
    flags = run_checks(zh, "彼は仲間の輪に写真を投稿した。", config=cfg)
    assert {f.category for f in flags} == {"terminology"}
    assert len(flags) == 2  # forbidden variant used, required term absent


def test_inconsistent_translation_of_a_repeated_segment():
    pairs = [("欢迎来到长宁区。", "長寧区へようこそ。"), ("欢迎来到长宁区。", "長寧区へいらっしゃいませ。")]
    out = run_document_checks(pairs)
    assert not out[0] and [f.code for f in out[1]] == ["terminology-consistency"]


def test_false_friends_need_the_trigger_in_the_source():
    zh = "省外办主任赴金华视察国际要素集聚情况。"
    flags = run_checks(zh, "省外事弁公室主任が金華を考察し、国際元素の集積状況を把握した。")
    found = {f.message.split("'")[1] for f in flags if f.category == "mistranslation"}
    assert found == {"考察", "元素"}
    assert "mistranslation" not in categories("我们研究了这个问题。", "この問題を考察した。")
    # No source: the trigger cannot be checked; only the calque list speaks.
    assert codes("", "国際元素の集積。") == {"mistranslation-calque"}
    assert "mistranslation" not in categories("", "結果を考察した。")
    assert "mistranslation" not in categories("他读了新闻报纸。", "彼は新聞を読んだ。")


def test_project_false_friends_extend_the_shipped_list():
    cfg = CheckConfig(false_friends={"颜色": ["顔色"]})
    assert "mistranslation" in categories("颜色很鲜艳。", "顔色が鮮やかだ。", config=cfg)
    assert "mistranslation" not in categories("颜色很鲜艳。", "顔色が鮮やかだ。")


def test_empty_target_and_loops():
    assert codes("长宁区高度重视友好城市工作。", "") == {"omission-empty"}
    ja = "あらゆる所属政党の議員は、あらゆる所属政党の議員は、これは馬鹿げた事態を招きうると懸念している。"
    flags = [f for f in run_checks("整个政坛的 AM 担心这会惹来嘲笑。", ja) if f.code == "addition-repeat"]
    assert flags and flags[0].start == 0


def test_length_ratio_catches_gross_omission_and_addition():
    zh = "长宁区高度重视友好城市工作，持续开展多层次、多领域的友好交流与合作，取得了丰硕的成果。"
    assert "omission" in categories(zh, "長寧区は重視した。")
    assert "addition" in categories("长宁区重视友好城市工作。", "長寧区は姉妹都市の活動を重視し" * 6 + "た。")
    assert not categories(
        zh, "長寧区は姉妹都市の活動を重視し、多層的、多分野の友好交流と協力を続け、豊かな成果を上げた。"
    )


def test_calques_in_japanese_with_no_source():
    ja = "顧建は新たに2頭烏5Gスマートデジタル化養殖センターを考察し、より多くの国際元素を導入する。"
    found = {ja[f.start : f.end] for f in run_checks("", ja) if f.category == "mistranslation"}
    assert found == {"センターを考察", "国際元素"}
    assert "mistranslation" not in categories("", "この問題を考察し、国際的要素を導入する。")
