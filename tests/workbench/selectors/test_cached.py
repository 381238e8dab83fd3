"""The response cache of the review page and the segments API (``workbench/selectors/cached.py``).

The contract: a cached response is never stale. Every service that writes walks through the same
check — fill the cache with several pages and filters, make the change, then compare what the page
and the API answer (from the cache) with what they answer computed afresh (empty cache). Both must
agree, and the change must be visible where the page or the API shows it.
"""

from __future__ import annotations

import inspect
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.contrib.admin.sites import site as admin_site
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client, RequestFactory

from alignment.checks import CHECKS
from tests.workbench.conftest import client_for
from workbench.models import Comment, Document, Flag, Membership, Revision, Segment
from workbench.selectors import cached as response_cache
from workbench.selectors.cached import cached_for_document, document_key
from workbench.services import alignment_edits, pairing, projects, segments
from workbench.services.checks import recheck_project

PAGE_QUERIES = ("", "?category=number", "?state=approved", "?state=needs_review", "?q=の", "?page=2")
API_QUERIES = ("", "?category=number", "?state=approved", "?page_size=10&page=2", "?q=の")


def main_of(html: str) -> str:
    """The cached part of the page: the site header around it holds per-request CSRF tokens."""
    return html[html.index("<main>") : html.index("</main>")]


def answers(document: Document, users) -> dict[str, object]:
    """What the review page (for a reviewer) and the segments API show, for every filter and page."""
    page = Client()
    page.force_login(users["reviewer"])
    api = client_for(users["translator"])
    out: dict[str, object] = {}
    for q in PAGE_QUERIES:
        response = page.get(f"/documents/{document.pk}/{q}")
        assert response.status_code == 200
        out[f"page{q}"] = main_of(response.content.decode())
    for q in API_QUERIES:
        response = api.get(f"/api/documents/{document.pk}/segments/{q}")
        assert response.status_code == 200
        out[f"api{q}"] = response.json()
    return out


def content_segment(document: Document, **filters) -> Segment:
    return (
        Segment.objects.filter(document=document, kind="content", **filters)
        .exclude(source_sentences=[])
        .exclude(target_sentences=[])
        .select_related("document__project")
        .order_by("index")
        .first()
    )


def flagged(document: Document) -> Flag:
    return (
        Flag.objects.filter(segment__document=document, segment__kind="content", status="open")
        .select_related("segment__document__project")
        .order_by("segment__index", "id")
        .first()
    )


@dataclass
class Case:
    """A change made through a service: ``change`` makes it and returns text the page must show
    afterwards (None: nothing the page or the API shows changes, only the revision moves)."""

    name: str
    change: Callable[[Document, dict], str | None]
    setup: Callable[[Document, dict], None] | None = None


def _edit(doc, users):
    seg = content_segment(doc)
    segments.update_target_text(
        segment=seg, user=users["translator"], target_text="編集済みの訳文。", version=seg.version
    )
    return "編集済みの訳文。"


def _approve(doc, users):
    seg = content_segment(doc)
    segments.approve(segment=seg, user=users["reviewer"], version=seg.version, acknowledged=True)
    return f'id="seg-{seg.pk}"'  # and the ?state=approved page gains the row


def _approve_unflagged(doc, users):
    assert segments.approve_unflagged(document=doc, user=users["reviewer"]) >= 1
    return "state-approved"


def _replace(doc, users):
    seg = content_segment(doc)
    word = seg.target_text[:2]
    assert (
        segments.replace_in_document(document=doc, user=users["translator"], find=word, replace="置換語") >= 1
    )
    return "置換語"


def _reject(doc, users):
    seg = content_segment(doc)
    segments.reject(segment=seg, user=users["reviewer"], version=seg.version)
    return "state-rejected"


def _set_state(doc, users):
    seg = content_segment(doc)
    segments.set_state(segment=seg, user=users["reviewer"], state="needs_review", version=seg.version)
    return "state-needs_review"


def _edit_first(doc, users):
    seg = content_segment(doc)
    segments.update_target_text(
        segment=seg, user=users["translator"], target_text="一度目の訳。", version=seg.version
    )


def _revert(doc, users):
    seg = content_segment(doc)
    revision = seg.revisions.filter(action="edit").first()
    segments.revert(segment=seg, user=users["translator"], revision=revision, version=seg.version)
    return revision.before["target_text"][:10]


def _fixable(doc) -> Flag:
    return (
        Flag.objects.filter(segment__document=doc, segment__kind="content", status="open", has_fix=True)
        .select_related("segment__document__project")
        .order_by("segment__index", "id")
        .first()
    )


