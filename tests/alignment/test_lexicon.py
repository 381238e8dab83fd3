"""The zh→ja sense lexicon: CC-CEDICT and JMdict meeting in English."""

from pathlib import Path

from alignment import lexicon


def test_a_false_friend_shares_no_sense_and_a_true_copy_does():
    # 手纸 is toilet paper in Chinese, 手紙 a letter in Japanese; 经济 and 経済 are both the economy.
    assert lexicon.sense_match("手纸", "手紙") == 0.0
    assert (lexicon.sense_match("经济", "経済") or 0) > 0
    assert lexicon.can_render("经济", "経済")
    assert not lexicon.can_render("手纸", "手紙")


def test_what_japanese_writes_for_a_chinese_word():
    found = lexicon.renderings("手纸")
    assert found and any(w in found for w in ("トイレットペーパー", "ちり紙", "落とし紙"))
    assert len(lexicon.renderings("手纸", limit=2)) <= 2


def test_senses_of_each_side():
    assert any("letter" in g for s in lexicon.japanese_senses("手紙") for g in s)
    assert any("toilet paper" in g for s in lexicon.chinese_senses("手纸") for g in s)
    assert lexicon.is_japanese_word("手紙") and not lexicon.is_japanese_word("手纸")


def test_a_word_either_dictionary_lacks_is_no_evidence():
    assert lexicon.sense_match("手纸", "手纸") is None
    assert lexicon.renderings("㐀㐁㐂") == ()


def test_the_cache_directory_can_be_chosen(monkeypatch, tmp_path: Path):
    monkeypatch.setenv("ZHJA_LEXICON_DIR", str(tmp_path))
    lexicon.lexicon_path.cache_clear()
    try:
        assert lexicon.lexicon_path().parent == tmp_path
    finally:
        lexicon.lexicon_path.cache_clear()


def test_gloss_stems_read_hyphened_words_both_ways_and_keep_bracketed_words():
    assert lexicon.gloss_stems("southeast") <= lexicon.gloss_stems("south-east")
    assert lexicon.gloss_stems("end of year") <= lexicon.gloss_stems("end-of-year")
    assert "countri" in lexicon.gloss_stems("foreign (country)")
