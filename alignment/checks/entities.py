"""Named entities: Latin names and transliterated foreign names of the source must reach the target,
and a katakana word of the target must render something of the source.

Names are compared by pronunciation (:mod:`sounds`) and loanwords by their English origin
(:mod:`origins`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import product

from alignment import lexicon
from alignment.bridge import to_kanji
from alignment.checks import meaning
from alignment.checks.base import KATAKANA_WORD_RE, Check, Finding, Segment, gettext_noop, occurrences
from alignment.checks.countries import rendered_place_spans
from alignment.checks.japanese import short_words as _tagged
from alignment.checks.kana import romaji, romaji_readings
from alignment.checks.name_forms import CALENDAR, misread, written_the_japanese_way
from alignment.checks.origins import (
    Glosses,
    cedict_common,
    cedict_proper_nouns,
    cedict_text,
    chinese_glosses,
    glossed_in_source,
    head_glosses,
    katakana_origins,
    segmented,
    source_glosses,
    source_proper_nouns,
    source_words,
    stem,
)
from alignment.checks.sounds import (
    LATIN_NAME_RE,
    LATIN_RE,
    NAME_CHARS,
    NAME_RUN_RE,
    TRANSLIT_RUN_RE,
    pinyin,
    pinyin_readings,
    similar_at_least,
    similarity,
    skeleton,
    sound_variants,
    sounds_alike,
    stretches,
)


class LatinNameMissing(Check):
    code = "entity-latin"
    category = "named_entity"
    severity = "major"
    description = gettext_noop(
        "A Latin-script name of the source is neither kept nor transliterated in the target."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if not seg.source_stripped or not seg.has_kana:
            return
        target_lower = seg.target_norm.lower()
        words = KATAKANA_WORD_RE.findall(seg.target_kana)
        katakana = [r for w in words for r in romaji_readings(w)]
        windows: list[str] | None = None  # worked out for the first name no whole word renders
        for m in LATIN_RE.finditer(seg.source):
            name = m.group().strip(".-'")
            if len(name) < 3 or name.lower() in target_lower or glossed_in_source(name, seg.source):
                continue
            # Spanish and French qu is a k (Junqueras = フンケラス), not pinyin's q.
            spoken = name.lower().replace("qu", "k")
            # An acronym (MAGA) said as a word is about as long as its katakana; a long word that
            # merely contains its consonants (エグザミナーキャップ) does not render it.
            if any(
                similarity(spoken, k) >= 0.65 if name.isupper() else sounds_alike(spoken, k) for k in katakana
            ):
                continue
            if windows is None:
                windows = [w for word in words for w in _windows(word)]
            if in_compound(spoken, windows):
                continue
            if rendered_by_meaning(name, seg):
                continue
            yield Finding(f"name '{name}' of the source is missing in the target")


_FUNCTION_WORDS = frozenset("of and for the on in to de des du la le".split())
#: The most words of a Japanese term that are tried as one dictionary form (米航空宇宙局 is three).
_TERM_WORDS = 5


def rendered_by_meaning(name: str, seg: Segment) -> bool:
    """Whether the target renders a Latin word of the source by what it means rather than by its
    letters or sound: a loanword whose English origin (UniDic) it is (ネイチャー for Nature) or
    whose origin it clips (アプリ, application, for APP), or,
    for an acronym, a Japanese term that JMdict glosses with it or with the words it abbreviates
    (世界保健機関 "World Health Organization" for WHO, 国内総生産 for GDP). Japanese news writes
    most institutions and economic terms out in kanji."""
    lower = name.lower()
    for word in KATAKANA_WORD_RE.findall(seg.target_kana):
        if any(
            origin and _clipped_to(origin.lower(), lower, surface)
            for surface, origin in katakana_origins(word)
        ):
            return True
    if not name.isupper():
        return False
    # Stretches of nouns and prefixes (米 of 米航空宇宙局), each tried as a JMdict form.
    runs: list[list[str]] = [[]]
    for w in seg.words:
        if w.feature.pos1 in ("名詞", "接頭辞", "接尾辞") and not w.surface.isascii():
            runs[-1].append(w.surface)
        elif runs[-1]:
            runs.append([])
    for run in runs:
        for i in range(len(run)):
            for j in range(i + 1, min(len(run), i + _TERM_WORDS) + 1):
                if len(form := "".join(run[i:j])) > 1 and _abbreviates(name, form):
                    return True
    return False


def _clipped_to(origin: str, word: str, katakana: str) -> bool:
    """Whether a Latin word of the source is a loanword's English origin or, with the loanword,
    a clipping of it (APP and アプリ of application): Japanese borrows English words clipped, and
    a source keeps the short form. A clipped loanword spells fewer letters than its origin, which
    a loanword that merely starts alike does not (アプローチ, approach); three letters at least,
    as two start too many words."""
    if origin == word:
        return True
    return (
        len(word) >= 3
        and " " not in origin
        and origin.startswith(word)
        and len(romaji(katakana)) < len(origin)
    )


def _abbreviates(acronym: str, form: str) -> bool:
    """Whether a JMdict gloss of ``form`` is the acronym or spells it with its words' initials."""
    return any(
        _glossed_as(acronym, gloss, gloss) for sense in lexicon.japanese_senses(form) for gloss in sense
    )


