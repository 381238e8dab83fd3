"""The parts every check shares: the segment under test, configuration, the check base class.

A check is one small class with a code, an MQM category, a default severity, a description and a
one-line ``check`` that yields findings. Analysis several checks need (the bridged source, numbers,
katakana words) is computed once, lazily, on :class:`Segment`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from alignment.bridge import to_kanji
from alignment.checks.japanese import Word, sentence_words
from alignment.text import normalize
from alignment.types import Flag

if TYPE_CHECKING:
    from alignment.checks.numbers import NumberDifferences

HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
KANA_RE = re.compile(r"[\u3041-\u309f\u30a0-\u30ff\uff66-\uff9f]")  # half-width katakana too
KATAKANA_WORD_RE = re.compile(r"[\u30a1-\u30fa\u30fc・]{3,}")
_KANJI_ONE_RE = re.compile(r"(?<=[\u30a1-\u30fa\u30fc])一(?=[\u30a1-\u30fa\u30fc])")

#: The checking budget of a segment. Checks whose work grows faster than the text (aligning
#: clauses, sounding out every stretch of a katakana word, MeCab's lattice) look at a source or
#: target of at most this many characters; a longer one (a page pasted as one line) gets the checks
#: that take linear time only, so one upload or edit cannot hold a worker for minutes.
MAX_CHECKED_CHARS = 2_000


# The characters other than Han that keys of the dictionaries :func:`to_kanji` converts with hold
# (OpenCC's s2t and t2jp): Latin letters and a hyphen, in a few phrases (SQL注入, PN结,
# 伯克希尔-哈撒韦). The full-width form of one may start to match a phrase once made half-width.
_WIDE_IN_PHRASES_RE = re.compile("[\uff21-\uff3a\uff41-\uff5a\uff0d]")


def bridged_normalized(source: str, source_norm: str) -> str:
    """``to_kanji(source_norm)``, where ``source_norm`` is ``normalize(source)``, from
    ``to_kanji(source)`` where that is the same: the document's consistency pass bridges the
    source as it is, and Chinese text nearly always holds a full-width ，, so the segment's own
    bridge was a second OpenCC conversion of every source (~1 s of 11,000 segments). A full-width
    character no dictionary key holds, and its half-width form, are each left as they are and end
    every phrase at them, so the Han around them is converted alike either way, and OpenCC never
    writes a full-width form: ``normalize`` then makes the one result the other."""
    if source_norm == source or _WIDE_IN_PHRASES_RE.search(source):
        return to_kanji(source_norm)
    return normalize(to_kanji(source))


def gettext_noop(message: str) -> str:
    """Marks a check's description for the workbench's message catalogue (``makemessages`` finds
    it by this name) without importing Django into the library; the text is returned as it is and
    translated where it is shown."""
    return message


@dataclass(frozen=True)
class Term:
    """A termbase entry: ``source`` must be rendered as ``target``, never as a ``forbidden`` form."""

    source: str
    target: str
    forbidden: tuple[str, ...] = ()


def occurrences(word: str, text: str) -> Iterator[int]:
    """Where ``word`` stands in ``text`` (start offsets, left to right, not overlapping): what
    ``re.finditer(re.escape(word), text)`` finds, without compiling a pattern for each word. The
    checks ask it of thousands of names and terms, each new to ``re``'s cache of 512 patterns,
    and compiling them was ~1.5 % of the check command's CPU."""
    if not word:
        yield from range(len(text) + 1)  # as re matches the empty pattern: at every offset
        return
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + len(word))


@dataclass(frozen=True)
class CheckConfig:
    enabled: frozenset[str] | None = None  # None: every registered check
    ignored: frozenset[str] = frozenset()
    termbase: Sequence[Term] = ()
    false_friends: Mapping[str, Sequence[str]] = field(default_factory=dict)  # zh trigger -> ja words
    severity_overrides: Mapping[str, str] = field(default_factory=dict)

    def wants(self, code: str, default: bool = True) -> bool:
        if code in self.ignored:
            return False
        return default if self.enabled is None else code in self.enabled


@dataclass(frozen=True)
class Finding:
    """What a check found: a span of the target (None for an absence) and the evidence."""

    message: str
    start: int | None = None
    end: int | None = None
    fix: str | None = None  # what the span should read, where the correction is mechanical


@dataclass(frozen=True)
class DocumentContext:
    """What the rest of the document tells about a segment, worked out once per document by
    ``run_document_checks``. A segment checked on its own is its own document: the default, where
    ``None`` means the check works the fact out from the segment itself."""

    names: frozenset[str] = frozenset()  # three-kanji person names written with an honorific
    places: frozenset[str] | None = None  # kanji before 市/省/県/州/区
    spaced_style: bool | None = None  # Latin and digit runs consistently spaced from Japanese
    about_china: bool | None = None
    korean: bool | None = None  # Korea or Singapore is mentioned
    japan: bool | None = None  # the setting is Japan
    consistency: tuple[Finding, ...] = ()  # renderings that differ from the document's or project's
    variants: tuple[Finding, ...] = ()  # katakana words spelled two ways
    name_variants: tuple[Finding, ...] = ()  # foreign names rendered two ways
    brackets: frozenset[int] = frozenset()  # offsets of brackets unmatched in the whole document
    half_width_digits: bool = False  # the document writes its digits half-width, all but a few
    targets: tuple[str, ...] = ()  # every target of the document, this one included
    chinese_names: frozenset[tuple[str, str]] = frozenset()  # names its sources locate, with kinds
    names_written: frozenset[str] = frozenset()  # ...those a target writes right


ALONE = DocumentContext()


