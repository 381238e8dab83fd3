"""End to end in a real browser: log in, open a seed document, edit a flagged segment, approve it."""

from __future__ import annotations

import itertools
import os
import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import Page, expect

from tests.workbench.conftest import seed_files
from tests.workbench.i18n import description_ja
from workbench.models import Document, Flag, Membership, Project, Revision, Segment, Term
from workbench.selectors.flags import alike_open_flags, fix_counts, unflagged_rows
from workbench.services import alignment_edits
from workbench.services.imports import create_import_job
from workbench.services.segments import approve, update_target_text

pytestmark = pytest.mark.browser
# The README picture is rewritten only when asked (WORKBENCH_SCREENSHOTS=docs, the one switch every
# README picture answers to): a test run leaves tracked files as they were.
SCREENSHOTS = os.environ.get("WORKBENCH_SCREENSHOTS")


@pytest.fixture
def seeded(transactional_db):
    User = get_user_model()
    # Every flag shown: these tests pick flags from the database (tests/browser/
    # test_low_confidence_flags.py sets a threshold of its own).
    project = Project.objects.create(name="Seeds", slug="seeds", flag_threshold=0.0)
    for name in ("manager", "reviewer", "translator"):
        user = User.objects.create_user(name, password="workbench-demo")
        Membership.objects.create(user=user, project=project, role=name)
    create_import_job(
        project=project, user=User.objects.get(username="manager"), files=seed_files("000", "002")
    )
    return Document.objects.get(project=project, name__startswith="000")


def content_rows_two_apart(document) -> tuple[list, int]:
    """The document's rows and the first index k where rows k..k+2 are article text, row k has a
    Chinese sentence and row k+2 a Japanese one: a link across a row that is not a neighbour."""
    rows = list(Segment.objects.filter(document=document).order_by("index"))
    start = next(
        k
        for k in range(len(rows) - 2)
        if all(r.kind == "content" for r in rows[k : k + 3])
        and rows[k].source_sentences
        and rows[k + 2].target_sentences
    )
    return rows, start


def login(page: Page, live_server, name: str) -> None:
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("input[name=username]", name)
    page.fill("input[name=password]", "workbench-demo")
    page.click("button[type=submit]")
    expect(page).to_have_url(re.compile(r"/$"))


def test_reviewer_edits_and_approves_a_flagged_segment(page: Page, live_server, seeded, tmp_path):
    login(page, live_server, "reviewer")
    page.goto(f"{live_server.url}/documents/{seeded.pk}/")
    seg = Segment.objects.filter(document=seeded, kind="content", flags__start__isnull=False).first()
    row = page.locator(f"#seg-{seg.pk}")
    expect(row.locator("mark").first).to_be_visible()
    row.get_by_role("button", name="Edit").click()
    row.locator("textarea").fill(seg.target_text + "（確認済み）")
    row.locator("textarea").press("Control+Enter")
    expect(row.locator(".tgt .text")).to_contain_text("（確認済み）")
    row.get_by_role("button", name="Approve", exact=True).click()
    approve_anyway_if_asked(row, seg)
    expect(row).to_have_class(re.compile("state-approved"))
    seg.refresh_from_db()
    assert seg.state == "approved" and seg.target_text.endswith("（確認済み）")
    # The article as it now reads, edit included, is one click away.
    with page.expect_download() as download:
        page.get_by_role("link", name="Download the corrected Japanese (.txt)").click()
    assert download.value.suggested_filename == seeded.name.replace(".txt", ".corrected.txt")
    assert seg.target_text in Path(download.value.path()).read_text(encoding="utf-8")
    take_screenshot(
        page, live_server, seeded, (Path(SCREENSHOTS) if SCREENSHOTS else tmp_path) / "screenshot.png"
    )


def approve_anyway_if_asked(row, seg: Segment) -> None:
    """Approving a row the checks still find a major or critical defect in asks first."""
    if seg.flags.filter(status="open", severity__in=("major", "critical")).exists():
        row.get_by_role("button", name="Approve anyway").click()


