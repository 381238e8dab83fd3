"""Grammar, where it is cheap and reliable: a doubled particle, two objects marked を in one
clause, a topic marked は twice in one clause, ～ている after no verb, a sentence opening on
これ、 with no particle, a transitive verb in the active with the thing done as its subject, a
word written twice, a complement marked with the wrong case particle (トヨタを次いで, 日本に訪問した,
首相に会談した, 資金を必要だ)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from alignment.bridge import to_kanji
from alignment.checks.base import Check, Finding, Segment, gettext_noop, occurrences
from alignment.checks.japanese import Word, object_marker
from alignment.checks.lists import LIST_CLAUSE_RE

_DOUBLE_PARTICLE_RE = re.compile(r"(?<![\u3040-\u309f])(を|が|は|に|で|の)\1(?![\u3040-\u309f])")


# A case particle (or a compound one: について, に対して) right before を (or, after a compound one,
# が), or を or が right before another (複合輸送をによって): no phrase takes two (テーマについてを議論,
# 地域にを送る): MT kept the source's preposition and added the object's particle. The first is a
# particle standing after a word, not kana of one.
_STACKED_PARTICLES_RE = re.compile(
    r"(?<![\u3040-\u309f])(について|に関して|に対して|をめぐって)(を|が)(?![\u3040-\u309f])"
    r"|(?<=[\u30a0-\u30ff\u4e00-\u9fff])(に|で|へ)(を)(?![\u3040-\u309f])"
    # を or が before another case particle, simple or compound (複合輸送をによって, 地域がに).
    r"|(?<=[\u30a0-\u30ff\u4e00-\u9fff])(を|が)(によって|により|に対して|について|にとって|において|に関して|に|で|へ)"
    r"(?![\u3040-\u309f])"
)


class DoubledParticle(Check):
    code = "grammar-particle"
    category = "grammar"
    severity = "minor"
    bilingual = False
    description = gettext_noop(
        "The same particle twice in a row (をを, がが), or a case particle before を or が "
        "(についてを) — an MT or editing slip."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        for m in _DOUBLE_PARTICLE_RE.finditer(seg.target):
            yield Finding(f"particle '{m.group(1)}' doubled", m.start(), m.end(), m.group(1))
        for m in _STACKED_PARTICLES_RE.finditer(seg.target):
            first, second = next((m.group(k), m.group(k + 1)) for k in (1, 3, 5) if m.group(k))
            # The object's particle is the one MT added: after a preposition it goes (についてを →
            # について), before one the preposition stays (をによって → によって).
            kept = second if m.group(5) else first
            yield Finding(
                f"'{first}' and '{second}' run together: one phrase takes one case particle",
                m.start(),
                m.end(),
                kept,
            )


# A place where an event is held takes で (会場で開催された); に marks where something is or
# arrives (会場に設置された), so に before a verb of holding an event is Chinese 在 read as に. Only
# nouns that name a place by their ending, and only the verbs' forms that hold an event (開催を要請
# is another verb's object).
_PLACE_NI_RE = re.compile(
    r"(?:市|省|県|州|区|センター|ホール|会場|館|ホテル|大学|広場|スタジアム|公園|空港|パーク|園区|町|村)"
    r"(に)(?:盛大に|正式に|相次いで|同時に)?(?:開催(?:され|し|する)|開幕(?:し|する)|閉幕(?:し|する)|行われ|開かれ|挙行(?:され|し))"
)


class PlaceOfEventNi(Check):
    """に after the place an event is held in (会議は北京国際会議センターに行われた for で)."""

    code = "grammar-place-ni"
    category = "grammar"
    severity = "minor"
    bilingual = False
    description = gettext_noop(
        "に after the place where an event is held (会場に開催された for 会場で開催された)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if "に" not in seg.target:
            return
        for m in _PLACE_NI_RE.finditer(seg.target):
            yield Finding(
                f"'{m.group()}': the place where an event is held takes で, not に",
                m.start(1),
                m.end(1),
                "で",
            )


# A noun of change right before its figure: Japanese writes the figure first (12.7%増, 3倍に拡大),
# Chinese the verb first (增长12.7%), and MT keeps that order (前年同期比増加12.7%となった). A rate
# or amount named between them (増加率12.7%, 増加額) is Japanese, and so is a figure opening a new
# phrase after punctuation or a particle (増加し、12.7%).
_CHANGE_BEFORE_FIGURE_RE = re.compile(
    r"(増加|減少|上昇|下落|低下|増長|下降|拡大|縮小)([0-9０-９]+(?:[.．][0-9０-９]+)?(?:%|％|ポイント|倍))"
)


_FIGURE_MARK_RE = re.compile("[%％倍]|ポイント")


class ChangeBeforeFigure(Check):
    code = "grammar-figure-order"
    category = "grammar"
    severity = "minor"
    bilingual = False
    description = gettext_noop(
        "A change written before its figure in Chinese order (前年同期比増加12.7% for 前年同期比12.7%増)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if not _FIGURE_MARK_RE.search(seg.target):
            return
        for m in _CHANGE_BEFORE_FIGURE_RE.finditer(seg.target):
            verb, figure = m.groups()
            yield Finding(
                f"'{verb}{figure}' follows the Chinese order; Japanese writes the figure first ({figure}{verb})",
                m.start(),
                m.end(),
                f"{figure}{verb}",
            )


# What ipadic called a noun: UniDic parts its nouns from pronouns, na-adjective stems and suffixes.
_NOUNS = ("名詞", "代名詞", "形状詞", "接尾辞")


def _closes_clause(tok: Word) -> bool:
    """A verb, adjective or auxiliary closes a clause, and so does punctuation, a bracket or a
    headline's space (…買収へ　…分野を強化)."""
    return tok.feature.pos1 in ("動詞", "形容詞", "助動詞", "補助記号", "記号", "空白")


def _lists_nouns(tokens: list[Word], k: int) -> bool:
    """A 、 between two nouns lists them (起業スペース、補助金を提供する): one object, no new
    clause. A verbal noun alone after its particle (会議を開催、…) ends a clause the way 開催し、
    would; at the end of a compound (トラフィック支援、) it names a thing."""
    if tokens[k].surface != "、" or k < 2 or k + 1 == len(tokens):
        return False
    before, after = tokens[k - 1].feature, tokens[k + 1].feature
    verbal = before.pos3 == "サ変可能" and tokens[k - 2].feature.pos1 == "助詞"
    return before.pos1 in _NOUNS and not verbal and after.pos1 in _NOUNS


