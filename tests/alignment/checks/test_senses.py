"""mistranslation-sense: a Chinese word's characters copied where the Japanese word means otherwise."""

import pytest

from alignment.checks import CHECKS, CheckConfig, run_checks, senses
from tests.alignment.checks import conftest

INSIGHT = "他对这个问题有深刻的理解。"
BEDTIME = ("孩子们九点就上床了。", "子供たちは九時に上床した。")
# The check is opt-in: these tests ask for every check, as a project that enables them all does.
ALL = CheckConfig(enabled=frozenset(CHECKS))


def codes(source: str, target: str) -> set[str]:
    return conftest.codes(source, target, config=ALL)


def _sense_flags(source: str, target: str):
    return [f for f in run_checks(source, target, config=ALL) if f.code == "mistranslation-sense"]


def test_the_check_is_opt_in():
    assert "mistranslation-sense" not in conftest.codes(
        "他们暗中暗算了那位商人。", "彼らは密かにその商人を暗算した。"
    )


@pytest.fixture
def common_words_too(monkeypatch):
    monkeypatch.setattr(senses, "FLAG_COMMON", 1)


def test_a_common_copy_is_left_alone_by_default():
    # Cross-validation chose to flag only copies JMdict does not mark as common Japanese.
    assert "mistranslation-sense" not in codes(INSIGHT, "彼はこの問題について深刻な理解を持っている。")


@pytest.mark.usefixtures("common_words_too")
def test_a_copy_in_its_chinese_sense_is_flagged_with_both_meanings():
    # 深刻 is also a shipped false friend, whose flag subsumes this one: ask this check alone.
    alone = CheckConfig(enabled=frozenset(CHECKS) - {"mistranslation-false-friend"})
    target = "彼はこの問題について深刻な理解を持っている。"
    flags = [f for f in run_checks(INSIGHT, target, config=alone) if f.code == "mistranslation-sense"]
    assert len(flags) == 1
    flag = flags[0]
    assert (flag.start, flag.end) == (10, 12)
    assert flag.category == "mistranslation"
    # What the source word means, what the copy means, and what Japanese writes for the source.
    assert "profound" in flag.message and "serious" in flag.message and "深い" in flag.message


@pytest.mark.usefixtures("common_words_too")
def test_the_right_rendering_is_not_flagged():
    assert "mistranslation-sense" not in codes(INSIGHT, "彼はこの問題を深く理解している。")


@pytest.mark.usefixtures("common_words_too")
def test_a_copy_that_shares_a_sense_is_not_flagged():
    zh = "两国经济合作不断发展。"
    assert "mistranslation-sense" not in codes(zh, "両国の経済協力は発展し続けている。")


def test_a_rare_japanese_word_for_a_common_chinese_one():
    # 上床 is "to go to bed" in Chinese; 上床 in Japanese is a raised seedbed.
    flags = _sense_flags(*BEDTIME)
    assert [(f.start, f.end) for f in flags] == [(8, 10)]
    assert "go to bed" in flags[0].message and "seedbed" in flags[0].message and "寝る" in flags[0].message


def test_a_rare_copy_with_no_everyday_alternative_is_left_alone():
    # 暗算 is "to plot against" in Chinese and mental arithmetic in Japanese, but the only Japanese
    # offered for it is a rare phrase: cross-validation says such copies are mostly a choice.
    assert _sense_flags("他们暗中暗算了那位商人。", "彼らは密かにその商人を暗算した。") == []


def test_a_listed_false_friend_is_reported_once_by_its_entry():
    found = codes("请把手纸放在洗手间里。", "手紙を洗面所に置いてください。")
    assert "mistranslation-false-friend" in found and "mistranslation-sense" not in found
