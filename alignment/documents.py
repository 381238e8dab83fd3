"""Document pairing: which Japanese file renders which Chinese file, and how much of it.

A rendering shares with its source what survives translation character for character: Han
bigrams after the hanzi→kanji bridge, numbers, Latin tokens. Each document becomes a weighted set
of those (rare tokens weigh more, idf over all the files given), and a Japanese file's *containment*
in a Chinese file — the share of its weight found there — scores the candidate. A Japanese file
pairs with its best Chinese file when that score is well above both an absolute floor and what the
other Chinese files score; one source may have several renderings. Coverage comes from aligning the
accepted pairs only.

Machine translations keep whole runs of kanji, so most renderings show near-copied sentences and
pair on that alone. Independent human translations (the benchmark's NTREX articles, translated
from English on each side) share only scattered vocabulary, and a same-topic article can share as
much; for those, the candidate must also have the *shape* of a whole translation once aligned: most
of the source linked, similar sentence counts, a length ratio this language pair shows. An article
that merely shares the topic fails that, whatever its vocabulary.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict

from alignment.aligner import align_documents
from alignment.bridge import to_kanji
from alignment.similarity import anchors, number_tokens
from alignment.text import normalize
from alignment.types import Document, Link, Pair

_HAN_RUN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々]+")
_LATIN_RE = re.compile(r"[A-Za-z][A-Za-z'\-]{2,}")

#: Least containment of a Japanese file in its source (human translations of news score 0.2–0.6,
#: machine translations more; unrelated articles on the same topic stay below 0.1).
MIN_SCORE = 0.12
#: The best source must beat the second best by this factor.
MIN_MARGIN = 1.3
#: A sentence pair whose bridged bigram Dice reaches this is a near-copy (MT keeps kanji runs)...
STRONG_DICE = 0.15
#: ...and a rendering with this share of such sentences is paired on that evidence alone.
MIN_STRONG_SHARE = 0.25
#: Without near-copies (independent translations), a candidate may score a little lower...
MIN_SCORE_WEAK = 0.11
#: ...is tried if it reaches this share of the best score (a same-story article can outscore it)...
WEAK_CANDIDATE_SHARE = 0.8
#: ...and is among this many best-scoring files (articles that share its sentences can outscore it;
#: those fail the shape test and do not count as rivals, so the true source must still be tried).
WEAK_CANDIDATES = 5
#: ...and must look like a whole translation once aligned: this share of the source linked,
MIN_WEAK_COVERAGE = 0.75
#: A partial rendering (less of the source linked) passes when this share of its own text is linked
#: and its links' mean confidence, a calibrated probability, reaches this (import benchmark partial
#: renderings 0.87–0.96; a same-story article whose own text the search links all the same, 0.77).
MIN_PARTIAL_CONFIDENCE = 0.85
#: Japanese/Chinese content sentence count and character count ratios within these bounds
#: (whole human translations of news measure 0.75–1.55 and 0.9–1.9).
WEAK_SENTENCE_RATIO = (0.6, 1.8)
WEAK_CHAR_RATIO = (0.75, 2.2)
#: Below those lower bounds only a partial rendering fits, and one of at least half its source in
#: both counts (import benchmark partial renderings 0.65–0.68 and 0.72–0.73; a same-topic article
#: a third as long, 0.34–0.38, stays out).
PARTIAL_MIN_RATIO = 0.5
#: Vocabulary score × alignment quality (mean link confidence minus unlinked share) that a whole
#: translation reaches (dev 0.097–0.39; a same-topic article of similar size at most 0.06)...
MIN_WEAK_EVIDENCE = 0.08
#: ...and the cleaner one needed to prefer a file that scored below the best on vocabulary.
MIN_OVERRIDE_QUALITY = 0.75


def document_tokens(doc: Document) -> Counter[str]:
    """Cross-language tokens of a document's content (boilerplate left out), with their counts."""
    text = normalize("\n".join(s.text for s in doc.content_sentences()))
    if doc.lang == "zh":
        text = to_kanji(text)
    tokens: Counter[str] = Counter()
    for run in _HAN_RUN_RE.findall(text):
        tokens.update(run[i : i + 2] for i in range(len(run) - 1))
    tokens.update(number_tokens(text))
    tokens.update("L" + w.lower() for w in _LATIN_RE.findall(text))
    return tokens


