"""Calques of established terms: a Chinese institution's name copied in kanji (海关 → 海関)."""

import json

from alignment.checks import CheckConfig, Term, run_checks
from alignment.checks.established import DATA, established_terms
from tests.alignment.checks.conftest import codes

CUSTOMS = "海关总署发布了新的进口规定。"


def test_a_copied_term_is_flagged_with_its_meaning_and_the_japanese_term():
    flags = [
        f
        for f in run_checks(CUSTOMS, "海関総署は新たな輸入規定を発表した。")
        if f.code == "terminology-calque"
    ]
    assert len(flags) == 1
    assert (flags[0].start, flags[0].end) == (0, 2)
    assert "customs" in flags[0].message and "税関" in flags[0].message


def test_the_established_term_is_not_flagged():
    assert "terminology-calque" not in codes(CUSTOMS, "税関総署は新たな輸入規定を発表した。")


def test_a_copy_that_means_something_else_in_japanese():
    # 連合国 is the Allies of the Second World War in Japanese; the UN is 国連.
    zh = "联合国秘书长本周访问北京。"
    assert "terminology-calque" in codes(zh, "連合国事務総長が今週北京を訪れた。")
    assert "terminology-calque" not in codes(zh, "国連事務総長が今週北京を訪れた。")


def test_the_projects_termbase_decides_its_own_terms():
    config = CheckConfig(termbase=(Term("海关", "海関"),))
    assert "terminology-calque" not in codes(CUSTOMS, "海関総署は新たな輸入規定を発表した。", config=config)


def test_every_entry_says_what_it_means_and_why_and_its_copy_is_not_the_japanese_term():
    entries = json.loads(DATA.read_text(encoding="utf-8"))["terms"]
    assert all(e["zh"] and e["ja"] and e["means"] and e["why"] for e in entries)
    for _zh, wrong, right, _means in established_terms():
        assert not set(wrong) & set(right)
