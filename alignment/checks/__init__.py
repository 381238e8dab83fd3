"""MT defect checks for zh→ja, Weblate-style: one small class per check, registered here.

``run_checks(source, target)`` flags one aligned segment; ``run_document_checks`` flags a whole
document and adds what needs context (names the document uses, inconsistent renderings).
Monolingual checks (``bilingual = False``) also run on Japanese with no source.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from alignment.checks.base import Check, CheckConfig, DocumentContext, Finding, Segment, Term
from alignment.checks.chinese_names import ChineseNameInKatakana, about_china, korean_setting
from alignment.checks.cities import CityAbbreviation
from alignment.checks.cjk_names import CJKNameMandarinReading
from alignment.checks.conjugation import ImpossibleConjugation, VoiceOnWrongForm
from alignment.checks.connectives import ConcessionAsCause, NotButAsNotOnly
from alignment.checks.consistency import (
    Inconsistency,
    KatakanaVariant,
    Reference,
    document_findings,
    katakana_variants,
)
from alignment.checks.content import (
    EmptyTarget,
    LongTarget,
    Repetition,
    ShortTarget,
    UncoveredClause,
    UnsupportedClause,
)
from alignment.checks.countries import AddedCity, MissionReversed, WrongCountry
from alignment.checks.dates import ClockHalfSwapped, DateSwapped
from alignment.checks.entities import (
    BrokenName,
    ForeignNameMissing,
    LatinNameMissing,
    UnexplainedKatakana,
    UnrelatedKatakana,
    document_names,
    document_places,
)
from alignment.checks.established import CalquedTerm, ForeignMinister, PartlyCopiedTerm
from alignment.checks.extents import ChangeToAsBy
from alignment.checks.foreign_entities import ForeignEntity
from alignment.checks.grammar import (
    ActiveForPassive,
    AdjectiveAsVerb,
    BareDemonstrative,
    ChangeBeforeFigure,
    DoubledParticle,
    DoubledWord,
    DoubleObject,
    IntransitivePassive,
    NiForObject,
    NiForPartner,
    ObjectOfAdjective,
    ObjectOfIntransitive,
    ObjectOfNiVerb,
    ObjectOfPassive,
    PlaceOfEventNi,
    RepeatedTopic,
    RunTogetherItems,
    StrandedAuxiliary,
    SubjectOfAdjectiveAsObject,
)
from alignment.checks.homophones import HomophoneSlip
from alignment.checks.idioms import LiteralIdiom
from alignment.checks.known_names import OtherKnownName
from alignment.checks.lists import DroppedListItem
from alignment.checks.mandarin_readings import ChinesePlaceInKatakana, MandarinReading
from alignment.checks.meaning import embedded_together
from alignment.checks.name_kanji import (
    HomophoneName,
    HomophonePlace,
    NameCharacter,
    PlaceAsPerson,
    PlaceUnit,
    SplitName,
    TranscribedName,
    document_chinese_names,
)
from alignment.checks.name_variants import NameVariant, document_name_variants
from alignment.checks.numbers import (
    AddedNumber,
    DigitCountMisread,
    FrequencyChange,
    MultipleMisread,
    NumberMismatch,
    ScaleChange,
    SwappedFigures,
    WrongCounter,
)
from alignment.checks.opposites import ComparisonReversed, CompassPointChanged, DegreeReversed, OppositeWord
from alignment.checks.organisations import WrongOrganisation
from alignment.checks.page_chrome import BoilerplateLeak
from alignment.checks.pinyin_phrases import install as _install_pinyin_phrases
from alignment.checks.polarity import (
    CausativeWithoutObject,
    ChangeReversed,
    DirectionReversed,
    DoneAsPlan,
    NegationMismatch,
    ObligationAdded,
    OngoingAsDone,
    PlanAsDone,
)
from alignment.checks.provinces import WrongProvince
from alignment.checks.punctuation import ChinesePunctuation, UnbalancedBrackets, document_unmatched
from alignment.checks.qualifiers import (
    BoundReversed,
    OnlyAdded,
    OnlyDropped,
    QualifierAdded,
    QualifierDropped,
)
from alignment.checks.records import AddedDegree, AddedRecord, RankChanged
from alignment.checks.roles import PlacesSwapped
from alignment.checks.senses import SenseMismatch
from alignment.checks.terms import (
    Calque,
    ChineseWord,
    FalseFriend,
    JapanPlaceWord,
    TermbaseViolation,
    japan_setting,
)
from alignment.checks.time_relations import (
    BeforeAsAfter,
    PeriodChanged,
    RelativeDateShifted,
    TimeRelationReversed,
)
from alignment.checks.titles import TitleQualifierDropped
from alignment.checks.truncation import MissingFinalStop, Truncation
from alignment.checks.typography import (
    SpacedNumber,
    Typography,
    document_half_width_digits,
    document_spaced_style,
)
from alignment.checks.units import UnitChanged
from alignment.checks.untranslated import CopiedSource, SimplifiedCharacters
from alignment.types import Flag

# Before any check imports pypinyin: its phrase dictionary read compactly (pinyin_phrases).
_install_pinyin_phrases()

#: The registry: every check the product runs, by code.
CHECKS: dict[str, Check] = {
    check.code: check
    for check in (
        CopiedSource(),
        SimplifiedCharacters(),
        ChineseWord(),
        Truncation(),
        MissingFinalStop(),
        NumberMismatch(),
        AddedNumber(),
        WrongCounter(),
        UnitChanged(),
        DateSwapped(),
        ClockHalfSwapped(),
        QualifierDropped(),
        QualifierAdded(),
        OnlyAdded(),
        OnlyDropped(),
        BoundReversed(),
        ScaleChange(),
        MultipleMisread(),
        DigitCountMisread(),
        FrequencyChange(),
        SwappedFigures(),
        LatinNameMissing(),
        ForeignNameMissing(),
        BrokenName(),
        PlaceAsPerson(),
        ChineseNameInKatakana(),
        TranscribedName(),
        HomophonePlace(),
        PlaceUnit(),
        ForeignEntity(),
        HomophoneName(),
        NameCharacter(),
        SplitName(),
        MandarinReading(),
        CJKNameMandarinReading(),
        ChinesePlaceInKatakana(),
        UnexplainedKatakana(),
        UnrelatedKatakana(),
        NameVariant(),
        OtherKnownName(),
        WrongCountry(),
        WrongProvince(),
        WrongOrganisation(),
        AddedCity(),
        CityAbbreviation(),
        EmptyTarget(),
        ShortTarget(),
        UncoveredClause(),
        DroppedListItem(),
        TitleQualifierDropped(),
        LongTarget(),
        Repetition(),
        UnsupportedClause(),
        TermbaseViolation(),
        FalseFriend(),
        SenseMismatch(),
        NegationMismatch(),
        ObligationAdded(),
        PlanAsDone(),
        DoneAsPlan(),
        CausativeWithoutObject(),
        DirectionReversed(),
        ChangeReversed(),
        OppositeWord(),
        CompassPointChanged(),
        ComparisonReversed(),
        DegreeReversed(),
        TimeRelationReversed(),
        BeforeAsAfter(),
        RelativeDateShifted(),
        PeriodChanged(),
        ConcessionAsCause(),
        NotButAsNotOnly(),
        PlacesSwapped(),
        ChangeToAsBy(),
        MissionReversed(),
        AddedRecord(),
        AddedDegree(),
        RankChanged(),
        OngoingAsDone(),
        LiteralIdiom(),
        CalquedTerm(),
        PartlyCopiedTerm(),
        ForeignMinister(),
        Calque(),
        JapanPlaceWord(),
        ChinesePunctuation(),
        UnbalancedBrackets(),
        Typography(),
        SpacedNumber(),
        HomophoneSlip(),
        DoubledParticle(),
        PlaceOfEventNi(),
        ChangeBeforeFigure(),
        DoubleObject(),
        RepeatedTopic(),
        StrandedAuxiliary(),
        ActiveForPassive(),
        DoubledWord(),
        ObjectOfNiVerb(),
        NiForObject(),
        NiForPartner(),
        SubjectOfAdjectiveAsObject(),
        AdjectiveAsVerb(),
        ImpossibleConjugation(),
        VoiceOnWrongForm(),
        ObjectOfPassive(),
        ObjectOfIntransitive(),
        ObjectOfAdjective(),
        IntransitivePassive(),
        RunTogetherItems(),
        BareDemonstrative(),
        BoilerplateLeak(),
        Inconsistency(),
        KatakanaVariant(),
    )
}

DEFAULT_CONFIG = CheckConfig()

__all__ = [
    "CHECKS",
    "Check",
    "CheckConfig",
    "DocumentContext",
    "Finding",
    "Reference",
    "Segment",
    "Term",
    "check_segments",
    "describe",
    "run_checks",
    "run_document_checks",
]


def describe() -> list[dict[str, str | bool]]:
    """What each check does, for the managers' enable/ignore settings (``description`` in
    English: the workbench translates it)."""
    return [
        {
            "code": c.code,
            "category": c.category,
            "severity": c.severity,
            "bilingual": c.bilingual,
            "default_enabled": c.default_enabled,
            "description": c.description,
        }
        for c in CHECKS.values()
    ]


#: Segments checked together, each check over all of them before the next (:func:`_run_together`).
#: 8 already gave most of the gain on the check command's input; 16 holds a line's chunk and the
#: ones waiting for the encoder well within the memory budget (~20-30 KB of analysis a segment).
TOGETHER = 16


def _run(seg: Segment) -> list[Flag]:
    return _run_together((seg,))[0]


def _run_together(segs: Sequence[Segment]) -> list[list[Flag]]:
    """Each segment's flags, as checking it alone gives them: every check is run over all the
    segments before the next check runs. Checks keep no state and their caches are pure, so the
    order changes no flag; what it changes is what the processor's caches hold. Run segment by
    segment, the ~75 checks' code and tables (MeCab's dictionary, OpenCC's, CC-CEDICT's, each
    check's own lists and patterns) evicted one another at every segment, and a check ran 20-30 %
    slower than the same code run on a batch of segments in a row (3,000 segments of the check
    command's input, in-process, checks alone: 7.5 s one segment at a time, 6.1 s sixteen or more
    together). The segments share one configuration (a document's, or the command's).

    The registry loop does what ``CheckConfig.wants`` and ``Check.flags`` do, written out: it runs
    ~75 times a segment and most checks find nothing, so the two calls and the list they cost per
    check were most of the loop's time (108 against 24 µs a segment before checks ran together)."""
    if not segs:
        return []
    flags: list[list[Flag]] = [[] for _ in segs]
    monolingual = [not seg.source_stripped for seg in segs]
    config = segs[0].config
    enabled, ignored, overrides = config.enabled, config.ignored, config.severity_overrides
    for code, check in CHECKS.items():
        if code in ignored or not (check.default_enabled if enabled is None else code in enabled):
            continue
        category, severity = check.category, overrides.get(code, check.severity)
        bilingual, bounded = check.bilingual, not check.linear
        if check.asks_encoder and len(segs) > 1:
            _run_waiting(check, segs, flags, monolingual)
            continue
        for seg, out, alone in zip(segs, flags, monolingual, strict=True):
            if (alone and bilingual) or (bounded and seg.over_budget):
                continue
            for f in check.check(seg):
                out.append(Flag(code, category, severity, f.start, f.end, f.message, f.fix))
    return [_drop_nested(found) for found in flags]


