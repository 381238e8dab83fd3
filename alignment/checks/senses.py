"""A Japanese word copied from the Chinese word it renders, where the two share no sense.

MT carries a Chinese word's characters into Japanese (深刻 → 深刻, 税收 → 税収, 手纸 → 手紙); most
such copies are right (经济 → 経済), some are false friends whose Japanese meaning is another (深刻 is
"profound" in Chinese, "grave" in Japanese). The sense lexicon (:mod:`alignment.lexicon`) knows both
words' senses in English, from CC-CEDICT and JMdict; a copy none of whose senses meets any sense of
the source word is flagged, with what the source word means and what Japanese writes for it. One
mechanism for every such word, rather than a list of known false friends.

Cross-validation over documents (``benchmarks/cv_checks.py --grid``) chose to flag only copies that
JMdict does not mark as common Japanese, and only where Japanese has a common word for the source
word: a common copy (堅持, 一致, 貨物) is mostly a translation that reads well however the two
dictionaries word their glosses, and a rare term with only rare alternatives (a scientific name) is
mostly the translator's choice.
"""

from __future__ import annotations

from collections.abc import Iterator

from alignment import lexicon
from alignment.bridge import to_kanji
from alignment.checks.base import Check, Finding, Segment, gettext_noop
from alignment.checks.origins import source_words
from alignment.checks.terms import whole_words

#: A copy is flagged when at most this share of the source word's glosses meets the Japanese
#: word's (chosen by cross-validation over documents: ``benchmarks/cv_checks.py --grid``).
MAX_SHARED = 0.0
#: 1: flag copies that JMdict marks as common Japanese words too; 0: only the rarer ones (a rare
#: Japanese word standing for a common Chinese one is the likelier slip). Cross-validated.
FLAG_COMMON = 0
#: 1: flag only where one of the Japanese words offered for the source word is common Japanese
#: (everyday Japanese has a word for it that the translation did not use); 0: wherever one is
#: offered. Cross-validated.
NEED_COMMON_RENDERING = 1
#: Shortest source word considered: a single character is too ambiguous to judge alone.
MIN_CHARS = 2


def _senses_text(senses: tuple[tuple[str, ...], ...], limit: int = 3) -> str:
    glosses = [g for s in senses for g in s][:limit]
    return "; ".join(glosses)


def sense_copies(seg: Segment) -> Iterator[tuple[str, str, int, float]]:
    """(source word, its kanji copy in the target, the copy's offset, the share of shared senses)
    for every copy that both dictionaries know; longest source words first, a copy inside a longer
    one not asked again."""
    claimed: list[tuple[int, int]] = []
    for zh in sorted(source_words(seg.source), key=len, reverse=True):
        if len(zh) < MIN_CHARS:
            continue
        copy = to_kanji(zh)
        if copy not in seg.target:
            continue
        for pos in whole_words(seg, copy):
            end = pos + len(copy)
            if any(a < end and pos < b for a, b in claimed):
                continue
            claimed.append((pos, end))
            shared = lexicon.sense_match(zh, copy)
            if shared is not None:
                yield zh, copy, pos, shared


class SenseMismatch(Check):
    code = "mistranslation-sense"
    linear = False  # reads MeCab's tokens
    category = "mistranslation"
    severity = "major"
    # Opt-in (a project enables it): with the thresholds above its flags on checks/dev, mt-dev and
    # align/dev's human pairs are right two times in seven, and over five folds by document the
    # held-out unit F1 is 0.698 with it against 0.699 without (benchmarks/README.md).
    default_enabled = False
    description = gettext_noop(
        "A Chinese word copied into Japanese where none of the Japanese word's senses is one of the "
        "Chinese word's (暗算 'plot against' → 暗算 'mental arithmetic'), by CC-CEDICT and JMdict."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        for zh, copy, pos, shared in sense_copies(seg):
            if shared > MAX_SHARED or (not FLAG_COMMON and lexicon.is_common(copy)):
                continue
            better = [r for r in lexicon.renderings(zh) if r != copy][:3]
            if not better or (NEED_COMMON_RENDERING and not any(map(lexicon.is_common, better))):
                continue  # no (everyday) Japanese word is known to render it: no evidence against the copy
            yield Finding(
                f"'{copy}' means {_senses_text(lexicon.japanese_senses(copy))} in Japanese; "
                f"{zh} means {_senses_text(lexicon.chinese_senses(zh))}: Japanese writes {' / '.join(better)}",
                pos,
                pos + len(copy),
            )
