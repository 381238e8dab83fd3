"""Which flags a reader sees: the one place where flags below a confidence are filtered out.

A check's flags are right some share of the time (``alignment.checks.confidence``, calibrated on
the cross-validation folds); a project hides the automatic flags below its ``flag_threshold`` from
the review page's default view, the MQM estimate and the QA report, so a reviewer's attention goes
where the checks are usually right. The flags stay stored and stay in the API, with their
confidence. Only open automatic flags are hidden: a flag a reviewer logged, confirmed, dismissed or
fixed carries a person's judgement, which the page keeps showing.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Exists, OuterRef, Q

from alignment.checks.confidence import UNMEASURED, confidence, measured
from workbench.models import Flag


def flag_confidence(flag: Flag) -> float | None:
    """An automatic flag's calibrated confidence; None for a reviewer's flag."""
    return confidence(flag.code, flag.category) if flag.origin == Flag.Origin.AUTO else None


def shown(flag: Flag, threshold: float | None) -> bool:
    """Whether the flag is at or above the threshold (or a reviewer acted on it); None: all are."""
    if threshold is None or flag.origin != Flag.Origin.AUTO or flag.status != Flag.Status.OPEN:
        return True
    return confidence(flag.code, flag.category) >= threshold


def hidden(flags: Iterable[Flag], threshold: float | None) -> list[Flag]:
    """The flags :func:`shown` leaves out, each with its confidence: what an approval lets through
    without asking (the reviewer was never shown them) and records that it did."""
    return [f for f in flags if not shown(f, threshold)]


def hidden_note(flags: Iterable[Flag]) -> list[dict]:
    """Hidden flags as a revision records them: which, of what check and severity, how likely right."""
    return [
        {"id": f.pk, "code": f.code, "severity": f.severity, "confidence": flag_confidence(f)} for f in flags
    ]


def has_open_shown_flag(threshold: float | None) -> Exists:
    """For a query over segments: the row has an open flag at or above the threshold — one a
    reviewer sees, which holds it back from approval in one go (``selectors.flags.unflagged_rows``)."""
    return Exists(Flag.objects.filter(confident(threshold), segment=OuterRef("pk"), status=Flag.Status.OPEN))


def confident(threshold: float | None) -> Q:
    """The condition :func:`shown` puts, for a query over flags (from segments, filter on
    ``flags__in=Flag.objects.filter(confident(t))``: a negated condition across the relation would
    ask about all of a segment's flags). A flag's confidence follows from its check (or, for a check
    never measured, its category), so the condition lists the checks and categories at or above the
    threshold; None keeps every flag."""
    if threshold is None:
        return Q()
    checks, categories = measured()
    measured_check = Q(code__in=sorted(checks))
    condition = (
        Q(origin=Flag.Origin.REVIEWER)
        | ~Q(status=Flag.Status.OPEN)
        | Q(code__in=sorted(c for c, v in checks.items() if v >= threshold))
        | (~measured_check & Q(category__in=sorted(c for c, v in categories.items() if v >= threshold)))
    )
    if UNMEASURED >= threshold:
        condition |= ~measured_check & ~Q(category__in=sorted(categories))
    return condition
