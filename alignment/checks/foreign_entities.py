"""Foreign companies, organisations and people that Chinese names in characters of its own and
Japanese names otherwise: 星展银行 is DBS銀行, 淡马锡 is テマセク, 汇丰 is HSBC.

MT that does not know the name copies its characters (星展銀行) or reads them in Mandarin
(シンジャン), and either leaves the reader no way to find the company. Neither dictionary helps:
CC-CEDICT lists few such names and JMnedict none in their Chinese form. The shipped list
(``alignment/data/foreign_entities.json``, the fields of ``established_terms.json``: the Chinese
name, its Japanese forms, what it names, why, and where the Japanese form is attested) is read
the way the established terms are; a project's termbase decides the names it lists.

Chinese news names many companies by the bare brand (松下、佳能等日本企业; 三星手机), and a bare
brand is often a surname or an ordinary word too (松下 is a surname, 苹果 an apple, 现代 "modern",
大众 "the public"). Such an entry lists ``context_zh``: source words one of which must be in the
sentence for the name to be the company (企业, 手机, 股价, another company of its trade; ``@name``
stands for a shared list of ``context_words``). One marked ``surname`` is not the company where the
source names the person (松下先生) or the target writes a title or a given name after the copy
(松下氏, 豊田章男).
Japanese companies whose Japanese name is the kanji (东芝 東芝, 日产 日産) are not listed: their
copy is right.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from alignment.checks.base import KATAKANA_WORD_RE, Check, Finding, Segment, gettext_noop, occurrences
from alignment.checks.established import EstablishedTerm, by_first_character, parse_terms, terms_in
from alignment.checks.kana import romaji
from alignment.checks.sounds import pinyin_readings, similarity

DATA = Path(__file__).resolve().parent.parent / "data" / "foreign_entities.json"
#: How close (romaji against pinyin) a katakana word must come to the name read in Mandarin to be
#: that reading (星展 xingzhan, シンジャン).
MANDARIN = 0.75
#: Words after a surname-like brand that make it a person's name in the source (松下先生), and
#: after its copy in the target (松下氏).
PERSON_AFTER_ZH = ("先生", "女士", "小姐", "老师", "教授", "选手", "首相", "大臣", "议员", "桑", "君", "氏")
PERSON_AFTER_JA = ("氏", "さん", "様", "君", "先生", "教授", "選手", "首相", "大臣", "議員", "監督")
#: Kanji words a company's copy runs into in the target (松下電器, 豊田自動車): any other kanji after
#: a surname-like copy is taken for a given name (鈴木俊一, 豊田章男), which the copy rightly begins.
COMPANY_AFTER_JA = (
    "自動車",
    "汽車",
    "電器",
    "電機",
    "電子",
    "製",
    "社",
    "集団",
    "公司",
    "株",
    "車",
    "本社",
    "傘下",
    "側",
)
_KANJI_RE = re.compile(r"[\u4e00-\u9fff々]")


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return json.loads(DATA.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def foreign_entities() -> tuple[EstablishedTerm, ...]:
    """The shipped list, read and checked once (the rules of the established terms). The source's
    own characters count as a copy too where they differ from the kanji (MT writes 惠普 as well as
    恵普), and a surname-like brand is not the company where the source names the person."""
    entries = {e["zh"]: e for e in _data()["entities"]}
    terms = []
    for term in parse_terms({"terms": list(entries.values())}):
        wrong = term.wrong if term.zh in term.right else tuple(dict.fromkeys((*term.wrong, term.zh)))
        unless = term.unless
        if entries[term.zh].get("surname"):
            unless = (*unless, *(term.zh + after for after in PERSON_AFTER_ZH))
        terms.append(term._replace(wrong=wrong, unless=unless))
    return tuple(terms)


@lru_cache(maxsize=1)
def _contexts() -> dict[str, tuple[str, ...]]:
    """The source words that make each bare brand the company (its ``context_zh``, ``@name``
    expanded from ``context_words``); an entry without them names the company wherever it stands.
    Raises ValueError on an unknown ``@name``: the entry would otherwise never match."""
    shared = _data().get("context_words", {})
    contexts: dict[str, tuple[str, ...]] = {}
    for entry in _data()["entities"]:
        words: list[str] = []
        for word in entry.get("context_zh", ()):
            if word.startswith("@"):
                if word[1:] not in shared:
                    raise ValueError(f"foreign entity {entry['zh']}: unknown context list {word}")
                words.extend(shared[word[1:]])
            else:
                words.append(word)
        if words:
            contexts[entry["zh"]] = tuple(dict.fromkeys(words))
    return contexts


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    return frozenset(e["zh"] for e in _data()["entities"] if e.get("surname"))


def _names_the_company(entity: EstablishedTerm, source: str) -> bool:
    """Whether the source's words make the entity's characters the company (always, for a name that
    is nothing else)."""
    context = _contexts().get(entity.zh)
    return context is None or any(word in source for word in context)


@lru_cache(maxsize=1)
def _by_first_character() -> dict[str, tuple[int, ...]]:
    return by_first_character(foreign_entities())


def _in_source(source: str) -> list[EstablishedTerm]:
    return terms_in(source, foreign_entities(), _by_first_character())


def _a_persons_name(target: str, end: int) -> bool:
    """Whether a surname's copy ending at ``end`` is a person's name: a title or a given name (any
    kanji that does not begin a company word) follows it."""
    if target.startswith(PERSON_AFTER_JA, end):
        return True
    return bool(_KANJI_RE.match(target, end)) and not target.startswith(COMPANY_AFTER_JA, end)


def _named(entity: EstablishedTerm, target: str) -> bool:
    """Whether the target writes one of the entity's Japanese forms (Latin ones in any case)."""
    lower = target.lower()
    return any(form in target or form.lower() in lower for form in entity.right)


