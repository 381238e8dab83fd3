"""The alignment editor in a real browser: split a row where the caret is, undo the split, drag to
link, merge; each swaps the page's rows in without reloading it."""

from __future__ import annotations

import itertools

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import Page, expect

from tests.browser.test_review_page import content_rows_two_apart, login, seeded  # noqa: F401 (a fixture)
from workbench.models import Revision, Segment
from workbench.services import alignment_edits, segments

pytestmark = pytest.mark.browser


def put_caret(page: Page, selector: str, offset: int) -> None:
    """Place the caret ``offset`` characters into the element's text, as a click there would."""
    page.evaluate(
        """([selector, offset]) => {
          const box = document.querySelector(selector);
          const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
          let node = walker.nextNode();
          while (offset > node.length) { offset -= node.length; node = walker.nextNode(); }
          window.getSelection().collapse(node, offset);
        }""",
        [selector, offset],
    )


def test_split_at_the_caret_then_undo_it_from_the_history(page: Page, live_server, seeded):  # noqa: F811
    rows = list(Segment.objects.filter(document=seeded).order_by("index"))
    first, second = next(
        (a, b)
        for a, b in itertools.pairwise(rows)
        if all(r.kind == "content" and r.source_sentences and r.target_sentences for r in (a, b))
    )
    translator = get_user_model().objects.get(username="translator")
    merged = alignment_edits.merge_with_next(segment=first, user=translator, version=first.version)
    login(page, live_server, "translator")
    page.goto(f"{live_server.url}/documents/{seeded.pk}/")
    row = page.locator(f"#seg-{merged.pk}")
    # Two characters into the second sentence's Japanese: the nearest boundary is before it.
    put_caret(page, f"#seg-{merged.pk} .tgt .text", len(first.target_text) + 2)
    row.get_by_text("More").click()
    row.get_by_role("button", name="Split…").click()
    row.get_by_role("button", name="Split at the caret").click()
    expect(page.locator(f"#seg-{merged.pk}")).to_have_attribute("data-tgt", str(first.target_sentences))
    split = Segment.objects.get(pk=merged.pk)
    assert (split.source_sentences, split.target_sentences) == (
        first.source_sentences,
        first.target_sentences,
    )
    made = Segment.objects.get(document=seeded, index=split.index + 1)
    assert made.target_sentences == second.target_sentences
    entry = Revision.objects.get(segment=split, action="split")
    assert entry.after["caret"] == {"side": "target", "offset": len(first.target_text) + 2}

    row = page.locator(f"#seg-{merged.pk}")
    row.get_by_text("More").click()
    row.get_by_role("button", name="History").click()
    row.locator("[data-undo=split]").click()
    expect(page.locator(f"#seg-{merged.pk}")).to_have_attribute(
        "data-tgt", str(first.target_sentences + second.target_sentences)
    )
    assert not Segment.objects.filter(pk=made.pk).exists()
    # Undone on the server, as a change of its own; then the merge before it, from the same history.
    assert Revision.objects.filter(segment_id=merged.pk, action="undo-split").exists()
    row = page.locator(f"#seg-{merged.pk}")
    row.get_by_text("More").click()
    row.get_by_role("button", name="History").click()
    expect(row.locator(".history-item").first).to_contain_text("undid a split")
    row.locator("[data-undo=merge]").click()
    expect(page.locator(f"#seg-{merged.pk}")).to_have_attribute("data-tgt", str(first.target_sentences))
    restored = Segment.objects.get(document=seeded, index=split.index + 1)
    assert (restored.source_sentences, restored.target_sentences) == (
        second.source_sentences,
        second.target_sentences,
    )


def test_drag_a_chinese_sentence_onto_a_japanese_sentence_two_rows_away(page: Page, live_server, seeded):  # noqa: F811
    rows, start = content_rows_two_apart(seeded)
    chinese, japanese = rows[start].source_sentences[0], rows[start + 2].target_sentences[0]
    login(page, live_server, "translator")
    page.goto(f"{live_server.url}/documents/{seeded.pk}/")
    row = page.locator(f"#seg-{rows[start].pk}")
    row.get_by_text("More").click()
    row.get_by_role("button", name="Link with a Japanese sentence…").click()
    sentence = row.locator(f".link-form label:has(input[value='{chinese}'])")
    target = row.locator(f".link-target[data-sentence='{japanese}']")
    page.set_viewport_size({"width": 1280, "height": 2400})  # the panel's Chinese and Japanese both in view
    sentence.drag_to(target)
    expect(page.locator(f".row[data-src='[{chinese}]'][data-tgt='[{japanese}]']")).to_have_count(1)
    linked = Segment.objects.get(document=seeded, source_sentences=[chinese], target_sentences=[japanese])
    assert linked.link_type == "1-1" and Revision.objects.filter(segment=linked, action="link").exists()


