"""A foreign name both dictionaries know, written as another name (`entity-other-name`)."""

from __future__ import annotations

from alignment.checks import known_names
from alignment.checks.known_names import japanese_forms, latin_key, latin_names, other_names
from tests.alignment.checks.conftest import codes

CODE = "entity-other-name"
PARKINSON = "英国医生帕金森在书中首次描述了这种疾病。"
VERONA = "代表团下周将访问意大利城市维罗纳。"


def test_a_name_written_as_a_neighbouring_name_is_flagged_with_the_japanese_form_as_fix():
    # Fails before the check: no other check knows パーキンス is Perkins, not Parkinson.
    target = "英国の医師パーキンスが本の中で初めてこの病気を説明した。"
    assert CODE in codes(PARKINSON, target)
    (finding,) = other_names(PARKINSON, target)
    assert target[finding.start : finding.end] == "パーキンス"
    assert finding.fix in japanese_forms(latin_names("帕金森"))
    assert "Perkins" in finding.message


def test_the_japanese_form_and_its_spelling_variants_pass():
    for target in (
        "英国の医師パーキンソンが本の中で初めてこの病気を説明した。",
        "英国の医師パーキンスンが本の中で初めてこの病気を説明した。",
    ):
        assert CODE not in codes(PARKINSON, target)
    assert CODE not in codes(VERONA, "代表団は来週、イタリアの都市ベローナを訪問する。")
    assert CODE not in codes(VERONA, "代表団は来週、イタリアの都市ヴェローナを訪問する。")
    assert CODE in codes(VERONA, "代表団は来週、イタリアの都市バローナを訪問する。")


def test_a_spelling_nearer_the_chinese_than_the_dictionary_form_is_the_translators():
    # CC-CEDICT glosses 克里斯汀 "Christian"; クリスティン follows the Chinese more closely.
    assert CODE not in codes("克里斯汀在会上发言。", "クリスティンが会議で発言した。")


def test_only_words_the_source_segments_as_names_are_asked_about():
    assert CODE not in codes("俄罗斯代表团抵达会场。", "ロシア代表団が会場に到着した。")


def test_a_person_is_found_under_the_family_name():
    assert "シュトラウス" in japanese_forms(latin_names("施特劳斯"))
    assert CODE not in codes("乐团演奏了施特劳斯的圆舞曲。", "楽団はシュトラウスのワルツを演奏した。")
    # A name that is not a person's does not stand for its last word.
    assert not japanese_forms(frozenset({"dominican republic"})) & japanese_forms(frozenset({"republic"}))


def test_latin_names_compare_without_diacritics_or_explanations():
    assert latin_key("São Paulo (Brazil)") == "sao paulo"
    assert latin_key("St Paul") == latin_key("Saint Paul")


def test_every_spelling_a_sense_lists_is_a_name_but_not_its_explanation():
    assert {"sean", "shaun", "shawn"} <= latin_names("肖恩")
    assert not any("egypt" in name for name in latin_names("穆尔西"))


def test_the_table_is_built_in_memory_where_the_cache_cannot_be_written(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    monkeypatch.setenv("ZHJA_LEXICON_DIR", str(blocked / "cache"))
    known_names._db.cache_clear()
    try:
        connection = known_names._db()
        assert connection.execute("SELECT count(*) FROM names WHERE latin = 'stanford'").fetchone()[0] >= 1
        assert not list(tmp_path.glob("**/*.sqlite"))
    finally:
        known_names._db.cache_clear()


def test_a_source_without_two_transliteration_characters_together_is_not_read(monkeypatch):
    # A name the dictionaries gloss in Latin is two transliteration characters or more: a source
    # with no two together holds none, and its dictionary words are not gone through.
    def refuse(source):
        raise AssertionError("the source's words were read")

    monkeypatch.setattr(known_names, "source_words", refuse)
    assert (
        list(other_names("我们明天在会上讨论教育问题。", "明日の会議で教育問題をバーベキューしよう。")) == []
    )
    monkeypatch.undo()
    (finding,) = other_names(PARKINSON, "英国の医師パーキンスが本の中で初めてこの病気を説明した。")
    assert finding.fix in japanese_forms(latin_names("帕金森"))