def _mandarin_reading(entity: EstablishedTerm, target: str) -> tuple[int, int] | None:
    """The offsets of a katakana word that reads the name's characters in Mandarin, if any: close
    to the pinyin, and closer to it than to every Japanese form of the name (ゼレンスキイ is a
    spelling of ゼレンスキー, whatever the pinyin of 泽连斯基 comes near)."""
    readings = [r.replace(" ", "") for r in pinyin_readings(entity.zh)]
    forms = [romaji(f.replace("・", "")) for f in entity.right if KATAKANA_WORD_RE.search(f)]
    for m in KATAKANA_WORD_RE.finditer(target):
        word = romaji(m.group().replace("・", ""))
        if len(m.group()) < 3:
            continue
        mandarin = max((similarity(r, word) for r in readings), default=0.0)
        if mandarin >= MANDARIN and all(similarity(f, word) < mandarin for f in forms):
            return m.start(), m.end()
    return None


class ForeignEntity(Check):
    code = "entity-foreign-name"
    category = "named_entity"
    severity = "major"
    description = gettext_noop(
        "A foreign company, organisation or person copied in the source's characters or read in "
        "Mandarin, where Japanese writes its own name (星展银行 → 星展銀行 for DBS銀行)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        decided = {term.source for term in seg.config.termbase}
        claimed: list[tuple[int, int]] = []
        for entity in _in_source(seg.source):
            if any(entity.zh in s or s in entity.zh for s in decided if s) or _named(entity, seg.target):
                continue
            if any(u in seg.source for u in entity.unless) or not _names_the_company(entity, seg.source):
                continue
            person = entity.zh in _surnames()
            found = next(
                (
                    (at, at + len(wrong), wrong)
                    for wrong in entity.wrong
                    for at in occurrences(wrong, seg.target)
                    if not any(a < at + len(wrong) and at < b for a, b in claimed)
                    and not (person and _a_persons_name(seg.target, at + len(wrong)))
                ),
                None,
            )
            how = "copies"
            if found is None:
                span = _mandarin_reading(entity, seg.target)
                if span is None:
                    continue
                found, how = (*span, seg.target[span[0] : span[1]]), "reads in Mandarin"
            start, end, written = found
            claimed.append((start, end))
            yield Finding(
                f"'{written}' {how} {entity.zh} ({entity.means}); Japanese writes {' / '.join(entity.right)}",
                start,
                end,
            )