def test_the_history_in_japanese_compares_and_undoes(page: Page, live_server, seeded):  # noqa: F811
    """The Japanese UI of the history dialog: compare with the current text, undo a split, and the
    undo's own entry, all in Japanese."""
    translator = get_user_model().objects.get(username="translator")
    rows = list(Segment.objects.filter(document=seeded).order_by("index"))
    first, second = next(
        (a, b)
        for a, b in itertools.pairwise(rows)
        if all(r.kind == "content" and r.source_sentences and r.target_sentences for r in (a, b))
    )
    edited = segments.update_target_text(
        segment=first, user=translator, target_text=first.target_text + "追記", version=first.version
    )
    edited = segments.update_target_text(
        segment=edited, user=translator, target_text=first.target_text, version=edited.version
    )
    merged = alignment_edits.merge_with_next(segment=edited, user=translator, version=edited.version)
    alignment_edits.split(
        segment=merged,
        user=translator,
        version=merged.version,
        source_at=len(first.source_sentences),
        target_at=len(first.target_sentences),
    )
    login(page, live_server, "translator")
    page.goto(f"{live_server.url}/documents/{seeded.pk}/")
    page.select_option("select[name=language]", "ja")
    row = page.locator(f"#seg-{first.pk}")
    row.get_by_text("その他").click()
    row.get_by_role("button", name="履歴").click()
    entries = row.locator(".wide-panel .history-item:not(.imported)")
    expect(entries).to_have_count(4)  # split, merge, and the two edits
    expect(row.locator(".wide-panel .history-item.imported")).to_have_count(1)
    entries.nth(3).get_by_role("button", name="現在の訳文と比較").click()
    expect(entries.nth(3).locator(".compare")).to_contain_text("この版 → 現在：")
    expect(entries.nth(3).locator(".compare del")).to_have_text("追記")
    entries.first.get_by_role("button", name="取り消す").click()
    expect(page.locator(f"#seg-{first.pk}")).to_have_attribute(
        "data-tgt", str(first.target_sentences + second.target_sentences)
    )
    row = page.locator(f"#seg-{first.pk}")
    row.get_by_text("その他").click()
    row.get_by_role("button", name="履歴").click()
    expect(row.locator(".wide-panel .history-item").first).to_contain_text("分割を取り消し")


ROW_FACTS = """() => ({
  rows: Array.from(document.querySelectorAll("#rows .row[data-id]"), (r) =>
    [r.id, r.dataset.version, r.dataset.src, r.dataset.tgt, r.querySelector(".seg-link").textContent,
     r.querySelector(".tgt").innerHTML, r.querySelector(".actions").innerHTML]),
  count: document.querySelector(".filters .count").textContent,
  pager: (document.querySelector("nav.pager") || {}).textContent || null,
})"""


def test_a_merge_swaps_the_rows_in_without_reloading(page: Page, live_server, seeded):  # noqa: F811
    """After a merge the page is not reloaded: its rows, renumbered, are those a fresh load shows,
    and the merged row is the current one, focused where the reviewer was working."""
    rows = list(Segment.objects.filter(document=seeded).order_by("index"))
    first = next(
        a
        for a, b in itertools.pairwise(rows)
        if all(r.kind == "content" and r.source_sentences and r.target_sentences for r in (a, b))
    )
    login(page, live_server, "translator")
    page.goto(f"{live_server.url}/documents/{seeded.pk}/")
    navigations: list[str] = []
    page.on(
        "framenavigated", lambda frame: navigations.append(frame.url) if frame == page.main_frame else None
    )
    row = page.locator(f"#seg-{first.pk}")
    row.get_by_text("More").click()
    row.get_by_role("button", name="Merge with next row").click()
    expect(page.locator(f"#seg-{first.pk}")).to_have_attribute(
        "data-tgt", str(first.target_sentences + rows[first.index + 1].target_sentences)
    )
    expect(page.locator(f"#seg-{rows[first.index + 1].pk}")).to_have_count(0)
    expect(page.locator(f"#seg-{first.pk}")).to_be_focused()
    expect(page.locator(f"#seg-{first.pk}")).to_be_in_viewport()
    assert navigations == []
    swapped = page.evaluate(ROW_FACTS)
    fresh = page.context.new_page()
    fresh.goto(f"{live_server.url}/documents/{seeded.pk}/")
    assert fresh.evaluate(ROW_FACTS) == swapped
    assert len(swapped["rows"]) == len(rows) - 1
