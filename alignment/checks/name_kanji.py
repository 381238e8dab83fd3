"""Names that reach the target in the wrong characters: a foreign name left in the characters
Chinese transcribes it with, and a place written with another character of the same Mandarin sound.

Both compare the two texts in one script: the target is taken back to simplified Chinese (OpenCC's
``jp2t`` then ``t2s``, character for character), so that a Japanese form (沢, 広, 涼) and a
traditional one (灕) meet the simplified form the source writes (泽, 广, 凉, 漓). A difference that
survives is a different character, not a different way of writing one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import opencc

from alignment.bridge import to_kanji
from alignment.checks.base import Check, Finding, Segment, gettext_noop
from alignment.checks.sounds import NAME_CHARS, TRANSLIT_RUN_RE

_JP2T = opencc.OpenCC("jp2t")
_T2S = opencc.OpenCC("t2s")
_HAN_RE = re.compile(r"[\u4e00-\u9fff]")
_DOTS = str.maketrans({"・": "·", "•": "·", "‧": "·", "･": "·"})
_NAME_CLASS = "".join(sorted(NAME_CHARS))
# A dotted foreign name: parts of transcription characters joined by a middle dot (奥利维耶·吉拉尔).
_DOTTED_RE = re.compile(f"[{_NAME_CLASS}]+(?:·[{_NAME_CLASS}]+)+")
# What ends a place's name, in simplified Chinese: an administrative unit, a river, a mountain.
PLACE_ENDS = "市省县州区郡镇乡村江河山湖岛"


@lru_cache(maxsize=16384)
def simplified(text: str) -> str:
    """``text`` (Japanese, traditional or simplified) in simplified Chinese forms, same length, its
    middle dots as Chinese writes them; the text itself if a conversion changed its length."""
    out = _T2S.convert(_JP2T.convert(text)).translate(_DOTS)
    return out if len(out) == len(text) else text.translate(_DOTS)


@lru_cache(maxsize=16384)
def _readings(char: str) -> frozenset[str]:
    """Every toneless Mandarin reading of one character (长: chang, zhang)."""
    from pypinyin import Style, pinyin

    return frozenset(r for group in pinyin(char, style=Style.NORMAL, heteronym=True) for r in group)


def homophones(a: str, b: str) -> bool:
    """Whether two different characters share a Mandarin reading (冈/岗 gang, 漓/丽 li)."""
    return a != b and bool(_readings(a) & _readings(b))


def _gloss_is_chinese(word: str) -> bool:
    """Whether CC-CEDICT explains the word with Chinese cross-references (乌鲁木齐 "capital of
    Xinjiang 新疆…"): a place or person of the Chinese world, which Japanese writes in kanji."""
    from alignment.checks.origins import cedict_text

    text = cedict_text(word)
    return text is not None and bool(_HAN_RE.search(text))


def _foreign_by_dictionary(word: str) -> bool:
    """Whether CC-CEDICT knows the word only as a foreign proper noun: a capitalised gloss with no
    Chinese in it (哈萨克斯坦 "Kazakhstan")."""
    from alignment.checks.origins import cedict_common, cedict_text

    text = cedict_text(word)
    return (
        text is not None
        and word not in cedict_common()
        and text.lstrip("/")[:1].isupper()
        and not _HAN_RE.search(text)
    )


@lru_cache(maxsize=4096)
def foreign_names(source: str) -> tuple[str, ...]:
    """The source's foreign names in transcription characters, each part of a dotted name (吉拉尔
    of 奥利维耶·吉拉尔, two characters or more) and every undotted run of transcription characters
    that the dictionary knows as a foreign name (哈萨克斯坦) or, unknown to it, of four characters
    or more. A run the dictionary explains by Chinese places is of the Chinese world (乌鲁木齐)."""
    from alignment.checks.entities import name_runs

    text = simplified(source)
    out: list[str] = []
    for m in _DOTTED_RE.finditer(text):
        out.extend(p for p in m.group().split("·") if len(p) > 1 and not _gloss_is_chinese(p))
    for run, _ in name_runs(text, 3):
        if not TRANSLIT_RUN_RE.fullmatch(run) or _gloss_is_chinese(run):
            continue
        from alignment.checks.origins import cedict_text

        if _foreign_by_dictionary(run) or (len(run) >= 4 and cedict_text(run) is None):
            out.append(run)
    return tuple(dict.fromkeys(out))


class TranscribedName(Check):
    code = "entity-transcription"
    category = "named_entity"
    severity = "major"
    description = gettext_noop(
        "A foreign name left in the characters Chinese transcribes it with (吉拉尔 → 吉拉爾) where "
        "Japanese writes katakana."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if not seg.source_stripped:
            return
        target = simplified(seg.target)
        for name in foreign_names(seg.source):
            start = target.find(name)
            if start < 0:
                continue
            end = start + len(name)
            yield Finding(
                f"foreign name {name} left in Chinese transcription characters "
                f"({seg.target[start:end]}); Japanese writes it in katakana",
                start,
                end,
            )


@lru_cache(maxsize=4096)
def homophone_places(source: str, target: str) -> tuple[tuple[int, int, str], ...]:
    """Places of the target (one to three characters before a place ending, 鹤岗市) that the source
    writes with one other character of the same Mandarin sound (鹤冈市), neither form being on the
    other side: each with its target span and the source's form."""
    src, tgt = simplified(source), simplified(target)
    out: list[tuple[int, int, str]] = []
    for j, end_char in enumerate(tgt):
        if end_char not in PLACE_ENDS or (out and out[-1][1] > j - 1):
            continue  # 凉山省 is the place 凉山 already found
        for n in (1, 2, 3):
            window = tgt[j - n : j + 1] if j >= n else ""
            if not window or not all(_HAN_RE.match(c) for c in window) or window in src:
                continue
            found = next(
                (
                    src[k - n : k + 1]
                    for k in range(n, len(src))
                    if src[k] == end_char
                    and _one_homophone(src[k - n : k], window[:-1], target[j - n : j])
                    and src[k - n : k + 1] not in tgt
                ),
                None,
            )
            if found:
                out.append((j - n, j + 1, found))
                break
    return tuple(out)


def _one_homophone(source: str, target: str, written: str) -> bool:
    """Whether the source's kanji and the target's (in simplified forms; ``written`` as the target
    writes them) differ in exactly one character, by a homophone that is no other form of the
    source's character: the bridge's Japanese form (乡 as 郷, 吴 as 呉) is the same character."""
    diffs = [(x, y, w) for x, y, w in zip(source, target, written, strict=True) if x != y]
    if len(diffs) != 1:
        return False
    x, y, w = diffs[0]
    return bool(_HAN_RE.match(x)) and homophones(x, y) and to_kanji(x) != w


class HomophonePlace(Check):
    code = "entity-homophone-place"
    category = "named_entity"
    severity = "major"
    description = gettext_noop(
        "A place of the source written with another character of the same Mandarin sound (漓江 → "
        "麗江): another place."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if not seg.source_stripped:
            return
        for start, end, name in homophone_places(seg.source, seg.target):
            yield Finding(
                f"place {name} of the source is written {seg.target[start:end]}, another character of "
                "the same sound",
                start,
                end,
            )
