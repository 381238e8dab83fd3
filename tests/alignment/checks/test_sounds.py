"""Pronunciations compared across scripts: pinyin, Latin spellings and romanised katakana."""

from hypothesis import given
from hypothesis import strategies as st

from alignment.checks.kana import romaji
from alignment.checks.sounds import (
    NAME_RUN_RE,
    pinyin,
    pinyin_readings,
    similar_at_least,
    similarity,
    skeleton,
    sounds_alike,
)


def test_pronunciations_match_across_scripts():
    assert sounds_alike(pinyin("特朗普"), romaji("トランプ"), 0.5)
    assert sounds_alike(pinyin("切尔西"), romaji("チェルシー"), 0.5)
    assert not sounds_alike(pinyin("特朗普"), romaji("チェルシー"), 0.5)


def test_a_name_with_we_matches_its_chinese_transliteration():
    # 克伦威尔 / クロムウェル: misread as "kuromuueru" the w was lost and the name went unexplained.
    assert similarity(pinyin("克伦威尔"), romaji("クロムウェル")) >= 0.65


def test_palatals_are_also_read_as_the_velars_they_transliterate():
    assert pinyin_readings("基夫") == ("jifu", "kifu")  # Keefe, キーフ
    assert pinyin_readings("杰克")[0] == "jieke"  # Jack keeps its reading (ジャック)
    assert similarity(pinyin_readings("基夫")[1], romaji("キーフ")) == 1.0


def test_skeletons_fold_what_katakana_cannot_tell_apart():
    assert skeleton("Liverpool") == skeleton("riverpuur", soft=False) == "rbrpr"
    assert skeleton("Giles") == skeleton(romaji("ジャイルズ"), soft=False) == "srs"  # soft g
    assert skeleton("gee", soft=False) == "k"


def test_transliteration_runs_are_found():
    assert [m.group() for m in NAME_RUN_RE.finditer("美国总统特朗普表示")] == ["特朗普"]


_latin = st.text(alphabet=st.characters(min_codepoint=0x61, max_codepoint=0x7A), max_size=12)


@given(_latin, _latin)
def test_similarity_is_a_symmetric_share(a, b):
    s = similarity(a, b)
    assert 0.0 <= s <= 1.0
    if skeleton(a) == skeleton(b, soft=False) and skeleton(a):
        assert s == 1.0
    for threshold in (0.5, 0.65, 1.0):
        assert similar_at_least(a, b, threshold) == (s >= threshold)


def test_a_q_that_pinyin_cannot_write_is_a_k():
    # Pinyin has q only before i and u: al-Qaeda is アルカイダ, Iraq イラク; 琼 (qiong) stays a q.
    assert skeleton("Qaeda") == skeleton("kaida", soft=False)
    assert skeleton("Iraq").endswith("k")
    assert skeleton("qiong") != skeleton("kiong")
