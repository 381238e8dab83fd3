"""Names that reach the target in the wrong characters: a foreign name left in the characters
Chinese transcribes it with, a place or person written with another character of the same
Mandarin sound, a Chinese name with one character replaced by one of another sound where the
source and the document settle where the name stands, and a Chinese name translated character by
character into ordinary words.

All compare the two texts in one script: the target is taken back to simplified Chinese (OpenCC's
``jp2t`` then ``t2s``, character for character), so that a Japanese form (沢, 広, 涼) and a
traditional one (灕) meet the simplified form the source writes (泽, 广, 凉, 漓). A difference that
survives is a different character, not a different way of writing one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from functools import lru_cache

import opencc

from alignment import lexicon
from alignment.bridge import to_kanji
from alignment.checks.base import Check, Finding, Segment, gettext_noop, occurrences
from alignment.checks.chinese_names import SURNAMES
from alignment.checks.entities import HONORIFIC_RE, document_places, name_runs
from alignment.checks.japanese import sentence_words, words
from alignment.checks.origins import cedict_common, cedict_text, head_glosses, segmented
from alignment.checks.sounds import NAME_CHARS, NAME_RUN_RE, TRANSLIT_RUN_RE

_JP2T = opencc.OpenCC("jp2t")
_T2S = opencc.OpenCC("t2s")
_HAN_RE = re.compile(r"[\u4e00-\u9fff]")
_DOTS = str.maketrans({"・": "·", "•": "·", "‧": "·", "･": "·"})
_NAME_CLASS = "".join(sorted(NAME_CHARS))
# A dotted foreign name: parts of transcription characters joined by a middle dot (奥利维耶·吉拉尔).
_DOTTED_RE = re.compile(f"[{_NAME_CLASS}]+(?:·[{_NAME_CLASS}]+)+")
#: Characters that end a name read off the segmentation: function words around it (素帕猜·通西在).
_NOT_IN_A_NAME = frozenset("在的了和与是对从向将被把说称等及也都就而为于以并")


def _dotted_parts(text: str) -> list[str]:
    """The parts of a dotted name written in characters outside the transcription class (a Thai
    素帕猜·通西 after 秘书长): on each side of a middle dot, the characters the segmentation leaves
    alone, no dictionary word, no function word. The dot marks a foreign name; a part counts when
    the dictionary knows it as no word (or only as a foreign name) and one of the name's characters
    transcribes."""
    words = segmented(text)
    single = [len(w) == 1 and _HAN_RE.match(w) is not None and w not in _NOT_IN_A_NAME for _, w in words]
    out: list[str] = []
    for k, (_, word) in enumerate(words):
        if word != "·":
            continue
        before = k
        while before and single[before - 1]:
            before -= 1
        after = k + 1
        while after < len(words) and single[after]:
            after += 1
        parts = ["".join(w for _, w in words[before:k]), "".join(w for _, w in words[k + 1 : after])]
        if any(c in NAME_CHARS for p in parts for c in p):
            out.extend(
                p
                for p in parts
                if len(p) > 1
                and (cedict_text(p) is None or _foreign_by_dictionary(p))
                and not _gloss_is_chinese(p)
            )
    return out


# What ends a place's name, in simplified Chinese: an administrative unit, a river, a mountain.
PLACE_ENDS = "市省县州区郡镇乡村江河山湖岛"
_PLACE_END_RE = re.compile(f"[{PLACE_ENDS}]")


@lru_cache(maxsize=16384)
def simplified(text: str) -> str:
    """``text`` (Japanese, traditional or simplified) in simplified Chinese forms, same length, its
    middle dots as Chinese writes them; the text itself if a conversion changed its length."""
    out = _T2S.convert(_JP2T.convert(text)).translate(_DOTS)
    return out if len(out) == len(text) else text.translate(_DOTS)


@lru_cache(maxsize=16384)
def _readings(char: str) -> frozenset[str]:
    """Every toneless Mandarin reading of one character (长: chang, zhang)."""
    from pypinyin import Style, pinyin  # noqa: PLC0415  start-up: pypinyin loads its dictionary (~0.8 s)

    return frozenset(r for group in pinyin(char, style=Style.NORMAL, heteronym=True) for r in group)


def homophones(a: str, b: str) -> bool:
    """Whether two different characters share a Mandarin reading (冈/岗 gang, 漓/丽 li)."""
    return a != b and bool(_readings(a) & _readings(b))


def _gloss_is_chinese(word: str) -> bool:
    """Whether CC-CEDICT explains the word as a name of the Chinese world, which Japanese writes in
    kanji: with Chinese cross-references (乌鲁木齐 "capital of Xinjiang 新疆…"), or by its own
    Mandarin reading (宁波 "Ningbo, subprovincial city…"), where a foreign name reads otherwise
    (哈萨克斯坦 "Kazakhstan", not Hasakesitan), or as in China (南海 "South China Sea")."""
    text = cedict_text(word)
    if text is None:
        return False
    if _HAN_RE.search(text):
        return True
    return _glossed_by_reading(word, china=True)


@lru_cache(maxsize=4096)
def _glossed_by_reading(word: str, *, china: bool = False) -> bool:
    """Whether one of CC-CEDICT's glosses of the word begins with its own Mandarin reading (宁波
    "Ningbo", 王明 "Wang Ming"; ``china``: or names China in its first part). Memoised: the same
    few dozen words recur from source to source (on 11,000 segments, 78 words were asked about
    4,996 times), and pypinyin's reading was most of the cost."""
    text = cedict_text(word) or ""
    from pypinyin import Style, lazy_pinyin  # noqa: PLC0415  start-up: pypinyin loads its dictionary (~0.8 s)

    reading = "".join(lazy_pinyin(word, style=Style.NORMAL, v_to_u=False)).replace("v", "u")
    glosses = [g.strip() for g in text.split("/") if g.strip()]
    return any(
        _ROMAN_RE.sub("", g.split(",")[0]).lower().replace("ü", "u").startswith(reading)
        or (china and _CHINA_RE.search(g.split(",")[0]))
        or _PROVINCE_RE.search(g)
        for g in glosses
    )


