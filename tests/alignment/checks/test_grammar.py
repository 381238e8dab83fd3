"""Grammar: doubled particles, two を objects or a repeated は topic in a clause, stranded ～ている,
bare これ、."""

from alignment.checks import run_checks
from tests.alignment.checks.conftest import categories, codes


def test_doubled_particle():
    flags = [f for f in run_checks("", "彼は本をを読んだ。") if f.category == "grammar"]
    assert flags and flags[0].start == 3
    assert "grammar" not in categories("", "ははは、と笑った。ここでは話さない。")


def test_a_sentence_opening_on_a_bare_demonstrative():
    # Seed 001: 这也是… rendered これ、現在、…
    ja = "双方が姉妹都市として正式に結ばれた。これ、現在、上海の区の中で唯一の姉妹都市である。"
    flags = [f for f in run_checks("", ja) if f.code == "grammar-demonstrative"]
    assert [(ja[f.start : f.end], f.category) for f in flags] == [("これ、", "grammar")]
    for fine in ("これは唯一の姉妹都市である。", "彼は「それ、本当か」と尋ねた。", "あれこれ、考えた。"):
        assert "grammar-demonstrative" not in codes("", fine)


def test_two_objects_marked_wo_in_one_clause():
    # Seed 000: 把…故事…制作成5部短视频 rendered with both objects marked を.
    ja = "長寧の市民外交の物語りを5つの短編ビデオを制作し、上海友好協会などで公開した。"
    flags = [f for f in run_checks("", ja) if f.code == "grammar-double-object"]
    assert [ja[f.start : f.end] for f in flags] == ["を5つの短編ビデオを"]
    # A predicate, a comma or an adverbial を…に between them opens a new clause.
    for fine in (
        "長寧の物語を5つの短編ビデオで制作し、世界に伝えた。",
        "アジアを中心に観光客を集める。",
        "首脳会談を前に記者会見を開いた。",
        "彼を含む3人を逮捕した。",
        "これを受け、政府を批判した。",
        "国際交流を通じて友好を深める。",
        "子どもたちを対象に、英語を教える。",
    ):
        assert "grammar-double-object" not in codes("", fine), fine


def test_a_topic_repeated_in_one_clause():
    # Seed 003: 友城数量达到25对 rendered with the topic said twice.
    ja = "2020 年までに、姉妹都市の数は都市は 25 対に到達し、2030 年までに 35 対に到達します。"
    flags = [f for f in run_checks("", ja) if f.code == "grammar-repeated-topic"]
    assert [(ja[f.start : f.end], f.category) for f in flags] == [("都市は", "grammar")]
    # A second topic that contrasts with the first is good Japanese, and so is one after a comma
    # or a predicate; one kanji (年) recurs by chance.
    for fine in (
        "今回は津波は発生しなかったが、建物が倒壊した。",
        "先週、ジェレミー・コルビンは労働党は寛容の文化を育成すると述べた。",
        "私は肉は食べない。",
        "姉妹都市の数は増え、都市は活気づいた。",
        "2020年は年は明けた。",
    ):
        assert "grammar-repeated-topic" not in codes("", fine), fine


def test_te_iru_with_no_verb_before_it():
    # Seed 000: 被…一次性刊发 lost its verb: 「一気に掲載」ていた.
    ja = "これらの記事は国内外で「一気に掲載」ていた。"
    flags = [f for f in run_checks("", ja) if f.code == "grammar-stranded-te"]
    assert [ja[f.start : f.end] for f in flags] == ["てい"]
    for fine in ("これらの記事は国内外で一気に掲載されていた。", "彼は独身でいる。", "「掲載」している。"):
        assert "grammar-stranded-te" not in codes("", fine), fine
