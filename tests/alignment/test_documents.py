from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from alignment.documents import candidates, monotone_path, pair_documents
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


# --- ordered containment and the pairing decision -------------------------------------------------

ZH_SENTENCES = [
    "长宁区与明斯克市正式结为友城，双方签署合作备忘录。",
    "2019年进博会期间，长宁区主动承办虹桥国际经济论坛分论坛。",
    "今年6月10日，长宁区国际投资促进对接会在虹桥召开。",
    "9月连办三场圆桌会议，集结区内21家跨国公司地区总部。",
    "此外，区外事办切实发挥桥梁纽带作用，服务外籍人士。",
    "社区志愿者为外籍居民提供翻译咨询和法律援助服务。",
    "长宁区图书馆举办国际文化交流周，吸引数千名读者参加。",
    "区政府计划明年新建两所国际学校和一座综合医院。",
]


def _zh(sentences: list[str], name: str):
    return load_document("\n".join(sentences).encode(), name=name)


def _ja(sentences: list[str], name: str):
    """A Japanese-looking rendering: bridged kanji with kana endings (kana decides the language)."""
    from alignment.bridge import to_kanji

    return load_document(
        "\n".join(to_kanji(s.rstrip("。")) + "である。" for s in sentences).encode(), name=name
    )


@st.composite
def _cells(draw):
    n = draw(st.integers(0, 6))
    m = draw(st.integers(0, 6))
    cells = {}
    for i in range(n):
        row = draw(st.dictionaries(st.integers(0, max(0, m - 1)), st.floats(0.1, 5.0), max_size=m))
        if row and m:
            cells[i] = row
    return cells, n, m


@given(_cells())
@settings(max_examples=150, deadline=None)
def test_monotone_path_is_the_best_in_order_matching(case):
    cells, n, m = case

    def brute(i: int, j: int) -> float:
        if i >= n or j >= m:
            return 0.0
        best = max(brute(i + 1, j), brute(i, j + 1))
        if j in cells.get(i, {}):
            best = max(best, cells[i][j] + brute(i + 1, j + 1))
        return best

    value, used = monotone_path(cells, n, m)
    assert abs(value - brute(0, 0)) < 1e-9
    assert used <= set(cells) and len(used) <= min(n, m)


def test_shuffled_sentences_score_below_the_same_sentences_in_order():
    src = _zh(ZH_SENTENCES, "zh")
    in_order = _ja(ZH_SENTENCES, "ordered")
    shuffled = _ja([ZH_SENTENCES[i] for i in (5, 2, 7, 0, 4, 1, 6, 3)], "shuffled")
    cands = candidates([src, in_order, shuffled])
    assert cands["ordered", "zh"].containment > 1.5 * cands["shuffled", "zh"].containment


def test_partial_renderings_of_different_parts_both_pair():
    docs = [_zh(ZH_SENTENCES, "zh"), _ja(ZH_SENTENCES[:4], "first"), _ja(ZH_SENTENCES[4:], "second")]
    pairs, unpaired = pair_documents(docs)
    assert sorted((p.source, p.target) for p in pairs) == [("zh", "first"), ("zh", "second")]
    assert unpaired == []


def test_a_rendering_of_a_part_already_rendered_is_explained_away():
    docs = [_zh(ZH_SENTENCES, "zh"), _ja(ZH_SENTENCES[:5], "long"), _ja(ZH_SENTENCES[1:4], "same part")]
    pairs, unpaired = pair_documents(docs)
    assert [(p.source, p.target) for p in pairs] == [("zh", "long")]
    assert unpaired == ["same part"]


def test_a_rendering_spread_over_a_much_longer_stretch_scores_less():
    # The same matched sentences, once as a rendering of a short article, once with the source
    # padded between them by unrelated text that the Japanese file would have to leave out.
    filler = ["天气晴朗，气温二十度，市民纷纷外出踏青游玩。"] * 12
    short = _zh(ZH_SENTENCES[:3], "short")
    padded = _zh([ZH_SENTENCES[0], *filler, ZH_SENTENCES[1], *filler, ZH_SENTENCES[2]], "padded")
    ja = _ja(ZH_SENTENCES[:3], "ja")
    a = candidates([short, ja])["ja", "short"]
    b = candidates([padded, ja])["ja", "padded"]
    assert b.score < 0.5 * a.score and abs(a.containment - b.containment) < 0.05


@given(st.permutations(range(5)))
@settings(max_examples=10, deadline=None)
def test_pairing_does_not_depend_on_the_order_of_the_files(order):
    docs = [load_document(p, name=p.name[:3]) for p in sorted(FIXTURES.glob("*.txt"))]
    pairs, unpaired = pair_documents([docs[k] for k in order])
    assert sorted((p.source, p.target) for p in pairs) == [("002", "000"), ("002", "001")]
    assert sorted(unpaired) == ["003", "004"]