gloss_is_chinese = _gloss_is_chinese  # for :mod:`mandarin_readings`
_CHINA_RE = re.compile(r"\bChina\b|\bChinese\b")
# A place the dictionary locates in one of China's provinces or regions (吉隆 "Gyirong county,
# Tibetan: …, in Shigatse prefecture, Tibet"; 喀什 "city and prefecture in the west of Xinjiang"):
# a unit of China's administration and the province, anywhere in one gloss.
_PROVINCE_RE = re.compile(
    r"\b(?:county|prefecture|city|town|township|district|banner)\b.*\b(?:Anhui|Fujian|Gansu|Guangdong"
    r"|Guangxi|Guizhou|Hainan|Hebei|Heilongjiang|Henan|Hubei|Hunan|Inner Mongolia|Jiangsu|Jiangxi|Jilin"
    r"|Liaoning|Ningxia|Qinghai|Shaanxi|Shandong|Shanxi|Sichuan|Tibet|Xinjiang|Yunnan|Zhejiang)\b"
)


_ROMAN_RE = re.compile(r"[^A-Za-zü]")


def _foreign_by_dictionary(word: str) -> bool:
    """Whether CC-CEDICT knows the word only as a foreign proper noun: a capitalised gloss, none
    of the Chinese world (哈萨克斯坦 "Kazakhstan")."""
    text = cedict_text(word)
    return (
        text is not None
        and word not in cedict_common()
        and text.lstrip("/")[:1].isupper()
        and not _gloss_is_chinese(word)
    )


@lru_cache(maxsize=1024)
def foreign_names(source: str) -> tuple[str, ...]:
    """The source's foreign names in transcription characters, each part of a dotted name (吉拉尔
    of 奥利维耶·吉拉尔, two characters or more) and every undotted run of transcription characters
    that the dictionary knows as a foreign name (哈萨克斯坦, 布什 "Bush", 伦敦 "London") or, unknown
    to it, of four characters or more of the narrower transcription class. A run the dictionary explains as of the Chinese world stays (乌鲁木齐, 宁波)."""
    text = simplified(source)
    out: list[str] = []
    for m in _DOTTED_RE.finditer(text):
        out.extend(p for p in m.group().split("·") if len(p) > 1 and not _gloss_is_chinese(p))
    if "·" in text:
        out.extend(p for p in _dotted_parts(text) if p not in out)
    for run, _ in name_runs(text, 2):
        if _foreign_by_dictionary(run) or (
            len(run) >= 4 and cedict_text(run) is None and TRANSLIT_RUN_RE.fullmatch(run)
        ):
            out.append(run)
    return tuple(dict.fromkeys(out))


# A name the translator keeps in its characters and glosses with its Latin form right after it.
_LATIN_GLOSS_RE = re.compile(r"[（(][A-Za-z][A-Za-z0-9 .&'\-]{0,30}[）)]")


def _copied_with_context(name: str, source: str, target: str, start: int) -> bool:
    """Whether the name stands in the target inside a stretch copied from the source (two
    characters more on one side): an untranslated copy, which the untranslated checks report.
    The rest of a dotted name (素帕猜·通西) is the name's own, not a copied context."""
    end = start + len(name)
    for i in occurrences(name, source):
        before = source[max(0, i - 2) : i]
        if before == target[max(0, start - 2) : start] != "" and start >= 2 and i >= 2 and "·" not in before:
            return True
        after = source[i + len(name) : i + len(name) + 2]
        if after == target[end : end + 2] and len(target) >= end + 2 and "·" not in after:
            return True
    return False


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
        # Every name is two transcription characters or more: a target with no two together holds
        # none of them (nine targets in ten), and the source's names need not be worked out.
        if not NAME_RUN_RE.search(target):
            return
        for name in foreign_names(seg.source):
            start = target.find(name)
            if start < 0 or _copied_with_context(name, simplified(seg.source), target, start):
                continue
            if _LATIN_GLOSS_RE.match(seg.target, start + len(name)):
                continue  # the name glossed by its Latin form (比亜迪（BYD）): written so on purpose
            end = start + len(name)
            yield Finding(
                f"foreign name {name} left in Chinese transcription characters "
                f"({seg.target[start:end]}); Japanese writes it in katakana",
                start,
                end,
            )


