"""What the sentence asserts rather than what it names: a negation lost, a prohibition turned
into an obligation, a plan told as done, a causative with nobody made to act.

MT renders every word of 没想到夏天会这么热 and still says the opposite (予想通りだった), or turns
将推动 "will push" into 推進した "pushed": no word is wrong, the polarity or the tense is. All are
read from closed classes of words. The source's negations are its function words of negation
(不, 没有, 未, 无法, 切勿 …) as the CC-CEDICT segmentation finds them standing alone, so that a word
whose 不 or 无 no longer negates (不断, 不仅, 无论, 非常) is one word and not counted; a double negation
(不得不, 无不) is an assertion. Negation has many renderings in Japanese besides its auxiliaries
(ない, ず, ぬ, ん): 不到 → 未満, 拒绝 → 拒否, 没想到 → 意外にも. So the target counts as affirmative
only when it has none of a wide set of words of absence, refusal, shortfall or surprise, and only
the negation of a verb the target renders is flagged: precision first, since a human translator
rephrases freely (align/dev's human pairs are the test).

The main predicate of a Japanese sentence is its last verb with its auxiliaries, or, when the
sentence ends on a report (…と述べた), the verb before the quotation's と: what was said.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from itertools import pairwise
from typing import NamedTuple

from alignment import lexicon
from alignment.bridge import to_kanji
from alignment.checks.base import Check, Finding, Segment, gettext_noop
from alignment.checks.japanese import Word, object_marker
from alignment.checks.origins import cedict_text, segmented

# --- the source ------------------------------------------------------------------------------

#: Characters that negate the word after them when the segmentation leaves them alone (别
#: "other", 否 "whether", 非 "Africa" (对非) and 莫 in transliterated names are too often something
#: else).
_ZH_NEGATORS = frozenset("不没未无勿")
#: Words of negation that CC-CEDICT lists as one word: they negate as their first character does.
_ZH_NEGATING_WORDS = frozenset(
    """没有 没能 不要 切勿 切莫 禁止 严禁 从未 从不 从来不 从没 从没有 永不 尚未 并未 并不 并非 并没有 绝不
    决不 绝非 毫不 毫无 不能 不会 不得 不可 不必 不用 无法 无从 未能 未曾 不曾 不再 没想到 不料 不是 不该
    不应 不准 不许 不宜 还没 还没有 仍未 无须 无需 不需要 不愿 不敢 不可能 未经 未及 不必要 不愿意 不想
    不清楚 不知道 没什么 别无 不得而知 无意 无权 无力""".split()
)
#: Words whose negating character no longer negates (不时 "now and then", 不断 "constantly"): a
#: negation word of the segmentation that runs into one (并不时 is 并 + 不时) is not counted.
_ZH_FIXED = tuple(
    """不时 不断 不仅 不但 不光 不单 不少 不久 不过 不管 不论 无论 不同 不错 不禁 不停 不已 不止 不免 无疑
    无数 无限 不约而同 不亦乐乎 不远 不妨 未来 无比 非常 不外 不乏 无非 未必 不一定 不见得 无所不""".split()
)
#: Characters after 不 that only carry the negation on to the verb after them: 不予处罚 "will not
#: impose a penalty" negates 处罚, which the segmentation leaves a word away.
_ZH_NEGATION_CARRIERS = frozenset("予")
#: Characters that join words rather than name a predicate.
_ZH_FUNCTION = frozenset(
    "的了在是和与及或等也都就而并被把对从向将这那其之为以于个们他她它我你有很又还已让使给"
)
#: 而不是 / 而非 "rather than" is a comparison Japanese writes as より as often as ではなく.
_ZH_CONTRAST_RE = re.compile(r"而不是|而非|与其")
#: A negation of a negation asserts (不得不 "must", 无不 "all without exception"): these stretches
#: are taken out of the source before its negations are counted.
_ZH_DOUBLE_RE = re.compile(
    r"不得不|不能不|不可不|不会不|不无|无不|没有不|未尝不|无一不|莫不|非[^，。；！？]{1,12}不可|非[^，。；！？]{1,12}不行"
    r"|不可或缺|缺一不可|不可避免"
)


#: 1: flag a lost negation only where the target renders the negated verb (its first character);
#: 0: wherever the target has no negation. Cross-validated over documents
#: (``benchmarks/cv_checks.py --grid alignment.checks.polarity.NEGATED_RENDERED=1,0``).
NEGATED_RENDERED = 1


class Negation(NamedTuple):
    """A negating word of the source and what it negates (the next word of the segmentation, or
    the rest of a fixed expression: 想到 of 没想到)."""

    word: str
    negated: str


def source_negations(source: str) -> list[Negation]:
    """The source's negating words, a double negation and the fixed words that only look negative
    (不断, 无论) left out."""
    text = _ZH_CONTRAST_RE.sub("，", _ZH_DOUBLE_RE.sub("，", source))
    words = segmented(text)
    found = []
    for k, (pos, word) in enumerate(words):
        if word not in _ZH_NEGATING_WORDS and word not in _ZH_NEGATORS:
            continue
        negator = pos + len(word) - 1 if word[-1] in _ZH_NEGATORS else pos
        if text.startswith(_ZH_FIXED, negator):
            continue
        rest = word.lstrip("不没未无勿从并尚绝决毫还仍切严")
        if len(rest) < 2:  # 不 + 使用, 没有 + 突破: the word after
            step = 2 if k + 2 < len(words) and words[k + 1][1] in _ZH_NEGATION_CARRIERS else 1
            after = words[k + step][1] if k + step < len(words) else ""
            rest = "" if after in _ZH_FUNCTION else after
            if step == 2:
                word += words[k + 1][1]
        found.append(Negation(word, rest))
    return found


def _rendered(stretch: str, target: str) -> int | None:
    """Where the target has the negated word's first character (in Japanese form), if it has it:
    the negated predicate is in the translation (没想到 → 予想, 不使用 → 使用), so the translation
    did not rephrase it away. The first character, the head of most Chinese verbs, rather than
    any: 修建 "to build" is not rendered by the 建 of 建設会社."""
    head = to_kanji(stretch)[:1]
    if not ("\u4e00" <= head <= "\u9fff"):
        return None
    at = target.find(head)
    return at if at >= 0 else None


# --- the target ------------------------------------------------------------------------------

#: The negative auxiliary of an obligation (しなければならない): it asserts.
_JA_OBLIGATION_RE = re.compile(
    r"な(?:けれ|くて|きゃ|いと)(?:ば|は)?(?:なら|いけ)な|ねばならな|ざるを[得え]な|ずにはいられな|ないわけにはいかな"
)
#: Words of absence, refusal, prohibition, shortfall or surprise: a source negation may be
#: rendered by any of them with no auxiliary of negation (不到 → 未満, 拒绝 → 拒否, 没想到 → 意外).
_JA_ABSENCE_RE = re.compile(
    r"[不無非未没否禁欠違免拒阻]|止[めまむ]|停止|中止|防止|以外|意外|予想外|想定外|予想を(?:超|上回)|思いがけ|思わぬ"
    r"|決して|ゼロ|皆無|以下|以内|足らず|足りず|足りな|満た|避け|控え|やめ|辞め|断[っらりるれ]|断念|失|逃|忘れ|怠"
    r"|外れ|漏れ|難し|にく[いか]|づら[いか]|困難|なし|無し|ナシ|なくな|亡くな|いなく|少な|わずか|僅か|まだ|いまだ"
    r"|一切|全く|まったく|どころ|どうして|なぜ|かどうか|か否か|ノー|ノン|レス|フリー|見送|保留|除|抜き|抜け|妨|損|逆"
    r"|空|もはや|乏し|匿|程遠|ほど遠|警告|NO|No"
)
#: UniDic's lemmas of negation: the auxiliaries ない and ず (ぬ, ん), まい, and the adjective 無い
#: with the noun 無し.
_JA_NEGATING_LEMMAS = frozenset({"ない", "ず", "まい", "無い", "無し"})


def _is_negation(word: Word) -> bool:
    feature = word.feature
    return feature.lemma in _JA_NEGATING_LEMMAS and feature.pos1 in ("助動詞", "形容詞", "名詞")


def target_may_negate(seg: Segment) -> bool:
    """Whether anything in the target may render a negation: a word of absence, refusal or
    shortfall, or an auxiliary of negation other than that of an obligation (切勿 → 必ず…しなけれ
    ばならない says the opposite)."""
    if _JA_ABSENCE_RE.search(seg.target):
        return True
    obligations = [(m.start(), m.end()) for m in _JA_OBLIGATION_RE.finditer(seg.target)]
    return any(_is_negation(w) and not any(a <= w.start < b for a, b in obligations) for w in seg.tokens)


#: What obliges in Japanese: しなければならない, すべきだ, する必要がある.
_JA_OBLIGATION_FULL_RE = re.compile(
    r"な(?:けれ|くて|きゃ|いと)(?:ば|は)?(?:なら|いけ)な|ねばならな|ざるを[得え]な|べき(?:だ|で|。|と)|必要があ|必要とな|義務|必須"
)
#: Negations of the source that forbid: rendered as an obligation, they say the opposite.
_ZH_PROHIBITIONS = frozenset({"切勿", "切莫", "禁止", "严禁", "不得", "不要", "不准", "不许", "勿", "不可"})


#: Adverbs that make a clause insist on doing (必ず参加する "be sure to take part").
_JA_INSIST_RE = re.compile(r"必ず(?!しも)|ぜひ|是非|絶対")
_JA_CLAUSE_BREAK_RE = re.compile(r"[、。，,；;！？!?]")


def _clause_around(target: str, at: int) -> tuple[int, int]:
    """The span of the target's clause (between punctuation) that holds offset ``at``."""
    start = max((m.end() for m in _JA_CLAUSE_BREAK_RE.finditer(target, 0, at)), default=0)
    found = _JA_CLAUSE_BREAK_RE.search(target, at)
    return start, found.start() if found else len(target)


