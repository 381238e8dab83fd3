"""Every check on hostile text: time linear in its length, or not run beyond the checking budget.

One translator's 100,000-character edit once held a request for 28 s in a quadratic pattern. Time
here is the process's CPU time, not the wall clock, so a loaded machine does not fail the test; the
slack is wide because only a blow-up (quadratic: minutes) has to fail it.
"""

from __future__ import annotations

import signal
import time

from alignment.checks import CHECKS, CheckConfig, Segment
from alignment.checks.base import MAX_CHECKED_CHARS

_EVERYTHING = CheckConfig(enabled=frozenset(CHECKS))  # the opt-in checks too
_SLACK = 8
_SHORT_SOURCE = "这是一个句子。"


def _hostile(length: int) -> dict[str, str]:
    """Runs that make backtracking patterns and all-pairs loops blow up: one character class
    unbroken, repeated units, characters that never repeat, unclosed brackets, punctuation runs."""

    def cycle(unit: str) -> str:
        return (unit * (length // len(unit) + 1))[:length]

    return {
        "word characters": cycle("a"),
        "digits": cycle("7"),
        "digits and commas": cycle("1,"),
        "katakana": cycle("ア"),
        "katakana word parts": cycle("カリフォルニア・"),
        "long vowel marks": cycle("ー"),
        "kanji": cycle("国"),
        "kanji numerals": cycle("三"),
        "tags": cycle("<b"),
        "blanks": cycle(" "),
        "never repeating": "".join(chr(0x4E00 + k % 20_000) for k in range(length)),
        "hiragana": cycle("の"),
        "opening brackets": cycle("（「(《"),
        "commas": cycle("、"),
        "dots and spaces": cycle(". "),
        "hyphenated name": cycle("a-b(c)"),
        "sentences": cycle("東京都は2024年に3万人が来た。"),
    }


class _OverBudget(Exception):
    pass


def _over_budget(*_):
    raise _OverBudget


def _slow(texts: dict[str, str], budget: float, codes) -> dict[tuple[str, str, int], str]:
    """The checks and inputs on which a check spends more than ``budget`` seconds of CPU; a CPU
    timer stops it there, so a quadratic check fails in seconds instead of running for an hour.
    The checks share each segment, as they do in the product: the derived views (the bridged
    source, MeCab's tokens) are charged to the first check that asks for them."""
    for warm_up in _hostile(200).values():  # load the dictionaries and MeCab outside the timing
        seg = Segment(_SHORT_SOURCE, warm_up, _EVERYTHING)
        for code in codes:
            CHECKS[code].flags(seg)
    slow = {}
    previous = signal.signal(signal.SIGPROF, _over_budget)
    try:
        for name, target in texts.items():
            for source in ("", _SHORT_SOURCE, target):
                seg = Segment(source, target, _EVERYTHING)
                for code in codes:
                    started = time.process_time()
                    signal.setitimer(signal.ITIMER_PROF, budget)
                    try:
                        CHECKS[code].flags(seg)
                    except _OverBudget:
                        slow[code, name, len(source)] = "stopped"
                    finally:
                        signal.setitimer(signal.ITIMER_PROF, 0)
                    spent = time.process_time() - started
                    if spent > budget:
                        slow[code, name, len(source)] = f"{spent:.2f} s"
    finally:
        signal.signal(signal.SIGPROF, previous)
    return slow


def test_every_check_is_linear_on_100000_hostile_characters():
    length = 100_000
    budget = 0.05 * length / 10_000 * _SLACK  # 50 ms per 10,000 characters, times the slack
    slow = _slow(_hostile(length), budget, sorted(CHECKS))
    assert not slow, f"over {budget} s of CPU: {slow}"


def test_checks_that_are_not_linear_keep_to_the_checking_budget():
    """They run on a source and target up to MAX_CHECKED_CHARS characters, within a second."""
    slow = _slow(_hostile(MAX_CHECKED_CHARS), 1.0, sorted(c.code for c in CHECKS.values() if not c.linear))
    assert not slow, f"over a second of CPU: {slow}"