def take_screenshot(page: Page, live_server, document, path: Path) -> None:
    """The README picture: the page scrolled so that a row with a highlighted flag is in view."""
    flagged = Segment.objects.filter(document=document, kind="content", flags__start__isnull=False)
    page.goto(f"{live_server.url}/documents/{document.pk}/")
    row = page.locator(f"#seg-{flagged.order_by('index').first().pk}")
    page.evaluate("(y) => window.scrollTo(0, y)", row.bounding_box()["y"] - 260)
    page.mouse.move(0, 0)
    page.screenshot(path=str(path))
    assert path.stat().st_size > 0


def test_keyboard_next_edit_save_approve(page: Page, live_server, seeded):
    login(page, live_server, "reviewer")
    page.goto(f"{live_server.url}/documents/{seeded.pk}/")
    first, second = Segment.objects.filter(document=seeded).order_by("index")[:2]
    page.keyboard.press("?")
    expect(page.locator("#shortcuts")).to_be_visible()
    expect(page.locator("#shortcuts")).to_contain_text("Ctrl")
    page.keyboard.press("Escape")
    page.keyboard.press("j")
    expect(page.locator(f"#seg-{second.pk}")).to_have_class(re.compile(r"\bactive\b"))
    page.keyboard.press("k")
    expect(page.locator(f"#seg-{first.pk}")).to_have_class(re.compile(r"\bactive\b"))
    content = Segment.objects.filter(document=seeded, kind="content").exclude(target_text="").first()
    page.goto(f"{live_server.url}/documents/{seeded.pk}/#seg-{content.pk}")
    # Same page, new hash: the row becomes current on the hashchange event, which fires after goto.
    expect(page.locator(f"#seg-{content.pk}")).to_have_class(re.compile(r"\bactive\b"))
    page.keyboard.press("e")
    area = page.locator(f"#seg-{content.pk} textarea.editor")
    expect(area).to_be_focused()
    area.fill("キーボードで直した訳文。")
    area.press("Control+Enter")
    expect(page.locator(f"#seg-{content.pk} .tgt .text")).to_have_text("キーボードで直した訳文。")
    page.keyboard.press("Control+Shift+A")
    approve_anyway_if_asked(page.locator(f"#seg-{content.pk}"), content)
    expect(page.locator(f"#seg-{content.pk}")).to_have_class(re.compile("state-approved"))
    content.refresh_from_db()
    assert content.state == "approved" and content.target_text == "キーボードで直した訳文。"


def test_japanese_interface_and_translated_messages(page: Page, live_server, seeded):
    login(page, live_server, "translator")
    page.goto(f"{live_server.url}/documents/{seeded.pk}/")
    page.select_option("select[name=language]", "ja")
    expect(page.locator("body")).to_contain_text("キーボード")
    content = Segment.objects.filter(document=seeded, kind="content").exclude(target_text="").first()
    row = page.locator(f"#seg-{content.pk}")
    expect(row.get_by_role("button", name="承認")).to_have_count(0)  # translators do not approve
    row.get_by_role("button", name="編集").click()
    row.locator("textarea.editor").press("Control+Enter")
    expect(page.locator("#notice")).to_have_text("保存しました。")
    # A flag says in Japanese what its check looks for, before and after the script redraws it.
    flagged = Segment.objects.filter(document=seeded, kind="content", flags__origin="auto").first()
    flag = flagged.flags.filter(origin="auto").first()
    row = page.locator(f"#seg-{flagged.pk}")
    why = row.locator(f'[data-flag="{flag.pk}"] .why')
    expect(why).to_have_text(description_ja(flag.code))
    row.get_by_role("button", name="編集").click()
    row.locator("textarea.editor").press("Control+Enter")
    expect(page.locator("#notice")).to_have_text("保存しました。")
    page.wait_for_load_state("networkidle")  # SQLite: the page's requests after the save are done
    flag_id = Segment.objects.get(pk=flagged.pk).flags.filter(code=flag.code).first().pk
    expect(row.locator(f'[data-flag="{flag_id}"] .why')).to_have_text(description_ja(flag.code))
    expect(row.locator(f'[data-flag="{flag_id}"] .cat')).not_to_have_text(flag.category)