def _clause_negates(
    seg: Segment, negation: Negation, start: int, end: int, obligations: Sequence[tuple[int, int]] = ()
) -> bool:
    """Whether the target's clause ``start:end`` carries a negation: a word of absence that copies
    no source word (違法 for 违法 is that word, not a rendering of 不), or an auxiliary of negation
    outside the ``obligations`` (the ない of しなければならない asserts)."""
    copied = set(seg.bridged) - set(to_kanji(negation.word))
    masked = "".join(
        "・" if ch in copied and "\u4e00" <= ch <= "\u9fff" else ch for ch in seg.target[start:end]
    )
    return bool(_JA_ABSENCE_RE.search(masked)) or any(
        _is_negation(w) and not any(a <= w.start < b for a, b in obligations)
        for w in seg.tokens
        if start <= w.start < end
    )


def _rendered_in_clauses(
    seg: Segment, wanted: Callable[[Negation], bool]
) -> Iterator[tuple[Negation, int, int, int]]:
    """Each wanted negation of the source whose negated verb the target renders, with where it
    renders it and the clause of the target around that place (start, end)."""
    for negation in source_negations(seg.source):
        if not wanted(negation):
            continue
        at = _rendered(negation.negated, seg.target)
        if at is not None:
            yield (negation, at, *_clause_around(seg.target, at))


def _clause_asserts(seg: Segment) -> Iterator[Finding]:
    """A negated verb the target renders in a clause with no negation in it, where another clause
    of the sentence holds one (困窮, フリー, a ない of its own): 不超过5000元 as 5000元を超える in a
    sentence that says バリアフリー elsewhere. The test is the clause's, as for a prohibition, and
    the negated word must be a verb of measure (超过, 低于), whose 不 MT drops without a trace."""
    for negation, at, start, end in _rendered_in_clauses(seg, lambda n: n.negated in _CLAUSE_NEGATED):
        if _clause_negates(seg, negation, start, end):
            continue
        word = next((w for w in seg.tokens if w.start <= at < w.end), None)
        yield Finding(
            f"the source negates '{negation.negated}' ({negation.word}{negation.negated}); the "
            f"translation's clause has no negation{f' on {word.surface!r}' if word else ''}",
            None if word is None else word.start,
            None if word is None else word.end,
        )
        return


