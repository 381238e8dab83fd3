"""Creating projects and the managers' settings page: members, defect checks, re-checking."""

from collections import Counter

import pytest
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.test import Client
from hypothesis import given
from hypothesis import strategies as st

from workbench.models import Flag, Membership, Project, Segment
from workbench.services.errors import InvalidInput
from workbench.services.projects import format_false_friends, parse_false_friends


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


def may_create(user):
    user.user_permissions.add(
        Permission.objects.get(codename="add_project", content_type__app_label="workbench")
    )
    return user


def test_creating_a_project_makes_the_creator_its_manager(users):
    client = logged_in(may_create(users["reviewer"]))
    assert "projects/new/" in client.get("/").content.decode()
    response = client.post("/projects/new/", {"name": "Minsk releases", "slug": "", "description": "2026"})
    project = Project.objects.get(slug="minsk-releases")
    assert response.status_code == 302 and response["Location"] == f"/projects/{project.slug}/"
    assert Membership.objects.get(project=project).role == "manager"
    again = client.post("/projects/new/", {"name": "Minsk releases", "slug": ""})
    assert again.status_code == 200 and "taken" in again.content.decode()
    unicode_only = client.post("/projects/new/", {"name": "長寧区", "slug": ""})
    assert unicode_only.status_code == 200 and Project.objects.count() == 1


def test_creating_needs_the_site_permission(users):
    client = logged_in(users["manager"])
    assert "projects/new/" not in client.get("/").content.decode()
    assert client.get("/projects/new/").status_code == 403
    assert client.post("/projects/new/", {"name": "x"}).status_code == 403
    assert not Project.objects.exists()


def test_settings_page_is_for_the_project_managers(project, users):
    url = f"/projects/{project.slug}/settings/"
    assert logged_in(users["outsider"]).get(url).status_code == 404
    assert logged_in(users["reviewer"]).get(url).status_code == 403
    assert logged_in(users["reviewer"]).post(url, {"action": "recheck"}).status_code == 403
    page = logged_in(users["manager"]).get(url).content.decode()
    assert 'value="untranslated-hanzi"' in page and "translator" in page


def test_the_shipped_lists_are_shown_with_their_sources(project, users):
    """A manager reads what the calque and false-friend checks hold translations to, and where
    each usage is attested, in either interface language."""
    client = logged_in(users["manager"])
    page = client.get(f"/projects/{project.slug}/settings/").content.decode()
    established = page[page.index('id="established-terms"') :]
    assert "外长" in established and "外相" in established and "NHK/Kyodo style" in established
    assert "酒店" in page[page.index('id="false-friends"') : page.index('id="established-terms"')]
    client.cookies["django_language"] = "ja"
    page = client.get(f"/projects/{project.slug}/settings/").content.decode()
    assert "定訳語" in page and "出典" in page


def test_members_are_added_changed_and_removed(project, users):
    client = logged_in(users["manager"])
    url = f"/projects/{project.slug}/settings/"
    client.post(url, {"action": "member", "username": "outsider", "role": "translator"})
    assert Membership.objects.get(project=project, user=users["outsider"]).role == "translator"
    client.post(url, {"action": "member", "username": "outsider", "role": "reviewer"})
    assert Membership.objects.get(project=project, user=users["outsider"]).role == "reviewer"
    client.post(url, {"action": "remove", "username": "outsider"})
    assert not Membership.objects.filter(project=project, user=users["outsider"]).exists()
    response = client.post(url, {"action": "member", "username": "nobody", "role": "reviewer"}, follow=True)
    assert "no user" in response.content.decode()
    response = client.post(url, {"action": "remove", "username": "manager"}, follow=True)
    assert "at least one manager" in response.content.decode()


def _codes(project) -> Counter:
    return Counter(
        Flag.objects.filter(segment__document__project=project, origin="auto").values_list("code", flat=True)
    )


