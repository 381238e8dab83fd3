"""The shortcuts taken for speed answer exactly what the plain computation answers."""

from __future__ import annotations

import json
import subprocess
import tempfile
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from unittest.mock import patch

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alignment.bridge import to_kanji
from alignment.checks import (
    consistency,
    content,
    countries,
    entities,
    established,
    japanese,
    name_kanji,
    numbers,
    origins,
    untranslated,
)
from alignment.checks.base import CheckConfig, Segment, bridged_normalized
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
                if countries._another_word(text, form, start, end):
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
    assert established._in_source(source) == tuple(everything)
    assert everything  # the sentence holds some of the list's terms
    assert established._in_source("") == ()


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


# Han a phrase of OpenCC's s2t converts otherwise than its characters (里 of 里姆斯基-科萨科夫 stays
# 里 in the phrase, 裏 alone), full-width Latin, hyphen, digits and punctuation, and their
# half-width forms.
_BRIDGE_ALPHABET = "里姆斯基科萨夫伯克希尔哈撒韦注入结周四星期五天发国－-ＳＱＬＰＮSQLPN，,（）(1２)　 。"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_BRIDGE_ALPHABET, max_size=30))
def test_bridged_normalized_is_the_bridge_of_the_normalised_text(text: str) -> None:
    assert bridged_normalized(text, normalize(text)) == to_kanji(normalize(text))
    assert Segment(text, "", CheckConfig()).bridged == to_kanji(normalize(text))


def test_bridged_normalized_bridges_a_phrase_made_half_width_as_the_phrase() -> None:
    # The full-width hyphen ends the phrase; made half-width, the whole phrase converts (里 kept).
    assert to_kanji("里姆斯基－科萨科夫") != to_kanji("里姆斯基-科萨科夫").replace("-", "－")
    assert bridged_normalized("里姆斯基－科萨科夫", "里姆斯基-科萨科夫") == "里姆斯基-科薩科夫"
    # Full-width punctuation only: the source's own bridge, made half-width.
    assert bridged_normalized("发展（１）：", "发展(1):") == "発展(1):"


def _opencc_keys() -> Iterator[str]:
    """Every key of the dictionaries ``to_kanji`` converts with, dumped by the wheel's own tool."""
    root = Path(opencc.__file__).parent / "clib"
    tool = root / "bin" / "opencc_dict"
    if not tool.exists():
        pytest.skip("the opencc wheel ships no opencc_dict")
    share = root / "share" / "opencc"
    files = {
        d["file"]
        for config in ("s2t.json", "t2jp.json")
        for step in json.loads((share / config).read_text(encoding="utf-8"))["conversion_chain"]
        for d in (step["dict"].get("dicts") or [step["dict"]])
        for d in (d.get("dicts") or [d])
    }
    with tempfile.TemporaryDirectory() as tmp:
        for name in sorted(files):
            out = Path(tmp) / f"{name}.txt"
            subprocess.run(
                [str(tool), "-i", str(share / name), "-o", str(out), "-f", "ocd2", "-t", "text"], check=True
            )
            for line in out.read_text(encoding="utf-8").splitlines():
                yield line.split("\t", 1)[0]


def test_no_opencc_key_holds_a_character_normalize_changes_other_than_latin_and_hyphen() -> None:
    # What ``bridged_normalized`` relies on: a full-width character outside its pattern, and its
    # half-width form, are in no key of the dictionaries.
    wide = set(_WIDTH) - {ord(c) for c in "ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ"}
    wide -= {ord(c) for c in "ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ－"}
    changed = {chr(c) for c in wide} | {chr(_WIDTH[c]) for c in wide}
    assert len(changed) == 2 * len(wide)
    keys = list(_opencc_keys())
    assert len(keys) > 40_000  # the phrases and the characters were read
    assert [k for k in keys if changed & set(k)] == []


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["taxi", "club", "county", "north", "citi", "x"]), max_size=12))
def test_glosses_answer_as_the_union_of_the_words_glosses(asked: list[str]) -> None:
    words = origins.source_words("出租车俱乐部的县城北方")
    union = frozenset().union(*map(origins.word_glosses, words))
    glosses = origins.Glosses(words)
    assert [stem in glosses for stem in asked] == [stem in union for stem in asked]


def test_glosses_look_up_each_words_glosses_once(monkeypatch: pytest.MonkeyPatch) -> None:
    looked_up: list[str] = []
    real = origins.word_glosses

    def counted(word: str) -> frozenset[str]:
        looked_up.append(word)
        return real(word)

    monkeypatch.setattr(origins, "word_glosses", counted)
    words = origins.source_words("出租车俱乐部的县城北方")
    glosses = origins.Glosses(words)
    assert "taxi" in glosses
    assert "club" in glosses
    assert "nothing-of-the-kind" not in glosses
    assert sorted(looked_up) == sorted(words)  # once each, not once per word asked about


