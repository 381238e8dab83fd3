"""mistranslation-extent: a change to a figure told as a change by it, or the other way."""

import pytest

from alignment.checks import run_checks

CODE = "mistranslation-extent"


def flags(zh: str, ja: str) -> list:
    return [f for f in run_checks(zh, ja) if f.code == CODE]


@pytest.mark.parametrize(
    ("zh", "ja", "span"),
    [
        ("企业开办时间压缩至2个工作日。", "企業の設立手続き時間を2営業日短縮した。", "2営業日短縮"),
        ("全市失业率降至4.1%。", "全市の失業率は4.1%低下した。", "4.1%低下"),
        ("平均等待时间缩短到15分钟以内。", "平均待ち時間を15分短縮した。", "15分短縮"),
        ("上半年客流量同比增长18%。", "上半期の旅客数は前年同期比18%に増加した。", "18%に増加"),
    ],
)
def test_to_and_by_turned_around(zh: str, ja: str, span: str) -> None:
    found = flags(zh, ja)
    assert [(ja[f.start : f.end], f.category) for f in found] == [(span, "mistranslation")]


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        ("企业开办时间压缩至2个工作日。", "企業の設立手続き時間を2営業日に短縮した。"),
        ("平均等待时间缩短到15分钟以内。", "平均待ち時間を15分以内に短縮した。"),
        ("上半年客流量同比增长18%。", "上半期の旅客数は前年同期比18%増加した。"),
        ("上半年客流量同比增长18%。", "上半期の旅客数は前年同期比18%増となった。"),
        # A bound after the figure is no end point: by more than 20 points.
        ("支持率下降了20多个百分点。", "支持率は20ポイント以上下落した。"),
        # A multiple is the number checks' to judge.
        ("出口额增长1.5倍。", "輸出額は1.5倍に増加した。"),
    ],
)
def test_the_same_extent_is_left_alone(zh: str, ja: str) -> None:
    assert flags(zh, ja) == []


@pytest.mark.parametrize(
    ("zh", "ja", "flagged"),
    [
        # A bound between 至 and the figure, and a bound in kana after the Japanese unit.
        ("平均通关时间压缩至不足1小时。", "平均通関時間を1時間足らず短縮した。", True),
        ("平均通关时间压缩至不足1小时。", "平均通関時間を1時間足らずに短縮した。", False),
        # A fraction: 降低三分之一 "cut by a third", not "to a third".
        ("收获成本降低约三分之一。", "収穫コストを約3分の1に削減できる。", True),
        ("收获成本降低约三分之一。", "収穫コストを約3分の1削減できる。", False),
        ("成本降至原来的三分之一。", "コストは従来の3分の1に低下した。", False),
    ],
)
def test_bounds_and_fractions(zh: str, ja: str, flagged: bool) -> None:
    assert ("mistranslation-extent" in [f.code for f in run_checks(zh, ja)]) is flagged