#: Verbs of measure whose negation a clause of the target must carry (不超过 "not exceeding",
#: 不低于 "no less than"): MT renders the verb and drops the 不.
_CLAUSE_NEGATED = frozenset({"超过", "超出", "低于", "少于", "多于", "高于", "大于", "小于", "超越"})


def _prohibition_asserted(seg: Segment) -> Iterator[Finding]:
    """A prohibition whose verb the target renders in a clause that insists or obliges with no
    negation in it (切勿参与赌博 → 賭博には必ず参加して、…損失を招かないように): the sentence
    as a whole may hold a negation of another clause (以免 "so as not to"), so the test is the
    clause's. A word of absence that copies a source word (違法 for 违法) is that word, not a
    rendering of the prohibition."""
    for negation, _, start, end in _rendered_in_clauses(seg, lambda n: n.word in _ZH_PROHIBITIONS):
        clause = seg.target[start:end]
        insists = _JA_INSIST_RE.search(clause) or _JA_OBLIGATION_FULL_RE.search(clause)
        if not insists:
            continue
        obligations = [(start + m.start(), start + m.end()) for m in _JA_OBLIGATION_RE.finditer(clause)]
        if _clause_negates(seg, negation, start, end, obligations):
            continue
        yield Finding(
            f"the source forbids '{negation.negated}' ({negation.word}); the translation's clause "
            f"'{clause}' insists on it ('{insists.group()}')",
            start + insists.start(),
            start + insists.end(),
        )
        return


