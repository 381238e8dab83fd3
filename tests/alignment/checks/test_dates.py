"""number-date: a date with its month and day exchanged."""

import pytest

from alignment.checks import run_checks
from alignment.checks.dates import dates

CODE = "number-date"


def found(zh: str, ja: str) -> list[tuple[str, str | None]]:
    return [(ja[f.start : f.end], f.fix) for f in run_checks(zh, ja) if f.code == CODE]


def test_a_date_turned_around() -> None:
    assert found("展会于4月9日开幕。", "展示会は9月4日に開幕した。") == [("9月4日", "4月9日")]
    assert found("展会于四月九日开幕。", "展示会は9月4日に開幕した。") == [("9月4日", "4月9日")]


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        ("展会于4月9日开幕。", "展示会は4月9日に開幕した。"),
        # Both dates are the source's own.
        ("展会于4月9日开幕，9月4日闭幕。", "展示会は9月4日に閉幕し、4月9日に開幕した。"),
        ("展会于5月5日开幕。", "展示会は5月5日に開幕した。"),
    ],
)
def test_the_source_date_left_alone(zh: str, ja: str) -> None:
    assert found(zh, ja) == []


def test_dates_are_read_in_either_numerals() -> None:
    assert [(m, d) for m, d, _, _ in dates("十二月三十一日和1月2号")] == [(12, 31), (1, 2)]


@pytest.mark.parametrize(
    ("zh", "ja", "flagged"),
    [
        ("开幕式于下午3点举行。", "開幕式は午前3時に行われた。", True),
        ("开幕式于上午9点举行。", "開幕式は午後9時に行われた。", True),
        ("开幕式于下午3点举行。", "開幕式は午後3時に行われた。", False),
        ("开幕式于下午3点举行。", "開幕式は15時に行われた。", False),
        # Both halves in the source: each side's hours are judged by the number checks.
        ("上午9点开幕，下午3点闭幕。", "午前9時に開幕し、午後3時に閉幕した。", False),
    ],
)
def test_an_hour_twelve_hours_off(zh: str, ja: str, flagged: bool) -> None:
    assert ("number-clock" in [f.code for f in run_checks(zh, ja)]) is flagged
