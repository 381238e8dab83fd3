"""How names sound and where they are: the pinyin of Chinese transliterations, consonant
skeletons that compare a pinyin or a Latin spelling with a romanised katakana word, and the
characters Chinese writes foreign names with.

Foreign names are transliterated separately in each language (特朗普 / トランプ), so they are
compared by pronunciation: pypinyin for the Chinese, the project's romanisation of the katakana
(:mod:`kana`), then a fuzzy match of their consonant skeletons.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from difflib import SequenceMatcher
from functools import lru_cache

from alignment.checks.kana import romaji

LATIN_RE = re.compile(
    r"(?<![A-Za-z\u00c0-\u024f])[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f.'\-]{2,}(?![A-Za-z\u00c0-\u024f])"
)
# Characters Chinese uses to transliterate foreign names (a run of three marks a likely name).
_TRANSLIT = set(
    "阿埃艾安奥澳巴拜班邦贝本比彼宾波伯博布查达戴丹德迪蒂丁东杜多厄恩法菲费芬弗伏福盖甘冈戈格贡古圭哈海汉豪赫切"
    "亨胡华霍基吉加贾杰金卡凯坎康柯科克肯库夸奎拉莱赖兰朗劳勒雷里利莉丽林琳卢鲁伦罗洛马迈麦曼梅蒙米敏莫默穆"
    "纳奈南内尼妮宁纽诺帕佩彭皮珀普奇齐恰乔切丘萨塞桑瑟森沙莎尚什舍史斯松苏索塔泰坦汤特提汀通图托瓦万威维"
    "温沃乌伍西希锡夏谢辛休雅亚扬耶伊因英尤约泽扎詹兹佐尔坡霍普姆"
)
TRANSLIT_RUN_RE = re.compile(f"[{''.join(sorted(_TRANSLIT))}]{{3,}}")
_TRANSLIT_RUN_2_RE = re.compile(f"[{''.join(sorted(_TRANSLIT))}]{{2,}}")


@lru_cache(maxsize=4096)
def _syllables(hanzi: str) -> tuple[str, ...]:
    from pypinyin import lazy_pinyin  # noqa: PLC0415  start-up: pypinyin loads its dictionary (~0.8 s)

    # Pinyin g is always hard and c always a sibilant: spelled so, the English soft-c/g rule of
    # :func:`skeleton` cannot misread 格 (ge) as ジェ.
    return tuple(
        "k" + y[1:]
        if y.startswith("g")
        else "s" + y[1:]
        if y.startswith("c") and not y.startswith("ch")
        else y
        for y in lazy_pinyin(hanzi)
    )


@lru_cache(maxsize=4096)
def pinyin(hanzi: str) -> str:
    return "".join(_syllables(hanzi))


_PALATAL_RE = re.compile(r"(?:^|(?<=[aeiouvn]))([jqx])(?=[iu])")


@lru_cache(maxsize=4096)
def pinyin_readings(hanzi: str) -> tuple[str, ...]:
    """The pinyin, and the foreign sound it often stands for in a transliterated name: the
    transliteration tables write ki/gi with 基/吉 (ji), chi with 奇 (qi) and hi with 希 (xi), so
    基夫 is Keefe (キーフ) and 希瑟 Heather (ヘザー), while 杰克 (jie ke) stays Jack (ジャック)."""
    return sound_variants(pinyin(hanzi))


def sound_variants(base: str) -> tuple[str, ...]:
    velar = _PALATAL_RE.sub(lambda m: {"j": "k", "q": "k", "x": "h"}[m.group(1)], base)
    return (base,) if velar == base else (base, velar)


def stretches(run: str, longest: int = 6) -> Iterator[tuple[str, str]]:
    """Each stretch of 2 to ``longest`` characters of a transliteration run with its pinyin, read
    once for the whole run (pypinyin is slow per call) and sliced."""
    syllables = _syllables(run)
    whole = len(syllables) == len(run)  # one syllable per character, as for any hanzi run
    for i in range(len(run) - 1):
        for j in range(i + 2, min(len(run), i + longest) + 1):
            yield run[i:j], "".join(syllables[i:j]) if whole else pinyin(run[i:j])


@lru_cache(maxsize=65536)
def skeleton(s: str, soft: bool = True) -> str:
    """Consonants only, with the sounds the scripts render differently folded together: katakana
    has no l/r, v/b or th distinction, English c and g are soft before e/i (Giles = ジャイルズ;
    ``soft=False`` for romaji, where ゲ is a hard ge), and the sibilants of pinyin (z c s zh ch sh j
    q x) all come out as サ/シャ/ジャ rows."""
    s = s.lower()
    if soft:
        # An English doubled letter is one sound (Beauvillier = ブービリア); romaji keeps ッ's.
        s = re.sub(r"([b-df-hj-np-tv-z])\1", r"\1", s)
        s = re.sub(r"c(?=[eiy])", "s", s)
        s = re.sub(r"g(?=[eiy])", "j", s)
        # Pinyin q comes only before i and u; elsewhere it is a k (Qaeda = カイダ, Iraq = イラク).
        s = re.sub(r"q(?![iu])", "k", s)
    # ph is f, except across the parts of a compound name (Hemphill = ヘンプヒル).
    s = re.sub(r"(?<!m)ph", "f", s)
    for a, b in (
        ("ng", "n"),
        ("th", "t"),
        ("sh", "s"),
        ("ch", "s"),
        ("zh", "s"),
        ("ts", "s"),
        ("ck", "k"),
        ("c", "k"),
        ("x", "s"),
        ("q", "s"),
        ("j", "s"),
        ("z", "s"),
        ("l", "r"),
        ("v", "b"),
        ("w", "b"),
        ("g", "k"),
        ("d", "t"),
        ("h", ""),
    ):
        s = s.replace(a, b)
    # Katakana writes m before a labial as ン (Hemphill = ヘンプヒル, romaji henpuhiru).
    s = re.sub(r"m(?=[pb])", "n", s)
    return re.sub(r"[^a-z]|[aeiouy]", "", s)


def sounds_alike(name: str, kana_romaji: str, threshold: float = 0.65) -> bool:
    """Whether most of the name's consonants appear, in order, in the romanised katakana."""
    ka, kb = skeleton(name), skeleton(kana_romaji, soft=False)
    if not ka or not kb:
        return False
    matched = sum(block.size for block in SequenceMatcher(None, ka, kb, autojunk=False).get_matching_blocks())
    return matched / len(ka) >= threshold