def _fix(doc, users):
    flag = _fixable(doc)
    seg = flag.segment
    fixed = segments.apply_fix(flag=flag, user=users["translator"], version=seg.version)
    return fixed.target_text[max(0, flag.start - 4) : flag.start + len(flag.fix) + 4]


def _fix_all(doc, users):
    flag = _fixable(doc)
    segments.apply_all_fixes(document=doc, user=users["reviewer"], codes=[flag.code])
    text = Segment.objects.get(pk=flag.segment_id).target_text
    return text[max(0, flag.start - 4) : flag.start + len(flag.fix) + 4]


def _dismiss(doc, users):
    segments.dismiss_flag(flag=flagged(doc), user=users["reviewer"], reason="理由は誤検出")
    return "理由は誤検出"


def _dismiss_flags(doc, users):
    assert segments.dismiss_flags([flagged(doc)], users["reviewer"], "一覧からの誤検出") == 1
    return "一覧からの誤検出"


def _dismiss_alike(doc, users):
    assert segments.dismiss_alike(flag=flagged(doc), user=users["reviewer"], reason="同じ誤検出") >= 1
    return "同じ誤検出"


def _dismiss_first(doc, users):
    _dismiss(doc, users)


def _reopen(doc, users):
    flag = Flag.objects.select_related("segment__document__project").get(dismiss_reason="理由は誤検出")
    segments.reopen_flag(flag=flag, user=users["reviewer"])
    return f'data-flag="{flag.pk}"'


def _issue(doc, users):
    seg = content_segment(doc)
    segments.add_issue(
        segment=seg,
        user=users["reviewer"],
        category="mistranslation",
        severity="critical",
        message="誤訳の指摘",
    )
    return "誤訳の指摘"


def _comment(doc, users):
    segments.add_comment(segment=content_segment(doc), user=users["translator"], body="a comment")
    return None


def _merge(doc, users):
    seg = content_segment(doc)
    alignment_edits.merge_with_next(segment=seg, user=users["translator"], version=seg.version)
    return "2-" if seg.link_type.startswith("1-") else "-"


def _split(doc, users):
    seg = content_segment(doc)
    merged = alignment_edits.merge_with_next(segment=seg, user=users["translator"], version=seg.version)
    alignment_edits.split(
        segment=merged,
        user=users["translator"],
        version=merged.version,
        source_at=len(seg.source_sentences),
        target_at=len(seg.target_sentences),
    )
    return seg.link_type


def _unlink(doc, users):
    seg = content_segment(doc)
    alignment_edits.unlink(segment=seg, user=users["translator"], version=seg.version)
    return 'class="gap"'


def _recheck(doc, users):
    """A manager changes a check's severity: the project is re-checked (the task runs eagerly)."""
    flag = flagged(doc)
    severity = "critical" if flag.severity != "critical" else "minor"
    active = {code for code, check in CHECKS.items() if check.default_enabled}
    projects.set_check_settings(
        project=doc.project, user=users["manager"], active=active, severity_overrides={flag.code: severity}
    )
    return f'<span class="sev">{severity}</span>'


def _recheck_project(doc, users):
    Flag.objects.filter(segment__document=doc, origin="auto").delete()  # as if the checks changed
    recheck_project(project_id=doc.project_id)
    return 'class="flag '


def _admin_edit(doc, users):
    """Staff edit a segment in the Django admin, past the services."""
    seg = content_segment(doc)
    seg.target_text = "管理画面で直した訳。"
    model_admin = admin_site._registry[Segment]
    model_admin.save_model(RequestFactory().post("/"), seg, form=None, change=True)
    return "管理画面で直した訳。"


def _admin_delete(doc, users):
    flag = flagged(doc)
    admin_site._registry[Flag].delete_model(RequestFactory().post("/"), flag)
    return None


def _unpair(doc, users):
    pairing.set_source(document=doc, source=None, user=users["manager"])
    return "no Chinese source"


def _realign(doc, users):
    """The import's path: the same source again, rows reconciled (nothing people did changes)."""
    pairing.attach_source(document=doc, source=doc.source, user=users["manager"])
    return None


def _confirm(doc, users):
    segments.confirm_flag(flag=flagged(doc), user=users["reviewer"])
    return None


def _link_first(doc, users):
    """Link a row's first Chinese sentence with the Japanese of a later row (a re-link)."""
    rows = list(Segment.objects.filter(document=doc).order_by("index"))
    seg, later = next(
        (a, b)
        for a, b in itertools.pairwise(rows)
        if Segment.Kind.BOILERPLATE not in (a.kind, b.kind)
        and a.source_sentences
        and a.target_sentences
        and b.target_sentences
    )
    alignment_edits.link_sentences(
        segment=seg,
        user=users["translator"],
        version=seg.version,
        source_sentence=seg.source_sentences[0],
        target_sentence=later.target_sentences[0],
    )


