"""Terminology (the project termbase) and zh→ja false friends."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from alignment.checks.base import (
    UNTRANSLATED_SUBSUMES,
    Check,
    Finding,
    Segment,
    Subsumes,
    gettext_noop,
    occurrences,
)
from alignment.checks.chinese_names import china_document
from alignment.checks.untranslated import chinese_runs

DATA = Path(__file__).resolve().parent.parent / "data" / "false_friends.json"


@lru_cache(maxsize=1)
def _data() -> dict:
    """The shipped list (false friends, Chinese words, calques), read once."""
    return json.loads(DATA.read_text(encoding="utf-8"))


#: Fields every false-friend entry fills: the trigger, the wrong forms, what Japanese writes, why,
#: and where that is attested (``JMdict`` when every wrong form is a JMdict word of other senses).
REQUIRED = ("zh", "ja_wrong", "right", "note", "source")


def parse_false_friends(data: dict) -> dict[str, dict]:
    """Chinese trigger word → its documented entry (ja_wrong, right, note, source, unless_zh, fix).
    Raises ValueError naming the entry that lacks a required field or lists a trigger twice: the
    second would silently replace the first's forms and exceptions."""
    entries: dict[str, dict] = {}
    for i, entry in enumerate(data.get("entries", ())):
        missing = [k for k in REQUIRED if not entry.get(k)]
        if missing:
            raise ValueError(f"false friend #{i} ({entry.get('zh', '?')}): missing {', '.join(missing)}")
        if entry["zh"] in entries:
            raise ValueError(f"false friend {entry['zh']}: listed twice")
        entries[entry["zh"]] = entry
    return entries


@lru_cache(maxsize=1)
def _entries() -> dict[str, dict]:
    """The shipped entries by trigger word, read and checked once."""
    return parse_false_friends(_data())


@lru_cache(maxsize=1)
def shipped_false_friends() -> dict[str, list[str]]:
    """Chinese trigger word → Japanese words that copy its characters but mean something else."""
    return {zh: entry["ja_wrong"] for zh, entry in _entries().items()}


@lru_cache(maxsize=1)
def _by_first_character() -> tuple[dict[str, tuple[str, ...]], dict[str, int]]:
    """The shipped triggers by their first character, and each trigger's place in the list."""
    index: dict[str, list[str]] = {}
    for zh in shipped_false_friends():
        index.setdefault(zh[0], []).append(zh)
    order = {zh: i for i, zh in enumerate(shipped_false_friends())}
    return {char: tuple(found) for char, found in index.items()}, order


def _shipped_triggers(source: str) -> list[str]:
    """The shipped triggers the source holds, in the list's order: only those that begin with one
    of its characters are searched for. Asking each of the ~350 of every source was 2 % of the
    check command's time."""
    index, order = _by_first_character()
    found = [zh for char in set(source) for zh in index.get(char, ()) if zh in source]
    found.sort(key=order.__getitem__)
    return found


def shipped_false_friend_entries() -> list[dict]:
    """The shipped list as documented (trigger, wrong forms, right rendering, why), for display."""
    return _data()["entries"]


def false_friend_fix(zh: str, form: str) -> str | None:
    """The shipped one-click correction of ``form`` as a rendering of ``zh`` (海関 → 税関), if the
    false-friend list gives one: a check reporting the same copy in its place offers it too."""
    entry = _entries().get(zh, {})
    return entry.get("fix") if form in entry.get("ja_wrong", ()) else None


def _why(zh: str) -> str:
    """What the list says of the two words' senses and what Japanese writes, for the message: the
    reviewer sees why the copy is wrong without opening a dictionary (a project's own entries
    carry neither)."""
    entry = _entries().get(zh, {})
    note, right = entry.get("note"), entry.get("right")
    return (f": {note}" if note else "") + (f" (Japanese writes {right})" if right else "")


@lru_cache(maxsize=1)
def chinese_words() -> tuple[tuple[str, str, str, str | None, bool, tuple[str, ...]], ...]:
    """Chinese words Japanese does not use, in their kanji form: (kanji form, Chinese, Japanese,
    the one-click replacement if there is a safe one, whether the source must show the Chinese
    word, the longer Japanese names that keep the form). The source flag is set for forms that are
    also rare or old Japanese words (UniDic lists 創新 and 培訓): a copy is certain only where the
    source has the word it copies. The names are those the Japanese press writes in kanji (国家能源局):
    the form inside one is the name, not a copy. Longest forms first, so that a copy inside a longer
    one is seen as part of it."""
    return tuple(
        (
            w["ja"],
            w["zh"],
            w["right"],
            w.get("fix"),
            bool(w.get("source_only")),
            tuple(w.get("unless_ja", ())),
        )
        for w in sorted(_data().get("chinese_words", []), key=lambda w: -len(w["ja"]))
    )


