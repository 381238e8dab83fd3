"""Template helpers for the review page."""

from __future__ import annotations

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

register = template.Library()


@register.simple_tag
def highlight(text: str, flags) -> SafeString:
    """The target text, escaped, with each open flag's span wrapped in a <mark> carrying its message."""
    spans = sorted(
        (
            f
            for f in flags
            if f.start is not None and f.end is not None and f.status == "open" and 0 <= f.start < f.end
        ),
        key=lambda f: (f.start, -f.end),
    )
    out, pos = [], 0
    for f in spans:
        start, end = max(f.start, pos), min(f.end, len(text))
        if start >= end:
            continue
        out.append(escape(text[pos:start]))
        out.append(
            f'<mark class="cat-{escape(f.category)} sev-{escape(f.severity)}" title="{escape(f.message)}">'
            f"{escape(text[start:end])}</mark>"
        )
        pos = end
    out.append(escape(text[pos:]))
    return mark_safe("".join(out))  # every piece above is escaped