def _folded_char_by_char(text: str) -> str:
    """``content._folded`` as it was first written: every character looked at in Python."""
    out = []
    for c in text:
        n = unicodedata.normalize("NFKC", c) if "\uff00" <= c <= "\uffef" else c
        out.append(n if len(n) == 1 else c)
    return "".join(out).translate(content._FOLD)


def test_folded_takes_the_halfwidth_and_fullwidth_forms_through_nfkc_alone() -> None:
    block = "".join(chr(c) for c in range(0xFF00, 0xFFF0))
    assert content._folded(block) == _folded_char_by_char(block)
    assert content._HALFWIDTH_FORMS_RE.sub(content._nfkc_char, "ｰ，ａ") == "ー,a"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="アイーｰｱ，,．.“”ＡＢａ１（）\uffe0\uffe8\uffef会議ー一。、", max_size=30))
def test_folded_is_the_character_by_character_fold(text: str) -> None:
    assert content._folded(text) == _folded_char_by_char(text)


def _copied_abbreviations_plain(source: str, target: str) -> list[tuple[int, int, str]]:
    """``countries.copied_abbreviations`` as it was first written: every abbreviation of the
    table asked of every source, Japanese's own abbreviations worked out per call."""
    out: list[tuple[int, int, str]] = []
    ja_of = {p.english: p.ja_abbr for p in countries.places()}
    names = countries._zh_names()
    for char, candidates in countries._abbreviations().items():
        pairs = [p for p in ("中" + char, char + "中") if p in source and p not in names]
        if char in "中华" or not pairs:
            continue
        copy = to_kanji(char)
        if any(copy in ja_of[c] for c in candidates):
            continue
        for pair in ("中" + copy, copy + "中"):
            for at in countries.occurrences(pair, target):
                before = target[at - 1 : at]
                if countries._PAIR_AFTER_RE.match(target, at + 2) and not countries._KANJI_RE.match(before):
                    out.append((at, at + 2, " or ".join(candidates)))
    return out


# Abbreviations Japanese writes (韩 → 韓, 美 → 米) and does not (老, 哈, 新, 蒙), 中, 华, 东 (中东),
# what may follow a pair in Japanese, and kanji or kana before it.
_PAIR_ALPHABET = "中华老哈新蒙韩美日东两国関係両間協力経済交流老中韓米の国は、。"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_PAIR_ALPHABET, max_size=16), st.text(alphabet=_PAIR_ALPHABET, max_size=16))
def test_copied_abbreviations_are_those_the_plain_loop_finds(source: str, target: str) -> None:
    assert countries.copied_abbreviations(source, target) == _copied_abbreviations_plain(source, target)


