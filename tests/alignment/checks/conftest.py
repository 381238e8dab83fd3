"""Helpers for the check tests: which codes / categories fire on a segment."""

from __future__ import annotations

import pytest

from alignment.checks import run_checks


def codes(source: str, target: str, **kw) -> set[str]:
    return {f.code for f in run_checks(source, target, **kw)}


def categories(source: str, target: str, **kw) -> set[str]:
    return {f.category for f in run_checks(source, target, **kw)}


@pytest.fixture
def flags_of():
    return run_checks