class NegationMismatch(Check):
    """The source negates and the target asserts (没想到 → 予想通りだった), or forbids and the
    target obliges (切勿 → 必ず…しなければならない). The source counts as negative only by its
    function words of negation, the target as affirmative only when it has none of the wider set
    of words that may render one, and the negated verb must be in the translation (没想到 →
    予想): a translation that says it otherwise (不支持 → 反対した) is left alone.

    The reverse (a negation the source lacks) is not flagged: on align/dev's human pairs every
    such pair was a translator's free rendering (缓慢进展 → 進展のない), none a defect."""

    code = "mistranslation-negation"
    linear = False  # reads MeCab's tokens
    category = "mistranslation"
    severity = "major"
    description = gettext_noop(
        "The source negates and the translation does not, or the source forbids and the translation "
        "obliges (没想到 'did not expect' → 予想通りだった 'as expected')."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if not seg.has_kana:
            return
        if target_may_negate(seg):
            found = list(_prohibition_asserted(seg)) or list(_clause_asserts(seg))
            yield from found[:1]
            return
        negations = source_negations(seg.source)
        obliged = _JA_OBLIGATION_FULL_RE.search(seg.target)
        forbidden = [n.word for n in negations if n.word in _ZH_PROHIBITIONS]
        if obliged and forbidden:
            yield Finding(
                f"the source forbids ({forbidden[0]}); the translation obliges ('{obliged.group()}')",
                obliged.start(),
                obliged.end(),
            )
            return
        for negation in negations:
            at = _rendered(negation.negated, seg.target)
            if at is None and NEGATED_RENDERED:
                continue  # rephrased: the negation may be in words no list holds
            # The span: the target's word that renders the negated verb (予想, not its 想 alone).
            word = next((w for w in seg.tokens if w.start <= (at or 0) < w.end), None)
            said = (
                negation.word
                if negation.word.endswith(negation.negated)
                else negation.word + negation.negated
            )
            yield Finding(
                f"the source negates '{negation.negated}' ({said}); "
                f"the translation has no negation{f' on {word.surface!r}' if word else ''}",
                None if at is None or word is None else word.start,
                None if at is None or word is None else word.end,
            )
            return


# --- tense -----------------------------------------------------------------------------------

#: Words of the source that put its clause in the future: a plan, a forecast, a date to come.
#: 计划 "plan" counts as the verb (计划明年…, 计划于…), not as the noun (发展计划); 预计 only
#: before what is to come (预计将有, 预计全年), since 预计损失达… is an estimate of what happened.
_ZH_FUTURE_RE = re.compile(
    r"将于|将要|即将|将会|将在|将继续|将进一步|计划(?=[于在到今明下将年])|拟于|拟在|预计(?=[将会到于在今明下年全本])|准备(?=[于在今明下将])"
    r"|明年|下一步|下半年|今后|届时|下周|下个月|下月|打算|有望|力争|将来|后年|^要(?=把|将)"
)
#: Words that mark an event of the source as done.
_ZH_DONE_RE = re.compile(r"已经|已|曾经|曾|了|过去|此前|日前|近日|昨天|昨日|上周|上月|去年|前年")
#: Verbs that report what someone said, agreed or decided: a plan after them is their content, and
#: the report itself is rightly in the past (表示将推动 → 推進すると述べた).
_ZH_REPORT_RE = re.compile(
    r"表示|说|称|指出|强调|介绍|透露|认为|宣布|提出|商定|决定|同意|承诺|约定|确定|通报|希望|相信|获悉|据悉|报道"
)
#: Nouns of the target that carry a plan or forecast (建設する計画だ, 開催される予定で), and the
#: phrases that report a decision about what is to come (建設することになった, 設立することで合意した).
_JA_PLAN = frozenset(
    """予定 計画 見込み 見通し 方針 意向 積り つもり 考え 目標 狙い 構え 方向 予想 見方 意欲 意思 模様
    ことにな こととな ことが決ま ことを決め ことで合意 ことで一致""".split()
)
#: An estimate of what happened (達したとみられる): a past under it is the estimate's content.
_JA_ESTIMATE_RE = re.compile(r"[みと見]られ|推計|推定|予想|見込|予測|見積|とされ")
_JA_PLAN_RE = re.compile("|".join(sorted(_JA_PLAN, key=len, reverse=True)))
_PREDICATE = ("助動詞", "動詞", "形容詞")
_SENTENCE_END_RE = re.compile(r"[。！？!?]")
_CLOSING = '。！？!?”"」』）) \u3000'


#: Adverbs between 将 "will" and its verb (将全面推进).
_ZH_FUTURE_ADVERBS = frozenset(
    "全面 进一步 继续 持续 大力 重点 着力 积极 逐步 陆续 正式 首次 共同 率先 优先 再 更 一道 逐渐".split()
)


def future_marker(source: str) -> tuple[int, int, str] | None:
    """The first word of the source that puts it in the future, with its offsets: one of
    :data:`_ZH_FUTURE_RE`, or 将 before a verb (将推动, not 将股权交给 where 将 marks the object):
    a word whose first CC-CEDICT sense is a verb ("to push")."""
    found = _ZH_FUTURE_RE.search(source)
    first = (found.start(), found.end(), found.group()) if found else None
    words = segmented(source)
    for k, ((pos, word), (_, after)) in enumerate(pairwise(words)):
        if first and pos >= first[0]:
            break
        if (
            word == "将"
            and (after in _ZH_FUTURE_ADVERBS or _verb(after))
            and not _disposal([w for _, w in words[k + 1 :]])
        ):
            return pos, pos + 1 + len(after), word + after
    return first


def _verb(word: str) -> bool:
    """Whether CC-CEDICT's first sense of the word is a verb ("to push")."""
    return (cedict_text(word) or "").startswith("/to ")


#: What follows a verb of result in the disposal construction (缩小至, 扩大为, 提高到, 改成).
_RESULT_MARKS = frozenset("为至到成")


def _disposal(words: list[str]) -> bool:
    """Whether 将 before ``words`` (the rest of the source) marks the object, as 把 does: 将 + a
    noun + a verb of result (将分差缩小到3分 "narrowed the gap to 3 points", 将利率下调为2%),
    not "will". The future's 将 has its verb right after it (将推动, 将进一步扩大至), so the
    construction is read only where the word after 将 is no verb of two characters or more (分 of
    分差 is also "to divide") nor an adverb, and a verb of two characters or more followed by
    为, 至, 到 or 成 comes later in the clause."""
    if not words or words[0] in _ZH_FUTURE_ADVERBS or (len(words[0]) > 1 and _verb(words[0])):
        return False
    for j in range(1, len(words)):
        word = words[j]
        if word in _CLAUSE_BREAKS:
            return False
        nxt = words[j + 1] if j + 1 < len(words) else ""
        if len(word) > 1 and _verb(word) and (nxt in _RESULT_MARKS or word[-1] in _RESULT_MARKS):
            return True
    return False


def main_predicate(tokens: list[Word]) -> tuple[list[Word], bool]:
    """The words of the target's main predicate, and whether it is a report's content: before a
    quotation's と when the sentence ends on a report (推進すると述べた: 推進する is what was said),
    else the sentence's last verb, adjective or copula with its auxiliaries."""
    end = len(tokens)
    while end and tokens[end - 1].feature.pos1 in ("補助記号", "記号", "空白"):
        end -= 1
    quoted = False
    for k in range(end - 1, max(end - 10, 0), -1):  # …と日曜日に発表した
        tok = tokens[k]
        if tok.feature.pos1 == "補助記号":
            break
        if tok.surface == "と" and tok.feature.pos1 == "助詞":
            before = k - 1 if tokens[k - 1].surface == "、" else k  # …だろう、と彼は述べた
            if tokens[before - 1].feature.pos1 in _PREDICATE:
                end, quoted = before, True
            break
    start = end
    while start and tokens[start - 1].feature.pos1 in _PREDICATE:
        start -= 1
    if start and start < end and tokens[start].feature.lemma in ("為る", "だ", "です"):
        start -= 1  # the noun of 建設する, the head of 計画だ
    return tokens[start:end], quoted


def _past(predicate: list[Word]) -> bool:
    return any(w.feature.lemma == "た" and w.feature.pos1 == "助動詞" for w in predicate[-3:])


def _final_clause(seg: Segment, predicate: list[Word]) -> str:
    """The target from its last comma before the predicate to the predicate's end."""
    end = predicate[-1].end
    return seg.target[seg.target.rfind("、", 0, predicate[0].start) + 1 : end]


#: A future that dates another event (罢工正值合资企业即将开始运营之际 "the strike came as the joint
#: venture was about to start"): the main predicate is that event's, told in the past.
_ZH_WHEN_RE = re.compile(r"[^，。；！？]{0,30}?(?:之际|之时|的时候|前夕)")


class PlanAsDone(Check):
    """The source says what will happen (将推动, 计划明年建设) and the target's main predicate
    says it happened (推進した, 建設した). A plan that someone announced (表示将…) is judged on
    what the target says was announced (…すると述べた: the predicate before the quotation's と),
    and not at all where the target has no such quotation (…することで合意した); a plan word in
    the target's last clause (予定, 計画, 見込み) renders the plan."""

    code = "grammar-plan-as-done"
    linear = False  # reads MeCab's tokens
    category = "grammar"
    severity = "minor"
    description = gettext_noop(
        "The source speaks of a plan or of the future and the translation's main verb is in the past "
        "(将推动 'will promote' → 推進した 'promoted')."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if not seg.has_kana or _SENTENCE_END_RE.search(seg.source.rstrip(_CLOSING)):
            return  # several sentences aligned as one: no one main predicate
        future = future_marker(seg.source)
        if (
            not future
            or _ZH_DONE_RE.search(seg.source, future[1])
            or _ZH_WHEN_RE.match(seg.source, future[1])
        ):
            return
        predicate, quoted = main_predicate(seg.tokens)
        if not predicate or not _past(predicate):
            return
        if _ZH_REPORT_RE.search(seg.source, 0, future[0]) and not quoted:
            return
        if _JA_PLAN_RE.search(_final_clause(seg, predicate)) or _JA_ESTIMATE_RE.search(
            seg.target, predicate[-1].end
        ):
            return
        yield Finding(
            f"the source speaks of what is yet to be done ({future[2]}); the translation's main verb "
            f"'{seg.target[predicate[0].start : predicate[-1].end]}' is in the past",
            predicate[0].start,
            predicate[-1].end,
        )


#: What makes something under way (正在推进 "is pushing ahead with") and what makes it done.
_ZH_ONGOING_RE = re.compile("正在")
_ZH_FINISHED_RE = re.compile("完成|结束|完工|竣工|建成|完毕|已经|已|告一段落|收官")
#: Japanese forms that say the work is finished: 終える, 終わる, 完了, 済ませる, 完成させる.
_JA_FINISHED_RE = re.compile("終え|終わっ|終わり|終了し|完了し|済ませ|済み|完成させ|完成し|仕上げ")


class OngoingAsDone(Check):
    """The source says a work is under way (正在推进新首都建设) and the target says it is finished
    (新首都の建設を終えており): the verb is right, its aspect is not. Only where the source names
    nothing finished."""

    code = "mistranslation-ongoing-as-done"
    category = "mistranslation"
    severity = "major"
    description = gettext_noop(
        "The source says a work is under way and the translation says it is finished (正在推进建设 "
        "→ 建設を終えており)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        ongoing = _ZH_ONGOING_RE.search(seg.source)
        if not ongoing or _ZH_FINISHED_RE.search(seg.source):
            return
        done = _JA_FINISHED_RE.search(seg.target)
        if done:
            yield Finding(
                f"'{done.group()}' says the work is finished; the source's {ongoing.group()} says it is "
                "under way (進めている, 中だ)",
                done.start(),
                done.end(),
            )


# --- modality --------------------------------------------------------------------------------

#: What obliges, requires, asks or forbids in the source (必须, 应, 要求, 呼吁, 不得), or compels (强制投票,
#: compulsory voting, is 義務投票): any of it explains an obligation in the target.
_ZH_OBLIGATION_RE = re.compile(
    r"[必须需应要得务该当规责义确保禁止不请促吁]|只能|只有|一定|强制|强迫|强令|迫使|勒令"
)


class ObligationAdded(Check):
    """The target obliges (しなければならない, べきだ, 必要がある) where the source obliges,
    requires or forbids nothing: 即可 "may simply" turned into "must"."""

    code = "mistranslation-obligation"
    category = "mistranslation"
    severity = "major"
    description = gettext_noop(
        "The translation says 'must' where the source says nothing of the kind (即可 'may simply' → "
        "しなければならない 'must')."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        found = _JA_OBLIGATION_FULL_RE.search(seg.target)
        if found and not _ZH_OBLIGATION_RE.search(seg.source):
            yield Finding(
                f"the translation obliges ('{found.group()}'); the source obliges nothing",
                found.start(),
                found.end(),
            )


# --- voice -----------------------------------------------------------------------------------

#: What makes someone do something in the source (使, 让, 促使 …): a causative of the target
#: may render it.
_ZH_CAUSE_RE = re.compile(r"使|让|令|叫|促使|促进|带动|推动|导致|致使")
_CLAUSE_BREAKS = frozenset({"、", "。", "，", "「", "」", "（", "）"})


class CausativeWithoutObject(Check):
    """A causative (短縮させた) whose clause marks its subject with が, or follows a clause whose
    subject it shares, and has no object with を, where the source makes no one do anything
    (缩短至, not 使…缩短): MT made the verb causative and left the intransitive's subject
    (期間が5営業日に短縮させた for 期間が短縮された; チームが…訪問し、大会に参加させる予定だ for
    参加する). A causative ending a relative clause (当選させたかった人) is left alone: its object
    is the noun after it; a plan's noun (予定, 方針) is no such object."""

    code = "grammar-causative"
    linear = False  # reads MeCab's tokens
    category = "grammar"
    severity = "minor"
    description = gettext_noop(
        "A causative verb whose clause has a subject with が and no object with を, where the source "
        "has no causative (期間が5営業日に短縮させた)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if "せ" not in seg.target or _ZH_CAUSE_RE.search(seg.source):
            return
        tokens = seg.tokens
        for k, word in enumerate(tokens):
            if word.feature.pos1 != "助動詞" or word.feature.lemma not in ("せる", "させる"):
                continue
            if k and _lexical_causative(tokens[k - 1], word):
                continue  # a verb of its own that UniDic parses as one (済ませる, 知らせる)
            start = k
            while start and not _clause_break(tokens[start - 1]):
                start -= 1
            if start == k and k >= 2 and tokens[k - 1].surface == "」":
                # A quoted verbal noun (技術が「海外進出」させる): the quote is part of the verb.
                opening = next((j for j in range(k - 2, -1, -1) if tokens[j].surface == "「"), None)
                if opening is not None:
                    start = opening
                    while start and not _clause_break(tokens[start - 1]):
                        start -= 1
            after = k + 1
            while after < len(tokens) and tokens[after].feature.pos1 == "助動詞":
                after += 1
            if (
                after < len(tokens)
                and tokens[after].feature.pos1 in ("名詞", "代名詞")
                and tokens[after].surface not in _PLAN_NOUNS
            ):
                continue  # a relative clause
            clause = tokens[start:k]
            if _object_before_te(tokens, start):
                continue  # 企業を組織して…参加させ: the object of the clause before is the causee
            if any(
                t.surface == "を" and not _in_relative_clause(clause, j) for j, t in enumerate(clause)
            ) or not (
                any(_marks_subject(t) for t in clause)
                or any(_marks_subject(t, topic=True) for t in tokens[:start])
            ):
                continue
            yield Finding(
                f"'{seg.target[clause[0].start : tokens[after - 1].end]}': a causative with no object "
                "(を), though the source makes no one do it: its subject does it itself",
                clause[0].start,
                tokens[after - 1].end,
            )


# Nouns a clause ends in as the content of a plan (参加させる予定だ): the causative's subject is
# still the sentence's, not the noun's.
_PLAN_NOUNS = frozenset(("予定", "方針", "計画", "見込み", "つもり", "考え"))


def _marks_subject(word: Word, topic: bool = False) -> bool:
    """The case particle が, or with ``topic`` the topic は too: a subject stated in an earlier
    clause of the sentence (チームが…訪問し、大会に参加させる) is the subject of the later ones."""
    if word.surface == "が":
        return word.feature.pos2 == "格助詞"
    return topic and word.surface == "は" and word.feature.pos1 == "助詞"


def _in_relative_clause(clause: Sequence[Word], j: int) -> bool:
    """Whether the を at ``j`` belongs to a relative clause on the subject that follows it: a verb
    right before a noun, then が (4万人を超える投資家が参加させた), not a verb of its own
    (男の子をサメが襲い負傷させた, where the boy is the causee)."""
    for i in range(j + 1, len(clause) - 1):
        if _marks_subject(clause[i]):
            return False
        if clause[i].feature.pos1 == "動詞" and clause[i + 1].feature.pos1 == "名詞":
            return any(_marks_subject(t) for t in clause[i + 1 :])
    return False


def _lexical_causative(verb: Word, aux: Word) -> bool:
    """Whether a verb and せる make a verb the dictionary lists on its own (済ま + せる = 済ませる
    "to finish", 知ら + せる = 知らせる "to inform"): a transitive verb, no causative."""
    feature = verb.feature
    return (
        feature.pos1 == "動詞"
        and feature.lemma != "為る"
        and lexicon.is_japanese_word(verb.surface + aux.feature.lemma)
    )


def _object_before_te(tokens: Sequence[Word], start: int) -> bool:
    """Whether the clause before ``start`` ends in て or で and holds an object with を: a verb in
    te-form shares its object with the verb after it (企業を組織して展示会に参加させる)."""
    if not start or tokens[start - 1].surface not in ("て", "で"):
        return False
    before = start - 1
    while before and not _clause_break(tokens[before - 1]):
        before -= 1
    return any(object_marker(t) for t in tokens[before : start - 1])


def _clause_break(word: Word) -> bool:
    """Punctuation, or a conjunctive particle (て, が "but", ば) that closes the clause before."""
    return word.surface in _CLAUSE_BREAKS or (
        word.feature.pos2 == "接続助詞" and word.surface in ("て", "で", "が", "ば", "と", "ながら")
    )


# --- direction -------------------------------------------------------------------------------

#: Words after which the source names who receives (送给平泽市, 捐给学校): 给 alone or closing a verb of
#: giving. 给予 "to grant" is one word and does not count.
_ZH_TO_WORDS = frozenset(
    "给 送给 赠给 交给 赠送给 转交给 捐给 捐赠给 献给 寄给 发给 颁给 颁发给 提供给 卖给 借给 还给 递交给 转给".split()
)
#: 向 + who + a verb of giving (向平泽市赠送): 向 alone is as often "from" (向专家学习 "learn from").
_ZH_TOWARD_RE = re.compile(
    r"向([^，。；、“”]{2,8}?)(?:赠送|捐赠|赠|捐|颁发|提供|转交|递交|交付|出口|寄送|寄|捐献|赠予)"
)
_HAN_ONLY_RE = re.compile(r"[\u4e00-\u9fff]+")


def _recipients(source: str) -> Iterator[str]:
    """The names the source gives something to, longest reading first (平泽市, 平泽), each one the
    source names only there: a name it also names elsewhere (部分企业也反映…给企业带来) may rightly
    be 'from' in another clause."""
    for pos, word in segmented(source):
        if word in _ZH_TO_WORDS:
            after = _HAN_ONLY_RE.match(source, pos + len(word))
            if after:
                yield from (after.group()[:n] for n in range(min(6, len(after.group())), 1, -1))
    for m in _ZH_TOWARD_RE.finditer(source):
        yield m.group(1)


class DirectionReversed(Check):
    """Whom something goes to turned into whom it comes from: the source gives to a name (赠送给
    平泽市) and the target has that name with から (平沢市から…贈呈される), so the giver and the
    receiver are swapped. Only a name the source mentions once, and only its rendering through the
    hanzi bridge, so that the name is surely the same one."""

    code = "mistranslation-direction"
    category = "mistranslation"
    severity = "major"
    description = gettext_noop(
        "The source gives something to someone and the translation has it come from them "
        "(赠送给平泽市 'presented to Pyeongtaek' → 平沢市から贈呈される)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if "から" not in seg.target:
            return
        for name in _recipients(seg.source):
            if seg.source.count(name) > 1:
                continue
            at = seg.target.find(to_kanji(name) + "から")
            if at >= 0:
                end = at + len(to_kanji(name)) + 2
                yield Finding(
                    f"the source gives to {name}; the translation has it come from them "
                    f"('{seg.target[at:end]}')",
                    at,
                    end,
                )
                return


# --- the direction of a change ---------------------------------------------------------------

#: Source words that state a change upward or downward, as the CC-CEDICT segmentation finds them
#: standing alone (增长率 "growth rate" and 增速 are one word each: a measure, not a change).
_ZH_UP = frozenset(
    """提高 提升 增加 增长 扩大 上升 上涨 加快 加强 增强 上调 攀升 增多 加大 升高 扩张 激增 飙升 加速
    增进 强化 拓展 扩展 增大 抬高 提速 回升""".split()
)
_ZH_DOWN = frozenset(
    """降低 减少 下降 缩小 减轻 下调 回落 放缓 削减 压缩 下跌 减弱 减缓 缩减 下滑 萎缩 缩短 减退 减慢
    减小 下挫 走低 缓解 减税""".split()
)
#: Words that act on a change rather than state it (遏制房价上涨 "curb the rise" → 価格を抑制する,
#: 扭转下降趋势 "reverse the decline"): a sentence with one may rightly render only the act.
_ZH_ACTING_ON_CHANGE = frozenset(
    "遏制 抑制 控制 防止 避免 阻止 制止 遏止 防范 扭转 稳定 平抑 扼制 抵消 止 以免 防".split()
)
#: Target lemmas (UniDic) that state a change upward or downward. 上げる and 下がる's kin with
#: other senses (取り上げる, 立ち上げる) are not listed; 緩和 renders 放宽 "loosen" as often as
#: 缓解 "relieve", so it states neither.
_JA_UP = frozenset(
    """引き上げる 引き上げ 高める 高まる 向上 増加 増える 増やす 拡大 上昇 伸びる 伸ばす 伸び 加速 強化
    増大 増強 拡充 拡張 値上げ 急増 増進 押し上げる 広げる 広がる 増 増収 増産 増便 増税 増額 上方修正
    上積み 倍増""".split()
)
_JA_DOWN = frozenset(
    """引き下げる 引き下げ 下げる 下がる 低下 減少 減らす 減る 縮小 下落 鈍化 弱める 弱まる 削減 抑制
    軽減 低減 減速 縮める 縮まる 短縮 値下げ 急減 押し下げる 落ち込む 減退 減 減収 減産 減便 減税 減額
    下方修正 半減 抑える""".split()
)
#: What follows a change word and makes it a measure (増加率, 上昇幅), not a change, or another word
#: (向上心).
_JA_MEASURE = frozenset({"率", "幅", "心", "分"})
#: Target words that act on a change (増加を防ぐ, 下落に歯止め): the change they name is not stated.
_JA_ACTING_ON_CHANGE = frozenset(
    "防ぐ 防止 食い止める 歯止め 阻止 回避 避ける 抑止 転じる 反転 維持 止まる 止める".split()
)
_DIRECTION_NAMES = {"up": "an increase", "down": "a decrease"}


def _source_changes(source: str) -> dict[str, str]:
    """The source's change words by direction (the first of each), those after a negation left out
    (未降低, 没有明显下降: two words back, for the adverb between)."""
    found: dict[str, str] = {}
    words = [w for _, w in segmented(source)]
    for k, word in enumerate(words):
        direction = "up" if word in _ZH_UP else "down" if word in _ZH_DOWN else None
        if direction is None or direction in found:
            continue
        if any(w in _ZH_NEGATORS or w in _ZH_NEGATING_WORDS for w in words[max(0, k - 2) : k]):
            continue
        found[direction] = word
    return found


def _negated(tokens: list[Word], k: int) -> bool:
    """Whether a negation follows the change word at ``k`` in its clause: its own verb chain
    (増加しなかった, 減らさず) or a verb of which it is part (低下することはない)."""
    for word in tokens[k + 1 :]:
        if _JA_CLAUSE_BREAK_RE.match(word.surface):
            return False
        if _is_negation(word) or (word.surface == "ん" and word.feature.pos1 == "助動詞"):
            return True
    return False


def _target_changes(tokens: list[Word]) -> dict[str, tuple[str, int, int]] | None:
    """The target's change words by direction (the first of each: the word and its offsets); None
    when it acts on a change rather than states one."""
    found: dict[str, tuple[str, int, int]] = {}
    for k, word in enumerate(tokens):
        lemma, end = word.feature.lemma or word.surface, word.end
        if lemma == "押さえる" and word.surface.startswith("抑"):
            lemma = "抑える"  # UniDic's lemma joins 抑える "hold down" to 押さえる "hold"
        if lemma in _JA_ACTING_ON_CHANGE:
            return None
        if lemma in ("上方", "下方"):  # 上方修正: two words in UniDic
            if k + 1 < len(tokens) and tokens[k + 1].surface == "修正":
                lemma, end = lemma + "修正", tokens[k + 1].end
            else:
                continue
        direction = "up" if lemma in _JA_UP else "down" if lemma in _JA_DOWN else None
        if direction is None or direction in found:
            continue
        if lemma in ("下げる", "下がる") and any(t.surface == "頭" for t in tokens[max(0, k - 2) : k]):
            continue  # 頭を下げる "bow"
        after = next((n for n, t in enumerate(tokens) if t.start >= end), len(tokens))
        if after < len(tokens) and tokens[after].surface in _JA_MEASURE:
            continue
        if _negated(tokens, after - 1):
            continue
        # A verb is named in its dictionary form (減っ: 減る), 上方修正 whole.
        named = lemma if end != word.end or word.feature.pos1 == "動詞" else word.surface
        found[direction] = (named, word.start, end)
    return found


class ChangeReversed(Check):
    """A change told in the opposite direction: 进一步降低物流成本 "lower logistics costs further"
    rendered 物流コストをさらに引き上げる, 放缓 as 加速, 下调 as 上方修正. Every word is a plausible
    rendering of a word near it; only the direction is wrong. Read from closed lists of change
    words on both sides, and only where each side states one direction alone: a sentence with
    both (增速放缓 "growth slowed", 増加率が低下) or acting on a change (遏制上涨 → 抑制, 増加を防ぐ)
    says too much for a word list to judge, and a human translator's free rendering (降低成本 →
    コスト削減) keeps the direction whatever the words."""

    code = "mistranslation-trend"
    linear = False  # reads MeCab's tokens
    category = "mistranslation"
    severity = "major"
    description = gettext_noop(
        "The source states a change in one direction and the translation states the opposite "
        "(降低成本 'lower costs' → コストを引き上げる 'raise costs')."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if not seg.has_kana:
            return
        source = _source_changes(seg.source)
        if len(source) != 1 or any(w in _ZH_ACTING_ON_CHANGE for _, w in segmented(seg.source)):
            yield from _reversed_at_figures(seg)
            return
        target = _target_changes(seg.tokens)
        if target is None or len(target) != 1:
            return
        (said, zh), (told, (ja, start, end)) = next(iter(source.items())), next(iter(target.items()))
        if said != told:
            yield Finding(
                f"'{ja}' states {_DIRECTION_NAMES[told]} where {zh} states {_DIRECTION_NAMES[said]}",
                start,
                end,
            )


_ZH_PERCENT_RE = re.compile(r"(\d+(?:\.\d+)?)\s*[%％]")
_JA_PERCENT_RE = re.compile(r"([0-9０-９]+(?:[.．][0-9０-９]+)?)\s*[%％]")
#: One-character change verbs before a figure (同比增3.5%, 下降 or 降5%, 跌2%).
ZH_UP_BEFORE_FIGURE = _ZH_UP | frozenset("增涨升")
ZH_DOWN_BEFORE_FIGURE = _ZH_DOWN | frozenset("降减跌")
_ZH_CLAUSE_RE = re.compile(r"[，。；、：,;]")


def _source_figure_changes(source: str) -> dict[str, tuple[str, str]]:
    """Each percentage of the source with the change word right before it in its clause (下降3.5%,
    增长12%, 降至5%): figure → (direction, word). A figure that two changes claim is left out."""
    if "%" not in source and "％" not in source:
        return {}
    words = segmented(source)
    out: dict[str, tuple[str, str]] = {}
    for m in _ZH_PERCENT_RE.finditer(source):
        # The eight characters before the figure, within its clause.
        start = m.start() - len(_ZH_CLAUSE_RE.split(source[max(0, m.start() - 8) : m.start()])[-1])
        before = [w for pos, w in words if start <= pos and pos + len(w) <= m.start()]
        for word in reversed(before):
            direction = (
                "up" if word in ZH_UP_BEFORE_FIGURE else "down" if word in ZH_DOWN_BEFORE_FIGURE else None
            )
            if direction is None:
                continue
            if m.group(1) in out and out[m.group(1)][0] != direction:
                out[m.group(1)] = ("", "")
            else:
                out[m.group(1)] = (direction, word)
            break
    return {k: v for k, v in out.items() if v[0]}


def _reversed_at_figures(seg: Segment) -> Iterator[Finding]:
    """A change reversed where the sentence states changes both ways (出口下降3.5%，但对韩出口回升):
    each percentage of the source against the same percentage in the target, by the change word
    each stands with (3.5％増加した for 下降3.5%). The figure ties the two words together, where
    the whole sentence could not."""
    source = _source_figure_changes(seg.source)
    if not source:
        return
    tokens = seg.tokens
    for m in _JA_PERCENT_RE.finditer(seg.target):
        figure = unicodedata.normalize("NFKC", m.group(1))
        if figure not in source:
            continue
        said, zh = source[figure]
        after = [t for t in tokens if t.start >= m.end()][:4]
        for k, tok in enumerate(after):
            if tok.feature.pos1 == "補助記号":
                break
            lemma = tok.feature.lemma or tok.surface
            told = "up" if lemma in _JA_UP else "down" if lemma in _JA_DOWN else None
            if told is None:
                continue
            if told != said and not _negated(after, k):
                yield Finding(
                    f"'{seg.target[m.start() : tok.end]}' states {_DIRECTION_NAMES[told]} where "
                    f"{zh}{m.group(1)}% states {_DIRECTION_NAMES[said]}",
                    m.start(),
                    tok.end,
                )
                return
            break


# --- tense, the other way --------------------------------------------------------------------

#: Words of the source that leave its verbs free to be non-past: intent, duty, ability, forecast.
_ZH_MODAL_WORDS = frozenset(
    """将 要 会 应 应该 应当 须 必须 需要 需 必 可 可以 能 能够 拟 计划 预计 希望 愿 愿意 打算 争取
    力争 目标 想 准备""".split()
)
#: Verbs whose plain non-past states a condition or an amount (ある, 達する, 有する), not an event
#: to come; and the benefactives that end a clause of purpose (感じてもらう).
_JA_STATIVE = frozenset(
    """有る 居る 出来る 要る 言う 思う 成る 上る 達する 及ぶ 有する 占める 当たる 超える 含む 異なる 違う
    見える 聞こえる 分かる 貰う 下さる 呉れる""".split()
)


#: Words that begin with 了 and are not the aspect (深入了解 "understand in depth").
_LIAO_WORDS = ("了解", "了结", "了不起", "了却", "了如指掌", "了然")


class DoneAsPlan(Check):
    """The source's last clause tells of an action done (观看了 "watched": a verb with 了) and
    the target's main predicate is a verb's plain non-past (鑑賞する), which tells it as one to
    come. Only a sentence that ends on 。 (a headline is told in the present: 收看了 → 見る), with no
    word of intent, duty or forecast in the source, and not a verb of state or amount (832人に
    上る, 経験を有する)."""

    code = "grammar-done-as-plan"
    linear = False  # reads MeCab's tokens
    category = "grammar"
    severity = "minor"
    description = gettext_noop(
        "The source tells of an action as done and the translation's main verb tells it as one to "
        "come (观看了 'watched' → 鑑賞する 'will watch')."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        source = seg.source.strip()
        if not seg.has_kana or not source.endswith(("。", "！")) or _SENTENCE_END_RE.search(source[:-1]):
            return
        last = re.split(r"[，；：]", source[:-1])[-1]
        if "了" not in last:
            return  # most sentences: their last clause is not segmented for a 了 it lacks
        # 了 after a verb, even where the segmentation joins it to what follows (参观了当地: 了当)
        ending = {pos + len(word): word for pos, word in segmented(last)}
        done = next(
            (
                ending[k] + "了"
                for k, char in enumerate(last)
                if char == "了"
                and k in ending
                and not last.startswith(_LIAO_WORDS, k)
                and (cedict_text(ending[k]) or "").startswith("/to ")
            ),
            None,
        )
        if done is None or any(w in _ZH_MODAL_WORDS for _, w in segmented(source)):
            return
        predicate, quoted = main_predicate(seg.tokens)
        if not predicate:
            return
        verb = predicate[-1]
        if verb.feature.pos1 != "動詞" or not (verb.feature.cForm or "").startswith("終止形"):
            return
        if quoted and seg.target.startswith(("として", "とし、"), verb.end):
            return  # …を制限するとして提訴した: the grounds of a claim are told in the present
        if verb.feature.lemma in _JA_STATIVE or _JA_PLAN_RE.search(_final_clause(seg, predicate)):
            return
        yield Finding(
            f"the source tells of an action done ({done}); the translation's main verb "
            f"'{seg.target[predicate[0].start : predicate[-1].end]}' tells it as one to come",
            predicate[0].start,
            predicate[-1].end,
        )
