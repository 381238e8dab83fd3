from hypothesis import given
from hypothesis import strategies as st

from alignment.checks.kana import romaji


def test_extended_katakana_is_read_as_one_syllable():
    assert romaji("ウェールズ") == "weeruzu"
    assert romaji("ティム") == "timu"
    assert romaji("ファーガソン") == "faagason"
    assert romaji("デュオ") == "dyuo"
    assert romaji("チェルシー") == "cherushii"
    assert romaji("ヴィクトリア") == "vikutoria"


def test_sokuon_doubles_and_long_mark_lengthens():
    assert romaji("マッチ") == "macchi"
    assert romaji("トランプ") == "toranpu"
    assert romaji("ニューヨーク") == "nyuuyooku"


@given(st.text(alphabet=st.characters(min_codepoint=0x30A1, max_codepoint=0x30FC)))
def test_output_is_plain_latin(word):
    out = romaji(word)
    assert out == "" or (out.isascii() and out.isalpha() and out.islower())
