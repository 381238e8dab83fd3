"""Hostile TMX: comments, processing instructions and entities in a <seg> (issue #24).

Each of these used to end in a 500 (lxml hands comments, PIs and unresolved entities over as
children whose tag is not a string) or, had entities been resolved, in the server's files or a
billion copies of a word in the memory.
"""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.test import Client

from workbench.models import TranslationUnit
from workbench.services.tm_import import TMXError, read_tmx


def tmx(source: str, target: str = "春の雨", doctype: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>{doctype}<tmx version="1.4"><header srclang="zh-CN"/>'
        f'<body><tu><tuv xml:lang="zh-CN"><seg>{source}</seg></tuv>'
        f'<tuv xml:lang="ja"><seg>{target}</seg></tuv></tu></body></tmx>'
    ).encode()


def test_comments_are_dropped_and_the_text_around_them_kept():
    data = tmx("春<!-- 译者：待定 -->雨", "春の<!-- check -->雨")
    assert read_tmx(data) == [("春雨", "春の雨")]


def test_processing_instructions_are_dropped_and_the_text_around_them_kept():
    data = tmx("春<?php system('id'); ?>雨", "春の<?xm-replace_text x?>雨")
    assert read_tmx(data) == [("春雨", "春の雨")]


def test_comments_inside_inline_markup_are_dropped_too():
    assert read_tmx(tmx('春<hi type="b">细<!-- x -->雨</hi>', "春の雨")) == [("春细雨", "春の雨")]


def test_an_internal_entity_is_refused_with_its_name():
    data = tmx("春&rain;", doctype='<!DOCTYPE tmx [<!ENTITY rain "雨">]>')
    with pytest.raises(TMXError, match=r"declares XML entities \(rain\)"):
        read_tmx(data)


def test_an_external_entity_is_refused_and_nothing_is_read():
    data = tmx("春&leak;", doctype='<!DOCTYPE tmx [<!ENTITY leak SYSTEM "file:///etc/passwd">]>')
    with pytest.raises(TMXError, match=r"declares XML entities \(leak\)"):
        read_tmx(data)


# Small enough (10,000 characters) that libxml2's own amplification limit lets it through: the
# refusal must come from our rule, not from the file being large.
BILLION_LAUGHS = (
    '<!DOCTYPE tmx [<!ENTITY l0 "哈">'
    + "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 5))
    + "]>"
)


def test_billion_laughs_is_refused():
    with pytest.raises(TMXError, match="declares XML entities"):
        read_tmx(tmx("春&l4;", doctype=BILLION_LAUGHS))


def test_an_entity_left_to_an_external_dtd_is_refused_and_xmls_own_are_read():
    doctype = '<!DOCTYPE tmx SYSTEM "tmx14.dtd">'
    assert read_tmx(tmx("春&amp;雨", doctype=doctype)) == [("春&雨", "春の雨")]
    with pytest.raises(TMXError, match="the entity &nbsp; is not accepted"):
        read_tmx(tmx("春&nbsp;雨", doctype=doctype))


def test_the_project_page_refuses_entities_with_a_message_and_stores_nothing(rendering, users):
    client = Client()
    client.force_login(users["manager"])
    upload = SimpleUploadedFile("laughs.tmx", tmx("春&l4;", doctype=BILLION_LAUGHS))
    res = client.post(f"/projects/{rendering.project.slug}/tm/import/", {"file": upload}, follow=True)
    assert res.status_code == 200 and "declares XML entities" in res.content.decode()
    assert not TranslationUnit.objects.filter(project=rendering.project).exists()


def test_import_tm_stores_comment_free_text_and_refuses_entities(project, users, tmp_path):
    clean = tmp_path / "clean.tmx"
    clean.write_bytes(tmx("春<!-- c -->雨<?pi x?>", "春の雨"))
    call_command("import_tm", str(clean), "--project", project.slug)
    assert project.translation_units.get().source_text == "春雨"
    hostile = tmp_path / "xxe.tmx"
    hostile.write_bytes(tmx("&leak;", doctype='<!DOCTYPE tmx [<!ENTITY leak SYSTEM "file:///etc/passwd">]>'))
    with pytest.raises(CommandError, match="declares XML entities"):
        call_command("import_tm", str(hostile), "--project", project.slug)
