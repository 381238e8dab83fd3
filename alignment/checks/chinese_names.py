"""Chinese people's names written in katakana (王浩 → ワン・ハオ).

Japanese writes the names of Chinese people in kanji (王浩, 習近平); machine translation that does not
know a name transliterates its Mandarin sound instead. Foreign names must be compared by sound
(:mod:`entities`), so the same sound match that excuses トランプ for 特朗普 would excuse ワン・ハオ
for 王浩: this module recognises the Mandarin reading itself.

A syllable is compared through a coarse key on both sides (voiced and voiceless consonants, the
sibilants, l/r and the glides folded), and each pinyin syllable may come out as any of the
katakana spellings transliterators use (强 as チャン or チアン, 华 as ホア or ファ).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from alignment.bridge import to_kanji
from alignment.checks.base import Check, Finding, Segment, gettext_noop
from alignment.checks.kana import romaji
from alignment.checks.origins import katakana_origins, unidic_person

# Common Chinese surnames: with no source a katakana name must begin with one of the sixty most
# common (the first string); with a source any of them may start a name.
_COMMON_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜叶程苏魏吕丁任沈姚卢姜钟谭陆汪范石廖贾夏"
_SURNAMES = _COMMON_SURNAMES + (
    "于余崔金韦方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施牛樊葛邢"
    "齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕季裴霍涂苗谷盛曲翁"
    "骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶牟艾尤穆卓古吉简项连麦褚娄窦戚岑景宫费冷晏卫米柏宗桂全佟习栗"
)
SURNAMES = _SURNAMES  # for the checks that find a Chinese name in the source
_SURNAME_RE = re.compile(f"[{_SURNAMES}]")
_INITIALS = tuple("zh ch sh b p m f d t n l g k h j q x r z c s y w".split())
# How each pinyin initial and final is spelled in katakana, as romaji (ジ = ji, チ = chi, シ = shi).
_INITIAL_SPELLINGS = {
    "zh": ("j", "ch"), "ch": ("ch",), "sh": ("sh",), "j": ("j", "ch"), "q": ("ch",), "x": ("sh",),
    "z": ("z", "ts"), "c": ("ts",), "s": ("s",), "r": ("r", "j"), "h": ("h", "f"), "y": ("y", ""),
    "w": ("w", ""), "": ("",),
}  # fmt: skip
_FINAL_SPELLINGS = {
    "e": ("u", "a", "o", "e"), "ei": ("ei", "e"), "ao": ("ao",), "ou": ("ou", "o"), "en": ("en", "un"),
    "eng": ("on", "en", "un"), "ong": ("on",), "er": ("aru", "a"), "ia": ("ia", "a"), "ie": ("ie", "e"),
    "iao": ("iao", "ao"), "iu": ("iu", "u", "iou"), "ian": ("ian", "ien", "en", "an"), "iang": ("ian", "an"),
    "ing": ("in",), "iong": ("ion", "on"), "ua": ("ua", "a", "oa"), "uo": ("uo", "o"), "uai": ("uai", "ai"),
    "ui": ("ui", "uei", "ei", "oi"), "uan": ("uan", "an", "oan"), "un": ("un", "uen", "en"), "uang": ("uan", "an", "oan"),
    "v": ("u", "yu"), "ve": ("ue", "e"), "van": ("uan", "uen", "en", "an"), "vn": ("un", "in"), "ang": ("an",),
    "ue": ("ue", "e"),
}  # fmt: skip
# For :mod:`mandarin_readings`, which reads foreign names with the same spellings.
INITIALS, INITIAL_SPELLINGS, FINAL_SPELLINGS = _INITIALS, _INITIAL_SPELLINGS, _FINAL_SPELLINGS
_CLASSES = (
    ("ts", "C"), ("ch", "C"), ("sh", "S"), ("j", "C"), ("z", "C"), ("q", "C"), ("s", "S"), ("x", "S"),
    ("f", "H"), ("h", "H"), ("b", "P"), ("p", "P"), ("v", "P"), ("d", "T"), ("t", "T"), ("g", "K"),
    ("k", "K"), ("l", "R"), ("r", "R"), ("y", ""), ("w", ""),
)  # fmt: skip


def key(roman: str) -> str:
    """The coarse sound of a romanised syllable or name, the same for pinyin and for katakana."""
    s = roman.lower()
    for a, b in _CLASSES:
        s = s.replace(a, b)
    s = re.sub(r"([aeiou])\1+", r"\1", s)
    return re.sub(r"(?<=[CS])i(?=[aeou])", "", s)


@lru_cache(maxsize=4096)
def syllable_keys(syllable: str) -> frozenset[str]:
    """Every key a katakana spelling of one pinyin syllable (without tone) may have."""
    initial = next((i for i in _INITIALS if syllable.startswith(i)), "")
    final = syllable[len(initial) :]
    if initial in "jqxy" and final.startswith("u"):  # ju, que, xuan, yun are ü
        final = "v" + final[1:]
    finals = _FINAL_SPELLINGS.get(final, (final,))
    if initial in ("zh", "ch", "sh", "r", "z", "c", "s") and final == "i":
        finals = ("i", "u")  # 知 ジー, 子 ズー
    return frozenset(key(o + f) for o in _INITIAL_SPELLINGS.get(initial, (initial,)) for f in finals)


def spelled_as(katakana_key: str, syllables: list[frozenset[str]]) -> bool:
    """Whether the key splits into one key of each syllable, in order."""
    ends = {0}
    for keys in syllables:
        ends = {e + len(k) for e in ends for k in keys if katakana_key.startswith(k, e)}
        if not ends:
            return False
    return len(katakana_key) in ends


@lru_cache(maxsize=4096)
def _pinyin_syllables(hanzi: str) -> tuple[str, ...]:
    from pypinyin import Style, lazy_pinyin  # noqa: PLC0415  start-up: pypinyin loads its dictionary (~0.8 s)

    return tuple(lazy_pinyin(hanzi, style=Style.NORMAL, errors="ignore"))


@lru_cache(maxsize=1)
def _all_syllable_keys() -> frozenset[str]:
    """The keys of every Mandarin syllable pypinyin knows (a monolingual given name is one or two of
    them)."""
    from pypinyin.pinyin_dict import pinyin_dict  # noqa: PLC0415  start-up: pypinyin loads its dictionary (~0.8 s)

    plain = str.maketrans("āáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜüńňǹḿ", "aaaaooooeeeeiiiiuuuuvvvvvnnnm")
    syllables = {s.translate(plain) for v in pinyin_dict.values() for s in v.split(",")}
    return frozenset(k for s in syllables if s.isascii() and s.isalpha() for k in syllable_keys(s))


@lru_cache(maxsize=1)
def _surname_keys() -> frozenset[str]:
    return frozenset(k for c in _COMMON_SURNAMES for s in _pinyin_syllables(c) for k in syllable_keys(s))


_KATAKANA_PAIR_RE = re.compile(
    r"(?<![\u30a1-\u30fa\u30fc・])([\u30a1-\u30fa\u30fc]{1,5})・([\u30a1-\u30fa\u30fc]{2,8})(?![\u30a1-\u30fa\u30fc・])"
)


def source_name_for(surname: str, given: str, source: str) -> str | None:
    """The name of the source (surname and one or two characters) that the two katakana words
    spell in Mandarin, either order."""
    sk, gk = key(romaji(surname)), key(romaji(given))
    for m in _SURNAME_RE.finditer(source):
        for length in (3, 2):
            name = source[m.start() : m.start() + length]
            if len(name) < length or not all("\u4e00" <= c <= "\u9fff" for c in name):
                continue
            syllables = [syllable_keys(s) for s in _pinyin_syllables(name)]
            if len(syllables) != length:
                continue
            plain = _pinyin_syllables(name)
            if spelled_as(sk, syllables[:1]) and spelled_as(gk, syllables[1:]):
                if not _consonant_ending(given, plain[-1]):
                    return name
            if spelled_as(gk, syllables[:1]) and spelled_as(sk, syllables[1:]):
                if not _consonant_ending(surname, plain[-1]):
                    return name  # given name first (ハオ・ワン)
    return None


# Katakana writes a final consonant with a mora of the u-row (ク, ス, フ) or ト/ド; Mandarin has no
# final consonant but n and ng, so a Chinese name read in katakana ends in the vowel of its last
# syllable (克 ke: コー, クォー). A last mora that writes a consonant the Mandarin syllable has no
# vowel for is a foreign name's own ending (范戴克 is Van Dijk, ファン・ダイク), not a Mandarin reading.
_U_ROW = frozenset("クグスズツヅフブプムル")
_O_ROW = frozenset("トド")


def _consonant_ending(katakana: str, syllable: str) -> bool:
    last = katakana[-1:]  # ドー, クー: a long vowel is the syllable's own
    if last in _U_ROW:
        return not syllable.endswith(("u", "v"))
    if last in _O_ROW:
        return not syllable.endswith(("o", "ou"))
    return False


def looks_chinese(surname: str, given: str) -> bool:
    """With no source: a common Chinese surname and a given name of one or two Mandarin syllables
    that UniDic does not know as a Western name (ジョー・バイデン: バイデン is Biden)."""
    if key(romaji(surname)) not in _surname_keys() or _western_name(given):
        return False
    gk, keys = key(romaji(given)), _all_syllable_keys()
    return gk in keys or any(gk[:i] in keys and gk[i:] in keys for i in range(1, len(gk)))


def _western_name(word: str) -> bool:
    """A name UniDic knows with a Latin spelling (バイデン-Biden). Two katakana are too short to
    tell (ヤン is Jan and also 杨)."""
    if len(word) < 3:
        return False
    parts = katakana_origins(word)
    return len(parts) == 1 and parts[0][1] is not None and unidic_person(word)


# Korean and Singaporean names are also written with Chinese characters (李勇浩) and in katakana
# in Japanese (リ・ヨンホ, リー・クアンユー), with readings close to Mandarin: where one of those
# countries is the setting, no name is judged. (Vietnamese names read far from Mandarin and come in
# three parts, グエン・フー・チョン, which the two-word pattern leaves alone.)
_KOREAN_CONTEXT_RE = re.compile("韓国|朝鮮|ソウル|平壌|シンガポール|韩国|朝鲜|首尔|平壤|新加坡")
# Western given names that read like a Mandarin surname (ジョン = 钟 zhong).
_WESTERN = frozenset({"ジョン", "ジャン", "ハン"})


class ChineseNameInKatakana(Check):
    code = "entity-chinese-katakana"
    category = "named_entity"
    severity = "major"
    bilingual = False
    description = gettext_noop(
        "A Chinese person's name transliterated in katakana (ワン・ハオ); Japanese writes it in kanji (王浩)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if "・" not in seg.target or _korean_document(seg):
            return
        if seg.source_stripped:
            # A Vietnamese name has three parts (阮明康 → グエン・ミン・カン): read in Mandarin, its
            # given name is two words of the katakana.
            for m in _KATAKANA_TRIPLE_RE.finditer(seg.target):
                name = source_name_for(m.group(1), m.group(2) + m.group(3), seg.source)
                if name and len(name) == 3:
                    yield _mandarin_name(seg, name, m)
        for m in _KATAKANA_PAIR_RE.finditer(seg.target):
            first, second = m.group(1), m.group(2)
            if seg.source_stripped:
                name = source_name_for(first, second, seg.source)
                if name:
                    yield _mandarin_name(seg, name, m)
            elif first not in _WESTERN and china_document(seg) and looks_chinese(first, second):
                yield Finding(
                    f"'{m.group()}' reads as a Chinese name in katakana; Japanese writes Chinese names in kanji",
                    m.start(),
                    m.end(),
                )


_KATAKANA_TRIPLE_RE = re.compile(
    r"(?<![\u30a1-\u30fa\u30fc・])([\u30a1-\u30fa\u30fc]{1,5})・([\u30a1-\u30fa\u30fc]{1,4})・"
    r"([\u30a1-\u30fa\u30fc]{1,4})(?![\u30a1-\u30fa\u30fc・])"
)
#: Vietnam named on either side: a name of Vietnamese surname is then most likely Vietnamese.
_VIETNAMESE_CONTEXT_RE = re.compile("越南|越方|ベトナム|越共")
#: Surnames of Vietnam that Chinese writes in their characters (阮 Nguyễn, 陈 Trần, 黎 Lê …).
_VIETNAMESE_SURNAMES = frozenset("阮陈黎范黄潘武吴邓裴杜胡丁何")


def _mandarin_name(seg: Segment, name: str, m: re.Match[str]) -> Finding:
    """The finding for a name of the source read in Mandarin: kanji is Japanese's way for a
    Chinese person; a Vietnamese one is written in the Vietnamese reading (グエン for 阮), which
    the reviewer supplies."""
    kanji = to_kanji(name)
    if name[0] in _VIETNAMESE_SURNAMES and _VIETNAMESE_CONTEXT_RE.search(f"{seg.source} {seg.target}"):
        return Finding(
            f"the name {name} is read in Mandarin as '{m.group()}'; Japanese writes a Vietnamese name "
            f"in its Vietnamese reading (阮 as グエン), a Chinese one in kanji ({kanji})",
            m.start(),
            m.end(),
        )
    return Finding(
        f"the Chinese name {name} is transliterated as '{m.group()}'; Japanese writes {kanji}",
        m.start(),
        m.end(),
        kanji,
    )


def korean_setting(pairs: list[tuple[str, str]]) -> bool:
    """Whether Korea is mentioned on either side of the document."""
    return any(_KOREAN_CONTEXT_RE.search(f"{s or ''} {t or ''}") for s, t in pairs)


def about_china(targets: list[str]) -> bool:
    """Japanese with no source is judged only in a document about China."""
    return any("中国" in t for t in targets)


def china_document(seg: Segment) -> bool:
    """:func:`about_china` of the segment's document (the segment itself, checked on its own)."""
    known = seg.document.about_china
    return about_china([seg.target]) if known is None else known


def _korean_document(seg: Segment) -> bool:
    known = seg.document.korean
    return korean_setting([(seg.source, seg.target)]) if known is None else known
