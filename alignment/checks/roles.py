"""Where each place stands in the sentence, swapped: goods of one country sold to another told the
other way round, a trial of one country's variety held in another told the other way round.

将意大利商品销往中国 "sells Italian goods to China" and 中国の商品をイタリアへ販売 "sells Chinese
goods to Italy" name the same two countries with the same verb; what differs is which one each
particle attaches to. Chinese marks a place's role with the word before it (销往, 运往, 赴: where
to; 从, 来自: where from; 在: where) or after it (的, or a noun it qualifies: whose); Japanese with
the particle after it (へ, から, で, の). Two places of the source whose roles the target exchanges
are a swap; a target that merely drops or changes one role is not judged, nor are two places that
stand together in the source (西双版纳景洪: the second is inside the first).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from alignment.bridge import to_kanji
from alignment.checks.base import Check, Finding, Segment, gettext_noop
from alignment.checks.countries import source_place_mentions, target_place_mentions
from alignment.checks.origins import cedict_text, head_glosses, segmented

#: The words before a place that make it where something goes (销往中国, 赴欧洲), comes from (来自
#: 泰国) or happens (在海南). Bare 到 and 至 are left out: they close too many verbs (看到美国).
_ZH_TO_RE = re.compile(
    r"(?:销往|运往|发往|输往|出口到|出口至|出口|前往|赴|进入|销售到|卖到|运抵|抵达|飞往|送往|运到|送到|销到)$"
)
_ZH_FROM_RE = re.compile(r"(?:从|来自|自|源自)$")
_ZH_AT_RE = re.compile(r"(?:在|于)$")
#: 向 or 对 + a place + a verb of sending within a few characters (向泰国出口, 对陕投资).
_ZH_TOWARD_RE = re.compile(r"[^，。；、]{0,6}?(?:出口|提供|投资|销售|输出|援助|派遣|推介)")
_HAN_RE = re.compile(r"[\u4e00-\u9fff]")

_Place = tuple[str, int, int]  # (key, start, end): the country's English, or "zh:" + the kanji form


def _source_places(source: str, target: str) -> list[_Place]:
    """The source's places: the countries, regions and cities the country table knows, and the
    source's words the dictionary glosses by a proper name (海南 "Hainan", 重庆) whose kanji form
    the target writes."""
    out: list[_Place] = list(source_place_mentions(source))
    taken = {i for _, a, b in out for i in range(a, b)}
    for pos, word in segmented(source):
        if not 2 <= len(word) <= 4 or taken.intersection(range(pos, pos + len(word))):
            continue
        form = to_kanji(word)
        if form in target and head_glosses(word)[1]:
            out.append(("zh:" + form, pos, pos + len(word)))
    return out


def _qualifies(source: str, end: int, places: list[_Place]) -> bool:
    """Whether the word after a place is a noun it qualifies (泰国优质榴莲, 意大利商品): not another
    place (尼日利亚拉各斯: the city is in the country) and not a verb (CC-CEDICT's first sense
    "to …": 海南开展)."""
    if not _HAN_RE.match(source[end : end + 1]) or any(start == end for _, start, _ in places):
        return False
    word = next((w for pos, w in segmented(source) if pos == end), None)
    return word is not None and not (cedict_text(word) or "").startswith("/to ")


def _source_roles(source: str, places: list[_Place]) -> dict[str, set[str]]:
    roles: dict[str, set[str]] = {}
    for key, start, end in places:
        before, after = source[max(0, start - 4) : start], source[end : end + 1]
        found: set[str] = set()
        if _ZH_TO_RE.search(before) or (before[-1:] in ("向", "对") and _ZH_TOWARD_RE.match(source, end)):
            found.add("to")
        if _ZH_FROM_RE.search(before):
            found.add("from")
        if _ZH_AT_RE.search(before):
            found.add("at")
        if after == "的" or (not found and _qualifies(source, end, places)):
            found.add("of")
        roles.setdefault(key, set()).update(found)
    return roles


def _target_roles(target: str, keys: set[str]) -> tuple[dict[str, set[str]], dict[str, int]]:
    """Each place's roles in the target, and how many times the target names it."""
    places: list[_Place] = [p for p in target_place_mentions(target) if p[0] in keys]
    for key in keys:
        if key.startswith("zh:"):
            form = key[3:]
            places += [(key, m.start(), m.end()) for m in re.finditer(re.escape(form), target)]
    roles: dict[str, set[str]] = {}
    counts: dict[str, int] = {}
    for key, _, end in places:
        counts[key] = counts.get(key, 0) + 1
        after = target[end : end + 3]
        found: set[str] = set()
        if after.startswith(("へ", "向け", "に向け")):
            found.add("to")
        elif after.startswith("に"):
            found.update(("to", "at"))
        elif after.startswith("から"):
            found.add("from")
        elif after.startswith("で"):
            found.add("at")
        elif after.startswith("の"):
            found.add("of")
        roles.setdefault(key, set()).update(found)
    return roles, counts


def _adjacent(places: list[_Place], a: str, b: str) -> bool:
    """Whether places ``a`` and ``b`` stand side by side somewhere in the source (西双版纳景洪)."""
    spans = {key: [(s, e) for k, s, e in places if k == key] for key in (a, b)}
    return any(e1 == s2 or e2 == s1 for s1, e1 in spans[a] for s2, e2 in spans[b])


def _same_country(a: str, b: str) -> bool:
    return a.lstrip("@") == b.lstrip("@")


def role_swaps(source: str, target: str) -> list[tuple[str, str, str]]:
    """(place A, place B, what A is in the source) for each pair of places the target swaps: A
    where things go (or where they happen) and B whose they are in the source, the other way
    round in the target."""
    places = _source_places(source, target)
    if len(places) < 2:
        return []
    src = _source_roles(source, places)
    tgt, counts = _target_roles(target, set(src))
    # A place named twice on either side may hold two roles: only places named once are judged.
    once = {k for k in src if sum(1 for p in places if p[0] == k) == 1 and counts.get(k) == 1}
    out: list[tuple[str, str, str]] = []
    for a, a_roles in src.items():
        for b, b_roles in src.items():
            if a == b or not {a, b} <= once or _same_country(a, b) or _adjacent(places, a, b):
                continue
            for role in ("to", "at"):
                if (
                    role in a_roles
                    and not a_roles & {"of", "from"}
                    and b_roles & {"of", "from"}
                    and role not in b_roles
                    and tgt[a] & {"of", "from"}
                    and role not in tgt[a]
                    and role in tgt[b]
                    and not tgt[b] & {"of", "from"}
                ):
                    out.append((a, b, role))
    return out


def _name(key: str) -> str:
    return key[3:] if key.startswith("zh:") else key.lstrip("@")


class PlacesSwapped(Check):
    """Two places of the source whose roles the target exchanges: the source sends goods of B to
    A (将意大利商品销往中国) and the target sends goods of A to B (中国の商品をイタリアへ), or the
    source holds a trial of B's variety in A and the target holds A's in B."""

    code = "mistranslation-places-swapped"
    category = "mistranslation"
    severity = "major"
    description = gettext_noop(
        "Two places swap their roles (将意大利商品销往中国 'sells Italian goods to China' → "
        "中国の商品をイタリアへ販売)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        for a, b, role in role_swaps(seg.source, seg.target):
            what = "where it goes" if role == "to" else "where it takes place"
            yield Finding(
                f"the source makes {_name(a)} {what} and {_name(b)} where it comes from; the translation "
                "has them the other way round"
            )
            return