class DoubleObject(Check):
    """Japanese allows one を per clause (二重ヲ格制約): 物語りを5つの短編ビデオを制作し is a
    Chinese sentence whose two objects (把故事 … 制作成视频) were both marked を. A predicate,
    a comma, a bracket or a headline's space between them opens a new clause; a を-phrase ending
    in に (アジアを中心に, 会談を前に) is an adverbial, not a second object; and a second を whose
    verb describes the noun after it (産業を寧夏を代表する看板と位置づけ) is the object of that
    relative clause, nested in the first one's."""

    code = "grammar-double-object"
    linear = False  # reads MeCab's tokens: seconds on a long run of katakana
    category = "grammar"
    severity = "minor"
    bilingual = False
    description = gettext_noop("Two objects marked を in one clause (物語りを5つの短編ビデオを制作し).")

    def check(self, seg: Segment) -> Iterator[Finding]:
        if seg.target.count("を") < 2:
            return
        tokens = seg.tokens
        named = _quoted_names(tokens)
        last: int | None = None  # index of the open clause's を
        for k, tok in enumerate(tokens):
            if object_marker(tok) and _compound_particle(tokens, k):
                continue  # 3時間を超えて, 大使館を通じて: an adverbial, the clause's object is another
            if object_marker(tok):
                # をを is one particle doubled, grammar-particle's slip.
                if last is not None and tokens[last].end < tok.start and not _relative(tokens, k):
                    yield Finding(
                        "two objects marked を in one clause",
                        tokens[last].start,
                        tok.end,
                    )
                last = k
            elif (_closes_clause(tok) and not _lists_nouns(tokens, k) and k not in named) or (
                tok.surface == "に" and tok.feature.pos1 == "助詞"
            ):
                last = None


#: Verbs that make a compound particle with を before them and て after (を超えて "over", を通じて
#: "through", を除いて "except", を含めて "including", を巡って "over", を受けて "in response to",
#: を経て "via", を挟んで "across", を問わず "regardless of"): the phrase is an adverbial.
_COMPOUND_PARTICLE_VERBS = frozenset(
    "超える 越える 通じる 通ずる 除く 含める 巡る 受ける 経る 挟む 問う 介する 踏まえる".split()
)  # UniDic reads 超え as 越える, 通じ as 通ずる


def _compound_particle(tokens: list[Word], k: int) -> bool:
    """Whether the を at ``k`` opens a compound particle (を超えて, を問わず): its verb comes right
    after it, in the te-form or negated with ず, and the clause goes on after it."""
    if k + 3 >= len(tokens):
        return False
    verb, after, then = tokens[k + 1], tokens[k + 2], tokens[k + 3]
    return (
        verb.feature.pos1 == "動詞"
        and (verb.feature.lemma or verb.surface) in _COMPOUND_PARTICLE_VERBS
        and after.surface in ("て", "で", "ず")
        # 割合を3分の1を超えている: the verb with its auxiliary is the clause's own predicate.
        and not (then.feature.pos1 == "動詞" and then.feature.pos2 == "非自立可能")
        and then.feature.pos1 not in ("補助記号", "助動詞")
    )


def _quoted_names(tokens: list[Word]) -> set[int]:
    """The indices of the brackets around a quoted name or term (「ソーラー羊」を放牧する): no verb
    inside, so the brackets name a thing in the clause rather than open one."""
    inside: set[int] = set()
    for k, tok in enumerate(tokens):
        if tok.surface not in _OPENING_QUOTES:
            continue
        for end in range(k + 1, min(len(tokens), k + 16)):
            word = tokens[end]
            if word.surface == _OPENING_QUOTES[tok.surface]:
                inside.update((k, end))
                break
            if word.feature.pos1 in ("動詞", "形容詞", "助動詞") or (
                word.feature.pos1 == "助詞" and word.surface != "の"
            ):
                break
    return inside


_OPENING_QUOTES = {"「": "」", "『": "』"}


def _relative(tokens: list[Word], k: int) -> bool:
    """Whether the を at ``k`` is the object of a relative clause: the first predicate after it is
    a verb (with its auxiliaries) in the attributive form, followed by a noun or a bracket that
    opens one (寧夏を代表する「看板」)."""
    for i in range(k + 1, len(tokens)):
        tok = tokens[i]
        if tok.feature.pos1 not in ("動詞", "助動詞"):
            if _closes_clause(tok) or object_marker(tok):
                return False
            continue
        while i + 1 < len(tokens) and tokens[i + 1].feature.pos1 == "助動詞":
            i += 1
        if not (tokens[i].feature.cForm or "").startswith("連体形"):
            return False
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if after is not None and after.surface in ("「", "『") and i + 2 < len(tokens):
            after = tokens[i + 2]
        return (
            after is not None
            and after.feature.pos1 in ("名詞", "代名詞", "接頭辞")
            and (after.feature.lemma or after.surface) not in _CONTENT_NOUNS
        )
    return False


#: Nouns a verb describes without making a relative clause of it: the verb's clause is their
#: content (推進を図ること, 補助金を提供する予定), so its を is the sentence's own.
_CONTENT_NOUNS = frozenset(
    """こと 事 もの 物 ため 為 よう 様 ところ 所 方 予定 計画 方針 考え 見込み 意向 積り つもり 必要
    可能性 上 際 時 場合 方向 他 外 前 後 構え 狙い 目標""".split()
)


