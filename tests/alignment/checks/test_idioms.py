"""mistranslation-idiom: an idiom or slogan rendered character by character, not by its meaning."""

from alignment.checks import CHECKS, CheckConfig, idioms, run_checks

# These tests ask for every check, as a project that enables the opt-in ones does.
ALL = CheckConfig(enabled=frozenset(CHECKS))
STEADY = "我们要脚踏实地地做好每一项工作。"
LADDER = "这家小公司决定“借梯登高”，依托大企业开拓市场。"


def _idiom_flags(source: str, target: str):
    return [f for f in run_checks(source, target, config=ALL) if f.code == "mistranslation-idiom"]


def test_an_idiom_copied_character_by_character_is_flagged_with_its_meaning():
    target = "私たちは脚踏実地にすべての仕事をしっかりこなさなければならない。"
    flags = _idiom_flags(STEADY, target)
    assert len(flags) == 1
    flag = flags[0]
    assert target[flag.start : flag.end] == "脚踏実地"
    assert flag.category == "mistranslation"
    # What the idiom means, from CC-CEDICT.
    assert "feet firmly planted on the ground" in flag.message


def test_an_idiom_rendered_by_its_meaning_is_not_flagged():
    assert not _idiom_flags(STEADY, "私たちは着実にすべての仕事をしっかりこなさなければならない。")


def test_an_idiom_japanese_writes_the_same_way_is_not_flagged():
    # 一石二鳥 is a Japanese yojijukugo too (JMdict): the copy is the right rendering.
    assert not _idiom_flags("这样做可谓一石二鸟。", "こうすればまさに一石二鳥だ。")


def test_a_quoted_slogan_read_apart_word_by_word_is_flagged():
    target = "この小さな会社は「はしごを借りて高きに登る」ことを決め、大企業に頼って市場を開拓する。"
    flags = _idiom_flags(LADDER, target)
    assert len(flags) == 1
    assert target[flags[0].start : flags[0].end] == "借りて高きに登る"
    assert "借梯登高" in flags[0].message and "word by word" in flags[0].message


def test_a_slogan_rendered_by_its_meaning_is_not_flagged():
    target = "この小さな会社は大企業の力を借りて成長することを決め、市場を開拓する。"
    assert not _idiom_flags(LADDER, target)


def test_a_slogan_copied_whole_is_left_to_the_untranslated_checks():
    # Kept in kanji with no kana between (a name, a term Japanese borrows): not read apart.
    assert not _idiom_flags("这就是“白菜价”。", "これがまさに「白菜価」だ。")


def test_read_apart_stays_within_one_clause():
    seg = idioms.Segment("“借梯登高”", "借りる。高い山に登る", CheckConfig())
    found = idioms.read_apart(idioms.to_kanji("借梯登高"), seg)
    assert found is not None and seg.target[found[0] : found[1]] == "高い山に登る"


def test_an_idioms_characters_inside_other_words_copy_nothing():
    # 流 of 交流 and the adjective 長い share two characters with 源远流长 in its order; the idiom
    # is rendered (長い歴史), not copied.
    zh = "两国友好交流源远流长。"
    assert _idiom_flags(zh, "両国の友好交流は長い歴史を持つ。") == []
    assert len(_idiom_flags(zh, "両国の友好交流は源遠流長である。")) == 1
