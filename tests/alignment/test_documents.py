from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from alignment import documents
from alignment.documents import _whole_shape, pair_documents
from alignment.text import load_document

FIXTURES = Path(__file__).parent / "fixtures"


def test_seed_pairing_is_exact():
    docs = [load_document(p, name=p.name[:3]) for p in sorted(FIXTURES.glob("*.txt"))]
    pairs, unpaired = pair_documents(docs)
    assert sorted((p.source, p.target) for p in pairs) == [("002", "000"), ("002", "001")]
    assert sorted(unpaired) == ["003", "004"]
    assert all(0 < p.coverage < 1 and 0 < p.score <= 1 for p in pairs)


def test_no_chinese_file_means_every_japanese_file_is_unpaired():
    docs = [
        load_document(FIXTURES / n, name=n) for n in ("000_f6a3d56e44dc74f9.txt", "003_6a35ab38e6268fe7.txt")
    ]
    pairs, unpaired = pair_documents(docs)
    assert pairs == [] and len(unpaired) == 2


WEAK = FIXTURES / "weak"  # a short economic news item, an independent translation, a same-topic article


def _weak_docs():
    return [load_document(WEAK / n, name=n) for n in ("zh.txt", "ja.txt", "other.txt")]


def test_whole_translation_shape_separates_a_translation_from_a_same_topic_article():
    zh, ja, other = _weak_docs()
    assert _whole_shape(zh, ja) > 0.8
    assert _whole_shape(zh, other) is None  # a third of the sentences, a fraction of the source linked


def test_without_near_copies_the_alignment_shape_decides(monkeypatch):
    """Independent translations share scattered vocabulary only: force that path for every file."""
    monkeypatch.setattr(documents, "MIN_STRONG_SHARE", 1.01)
    pairs, unpaired = pair_documents(_weak_docs())
    assert [(p.source, p.target) for p in pairs] == [("zh.txt", "ja.txt")] and unpaired == ["other.txt"]
    zh, _, other = _weak_docs()
    assert pair_documents([zh, other]) == ([], ["other.txt"])  # its source missing: nothing invented


@given(st.permutations(range(5)))
@settings(max_examples=10, deadline=None)
def test_pairing_does_not_depend_on_the_order_of_the_files(order):
    docs = [load_document(p, name=p.name[:3]) for p in sorted(FIXTURES.glob("*.txt"))]
    pairs, unpaired = pair_documents([docs[k] for k in order], measure_coverage=False)
    assert sorted((p.source, p.target) for p in pairs) == [("002", "000"), ("002", "001")]
    assert sorted(unpaired) == ["003", "004"]


def test_a_partial_rendering_pairs_on_its_own_text_being_linked(monkeypatch):
    """A rendering that leaves out a quarter of its source links less than the whole translation's
    share of the source, but nearly all of its own text, and confidently."""
    monkeypatch.setattr(documents, "MIN_STRONG_SHARE", 1.01)
    zh, ja, other = _weak_docs()
    kept = [s.text for s in ja.sentences if s.index not in (5, 7)]
    partial = load_document("\n".join(kept).encode(), name="partial.txt")
    assert (
        documents.links_coverage(zh, documents.align_documents(zh, partial).links)
        < documents.MIN_WEAK_COVERAGE
    )
    pairs, unpaired = pair_documents([zh, partial, other])
    assert [(p.source, p.target) for p in pairs] == [("zh.txt", "partial.txt")] and unpaired == ["other.txt"]


def test_a_rendering_of_half_its_source_is_shorter_than_a_whole_one_and_pairs_all_the_same(monkeypatch):
    """Half the source rendered: fewer sentences and characters than any whole translation has,
    which only a partial rendering may be, and it passes as one (its own text linked, confidently)."""
    monkeypatch.setattr(documents, "MIN_STRONG_SHARE", 1.01)
    zh, ja, other = _weak_docs()
    half = load_document("\n".join(s.text for s in ja.sentences[:4]).encode(), name="half.txt")
    src, tgt = zh.content_sentences(), half.content_sentences()
    assert sum(len(s.text) for s in tgt) < documents.WEAK_CHAR_RATIO[0] * sum(len(s.text) for s in src)
    pairs, unpaired = pair_documents([zh, half, other])
    assert [(p.source, p.target) for p in pairs] == [("zh.txt", "half.txt")] and unpaired == ["other.txt"]


def test_a_best_scoring_file_that_aligns_poorly_is_no_rival_to_one_that_aligns_cleanly(monkeypatch):
    """A same-topic article can score a little higher on vocabulary and still pass the shape test
    on a path of chance links (quality 0.66): beside a candidate whose alignment is clean (0.86),
    it does not block the pair; alone, the best-scoring shaped file is taken as before."""
    quality = {"patchwork": 0.66, "source": 0.86, "weaker": 0.70}
    monkeypatch.setattr(documents, "_whole_shape", lambda src, tgt: quality[src])
    zh = ["patchwork", "source", "weaker"]
    scored = [(0.188, 0), (0.186, 1), (0.178, 2)]
    assert documents._whole_translation(zh, None, scored) == 1
    quality["source"] = None
    assert documents._whole_translation(zh, None, scored) == 0