def _run_waiting(
    check: Check, segs: Sequence[Segment], flags: list[list[Flag]], monolingual: list[bool]
) -> None:
    """:func:`_run_together`'s step for a check that asks the encoder: each segment's call is a
    task of :func:`embedded_together`, so that the texts the segments ask for are encoded in one
    call (or with those of other chunks waiting, in the check command)."""
    severity = segs[0].config.severity_overrides.get(check.code, check.severity)
    checked = [
        k
        for k, (seg, alone) in enumerate(zip(segs, monolingual, strict=True))
        if not (alone and check.bilingual) and not (not check.linear and seg.over_budget)
    ]
    found = embedded_together([partial(_findings, check, segs[k]) for k in checked])
    for k, findings in zip(checked, found, strict=True):
        flags[k].extend(
            Flag(check.code, check.category, severity, f.start, f.end, f.message, f.fix) for f in findings
        )


def _findings(check: Check, seg: Segment) -> list[Finding]:
    return list(check.check(seg))


def _drop_nested(flags: list[Flag]) -> list[Flag]:
    """The flags no other flag subsumes (``Check.subsumes``): first across the segment, then
    within the spans of what is left."""
    return _drop_subsumed(_drop_subsumed(flags, inside=False), inside=True)


def _drop_subsumed(flags: list[Flag], *, inside: bool) -> list[Flag]:
    rules = [(by, rule) for by in flags for rule in CHECKS[by.code].subsumes if rule.inside == inside]
    if not rules:
        return flags
    hidden: dict[int, bool] = {}

    def is_hidden(flag: Flag) -> bool:
        if id(flag) not in hidden:
            hidden[id(flag)] = False  # stops a loop, should declarations ever form a cycle
            hidden[id(flag)] = any(
                by is not flag and rule.hides(by, flag) and not is_hidden(by) for by, rule in rules
            )
        return hidden[id(flag)]

    return [f for f in flags if not is_hidden(f)]


