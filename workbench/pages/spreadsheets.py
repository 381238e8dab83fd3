"""CSV downloads for spreadsheet programs: the dashboard's table, the issue list, a document's
rows side by side."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence

from django.http import StreamingHttpResponse
from django.utils.http import content_disposition_header

from workbench.services.exports import spreadsheet_cell


class _Echo:
    """A file-like object that hands back what the csv writer writes, for streaming."""

    def write(self, value: str) -> str:
        return value


def csv_response(filename: str, columns: Sequence[str], rows: Iterable[Sequence]) -> StreamingHttpResponse:
    """``rows`` under ``columns``, streamed as they are read, after a byte-order mark: without it
    spreadsheet programs read UTF-8 Chinese and Japanese as mojibake."""
    writer = csv.writer(_Echo())

    def lines():
        yield "\ufeff" + writer.writerow(columns)
        for row in rows:
            yield writer.writerow([spreadsheet_cell(cell) for cell in row])

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response
