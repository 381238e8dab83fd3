"""Foreign companies, organisations and people that Chinese names in characters of its own and
Japanese names otherwise: 星展银行 is DBS銀行, 淡马锡 is テマセク, 汇丰 is HSBC.

MT that does not know the name copies its characters (星展銀行) or reads them in Mandarin
(シンジャン), and either leaves the reader no way to find the company. Neither dictionary helps:
CC-CEDICT lists few such names and JMnedict none in their Chinese form. The shipped list
(``alignment/data/foreign_entities.json``, the fields of ``established_terms.json``: the Chinese
name, its Japanese forms, what it names, why, and where the Japanese form is attested) is read
the way the established terms are; a project's termbase decides the names it lists.
"""

from __future__ import annotations

import json
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


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return json.loads(DATA.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def foreign_entities() -> tuple[EstablishedTerm, ...]:
    """The shipped list, read and checked once (the rules of the established terms)."""
    return parse_terms({"terms": _data()["entities"]})


@lru_cache(maxsize=1)
def _by_first_character() -> dict[str, tuple[int, ...]]:
    return by_first_character(foreign_entities())


def _in_source(source: str) -> list[EstablishedTerm]:
    return terms_in(source, foreign_entities(), _by_first_character())


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
            if any(u in seg.source for u in entity.unless):
                continue
            found = next(
                (
                    (at, at + len(wrong), wrong)
                    for wrong in entity.wrong
                    for at in occurrences(wrong, seg.target)
                    if not any(a < at + len(wrong) and at < b for a, b in claimed)
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