class Segment:
    """One aligned segment; derived views are computed on first use and shared by all checks."""

    def __init__(self, source: str, target: str, config: CheckConfig, document: DocumentContext = ALONE):
        self.source = source or ""
        self.target = target or ""
        self.config = config
        self.document = document

    @cached_property
    def source_norm(self) -> str:
        """The source with full-width ASCII made half-width (:func:`normalize`): the number checks
        read it, five of them per segment."""
        return normalize(self.source)

    @cached_property
    def bridged(self) -> str:
        return bridged_normalized(self.source, self.source_norm)

    @cached_property
    def target_norm(self) -> str:
        return normalize(self.target)

    @cached_property
    def target_kana(self) -> str:
        """The target with kanji 一 read as the long-vowel mark between katakana (マ一ジーサイド is
        マージーサイド, a typography slip, not a different name); same length, same offsets."""
        return _KANJI_ONE_RE.sub("ー", self.target)

    @cached_property
    def tokens(self) -> list[Word]:
        """The target's words (:mod:`alignment.checks.japanese`), as the document's consistency
        pass may have asked for them already."""
        return list(sentence_words(self.target))

    @cached_property
    def token_starts(self) -> frozenset[int]:
        """Where the target's words start: the checks that take a match only on word boundaries
        (a copy, a repeat, a false friend) ask it of one segment many times."""
        return frozenset(t.start for t in self.tokens)

    @cached_property
    def token_ends(self) -> frozenset[int]:
        """Where the target's words end (:attr:`token_starts`)."""
        return frozenset(t.end for t in self.tokens)

    @cached_property
    def words(self) -> list[Word]:
        """The tokens with a visible surface: what the sentence ends on, for the ending checks."""
        return [t for t in self.tokens if t.surface.strip()]

    @cached_property
    def has_kana(self) -> bool:
        return bool(KANA_RE.search(self.target))

    @cached_property
    def over_budget(self) -> bool:
        return max(len(self.source), len(self.target)) > MAX_CHECKED_CHARS

    @cached_property
    def source_stripped(self) -> str:
        return self.source.strip()

    @cached_property
    def target_stripped(self) -> str:
        return self.target.strip()

    @cached_property
    def number_differences(self) -> NumberDifferences:
        """Shared by the two number checks (:func:`alignment.checks.numbers.number_differences`)."""
        from alignment.checks.numbers import number_differences  # noqa: PLC0415  cycle: numbers imports this module

        return number_differences(self)


@dataclass(frozen=True)
class Subsumes:
    """Flags that a flag of the check declaring this makes redundant (translate-toolkit's
    preconditions, seen from the other side): those of ``codes`` or ``categories``; only those
    with no span (``absent``); or only those within the flag's span (``inside``, weighed after the
    others). A flag that is itself subsumed subsumes nothing."""

    codes: frozenset[str] = frozenset()
    categories: frozenset[str] = frozenset()
    absent: bool = False
    inside: bool = False

    def hides(self, by: Flag, flag: Flag) -> bool:
        if flag.code not in self.codes and flag.category not in self.categories:
            return False
        if self.absent:
            return flag.start is None
        if self.inside:
            return (
                by.start is not None
                and by.end is not None
                and flag.start is not None
                and flag.end is not None
                and by.start <= flag.start
                and flag.end <= by.end
            )
        return True


#: A bracket left open by a dropped clause, or doubled with a repeated one, or cut off with the end
#: of the sentence, is that defect's symptom, not a second one (a lost 。 alone cuts no 」).
BRACKET_SYMPTOM = Subsumes(codes=frozenset({"punctuation-brackets"}))
#: A flag inside added or dropped content says nothing new: a number in an added clause is part of
#: the addition. The form of added Japanese (a misused ー, a stray space) and an added clause cut
#: off (…出発点となってい) are still worth their own flags.
INSIDE_CONTENT = Subsumes(
    categories=frozenset({"mistranslation", "number", "named_entity", "terminology", "grammar"}), inside=True
)
#: Chinese left in the target: it lengthens the target (the length is explained, not an addition),
#: and what lies inside it, a comma included, is part of the untranslated text.
UNTRANSLATED_SUBSUMES = (
    Subsumes(codes=frozenset({"addition-length"})),
    Subsumes(categories=INSIDE_CONTENT.categories | {"truncation", "punctuation", "typography"}, inside=True),
)
ADDITION_SUBSUMES = (BRACKET_SYMPTOM, INSIDE_CONTENT)


class Check:
    code: str = ""
    category: str = ""
    severity: str = "minor"
    # What the check looks for, in English, marked with gettext_noop: the workbench translates it
    # through its message catalogue for a reviewer working in another language.
    description: str = ""
    bilingual: bool = True  # False: also runs on Japanese with no source
    default_enabled: bool = True  # False: runs only when a project enables it
    subsumes: tuple[Subsumes, ...] = ()  # the flags one of this check's flags makes redundant
    linear: bool = True  # False: skipped on a segment over MAX_CHECKED_CHARS
    # True: the check's own work asks the multilingual encoder (``meaning.vectors``) for new texts,
    # so that segments checked together run it each in a task of its own and their texts are
    # encoded in one call (``meaning.embedded_together``). A check that asks without it gets the
    # same flags; its segments' texts are only encoded one segment at a time.
    asks_encoder: bool = False

    def check(self, seg: Segment) -> Iterable[Finding]:
        raise NotImplementedError

    def flags(self, seg: Segment) -> list[Flag]:
        """This check's flags on the segment (the registry's ``_run`` does the same inline)."""
        if not self.linear and seg.over_budget:
            return []
        severity = seg.config.severity_overrides.get(self.code, self.severity)
        return [
            Flag(self.code, self.category, severity, f.start, f.end, f.message, f.fix)
            for f in self.check(seg)
        ]
