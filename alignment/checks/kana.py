"""Katakana to Hepburn-like romaji, for comparing transliterated names across the two languages.

General-purpose romanisers target native words and mangle the extended katakana that foreign names
use (one gave ``uueeruzu`` for ウェールズ and ``teimu`` for ティム). Names need the
consonant skeleton right, so the small-vowel combinations (ウェ, ティ, ファ, ヴィ, ツァ …) are
read as one syllable, the sokuon doubles the next consonant and ー lengthens the previous vowel.
"""

from __future__ import annotations

from functools import lru_cache

_BASE = {
    **dict(zip("アイウエオ", ("a", "i", "u", "e", "o"), strict=True)),
    **dict(zip("カキクケコ", ("ka", "ki", "ku", "ke", "ko"), strict=True)),
    **dict(zip("ガギグゲゴ", ("ga", "gi", "gu", "ge", "go"), strict=True)),
    **dict(zip("サシスセソ", ("sa", "shi", "su", "se", "so"), strict=True)),
    **dict(zip("ザジズゼゾ", ("za", "ji", "zu", "ze", "zo"), strict=True)),
    **dict(zip("タチツテト", ("ta", "chi", "tsu", "te", "to"), strict=True)),
    **dict(zip("ダヂヅデド", ("da", "ji", "zu", "de", "do"), strict=True)),
    **dict(zip("ナニヌネノ", ("na", "ni", "nu", "ne", "no"), strict=True)),
    **dict(zip("ハヒフヘホ", ("ha", "hi", "fu", "he", "ho"), strict=True)),
    **dict(zip("バビブベボ", ("ba", "bi", "bu", "be", "bo"), strict=True)),
    **dict(zip("パピプペポ", ("pa", "pi", "pu", "pe", "po"), strict=True)),
    **dict(zip("マミムメモ", ("ma", "mi", "mu", "me", "mo"), strict=True)),
    **dict(zip("ヤユヨ", ("ya", "yu", "yo"), strict=True)),
    **dict(zip("ラリルレロ", ("ra", "ri", "ru", "re", "ro"), strict=True)),
    **dict(zip("ワヰヱヲ", ("wa", "i", "e", "o"), strict=True)),
    "ン": "n",
    "ヴ": "vu",
    **dict(zip("ァィゥェォャュョヮ", ("a", "i", "u", "e", "o", "ya", "yu", "yo", "wa"), strict=True)),
}
_SMALL_VOWEL = dict(zip("ァィゥェォ", "aiueo", strict=True))
_SMALL_Y = dict(zip("ャュョ", ("a", "u", "o"), strict=True))
# Consonant a syllable keeps before a small vowel (ファ = fa, ティ = ti, ウェ = we, ツァ = tsa).
_ONSET = {
    "ウ": "w",
    "ヴ": "v",
    "フ": "f",
    "テ": "t",
    "デ": "d",
    "ト": "t",
    "ド": "d",
    "ツ": "ts",
    "ク": "kw",
    "グ": "gw",
    "シ": "sh",
    "ジ": "j",
    "チ": "ch",
    "イ": "y",
    "ス": "s",
    "ズ": "z",
}
# Onset before small ャュョ (キャ = kya, シャ = sha, デュ = dyu, フュ = fyu).
_Y_ONSET = {"シ": "sh", "ジ": "j", "チ": "ch", "ヂ": "j", "テ": "ty", "デ": "dy", "フ": "fy", "ヴ": "vy"}


@lru_cache(maxsize=8192)
def romaji(text: str) -> str:
    """Romaji of a katakana word; characters that are not katakana are dropped."""
    out: list[str] = []
    double = False
    i = 0
    while i < len(text):
        ch = text[i]
        nxt = text[i + 1] if i + 1 < len(text) else ""
        syllable: str | None = None
        if ch == "ッ":
            double = True
            i += 1
            continue
        if ch == "ー":
            if out and out[-1]:
                out.append(out[-1][-1])
            i += 1
            continue
        if nxt in _SMALL_Y and ch in _BASE and ch not in _SMALL_VOWEL:
            onset = _Y_ONSET.get(ch) or _BASE[ch][:-1] + "y"
            syllable = onset + _SMALL_Y[nxt]
            i += 2
        elif nxt in _SMALL_VOWEL and ch in _BASE and ch not in _SMALL_VOWEL:
            onset = _ONSET.get(ch, _BASE[ch][:-1])
            syllable = onset + _SMALL_VOWEL[nxt]
            i += 2
        elif ch in _BASE:
            syllable = _BASE[ch]
            i += 1
        else:
            i += 1
            continue
        if double and syllable and syllable[0] not in "aiueon":
            syllable = syllable[0] + syllable
        double = False
        out.append(syllable)
    return "".join(out)


_OLD_STYLE = (("chi", "ti"), ("tsu", "tu"))


def romaji_readings(text: str) -> tuple[str, ...]:
    """The romaji, and the reading older transliterations intend where チ and ツ stand for ti and
    tu (チチカカ is Titicaca, ツバル Tuvalu)."""
    base = romaji(text)
    old = base
    for a, b in _OLD_STYLE:
        old = old.replace(a, b)
    return (base,) if old == base else (base, old)
