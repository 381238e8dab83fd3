import dataclasses

import pytest

from alignment.checks import (
    CHECKS,
    Check,
    CheckConfig,
    DocumentContext,
    Finding,
    Segment,
    describe,
    run_checks,
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