def test_saving_a_row_someone_merged_away_keeps_the_text_in_the_editor(page: Page, live_server, seeded):
    login(page, live_server, "translator")
    page.goto(f"{live_server.url}/documents/{seeded.pk}/")
    rows = list(Segment.objects.filter(document=seeded).order_by("index"))
    first, second = next(
        (a, b) for a, b in itertools.pairwise(rows) if a.kind == b.kind == "content" and b.target_text
    )
    row = page.locator(f"#seg-{second.pk}")
    row.get_by_role("button", name="Edit").click()
    row.locator("textarea").fill("私の訳文。")
    manager = get_user_model().objects.get(username="manager")
    alignment_edits.merge_with_next(segment=first, user=manager, version=first.version)
    row.get_by_role("button", name=re.compile("Save")).click()
    expect(page.locator("#notice")).to_contain_text("This row no longer exists")
    expect(row.locator("textarea")).to_have_value("私の訳文。")


def test_conflict_shows_both_texts(page: Page, live_server, seeded):
    login(page, live_server, "translator")
    page.goto(f"{live_server.url}/documents/{seeded.pk}/")
    seg = Segment.objects.filter(document=seeded, kind="content").exclude(target_text="").first()
    row = page.locator(f"#seg-{seg.pk}")
    row.get_by_role("button", name="Edit").click()
    Segment.objects.filter(pk=seg.pk).update(target_text="他の人の訳文。", version=seg.version + 1)
    row.locator("textarea").fill("私の訳文。")
    row.get_by_role("button", name=re.compile("Save")).click()
    expect(row.locator(".conflict .theirs")).to_have_text("他の人の訳文。")
    expect(row.locator(".conflict .mine")).to_have_text("私の訳文。")
    assert Segment.objects.get(pk=seg.pk).target_text == "他の人の訳文。"
    row.get_by_role("button", name="Save mine over theirs").click()
    expect(row.locator(".tgt .text")).to_contain_text("私の訳文。")


def test_cjk_renders_with_a_real_font_and_script_is_text(page: Page, live_server, seeded):
    seg = Segment.objects.filter(document=seeded, kind="content").exclude(target_text="").first()
    Segment.objects.filter(pk=seg.pk).update(target_text="<script>window.pwned=1</script>日本語の訳文")
    login(page, live_server, "reviewer")
    page.goto(f"{live_server.url}/documents/{seeded.pk}/")
    expect(page.locator(f"#seg-{seg.pk} .tgt .text")).to_contain_text("<script>window.pwned=1</script>")
    assert page.evaluate("window.pwned") is None
    # A CJK font is installed and used: the glyph is as wide as it is tall, unlike a tofu box fallback.
    assert page.evaluate("document.fonts.check('16px \"Noto Sans CJK JP\"', '日本語')")
    width = page.evaluate("""() => { const c = document.createElement('canvas').getContext('2d');
        c.font = '40px "Noto Sans CJK JP"'; return c.measureText('語').width; }""")
    assert 36 <= width <= 44


def test_upload_shows_progress_and_lists_the_new_documents(page: Page, live_server, seeded, tmp_path):
    (name, data), *_ = seed_files("004")
    path = tmp_path / name
    path.write_bytes(data)
    login(page, live_server, "manager")
    page.goto(f"{live_server.url}/projects/{seeded.project.slug}/")
    page.set_input_files("#import-form input[type=file]", str(path))
    page.click("#import-form button[type=submit]")
    expect(page.locator("table.grid")).to_contain_text(name, timeout=30_000)
    assert Document.objects.filter(project=seeded.project, name=name).exists()