def test_switching_checks_and_severities_rechecks_the_documents(
    imported, users, django_capture_on_commit_callbacks
):
    before = _codes(imported)
    off = "untranslated-hanzi"
    reweighted = next(code for code, _ in before.most_common() if code != off)
    assert before[off] and before[reweighted]
    active = {c for c in before} - {off}
    with django_capture_on_commit_callbacks(execute=True):
        logged_in(users["manager"]).post(
            f"/projects/{imported.slug}/settings/",
            {
                "action": "checks",
                "active": sorted(active | {"entity-transliteration"}),
                f"severity-{reweighted}": "critical",
            },
        )
    imported.refresh_from_db()
    assert off in imported.check_config["ignored"] and imported.check_config["opt_in"] == [
        "entity-transliteration"
    ]
    after = _codes(imported)
    assert after[off] == 0 and after[reweighted] > 0
    assert set(
        Flag.objects.filter(segment__document__project=imported, code=reweighted).values_list(
            "severity", flat=True
        )
    ) == {"critical"}
    # Checks the page did not list as active (none here besides `off`) stay off; a later release's
    # default checks would run, since only differences from the defaults are stored.
    assert "enabled" not in imported.check_config


def test_unknown_check_codes_are_refused(project, users):
    response = logged_in(users["manager"]).post(
        f"/projects/{project.slug}/settings/", {"action": "checks", "active": ["no-such-check"]}, follow=True
    )
    assert "unknown check" in response.content.decode()
    project.refresh_from_db()
    assert project.check_config == {}


@pytest.mark.parametrize("args", [[], ["--project", "seeds"]])
def test_recheck_command_restores_deleted_flags(imported, args):
    before = _codes(imported)
    Flag.objects.filter(segment__document__project=imported).delete()
    call_command("recheck", *args)
    assert _codes(imported) == before


def test_project_false_friends_are_edited_on_the_settings_page(
    imported, users, django_capture_on_commit_callbacks
):
    """A manager adds a false friend; the project is re-checked and the copied form is flagged where
    the source has the Chinese word. A line that cannot be read is refused and nothing is lost."""
    seg = next(
        s
        for s in Segment.objects.filter(document__project=imported, kind="content").exclude(source_text="")
        if "外事" in s.source_text and "外事" in s.target_text
    )
    url = f"/projects/{imported.slug}/settings/"
    client = logged_in(users["manager"])
    assert "视察" in client.get(url).content.decode()  # the shipped list is shown
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            url,
            {"action": "false_friends", "false_friends": "# ours\n外事 → 外事\n\n推介 -> 推介、プッシュ\n"},
        )
    imported.refresh_from_db()
    assert imported.check_config["false_friends"] == {"外事": ["外事"], "推介": ["推介", "プッシュ"]}
    assert seg.flags.filter(code="mistranslation-false-friend", message__contains="renders 外事").exists()
    assert "外事 → 外事" in client.get(url).content.decode()

    response = client.post(url, {"action": "false_friends", "false_friends": "外事 外交"}, follow=True)
    assert "line 1" in response.content.decode()
    imported.refresh_from_db()
    assert imported.check_config["false_friends"] == {"外事": ["外事"], "推介": ["推介", "プッシュ"]}
    assert (
        logged_in(users["reviewer"]).post(url, {"action": "false_friends", "false_friends": ""}).status_code
        == 403
    )


def test_false_friend_lines_are_read_strictly_and_round_trip():
    text = "视察\t考察\n工作 = 工作；作業\n\n# note\n工作 -> 工作/仕事\n"
    assert parse_false_friends(text) == {"视察": ["考察"], "工作": ["工作", "作業", "仕事"]}
    for bad in ("视察", "视察 → ", "view → 考察", "视察 考察"):
        with pytest.raises(InvalidInput, match="line 1"):
            parse_false_friends(bad)

    han = st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), min_size=1, max_size=4)
    forms = st.lists(
        st.text(st.characters(min_codepoint=0x3041, max_codepoint=0x9FFF), min_size=1, max_size=5),
        min_size=1,
        max_size=3,
        unique=True,
    )

    @given(st.dictionaries(han, forms, max_size=5))
    def round_trip(table):
        assert parse_false_friends(format_false_friends(table)) == table

    round_trip()