def _containment(ja: Counter[str], other: Counter[str], weight: dict[str, float]) -> float:
    """idf-weighted share of the Japanese file's distinct tokens that the other file has too."""
    total = sum(weight[t] for t in ja)
    return sum(weight[t] for t in ja if t in other) / total if total else 0.0


def strong_sentence_share(source: Document, target: Document) -> float:
    """Share of the target's content sentences with a near-copy (after the bridge) in the source.

    Machine translation from Chinese keeps whole runs of kanji; an article that only shares the
    topic has hardly any such sentence."""
    src = [a for s in source.content_sentences() if (a := anchors(s.text, "zh"))]
    tgt = [anchors(s.text, "ja") for s in target.content_sentences()]
    if not src or not tgt:
        return 0.0
    strong = 0
    for f in tgt:
        if f and any(2 * len(f & g) >= STRONG_DICE * (len(f) + len(g)) for g in src):
            strong += 1
    return strong / len(tgt)


def coverage(source: Document, target: Document) -> float:
    """Share of the source's content characters that the rendering's alignment links to something."""
    return links_coverage(source, align_documents(source, target).links)


def links_coverage(source: Document, links: list[Link]) -> float:
    """Coverage from an alignment already made: the importer aligns each pair once, not twice."""
    covered = {i for link in links if link.src and link.tgt for i in link.src}
    content = [s for s in source.sentences if not s.is_boilerplate]
    total = sum(len(s.text) for s in content)
    return sum(len(source.sentences[i].text) for i in covered) / total if total else 0.0


def _rendered_share(target: Document, links: list[Link]) -> float:
    """Share of the target's content characters that the alignment links to the source: nearly all
    of a partial rendering's own text is, though much of its source is left out."""
    linked = {j for link in links if link.src and link.tgt for j in link.tgt}
    content = [s for s in target.sentences if not s.is_boilerplate]
    total = sum(len(s.text) for s in content)
    return sum(len(s.text) for s in content if s.index in linked) / total if total else 0.0


class _Index:
    """Inverted index of token sets: the containment of one file in all others at once.

    Scoring every Japanese file against every other file pair by pair is quadratic in the upload
    and ran before any alignment could start; through postings, each file only touches the files
    that share one of its tokens."""

    def __init__(self, docs: list[Document], tokens: dict[int, Counter[str]]) -> None:
        self.postings: dict[str, list[int]] = {}
        for k, doc in enumerate(docs):
            for t in tokens[id(doc)]:
                self.postings.setdefault(t, []).append(k)

    def containment(self, ja: Counter[str], weight: dict[str, float]) -> dict[int, float]:
        """Like ``_containment`` of ``ja`` in every indexed file (only those sharing a token)."""
        total = sum(weight[t] for t in ja)
        if not total:
            return {}
        shared: defaultdict[int, float] = defaultdict(float)
        postings = self.postings
        for t in ja:
            w = weight[t]
            for k in postings.get(t, ()):
                shared[k] += w
        return {k: v / total for k, v in shared.items()}


def pair_documents(docs: list[Document], *, measure_coverage: bool = True) -> tuple[list[Pair], list[str]]:
    """Pairs (source zh, target ja) with score and coverage, and the names of unpaired ja files.

    ``measure_coverage=False`` leaves ``coverage`` as None for a caller that aligns the pairs anyway
    (``links_coverage`` then gives it without a second alignment)."""
    zh_docs = [d for d in docs if d.lang == "zh"]
    ja_docs = [d for d in docs if d.lang == "ja"]
    tokens = {id(d): document_tokens(d) for d in zh_docs + ja_docs}
    df: Counter[str] = Counter()
    for toks in tokens.values():
        df.update(toks.keys())
    n = len(tokens) + 1
    weight = {t: math.log(n / c) + 1.0 for t, c in df.items()}
    zh_index = _Index(zh_docs, tokens)
    pairs: list[Pair] = []
    unpaired: list[str] = []
    for ja in ja_docs:
        shares = zh_index.containment(tokens[id(ja)], weight)
        scored = sorted(((shares.get(k, 0.0), k) for k in range(len(zh_docs))), reverse=True)
        if not scored:
            unpaired.append(ja.name)
            continue
        best, k = scored[0]
        second = scored[1][0] if len(scored) > 1 else 0.0
        chosen: int | None = None
        if (
            best >= MIN_SCORE
            and best >= MIN_MARGIN * second
            and strong_sentence_share(zh_docs[k], ja) >= (MIN_STRONG_SHARE)
        ):
            chosen = k
        else:
            chosen = _whole_translation(zh_docs, ja, scored)
        if chosen is not None:
            zh = zh_docs[chosen]
            cover = round(coverage(zh, ja), 4) if measure_coverage else None
            pairs.append(Pair(zh.name, ja.name, round(shares.get(chosen, 0.0), 4), cover))
        else:
            unpaired.append(ja.name)
    return pairs, unpaired