def test_a_translator_applies_a_one_click_fix(page: Page, live_server, seeded):
    flag = (
        Flag.objects.filter(segment__document=seeded, segment__kind="content", has_fix=True, status="open")
        .order_by("segment__index", "start", "id")
        .first()
    )
    seg = flag.segment
    expected = seg.target_text[: flag.start] + flag.fix + seg.target_text[flag.end :]
    login(page, live_server, "translator")
    page.goto(f"{live_server.url}/documents/{seeded.pk}/")
    button = page.locator(f"#seg-{seg.pk} [data-flag='{flag.pk}'] button[data-action=fix]")
    expect(button).to_contain_text(flag.fix)
    page.locator(f"#seg-{seg.pk} .idx").click()  # the row becomes current; `f` applies its first fix
    page.keyboard.press("f")
    expect(page.locator("#notice")).to_contain_text("Fixed and saved.")
    expect(page.locator(f"#seg-{seg.pk} .tgt .text")).to_have_text(expected)
    expect(page.locator(f"[data-flag='{flag.pk}']")).to_have_count(0)
    seg.refresh_from_db()
    assert seg.target_text == expected and seg.revisions.filter(action="fix").exists()


def test_a_reviewer_applies_the_form_fixes_of_a_document(page: Page, live_server, seeded):
    """A translator left Chinese commas in two rows; the reviewer's batch puts 、 back in both,
    and the button goes once nothing of its kind is left."""
    translator = get_user_model().objects.get(username="translator")
    rows = (
        Segment.objects.filter(document=seeded, kind="content")
        .exclude(source_text="")
        .exclude(target_text="")
    )
    for seg in list(rows.filter(target_text__contains="、")[:2]):
        update_target_text(
            segment=seg, user=translator, target_text=seg.target_text.replace("、", "，"), version=seg.version
        )
    before = sum(fix_counts(seeded).values())
    assert before >= 2
    login(page, live_server, "reviewer")
    page.goto(f"{live_server.url}/documents/{seeded.pk}/")
    button = page.locator("#fix-all")
    expect(button).to_contain_text(f"Apply {before} punctuation and typography fix")
    page.once("dialog", lambda dialog: dialog.accept())
    with page.expect_navigation():
        button.click()
    assert Revision.objects.filter(document=seeded, action="fix").count() >= 2
    assert not Segment.objects.filter(document=seeded, target_text__contains="，").exists()
    after = sum(fix_counts(seeded).values())
    if after:
        expect(page.locator("#fix-all")).to_contain_text(f"Apply {after} punctuation and typography fix")
    else:
        expect(page.locator("#fix-all")).to_have_count(0)


def test_a_reviewer_approves_the_unflagged_rows_of_a_search(page: Page, live_server, seeded):
    """The reviewer narrows the page by a search, approves what the checks found nothing in at
    once, and the flagged rows of the search are still waiting."""
    word = "長寧"
    n = unflagged_rows(seeded, q=word).count()
    assert 1 <= n < unflagged_rows(seeded).count()
    login(page, live_server, "reviewer")
    page.goto(f"{live_server.url}/documents/{seeded.pk}/")
    page.fill("form.filters input[name=q]", word)
    with page.expect_navigation():
        page.get_by_role("button", name="Filter").click()
    button = page.locator("#approve-all")
    expect(button).to_contain_text(f"Approve {n} row")
    page.once("dialog", lambda dialog: dialog.accept())
    with page.expect_navigation():
        button.click()
    approved = Segment.objects.filter(document=seeded, state="approved")
    assert approved.count() == n and all(word in s.target_text or word in s.source_text for s in approved)
    expect(page.locator("#approve-all")).to_have_count(0)
    expect(page.locator(".row.state-approved")).to_have_count(n)


