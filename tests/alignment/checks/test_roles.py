"""mistranslation-places-swapped: two places of the source exchange their roles in the target."""

import pytest

from alignment.checks import run_checks

CODE = "mistranslation-places-swapped"


def flags(zh: str, ja: str) -> list:
    return [f for f in run_checks(zh, ja) if f.code == CODE]


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        ("公司将浙江茶叶销往摩洛哥。", "同社はモロッコの茶葉を浙江へ販売している。"),
        ("双方将在云南开展老挝水稻品种的试种。", "双方はラオスで雲南の水稲品種の試験栽培を行う。"),
    ],
)
def test_two_places_swapped(zh: str, ja: str) -> None:
    assert [f.category for f in flags(zh, ja)] == ["mistranslation"]


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        ("公司将浙江茶叶销往摩洛哥。", "同社は浙江の茶葉をモロッコへ販売している。"),
        ("双方将在云南开展老挝水稻品种的试种。", "双方は雲南でラオスの水稲品種の試験栽培を行う。"),
        # A city inside its country, and a verb after a place: no roles to swap.
        (
            "该企业在巴西圣保罗、越南河内设立了仓库。",
            "同社はブラジルのサンパウロとベトナムのハノイに倉庫を設けた。",
        ),
        # A place named twice may hold two roles.
        (
            "该省将派技术人员赴泰国学习，并邀请泰国专家来该省指导。",
            "同省は技術者をタイの大学に派遣し、タイの専門家を同省に招く。",
        ),
    ],
)
def test_places_in_their_roles_left_alone(zh: str, ja: str) -> None:
    assert flags(zh, ja) == []