class RepeatedTopic(Check):
    """A clause whose topic is marked は and then repeated with は again (姉妹都市の数は都市は25対に
    到達し): MT stuttering over 友城数量达到. Two topics in one clause are good Japanese when the
    second contrasts with the first (今回は津波は発生しなかった, コルビンは労働党は…と述べた), so
    only a second topic made of words the first one already holds is flagged."""

    code = "grammar-repeated-topic"
    linear = False  # reads MeCab's tokens: seconds on a long run of katakana
    category = "grammar"
    severity = "minor"
    bilingual = False
    description = gettext_noop(
        "A topic marked は twice in one clause, the second repeating the first (都市の数は都市は)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if seg.target.count("は") < 2:
            return
        tokens = seg.tokens
        opened = 0  # first token of the open clause
        topic: int | None = None  # index of the open clause's は
        for k, tok in enumerate(tokens):
            if tok.surface == "は" and tok.feature.pos2 == "係助詞":
                if topic is not None:
                    first = "".join(t.surface for t in tokens[opened:topic])
                    second = [t for t in tokens[topic + 1 : k] if t.feature.pos1 in _NOUNS]
                    words = "".join(t.surface for t in second)
                    if (
                        len(words) >= 2  # one kanji (年, 人) recurs by chance
                        and len(second) == k - topic - 1
                        and all(t.surface in first for t in second)
                    ):
                        yield Finding(
                            f"topic repeated: '{seg.target[tokens[opened].start : tok.end]}'",
                            tokens[topic + 1].start,
                            tok.end,
                        )
                topic = k
            elif _closes_clause(tok):
                opened, topic = k + 1, None


_TE_IRU_RE = re.compile("て[いお]")


class StrandedAuxiliary(Check):
    """～ている needs a verb before its て: after a noun or a closing bracket (「一気に掲載」ていた)
    the verb of the source (被…刊发) was lost. で after a noun is the copula (元気でいる) and is
    left alone."""

    code = "grammar-stranded-te"
    linear = False  # reads MeCab's tokens: seconds on a long run of katakana
    category = "grammar"
    severity = "minor"
    bilingual = False
    description = gettext_noop("～ている/～ていた with no verb before it (「一気に掲載」ていた).")

    def check(self, seg: Segment) -> Iterator[Finding]:
        if not _TE_IRU_RE.search(seg.target):
            return
        tokens = seg.tokens
        for a, te, aux in zip(tokens, tokens[1:], tokens[2:], strict=False):
            if (
                te.surface == "て"
                and te.feature.pos2 == "接続助詞"
                and a.feature.pos1 in (*_NOUNS, "補助記号", "記号")
                and aux.surface in ("い", "いる", "いた", "おり", "おる")
            ):
                yield Finding(f"'{te.surface}{aux.surface}' follows no verb", te.start, aux.end)


def _adjectival_only(word: Word) -> bool:
    """A na-adjective that is no サ変 noun: UniDic's 形状詞, or a noun it marks 形状詞可能 alone
    (便利; 安定 and 安心 are also サ変可能 and take する)."""
    feature = word.feature
    return feature.pos1 == "形状詞" or (feature.pos1 == "名詞" and feature.pos3 == "形状詞可能")


class AdjectiveAsVerb(Check):
    """A na-adjective conjugated as a verb (通関を便利し, 手続きを明確して): Chinese 便利通关 and
    明确手续 use the adjective as a verb, Japanese needs に before する (便利にし, 明確にして). UniDic
    tells a na-adjective from a サ変 noun, so 安定する and 重視する pass."""

    code = "grammar-adjective-as-verb"
    linear = False  # reads MeCab's tokens
    category = "grammar"
    severity = "minor"
    bilingual = False
    description = gettext_noop("A na-adjective followed by する with no に (通関を便利し for 便利にし).")

    def check(self, seg: Segment) -> Iterator[Finding]:
        tokens = seg.tokens
        for adjective, suru in pairwise(tokens):
            if (
                suru.feature.lemma in ("為る", "せる")
                and suru.surface[:1] in "しすせさ"
                and suru.start == adjective.end
                and _adjectival_only(adjective)
            ):
                yield Finding(
                    f"'{adjective.surface}{suru.surface}': {adjective.surface} is an adjective; "
                    f"Japanese writes {adjective.surface}に{suru.surface}",
                    adjective.start,
                    suru.end,
                    f"{adjective.surface}に{suru.surface}",
                )


# これ、 / それ、 opening a sentence of prose: MT dropped the particle of 这也是 / 这是 (これは,
# これも). Speech writes it (「それ、本当？」), so a sentence inside a quotation is left alone.
_BARE_DEMONSTRATIVE_RE = re.compile(r"(?:^|(?<=[。！？]))[ \u3000]*(これ|それ)、")


class BareDemonstrative(Check):
    code = "grammar-demonstrative"
    category = "grammar"
    severity = "minor"
    bilingual = False
    description = gettext_noop(
        "A sentence of prose opening on これ、 or それ、 with no particle (これは, これも)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        for m in _BARE_DEMONSTRATIVE_RE.finditer(seg.target):
            if seg.target.count("「", 0, m.start()) > seg.target.count("」", 0, m.start()):
                continue  # inside a quotation
            yield Finding(
                f"'{m.group(1)}、' opens the sentence without a particle ({m.group(1)}は, {m.group(1)}も)",
                m.start(1),
                m.end(),
            )


# --- voice -----------------------------------------------------------------------------------

TRANSITIVE_DATA = Path(__file__).resolve().parent.parent / "data" / "transitive_suru.json"


def case_frame_entries(data: dict[str, Any], key: str, fields: tuple[str, ...]) -> list[dict[str, Any]]:
    """The entries of a case-frame list, checked: each must name its verb (``key``), fill
    ``fields`` and give its ``source``, and no verb may be listed twice. A list entry is a claim
    about Japanese grammar that flags every sentence using the verb; one nobody can trace back to
    a reference, or a second entry silently replacing the first, is refused (ValueError naming
    the entry) rather than shipped."""
    entries: list[dict[str, Any]] = []
    seen: set[str] = set()
    for i, entry in enumerate(data.get("entries", ())):
        missing = [k for k in (key, *fields, "source") if not entry.get(k)]
        if missing:
            raise ValueError(f"case-frame entry #{i} ({entry.get(key, '?')}): missing {', '.join(missing)}")
        if entry[key] in seen:
            raise ValueError(f"case-frame entry {entry[key]}: listed twice")
        seen.add(entry[key])
        entries.append(entry)
    return entries


@cache
def transitive_suru() -> dict[str, str]:
    """Sino-Japanese verbs that take an object in every sense → what the thing done takes
    instead (``alignment/data/transitive_suru.json``)."""
    data = json.loads(TRANSITIVE_DATA.read_text(encoding="utf-8"))
    return {e["word"]: e["intransitive"] for e in case_frame_entries(data, "word", ("intransitive",))}


# Auxiliaries and the ～ている of an active verb, walked over to reach what follows the verb.
_VERB_TAIL = frozenset(("て", "い", "いる", "いた", "おり", "おる", "ます", "まし", "た", "ない", "なかっ"))
# Nouns a verb may end a clause before without the noun being its object (設立した後).
_NOT_AN_OBJECT = frozenset("後 際 時 以来 以降 直後 ため 上 こと 予定 見込み 計画 方針 見通し 意向".split())


# Suffixes that make a person or a party of one (同氏, 市長, 関係者, 日本側).
_PERSON_SUFFIXES = frozenset(
    ("氏", "さん", "様", "君", "ら", "たち", "達", "者", "長", "官", "員", "人", "側")
)


# Nouns of a governing body (市が建設した, 政府が決定した): the doer whatever the verb.
_GOVERNMENTS = ("政府", "当局", "国", "州", "県", "市", "町", "村", "区", "省", "庁", "府", "党", "軍")
# Nouns of a body that acts (委員会が承認した, 同社が発表した) but is also what a verb of founding
# makes (研究所が設立した is the slip): a doer except with those verbs.
_BODIES = (
    "会", "社", "局", "団", "院", "所", "機関", "機構", "企業", "銀行", "大学", "学校", "組合",
    "連盟", "センター", "チーム", "グループ", "メーカー",
)  # fmt: skip
# The verbs whose object is a body or a facility being founded.
_FOUNDING = frozenset(("設立", "創立", "創設", "開設", "設置", "建設", "建立", "建造"))


def _names_a_doer(word: Word) -> bool:
    """Whether a noun's last word names someone who acts: a name (厦門, 田中), a pronoun, or a
    suffix of persons (同氏, 市長)."""
    f = word.feature
    return (
        f.pos1 == "代名詞"
        or f.pos2 == "固有名詞"
        or (f.pos1 == "接尾辞" and word.surface in _PERSON_SUFFIXES)
    )


def _is_agent(word: Word, noun: str, verb: str) -> bool:
    """Whether the subject can do the deed itself, its object left to context: a name (田中,
    日本, 国連), a pronoun (彼が発表した), a suffix of persons (同氏, 市長), a governing body (市,
    政府), or a body (委員会, 同社) unless the verb founds one. ``word`` is the subject's last word,
    ``noun`` the whole compound it ends."""
    return (
        _names_a_doer(word)
        or noun.endswith(_GOVERNMENTS)
        or (verb not in _FOUNDING and noun.endswith(_BODIES))
    )


class ActiveForPassive(Check):
    """A verb that takes an object (設立, 締結, 寄贈) written in the active on the thing done:
    Chinese marks no passive (中心成立后, 协议签署后), so MT writes センターが設立した後 for
    設立された後. The active is right when the subject is the doer and the object is understood,
    so the clause must have no を, the sentence no topic before it (展示会は市が開催した: the
    object is the topic), the verb end its clause rather than describe a noun after it (市が
    開催した展示会: the noun is the object), and the subject be no name, person or body that acts
    (委員会が承認した), except a body a verb of founding makes (研究所が設立した). The native
    transitive verbs of the 自他 pairs read the same way (経験が広げている for 広がっている)."""

    code = "grammar-active-for-passive"
    linear = False  # reads MeCab's tokens
    category = "grammar"
    severity = "minor"
    bilingual = False
    description = gettext_noop(
        "A transitive verb in the active with the thing done as its subject and no object "
        "(センターが設立した後 for 設立された)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        verbs = transitive_suru()
        native = _native_transitive()
        if not any(v in seg.target for v in verbs) and not any(v[:-1] in seg.target for v in native):
            return
        tokens = seg.tokens
        for k, tok in enumerate(tokens[:-1]):
            if tok.surface in verbs:
                suru = tokens[k + 1]
                if suru.feature.lemma != "為る" or suru.surface == "さ":  # される, させる
                    continue
                end, verb, instead = k + 2, tok.surface + "する", verbs[tok.surface]
            elif tok.feature.pos1 == "動詞" and tok.feature.lemma in native:
                end, verb = k + 1, tok.feature.lemma
                instead = f"{native[verb]} (intransitive) or the passive"
            else:
                continue
            while end < len(tokens) and tokens[end].surface in _VERB_TAIL:
                end += 1
            after = tokens[end] if end < len(tokens) else None
            if after is not None and (
                after.feature.lemma in ("れる", "られる", "せる", "させる")
                or (after.feature.pos1 in (*_NOUNS, "接頭辞") and after.surface not in _NOT_AN_OBJECT)
                or after.surface in ("「", "『", "（")
            ):
                continue  # a passive or causative after all, or a relative clause (発表した第2四半期決算)
            subject = _subject(tokens, k)
            if subject is None or subject == 0 or _object_as_topic(tokens, subject):
                continue
            first = subject - 1
            while first and tokens[first - 1].feature.pos1 in (*_NOUNS, "接頭辞"):
                first -= 1  # the whole noun (研究所, not 所)
            noun = seg.target[tokens[first].start : tokens[subject - 1].end]
            if _is_agent(tokens[subject - 1], noun, tok.surface):
                continue
            start, stop = tokens[first].start, tokens[end - 1].end
            yield Finding(
                f"'{seg.target[start:stop]}': {verb} takes an object (を) and has none; "
                f"the thing done is the subject, which takes {instead}",
                start,
                stop,
            )


def _subject(tokens: list[Word], verb: int) -> int | None:
    """The index of the が marking the verb's subject in its own clause, None if the clause has
    none or has an object (を)."""
    for i in range(verb - 1, -1, -1):
        tok = tokens[i]
        if object_marker(tok):
            return None
        if tok.surface == "が" and tok.feature.pos2 == "格助詞":
            return i
        if _closes_clause(tok):
            return None
    return None


def _a_government(noun: list[Word]) -> bool:
    """Whether a noun names a governing body: a place with its unit (青海省, 同市: the unit a suffix
    of its own, not the 市 of 都市) or a government (政府, 当局)."""
    last = noun[-1].surface
    return (
        (noun[-1].feature.pos1 == "接尾辞" and last in _GOVERNMENTS)
        or (last.startswith("同") and last.endswith(_GOVERNMENTS))
        or last in ("政府", "当局")
    )


def _object_as_topic(tokens: list[Word], before: int) -> bool:
    """Whether the sentence has a topic (は or も after a noun) before ``before`` that may be the
    object (展示会は市が開催した), or a quotation (…と) the verb reports. A topic whose noun holds
    a name or a person (杭州市は…事務所が設立している, 同氏は) or is a governing body (青海省は)
    is the doer, the subject of the clause, and the thing done after it still needs the passive."""
    for i in range(before - 1, 0, -1):
        tok = tokens[i]
        if tok.surface in ("。", "！", "？"):
            return False
        if (
            tok.feature.pos2 == "係助詞"
            and tok.surface in ("は", "も")
            and tokens[i - 1].feature.pos1 != "助詞"
        ):
            first = i - 1
            while first and tokens[first - 1].feature.pos1 in (*_NOUNS, "接頭辞"):
                first -= 1
            return not (any(_names_a_doer(t) for t in tokens[first:i]) or _a_government(tokens[first:i]))
        if (
            tok.surface == "と"
            and tok.feature.pos1 == "助詞"
            and tokens[i - 1].feature.pos1 in ("動詞", "助動詞")
        ):
            return True
    return False


# --- a word written twice --------------------------------------------------------------------

# Two or more kanji written twice running (展示展示): a cheap test before the words are read.
_DOUBLED_WORD_RE = re.compile(r"([\u4e00-\u9fff]{2,})\1")
_KANJI_WORD_RE = re.compile(r"[\u4e00-\u9fff]{2,}")


class DoubledWord(Check):
    """The same word twice running (展示展示 for 展示展销): MT or an editor dropped one of two
    different words and doubled the other, the classic QA "double words" slip. Japanese doubles a
    word on purpose with 々 (時々, 徐々に), as 一X一X (一人一人, 一歩一歩), or inside one word
    (馬鹿馬鹿しい), all left alone: the flag needs two words of two kanji or more, one after the
    other. A source that doubles a word itself (研究研究) is rendered faithfully."""

    code = "grammar-doubled-word"
    linear = False  # reads MeCab's tokens
    category = "grammar"
    severity = "minor"
    bilingual = False
    description = gettext_noop("The same word written twice running (展示展示).")

    def check(self, seg: Segment) -> Iterator[Finding]:
        if not _DOUBLED_WORD_RE.search(seg.target) or _DOUBLED_WORD_RE.search(seg.source):
            return
        for a, b in pairwise(seg.tokens):
            if (
                a.surface == b.surface
                and a.end == b.start
                and _KANJI_WORD_RE.fullmatch(a.surface)
                and not a.surface.startswith("一")
            ):
                yield Finding(f"'{a.surface}' written twice", a.start, b.end, a.surface)


# --- a complement of に marked を ---------------------------------------------------------------

NI_VERBS_DATA = Path(__file__).resolve().parent.parent / "data" / "ni_verbs.json"


@cache
def complement_particles() -> dict[str, str]:
    """UniDic lemmas of the verbs (and サ変 nouns) whose complement takes に (or と, で), never を,
    with that particle (``alignment/data/ni_verbs.json``)."""
    data = json.loads(NI_VERBS_DATA.read_text(encoding="utf-8"))
    return {e["lemma"]: e["takes"] for e in case_frame_entries(data, "lemma", ("takes",))}


def ni_verbs() -> frozenset[str]:
    """The verbs of :func:`complement_particles`."""
    return frozenset(complement_particles())


_CAUSATIVE_PASSIVE = frozenset(("せる", "させる", "れる", "られる"))


class ObjectOfNiVerb(Check):
    """を right before a verb whose complement takes に (トヨタを次いで for に次いで, 大学を
    在学する for 大学に在学する): 继…之后 and 在…就读 have no particle to copy, and MT reaches for
    the object's. Only を touching the verb counts, where it can mark nothing else; a causative or
    passive after the verb (学生を参加させる) makes the を right."""

    code = "grammar-particle-ni"
    linear = False  # reads MeCab's tokens
    category = "grammar"
    severity = "minor"
    bilingual = False
    description = gettext_noop(
        "を before a verb whose complement takes に, と or が (トヨタを次いで for トヨタに次いで, "
        "大使を会見した for 大使と会見した)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if "を" not in seg.target:
            return
        verbs = complement_particles()
        tokens = seg.tokens
        for k in range(1, len(tokens)):
            wo, verb = tokens[k - 1], tokens[k]
            if not object_marker(wo) or verb.feature.lemma not in verbs:
                continue
            tail = k + 1
            if verb.feature.pos1 != "動詞":  # a サ変 noun: a verb only with する after it
                if tail == len(tokens) or tokens[tail].feature.lemma != "為る":
                    continue
                if tokens[tail].surface == "さ":  # される, させる
                    continue
                tail += 1
            if any(t.feature.lemma in _CAUSATIVE_PASSIVE for t in tokens[tail : tail + 2]):
                continue
            if tail < len(tokens) and tokens[tail].surface in ("て", "で"):
                tail += 1
            said = "".join(t.surface for t in tokens[k:tail])
            takes = verbs[verb.feature.lemma]
            yield Finding(
                f"'を{said}': {said} takes {takes} ({takes}{said}), not を", wo.start, wo.end, takes
            )


# --- a complement of を or と marked に -----------------------------------------------------------

NOT_NI_DATA = Path(__file__).resolve().parent.parent / "data" / "not_ni_verbs.json"


@cache
def not_ni_verbs() -> dict[str, str]:
    """サ変 nouns whose complement takes を (訪問, 視察, 卒業) or, for a reciprocal verb, と (会談,
    提携) and never に, with that particle (``alignment/data/not_ni_verbs.json``)."""
    data = json.loads(NOT_NI_DATA.read_text(encoding="utf-8"))
    return {e["word"]: e["takes"] for e in case_frame_entries(data, "word", ("takes",))}


#: Nouns that make an adverbial with に (共に, 同時に, この機会に, 事前に, を中心に): the に is no
#: complement of the verb. Time words and quantities (先に, 最初に, 3日に) UniDic marks 副詞可能,
#: 数詞 or 助数詞(可能), and a サ変 noun before に (記念に, 一緒に, 視察に) names a purpose or a
#: manner; nouns ending in a word of time or occasion (早期, 期間, 年内, 休暇中, 帰途) are
#: adverbials too.
_ADVERBIAL_NI_NOUNS = frozenset(
    """共 同時 次 中心 順 順番 交互 一斉 別 逆 主 特 更 互い 相互 自ら 機会 節目 ついで 本格 定期 重点
    個人 最後 最初 初 契機 前提 基 もと 元 軸 目的 目標 対象 背景 一環 手始め 皮切り 念頭 視野""".split()
)
_ADVERBIAL_NI_ENDINGS = ("期", "間", "内", "中", "末", "頃", "際", "時", "機", "途", "前", "後")
#: Words of manner written onto the verb (表敬訪問, 再訪問, 電話会談): the compound is the verb.
_VERB_PREFIXES = frozenset(("表敬", "公式", "非", "正式", "国事", "電話", "首脳", "再", "初"))
#: What a verb standing before a request or a plan is (政府に支援するよう求めた, 首相に会談する
#: ことで合意): its に is the addressee of the verb after.
_EMBEDDED_BY = frozenset(("よう", "ように", "こと", "べく", "べき"))
#: て + these (住民に歓迎していただいた, 政府に支援してほしい): に marks the one asked to do it.
_BENEFACTIVES = frozenset(("貰う", "頂く", "欲しい", "下さる"))


def _complement_noun(tokens: list[Word], k: int) -> bool:
    """Whether the noun before the に at ``k`` may be a verb's complement (日本に, 首相に, 工場に)
    rather than an adverbial (共に, 3日に, 記念に, 期間中に, 企業を中心に)."""
    noun = tokens[k - 1]
    f = noun.feature
    if f.pos1 not in ("名詞", "代名詞", "接尾辞") or f.pos2 == "数詞":
        return False
    if f.pos3 in ("副詞可能", "助数詞", "助数詞可能", "サ変可能", "サ変形状詞可能"):
        return False
    if noun.surface in _ADVERBIAL_NI_NOUNS or noun.surface.endswith(_ADVERBIAL_NI_ENDINGS):
        return False
    first = k - 1
    while first and tokens[first - 1].feature.pos1 in (*_NOUNS, "接頭辞"):
        first -= 1
    return not (first and object_marker(tokens[first - 1]))  # 企業を中心に, 若者を対象に


def _past_manner(tokens: list[Word], i: int) -> int:
    """The index after one adverb of manner at ``i`` (さらに, 正式に, 積極的に), or ``i``: its
    に is the copula's, and the verb after it still takes the に before it as its complement."""
    if tokens[i].feature.pos1 == "副詞":
        return i + 1
    for width in (1, 2):  # 正式 + に, 積極 + 的 + に
        if (
            i + width < len(tokens)
            and tokens[i + width].surface == "に"
            and tokens[i + width].feature.pos1 == "助動詞"
        ):
            if tokens[i + width - 1].feature.pos1 == "形状詞" or tokens[i + width - 1].surface == "的":
                return i + width + 1
    return i


def _ni_before_verb(tokens: list[Word], takes: str) -> Iterator[tuple[int, int, int]]:
    """Each case particle に right before a verb of :func:`not_ni_verbs` whose complement takes
    ``takes``, in the active and its own clause: (index of に, of the verb's noun, after its する).
    The noun before に is a complement's (:func:`_complement_noun`); an adverb may stand between
    (日本に正式に訪問した), and a word of manner written onto the verb (表敬訪問, 電話会談) makes
    one verb with it."""
    verbs = not_ni_verbs()
    for k in range(1, len(tokens) - 2):
        ni = tokens[k]
        if ni.surface != "に" or ni.feature.pos2 != "格助詞" or not _complement_noun(tokens, k):
            continue
        at = _past_manner(tokens, k + 1)
        start = at
        while at < start + 2 and at < len(tokens) and tokens[at].surface in _VERB_PREFIXES:
            at += 1  # 表敬訪問, 非公式訪問 (非 + 公式 + 訪問)
        if at + 1 >= len(tokens) or verbs.get(tokens[at].surface) != takes:
            continue
        suru = tokens[at + 1]
        if suru.feature.lemma != "為る" or suru.surface == "さ" or suru.start != tokens[at].end:
            continue  # no verb (訪問団), or its passive or causative (歓迎される, 見学させる)
        end = at + 2
        after = tokens[end] if end < len(tokens) else None
        if after is not None and after.surface in _EMBEDDED_BY:
            continue
        if (
            after is not None
            and after.surface == "て"
            and end + 1 < len(tokens)
            and tokens[end + 1].feature.lemma in _BENEFACTIVES
        ):
            continue
        yield k, at, end


class _NiForComplement(Check):
    """に right before a verb of :func:`not_ni_verbs` whose complement takes :attr:`takes`: the two
    checks below differ only in that particle and what the complement is."""

    linear = False  # reads MeCab's tokens
    category = "grammar"
    severity = "minor"
    bilingual = False
    takes: str
    complement: str  # "object" or "partner", for the message

    def check(self, seg: Segment) -> Iterator[Finding]:
        if "に" not in seg.target:
            return
        tokens = seg.tokens
        for k, at, end in _ni_before_verb(tokens, self.takes):
            said = seg.target[tokens[k].end : tokens[end - 1].end]
            yield Finding(
                f"'に{said}': {tokens[at].surface}する takes its {self.complement} with {self.takes} "
                f"({self.takes}{said}), not に",
                tokens[k].start,
                tokens[k].end,
                self.takes,
            )


class NiForObject(_NiForComplement):
    """に before a verb whose object takes を (日本に訪問した, 工場に視察した, 大学に卒業した):
    Chinese 到…访问, 赴…视察 and 毕业于 mark a place the way に does, and MT keeps it. Only に
    touching the verb's する (its active: 歓迎される and 見学させる take に rightly), after a noun
    that is no adverbial (共に, 3日に, を中心に), and not before a request (政府に支援するよう求めた)
    or a favour asked (住民に歓迎していただいた). で is left alone: it marks where the deed is done
    (北京で視察した) as well."""

    code = "grammar-ni-for-wo"
    takes = "を"
    complement = "object"
    description = gettext_noop(
        "に before a verb whose object takes を (日本に訪問した for 日本を訪問した, 大学に卒業した for 大学を卒業した)."
    )


class NiForPartner(_NiForComplement):
    """に before a reciprocal verb whose partner takes と (首相に会談した, A社に提携した): Chinese
    与…会谈 and 同…合作 have no particle Japanese copies, and MT picks に. 面会 and 協力, which
    take に themselves, are not listed."""

    code = "grammar-ni-for-to"
    takes = "と"
    complement = "partner"
    description = gettext_noop(
        "に before a reciprocal verb whose partner takes と (首相に会談した for 首相と会談した)."
    )


# --- the subject of a na-adjective marked を --------------------------------------------------

#: Na-adjectives whose subject takes が (支援が必要だ, 原因が明らかになった) and which take を only
#: with a verb of their own after them (を必要とする, を明らかにする, を可能にする): Chinese 需要X and
#: 明确了X are verbs with an object, and MT keeps the を while writing the adjective.
_GA_ADJECTIVES = {
    "必要": "necessary: Xが必要だ, or Xを必要とする",
    "不要": "unnecessary: Xが不要だ, or Xを不要とする",
    "不可欠": "indispensable: Xが不可欠だ, or Xを不可欠とする",
    "可能": "possible: Xが可能になる, or Xを可能にする",
    "不可能": "impossible: Xが不可能になる, or Xを不可能にする",
    "明らか": "clear: Xが明らかになる, or Xを明らかにする",
    "明確": "clear: Xが明確になる, or Xを明確にする",
    "困難": "difficult: Xが困難になる, or Xを困難にする",
    "容易": "easy: Xが容易になる, or Xを容易にする",
    "重要": "important: Xが重要だ, or Xを重要視する",
}
# The adjective as a predicate: the copula (だ, である, です) or なる (become). An adjective before
# と (改革を必要だと考える, 原因を明らかになったとみる) is the clause of a verb of thinking, whose
# を-subject is good Japanese; the lookahead leaves it alone.
_WO_ADJECTIVE_RE = re.compile(
    "を(" + "|".join(sorted(_GA_ADJECTIVES, key=len, reverse=True)) + ")"
    r"(だ|である|であり|であっ|です|でし|[とに]な[るりっ])(?!と|たと|てと)"
)


class SubjectOfAdjectiveAsObject(Check):
    """を before a na-adjective used as a predicate (支援を必要だ, 原因を明らかになった): the
    adjective's subject takes が; を is right only with a verb after the adjective (を必要とする,
    を明らかにした), which MT, following Chinese 需要 and 明确了, left out."""

    code = "grammar-wo-adjective"
    category = "grammar"
    severity = "minor"
    bilingual = False
    description = gettext_noop(
        "を before a na-adjective predicate, whose subject takes が (支援を必要だ for 支援が必要だ, "
        "原因を明らかになった for 原因が明らかになった)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if "を" not in seg.target:
            return
        for m in _WO_ADJECTIVE_RE.finditer(seg.target):
            adjective = m.group(1)
            yield Finding(
                f"'{m.group()}': {adjective} is an adjective ({_GA_ADJECTIVES[adjective]}); "
                "its subject takes が, not を",
                m.start(),
                m.start() + 1,
                "が",
            )


#: Native verbs of holding, opening and agreeing whose passive has no victim: 会議を開かれた,
#: 6割を占められた mix the two voices as 行事を開催される does (UniDic lemmas).
_PASSIVE_WITHOUT_VICTIM = frozenset(("行う", "開く", "設ける", "占める", "結ぶ", "築く", "進める"))


class ObjectOfPassive(Check):
    """を before the passive of a verb of making, holding or giving (イベントを開催される, 40カ国を
    輸出されている): the passive makes the thing done its subject, which takes が (イベントが開催
    される), or the active keeps the を (イベントを開催する). MT mixes the two when the Chinese
    (举办活动, 出口到40个国家) has neither voice marked. Only the verbs of the case-frame list of
    ``transitive_suru.json`` and a few native ones (占める, 結ぶ, 開く …), whose passive has no
    victim (足を踏まれる, 財布を盗まれる are another kind of passive, with を rightly)."""

    code = "grammar-object-of-passive"
    linear = False  # reads MeCab's tokens
    category = "grammar"
    severity = "minor"
    bilingual = False
    description = gettext_noop(
        "を before the passive of a verb such as 開催 or 輸出 (イベントを開催される for イベントが開催される)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if "を" not in seg.target or "れ" not in seg.target:
            return
        verbs = transitive_suru()
        tokens = seg.tokens
        for k, wo in enumerate(tokens[:-2]):
            if not object_marker(wo):
                continue
            at = _past_adverbial(tokens, k + 1)
            if at + 1 >= len(tokens):
                continue
            verb, after = tokens[at], tokens[at + 1]
            if verb.feature.pos1 == "動詞" and verb.feature.lemma in _PASSIVE_WITHOUT_VICTIM:
                # 占め + られ: a native verb's passive
                active, subject, said = verb.feature.lemma, "が…", [verb, after]
            elif (
                verb.surface in verbs
                and after.surface == "さ"
                and after.feature.lemma == "為る"
                and at + 2 < len(tokens)
            ):
                # 開催 + さ + れ: a サ変 verb's passive
                active = f"{verb.surface}する"
                subject, said = f"が{verb.surface}される", [verb, after, tokens[at + 2]]
            else:
                continue
            passive = said[-1]
            if passive.feature.lemma in ("れる", "られる"):
                yield Finding(
                    f"'を{''.join(t.surface for t in said)}': the passive of {active} takes its object "
                    f"as subject ({subject}), or the active keeps を (を{active})",
                    wo.start,
                    passive.end,
                )


def _past_adverbial(tokens: list[Word], i: int) -> int:
    """The index after one adverbial at ``i`` (相互に, 共同で, さらに) or a quantity and its counter
    (1万5000トン), or ``i``: what stands between an object and its verb without being either."""
    if tokens[i].feature.pos1 == "副詞":
        return i + 1
    if tokens[i].feature.pos2 == "数詞":  # a quantity: 貨物を1万5000トン発送された
        j = i
        while j < len(tokens) and tokens[j].feature.pos2 == "数詞":
            j += 1
        if j + 1 < len(tokens) and tokens[j].feature.pos1 == "名詞" and tokens[j + 1].feature.pos1 == "名詞":
            return j + 1
    if (
        i + 2 < len(tokens)
        and tokens[i].feature.pos1 == "名詞"
        and tokens[i + 1].surface in ("に", "で")
        and tokens[i + 1].feature.pos1 == "助詞"
        and tokens[i + 2].feature.pos1 == "名詞"
    ):
        return i + 2
    return i


#: Native intransitive verbs and their transitive partners (自動詞・他動詞の対, as general grammars
#: list them): 扩大交流 → 交流を広がる for 広げる, 加深理解 → 理解を深まる for 深める. Pairs whose
#: intransitive also takes a path or a place left with を (階段を上がる, 席を変わる) are left out.
_TRANSITIVE_PARTNERS = {
    "始まる": "始める",
    "決まる": "決める",
    "続く": "続ける",
    "広がる": "広げる",
    "高まる": "高める",
    "深まる": "深める",
    "強まる": "強める",
    "弱まる": "弱める",
    "増える": "増やす",
    "減る": "減らす",
    "集まる": "集める",
    "伝わる": "伝える",
    "届く": "届ける",
    "固まる": "固める",
    "縮まる": "縮める",
    "整う": "整える",
    "揃う": "揃える",
    "繋がる": "繋げる",
    "定まる": "定める",
    "改まる": "改める",
    "加わる": "加える",
    "重なる": "重ねる",
    "広まる": "広める",
    "備わる": "備える",
    "結び付く": "結び付ける",
    "伸びる": "伸ばす",
    "育つ": "育てる",
    "収まる": "収める",
    "溜まる": "溜める",
}


@cache
def _native_transitive() -> dict[str, str]:
    """The transitive member of each pair → its intransitive partner (広げる → 広がる)."""
    return {t: i for i, t in _TRANSITIVE_PARTNERS.items()}


class ObjectOfIntransitive(Check):
    """を right before a native intransitive verb that has a transitive partner (交流を広がる for
    広げる, 理解を深まる for 深める): Chinese verbs of change (扩大, 加深, 提高) are transitive and
    intransitive alike, and MT picks the Japanese intransitive with the object kept."""

    code = "grammar-intransitive-object"
    linear = False  # reads MeCab's tokens
    category = "grammar"
    severity = "minor"
    bilingual = False
    description = gettext_noop(
        "を before an intransitive verb that has a transitive partner (交流を広がる for 交流を広げる)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if "を" not in seg.target:
            return
        for wo, verb in pairwise(seg.tokens):
            partner = _TRANSITIVE_PARTNERS.get(verb.feature.lemma)
            if partner and object_marker(wo) and verb.feature.pos1 == "動詞":
                yield Finding(
                    f"'を{verb.surface}': {verb.feature.lemma} is intransitive and takes no object; "
                    f"its transitive partner is {partner}",
                    wo.start,
                    verb.end,
                )


#: Adjectives that take an object in Japanese (子どもを欲しい is spoken, 彼を好きだ current usage).
_OBJECT_ADJECTIVES = frozenset(("欲しい", "好き", "嫌い", "得意", "苦手"))


def _adjective_predicate_end(tokens: list[Word], k: int) -> int | None:
    """Where the predicate that starts at ``tokens[k]`` ends, if it is an adjective that ends its
    clause: 大きい, 大きかった, 重要だ, 重要だった, followed by a mark or the end of the text.
    Anything else (an adjective before a noun, 安く抑えた, 嬉しいと思う) is None."""
    word = tokens[k]
    feature = word.feature
    end = k
    if feature.lemma in _OBJECT_ADJECTIVES:
        return None
    if _adjectival_only(word):
        if feature.lemma in _GA_ADJECTIVES:  # grammar-wo-adjective says so, with its remedy
            return None
        if end + 1 >= len(tokens) or tokens[end + 1].feature.lemma not in ("だ", "です"):
            return None
        end += 1
    elif feature.pos1 != "形容詞":
        return None
    form = tokens[end].feature.cForm
    if form.startswith("連用形-促音便") and end + 1 < len(tokens) and tokens[end + 1].surface == "た":
        end += 1
    elif not form.startswith("終止形"):
        return None
    after = tokens[end + 1] if end + 1 < len(tokens) else None
    return end if after is None or after.feature.pos1 == "補助記号" else None


class ObjectOfAdjective(Check):
    """を before an adjective that ends its clause (伸びを最も大きかった for 伸びが最も大きかった):
    Chinese 增长最快 has no particle, and MT gives the adjective's subject the object's. An
    adjective takes no object in Japanese; an adverb between the two changes nothing, while an
    adjective before a noun (を高い水準で維持) or before と思う (それを嬉しいと思う) is another
    construction and passes."""

    code = "grammar-object-of-adjective"
    linear = False  # reads MeCab's tokens
    category = "grammar"
    severity = "minor"
    bilingual = False
    description = gettext_noop(
        "を marks the subject of an adjective that ends its clause (伸びを最も大きかった for "
        "伸びが最も大きかった)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if "を" not in seg.target:
            return
        tokens = seg.tokens
        for k, wo in enumerate(tokens):
            if not object_marker(wo):
                continue
            j = k + 1
            while (
                j < len(tokens) and tokens[j].feature.pos1 == "副詞" and tokens[j].start == tokens[j - 1].end
            ):
                j += 1
            if j >= len(tokens) or tokens[j].start != tokens[j - 1].end:
                continue
            end = _adjective_predicate_end(tokens, j)
            if end is not None:
                said = seg.target[wo.start : tokens[end].end]
                yield Finding(
                    f"'{said}': {tokens[j].feature.lemma} is an adjective and takes no object; its "
                    "subject takes が",
                    wo.start,
                    tokens[end].end,
                    "が" + seg.target[wo.end : tokens[end].end],
                )


#: Verbal nouns of change or occurrence that are intransitive only (増加する "increase", 発生する
#: "occur"): no one does them to the subject, so their passive (増加された) is no Japanese. Verbs
#: of people (到着, 出発) are left out: their される is also the honorific (陛下が到着された).
_INTRANSITIVE_SURU = frozenset(
    """増加 減少 上昇 低下 下落 急増 急減 激増 激減 悪化 好転 発生 誕生 成長 発展 高騰 急騰 急落 暴落
    続伸 続落 伸長 減退 到来 停滞 鈍化""".split()
)
_INTRANSITIVE_PASSIVE_RE = re.compile("(" + "|".join(sorted(_INTRANSITIVE_SURU)) + ")され")


class IntransitivePassive(Check):
    """The passive of a verbal noun that is intransitive only (輸出は21.7%増加された for 増加した):
    Chinese 增长 and its kin take no voice, and MT, having made the subject a thing, adds the
    passive a transitive verb would want."""

    code = "grammar-intransitive-passive"
    category = "grammar"
    severity = "minor"
    bilingual = False
    description = gettext_noop("The passive of an intransitive verb (輸出が増加された for 輸出が増加した).")

    def check(self, seg: Segment) -> Iterator[Finding]:
        if "され" not in seg.target:
            return
        for m in _INTRANSITIVE_PASSIVE_RE.finditer(seg.target):
            verb = m.group(1)
            yield Finding(
                f"'{m.group()}': {verb}する is intransitive and has no passive ({verb}した, {verb}している)",
                m.start(),
                m.end(),
            )
            return


# --- list items run together ----------------------------------------------------------------

#: Shortest list item judged: two-character items join into real compounds (经济、贸易 →
#: 経済貿易 is ordinary Japanese), longer ones make a noun chain no reader can parse.
MIN_ITEM = 3


class RunTogetherItems(Check):
    """Two items of a source enumeration written one straight after the other with nothing between
    them (文化体验、社会实践 → 文化体験社会実践活動): MT dropped the 、 and left a noun chain in the
    Chinese order. Items are matched by their characters through the hanzi bridge, at the joint:
    the end of one item followed directly by the start of the next."""

    code = "grammar-run-together"
    category = "grammar"
    severity = "minor"
    description = gettext_noop(
        "Two items of a source list written together with no 、 or ・ between them "
        "(文化体験社会実践 for 文化体验、社会实践)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if "、" not in seg.source:
            return
        for clause in LIST_CLAUSE_RE.findall(seg.source):
            parts = clause.split("、")
            for k in range(len(parts) - 1):
                left, right = parts[k], parts[k + 1]
                if len(left) < MIN_ITEM or len(right) < MIN_ITEM:
                    continue
                joint = to_kanji(left[-2:]) + to_kanji(right[:2])
                for pos in occurrences(joint, seg.target):
                    yield Finding(
                        f"the list items '{left[-4:]}' and '{right[:4]}' of the source run together "
                        f"('{joint}'): separate them with 、 or ・",
                        pos,
                        pos + len(joint),
                    )