def test_a_reviewer_dismisses_a_flag_and_its_twins_in_one_decision(page: Page, live_server, seeded):
    """Dismissing a flag (`d` dismisses the current row's first) whose check marks the same text
    elsewhere in the document offers to dismiss those too; accepting dismisses all of them with the
    reason given once."""
    firsts = (
        Flag.objects.filter(segment=seg, status="open")
        .select_related("segment")
        .order_by("start", "id")
        .first()
        for seg in Segment.objects.filter(document=seeded).order_by("index")
    )
    first = next(f for f in firsts if f and alike_open_flags(f))
    twins = [f.pk for f in alike_open_flags(first)]
    login(page, live_server, "reviewer")
    page.goto(f"{live_server.url}/documents/{seeded.pk}/")

    def answer(dialog):
        assert f"{len(twins)} more place" in dialog.message
        dialog.accept()

    page.on("dialog", answer)
    page.locator(f"#seg-{first.segment_id} .idx").click()  # the row becomes current
    page.keyboard.press("d")
    form = page.locator(f"#seg-{first.segment_id} form.dismiss-form")
    expect(form.locator("select[name=preset]")).to_be_focused()
    form.locator("input[name=reason]").fill("same style throughout")
    with page.expect_navigation():
        form.locator("input[name=reason]").press("Enter")
    assert Flag.objects.filter(pk__in=[first.pk, *twins], status="dismissed").count() == len(twins) + 1
    assert set(Flag.objects.filter(pk__in=[first.pk, *twins]).values_list("dismiss_reason", flat=True)) == {
        "same style throughout"
    }
    expect(page.locator(f"[data-flag='{twins[0]}'] [data-action=reopen]")).to_have_count(1)


def test_a_translator_replaces_a_word_throughout_the_document(page: Page, live_server, seeded):
    """The count appears as the word is typed; the replacement reaches every unapproved row."""
    word = "コミュニティー"
    holding = Segment.objects.filter(document=seeded, kind="content", target_text__contains=word)
    n = holding.count()
    assert n >= 2
    login(page, live_server, "translator")
    page.goto(f"{live_server.url}/documents/{seeded.pk}/")
    page.get_by_text("Find and replace").click()
    page.fill("#replace-form input[name=find]", word)
    expect(page.locator("#replace-count")).to_contain_text(f"in {n} unapproved rows")
    page.fill("#replace-form input[name=replace]", "コミュニティ")
    page.once("dialog", lambda dialog: dialog.accept())
    with page.expect_navigation():
        page.get_by_role("button", name="Replace in every unapproved row").click()
    assert not Segment.objects.filter(document=seeded, target_text__contains=word).exists()
    after = Segment.objects.filter(document=seeded, target_text__contains="コミュニティ").count()
    expect(page.locator(".row .tgt .text", has_text="コミュニティ")).to_have_count(after)
    expect(page.locator(".row .tgt .text", has_text=word)).to_have_count(0)


def test_a_translator_looks_up_how_the_project_rendered_a_word(page: Page, live_server, seeded):
    """The concordance lists the termbase entry and the approved row, the word marked in both."""
    reviewer = get_user_model().objects.get(username="reviewer")
    row = (
        Segment.objects.filter(document=seeded, source_text__contains="外事", target_text__contains="外事")
        .order_by("index")
        .first()
    )
    approve(segment=row, user=reviewer, version=row.version, acknowledged=True)
    Term.objects.create(project=seeded.project, source="外事办", target="外事弁公室")
    login(page, live_server, "translator")
    page.goto(f"{live_server.url}/documents/{seeded.pk}/")
    page.locator("#concordance summary").click()
    page.fill("#concordance-form input[name=lookup]", "外事")
    results = page.locator("#concordance-results")
    expect(results.locator("li.term")).to_contain_text("外事弁公室")
    expect(results.locator("li:not(.term)")).to_have_count(1)
    expect(results.locator("li:not(.term) mark").first).to_have_text("外事")
    # `c` looks up the selected word: select 外事 in the approved row's source and press c.
    page.fill("#concordance-form input[name=lookup]", "")
    expect(results.locator("li")).to_have_count(0)
    page.evaluate(
        """([id, word]) => {
            document.activeElement.blur();  // as when the reader selects in a row, not in the field
            const cell = document.querySelector("#seg-" + id + " .src");
            const node = cell.firstChild, at = node.textContent.indexOf(word);
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + word.length);
            getSelection().removeAllRanges();
            getSelection().addRange(range);
        }""",
        [row.pk, "外事"],
    )
    page.keyboard.press("c")
    expect(page.locator("#concordance-form input[name=lookup]")).to_have_value("外事")
    expect(results.locator("li:not(.term)")).to_have_count(1)
