"""CC-CEDICT's gloss table and prefixes as kept in the cache directory: the file's own."""

from __future__ import annotations

from pathlib import Path

from alignment.checks import origins
from alignment.derived import derived


def test_the_kept_gloss_table_is_the_one_read_from_the_file(monkeypatch, tmp_path: Path):
    monkeypatch.setenv("ZHJA_LEXICON_DIR", str(tmp_path))
    read = origins._read()
    source = str(origins.cedict_path())
    derived("cedict-glosses", source, 1, origins._read)
    kept = derived("cedict-glosses", source, 1, lambda: (_ for _ in ()).throw(AssertionError("read again")))
    assert kept == read
    assert list(kept[0]) == list(read[0])  # headwords in the file's order
    assert isinstance(kept[1], frozenset)
    assert kept[0]["出租车"] == read[0]["出租车"] and "出租车" in kept[1]


def test_the_prefixes_are_those_of_the_headwords():
    prefixes = origins._prefixes()
    assert isinstance(prefixes, frozenset)
    assert {"出", "出租"} <= prefixes
    assert prefixes == frozenset(
        w[:k] for w in origins._load()[0] for k in range(1, min(len(w), origins._MAX_WORD))
    )


def test_accented_letters_of_the_glosses_are_read_as_plain_latin():
    assert origins.plain_latin("Königsberg, São Tomé, Łódź, 中文") == "Konigsberg, Sao Tome, Lodz, 中文"
    # A name with an accent is one proper noun, not the letters before the accent.
    assert "Konigsberg" in origins.head_glosses("哥尼斯堡")[1]


def test_british_and_american_spellings_share_a_root():
    # UniDic gives メートル as metre, CC-CEDICT glosses 米 as meter.
    assert origins.stem("metre") == origins.stem("meter")
    assert origins.stem("kilometres") == origins.stem("kilometers")
    assert origins.stem("litre") == origins.stem("liter")
