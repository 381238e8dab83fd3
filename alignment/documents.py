"""Document pairing: which Japanese file renders which Chinese file, and how much of it.

A rendering shares with its source what survives translation character for character: Han
bigrams after the hanzi→kanji bridge, numbers, Latin tokens. Each document becomes a weighted set
of those (rare tokens weigh more, idf over all the files given), and a Japanese file's *containment*
in a Chinese file — the share of its weight found there — scores the candidate. A Japanese file
pairs with its best Chinese file when that score is well above both an absolute floor and what the
other Chinese files score; one source may have several renderings. Coverage comes from aligning the
accepted pairs only.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict

from alignment.aligner import align_documents
from alignment.bridge import to_kanji
from alignment.similarity import _num_tokens, anchors
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
#: Without near-copies, the source must share this many times more than any other Japanese file.
TOPIC_MARGIN = 1.5


def document_tokens(doc: Document) -> Counter[str]:
    """Cross-language tokens of a document's content (boilerplate left out), with their counts."""
    text = normalize("\n".join(s.text for s in doc.content_sentences()))
    if doc.lang == "zh":
        text = to_kanji(text)
    tokens: Counter[str] = Counter()
    for run in _HAN_RUN_RE.findall(text):
        tokens.update(run[i : i + 2] for i in range(len(run) - 1))
    tokens.update(_num_tokens(text))
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
    ja_index: _Index | None = None
    pairs: list[Pair] = []
    unpaired: list[str] = []
    for j, ja in enumerate(ja_docs):
        ja_tokens = tokens[id(ja)]
        shares = zh_index.containment(ja_tokens, weight)
        scored = sorted(((shares.get(k, 0.0), k) for k in range(len(zh_docs))), reverse=True)
        if not scored:
            unpaired.append(ja.name)
            continue
        best, k = scored[0]
        zh = zh_docs[k]
        second = scored[1][0] if len(scored) > 1 else 0.0
        accepted = best >= MIN_SCORE and best >= MIN_MARGIN * second
        if accepted and strong_sentence_share(zh, ja) < MIN_STRONG_SHARE:
            # No near-copied sentences: the evidence is vocabulary alone, so it must beat what other
            # Japanese articles of the set (same topic, not translations of each other) share.
            ja_index = ja_index or _Index(ja_docs, tokens)
            shares = ja_index.containment(ja_tokens, weight)
            topic = max((v for o, v in shares.items() if o != j), default=0.0)
            accepted = best >= TOPIC_MARGIN * topic
        if accepted:
            cover = round(coverage(zh, ja), 4) if measure_coverage else None
            pairs.append(Pair(zh.name, ja.name, round(best, 4), cover))
        else:
            unpaired.append(ja.name)
    return pairs, unpaired
