"""Flags below a project's confidence threshold: one condition, the same in Python and in SQL, and
the readers that apply it (the review page's rows, the QA report)."""

from __future__ import annotations

import pytest

from alignment.checks.confidence import confidence, default_threshold
from workbench.models import Flag, Project, Segment
from workbench.selectors.confidence import confident, flag_confidence, shown
from workbench.selectors.projects import document_segments
from workbench.selectors.qa import qa_report

# What the shipped table says of these (the tests read it rather than copy it).
HIGH = ("typography", "typography")  # a check that is nearly always right
LOW = ("entity-unrelated", "named_entity")  # one that is mostly wrong
UNKNOWN_CODE = ("typography-brand-new", "typography")  # never measured: its category's figure
UNKNOWN_BOTH = ("brand-new", "brand-new-category")  # nothing measured: an even chance


def make_flag(segment: Segment, code_category: tuple[str, str], **extra) -> Flag:
    code, category = code_category
    return Flag.objects.create(
        segment=segment, code=code, category=category, severity="minor", message=code, **extra
    )


@pytest.fixture
def flags(doc) -> dict[str, Flag]:
    first, _, _, last = doc.segments.order_by("index")
    return {
        "high": make_flag(first, HIGH),
        "low": make_flag(first, LOW),
        "unknown_code": make_flag(first, UNKNOWN_CODE),
        "unknown_both": make_flag(first, UNKNOWN_BOTH),
        "low_confirmed": make_flag(last, LOW, status=Flag.Status.CONFIRMED),
        "low_dismissed": make_flag(last, LOW, status=Flag.Status.DISMISSED),
        "reviewer": make_flag(
            last, ("reviewer-terminology", "terminology"), origin=Flag.Origin.REVIEWER, status="confirmed"
        ),
        "low_last": make_flag(last, LOW),
    }


def test_the_table_orders_the_fixtures_as_the_tests_assume():
    threshold = default_threshold()
    assert 0.0 < threshold < 1.0
    assert confidence(*HIGH) >= threshold > confidence(*LOW)


@pytest.mark.parametrize("threshold", [None, 0.0, 0.3, 0.45, 0.5, 0.6, 0.95, 1.0])
def test_the_query_keeps_exactly_the_flags_shown_keeps(flags, threshold):
    expected = {f.pk for f in flags.values() if shown(f, threshold)}
    assert set(Flag.objects.filter(confident(threshold)).values_list("pk", flat=True)) == expected


def test_flags_a_reviewer_acted_on_are_never_hidden(flags):
    assert flag_confidence(flags["reviewer"]) is None
    assert shown(flags["reviewer"], 1.0) and shown(flags["low_confirmed"], 1.0)
    assert shown(flags["low_dismissed"], 1.0)
    assert not shown(flags["low"], default_threshold())
    assert shown(flags["unknown_both"], 0.5) and not shown(flags["unknown_both"], 0.51)


def test_review_rows_hide_low_flags_and_the_category_filter_ignores_them(doc, flags):
    threshold = Project.objects.get(pk=doc.project_id).flag_threshold
    rows = list(document_segments(doc, min_flag_confidence=threshold))
    first, last = rows[0], rows[-1]
    assert flags["low"].pk not in {f.pk for f in first.flags.all()}
    assert flags["high"].pk in {f.pk for f in first.flags.all()}
    assert {f.pk for f in last.flags.all()} == {
        flags["low_confirmed"].pk,
        flags["low_dismissed"].pk,
        flags["reviewer"].pk,
    }
    # The category filter looks at the open flags shown: every open flag of LOW's category is a low one.
    assert list(document_segments(doc, category=LOW[1], min_flag_confidence=threshold)) == []
    assert len(list(document_segments(doc, category=LOW[1]))) == 2
    # Every flag without the threshold: what the API gives unless asked otherwise.
    assert flags["low"].pk in {f.pk for f in document_segments(doc).first().flags.all()}


def test_the_qa_report_leaves_low_flags_out_unless_asked(doc, flags):
    codes = {g.code for g in qa_report(doc.project)}
    assert HIGH[0] in codes and LOW[0] not in codes
    assert LOW[0] in {g.code for g in qa_report(doc.project, low_flags=True)}