def _whole_translation(zh_docs: list[Document], ja: Document, scored: list[tuple[float, int]]) -> int | None:
    """The Chinese file ``ja`` translates as a whole, judged by alignment shape, or None.

    Candidates are the best-scoring files; one that fails the shape test (a same-topic article) does
    not count as a rival, since a rival only matters if it too could be the source. Passing over the
    best-scoring file for a lower one takes a clean alignment: confident links, almost no gaps."""
    best = scored[0][0]
    shaped = []
    for score, k in scored[:WEAK_CANDIDATES]:
        if score < MIN_SCORE_WEAK or score < WEAK_CANDIDATE_SHARE * best:
            continue
        quality = _whole_shape(zh_docs[k], ja)
        if quality is None or score * quality < MIN_WEAK_EVIDENCE:
            continue
        if score < best and quality < MIN_OVERRIDE_QUALITY:
            continue
        shaped.append((score, k, quality))
    # Where one candidate aligns cleanly, one that does not is no rival, even the best-scoring: an
    # unrelated article that shares the topic may still pass the shape test on a path of chance
    # links, and whether it does turns on small changes in the search.
    if any(q >= MIN_OVERRIDE_QUALITY for _, _, q in shaped):
        shaped = [c for c in shaped if c[2] >= MIN_OVERRIDE_QUALITY]
    if not shaped:
        return None
    score, k, _ = shaped[0]
    rival = shaped[1][0] if len(shaped) > 1 else 0.0
    return k if score >= MIN_MARGIN * rival else None


def _whole_shape(source: Document, target: Document) -> float | None:
    """None unless the pair has the shape of a whole translation; else the alignment's quality:
    mean confidence of its links minus the share of content sentences left unlinked."""
    src, tgt = source.content_sentences(), target.content_sentences()
    if not src or not tgt:
        return None
    n_ratio = len(tgt) / len(src)
    char_ratio = sum(len(s.text) for s in tgt) / max(1, sum(len(s.text) for s in src))
    if n_ratio > WEAK_SENTENCE_RATIO[1] or char_ratio > WEAK_CHAR_RATIO[1]:
        return None
    if min(n_ratio, char_ratio) < PARTIAL_MIN_RATIO:
        return None
    # Shorter than a whole translation: only a partial rendering can be (tested below).
    short = n_ratio < WEAK_SENTENCE_RATIO[0] or char_ratio < WEAK_CHAR_RATIO[0]
    # A whole translation keeps near the diagonal: a band of a tenth of the text (at least 6
    # sentences) finds its path at a fraction of the full search's cost.
    band = max(6, (len(source.sentences) + len(target.sentences)) // 10)
    links = align_documents(source, target, diagonal=band).links
    linked = [link for link in links if link.src and link.tgt]
    mean_conf = sum(link.score for link in linked) / len(linked) if linked else 0.0
    if (short or links_coverage(source, links) < MIN_WEAK_COVERAGE) and (
        _rendered_share(target, links) < MIN_WEAK_COVERAGE or mean_conf < MIN_PARTIAL_CONFIDENCE
    ):
        return None
    content_src = {i for i, s in enumerate(source.sentences) if not s.is_boilerplate}
    content_tgt = {i for i, s in enumerate(target.sentences) if not s.is_boilerplate}
    unlinked = sum(
        len(content_src.intersection(link.src)) + len(content_tgt.intersection(link.tgt))
        for link in links
        if not (link.src and link.tgt)
    )
    return mean_conf - unlinked / (len(content_src) + len(content_tgt))
