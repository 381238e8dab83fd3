"""Text downloads served alike by the pages and the API (``pages.spreadsheets`` has the CSV ones):
one function each, so that a browser's download and a script's are the same file."""

from __future__ import annotations

from collections.abc import Mapping

from django.http import HttpResponse
from django.utils.http import content_disposition_header

from workbench.models import Document
from workbench.services import exports


def corrected_article_response(document: Document, query: Mapping[str, str]) -> HttpResponse:
    """The corrected article as a text file named after the imported one (with ``?changes=1``,
    with track changes against the machine translation); ``X-Rows-Not-Approved`` tells a script
    whether it is final."""
    changes = query.get("changes") == "1"
    article = exports.corrected_article(document, changes=changes)
    response = HttpResponse(article.text, content_type="text/plain; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(
        True, exports.download_name(document, "changes.txt" if changes else "corrected.txt")
    )
    response["X-Rows"] = str(article.rows)
    response["X-Rows-Not-Approved"] = str(article.not_approved)
    return response
