import dataclasses
import json
from pathlib import Path
from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alignment import checks
from alignment.checks import (
    CHECKS,
    Check,
    CheckConfig,
    DocumentContext,
    Finding,
    Segment,
    check_segments,
    describe,
    run_checks,
    run_document_checks,
)
from alignment.checks.base import Subsumes
from alignment.types import CATEGORIES, SEVERITIES

ZH = "全区共有1.2万名外籍人士。"
BAD = "区内には，13,000人の外国人がいる"


def test_every_check_is_described_with_a_known_category_and_severity():
    rows = describe()
    assert [r["code"] for r in rows] == list(CHECKS)
    for row in rows:
        assert row["category"] in CATEGORIES
        assert row["severity"] in SEVERITIES
        assert row["description"]


def test_flags_carry_valid_spans_into_the_target():
    flags = run_checks(ZH, BAD)
    assert flags
    for f in flags:
        assert f.category in CATEGORIES and f.severity in SEVERITIES and f.message
        if f.start is not None:
            assert 0 <= f.start < f.end <= len(BAD)


def test_enable_ignore_and_severity_overrides():
    all_codes = {f.code for f in run_checks(ZH, BAD)}
    assert {"number-mismatch", "punctuation-chinese"} <= all_codes
    only = run_checks(ZH, BAD, config=CheckConfig(enabled=frozenset({"number-mismatch"})))
    assert {f.code for f in only} == {"number-mismatch"}
    ignored = run_checks(ZH, BAD, config=CheckConfig(ignored=frozenset({"number-mismatch"})))
    assert "number-mismatch" not in {f.code for f in ignored}
    raised = run_checks(ZH, BAD, config=CheckConfig(severity_overrides={"number-mismatch": "critical"}))
    assert {f.severity for f in raised if f.code == "number-mismatch"} == {"critical"}


def test_bilingual_checks_do_not_run_without_a_source():
    flags = run_checks("", BAD)
    bilingual = {code for code, c in CHECKS.items() if c.bilingual}
    assert not {f.code for f in flags} & bilingual
    assert run_checks("", "") == []


def test_a_segment_reads_its_document_from_one_frozen_context():
    """The document's facts reach the checks through ``Segment.document``, not attributes set on
    the segment: a check handed a context built by hand sees it, and the context cannot change."""
    target = "町の顧建は新たに展示室を見学した。"
    seg = Segment("", target, CheckConfig(), DocumentContext(names=frozenset({"顧建新"})))
    assert [f.code for f in CHECKS["entity-broken"].flags(seg)] == ["entity-broken"]
    assert not CHECKS["entity-broken"].flags(Segment("", target, CheckConfig()))
    with pytest.raises(dataclasses.FrozenInstanceError):
        seg.document.names = frozenset()  # type: ignore[misc]


def test_number_differences_are_worked_out_once_per_segment():
    seg = Segment(ZH, BAD, CheckConfig())
    assert seg.number_differences is seg.number_differences
    assert seg.number_differences[0]  # 1.2万 is missing from the target


def test_subsumes_names_registered_codes_and_known_categories():
    """A misspelt code in a declaration would silently hide nothing."""
    for check in CHECKS.values():
        for rule in check.subsumes:
            assert rule.codes <= CHECKS.keys(), check.code
            assert rule.categories <= set(CATEGORIES), check.code


def test_the_registry_applies_what_a_check_declares_it_subsumes(monkeypatch):
    class Wordy(Check):
        code = "test-wordy"
        category = "addition"
        subsumes = (Subsumes(codes=frozenset({"punctuation-chinese"}), inside=True),)

        def check(self, seg):
            yield Finding("added words", 0, 4)

    monkeypatch.setitem(CHECKS, Wordy.code, Wordy())
    target = "AB，CD。外国人，がいる。"
    commas = [f.start for f in run_checks("外国人。", target) if f.code == "punctuation-chinese"]
    assert commas == [target.rindex("，")]  # the first comma lies inside the wordy span


def _flags_check_by_check(source: str, target: str, config: CheckConfig) -> list:
    """The registry's run as it was first written: ``wants`` and ``Check.flags`` for every check."""
    from alignment.checks import _drop_nested  # noqa: PLC0415

    seg = Segment(source, target, config)
    flags = []
    for code, check in CHECKS.items():
        if config.wants(code, check.default_enabled) and not (not source.strip() and check.bilingual):
            flags.extend(check.flags(seg))
    return _drop_nested(flags)


@pytest.mark.parametrize(
    "config",
    [
        CheckConfig(),
        CheckConfig(ignored=frozenset({"number-mismatch", "punctuation-chinese"})),
        CheckConfig(enabled=frozenset({"number-mismatch", "typography-number-space"})),
        CheckConfig(severity_overrides={"number-mismatch": "critical", "punctuation-chinese": "minor"}),
    ],
)
@pytest.mark.parametrize(
    ("source", "target"),
    [(ZH, BAD), ("", BAD), ("他说，" + "很好" * 1_100, "彼は，" + "良い" * 1_100)],  # the last over budget
)
def test_the_registry_runs_each_check_as_its_flags_method_would(config, source, target):
    assert run_checks(source, target, config=config) == _flags_check_by_check(source, target, config)


def test_the_registry_calls_each_checks_check_directly(monkeypatch):
    """Neither ``CheckConfig.wants`` nor ``Check.flags`` per check: ~60 calls of each a segment."""

    def refused(*args, **kwargs):
        raise AssertionError("called per check")

    monkeypatch.setattr(Check, "flags", refused)
    monkeypatch.setattr(CheckConfig, "wants", refused)
    assert {"number-mismatch", "punctuation-chinese"} <= {f.code for f in run_checks(ZH, BAD)}


# The seeds of real MT (benchmarks/defects): flags of nearly every kind, and documents to check.
_SEEDS = [
    json.loads(line)
    for line in (Path(__file__).resolve().parents[3] / "benchmarks" / "defects" / "seeds.jsonl")
    .read_text(encoding="utf-8")
    .splitlines()
]
_PAIRS = [(s["zh"], s["ja"]) for s in _SEEDS] + [("", BAD), (ZH, ""), ("", ""), (ZH, BAD)]
_CONFIGS = [
    CheckConfig(),
    CheckConfig(
        ignored=frozenset({"number-mismatch"}),
        enabled=frozenset({"number-mismatch", "typography", "entity-katakana", "omission-clause"}),
    ),
    CheckConfig(severity_overrides={"typography": "critical"}),
]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(range(len(_PAIRS))), max_size=40), st.sampled_from(_CONFIGS))
def test_segments_checked_together_get_the_flags_each_gets_alone(picked: list[int], config: CheckConfig):
    """Each check run over a chunk of segments before the next (``_run_together``) gives every
    segment the flags ``run_checks`` gives it alone, in the same order."""
    pairs = [_PAIRS[k] for k in picked]
    assert check_segments(pairs, config=config) == [run_checks(s, t, config=config) for s, t in pairs]


def test_a_document_checked_together_gets_the_flags_of_one_segment_at_a_time():
    docs: dict[str, list[tuple[str, str]]] = {}
    for seed in _SEEDS:
        docs.setdefault(seed["doc"], []).append((seed["zh"], seed["ja"]))
    assert max(len(pairs) for pairs in docs.values()) > checks.TOGETHER
    for pairs in docs.values():
        together = run_document_checks(pairs)
        with patch.object(checks, "TOGETHER", 1):
            assert run_document_checks(pairs) == together
            assert run_document_checks(pairs, only=3) == [
                found if k == 3 else [] for k, found in enumerate(together)
            ]
    assert any(any(flags) for flags in together)