@lru_cache(maxsize=1024)
def homophone_places(source: str, target: str) -> tuple[tuple[int, int, str], ...]:
    """Places of the target (one to three characters before a place ending, 鹤岗市) that the source
    writes with one other character of the same Mandarin sound (鹤冈市), neither form being on the
    other side: each with its target span and the source's form."""
    src, tgt = simplified(source), simplified(target)
    out: list[tuple[int, int, str]] = []
    # Only the places' endings are visited (a search in C), not every character of the target.
    for m in _PLACE_END_RE.finditer(tgt):
        j, end_char = m.start(), m.group()
        if out and out[-1][1] > j - 1:
            continue  # 凉山省 is the place 凉山 already found
        for n in (1, 2, 3):
            window = tgt[j - n : j + 1] if j >= n else ""
            if not window or not all(_HAN_RE.match(c) for c in window) or window in src:
                continue
            found = next(
                (
                    src[k - n : k + 1]
                    for k in occurrences(end_char, src)
                    if k >= n
                    and _one_homophone(src[k - n : k], window[:-1], target[j - n : j])
                    and src[k - n : k + 1] not in tgt
                ),
                None,
            )
            if found and not lexicon.is_japanese_word(target[j - n : j + 1]):  # 矿区 is 鉱区, a word
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


#: Characters Japanese abbreviates a country with (中伊 for 中意, 日米, 英仏): a window that differs
#: from the source's place only by one of them is a pair of countries, not a place misspelt.
_COUNTRY_CHARS = frozenset("日米英仏独伊露豪加印韓朝中墨蘭葡西比瑞")


@lru_cache(maxsize=1024)
def homophone_dictionary_places(source: str, target: str) -> tuple[tuple[int, int, str], ...]:
    """Places the dictionary knows (CC-CEDICT glosses 株洲 "Zhuzhou, prefecture-level city in
    Hunan") that the target writes with one other character of the same Mandarin sound and no
    place ending after it (株州, 審陽 for 沈阳): each with its target span and the source's form.
    Only a stretch of the target that its words start and end with, and that is no Japanese word
    (陶磁 for 陶瓷 is Japanese), counts."""
    src, tgt = simplified(source), simplified(target)
    places = [
        w
        for _, w in segmented(src)
        if 2 <= len(w) <= 4
        and all(_HAN_RE.match(c) for c in w)
        and w not in tgt
        and to_kanji(w) not in target
        and (head_glosses(w)[1] or gloss_is_chinese(w))
    ]
    if not places:
        return ()
    tokens = sentence_words(target)  # the segment's own tokens: the target is tagged once
    starts = {t.start for t in tokens}
    ends = {t.end for t in tokens}
    out: list[tuple[int, int, str]] = []
    for place in dict.fromkeys(places):
        n = len(place)
        for j in starts:
            if j + n not in ends:
                continue
            written = target[j : j + n]
            if not _one_homophone(place, tgt[j : j + n], written):
                continue
            changed = next(c for c, p in zip(written, place, strict=True) if to_kanji(p) != c and p != c)
            if changed in _COUNTRY_CHARS or lexicon.is_japanese_word(written) or written in to_kanji(source):
                continue
            out.append((j, j + n, place))
            break
    return tuple(sorted(out))


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
        found = homophone_places(seg.source, seg.target)
        if not found and not seg.over_budget:  # the dictionary's places are sought word by word
            found = homophone_dictionary_places(seg.source, seg.target)
        for start, end, name in found:
            yield Finding(
                f"place {name} of the source is written {seg.target[start:end]}, another character of "
                "the same sound",
                start,
                end,
            )


#: Units of China's administrative divisions, which Japanese keeps as they are (海南州 → 海南州,
#: 县 as 県): the same name with another unit is another place (海南州, a prefecture of Qinghai,
#: is not 海南省, the island province).
_UNITS = "省市县州区盟"
_UNIT_RE = re.compile(f"[{_UNITS}]")
_JA_UNITS = frozenset(to_kanji(_UNITS))


@lru_cache(maxsize=1024)
def unit_swaps(source: str, target: str) -> tuple[tuple[int, int, str], ...]:
    """Places of the source (two or three characters and a unit) that the target writes with
    another unit, the source's own form nowhere in the target and the target's nowhere in the
    source: each with its target span and the source's form."""
    out: list[tuple[int, int, str]] = []
    for m in _UNIT_RE.finditer(source):
        k, unit = m.start(), m.group()
        for n in (3, 2):
            name = source[k - n : k] if k >= n else ""
            if not name or not all(_HAN_RE.match(c) for c in name):
                continue
            own = to_kanji(name)
            if own + to_kanji(unit) in target or name + unit in target:
                break
            found = next(
                (
                    (j, j + len(own) + 1)
                    for j in occurrences(own, target)
                    if target[j + len(own) : j + len(own) + 1] in _JA_UNITS - {to_kanji(unit)}
                    and not (j and _HAN_RE.match(target[j - 1]))
                ),
                None,
            )
            if found and target[found[0] : found[1]] not in to_kanji(source):
                out.append((*found, name + unit))
                break
    return tuple(out)