@lru_cache(maxsize=262144)
def similar_at_least(a: str, b: str, threshold: float) -> bool:
    """``similarity(a, b) >= threshold``, answered without aligning the skeletons when their lengths
    or letters alone rule it out (most pairs a name is compared with)."""
    ka, kb = skeleton(a), skeleton(b, soft=False)
    longest = max(len(ka), len(kb))
    if not longest or min(len(ka), len(kb)) < threshold * longest:
        return False
    ca, cb = _letters(ka), _letters(kb)
    if sum(min(n, cb.get(c, 0)) for c, n in ca.items()) < threshold * longest:
        return False
    return similarity(a, b) >= threshold


@lru_cache(maxsize=65536)
def _letters(skel: str) -> dict[str, int]:
    return dict(Counter(skel))


@lru_cache(maxsize=262144)
def similarity(a: str, b: str) -> float:
    """Shared consonant skeleton of a name and romaji, relative to the longer of the two
    (symmetric, unlike :func:`sounds_alike`, so that a short window of the source cannot match
    any long word)."""
    ka, kb = skeleton(a), skeleton(b, soft=False)
    if not ka or not kb:
        return 0.0
    matched = sum(block.size for block in SequenceMatcher(None, ka, kb, autojunk=False).get_matching_blocks())
    return matched / max(len(ka), len(kb))


@lru_cache(maxsize=1024)
def source_sounds(source: str) -> tuple[str, ...]:
    """What a katakana word of the target may transliterate: the pinyin of every stretch (2 to 6
    characters) of a transliteration run of the source (伦敦德里, 弗雷克), and its Latin tokens."""
    out = [m.group() for m in LATIN_RE.finditer(source)]
    for m in _TRANSLIT_RUN_2_RE.finditer(source):
        out.extend(py for _, py in stretches(m.group()))
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=65536)
def _has_sound(word_romaji: str, source: str) -> bool:
    return any(similar_at_least(s, word_romaji, 0.65) for s in source_sounds(source))


def has_counterpart(katakana: str, source: str) -> bool:
    """Whether a katakana word of the target sounds like a name or Latin word of the source."""
    return _has_sound(romaji(katakana), source)


# The characters of the Xinhua transliteration table (Chinese renderings of foreign names) that
# the narrower set above leaves out; a run of them is where a katakana name's source may be.
NAME_CHARS = _TRANSLIT | set(
    "顿赖申邓凡珀戴黛蕾薇娅琼迦嘉娜茜鲍爱欧鄂翁吴武肖许薛杨叶于曾章祖孔寇昆阔黎理列隆路吕玛芒毛门"
    "孟明乃瑙涅努潘庞琴秦屈绍施舒唐陶滕廷韦文席霞徐茨道范丰富高瓜怀惠黑洪贝蒂利普罗新夫密敦考珍"
)
NAME_RUN_RE = re.compile(f"[{''.join(sorted(NAME_CHARS))}]{{2,}}")
NAME_RUN_3_RE = re.compile(f"[{''.join(sorted(NAME_CHARS))}]{{3,}}")
LATIN_NAME_RE = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f']+")
