"""Foreign companies and organisations named in Chinese characters of their own (星展银行 → DBS銀行)."""

import pytest

from alignment.checks import CheckConfig, Term, run_checks
from alignment.checks.foreign_entities import foreign_entities
from tests.alignment.checks.conftest import codes


def _spans(zh: str, ja: str, config: CheckConfig | None = None) -> list[str]:
    return [ja[f.start : f.end] for f in run_checks(zh, ja, config=config) if f.code == "entity-foreign-name"]


def test_a_name_copied_in_kanji_or_read_in_mandarin_is_flagged():
    zh = "星展银行等新加坡企业代表介绍了在园区投资的最新进展。"
    assert _spans(zh, "星展銀行などシンガポール企業の代表が最新の状況を紹介した。") == ["星展銀行"]
    assert _spans("淡马锡公司宣布了投资计划。", "ダンマーシー社が投資計画を発表した。") == ["ダンマーシー"]
    flag = next(f for f in run_checks(zh, "星展銀行の代表が紹介した。") if f.code == "entity-foreign-name")
    assert flag.category == "named_entity" and "DBS" in flag.message


@pytest.mark.parametrize(
    "ja",
    [
        "DBS銀行などシンガポール企業の代表が最新の状況を紹介した。",
        "dbs銀行などシンガポール企業の代表が最新の状況を紹介した。",  # Latin in any case
        "シンガポール企業の代表が最新の状況を紹介した。",  # left out: omission's to say
    ],
)
def test_the_japanese_name_or_no_name_is_not_flagged(ja: str):
    assert _spans("星展银行等新加坡企业代表介绍了在园区投资的最新进展。", ja) == []


def test_the_projects_termbase_decides_its_own_names():
    config = CheckConfig(termbase=(Term("星展银行", "星展銀行"),))
    assert _spans("星展银行代表出席。", "星展銀行の代表が出席した。", config) == []


def test_every_entry_says_what_it_names_and_why():
    entities = foreign_entities()
    assert len(entities) >= 5
    for entity in entities:
        assert entity.right and entity.means and entity.source
        assert entity.wrong[0] not in entity.right


def test_nothing_foreign_nothing_flagged():
    assert "entity-foreign-name" not in codes("市长出席了开幕式。", "市長が開幕式に出席した。")