_NUMBER_WORDS = dict(
    zip("one two three four five six seven eight nine ten".split(), range(1, 11), strict=True)
)
_WORD_OR_FIGURE_RE = re.compile(r"[A-Za-z]+|\d+")


def _glossed_as(acronym: str, gloss: str, spelled: str) -> bool:
    """Whether a gloss names the acronym (… Agency, CIA) or ``spelled``, the part of it that names
    the thing, has words whose initials spell it, function words left out (World Health
    Organization), a number as its figure (Formula One as F1, Group of 20 as G20)."""
    if acronym in _WORD_OR_FIGURE_RE.findall(gloss):
        return True
    initials = "".join(
        str(_NUMBER_WORDS[w.lower()]) if w.lower() in _NUMBER_WORDS else w if w.isdigit() else w[0]
        for w in _WORD_OR_FIGURE_RE.findall(spelled)
        if w.lower() not in _FUNCTION_WORDS
    )
    return initials.upper() == acronym


class ForeignNameMissing(Check):
    code = "entity-transliteration"
    category = "named_entity"
    severity = "major"
    default_enabled = False  # pinyin vs katakana is too loose on independent translations; opt in
    description = gettext_noop(
        "A transliterated foreign name (特朗普) has no katakana counterpart (トランプ) in the target."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if not seg.source_stripped or not seg.has_kana:
            return
        katakana = [romaji(w) for w in KATAKANA_WORD_RE.findall(seg.target_kana)]
        latin = LATIN_RE.findall(seg.target)
        for m in TRANSLIT_RUN_RE.finditer(seg.source):
            name = m.group()
            if name in seg.target or seg.bridged[m.start() : m.end()] in seg.target:
                continue
            py = pinyin(name)
            if any(sounds_alike(py, k, 0.5) for k in katakana) or any(
                sounds_alike(py, w, 0.5) for w in latin
            ):
                continue
            yield Finding(f"foreign name {name} ({py}) has no counterpart in the target")


class BrokenName(Check):
    """Filled in by the document-level pass: a name split by a particle (顧建新 → 顧建は新たに)."""

    code = "entity-broken"
    category = "named_entity"
    severity = "major"
    bilingual = False
    description = gettext_noop(
        "A person's name of the document broken apart by a particle (顧建新 → 顧建は新たに)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        for name in seg.document.names:
            pattern = re.escape(name[:-1]) + r"[はがをにの]" + re.escape(name[-1])
            for m in re.finditer(pattern, seg.target):
                yield Finding(f"name {name} broken apart as '{m.group()}'", m.start(), m.end())


_PERSON_RE = re.compile(
    r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{3})(?:氏|さん|主任|書記|区長|市長|大使|総領事)"
)


def document_names(targets: list[str]) -> frozenset[str]:
    """Three-kanji person names the document writes with an honorific or title (顧建新氏)."""
    return frozenset(m.group(1) for t in targets for m in _PERSON_RE.finditer(t))


@lru_cache(maxsize=1024)
def _name_sounds(source: str) -> tuple[str, ...]:
    """What a katakana name of the target may transliterate: the source's Latin words, the proper
    nouns among the English glosses of its words (布莱顿 → Brighton), and the pinyin of every
    stretch of 2 to 6 characters of a transliteration run (塞申斯)."""
    out = [m.group() for m in LATIN_NAME_RE.finditer(source)]
    out += source_proper_nouns(source)
    for m in NAME_RUN_RE.finditer(source):
        for _, py in stretches(m.group()):
            out.extend(sound_variants(py))
    # A one-character part of a full name (特雷莎·梅 = テレサ・メイ) is no run.
    for m in _DOTTED_SINGLE_RE.finditer(source):
        out.extend(sound_variants(pinyin(m.group())))
    return tuple(dict.fromkeys(out))


# The dot of a full name starts a name part, however short the part: its first character, whose
# end the following text does not tell.
_DOTTED_SINGLE_RE = re.compile(r"(?<=·)[\u4e00-\u9fff]")


@lru_cache(maxsize=65536)
def _sounds_like_source(word: str, source: str, threshold: float = 0.65) -> bool:
    roman = romaji(word)
    return any(similar_at_least(s, roman, threshold) for s in _name_sounds(source))


def katakana_explained(word: str, source: str) -> bool:
    """Whether a katakana word of the target renders something of the source: a name that sounds
    like one of the source's, or a loanword whose English origin (UniDic) is among the English
    glosses (CC-CEDICT) of the source's words (タクシー-taxi ← 出租车 "taxi"). Japanese writes
    compounds without a break (ブライトンボックス, ブレットカバノー): one whose every part is
    explained is explained."""
    glosses = source_glosses(source)
    parts = katakana_origins(word)
    if _all_glossed(word, glosses):
        return True
    if _sounds_like_source(word, source):
        return True
    pieces = [surface for surface, _ in parts if len(surface.rstrip("ー")) >= 2]
    return (
        len(parts) > 1
        and bool(pieces)
        and all(
            _sounds_like_source(p, source) or any(o and stem(o) in glosses for s, o in parts if s == p)
            for p in pieces
        )
    )


def _all_glossed(word: str, glosses: Glosses) -> bool:
    """Whether UniDic reads the katakana as loanwords whose English origins are all in ``glosses``."""
    return all(origin is not None and stem(origin) in glosses for _, origin in katakana_origins(word))


def _glossed_word(word: str, source: str) -> bool:
    """Whether UniDic reads the katakana as loanwords whose English origins the source all glosses
    (ノースイースト・クラブ ← 东北俱乐部 "northeast", "club")."""
    return _all_glossed(word, source_glosses(source))


def _translates_a_word(word: str, source: str) -> bool:
    """Whether a katakana word is a loanword translating common words of the source (カウンティ
    for 县 "county"), not a name the source writes in Latin (トム for Thom) or whose English one
    of its words gives (スコットランド for 苏格兰 "Scotland")."""
    if not _all_glossed(word, chinese_glosses(source)):
        return False
    names = {n.lower() for n in source_proper_nouns(source)}
    return not any(
        origin is not None and (origin in names or origin in source.lower())
        for _, origin in katakana_origins(word)
    )


def in_compound(name: str, windows: list[str]) -> bool:
    """Whether a name sounds like a stretch of a katakana compound: closely (three quarters of the
    consonants), and exactly for a name of two consonants (Game = ゲーム in スティルゲームスター)."""
    k = skeleton(name)
    if len(k) < 2:
        return False
    need = 1.0 if len(k) == 2 else 0.75
    return any(
        abs(len(skeleton(w, soft=False)) - len(k)) <= 1 and similarity(name, w) >= need for w in windows
    )


# The longest stretch of a compound a name is compared with. Every stretch of a word is cubic in its
# length (5,000 katakana in a row took 212 s); a name is a few katakana, so a stretch longer than this
# sounds like none.
_LONGEST_STRETCH = 32


def _windows(word: str) -> tuple[str, ...]:
    """Romaji of every stretch of two katakana or more of a word: a name of the source may be one
    part of a compound the target writes without a break (エブリンストリート, プンタユージニア)."""
    n = len(word)
    return tuple(
        dict.fromkeys(
            romaji(word[i:j])
            for i in range(n)
            for j in range(i + 2, min(n, i + _LONGEST_STRETCH) + 1)
            if word[i] not in "ーッャュョァィゥェォ"
        )
    )


@lru_cache(maxsize=1024)
def unrendered_names(source: str, target: str) -> tuple[str, ...]:
    """Names of the source with no rendering in the target: Latin words neither kept nor
    transliterated, transliteration runs (弗雷克) and dictionary proper nouns (新加坡 "Singapore",
    微软 "Microsoft") that no katakana word sounds like, whose English no katakana word comes from,
    and that the target does not write in kanji nor as Japanese conventionally names them."""
    lower = target.lower()
    # Two letters name something only as an acronym (AM, EU); La, Le, De are articles of a name.
    latin = list(
        dict.fromkeys(
            m.group() for m in LATIN_NAME_RE.finditer(source) if len(m.group()) > 2 or m.group().isupper()
        )
    )
    runs = list(dict.fromkeys(name for name, _ in name_runs(source)))
    items: list[tuple[str, tuple[str, ...]]] = [(n, (n,)) for n in latin]
    proper = cedict_proper_nouns(source)
    # A run the dictionary names (苏格兰 "Scotland") is rendered by its English too (スコットランド);
    # a proper noun's own renderings carry its English already.
    run_english = {word: english for word, english in proper if word in runs}
    items += [(n, pinyin_readings(n)) for n in runs]
    # Dictionary proper nouns: those in transliteration characters (新加坡), and those in ordinary
    # characters that the dictionary knows only as names (微软 "Microsoft", 李开复), where the
    # characters are read as that word (not 人大 in 机器人大赛). A name in ordinary characters is
    # translated, not transliterated: its pinyin says nothing of the katakana (微软, weiruan, is
    # not ウェールズ). Dates are the number check's (周六 "Saturday", 九月 "September"). Only the
    # longest proper noun counts (印度尼西亚, not its 西亚 "West Asia"), and one inside a longer
    # transliteration run is that run's (希尔 "Hill" in 希尔斯伯勒).
    items += [
        (word, (*pinyin_readings(word), *english) if all(c in NAME_CHARS for c in word) else (word, *english))
        for word, english in proper
        if (all(c in NAME_CHARS for c in word) or word not in cedict_common())
        and not misread(word, source)
        and not CALENDAR.issuperset(english)
        and word not in runs
        and not any(word in other and word != other for other in [*(o for o, _ in proper), *runs])
    ]
    if not items:
        return ()  # no name to leave unrendered: the target's words need not be read
    spans = [
        (start, p)
        for m in _KATAKANA_2_RE.finditer(target)
        for start, p in _parts(m.group(), m.start())
        if len(p) > 1
    ]
    words = [p for _, p in spans]
    # A loanword that translates a word of the source (カウンティ for 县 "county") renders that
    # word: it cannot also stand for a name that happens to sound like it (马纳提, manati).
    sounds = ["" if _translates_a_word(w, source) else romaji(w) for w in words]
    groups = [frozenset((k,)) for k in range(len(words))]
    # A full name the target spaces (ヘザー ナウアート) is one run in the source (希瑟诺尔特); it
    # takes its words, so a name claiming it leaves them to no other.
    for m in _SPACED_NAME_RE.finditer(target):
        sounds.append(romaji(m.group()))
        groups.append(frozenset(k for k, (start, _) in enumerate(spans) if m.start() <= start < m.end()))
    # A name UniDic splits (マイクロソフト: micro + soft) comes from its parts joined (Microsoft).
    split = [[o for _, o in katakana_origins(w) if o] for w in words]
    origins = {stem(o) for parts in split for o in parts} | {stem("".join(parts)) for parts in split}
    # A katakana word renders one name: クリス is Chris, not also Leslie. Latin names and
    # transliteration runs (which do not overlap within their kind) each claim their closest word.
    # Two-character names (杰克, 罗斯) are too short to report but still claim their words: ジャック
    # is Jack's, not a rendering of 苏格兰.
    short = [m.group() for m in NAME_RUN_RE.finditer(source) if len(m.group()) == 2]
    # The claims, the compounds' stretches and the places rendered are worked out when a name
    # first gets that far: most are settled before (kept as written, in kanji, by a gloss), and
    # these were most of the function's time (the same answers either way: all are pure).
    claimed: set[str] | None = None
    windows: list[str] | None = None
    places: tuple[tuple[int, int], ...] | None = None
    out: list[str] = []
    family = _family_names(source)
    short_words = _KATAKANA_2_RE.findall(target) if family else []  # メイ has two letters
    for name, renderings in items:
        if name.isascii() and glossed_in_source(name, source):
            continue
        # Japanese often gives a foreigner the family name alone (特雷莎·梅 = メイ).
        if name in family and any(
            similar_at_least(r, romaji(w), 0.5) for r in pinyin_readings(family[name]) for w in short_words
        ):
            continue
        if name.lower() in lower or name in target or to_kanji(name) in target:
            continue
        if not name.isascii() and written_the_japanese_way(name, target, origins):
            continue
        if any(
            r.lower() in lower or stem(r) in origins or stem(r.split(" ")[0]) in origins
            for r in (*renderings[1:], *run_english.get(name, ()))
        ):
            continue
        if name in latin or name in runs:
            if claimed is None:
                claimed = _claim(latin, sounds, groups) | _claim(
                    runs + short, sounds, groups, key=pinyin_readings
                )
            if name in claimed:
                continue
        elif any(similar_at_least(r, s, 0.5) for r in renderings for s in sounds):
            continue
        if windows is None:
            windows = [
                w
                for word, sound in zip(words, sounds[: len(words)], strict=True)
                if sound
                for w in _windows(word)
            ]
        if any(in_compound(r, windows) for r in renderings):
            continue
        if not name.isascii() and any(place_renders(w, name) for w in words):
            continue
        if not name.isascii():
            if places is None:
                places = rendered_place_spans(source, target)
            if _overlaps(name, source, places):
                continue
        if not name.isascii() and _named_by_an_acronym(name, source, target):
            continue
        if not name.isascii() and _qualifies_a_rendered_place(name, source, target):
            continue
        if not name.isascii() and _names_an_organisation(name, source, target):
            continue
        if not name.isascii() and _sounded_longer(name, source, sounds):
            continue
        out.append(name)
    return tuple(dict.fromkeys(out))


# A place right after a name: no coverb or particle between (泰国驻广州 is Thailand's, in Guangzhou).
_PLACE_AFTER_RE = re.compile(r"(?![驻在于与和及的向赴访到至从对同])[\u4e00-\u9fff]{1,6}?[省县州市都府道郡]")
_KATAKANA_PLACE_RE = re.compile(r"[\u30a1-\u30fa\u30fc・]{2,}([省県州市都府道郡])")


def _qualifies_a_rendered_place(name: str, source: str, target: str) -> bool:
    """Whether the name is a country right before a place of it that the target renders (日本宫城县
    as 宮城県, 美国加利福尼亚州 as カリフォルニア州): Japanese names the place alone where the
    country is plain, so the country has no rendering of its own to look for."""
    for at in occurrences(name, source):
        m = _PLACE_AFTER_RE.match(source, at + len(name))
        if not m:
            continue
        place = m.group()
        unit = to_kanji(place[-1])
        if to_kanji(place) in target or any(k.group(1) == unit for k in _KATAKANA_PLACE_RE.finditer(target)):
            return True
    return False


def _sounded_longer(name: str, source: str, sounds: list[str]) -> bool:
    """Whether the name begins a longer transcription the dictionary lacks (霍尔 "Hall" of 霍尔果斯,
    Khorgos) that a katakana word of the target sounds out whole (ホルゴス): the name is a piece
    of that one, not a name of its own."""
    for at in occurrences(name, source):
        end = at + len(name)
        for n in (1, 2, 3):
            longer = source[at : end + n]
            if len(longer) < len(name) + n or not all("\u4e00" <= c <= "\u9fff" for c in longer):
                break
            if any(similarity(r, s) >= _WHOLE_SOUND for r in pinyin_readings(longer) for s in sounds if s):
                return True
    return False


#: How alike a longer stretch and a katakana word must sound to be one name (霍尔果斯 and
#: ホルゴス: 1.0 once folded; 霍尔 alone 0.33).
_WHOLE_SOUND = 0.8


#: The head of a company's or an institution's name, and how Japanese writes it: a country before
#: it names the company (德国商业银行, Commerzbank, is コメルツ銀行).
_ORGANISATION_HEADS = {
    "银行": ("銀行",),
    "航空": ("航空",),
    "汽车": ("自動車",),
    "电信": ("テレコム", "通信"),
    "保险": ("保険",),
    "证券": ("証券",),
    "石油": ("石油",),
    "集团": ("グループ",),
}
_ORGANISATION_RE = re.compile(rf"[\u4e00-\u9fff]{{0,4}}?({'|'.join(_ORGANISATION_HEADS)})")


def _names_an_organisation(name: str, source: str, target: str) -> bool:
    """Whether the name is a country opening a company's name (德国商业银行) whose head the target
    writes (コメルツ銀行): the company goes by its own name, the country has no rendering of its own
    to look for."""
    for at in occurrences(name, source):
        m = _ORGANISATION_RE.match(source, at + len(name))
        if m and any(head in target for head in _ORGANISATION_HEADS[m.group(1)]):
            return True
    return False


_ACRONYM_RE = re.compile(r"(?<![A-Za-z0-9])(?=[A-Z0-9]*[A-Z])[A-Z][A-Z0-9]{1,5}(?![A-Za-z0-9])")


def _named_by_an_acronym(name: str, source: str, target: str) -> bool:
    """Whether the target writes a name as an acronym that CC-CEDICT spells out for it (中央情报局
    "Central Intelligence Agency" as CIA), or for the dictionary word right after it, which the
    name qualifies (美国 of 美国联邦调查局 as FBI): the acronym names the organisation whole, its
    country or city included, so the qualifier has no rendering of its own to look for."""
    acronyms = set(_ACRONYM_RE.findall(target))
    if not acronyms:
        return False
    starts = dict(segmented(source))
    named = [name, *(starts.get(at + len(name), "") for at in occurrences(name, source))]
    # The dictionary may also hold the whole name as one word the segmenter cuts (联合国粮农组织
    # "Food and Agriculture Organization of the United Nations (FAO)" as 联合国 / 粮农 / 组织).
    named += [
        source[at:end]
        for at in occurrences(name, source)
        for end in range(at + len(name) + 2, min(len(source), at + _LONGEST_NAME) + 1)
        if cedict_text(source[at:end]) is not None
    ]
    if any(len(word) > 1 and _abbreviated_by(word, a) for word in named for a in acronyms):
        return True
    # An acronym of words the dictionary holds one by one (欧洲 + 央行 as ECB, 泛美 + 卫生 + 组织
    # as PAHO): the initials of a gloss of each word in turn, from the name on.
    words = [w for _, w in segmented(source)]
    return any(
        _spelled_across(words[k : k + n], a)
        for k, w in enumerate(words)
        if w == name
        for n in range(2, 5)
        if k + n <= len(words)
        for a in acronyms
    )


def _spelled_across(words: list[str], acronym: str) -> bool:
    """Whether one sense of each word, its first wording, spell the acronym together."""
    choices = [
        [re.split("[,;(]", sense)[0].strip() for sense in (cedict_text(w) or "").split("/") if sense.strip()]
        for w in words
    ]
    if not all(choices):
        return False
    return any(_glossed_as(acronym, " ".join(parts), " ".join(parts)) for parts in product(*choices))


_LONGEST_NAME = 12  # characters of an organisation's name the dictionary holds as one word


def _abbreviated_by(word: str, acronym: str) -> bool:
    """Whether CC-CEDICT glosses a Chinese word with the acronym or with words whose initials spell
    it (中央情报局 "Central Intelligence Agency, CIA")."""
    return any(
        _glossed_as(acronym, sense, sense.split(",")[0]) for sense in (cedict_text(word) or "").split("/")
    )


#: How near in meaning (cosine, multilingual encoder) a place name of the target must come to a name
#: of the source to render it where neither sound nor UniDic's origin can tell (ドイツ, whose UniDic
#: origin is Duits, for 德国 "Germany": 0.87; ニューヨーク for 纽约 0.94); a neighbouring country
#: put in its place stays far (マレーシア for 泰国 0.53). Chosen by cross-validation over documents
#: (benchmarks/cv_checks.py --grid).
PLACE_NEAR = 0.65


def place_renders(word: str, name: str) -> bool:
    """Whether the katakana ``word`` is a place name (UniDic 固有名詞/地名) that the encoder puts
    within :data:`PLACE_NEAR` of the source's ``name``."""
    found = _tagged(word)
    if not found or not all((w.feature.pos2, w.feature.pos3) == ("固有名詞", "地名") for w in found):
        return False
    a, b = meaning.vectors([word, name])
    return float(a @ b) >= PLACE_NEAR


_GLOSSED_NAME_RE = re.compile(
    r"(?<![\u4e00-\u9fff·])([\u4e00-\u9fff·]{2,6})\s*[（(]\s*([A-Za-z][^()（）]*)[)）]"
)
_KATAKANA_2_RE = re.compile(r"[\u30a1-\u30fa\u30fc・]{2,}")  # テロ, ビル: short loanwords count here


@lru_cache(maxsize=1024)
def rendered_positions(source: str, target: str) -> frozenset[int]:
    """Offsets of the source that the target renders as names or loanwords, which no kanji match
    can see: names not in :func:`unrendered_names` (卡瓦诺 as カバノー) or glossed by one of them,
    and dictionary words whose English a katakana word comes from or sounds like (英里 "mile" as
    マイル, 墨西哥 "Mexico" as メキシコ) or the target writes (联邦调查局 "FBI"). The omission check
    counts these characters as reaching the target."""
    words = [p for m in _KATAKANA_2_RE.finditer(target) for p in m.group().split("・") if len(p) > 1]
    if not words and not any(c.isascii() and c.isalpha() for c in source + target):
        return frozenset()
    missing = set(unrendered_names(source, target))
    found: set[str] = set()
    for m in LATIN_NAME_RE.finditer(source):
        if m.group() not in missing:
            found.add(m.group())
    for name, _ in name_runs(source):
        if name not in missing:
            found.add(name)
    # A short name set off before its Latin original (“星期日电讯报（Sunday Telegraph）) is
    # rendered when that original is.
    for m in _GLOSSED_NAME_RE.finditer(source):
        latin = LATIN_NAME_RE.findall(m.group(2))
        if latin and not missing.intersection(latin):
            found.add(m.group(1))
    origins = {w: {stem(o) for _, o in katakana_origins(w) if o} for w in dict.fromkeys(words)}
    for w in LATIN_NAME_RE.findall(target):  # FBI for 联邦调查局
        origins.setdefault(w, set()).add(stem(w))
    sounds = [romaji(w) for w in words]
    claims: dict[str, list[str]] = {}
    for word in source_words(source):
        if len(word) < 2 or word in missing:
            continue
        stems, proper = head_glosses(word)
        claimed = [w for w, o in origins.items() if o & stems]
        for w in claimed:
            claims.setdefault(w, []).append(word)
        if not claimed and any(similar_at_least(e, s, 0.65) for e in proper for s in sounds):
            found.add(word)
    for w, claimants in claims.items():
        found.update(_witnessed(w, claimants, words.count(w) or target.count(w)))
    return frozenset(
        i for name in found for at in occurrences(name, source) for i in range(at, at + len(name))
    )


def _witnessed(word: str, claimants: list[str], times: int) -> list[str]:
    """The source words that ``word`` of the target renders, of those whose English it comes
    from: each of its ``times`` occurrences renders one, the nearest in meaning (multilingual
    encoder). サービス renders 服务 "service" and cannot also stand for 税务, which CC-CEDICT
    glosses "taxation services": 税务 dropped from a list would otherwise pass as rendered. A
    claimant inside a longer one (数字 of 数字化) is the same word, not another."""
    longest = [c for c in dict.fromkeys(claimants) if not any(c != o and c in o for o in claimants)]
    if len(longest) <= times:
        return claimants
    cosines = meaning.vectors(longest) @ meaning.vectors([word])[0]
    kept = {longest[i] for i in sorted(range(len(longest)), key=lambda i: -float(cosines[i]))[:times]}
    return [c for c in claimants if any(c in k for k in kept)]


@lru_cache(maxsize=1024)
def name_runs(source: str, shortest: int = 3) -> list[tuple[str, int]]:
    """Runs of ``shortest`` name characters or more (弗雷克, 卡瓦诺) with their offsets. A run's
    first character is left out when it ends a common word with the character before (由于巴鲁 is
    由于 + 巴鲁, 管理苏格兰 is 管理 + 苏格兰, 出于安全 is 出于 + 安全): 于 and 理 also spell names;
    so are the characters of any dictionary word begun before the run (桂林马拉松 is 桂林 + 马拉松,
    俄罗斯明斯克 is 俄罗斯 + 明斯克), as the source is read when segmented."""
    common = cedict_common()
    words = segmented(source)
    out: list[tuple[str, int]] = []
    for m in NAME_RUN_RE.finditer(source):
        start, end = m.start(), m.end()
        if start and source[start - 1 : start + 1] in common:
            start += 1
        # The rest of a word begun before the run is that word's (a place or name of its own,
        # which the target writes or translates whole), not the start of a transliteration.
        for at, word in words:
            if at < start < at + len(word) and len(word) > 1:
                start = at + len(word)
        if end < len(source) and source[end - 1 : end + 1] in common:
            end -= 1  # 英里范围 is 英里 + 范围
        # A common word the source is read with at the end of the run is that word (占比提高 is
        # 占比 + 提高: no name 比提高), unless what is left before it is a name of its own length.
        for at, word in words:
            if start < at and at + len(word) == end and len(word) > 1 and word in common:
                end = at
        if end - start >= shortest and not _common_words(source[start:end], common):
            out.append((source[start:end], start))
    return out


def _common_words(run: str, common: frozenset[str]) -> bool:
    """Whether a run is common words of two characters or more end to end (许多东西 = 许多 + 东西):
    transliteration characters that happen to stand together, not a name."""
    n = len(run)
    ends_here = [False] * n + [True]  # whether run[i:] splits into common words
    for i in range(n - 2, -1, -1):
        ends_here[i] = any(run[i : i + k] in common and ends_here[i + k] for k in range(2, min(n - i, 8) + 1))
    return ends_here[0]


def _parts(word: str, start: int) -> Iterator[tuple[int, str]]:
    """The parts of a katakana word split at its middle dots, with their offsets."""
    for part in word.split("・"):
        yield start, part
        start += len(part) + 1


_FAMILY_RE = re.compile(f"[·・]([{''.join(sorted(NAME_CHARS))}]{{1,4}})")


def _family_names(source: str) -> dict[str, str]:
    """The given names of the source's dotted foreign names, each with the family name after it."""
    out: dict[str, str] = {}
    for name, start in name_runs(source):
        if m := _FAMILY_RE.match(source, start + len(name)):
            out[name] = m.group(1)
    return out


# The lookbehind starts a try only where a katakana run starts: from inside a long run with no
# separator after it, each character retried the rest of the run (quadratic).
_SPACED_NAME_RE = re.compile(
    r"(?<![\u30a1-\u30fa\u30fc])[\u30a1-\u30fa\u30fc]{2,}(?:[ \u3000・=＝][\u30a1-\u30fa\u30fc]{2,})+"
)


def _overlaps(name: str, source: str, spans: tuple[tuple[int, int], ...]) -> bool:
    """Whether some occurrence of a name in the source overlaps one of the spans."""
    return any(
        at < end and start < at + len(name) for at in occurrences(name, source) for start, end in spans
    )


def _spelling(name: str, roman: str) -> float:
    """Closeness of whole spellings, vowels included: breaks ties between names whose consonants
    match a word equally (Chris and Leslie both share two consonants with kurisu)."""
    return SequenceMatcher(None, name.lower().replace("l", "r"), roman, autojunk=False).ratio()


def _closeness(name: str, roman: str) -> tuple[float, float]:
    """(sound similarity, spelling similarity); the spelling only breaks ties among pairs that can
    be claimed (similarity ≥ 0.5), so it is not worked out for the others."""
    if not similar_at_least(name, roman, 0.5):
        return (0.0, 0.0)
    return (similarity(name, roman), _spelling(name, roman))


def _claim(
    names: list[str],
    sounds: list[str],
    groups: list[frozenset[int]],
    key: Callable[[str], tuple[str, ...]] = lambda n: (n,),
) -> set[str]:
    """Names matched one-to-one with the katakana words that sound like them (similarity ≥ 0.5 for
    the closest of a name's readings), closest pairs first; ``groups[j]`` are the words sound
    ``j`` is made of (several for a spaced full name), none of which can then serve another name."""
    pairs = sorted(
        (
            (*max(_closeness(k, s) for k in key(n)), i, j)
            for i, n in enumerate(names)
            for j, s in enumerate(sounds)
        ),
        reverse=True,
    )
    used_n: set[int] = set()
    used_w: set[int] = set()
    for score, _, i, j in pairs:
        if score < 0.5:
            break
        if i in used_n or used_w & groups[j]:
            continue
        used_n.add(i)
        used_w |= groups[j]
    return {names[i] for i in used_n}


@lru_cache(maxsize=1024)
def unexplained_katakana(source: str, target: str) -> tuple[tuple[str, int, int], ...]:
    """The katakana words (or parts of a dotted name) of the target that :func:`katakana_explained`
    finds rendering nothing of the source, with their offsets."""
    out: list[tuple[str, int, int]] = []
    for m in KATAKANA_WORD_RE.finditer(target):
        start = m.start()
        # A loanword the translator spelled out (ノース・イースト for 东北 "northeast") is
        # explained as one dictionary word even when its parts are not.
        if "・" in m.group() and _glossed_word(m.group().replace("・", ""), source):
            continue
        for part in m.group().split("・"):
            end = start + len(part)
            if (
                len(part.rstrip("ー")) >= 2
                and not katakana_explained(part, source)
                and not renders_a_source_place(part, source)
            ):
                out.append((part, start, end))
            start = end + 1
    return tuple(out)


def renders_a_source_place(word: str, source: str) -> bool:
    """Whether a katakana place name renders a name the dictionary gives the source (ドイツ for 德国)."""
    return any(place_renders(word, name) for name, _ in cedict_proper_nouns(source))


class UnexplainedKatakana(Check):
    """Both sides of a swapped name: a name of the source left without rendering, and a katakana
    word of the target that renders nothing of the source. Either alone is common in free human
    translation (a translator adds ゴール, or writes 米国 for 美国); together they mark a name
    replaced by another."""

    code = "entity-katakana"
    linear = False  # sounds out the stretches of every katakana word
    category = "named_entity"
    severity = "major"
    description = gettext_noop(
        "A name of the source has no rendering in the target, where a katakana word stands that "
        "renders nothing of the source (チェルシー for 利物浦)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if not seg.source_stripped or not seg.has_kana:
            return
        unexplained = unexplained_katakana(seg.source, seg.target_kana)
        if not unexplained:
            return
        missing = unrendered_names(seg.source, seg.target_kana)
        if not missing:
            return
        # One flag per segment: the missing name is the defect; the words that might have replaced
        # it are its evidence, listed together rather than counted as defects of their own.
        part, start, end = unexplained[0]
        also = _nor_do(part, [p for p, _, _ in unexplained[1:]])
        yield Finding(
            f"'{part}' renders nothing of the source{also}, where {missing[0]} has no rendering", start, end
        )


def _nor_do(first: str, rest: list[str]) -> str:
    """The other katakana words of a segment that render nothing, named once each after the first
    in the message of its one flag."""
    others = list(dict.fromkeys(p for p in rest if p != first))
    return f" (nor do {', '.join(repr(p) for p in others)})" if others else ""


# How near in meaning (cosine of the multilingual encoder) a katakana word must come to some word of
# the source to count as rendering it. A translator's own loanwords lie mostly above it (ゴール for
# 进球 0.58, アドバイス for 建议 0.74), swapped-in words below (スヌープ for 出租车 0.22); between
# 0.25 and 0.40 lie as many free renderings of human translators (ブーツ, メッセージ) as swaps
# (ラッパー for 后台 0.30): cross-validated over documents (benchmarks/cv_checks.py --grid), every
# fold chose 0.25 over 0.40 (held-out unit F1 0.673 -> 0.684). Names have no meaning to compare,
# so a name that sounds like one of the source's, even loosely, is left to the sound checks.
NEAR_IN_MEANING = 0.25
# A name the target writes whole that shares this much of its consonants with a name of the source
# transliterates it, however the compound around it is read (ヒルズボロカウンティ, フンケラス).
_LOOSE_SOUND = 0.55


class UnrelatedKatakana(Check):
    """A katakana word that renders nothing of the source by sound or by dictionary and stands far
    in meaning from every word of the source: a loanword or name put where another stood
    (スヌープ運転者 for 出租车司机, スター・シティズン for 全球公民). Where a name of the source is
    also left without rendering, entity-katakana says so instead."""

    code = "entity-unrelated"
    linear = False  # sounds out the stretches of every katakana word
    asks_encoder = True  # a katakana word against the source's words
    category = "named_entity"
    # Meaning is weaker evidence than a name left out: a translator may add a name the context
    # gives (ミケルソン for 他的队员), so the reviewer confirms.
    severity = "minor"
    description = gettext_noop(
        "A katakana word renders nothing of the source: no name sounds like it and no word of the "
        "source comes near it in meaning (スヌープ運転者 for 出租车司机)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if not seg.source_stripped or not seg.has_kana:
            return
        unexplained = unexplained_katakana(seg.source, seg.target_kana)
        if not unexplained or unrendered_names(seg.source, seg.target_kana):
            return
        far: list[tuple[str, int, int, str, float]] = []
        for part, start, end in unexplained:
            if _loosely_a_source_name(part, seg.source):
                continue
            origins = [o for _, o in katakana_origins(part)]
            english = " ".join(origins) if origins and all(origins) else None  # type: ignore[arg-type]  # all(origins) rules out None; mypy does not narrow through all()
            nearest, cosine = meaning.nearest_source_word(part, seg.source, english, NEAR_IN_MEANING)
            if cosine < NEAR_IN_MEANING:
                far.append((part, start, end, nearest, cosine))
        if not far:
            return
        part, start, end, nearest, cosine = far[0]
        also = _nor_do(part, [p for p, *_ in far[1:]])
        closest = f"; the closest is '{nearest}' ({cosine:.2f})" if nearest else ""
        yield Finding(
            f"'{part}' renders nothing of the source by sound or meaning{also}{closest}", start, end
        )


def _loosely_a_source_name(word: str, source: str) -> bool:
    """Whether a katakana word may transliterate a name of the source after all: sounding like it
    as a whole at a looser bar than :func:`katakana_explained`'s, or holding it as one stretch of a
    compound (パディントンパブリッシャー for 帕丁顿's publisher)."""
    names = _name_sounds(source)
    if not names:
        return False
    whole = romaji(word)
    if any(similar_at_least(n, whole, _LOOSE_SOUND) for n in names):
        return True
    # A name of two consonants (Keli, Bulai) fits some stretch of most long words by chance.
    windows = list(_windows(word))
    return any(len(skeleton(n)) > 2 and in_compound(n, windows) for n in names)


# A place of the document (金華市, 浙江省) written with the honorific of a person (金華氏は): MT reads
# a city whose name is also a given name as a person. A unit followed by 長, or by the party
# committee whose secretary the person is (党委員会書記, 委書記), is the title of the person before
# it (陳暁燕区長, 王建国市長, 劉建華区党委員会書記 — a mayor or a secretary, not a city).
_PLACE_UNIT_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2})[市省県州区](?!長|党委|委書記|委員会書記)")
HONORIFIC_RE = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,3})氏")
_ALL_KANJI_RE = re.compile(r"[\u4e00-\u9fff]+")


def document_places(targets: list[str]) -> frozenset[str]:
    """The two and three kanji before each 市/省/県/州/区 of the document (浙江省金華市: 浙江, 金華):
    a wider net costs nothing, since only a 氏 right after a whole kanji run is compared."""
    out: set[str] = set()
    for t in targets:
        for m in _PLACE_UNIT_RE.finditer(t):
            for n in (2, 3):
                name = t[max(0, m.start() - n) : m.start()]
                if len(name) == n and _ALL_KANJI_RE.fullmatch(name):
                    out.add(name)
    return frozenset(out)
