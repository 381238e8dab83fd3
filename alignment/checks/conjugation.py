"""Verb forms no grammar allows: an auxiliary joined to a conjugation form, or a class of verb,
that does not take it (行わられる for 行われる, 開催しられた for 開催された, 行われれる, しましたた,
行くます, 大きいくない).

MT writes them when it builds a Japanese predicate piece by piece from a Chinese one that has no
inflection (被举行 → 行う + られる, 举办了 → 開催し + ました + た), and careless post-editing
leaves them when one auxiliary is typed over another and the old one stays (されされた). Each
rule below is a pair, or a triple, of MeCab's words read with UniDic's conjugation type (cType)
and form (cForm): which auxiliary follows which form is the grammar of 活用 itself, closed and
small, so the table is explicit and each entry says why no standard Japanese has it. Colloquial
forms that are real Japanese are left alone: ら抜き言葉 (見れる, 来れる), さ入れ言葉 (読まさせて
いただく), and させれる. A na-adjective conjugated as a verb (便利して) is grammar-adjective-as-verb's.
A passive or causative on a form other than the irrealis (開催するされた, 行うれる, 開催しれた) is
grammar-voice-form's, read the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from alignment.checks.base import Check, Finding, Segment, gettext_noop
from alignment.checks.japanese import Word

_PASSIVE = ("れる", "られる")
_CAUSATIVE = ("せる", "させる")


def _aux(word: Word, *lemmas: str) -> bool:
    """Whether ``word`` is an auxiliary verb (助動詞) with one of ``lemmas``."""
    return word.feature.pos1 == "助動詞" and word.feature.lemma in lemmas


def _suru(word: Word, surface: str) -> bool:
    """Whether ``word`` is する (UniDic's 為る) written ``surface``."""
    return word.feature.pos1 == "動詞" and word.feature.lemma == "為る" and word.surface == surface


def _sa_then(b: Word, c: Word | None, *lemmas: str) -> bool:
    """Whether ``b`` is する's さ and ``c`` an auxiliary with one of ``lemmas`` (さ + れる, さ + せる)."""
    return _suru(b, "さ") and c is not None and _aux(c, *lemmas)


def _form(word: Word, *forms: str) -> bool:
    """Whether the word's conjugation form starts with one of ``forms`` (未然形, 終止形 …)."""
    return (word.feature.cForm or "").startswith(forms)


def _wrong(tokens: list[Word], k: int) -> tuple[int, str] | None:
    """Whether the words from ``k`` make an impossible form: (index of its last word, why)."""
    a = tokens[k]
    b = tokens[k + 1]
    c = tokens[k + 2] if k + 2 < len(tokens) and tokens[k + 2].start == b.end else None
    pos1, ctype = a.feature.pos1, a.feature.cType or ""

    # 1. A godan verb takes れる for its passive and potential (行われる, 使われた, 書かれる), and
    # られる only follows an ichidan or カ変 verb's stem (見られる, 来られる): 行わられる, 書かられた
    # and 行いられる are no form. (The ら抜き 見れる is the other way round and is left alone.)
    if pos1 == "動詞" and ctype.startswith("五段") and _aux(b, "られる"):
        return k + 1, "a godan verb takes れる, not られる"

    # 2. する's passive and causative are される and させる, made on さ (開催される, 実施させる): its
    # other irrealis し takes ない and よう only, so 開催しられた, 開催しさせる and 開催しされた
    # (し, then される again) are no form; the literary せられる is written on せ, not し.
    if _suru(a, "し") and (_aux(b, "られる", "させる") or _sa_then(b, c, *_PASSIVE, *_CAUSATIVE)):
        return (k + 2 if _suru(b, "さ") else k + 1), "する's passive and causative are される, させる"

    # 3. さ is the irrealis of する before れる and せる only (される, させる): さ + られる or さ +
    # させる repeats the さ (実施さられる, 実施ささせる).
    if _suru(a, "さ") and (_aux(b, "られる", "させる") or _sa_then(b, c, *_CAUSATIVE)):
        return (k + 2 if _suru(b, "さ") else k + 1), "する's passive and causative are される, させる"

    # 4. One voice once: a passive right after a passive (行われれる, されられる) or after the
    # passive's own する again (されされた) says the passive twice; so does a causative after a
    # causative (させさせる). The causative passive is causative first (させられる), and the reverse
    # order needs a verb between (されて…させる), so the pairs below have no reading.
    if _aux(a, *_PASSIVE) and (_aux(b, *_PASSIVE) or _sa_then(b, c, *_PASSIVE)):
        return (k + 2 if _suru(b, "さ") else k + 1), "the passive is written twice"
    if _aux(a, *_CAUSATIVE) and (_aux(b, *_CAUSATIVE) or _sa_then(b, c, *_CAUSATIVE)):
        return (k + 2 if _suru(b, "さ") else k + 1), "the causative is written twice"

    # 5. The past た once: た right after た (しましたた, 行ったた) is one ending typed twice; a
    # word after た that starts with た is another word (したため, したたけのこ), which MeCab tags
    # as a noun or verb, not as a second た.
    if _aux(a, "た") and _aux(b, "た") and a.surface == "た" and b.surface == "た":
        return k + 1, "the past た is written twice"

    # 6. ます and です in their continuative (まし, でし) take only た and て after them (ました,
    # でした, まして, でしたら): でしすた is a slip of the keys, and MeCab reads its すた as some
    # other word. ましょう and でしょう are one word of their own, so not this form.
    if (
        _aux(a, "ます", "です")
        and a.surface in ("まし", "でし")
        and _form(a, "連用形")
        and b.feature.pos1 not in ("補助記号", "記号", "空白")
        and not _aux(b, "た")
        and not (b.surface == "て" and b.feature.pos1 == "助詞")
    ):
        return k + 1, f"{a.surface} is followed by た or て only"

    # 7. ます follows a verb's (or a voice auxiliary's) continuative (行きます, 食べます, 行われます,
    # くださいます): after the dictionary form or the irrealis (行くます, 食べるます, 行かます) it is
    # no form.
    if (
        pos1 in ("動詞", "助動詞")
        and a.feature.lemma != "ます"
        and _form(a, "終止形", "連体形", "未然形")
        and _aux(b, "ます")
    ):
        return k + 1, "ます follows a verb's continuative (行きます), not this form"

    # 8. An い-adjective negates and joins on its く form (大きくない, 新しくて) and takes the past
    # on かっ (大きかった): its dictionary form's い kept before them (大きいくない, 新しいくて,
    # 大きいかった) is no form. MeCab reads the first as the stem and いく (行く), the last as 大きい
    # and かっ (買う); an adjective's stem never has 行く written いく right after it (大きさ,
    # 大きそう, 大きすぎる), nor its dictionary form かっ+た.
    if pos1 == "形容詞" and _form(a, "語幹") and b.surface.startswith("いく") and b.feature.lemma == "行く":
        return k + 1, "an い-adjective's く form drops its い (大きくない)"
    if (
        pos1 == "形容詞"
        and _form(a, "終止形", "連体形")
        and a.surface.endswith("い")
        and b.surface == "かっ"
        and c is not None
        and _aux(c, "た")
    ):
        return k + 2, "an い-adjective's past drops its い (大きかった)"
    return None


class ImpossibleConjugation(Check):
    """An auxiliary joined to a form or a class of verb that does not take it."""

    code = "grammar-conjugation"
    linear = False  # reads MeCab's tokens
    category = "grammar"
    severity = "minor"
    bilingual = False
    description = gettext_noop(
        "A verb or adjective form no grammar allows: an auxiliary on the wrong form or class of "
        "verb, or written twice (行わられる, 開催しられた, されされた, しましたた, 大きいくない)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        tokens = seg.tokens
        for k, last, why in _impossible_runs(tokens, _wrong):
            first = k
            if k > 0 and _aux(tokens[k], *_PASSIVE, *_CAUSATIVE) and _suru(tokens[k - 1], "さ"):
                first = k - 1  # されされた: the span starts on the first される's さ
            start, end = tokens[first].start, tokens[last].end
            yield Finding(f"'{seg.target[start:end]}': {why}", start, end)


def _impossible_runs(
    tokens: list[Word], rule: Callable[[list[Word], int], tuple[int, str] | None]
) -> Iterator[tuple[int, int, str]]:
    """Each run of touching words from ``k`` that ``rule`` finds impossible: (k, the index of its
    last word, why). A run found is not read again from inside itself."""
    k = 0
    while k + 1 < len(tokens):
        found = rule(tokens, k) if tokens[k + 1].start == tokens[k].end else None
        if found is None:
            k += 1
            continue
        last, why = found
        yield k, last, why
        k = last + 1


_VOICE_FORM = (
    "a passive or causative joins the verb's irrealis (開催される, 行われる, 行わせる), not this form"
)


def _wrong_voice_base(tokens: list[Word], k: int) -> tuple[int, str] | None:
    """Whether the words from ``k`` put a passive or causative on a form that does not take it:
    the index of the auxiliary and why, or None. れる, られる, せる and させる join a verb's irrealis
    (行わ + れる, 見 + られる, 開催 + さ + れる); on its dictionary form (開催するされた, 建設する
    られた, 行うれる, 行くせる), on a godan verb's continuative (行いれる, 書きせる) or on する's
    continuative し (開催しれた, 実施しせた) they are no form. MT builds them from 被 or 使 and a
    verb it has already conjugated. ら抜き and さ入れ forms (見れる, 読まさせる) are other words
    or other forms, and the pairs grammar-conjugation reads (行わられる, 開催しられた) are left to
    it."""
    a, b = tokens[k], tokens[k + 1]
    c = tokens[k + 2] if k + 2 < len(tokens) and tokens[k + 2].start == b.end else None
    if a.feature.pos1 != "動詞":
        return None
    ctype = a.feature.cType or ""
    if _form(a, "終止形", "連体形"):
        if _aux(b, *_PASSIVE, *_CAUSATIVE):
            return k + 1, _VOICE_FORM
        if a.feature.lemma == "為る" and _sa_then(b, c, *_PASSIVE, *_CAUSATIVE):
            return k + 2, _VOICE_FORM
        return None
    if _form(a, "連用形-一般") and _aux(b, "れる", "せる"):
        if ctype.startswith("五段") or _suru(a, "し"):
            return k + 1, _VOICE_FORM
    return None


class VoiceOnWrongForm(Check):
    """A passive or causative auxiliary on a verb form that does not take it (開催するされた for
    開催された, 行うれる for 行われる, 開催しれた)."""

    code = "grammar-voice-form"
    linear = False  # reads MeCab's tokens
    category = "grammar"
    severity = "minor"
    bilingual = False
    description = gettext_noop(
        "A passive or causative joined to a verb's dictionary or continuative form "
        "(開催するされた for 開催された, 行うれる for 行われる, 開催しれた)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if "れ" not in seg.target and "せ" not in seg.target:
            return
        tokens = seg.tokens
        for k, last, why in _impossible_runs(tokens, _wrong_voice_base):
            start, end = tokens[k].start, tokens[last].end
            yield Finding(f"'{seg.target[start:end]}': {why}", start, end)
