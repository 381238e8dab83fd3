"""How far a reviewer can trust a flag: the share of its check's flags that were right.

Measured by ``benchmarks/cv_checks.py`` on the development sets (injected defects, press-office MT
and clean human translations) and shipped as data, so a flag of confidence 0.9 is one whose check
was right about nine times in ten there. A check that flagged too rarely to measure takes its
category's figure; a category never measured, an even chance.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "check_confidence.json"


#: The confidence of a flag whose check and category were never measured: an even chance.
UNMEASURED = 0.5


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


def _table() -> tuple[dict[str, float], dict[str, float]]:
    data = _data()
    return data["checks"], data["categories"]


def measured() -> tuple[dict[str, float], dict[str, float]]:
    """Copies of the per-check and per-category confidences: what a database query filtering flags
    by confidence needs, since a flag's confidence follows from its check and category."""
    checks, categories = _table()
    return dict(checks), dict(categories)


def default_threshold() -> float:
    """The confidence below which a project hides flags unless it chooses otherwise: the lowest
    confidence at which the flags at or above it were right nine times in ten out of fold
    (``benchmarks/cv_checks.py --write-confidence``)."""
    return float(_data().get("threshold", UNMEASURED))


def confidence(code: str, category: str) -> float:
    """The calibrated probability that a flag of check ``code`` marks a real defect."""
    checks, categories = _table()
    return checks.get(code, categories.get(category, UNMEASURED))
