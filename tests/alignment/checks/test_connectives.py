"""mistranslation-connective: a concession told as a cause, or a cause as a concession."""

import pytest

from alignment.checks import run_checks

CODE = "mistranslation-connective"


def flags(zh: str, ja: str) -> list:
    return [f for f in run_checks(zh, ja) if f.code == CODE]


@pytest.mark.parametrize(
    ("zh", "ja", "span"),
    [
        ("虽然票价不低，但游客依然络绎不绝。", "入場料が安くないので、観光客は依然として絶えない。", "ので"),
        ("尽管天气寒冷，市民仍踊跃参加。", "寒いため、市民は積極的に参加した。", "ため"),
        ("虽然路途遥远，他们每年都来。", "道のりが遠いから、彼らは毎年訪れる。", "から"),
        ("由于暴雨，航班全部取消。", "大雨にもかかわらず、全便が欠航となった。", "にもかかわらず"),
        ("因为成本上涨，企业提高了售价。", "コストは上昇したものの、企業は販売価格を引き上げた。", "ものの"),
    ],
)
def test_the_relation_turned_around(zh: str, ja: str, span: str) -> None:
    found = flags(zh, ja)
    assert [(ja[f.start : f.end], f.category) for f in found] == [(span, "mistranslation")]


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        ("虽然票价不低，但游客依然络绎不绝。", "入場料は安くないものの、観光客は依然として絶えない。"),
        ("虽然票价不低，但游客依然络绎不绝。", "入場料は安くないが、観光客は依然として絶えない。"),
        ("尽管天气寒冷，市民仍踊跃参加。", "寒さにもかかわらず、市民は積極的に参加した。"),
        ("即使下雨，比赛也照常进行。", "雨が降っても、試合は予定通り行われる。"),
        # とても holds ても and is no concession; the sentence's cause stays one.
        ("由于天气很好，游客很多。", "天気がとてもよかったので、観光客が多かった。"),
        # A source that gives both relations is not judged.
        ("虽然价格上涨，但由于需求旺盛，销量仍增长。", "価格は上がったが、需要が旺盛なため販売は伸びた。"),
        # ため of a purpose, のに of "in order to": not a cause or a concession.
        ("尽管困难重重，双方为合作付出努力。", "困難は多いものの、双方は協力のために努力した。"),
    ],
)
def test_the_same_relation_is_left_alone(zh: str, ja: str) -> None:
    assert flags(zh, ja) == []


NOT_ONLY = "mistranslation-not-only"


@pytest.mark.parametrize(
    ("zh", "ja", "span"),
    [
        ("这不是简单的复制，而是创新。", "これは単なる複製だけでなく、革新である。", "だけでなく"),
        (
            "该项目不仅带动了就业，还促进了旅游。",
            "同プロジェクトは雇用ではなく、観光を促進した。",
            "ではなく、",
        ),
    ],
)
def test_not_but_and_not_only_turned_around(zh: str, ja: str, span: str) -> None:
    found = [f for f in run_checks(zh, ja) if f.code == NOT_ONLY]
    assert [(ja[f.start : f.end], f.category) for f in found] == [(span, "mistranslation")]


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        ("这不是简单的复制，而是创新。", "これは単なる複製ではなく、革新である。"),
        (
            "该项目不仅带动了就业，还促进了旅游。",
            "同プロジェクトは雇用を生み出しただけでなく、観光も促進した。",
        ),
        (
            "该项目不仅带动了就业，还促进了旅游。",
            "同プロジェクトは雇用創出のみならず、観光振興にもつながった。",
        ),
    ],
)
def test_not_but_and_not_only_left_alone(zh: str, ja: str) -> None:
    assert [f for f in run_checks(zh, ja) if f.code == NOT_ONLY] == []
