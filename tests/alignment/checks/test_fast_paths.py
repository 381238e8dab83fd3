"""The shortcuts taken for speed answer exactly what the plain computation answers."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alignment.checks import consistency, countries, established, origins, untranslated
from alignment.checks.base import CheckConfig, Segment
from alignment.checks.numbers import find_numbers
from alignment.text import _WIDTH, normalize

# Characters that make the cases: country names in both scripts, full-width forms, digits.
_ALPHABET = "中美日英东南亚国部法兰西インドアマリ米仏ー（）１２３　abc 123万亿千百。、"


def _mentions_by_scan(text: str, names: countries.Names) -> list[tuple[str, int, int]]:
    """The scan ``mentions`` replaced: every character of the text, every form starting there."""
    index = names.by_first
    found = []
    for start, char in enumerate(text):
        for rank, form, english in index.get(char, ()):
            end = start + len(form)
            if text.startswith(form, start) and countries._bounded(text, start, end):
                if form in countries._NOT_A_NAME and text[end : end + 1] == countries._NOT_A_NAME[form]:
                    continue
                found.append((rank, start, end, english))
    taken = [False] * len(text)
    out = []
    for _, start, end, english in sorted(found):
        if any(taken[start:end]):
            continue
        taken[start:end] = [True] * (end - start)
        out.append((english, start, end))
    return sorted(out, key=lambda x: x[1])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_mentions_finds_what_a_scan_of_every_character_finds(text: str) -> None:
    for names in countries._forms():
        assert countries.mentions(text, names) == _mentions_by_scan(text, names)


def test_mentions_takes_the_longest_overlapping_name() -> None:
    zh, _ = countries._forms()
    found = [english for english, _, _ in countries.mentions("在其中东南亚地区和中东部", zh)]
    assert "Southeast Asia" in found
    assert "Middle East" not in found  # 中东 of 其中东南亚, and 中东部 is the east of a country


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET + "ａＺ！～", max_size=30))
def test_normalize_is_the_width_translation(text: str) -> None:
    assert normalize(text) == text.translate(_WIDTH)


def test_find_numbers_gives_a_list_of_its_own_each_call() -> None:
    first = find_numbers("去年增长了3.5万人，今年二十三人")
    first.clear()
    assert [n.value for n in find_numbers("去年增长了3.5万人，今年二十三人")] == [35000.0, 23.0]


def test_established_terms_found_are_those_a_full_scan_finds() -> None:
    source = "联合国和海关总署的记者会上，人大常委会说明了情况。"
    everything = [t for t in established.established_terms() if t.zh in source]
    assert established._in_source(source) == everything
    assert everything  # the sentence holds some of the list's terms
    assert established._in_source("") == []


def test_established_term_copied_is_still_flagged_after_the_prefilter() -> None:
    seg = Segment("联合国大会今天开幕。", "連合国総会が今日開幕した。", CheckConfig())
    assert [f.start for f in established.CalquedTerm().check(seg)] == [0]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET + "訪駐日米中豪露韓軍首相側", max_size=30))
def test_target_places_finds_the_abbreviations_a_scan_of_every_place_finds(target: str) -> None:
    rendered = countries.target_places.__wrapped__(target)[1]
    by_place = {
        p.english
        for p in countries.places()
        if any(
            c in target
            and countries._abbreviated(
                target, c, countries._JA_BEFORE, countries._JA_AFTER, countries._JA_MAJOR
            )
            for c in p.ja_abbr
        )
    }
    found = countries.mentions(target, countries._forms()[1])
    full = {e.lstrip("@") for e, _, _ in found}
    # A name of two places (南米) renders both.
    shared = {e for _, s, t in found for e in countries._ja_shared_forms().get(target[s:t], ())}
    assert rendered == by_place | full | shared


def test_target_places_reads_a_visit_abbreviated() -> None:
    assert "United States" in countries.target_places.__wrapped__("首相が訪米した。")[1]


# Chinese words and their pieces, a Japanese-only kanji, simplified-only ones, kana, Latin, digits.
_HAN_ALPHABET = "中华人民共和国数字孪生综试区经济发展这们说发时国書込畑ア。、 ab12"


def test_has_simplified_only_agrees_with_each_character_of_the_han_block() -> None:
    for code in range(0x4E00, 0xA000):
        char = chr(code)
        assert untranslated.has_simplified_only(f"あ{char}1") == untranslated.simplified_only(char)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_HAN_ALPHABET, max_size=30))
def test_has_simplified_only_is_any_simplified_only_character(text: str) -> None:
    assert untranslated.has_simplified_only(text) == any(untranslated.simplified_only(c) for c in text)
    assert untranslated._simplified_only_re().findall(text) == [
        c for c in text if untranslated.simplified_only(c)
    ]


def _scan_of_every_stretch(text: str) -> tuple[tuple[str, ...], tuple[tuple[int, str], ...]]:
    """The dictionary scan as it was first written: every stretch from every offset, up to the
    first that begins no headword."""
    cedict, prefixes = origins._load()[0], origins._prefixes()
    found: dict[str, None] = {}
    segments: list[tuple[int, str]] = []
    next_start = 0
    for i in range(len(text)):
        best = 1
        for j in range(i + 1, min(len(text), i + origins._MAX_WORD) + 1):
            stretch = text[i:j]
            if stretch in cedict:
                found[stretch] = None
                if j - i > 1:
                    best = j - i
            if stretch not in prefixes:
                break
        if i == next_start:
            segments.append((i, text[i : i + best]))
            next_start = i + best
    return tuple(found), tuple(segments)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_HAN_ALPHABET, max_size=30))
def test_dictionary_scan_finds_what_the_plain_scan_finds(text: str) -> None:
    assert origins._dictionary_scan.__wrapped__(text) == _scan_of_every_stretch(text)


def _recurring_by_sets_per_stretch(sources: dict[int, str]) -> dict[str, list[int]]:
    """``consistency._recurring`` as it was first written: a set of segments for every stretch."""
    seen: dict[str, set[int]] = {}
    for k, source in sources.items():
        grams = {
            run[i : i + n]
            for run in consistency._HAN_RUN_RE.findall(source.translate(consistency._SKIP_TO_SPACE))
            for n in consistency._NGRAMS
            for i in range(len(run) - n + 1)
        }
        for gram in grams:
            seen.setdefault(gram, set()).add(k)
    headwords = consistency._candidates()
    kept = {g: ks for g, ks in seen.items() if len(ks) >= consistency.RECURRING and g not in headwords}
    inside = {
        part
        for gram, ks in kept.items()
        if len(gram) == consistency._NGRAMS[-1]
        for part in (gram[:-1], gram[1:])
        if kept.get(part) == ks
    }
    return {gram: sorted(ks) for gram, ks in kept.items() if gram not in inside}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="综试区数字孪生推进建设的了和", max_size=12), max_size=6))
def test_recurring_stretches_are_those_a_set_per_stretch_finds(texts: list[str]) -> None:
    sources = dict(enumerate(texts))
    assert list(consistency._recurring(sources).items()) == list(
        _recurring_by_sets_per_stretch(sources).items()
    )


def test_recurring_stretches_need_the_threshold_of_sources(monkeypatch: pytest.MonkeyPatch) -> None:
    sources = {0: "推进综试区建设", 1: "综试区发展", 2: "新的综试区"}
    for threshold in (1, 2, 3, 4):
        monkeypatch.setattr(consistency, "RECURRING", threshold)
        assert consistency._recurring(sources) == _recurring_by_sets_per_stretch(sources)
    monkeypatch.undo()
    assert list(consistency._recurring(sources)) == ["综试区"]
