"""Calques of the vocabulary Chinese news shares: a term Japanese writes otherwise than its kanji.

MT copies the characters of a Chinese institution or policy term into Japanese (海关 → 海関,
联合国 → 連合国, 非物质文化遗产 → 非物質文化遺産) where the Japanese press has an established term
(税関, 国連, 無形文化遺産). The shipped list (``alignment/data/established_terms.json``) names
each term's meaning, its Japanese forms and why; the kanji copy itself is derived with the hanzi
bridge, so one entry catches the copy whichever characters the MT chose. A project's termbase
decides its own terms: an entry whose term it lists is left to the termbase check.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from alignment.bridge import to_kanji
from alignment.checks.base import Check, Finding, Segment, gettext_noop

DATA = Path(__file__).resolve().parent.parent / "data" / "established_terms.json"


@lru_cache(maxsize=1)
def established_terms() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...], str], ...]:
    """(Chinese term, its wrong Japanese forms, the established forms, what it means)."""
    data = json.loads(DATA.read_text(encoding="utf-8"))
    return tuple(
        (
            t["zh"],
            tuple(dict.fromkeys((to_kanji(t["zh"]), *t.get("also_wrong", ())))),
            tuple(t["ja"]),
            t["means"],
        )
        for t in data["terms"]
    )


class CalquedTerm(Check):
    code = "terminology-calque"
    category = "terminology"
    severity = "major"
    description = gettext_noop(
        "A Chinese institution or policy term copied in kanji where Japanese has an established term "
        "(海关 → 海関 for 税関, 联合国 → 連合国 for 国連)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        decided = {term.source for term in seg.config.termbase}
        for zh, wrong_forms, right, means in established_terms():
            if zh not in seg.source or any(zh in source for source in decided):
                continue
            for wrong in wrong_forms:
                pos = seg.target.find(wrong)
                if pos < 0:
                    continue
                yield Finding(
                    f"'{wrong}' copies Chinese {zh} ({means}); Japanese writes {' / '.join(right)}",
                    pos,
                    pos + len(wrong),
                )
                break