class PlaceUnit(Check):
    code = "entity-place-unit"
    category = "named_entity"
    severity = "major"
    description = gettext_noop(
        "A place of the source written with another administrative unit (海南州 → 海南省): another place."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if not seg.source_stripped:
            return
        for start, end, name in unit_swaps(seg.source, seg.target)[:1]:
            yield Finding(
                f"place {name} of the source is written {seg.target[start:end]}, another unit: another place",
                start,
                end,
            )


# Titles and verbs of saying that stand next to a person's name in Chinese news (市长王明, 王明表示).
_TITLES = (
    "总领事|领事|大使|书记|市长|省长|县长|区长|镇长|主任|局长|部长|厅长|处长|主席|总理|总统|教授|院长|"
    "校长|董事长|总经理|经理|社长|会长|秘书长|先生|女士|同志"
)
_SAYS = "表示|说|指出|介绍|强调"
_DEPUTY = "(?:副|常务|总)*"


@lru_cache(maxsize=1)
def _person_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    name = f"[{SURNAMES}][\u4e00-\u9fff]{{1,2}}"
    # Before a title the name is as short as it can be, and the title may be a deputy's or a
    # chief's: 李明总经理 is 李明 and 总经理, not 李明总 and 经理; 王明副市长 is 王明; 驻武汉总领事
    # holds no 武汉总.
    lazy = f"[{SURNAMES}][\u4e00-\u9fff]{{1,2}}?"
    return (
        re.compile(f"(?:{_TITLES})({name})"),
        re.compile(f"(?=({lazy})(?:{_DEPUTY}(?:{_TITLES})|{_SAYS}))"),
    )


# What Japanese writes right after a person's name: the title (the source's titles in Japanese
# forms, and the Japanese ones), after a unit, 党, 副 or 常務 (李雲鋒市党委書記), an honorific, a
# particle or punctuation.
_JA_TITLES = sorted(
    {to_kanji(t) for t in _TITLES.split("|")}
    | set("大統領 首相 知事 議長 委員長 理事長 書記長 党首 代表 大臣 長官 参事官 公使".split()),
    key=len,
    reverse=True,
)
_NAME_END_RE = re.compile(
    "(?:[市県区省州鎮郷村]?(?:党委員会|党委?|副|常務)*(?:" + "|".join(_JA_TITLES) + ")"
    "|氏|様|さん|君|夫妻|一行|[はがとのもにをやへで、。，,・「」『』（）()　 ]|$)"
)


def closes_name(target: str, end: int) -> bool:
    """Whether what the target writes from ``end`` on closes a person's name before it."""
    return bool(_NAME_END_RE.match(target, end))


# A place: two characters before an administrative unit, unless they point at one (本市, 全县).
_POINTING = set("本该全各每这那此其")


@lru_cache(maxsize=1024)
def chinese_names(source: str) -> tuple[str, ...]:
    """Chinese names of the source, by what stands next to them: a surname with one or two
    characters after a title or before a title or a verb of saying (王明 of 市长王明, 王明表示; both
    lengths, the target decides), and two characters before 市/县/镇/村 (高山 of 高山市)."""
    text = simplified(source)
    # A name starts a word of the source read longest word first (全国区县 is 全国 + 区县: no 国区).
    starts = {i for i, _ in segmented(text)}
    before, after = _person_res()
    out: list[str] = []
    for m in before.finditer(text):
        if m.start(1) in starts:
            out.extend({m.group(1)[:2], m.group(1)})
    for m in after.finditer(text):
        if m.start(1) in starts:
            out.append(m.group(1))
    common = cedict_common()
    for m in re.finditer("([\\u4e00-\\u9fff]{2})(?=[市县镇村])", text):
        place = m.group(1)
        if (
            m.start() in starts
            and not _POINTING & set(place)
            and place + text[m.end()] not in common
            and place[-1] + text[m.end()] not in common  # 全县农村 is 县 + 农村: no place 县农
        ):
            out.append(place)
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=1024)
def _people(source: str) -> tuple[tuple[str, ...], ...]:
    """The source's people (:func:`_person_res`), each as the spellings its context allows: after a
    title a name may be two or three characters long (市长王明会见 is 王明, 主任张蓉出席 is 张蓉)
    unless no character follows the third (书记李振宇、), before a title or a verb of saying its
    length is known (王明表示)."""
    text = simplified(source)
    starts = {i for i, _ in segmented(text)}
    before, after = _person_res()
    known = {m.start(1): m.group(1) for m in after.finditer(text) if m.start(1) in starts}
    out: dict[int, tuple[str, ...]] = {k: (name,) for k, name in known.items()}
    for m in before.finditer(text):
        if m.start(1) in starts and m.start(1) not in out:
            name = m.group(1)
            # Three characters and then no character (书记李振宇、): the name is all three.
            closed = len(name) == 3 and not _HAN_RE.match(text[m.end(1) : m.end(1) + 1] or "、")
            out[m.start(1)] = (name,) if closed else tuple(dict.fromkeys((name[:2], name)))
    return tuple(out.values())


