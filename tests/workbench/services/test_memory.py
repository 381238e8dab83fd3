"""Translation-memory suggestions: which units are offered, and in which order."""

from __future__ import annotations

from difflib import SequenceMatcher

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rapidfuzz import fuzz

from workbench.models import Document, Project, Segment, TranslationUnit
from workbench.services.memory import MIN_MATCH, suggestions

SOURCE = "我们明天上午九点在会议室讨论新的预算方案。"


@pytest.fixture
def project(db) -> Project:
    return Project.objects.create(name="Memory", slug="memory")


def _segment(project: Project, source: str) -> Segment:
    document = Document.objects.create(project=project, name="new.txt", lang="ja")
    return Segment.objects.create(document=document, index=0, source_text=source, target_text="")


def _unit(project: Project, source: str, target: str) -> TranslationUnit:
    return TranslationUnit.objects.create(
        project=project,
        source_text=source,
        target_text=target,
        digest=f"{source}|{target}",
        source_length=len(source),
        origin=TranslationUnit.Origin.IMPORTED,
    )


def test_the_closest_sources_come_first_and_distant_ones_not_at_all(project):
    _unit(project, "我们明天下午三点在会议室讨论旧的预算方案。", "three apart")
    _unit(project, SOURCE, "identical")
    _unit(project, "我们明天上午十点在会议室讨论新的预算方案。", "one apart")
    _unit(project, "今天天气很好，我们去公园散步吧。", "unrelated")
    found = suggestions(_segment(project, SOURCE))
    assert [s["target_text"] for s in found] == ["identical", "one apart", "three apart"]
    assert found[0]["match"] == 100 and 100 > found[1]["match"] > found[2]["match"] >= MIN_MATCH


def test_equal_matches_keep_the_most_recently_changed_unit_first(project):
    older = _unit(project, "我们明天上午十点在会议室讨论新的预算方案。", "older")
    _unit(project, "我们明天上午八点在会议室讨论新的预算方案。", "newer")
    TranslationUnit.objects.filter(pk=older.pk).update(changed_at="2020-01-01T00:00:00Z")
    found = suggestions(_segment(project, SOURCE), limit=1)
    assert [s["target_text"] for s in found] == ["newer"]


def test_width_and_surrounding_space_do_not_lower_a_match(project):
    _unit(project, "  预算为１２００元。 ", "full-width digits")
    assert suggestions(_segment(project, "预算为1200元。"))[0]["match"] == 100


@given(
    st.text(alphabet="我们明天会议预算方案讨论新旧的。", min_size=6, max_size=30),
    st.text(alphabet="我们明天会议预算方案讨论新旧的。", min_size=6, max_size=30),
)
def test_the_match_is_never_below_difflibs_ratio(a, b):
    """RapidFuzz's Indel ratio counts the longest common subsequence, which difflib's greedy blocks
    can only undercount: nothing difflib offered is lost."""
    assert fuzz.ratio(a, b) >= SequenceMatcher(None, a, b, autojunk=False).ratio() * 100 - 1e-9
