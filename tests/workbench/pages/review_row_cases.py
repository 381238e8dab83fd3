"""Rows of every kind the review page shows, for the row partial's reference test: flags of every
status and origin (with fixes, spans on either side, text to escape), comments, termbase entries,
boilerplate, low confidence, a run of gap rows, a complementary gap pair, and a source-less
document. The data are our own sentences, not benchmark ones."""

from __future__ import annotations

import re

from django.contrib.auth import get_user_model

from workbench.models import Comment, Document, Flag, Project, Segment, Term

ROWS = [
    # source, target, link type, kind, state, confidence, source sentences, target sentences
    ("今天<b>下雪</b>了。", "今日は<script>雪</script>が降った。", "1-1", "content", "draft", 0.97, [0], [0]),
    ("地铁延误十分钟。", "地下鉄が10分遅れた。", "2-1", "content", "approved", 0.5, [1, 2], [1]),
    ("版权所有", "著作権所有", "1-1", "boilerplate", "approved", 1.0, [3], [2]),
    ("学校停课一天。", "", "1-0", "content", "draft", 0.9, [4], []),
    ("", "商店は早く閉まった。", "0-1", "content", "draft", 0.9, [], [3]),
    ("公园关闭。", "", "1-0", "content", "draft", 0.9, [5], []),
    ("道路结冰。", "", "1-0", "content", "draft", 0.9, [6], []),
    ("明天转晴。", "明日は晴れる。", "1-1", "content", "rejected", 0.88, [7], [4, 5]),
]


def build() -> Document:
    """A Japanese document with its Chinese source, in a project of its own."""
    author = get_user_model().objects.create_user("row-author")
    project = Project.objects.create(name="Rows", slug="rows")
    Term.objects.create(project=project, source="下雪", target="降雪")
    source = Document.objects.create(
        project=project, name="rows-zh.txt", lang="zh", encoding="utf-8", sha256="z", text=""
    )
    doc = Document.objects.create(
        project=project, name="rows-ja.txt", lang="ja", encoding="utf-8", sha256="j", text="", source=source
    )
    segs = [
        Segment.objects.create(
            document=doc,
            index=i,
            source_text=zh,
            target_text=ja,
            mt_text=ja,
            link_type=link,
            kind=kind,
            state=state,
            confidence=conf,
            source_sentences=src,
            target_sentences=tgt,
        )
        for i, (zh, ja, link, kind, state, conf, src, tgt) in enumerate(ROWS)
    ]
    first, second = segs[0], segs[1]
    flag = Flag.objects.create
    flag(
        segment=first,
        code="number-mismatch",
        category="number",
        severity="major",
        start=3,
        end=11,
        message='"><img src=x> differs',
        fix="雪",
        has_fix=True,
    )
    flag(
        segment=first,
        code="punctuation-width",
        category="punctuation",
        severity="minor",
        start=0,
        end=2,
        message="half-width",
        status="dismissed",
        dismiss_reason="<i>house style</i>",
    )
    flag(
        segment=first,
        code="omission-length",
        category="omission",
        severity="critical",
        message="too short",
        status="confirmed",
    )
    flag(
        segment=first,
        code="reviewer-mistranslation",
        category="mistranslation",
        severity="major",
        start=0,
        end=2,
        message="wrong day",
        origin="reviewer",
        fix="本<日>",
        has_fix=True,
    )
    flag(
        segment=first,
        code="reviewer-omission",
        category="omission",
        severity="minor",
        start=2,
        end=4,
        message="left out",
        origin="reviewer",
        on_source=True,
        status="confirmed",
    )
    flag(
        segment=second,
        code="number-mismatch",
        category="number",
        severity="minor",
        start=3,
        end=5,
        message="10 vs 十",
        fix="",
        has_fix=True,
    )
    flag(
        segment=second,
        code="reviewer-style",
        category="grammar",
        severity="minor",
        message="whole row",
        origin="reviewer",
    )
    Comment.objects.create(segment=first, author=author, body="<b>check</b> the date")
    return doc


_IDS = re.compile(r'(seg-|data-id="|data-other="|data-flag=")(\d+)')


def anonymous(html: str) -> str:
    """The rows with their database ids replaced by their order of appearance, per kind."""
    numbers: dict[tuple[str, str], int] = {}

    def name(m: re.Match) -> str:
        kind = "flag" if m.group(1) == 'data-flag="' else "seg"
        key = (kind, m.group(2))
        numbers.setdefault(key, sum(1 for k in numbers if k[0] == kind))
        return f"{m.group(1)}{kind.upper()}{numbers[key]}"

    return _IDS.sub(name, html)