def run_checks(source: str, target: str, *, config: CheckConfig | None = None) -> list[Flag]:
    """Flags of one aligned segment (``source`` may be empty: Japanese with no source), without
    document context: :func:`run_document_checks` gives that."""
    if not (target or "").strip() and not (source or "").strip():
        return []
    return _run(Segment(source, target, config or DEFAULT_CONFIG))


def check_segments(
    pairs: Sequence[tuple[str, str]], *, config: CheckConfig | None = None
) -> list[list[Flag]]:
    """:func:`run_checks` of each (source, target) pair, the pairs checked together
    (:func:`_run_together`): the same flags, in less time than one pair at a time."""
    config = config or DEFAULT_CONFIG
    out: list[list[Flag]] = [[] for _ in pairs]
    checked = [
        k for k, (source, target) in enumerate(pairs) if (target or "").strip() or (source or "").strip()
    ]
    for start in range(0, len(checked), TOGETHER):
        chunk = checked[start : start + TOGETHER]
        for k, found in zip(chunk, _run_together([Segment(*pairs[k], config) for k in chunk]), strict=True):
            out[k] = found
    return out


def run_document_checks(
    pairs: Sequence[tuple[str, str]],
    *,
    config: CheckConfig | None = None,
    only: int | None = None,
    references: Sequence[Reference] = (),
) -> list[list[Flag]]:
    """Flags per segment of a document, with document-level context and consistency checks.

    ``only``: check that one position (after an edit), still in the context of the whole document;
    the other positions come back empty. ``references``: the project's approved translations from
    other documents, which the consistency check holds the document's renderings to."""
    config = config or DEFAULT_CONFIG
    targets = [t or "" for _, t in pairs]
    names = document_names(targets)
    places = document_places(targets)
    spaced = document_spaced_style(targets)
    china = about_china(targets)
    korean = korean_setting(list(pairs))
    japan = japan_setting(targets)
    brackets = document_unmatched(targets)
    half_width_digits = document_half_width_digits(targets)
    all_targets = tuple(targets)
    chinese_names, names_written = document_chinese_names(pairs)
    wanted = config.wants(Inconsistency.code, Inconsistency.default_enabled)
    consistency = document_findings(pairs, references) if wanted else [[] for _ in pairs]
    variants = (
        katakana_variants(targets)
        if config.wants(KatakanaVariant.code, KatakanaVariant.default_enabled)
        else [[] for _ in pairs]
    )
    name_variants = (
        document_name_variants(pairs)
        if config.wants(NameVariant.code, NameVariant.default_enabled)
        else [[] for _ in pairs]
    )
    out: list[list[Flag]] = [[] for _ in pairs]
    checked: list[tuple[int, Segment]] = []
    for k, ((source, target), found, variant, name_variant) in enumerate(
        zip(pairs, consistency, variants, name_variants, strict=True)
    ):
        if (only is not None and k != only) or (not (target or "").strip() and not (source or "").strip()):
            continue
        document = DocumentContext(
            names=names,
            places=places,
            spaced_style=spaced,
            about_china=china,
            korean=korean,
            japan=japan,
            consistency=tuple(found),
            variants=tuple(variant),
            name_variants=tuple(name_variant),
            brackets=brackets[k],
            half_width_digits=half_width_digits,
            targets=all_targets,
            chinese_names=chinese_names,
            names_written=names_written,
        )
        checked.append((k, Segment(source, target, config, document)))
        if len(checked) == TOGETHER:
            _fill(out, checked)
    _fill(out, checked)
    return out


def _fill(out: list[list[Flag]], checked: list[tuple[int, Segment]]) -> None:
    """Check the segments waiting in ``checked`` together, put their flags in place in ``out``
    and empty ``checked``."""
    for (k, _), found in zip(checked, _run_together([seg for _, seg in checked]), strict=True):
        out[k] = found
    checked.clear()