class TermbaseViolation(Check):
    code = "terminology-termbase"
    linear = False  # reads MeCab's tokens: seconds on a long run of katakana
    category = "terminology"
    severity = "major"
    description = gettext_noop(
        "A termbase source term is not rendered with its required target term, or a forbidden variant is used."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        for term in seg.config.termbase:
            # A forbidden variant inside the required term (外国人 in 外国人住民) is the right term.
            right = (
                [(at, at + len(term.target)) for at in occurrences(term.target, seg.target)]
                if term.target
                else []
            )
            for bad in term.forbidden:
                if not bad:
                    continue
                for start in occurrences(bad, seg.target):
                    if any(a <= start and start + len(bad) <= b for a, b in right):
                        continue
                    yield Finding(
                        f"forbidden term '{bad}' (termbase: {term.source} → {term.target})",
                        start,
                        start + len(bad),
                        term.target or None,
                    )
                    break
            if term.source and term.source in seg.source and term.target not in seg.target:
                yield Finding(f"'{term.source}' must be rendered as '{term.target}' (termbase)")


def whole_words(seg: Segment, form: str) -> Iterator[int]:
    """Offsets where ``form`` stands as whole MeCab words of the target, not as a stretch across
    two (日元 in 毎日元気, 経理 inside 総経理)."""
    pos = seg.target.find(form)
    if pos < 0:
        return
    while pos >= 0:
        if pos in seg.token_starts and pos + len(form) in seg.token_ends:
            yield pos
        pos = seg.target.find(form, pos + 1)


_OPEN = "（("
_CLOSE = "）)"
_KANJI_ONLY_RE = re.compile(r"[\u4e00-\u9fff]+")
_MEANING_RE = re.compile(r"[\u30a1-\u30fa\u4e00-\u9fff]")


def _closing(target: str, after: int) -> int:
    found = [i for c in _CLOSE if (i := target.find(c, after)) >= 0]
    return min(found) if found else -1


def glossed_copy(target: str, start: int, end: int) -> bool:
    """Whether the copy at ``target[start:end]`` is the Chinese original quoted in brackets after
    the translator's rendering (インキュベーター（孵化器）), or is followed by its meaning in
    brackets (孵化器（インキュベーター）): either way the reader is told what it means, and the copy
    is the source's term shown for reference, not a Japanese word used in another sense. A gloss in
    hiragana alone is a reading (元素（げんそ）), not a meaning, and does not count."""
    opened = max(target.rfind(c, 0, start) for c in _OPEN)
    if opened > 0 and not target[opened - 1].isspace():
        close = _closing(target, end)
        if close >= 0 and _KANJI_ONLY_RE.fullmatch(target[opened + 1 : close]):
            return True
    # The copy may end a longer word (孵化 of 孵化器（インキュベーター）).
    word = _KANJI_ONLY_RE.match(target, end)
    after = word.end() if word else end
    if after < len(target) and target[after] in _OPEN:
        close = _closing(target, after + 1)
        inside = target[after + 1 : close] if close >= 0 else ""
        return bool(_MEANING_RE.search(inside)) and target[start:end] not in inside
    return False


# A company's, a university's or a landmark's name ends on one of these: a copy right before it is
# part of the name (武田薬品工業, 三井住友銀行, 哈爾浜工程大学, 中朝友誼橋: the press keeps the kanji of
# a Chinese university, bridge or hotel), which its owner chose, not a word used in another sense.
NAME_SUFFIX_RE = re.compile(
    "工業|株式会社|ホールディングス|銀行|大学|学院|研究院|研究所|大?橋|賓館|飯店|商店|広場|公園"
)


def _excused(seg: Segment, entry: dict) -> bool:
    """Whether the source's context makes the copy right: a sense Japanese shares (举行 beside 仪式),
    or a Chinese proper name that keeps the word (人民医院, a hospital's name, written 医院 in
    Japanese), unless the document writes that name with the entry's Japanese word elsewhere: a
    translator who wrote 人民病院 in one sentence and 人民医院 in the next has one name in two
    forms, and the copy is the odd one (another hospital's 郡病院 says nothing of it)."""
    if any(u in seg.source for u in entry.get("unless_zh", ())):
        return True
    if not any(n in seg.source for n in entry.get("names_zh", ())):
        return False
    fix = entry.get("fix")
    if not fix:
        return True
    # The name as this target writes it up to the copy (人民 of 市第一人民医院), with the fix.
    named = [
        seg.target[pos - 2 : pos] + fix
        for wrong in entry.get("ja_wrong", ())
        for pos in occurrences(wrong, seg.target)
        if pos >= 2 and _KANJI_ONLY_RE.fullmatch(seg.target[pos - 2 : pos])
    ]
    return not any(n in t for n in named for t in seg.document.targets if t != seg.target)


class FalseFriend(Check):
    code = "mistranslation-false-friend"
    linear = False  # reads MeCab's tokens: seconds on a long run of katakana
    category = "mistranslation"
    severity = "major"
    description = gettext_noop(
        "A Chinese word copied into Japanese where the Japanese word means something else (视察 → 考察)."
    )
    # The listed entry says more (its note, a fix) than the dictionaries' general sense test.
    subsumes = (Subsumes(codes=frozenset({"mistranslation-sense"}), inside=True),)

    def check(self, seg: Segment) -> Iterator[Finding]:
        if seg.config.false_friends:
            table = {**shipped_false_friends(), **{k: list(v) for k, v in seg.config.false_friends.items()}}
            triggers = [zh for zh in table if zh in seg.source]
        else:
            table = shipped_false_friends()
            triggers = _shipped_triggers(seg.source)
        # The project's termbase decides its own terms (a termbase that keeps 考察 as 考察 means it).
        decided = [term.source for term in seg.config.termbase if term.source]
        for zh in triggers:
            wrong_forms = table[zh]
            if any(zh in s or s in zh for s in decided):
                continue
            shipped = _entries().get(zh, {})
            if not _excused(seg, shipped):
                for wrong in wrong_forms:
                    for pos in whole_words(seg, wrong):
                        if glossed_copy(seg.target, pos, pos + len(wrong)) or NAME_SUFFIX_RE.match(
                            seg.target, pos + len(wrong)
                        ):
                            continue
                        yield Finding(
                            f"'{wrong}' renders {zh} but means something else in Japanese{_why(zh)}",
                            pos,
                            pos + len(wrong),
                            shipped.get("fix"),
                        )
                        break


@lru_cache(maxsize=1)
def _calques() -> list[tuple[re.Pattern[str], str, str, tuple[str, str] | None]]:
    return [
        (
            re.compile(c["pattern"]),
            c["zh"],
            c["right"],
            tuple(c["fix_replace"]) if c.get("fix_replace") else None,
        )
        for c in _data().get("calques", [])
    ]


class Calque(Check):
    code = "mistranslation-calque"
    category = "mistranslation"
    severity = "major"
    bilingual = False
    description = gettext_noop(
        "Japanese with no source: a collocation that only a copied Chinese word produces (国際元素, センターを考察)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if seg.source_stripped:
            return  # with a source, mistranslation-false-friend decides from the trigger word
        for pattern, zh, right, replace in _calques():
            for m in pattern.finditer(seg.target):
                yield Finding(
                    f"'{m.group()}' copies Chinese {zh}; Japanese writes {right}",
                    m.start(),
                    m.end(),
                    m.group().replace(*replace) if replace else None,
                )


@lru_cache(maxsize=1)
def _chinese_words_re() -> re.Pattern[str]:
    """Any of the forms: one search rules out the segments (nearly all) that hold none."""
    return re.compile("|".join(re.escape(w[0]) for w in chinese_words()))


# A Chinese company's registered name, kept in kanji as the Japanese press writes it (武漢華光科技
# 股份有限公司), a Chinese slogan quoted and glossed (「引進来」（外資導入）), and a Chinese buzzword
# given with its reading as the Japanese press introduces one (躺平（タンピン）): the translator
# kept the Chinese on purpose, so the words inside are not copies.
_KEPT_CHINESE_RE = re.compile(
    r"[\u4e00-\u9fff々]+(?:有限(?:責任)?公司|公司)|「[\u4e00-\u9fff々]+」(?=[（(])"
    r"|[\u4e00-\u9fff々]+(?=[（(][\u30a1-\u30faー・]+[）)])"
)


def kept_chinese(text: str) -> list[tuple[int, int]]:
    """Spans where Chinese stands in the Japanese on purpose: a company's registered name, a
    quoted Chinese term followed by its gloss, and a term followed by its reading in katakana."""
    return [(m.start(), m.end()) for m in _KEPT_CHINESE_RE.finditer(text)]


@lru_cache(maxsize=1)
def _established_copies() -> dict[str, tuple[str, ...]]:
    """Each copy the established-terms check reports (外長) with the source terms it reports it
    for (外长): where the source holds one, that check decides the copy, and a project's termbase
    can overrule it there."""
    from alignment.checks.established import established_terms  # noqa: PLC0415  cycle: it imports this module

    out: dict[str, list[str]] = {}
    for term in established_terms():
        for wrong in term.wrong:
            out.setdefault(wrong, []).append(term.zh)
    return {wrong: tuple(zh) for wrong, zh in out.items()}


class ChineseWord(Check):
    code = "untranslated-word"
    linear = False  # reads MeCab's tokens: seconds on a long run of katakana
    category = "untranslated"
    severity = "major"
    bilingual = False
    description = gettext_noop(
        "A Chinese word copied character by character in kanji that Japanese does not use (手機, 公里, 美元)."
    )
    subsumes = UNTRANSLATED_SUBSUMES

    def check(self, seg: Segment) -> Iterator[Finding]:
        if not _chinese_words_re().search(seg.target):
            return
        # Inside Chinese left untranslated (“外交人士指出”) the words are that check's defect.
        covered: list[tuple[int, int]] = chinese_runs(seg.target) + kept_chinese(seg.target)
        # chinese_words() lists the longest forms first: 智能 inside a reported 人工智能 is the
        # same copy, reported once.
        for form, zh, right, fix, source_only, names in chinese_words():
            if source_only and zh not in seg.source:
                continue
            kept = [(at, at + len(name)) for name in names for at in occurrences(name, seg.target)]
            if any(term in seg.source for term in _established_copies().get(form, ())):
                continue
            for pos in whole_words(seg, form):
                if any(a <= pos and pos + len(form) <= b for a, b in covered + kept):
                    continue
                covered.append((pos, pos + len(form)))
                yield Finding(
                    f"'{form}' is Chinese ({zh}); Japanese writes {right}", pos, pos + len(form), fix
                )


# Words only Japan's prefectures have: 都 is Tokyo, 道 Hokkaido, 府 Osaka and Kyoto. MT trained on
# Japanese text renders 省内 or 市内 of a Chinese article as 都内 ("in Tokyo").
_JAPAN_PLACE_WORDS = ("都内", "道内", "府内", "都民", "道民", "府民", "都庁", "道庁", "都知事", "都議会")
_JAPAN_SETTING_RE = re.compile("東京|北海道|大阪|京都|东京")


def japan_setting(texts: list[str]) -> bool:
    """Whether the document names a prefecture that 都, 道 or 府 stands for. Japan alone is not
    enough: an article about a Chinese city's sister cities mentions Japan (藤沢) and still has
    no Tokyo in it."""
    return any(_JAPAN_SETTING_RE.search(t) for t in texts)


class JapanPlaceWord(Check):
    code = "mistranslation-japan-place"
    linear = False  # reads MeCab's tokens: seconds on a long run of katakana
    category = "mistranslation"
    severity = "major"
    bilingual = False
    description = gettext_noop(
        "A word only Japan's prefectures have (都内 = in Tokyo) in an article about China (省内 as 都内)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if not any(w in seg.target for w in _JAPAN_PLACE_WORDS):
            return
        if seg.source_stripped:
            china, japan = True, japan_setting([seg.source, seg.target])
        else:
            china = china_document(seg)
            japan = seg.document.japan  # type: ignore[assignment]  # None (unknown) is handled on the next line
            if japan is None:
                japan = japan_setting([seg.target])
        if not china or japan:
            return
        for word in _JAPAN_PLACE_WORDS:
            for pos in whole_words(seg, word):
                yield Finding(
                    f"'{word}' refers to a Japanese prefecture (都 Tokyo, 道 Hokkaido, 府 Osaka or Kyoto); "
                    "a Chinese province or city is 省内 or 市内",
                    pos,
                    pos + len(word),
                )