@lru_cache(maxsize=1024)
def homophone_names(source: str, target: str) -> tuple[tuple[int, int, str], ...]:
    """People of the source whom the target writes with one character replaced by another of the
    same Mandarin sound (张蓉 as 張容, 陈立新 as 陳立信), no spelling the context allows being in the
    target: each with its target span and the source's form."""
    src, tgt = simplified(source), simplified(target)
    out: list[tuple[int, int, str]] = []
    for spellings in _people(source):
        # Where the length is not known, a spelling in the target settles it (王明 of 市长王明是…
        # in 王明市長は: 王明是 is no name), unless it stands there only as the head of the longer
        # spelling with a homophone that Japanese closes as a name (李云 of 书记李云峰与 in
        # 李雲鋒氏と); where the length is known, the shorter one may stand inside the wrong form
        # (陈立 of 陳立信) and is not asked.
        if any(name in tgt and not _heads_a_variant(name, spellings, target) for name in spellings):
            continue
        for name in sorted(spellings, key=len, reverse=True):
            n = len(name)
            at = next(
                (
                    j
                    for j in range(len(tgt) - n + 1)
                    if _HAN_RE.match(tgt[j])
                    and tgt[j : j + n] not in src
                    and _one_homophone(name, tgt[j : j + n], target[j : j + n])
                    and not _HAN_RE.match(tgt[j - 1 : j] or "a")
                ),
                None,
            )
            if at is not None:
                out.append((at, at + n, name))
                break
    return tuple(out)


def _heads_a_variant(short: str, spellings: tuple[str, ...], target: str) -> bool:
    """Whether every place the target writes ``short`` (in simplified forms) begins a longer
    spelling of the name with one character replaced by a homophone, closed as Japanese closes a
    person's name (:func:`closes_name`): 李云 in 李雲鋒氏 for 李云峰, not 王明 in 王明市長 for 王明是
    (市長 is the title, 長 no end of a name)."""
    tgt = simplified(target)
    longer = [name for name in spellings if len(name) > len(short) and name.startswith(short)]
    return (
        bool(longer)
        and all(
            not closes_name(target, at + len(short))  # 王明市党委書記: 王明 and the title
            and any(
                _one_homophone(name, tgt[at : at + len(name)], target[at : at + len(name)])
                and closes_name(target, at + len(name))
                for name in longer
                if len(tgt) >= at + len(name)
            )
            for at in occurrences(short, tgt)
        )
    )