def test_copied_abbreviations_of_a_source_without_zhong_ask_no_table(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every pair holds 中: a source without it is not looked at further.
    def refuse() -> None:
        raise AssertionError("the table was asked")

    monkeypatch.setattr(countries, "_copyable_abbreviations", refuse)
    assert countries.copied_abbreviations("老挝和哈萨克斯坦的铁路。", "老中両国の鉄道。") == []
    monkeypatch.undo()
    pairs = _copied_abbreviations_plain("中老两国的铁路。", "老中両国の鉄道。")
    assert countries.copied_abbreviations("中老两国的铁路。", "老中両国の鉄道。") == pairs == [(0, 2, "Laos")]


def test_located_places_ask_pypinyin_only_of_words_glossed_as_places(monkeypatch: pytest.MonkeyPatch) -> None:
    # A word of the dictionary counts as a place of China only with a gloss naming a kind of place;
    # that is asked first, and the Mandarin reading (pypinyin) only of the words that pass it.
    asked: list[str] = []
    real = name_kanji._name_of_china

    def counted(word: str) -> bool:
        asked.append(word)
        return real(word)

    monkeypatch.setattr(name_kanji, "_name_of_china", counted)
    source = "王明在宁波和琶洲参观了长城。"
    located = name_kanji.located_names.__wrapped__(source)
    assert asked
    assert all(name_kanji._PLACE_GLOSS_RE.search(origins.cedict_text(w) or "") for w in asked)
    assert ("宁波", name_kanji.DICTIONARY) in located or ("琶洲", name_kanji.DICTIONARY) in located


def test_unrendered_names_settled_early_pair_no_sounds(monkeypatch: pytest.MonkeyPatch) -> None:
    # Names the target keeps as written, or writes in kanji, are settled before any katakana word
    # is paired with a name, cut into stretches, or any place of the source located.
    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("worked out for names settled already")

    for name in ("_claim", "_windows", "rendered_place_spans"):
        monkeypatch.setattr(entities, name, refuse)
    source = "BBC记者和CNN记者采访了市民。"
    target = "BBCとCNNの記者が市民にインタビューした。"
    assert entities.unrendered_names.__wrapped__(source, target) == ()


def test_unrendered_names_still_pairs_the_names_it_must() -> None:
    # A transliterated name the target renders by sound is claimed by its katakana word; another
    # the target replaced is left unrendered.
    source = "卡瓦诺和布莱顿都出席了会议。"
    assert entities.unrendered_names.__wrapped__(source, "カバノーとブライトンが会議に出席した。") == ()
    assert entities.unrendered_names.__wrapped__(source, "カバノーとチェルシーが会議に出席した。") == (
        "布莱顿",
    )


def test_a_words_mandarin_reading_is_worked_out_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # The dictionary words asked about recur from source to source (a city, a province): pypinyin
    # reads each once.
    import pypinyin  # noqa: PLC0415

    read: list[str] = []
    real = pypinyin.lazy_pinyin

    def counted(word: str, *args: object, **kwargs: object) -> list[str]:
        read.append(word)
        return real(word, *args, **kwargs)

    monkeypatch.setattr(pypinyin, "lazy_pinyin", counted)
    name_kanji._glossed_by_reading.cache_clear()
    first = [name_kanji._glossed_by_reading("宁波"), name_kanji._gloss_is_chinese("宁波")]
    again = [name_kanji._glossed_by_reading("宁波"), name_kanji._gloss_is_chinese("宁波")]
    assert first == again == [True, True]
    assert read.count("宁波") == 2  # once as a name, once as a name of China


def _homophone_places_by_every_character(source: str, target: str) -> tuple[tuple[int, int, str], ...]:
    """``name_kanji.homophone_places`` as first written: every character of both sides visited."""
    src, tgt = name_kanji.simplified(source), name_kanji.simplified(target)
    out: list[tuple[int, int, str]] = []
    for j, end_char in enumerate(tgt):
        if end_char not in name_kanji.PLACE_ENDS or (out and out[-1][1] > j - 1):
            continue
        for n in (1, 2, 3):
            window = tgt[j - n : j + 1] if j >= n else ""
            if not window or not all(name_kanji._HAN_RE.match(c) for c in window) or window in src:
                continue
            found = next(
                (
                    src[k - n : k + 1]
                    for k in range(n, len(src))
                    if src[k] == end_char
                    and name_kanji._one_homophone(src[k - n : k], window[:-1], target[j - n : j])
                    and src[k - n : k + 1] not in tgt
                ),
                None,
            )
            if found:
                out.append((j - n, j + 1, found))
                break
    return tuple(out)


# Places' endings, homophones (冈/岗, 漓/丽, 鹤), other kanji, kana and punctuation.
_PLACE_ALPHABET = "市省县州区江山湖岛冈岗漓丽鹤凉的に、"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_PLACE_ALPHABET, max_size=12), st.text(alphabet=_PLACE_ALPHABET, max_size=12))
def test_homophone_places_are_those_a_visit_of_every_character_finds(source: str, target: str) -> None:
    found = name_kanji.homophone_places.__wrapped__(source, target)
    assert found == _homophone_places_by_every_character(source, target)


def test_homophone_places_still_finds_a_place_written_with_a_homophone() -> None:
    assert name_kanji.homophone_places.__wrapped__("漓江的风景", "麗江の風景") == ((0, 2, "漓江"),)


_ZH_FIGURES = "0123456789一二三四五六七八九十百千万亿两个年月日点半%倍第约近多,. 元人英尺下午基点世纪代"
_JA_FIGURES = "0123456789一二三十百千万億年月日時半%倍第約円人つ件ドル（）午後フィートメートル代"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ZH_FIGURES, max_size=24), st.text(alphabet=_JA_FIGURES, max_size=24))
def test_figures_matched_plainly_leave_the_differences_the_full_comparison_finds(
    source: str, target: str
) -> None:
    """``_plainly_matched`` returns nothing found only where the whole comparison finds nothing."""
    fast = numbers._differences(Segment(source, target, CheckConfig()))
    with patch.object(numbers, "_plainly_matched", lambda *_: False):
        assert numbers._differences(Segment(source, target, CheckConfig())) == fast


def test_figures_matched_plainly_are_a_shortcut_taken() -> None:
    seg = Segment("（12）增长了3.5%，达到1200万元。", "（12）3.5%増の1200万元に達した。", CheckConfig())
    assert numbers._plainly_matched(
        [n for n in find_numbers(seg.bridged) if n.from_digits],
        find_numbers(seg.bridged),
        find_numbers(seg.target_norm),
    )
    assert numbers._differences(seg) == ([], [], [])


def test_a_word_carries_the_features_of_its_line() -> None:
    found = japanese.words("交流を広げる会議が東京で開かれ、ハリス氏が出席した。")
    assert found and all(w.feature == japanese._features.__wrapped__(w.raw) for w in found)


def test_a_target_the_consistency_pass_tagged_is_not_tagged_again_for_its_segment() -> None:
    target = "外事弁公室は植物園で交流活動を行った。"
    japanese.sentence_words.cache_clear()
    first = japanese.sentence_words(target)
    tagged = japanese.texts_tagged()
    seg = Segment("外事办在植物园举行了交流活动。", target, CheckConfig())
    assert seg.tokens == list(first) == japanese.words(target)
    assert japanese.texts_tagged() == tagged + 1  # the comparison's own words() only