def _link(doc, users):
    _link_first(doc, users)
    return None


def _undo_link(doc, users):
    revision = Revision.objects.filter(document=doc, action="link").first()
    seg = Segment.objects.get(pk=revision.segment_id)
    alignment_edits.undo_link(segment=seg, user=users["translator"], version=seg.version, revision=revision)
    return None


def _undo_alignment_edit(doc, users):
    """The unlink of the setup undone: the row is linked again."""
    revision = Revision.objects.filter(document=doc, action="split").latest("id")
    seg = Segment.objects.select_related("document__project").get(pk=revision.segment_id)
    restored = alignment_edits.undo_alignment_edit(
        segment=seg, user=users["translator"], version=seg.version, revision=revision
    )
    assert len(restored) == 1 and restored[0].source_sentences and restored[0].target_sentences
    return f'id="seg-{seg.pk}"'


CASES = [
    Case("update_target_text", _edit),
    Case("apply_fix", _fix),
    Case("apply_all_fixes", _fix_all),
    Case("approve", _approve),
    Case("approve_unflagged", _approve_unflagged),
    Case("replace_in_document", _replace),
    Case("reject", _reject),
    Case("set_state", _set_state),
    Case("revert", _revert, setup=_edit_first),
    Case("dismiss_flag", _dismiss),
    Case("dismiss_alike", _dismiss_alike),
    Case("dismiss_flags", _dismiss_flags),
    Case("reopen_flag", _reopen, setup=_dismiss_first),
    Case("add_issue", _issue),
    Case("add_comment", _comment),
    Case("merge_with_next", _merge),
    Case("split", _split),
    Case("unlink", _unlink),
    Case("confirm_flag", _confirm),
    Case("link_sentences", _link),
    Case("undo_link", _undo_link, setup=_link_first),
    Case("undo_alignment_edit", _undo_alignment_edit, setup=_unlink),
    Case("set_check_settings", _recheck),
    Case("recheck_project", _recheck_project),
    Case("set_source", _unpair),
    Case("attach_source", _realign),
    Case("admin save", _admin_edit),
    Case("admin delete", _admin_delete),
]


def test_every_writing_service_is_walked():
    """A service added later that changes segments or flags must join the walk below."""
    writers = {
        name
        for module in (segments, alignment_edits, pairing)
        for name, fn in vars(module).items()
        if inspect.isfunction(fn)
        and fn.__module__ == module.__name__
        and not name.startswith("_")
        and "user" in inspect.signature(fn).parameters
    }
    assert writers and writers <= {case.name for case in CASES}


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_a_change_shows_at_once_on_every_cached_page(
    case, rendering, users, django_capture_on_commit_callbacks
):
    if case.setup:
        case.setup(rendering, users)
    before = answers(rendering, users)  # fills the cache
    assert answers(rendering, users) == before  # and is served from it
    revision = Document.objects.get(pk=rendering.pk).revision
    with django_capture_on_commit_callbacks(execute=True):
        shown = case.change(rendering, users)
    assert Document.objects.get(pk=rendering.pk).revision > revision
    cached = answers(rendering, users)
    response_cache.clear()
    fresh = answers(rendering, users)
    assert cached == fresh
    if shown is not None:
        assert cached != before
        assert any(shown in page for key, page in cached.items() if key.startswith("page"))
    if case.name == "add_comment":
        assert Comment.objects.filter(segment__document=rendering).exists()


def test_the_page_and_the_api_are_served_from_the_cache(rendering, users, django_assert_max_num_queries):
    """The cached path: session, user, and the document with the viewer's role (page); the document
    (API, authenticated without a query here) — whatever the page size."""
    page = Client()
    page.force_login(users["reviewer"])
    api = client_for(users["reviewer"])
    url = f"/api/documents/{rendering.pk}/segments/?page_size=100"
    first_page, first_api = page.get(f"/documents/{rendering.pk}/"), api.get(url)
    with django_assert_max_num_queries(3):
        again = page.get(f"/documents/{rendering.pk}/")
    assert main_of(again.content.decode()) == main_of(first_page.content.decode())
    with django_assert_max_num_queries(1):
        assert api.get(url).json() == first_api.json()