class HomophoneName(Check):
    code = "entity-homophone-name"
    category = "named_entity"
    severity = "major"
    description = gettext_noop(
        "A person of the source written with another character of the same Mandarin sound (张蓉 → "
        "張容): another person."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if not seg.source_stripped:
            return
        for start, end, name in homophone_names(seg.source, seg.target):
            yield Finding(
                f"{name} of the source is written {seg.target[start:end]}, a character of the same "
                f"sound but another name; Japanese writes {to_kanji(name)}",
                start,
                end,
                to_kanji(name),
            )


# Between two characters of a name translated piecewise: kana (高い山, 春の花), after at most one kanji
# (黄色い石).
_GAP = "(?:[\u4e00-\u9fff]?[\u3041-\u3096]{1,3})?"
_ORDINARY = {"動詞", "形容詞", "形状詞"}


_KANA_GAP = "(?:[\u3041-\u3096]{1,3})?"


@lru_cache(maxsize=4096)
def _split_pattern(name: str, kana_only: bool = False) -> re.Pattern[str]:
    return re.compile((_KANA_GAP if kana_only else _GAP).join(re.escape(c) for c in name))


#: What MT puts between the parts of a foreign name, and once in a while inside a Chinese one.
_NAME_DOT = "[・･·  　]"


@lru_cache(maxsize=4096)
def _dotted_pattern(name: str) -> re.Pattern[str]:
    return re.compile(f"{_NAME_DOT}?".join(re.escape(c) for c in name))


def split_name(name: str, target: str, kana_only: bool = False) -> tuple[int, int] | None:
    """The target's span where the name's characters stand in order with kana between, as ordinary
    words (UniDic: a verb, adjective or common noun, no proper noun), when the name itself is not
    written there whole: 高山 as 高い山; or with a middle dot or a space inside it, as foreign
    names are written (劉国・中 for 刘国中): a Chinese name is written whole."""
    tgt = simplified(target)
    if name in tgt or not all(c in tgt for c in name):
        return None
    for m in _dotted_pattern(name).finditer(tgt):
        if re.search(_NAME_DOT, m.group()):
            return m.start(), m.end()
    for m in _split_pattern(name, kana_only).finditer(tgt):
        tagged = [w for w in words(target) if w.start < m.end() and w.end > m.start()]
        if tagged and tagged[0].feature.pos2 == "固有名詞":
            continue  # the span starts a name (UniDic may tag the last part alone as one: 新しい鄭)
        if tagged[0].feature.pos1 in ("形容詞", "動詞") or any(
            w.feature.pos1 in _ORDINARY or w.feature.pos2 == "普通名詞" for w in tagged if w.start > m.start()
        ):
            return m.start(), m.end()
    return None


class SplitName(Check):
    code = "entity-split-name"
    category = "named_entity"
    severity = "major"
    description = gettext_noop(
        "A Chinese name of the source translated character by character into ordinary words (高山 → 高い山), "
        "or cut in two by a middle dot (刘国中 → 劉国・中)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if not seg.source_stripped:
            return
        # A person's name, or a place the dictionary knows (新郑 as 新しい鄭).
        places = tuple(n for n, kind in located_names(seg.source) if kind == "dictionary")
        people = chinese_names(seg.source)
        names = tuple(dict.fromkeys(people + places))
        tgt = simplified(seg.target)
        if any(name in tgt for name in names if len(name) > 2):
            names = tuple(n for n in names if not any(n in longer and longer in tgt for longer in names))
        yielded: list[tuple[int, int]] = []
        for name in sorted(names, key=len, reverse=True):  # 蓝天立 before its part 蓝天
            # A place is split by kana alone (新しい鄭): 最大港口 rendered 最大級の港 is no 大港.
            span = split_name(name, seg.target, kana_only=name in places and name not in people)
            if span and not any(a <= span[0] and span[1] <= b for a, b in yielded):
                yielded.append(span)
                written = seg.target[span[0] : span[1]]
                how = "cut in two" if re.search(_NAME_DOT, written) else "translated into ordinary words"
                yield Finding(
                    f"name {name} of the source is {how} ('{written}'); Japanese writes it {to_kanji(name)}",
                    span[0],
                    span[1],
                    to_kanji(name),
                )


# Other forms of one character in the conversions OpenCC knows: simplified to traditional (one to
# many: 钟 is 鐘 or 鍾), Taiwan's and Hong Kong's standard forms, and back.
_TO_TRADITIONAL = tuple(opencc.OpenCC(c) for c in ("s2t", "s2tw", "s2hk"))
_TO_SIMPLIFIED = tuple(opencc.OpenCC(c) for c in ("t2s", "tw2s", "hk2s"))


@lru_cache(maxsize=4096)
def other_form(source_char: str, written: str) -> bool:
    """Whether ``written`` (the target's character) is the source's character (simplified) in
    another form: its Japanese form by the bridge (云 as 雲, 锡 as 錫), a traditional or regional
    form, a compatibility form, or a character Chinese does not write at all (﨑, 𠮷: no Mandarin
    reading), which is a Japanese form of a name's character, not another one."""
    if written in (source_char, to_kanji(source_char)) or simplified(written) == source_char:
        return True
    if unicodedata.normalize("NFKC", written) in (source_char, to_kanji(source_char)):
        return True
    if any(c.convert(source_char) == written for c in _TO_TRADITIONAL):
        return True
    if any(c.convert(written) == source_char for c in _TO_SIMPLIFIED):
        return True
    return not any(r.isascii() and r.isalpha() for r in _readings(written))


# What ends a person's name in the source: a title, a verb of saying, a conjunction or a
# preposition (书记李云峰与, 主任张蓉在), a verb of the press's ceremonies (副局长张国英出席), punctuation.
_ACTS = "出席|会见|会晤|主持|致辞|陪同|率团|率领|参加|宣布"
_ZH_NAME_END_RE = re.compile(f"(?:{_DEPUTY}(?:{_TITLES})|{_SAYS}|{_ACTS}|[与和及等在]|[^\\u4e00-\\u9fff]|$)")
# The administrative units a place's name stands before (湖州市, 建水县, 海曙区); not 州, which ends
# as many names (广州, 泉州) as it follows.
_UNITS = "市县区镇乡村省"
PERSON, PLACE, DICTIONARY = "person", "place", "dictionary"
# How CC-CEDICT glosses a person: with the years of the life (1904-1974), (1953-), (551-479 BC).
_LIFE_RE = re.compile(r"\((?:born |c\. )?\d{1,4}(?: BC)?-")


# Characters no name of a person or place holds: particles, prepositions and conjunctions,
# numerals and measure words, pointing words, units (了两市, 高兴地表示, 晓燕等区, 企之乡, 省区市).
_NOT_IN_NAME = (
    set("的地得了着过是在和与及或并也都就将把被向给为对从由到等之个两一二三四五六七八九十几多")
    | _POINTING
    | set(_UNITS)
)
# What ends the name of an office, never a person's (管理局, 外办).
_OFFICES = set("局部厅委会院所处办司组队科室社团馆校站")
# How CC-CEDICT glosses a place of its own: by what kind of place it is.
_PLACE_GLOSS_RE = re.compile(
    r"\b(?:district|county|city|province|prefecture|town|township|village|island|river|mountain|lake|port)\b"
)


@lru_cache(maxsize=1024)
def located_names(source: str) -> tuple[tuple[str, str], ...]:
    """Chinese names of the source whose extent its context settles, each with its kind: a person
    before a title or a verb of saying (王明表示), or after a title and before one of those, a
    conjunction or punctuation (书记李云峰与, not 市长王明是, which may be 王明 or 王明是); a place of
    two or three characters with its administrative unit (湖州市); a place the dictionary knows by
    its Mandarin reading (琶洲 "Pazhou district in Guangzhou"). A name starts a word of the source
    read longest word first, and a place's ends one; none is a common word (任何人 of 任何人表示)
    or holds a particle, a numeral or a unit (高兴地 of 高兴地表示, 两市)."""
    text = simplified(source)
    words = segmented(text)
    starts = {i for i, _ in words} | {len(text)}
    common = cedict_common()

    def clean(name: str) -> bool:
        return name not in common and not _NOT_IN_NAME & set(name) and all(_HAN_RE.match(c) for c in name)

    def whole(at: int, name: str) -> bool:
        return at in starts and at + len(name) in starts and clean(name)

    before, after = _person_res()
    # A person's name may run into the word after it (赵明华表示 read 赵/明/华表/示).
    people = [m.group(1) for m in after.finditer(text) if m.start(1) in starts and clean(m.group(1))]
    for m in before.finditer(text):
        name = next(
            (
                name
                for name in dict.fromkeys((m.group(1)[:2], m.group(1)))
                if _ZH_NAME_END_RE.match(text, m.start(1) + len(name))
            ),
            None,
        )
        if name and m.start(1) in starts and clean(name):
            people.append(name)
    # A word the dictionary knows, other than as someone with the years of a life, is no person
    # (韩国 of 韩国总统 "South Korea"; 王毅 "Wang Yi (1953-)" is one); nor is one with a title in it
    # (林女士 of 林女士表示), nor one that ends in an office (管理局 of 管理局主任).
    out = [
        (name, PERSON)
        for name in people
        if _LIFE_RE.search(cedict_text(name) or "(1-")
        and not re.search(_TITLES, name)
        and name[-1] not in _OFFICES
    ]
    word_of = dict(words)
    for j, unit in enumerate(text):
        if unit in _UNITS:
            # The unit a word of its own after the place's words (not 市 of 市场), or the place's
            # last character (湖州市 read as one word).
            out.extend(
                (text[j - n : j + 1], PLACE)
                for n in (2, 3)
                if j >= n
                and clean(text[j - n : j])
                # Three characters after a common word are the word and a place of one (体验宏村).
                and not (
                    n == 3 and word_of.get(j - n, "") in common and word_of.get(j - n, "") != text[j - n : j]
                )
                and (
                    (whole(j - n, text[j - n : j]) and j + 1 in starts)
                    or word_of.get(j - n) == text[j - n : j + 1]
                )
                and text[j - n : j + 1] not in common
                and text[j - 1] + unit not in common  # 全县农村 is 县 + 农村: no place 县农
            )
    out.extend(
        (word, DICTIONARY)
        for at, word in words
        if 2 <= len(word) <= 3
        and whole(at, word)
        # The gloss's words before its reading: pypinyin's is the dearer question by far.
        and _PLACE_GLOSS_RE.search(cedict_text(word) or "")
        and _name_of_china(word)
    )
    kinds: dict[str, str] = {}
    for name, kind in out:
        kinds.setdefault(name, kind)  # 湖州市 a place by its unit before a place of the dictionary
    return tuple(kinds.items())


def _source_places(source: str) -> frozenset[str]:
    """The Japanese forms of the places the source locates: a name with its unit (张家口市 →
    張家口, 張家口市) or one the dictionary knows as a place (延安). A document may name a place
    once, in this sentence, with no unit in the target for :func:`document_places` to find."""
    if not source.strip():
        return frozenset()
    out = set()
    for name, kind in located_names(source):
        if kind == "place":
            out |= {to_kanji(name), to_kanji(name[:-1])}
        elif kind == "dictionary":
            out.add(to_kanji(name))
    return frozenset(out)


class PlaceAsPerson(Check):
    code = "entity-place-person"
    category = "named_entity"
    severity = "major"
    bilingual = False
    description = gettext_noop("A place of the document written as a person, with 氏 (金華市 … 金華氏は).")

    def check(self, seg: Segment) -> Iterator[Finding]:
        honorifics = list(HONORIFIC_RE.finditer(seg.target))
        if not honorifics:
            return
        places = seg.document.places
        if places is None:
            places = document_places([seg.target])
        for m in honorifics:
            if m.group(1) in places or m.group(1) in _source_places(seg.source):
                yield Finding(
                    f"{m.group(1)} is a place in this document, not a person: '{m.group()}'",
                    m.start(),
                    m.end(),
                )


def _name_of_china(word: str) -> bool:
    """Whether CC-CEDICT knows the word as a proper noun read in Mandarin, a person or place of
    the Chinese world (琶洲 "Pazhou district in Guangzhou", 王明 "Wang Ming"), not as a foreign
    one (韩国 "South Korea")."""
    text = cedict_text(word)
    return text is not None and text.lstrip("/")[:1].isupper() and _glossed_by_reading(word)


_JA_POINTING = set("同当本全各両該此其")


def _at_name(kind: str, name: str, src: str, tgt: str, target: str, j: int, i: int) -> bool:
    """Whether the target's run at ``j`` (one character off the name, at ``i``) stands where a
    name of its kind stands: a person's preceded by no kanji and closed as Japanese closes a
    name, the character that differs beginning no title, honorific or particle (王副市長 is 王 and
    the title); a place's with its unit, no character pointing at a place (同市); a dictionary
    name's with a kanji next to it that is the source's next to the name (琵洲会展 for 琶洲会展)."""
    n = len(name)
    if kind == PERSON:
        return (
            not _HAN_RE.match(tgt[j - 1 : j] or "a")
            and closes_name(target, j + n)
            and not closes_name(target, j + i)
            and (n > 2 or i > 0)  # of two characters, the surname stands: the given name differs
        )
    if kind == PLACE:
        return i < n - 1 and not _JA_POINTING & set(target[j : j + n])
    for k in occurrences(name, src):
        before = src[k - 1 : k] if k else ""
        after = src[k + n : k + n + 1]
        if (before and _HAN_RE.match(before) and before == tgt[j - 1 : j] and j > 0) or (
            after and _HAN_RE.match(after) and after == tgt[j + n : j + n + 1]
        ):
            return True
    return False


@lru_cache(maxsize=1024)
def misspelt_names(
    source: str, target: str, names: tuple[tuple[str, str], ...], written: frozenset[str]
) -> tuple[tuple[int, int, str, int], ...]:
    """Names of the source (``names``, with their kinds) that the target writes with one character
    replaced by one of another sound, no other form of it (張国英 as 張国栄, not 呉 for 吴): each
    with its target span, the source's name and the offset of the wrong character. ``written``:
    names the document writes right; a place the dictionary gave is asked only if it is one."""
    src, tgt = simplified(source), simplified(target)
    common = cedict_common()
    out: list[tuple[int, int, str, int]] = []
    for name, kind in names:
        if name in tgt or (kind == DICTIONARY and name not in written):
            continue
        n = len(name)
        found: tuple[int, int, str, int] | None = None
        for j in range(len(tgt) - n + 1):
            window = tgt[j : j + n]
            if not all(_HAN_RE.match(c) for c in window):
                continue
            diffs = [i for i in range(n) if not other_form(name[i], target[j + i])]
            if not diffs:
                found = None  # the name is there, in other forms of its characters (呉 for 吴)
                break
            if found or len(diffs) > 1:
                continue
            i = diffs[0]
            if not (
                homophones(name[i], window[i])  # the homophone checks' (entity-homophone-name)
                or window in src
                or window in common
                or not _at_name(kind, name, src, tgt, target, j, i)
            ):
                found = (j, j + n, name, i)
        if found:
            out.append(found)
    # One wrong character in 金华市 is one in 金华 too: the longer name's span alone.
    return tuple(f for f in out if not any(g != f and g[0] <= f[0] and f[1] <= g[1] for g in out))


class NameCharacter(Check):
    code = "entity-name-character"
    category = "named_entity"
    severity = "major"
    description = gettext_noop(
        "A Chinese name of the source written with one character replaced by another of another "
        "sound (张国英 → 張国栄): another person or place."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if not seg.source_stripped:
            return
        names = located_names(seg.source)
        document = seg.document.chinese_names
        if document:
            src = simplified(seg.source)
            starts = {i for i, _ in segmented(src)}
            names = tuple(
                dict.fromkeys(
                    names
                    + tuple(
                        (name, kind)
                        for name, kind in sorted(document)
                        if any(k in starts for k in occurrences(name, src))
                    )
                )
            )
        for start, end, name, i in misspelt_names(seg.source, seg.target, names, seg.document.names_written):
            fix = seg.target[start : start + i] + to_kanji(name[i]) + seg.target[start + i + 1 : end]
            yield Finding(
                f"{name} of the source is written {seg.target[start:end]}, with another character; "
                f"Japanese writes {fix}",
                start,
                end,
                fix,
            )


def document_chinese_names(
    pairs: Sequence[tuple[str, str]],
) -> tuple[frozenset[tuple[str, str]], frozenset[str]]:
    """The Chinese names the document's sources locate (:func:`located_names`), and those of them
    that a target writes right (in simplified forms, 張国英 for 张国英)."""
    located = frozenset(
        pair for source, _ in pairs if source and source.strip() for pair in located_names(source)
    )
    targets = "\n".join(simplified(t) for _, t in pairs if t)
    return located, frozenset(name for name, _ in located if name in targets)
