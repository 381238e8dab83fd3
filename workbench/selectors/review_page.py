"""What the review page shows: filters parsed from the query string, one page of rows, and the
neighbours each row needs for relinking — in a constant number of queries whatever the page size."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlencode

from django.core.paginator import Page, Paginator
from django.http import QueryDict

from workbench.models import Document, Segment
from workbench.selectors.projects import LINK_FILTERS, document_segments

ROWS_PER_PAGE = 100
#: Rows whose link confidence (the calibrated probability that the alignment is exactly right) is
#: below this are marked "low confidence" and offered as a filter. Out of fold on the dev set and
#: the seeds it marks 39 of 67 wrong links and 100 of 774 right ones (0.8: 33 and 55; 0.9: 46 and
#: 142; benchmarks/README.md): most of what is wrong, at one row in six.
LOW_CONFIDENCE = 0.85
FILTER_KEYS = ("state", "category", "severity", "max_confidence", "q", "link", "low_flags")


@dataclass(frozen=True)
class ReviewFilters:
    state: str = ""
    category: str = ""
    severity: str = ""
    max_confidence: str = ""
    q: str = ""
    link: str = ""
    #: "1": show the automatic flags below the project's threshold too (hidden by default).
    low_flags: str = ""

    @classmethod
    def from_query(cls, query: QueryDict) -> ReviewFilters:
        values = {k: query.get(k, "").strip() for k in FILTER_KEYS}
        try:
            if values["max_confidence"]:
                float(values["max_confidence"])
        except ValueError:  # a hand-edited URL should not crash the page; the filter is just dropped
            values["max_confidence"] = ""
        if values["link"] not in LINK_FILTERS:
            values["link"] = ""
        values["low_flags"] = "1" if values["low_flags"] else ""
        return cls(**values)

    @property
    def active(self) -> bool:
        return any(getattr(self, k) for k in FILTER_KEYS)

    def selection(self) -> dict:
        """The filters as ``selectors.projects.document_segments`` takes them (the set ones only;
        which flags show is :meth:`min_flag_confidence`'s)."""
        values: dict = {k: getattr(self, k) for k in FILTER_KEYS if getattr(self, k) and k != "low_flags"}
        if "max_confidence" in values:
            values["max_confidence"] = float(values["max_confidence"])
        return values

    def min_flag_confidence(self, document: Document) -> float | None:
        """The confidence below which the page hides automatic flags: the project's threshold,
        unless the reviewer asked to see the low-confidence flags too."""
        return None if self.low_flags else document.project.flag_threshold

    def querystring(self) -> str:
        """Filters to carry over to pager links."""
        return urlencode({k: getattr(self, k) for k in FILTER_KEYS if getattr(self, k)})


def review_rows(document: Document, filters: ReviewFilters, page_number: str | None) -> Page:
    """One page of the document's rows in order, flags prefetched; out-of-range pages clamp."""
    rows = document_segments(
        document, **filters.selection(), min_flag_confidence=filters.min_flag_confidence(document)
    )
    page = Paginator(rows.defer("mt_text"), ROWS_PER_PAGE).get_page(page_number)  # MT text: API only
    segments = list(page.object_list)
    # Relinking is "merge with the next row": a gap row can be linked with its neighbour only when
    # the neighbour is the complementary gap (source-only next to target-only).
    for i, seg in enumerate(segments):
        prev = segments[i - 1] if i > 0 else None
        nxt = segments[i + 1] if i + 1 < len(segments) else None
        seg.relink_prev = prev if _complementary(prev, seg) else None
        seg.relink_next = nxt if _complementary(seg, nxt) else None
    page.object_list = segments
    return page


#: The most rows one request for redrawn rows may name.
MAX_ROWS_BY_ID = 100


def rows_by_id(
    document: Document, ids: Iterable[int], min_flag_confidence: float | None = None
) -> list[Segment]:
    """The document's rows with these ids (others ignored: a row merged away is just not there), in
    order, flags prefetched (those at or above ``min_flag_confidence``), each with the neighbours
    relinking needs: the rows the script redraws after an action, in three queries whatever their
    number."""
    rows = list(
        document_segments(document, min_flag_confidence=min_flag_confidence)
        .filter(pk__in=list(ids)[:MAX_ROWS_BY_ID])
        .defer("mt_text")
    )
    near = {i for seg in rows for i in (seg.index - 1, seg.index + 1)}
    neighbours = {
        seg.index: seg
        for seg in Segment.objects.filter(document=document, index__in=near).only(
            "id", "index", "source_sentences", "target_sentences"
        )
    }
    for seg in rows:
        prev, nxt = neighbours.get(seg.index - 1), neighbours.get(seg.index + 1)
        seg.relink_prev = prev if _complementary(prev, seg) else None
        seg.relink_next = nxt if _complementary(seg, nxt) else None
    return rows


def _complementary(first, second) -> bool:
    if first is None or second is None or second.index != first.index + 1:
        return False
    kinds = {
        (bool(first.source_sentences), bool(first.target_sentences)),
        (bool(second.source_sentences), bool(second.target_sentences)),
    }
    return kinds == {(True, False), (False, True)}
