"""omission-title-qualifier: a deputy, former, honorary or acting holder rendered as the holder."""

import pytest

from alignment.checks import run_checks

CODE = "omission-title-qualifier"


def spans(zh: str, ja: str) -> list[str]:
    return [ja[f.start : f.end] for f in run_checks(zh, ja) if f.code == CODE]


@pytest.mark.parametrize(
    ("zh", "ja", "span"),
    [
        ("副市长刘建华出席开幕式。", "劉建華市長が開幕式に出席した。", "市長"),
        ("前总统卢拉曾两次访华。", "ルラ大統領はこれまで2度訪中している。", "大統領"),
        ("该协会名誉会长致辞。", "同協会の会長があいさつした。", "会長"),
        ("代理市长主持会议。", "市長が会議を主宰した。", "市長"),
        ("省委副书记、省长出席。", "省党委員会書記で省長の人物が出席した。", "書記"),
    ],
)
def test_a_qualifier_dropped(zh: str, ja: str, span: str) -> None:
    assert spans(zh, ja) == [span]


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        ("副市长刘建华出席开幕式。", "劉建華副市長が開幕式に出席した。"),
        ("前总统卢拉曾两次访华。", "ルラ元大統領はこれまで2度訪中している。"),
        ("外交部副部长会见代表团。", "外務次官が代表団と会見した。"),
        ("法国驻成都总领事馆副总领事出席。", "在成都フランス総領事館の副総領事が出席した。"),
        ("公司副总经理介绍情况。", "同社の副専務理事が状況を説明した。"),
        # 前 ending another word: 会前 "before the meeting", then 总统.
        ("会前总统发表讲话。", "会議の前に大統領が演説した。"),
    ],
)
def test_the_qualifier_kept(zh: str, ja: str) -> None:
    assert spans(zh, ja) == []