def test_roles_never_see_each_others_controls(rendering, users):
    """One role's cached page is never served to another role; a role change shows at once."""
    translator, reviewer, outsider = Client(), Client(), Client()
    translator.force_login(users["translator"])
    reviewer.force_login(users["reviewer"])
    outsider.force_login(users["outsider"])
    url = f"/documents/{rendering.pk}/"
    for _ in range(2):  # the second round is served from the cache
        as_translator = translator.get(url).content.decode()
        as_reviewer = reviewer.get(url).content.decode()
        assert 'data-action="approve"' not in as_translator and 'data-action="dismiss"' not in as_translator
        assert 'data-action="edit"' in as_translator and 'data-role="translator"' in as_translator
        assert 'data-action="approve"' in as_reviewer and 'data-action="dismiss"' in as_reviewer
        assert 'data-role="reviewer"' in as_reviewer
        assert outsider.get(url).status_code == 404
        assert (
            client_for(users["outsider"]).get(f"/api/documents/{rendering.pk}/segments/").status_code == 404
        )
    projects.set_member(
        project=rendering.project, user=users["manager"], username="translator", role="reviewer"
    )
    promoted = translator.get(url).content.decode()
    assert 'data-action="approve"' in promoted and 'data-role="reviewer"' in promoted
    projects.remove_member(project=rendering.project, user=users["manager"], username="translator")
    assert translator.get(url).status_code == 404


def test_user_specific_parts_stay_out_of_the_cache(rendering, users):
    """Each viewer gets their own name, CSRF token and language around the cached content."""
    a, b = Client(), Client()
    a.force_login(users["reviewer"])
    b.force_login(users["manager"])
    url = f"/documents/{rendering.pk}/"
    page_a, page_b = a.get(url).content.decode(), b.get(url).content.decode()
    assert '<span class="who">reviewer</span>' in page_a and '<span class="who">manager</span>' in page_b
    token = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
    assert token.findall(page_a) and set(token.findall(page_a)).isdisjoint(token.findall(page_b))
    assert "csrfmiddlewaretoken" not in main_of(page_a)
    b.cookies["django_language"] = "ja"
    japanese = b.get(url).content.decode()
    assert 'data-action="approve" class="primary">承認' in japanese
    assert 'data-action="approve" class="primary">Approve' in a.get(url).content.decode()


def test_a_document_recreated_under_the_same_id_is_not_served_from_the_cache(rendering, users):
    reviewer = Client()
    reviewer.force_login(users["reviewer"])
    url = f"/documents/{rendering.pk}/"
    assert "第0行" not in reviewer.get(url).content.decode()
    pk, project = rendering.pk, rendering.project
    rendering.delete()
    doc = Document.objects.create(
        pk=pk, project=project, name="again.txt", lang="ja", encoding="utf-8", sha256="x"
    )
    Segment.objects.create(document=doc, index=0, source_text="第0行", target_text="第0行", link_type="1-1")
    assert doc.revision == 0
    assert "第0行" in reviewer.get(url).content.decode()


def test_a_response_computed_across_a_change_is_not_stored(rendering):
    """The revision is read again before storing: rows read while a change committed may be newer
    than the revision in the key, and must not be kept under it."""
    document = Document.objects.get(pk=rendering.pk)
    calls = []

    def compute_while_a_change_commits():
        calls.append(1)
        Document.objects.filter(pk=document.pk).update(revision=document.revision + 1)
        return "rows"

    assert cached_for_document(document, "test", (), compute_while_a_change_commits) == "rows"
    assert cache.get(document_key(document, "test", ())) is None
    fresh = Document.objects.get(pk=rendering.pk)
    assert cached_for_document(fresh, "test", (), lambda: "new rows") == "new rows"
    assert cached_for_document(fresh, "test", (), lambda: "not computed") == "new rows"


def test_the_viewers_path_name_and_messages_are_their_own(rendering, users):
    """The holes of a cached page are filled with this request's values, escaped; a request with a
    message to show gets a page rendered for it, and the message is shown once."""
    odd = get_user_model().objects.create_user("o<d&d", password="x")
    Membership.objects.create(user=odd, project=rendering.project, role="reviewer")
    client = Client()
    client.force_login(odd)
    url = f"/documents/{rendering.pk}/"
    client.get(url)  # fills the cache
    page = client.get(url + "?page=1&zz=<b>").content.decode()
    assert '<span class="who">o&lt;d&amp;d</span>' in page and "o<d&d" not in page
    assert f'value="{url}?page=1&amp;zz=%3Cb%3E"' in page
    manager = Client()
    manager.force_login(users["manager"])
    manager.post(f"/projects/{rendering.project.slug}/settings/", {"action": "recheck"})
    with_message = manager.get(url).content.decode()
    assert 'class="messages"' in with_message and "re-checked" in with_message
    assert main_of(with_message) == main_of(manager.get(url).content.decode())  # same content
    assert "re-checked" not in manager.get(url).content.decode()
