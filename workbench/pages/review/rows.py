"""The review page's rows as HTML, built in Python.

A 100-row page through the template engine cost ~150 ms, most of it variable lookups and some twenty
``{% translate %}`` calls per row; reviewers page through 2,000-segment documents, so rows are the
hot path. Here every label is translated once per request and each row is one string join, with
every piece of user text escaped (the browser tests check that ``<script>`` stays text).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from html import escape
from itertools import groupby

from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from workbench.flag_labels import CATEGORY_LABELS, SEVERITY_LABELS, explanation, with_explanation
from workbench.models import Flag, Segment, SegmentState
from workbench.selectors.flags import confirmed_check
from workbench.selectors.review_page import LOW_CONFIDENCE

#: How many gap rows in a row the page folds into one bar.
GAP_RUN = 2


def is_gap(seg) -> bool:
    """A content row with only one side: source-only (1-0) or target-only (0-1)."""
    return seg.kind != Segment.Kind.BOILERPLATE and not (seg.source_sentences and seg.target_sentences)


def _json_list(numbers: list[int]) -> str:
    """Sentence indices as the JSON list the script reads from data-src / data-tgt."""
    return "[" + ", ".join(str(int(n)) for n in numbers) + "]"


def highlight(text: str, flags: Iterable, explain: Callable[[str], str] = lambda code: "") -> str:
    """The target text, escaped, with each open flag's span wrapped in a <mark> carrying its message
    (after what its check looks for, where ``explain`` gives that)."""
    spans = sorted(
        (
            f
            for f in flags
            if f.start is not None
            and f.end is not None
            and f.status == Flag.Status.OPEN
            and 0 <= f.start < f.end
        ),
        key=lambda f: (f.start, -f.end),
    )
    out, pos = [], 0
    for f in spans:
        start, end = max(f.start, pos), min(f.end, len(text))
        if start >= end:
            continue
        out.append(escape(text[pos:start]))
        title = with_explanation(f.message, explain(f.code))
        out.append(
            f'<mark class="cat-{escape(f.category)} sev-{escape(f.severity)}" title="{escape(title)}">'
            f"{escape(text[start:end])}</mark>"
        )
        pos = end
    out.append(escape(text[pos:]))
    return "".join(out)


def _labels() -> dict[str, str]:
    """Every fixed label of a row, translated and escaped once."""
    words = {
        "confidence": _("alignment confidence"),
        "low_confidence": _("low confidence"),
        "no_source": _("no source"),
        "no_translation": _("no translation"),
        "dismissed": _("dismissed"),
        "dismiss": _("dismiss"),
        "reopen": _("reopen"),
        "confirm": _("confirm"),
        "confirm_title": _("It is an error: count it in the MQM score as a reviewer error"),
        "confirmed": _("reviewer error"),
        "suggested": _("suggested:"),
        "log_error": _("Log error"),
        "log_error_title": _(
            "Select a span of the Japanese, or of the Chinese for an omission, then log it (l)"
        ),
        "fix": _("fix"),
        "fix_delete": _("delete it"),
        "fix_title": _("Replace the marked text and save (recorded in the history)"),
        "edit": _("Edit"),
        "approve": _("Approve"),
        "reject": _("Reject"),
        "relink_prev": _("Link with previous row"),
        "relink_next": _("Link with next row"),
        "more": _("More"),
        "merge": _("Merge with next row"),
        "split": _("Split…"),
        "unlink": _("Unlink"),
        "link": _("Link with a Japanese sentence…"),
        "history": _("History"),
        "comments": _("Comments"),
        "suggest": _("TM suggestions"),
    }
    labels = {k: escape(v) for k, v in words.items()}
    labels["segment"] = escape(_("Segment %(n)s"))  # the msgid {% blocktranslate %} used
    labels.update({f"state_{value}": escape(label) for value, label in SegmentState.choices})
    labels.update({f"cat_{value}": escape(label) for value, label in CATEGORY_LABELS.items()})
    labels.update({f"sev_{value}": escape(label) for value, label in SEVERITY_LABELS.items()})
    return labels


def marked_text(seg, flag) -> str:
    """The text a flag marks, on the side it marks, as a quote for the flag list ('' if none)."""
    if flag.start is None or flag.end is None:
        return ""
    text = seg.source_text if flag.on_source else seg.target_text
    lang = "zh-Hans" if flag.on_source else "ja"
    return f' <q class="marked" lang="{lang}">{escape(text[flag.start : flag.end])}</q>'


def _fix_button(flag, t: dict[str, str]) -> str:
    """One-click correction: the button shows what the span becomes."""
    shown = f"→ {escape(flag.fix)}" if flag.fix else t["fix_delete"]
    return (
        f'\n      <button type="button" class="link fix" data-action="fix" title="{t["fix_title"]}">'
        f"{t['fix']} {shown}</button>"
    )


@dataclass
class RowRenderer:
    """Renders rows for one request: the viewer's rights and the language are fixed per page."""

    can_edit: bool
    can_review: bool
    can_align: bool
    has_source: bool = True  # without one, every row is target-only and none is a gap
    labels: dict[str, str] = field(default_factory=_labels)

    def page(self, segments: Iterable) -> SafeString:
        """The rows, each run of :data:`GAP_RUN` or more gap rows folded into one bar that says how
        many: the untranslated stretches of a partial rendering, which a reviewer skips."""
        out = []
        for gap, run in groupby(segments, key=lambda seg: self.has_source and is_gap(seg)):
            rows = [self.row(seg) for seg in run]
            if gap and len(rows) >= GAP_RUN:
                label = ngettext(
                    "%(n)s row without a counterpart (1-0 / 0-1)",
                    "%(n)s rows without a counterpart (1-0 / 0-1)",
                    len(rows),
                ) % {"n": len(rows)}
                rows = [f'<details class="gap-run"><summary>{escape(label)}</summary>\n', *rows, "</details>"]
            out.extend(rows)
        return mark_safe("".join(out))  # row() escapes all user text

    def row(self, seg) -> str:
        t = self.labels
        flags = list(seg.flags.all())
        low = seg.confidence < LOW_CONFIDENCE
        classes = f"row state-{escape(seg.state)}"
        if seg.kind == Segment.Kind.BOILERPLATE:
            classes += " boilerplate"
        if low:
            classes += " low-confidence"
        n = seg.index + 1
        conf = f"{seg.confidence:.2f}"
        out = [
            f'<div class="{classes}" id="seg-{seg.pk}" data-id="{seg.pk}" data-version="{seg.version}"'
            f' data-src="{_json_list(seg.source_sentences)}" data-tgt="{_json_list(seg.target_sentences)}"'
            f' tabindex="0" aria-label="{t["segment"] % {"n": n}}">\n',
            f'  <div class="idx"><a href="#seg-{seg.pk}" class="seg-link">{n}</a><br>'
            f'<span class="link-type" title="{t["confidence"]} {conf}">{escape(seg.link_type)} · {conf}</span>',
        ]
        if low:
            out.append(f'<br><span class="low-conf-mark">{t["low_confidence"]}</span>')
        out.append("</div>\n")
        source = escape(seg.source_text) if seg.source_text else f'<span class="gap">{t["no_source"]}</span>'
        out.append(f'  <div class="src" lang="zh-Hans">{source}</div>\n')
        target = (
            highlight(seg.target_text, flags, explanation)
            if seg.target_text
            else f'<span class="gap">{t["no_translation"]}</span>'
        )
        out.append(
            f'  <div class="tgt" lang="ja">\n    <div class="text">{target}</div>\n    <ul class="flags">'
        )
        for f in flags:
            out.append(
                f'<li class="flag sev-{escape(f.severity)} status-{escape(f.status)}" data-flag="{f.pk}">'
                f'<span class="cat cat-{escape(f.category)}">{t.get("cat_" + f.category, escape(f.category))}</span> '
                f'<span class="sev">{t.get("sev_" + f.severity, escape(f.severity))}</span> '
            )
            why = explanation(f.code)
            if why:
                out.append(
                    f'<span class="why">{escape(why)}</span> <span class="detail" lang="en">{escape(f.message)}</span>'
                )
            else:
                out.append(escape(f.message))
            if f.origin == Flag.Origin.REVIEWER:
                out.append(marked_text(seg, f))
                if f.has_fix:
                    out.append(
                        f' <span class="suggestion-text">{t["suggested"]} <span lang="ja">{escape(f.fix)}</span></span>'
                    )
            if f.status == Flag.Status.DISMISSED:
                out.append(f" <em>({t['dismissed']}: {escape(f.dismiss_reason or '')})</em>")
            elif f.status == Flag.Status.CONFIRMED:
                out.append(f' <em class="confirmed">({t["confirmed"]})</em>')
            if self.can_edit and f.status == Flag.Status.OPEN and f.has_fix:
                out.append(_fix_button(f, t))
            if self.can_review and f.status == Flag.Status.OPEN:
                out.append(
                    f'\n      <button type="button" class="link" data-action="confirm" title="{t["confirm_title"]}">'
                    f"{t['confirm']}</button>"
                    f'\n      <button type="button" class="link" data-action="dismiss">{t["dismiss"]}</button>'
                )
            elif self.can_review and (f.status == Flag.Status.DISMISSED or confirmed_check(f)):
                out.append(
                    f'\n      <button type="button" class="link" data-action="reopen">{t["reopen"]}</button>'
                )
            out.append("</li>")
        out.append('</ul>\n  </div>\n  <div class="actions">\n')
        out.append(f'    <span class="badge state">{t.get("state_" + seg.state, escape(seg.state))}</span>\n')
        if seg.kind != Segment.Kind.BOILERPLATE and self.can_edit:
            out.append(f'    <button type="button" data-action="edit">{t["edit"]}</button>\n')
            if self.can_review:
                out.append(
                    f'    <button type="button" data-action="approve" class="primary">{t["approve"]}</button>\n'
                    f'    <button type="button" data-action="reject">{t["reject"]}</button>\n'
                    f'    <button type="button" data-action="log-error" title="{t["log_error_title"]}">'
                    f"{t['log_error']}</button>\n"
                )
        if seg.relink_prev is not None and self.can_align:
            out.append(
                f'    <button type="button" data-action="relink-prev" data-other="{seg.relink_prev.pk}"'
                f' class="relink">{t["relink_prev"]} ↑</button>\n'
            )
        if seg.relink_next is not None and self.can_align:
            out.append(
                f'    <button type="button" data-action="relink-next" class="relink">{t["relink_next"]} ↓</button>\n'
            )
        out.append(f"    <details><summary>{t['more']}</summary>\n")
        if self.can_align:
            out.append(f'      <button type="button" data-action="merge">{t["merge"]}</button>\n')
            if len(seg.source_sentences) > 1 or len(seg.target_sentences) > 1:
                out.append(f'      <button type="button" data-action="split">{t["split"]}</button>\n')
            if seg.source_sentences and seg.target_sentences:
                out.append(f'      <button type="button" data-action="unlink">{t["unlink"]}</button>\n')
            if seg.source_sentences and seg.kind != Segment.Kind.BOILERPLATE:
                out.append(f'      <button type="button" data-action="link">{t["link"]}</button>\n')
        out.append(
            f'      <button type="button" data-action="history">{t["history"]}</button>\n'
            f'      <button type="button" data-action="comments">{t["comments"]}</button>\n'
        )
        if seg.kind != Segment.Kind.BOILERPLATE:
            out.append(
                f'      <button type="button" data-action="suggest" class="suggest-button">{t["suggest"]}</button>\n'
            )
        out.append('    </details>\n    <div class="panel" hidden></div>\n  </div>\n</div>')
        return "".join(out)
