from pathlib import Path

from alignment.documents import pair_documents
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
