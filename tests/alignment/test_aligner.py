import gc
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alignment import aligner
from alignment.aligner import _Scorer, align, link_evidence
from alignment.similarity import features
from alignment.text import read_lines

ZH = [
    "长宁区与明斯克市正式结为友城。",
    "2019年进博会期间，长宁区主动承办活动。",
    "今年6月10日，长宁区国际投资促进对接会召开。",
    "9月连办三场圆桌会议，集结区内21家跨国公司地区总部。",
    "此外，区外事办切实发挥桥梁纽带作用。",
]
JA = [
    "長寧区とミンスク市は正式に友好都市となった。",
    "2019年の進博会期間中、長寧区は積極的にイベントを開催した。",
    "今年6月10日、長寧区国際投資促進会議が開催された。",
    "9月には3回の円卓会議を開き、区内の21社の多国籍企業の地域本部を集めた。",
    "さらに、区外事弁公室は架け橋としての役割を果たした。",
]


def covered(links, n, m):
    src = sorted(i for link in links for i in link.src)
    tgt = sorted(j for link in links for j in link.tgt)
    return src == list(range(n)) and tgt == list(range(m))


def test_parallel_sentences_align_one_to_one():
    links = align(ZH, JA).links
    assert [(lk.src, lk.tgt) for lk in links] == [((i,), (i,)) for i in range(5)]
    assert all(0 <= lk.score <= 1 for lk in links)


def test_a_japanese_paragraph_of_its_own_becomes_a_null_link():
    extra = "古北市民センターは中国初の外国人居住区に位置し、小さな国連と呼ばれている。"
    ja = [*JA[:2], extra, *JA[2:]]
    links = {(lk.src, lk.tgt) for lk in align(ZH, ja).links}
    assert ((), (2,)) in links
    assert ((2,), (3,)) in links


def test_a_split_sentence_becomes_a_one_to_two_link():
    ja = [JA[0], "2019年の進博会期間中、", "長寧区は積極的にイベントを開催した。", *JA[2:]]
    links = {(lk.src, lk.tgt) for lk in align(ZH, ja).links}
    assert ((1,), (1, 2)) in links


def test_boilerplate_is_never_linked_to_content():
    ja = ["トップへ戻り", *JA, "打印本页 关闭窗口"]
    links = align(ZH, ja).links
    assert ((), (0,)) in {(lk.src, lk.tgt) for lk in links}
    assert ((), (6,)) in {(lk.src, lk.tgt) for lk in links}


SENT = st.text(alphabet=st.sampled_from(list("长宁区外事办日本語の会議年月12")), min_size=1, max_size=20)


@settings(max_examples=60, deadline=None)
@given(st.lists(SENT, max_size=12), st.lists(SENT, max_size=12), st.sampled_from([None, 1, 3]))
def test_every_sentence_in_exactly_one_link_and_links_monotone(src, tgt, diagonal):
    links = align(src, tgt, diagonal=diagonal).links
    assert covered(links, len(src), len(tgt))
    last_s = last_t = -1
    for lk in links:
        for i in lk.src:
            assert i > last_s
            last_s = i
        for j in lk.tgt:
            assert j > last_t
            last_t = j


def test_empty_sides():
    assert align([], []).links == []
    assert [(lk.src, lk.tgt) for lk in align(ZH[:2], []).links] == [((0,), ()), ((1,), ())]
    assert [(lk.src, lk.tgt) for lk in align([], JA[:2]).links] == [((), (0,)), ((), (1,))]


def test_partial_translation_leaves_the_untranslated_chinese_unlinked():
    # The Japanese renders only sentences 1 and 3 of a longer Chinese article.
    extra_zh = [
        "关键词:友好城市、外事、投资。",
        "最近更新的新闻还有很多，请读者继续关注本报的后续报道。",
        "暖心举措,确保外籍人士欢度春节。",
        "据悉,长宁区创新“五个一”暖心举措。",
    ]
    zh = [extra_zh[0], ZH[1], extra_zh[1], extra_zh[2], ZH[3], extra_zh[3]]
    links = {(lk.src, lk.tgt) for lk in align(zh, [JA[1], JA[3]]).links}
    assert links == {((0,), ()), ((1,), (0,)), ((2,), ()), ((3,), ()), ((4,), (1,)), ((5,), ())}


def synthetic(k: int) -> tuple[list[str], list[str]]:
    """Numbered sentence pairs: each pair shares its numbers and a name, like news renderings."""
    zh = [f"第{k}次会议于{k % 12 + 1}月{k % 28 + 1}日在长宁区召开，共有{k * 7 + 3}人参加。" for k in range(k)]
    ja = [
        f"第{k}回会議は{k % 12 + 1}月{k % 28 + 1}日に長寧区で開かれ、{k * 7 + 3}人が参加した。"
        for k in range(k)
    ]
    return zh, ja


def test_long_documents_take_the_banded_path_and_stay_correct():
    zh, ja = synthetic(700)  # 700 x 701 cells: beyond the full search
    ja.insert(350, "これは日本語版だけの段落で、対応する中国語の文はない。")
    links = [(lk.src, lk.tgt) for lk in align(zh, ja).links]
    assert sorted(i for s, _ in links for i in s) == list(range(700))
    expected = [((i,), (i if i < 350 else i + 1,)) for i in range(700)]
    assert sum(1 for x in expected if x in links) >= 695
    assert ((), (350,)) in links


def test_align_leaves_the_garbage_collector_running(monkeypatch):
    """The collector is process-wide: switching it off in a web worker or Celery task would stop
    collecting cycles in every other thread while a long document aligns."""

    def refuse() -> None:
        pytest.fail("align() switched the process-wide garbage collector off")

    monkeypatch.setattr(gc, "disable", refuse)
    zh, ja = synthetic(20)
    align(zh, ja)
    assert gc.isenabled()


def test_one_strong_merge_beats_a_weak_one_to_one_on_the_seed():
    # 002 s11 is rendered as 000 s16 + s17; s17 alone shares little with it, so with evidence
    # counted linearly the 1-1 link (and s17 left unlinked) scored higher.
    seeds = Path(__file__).resolve().parents[2] / "benchmarks" / "seeds" / "002-000"
    links = align(read_lines(seeds / "zh.txt"), read_lines(seeds / "ja.txt")).links
    assert ((11,), (16, 17)) in {(lk.src, lk.tgt) for lk in links}


def test_partial_translation_keeps_weak_one_to_ones_off_the_rendered_sentence():
    # 002 s72 is rendered by 000 s34-36 near the end of a partial translation; weak 1-1 links of
    # those sentences onto untranslated Chinese lines used to leave s72 unlinked.
    seeds = Path(__file__).resolve().parents[2] / "benchmarks" / "seeds" / "002-000"
    links = align(read_lines(seeds / "zh.txt"), read_lines(seeds / "ja.txt")).links
    s72 = [lk for lk in links if lk.src == (72,)]
    assert s72 and s72[0].tgt and set(s72[0].tgt) <= {34, 35, 36}


def test_a_diagonal_band_finds_a_whole_translations_path():
    """Pairing's quick shape test searches near the diagonal only; on a whole translation it must
    find the full search's path, and every sentence stays in exactly one link."""
    weak = Path(__file__).parent / "fixtures" / "weak"
    zh = (weak / "zh.txt").read_text(encoding="utf-8").splitlines()
    ja = (weak / "ja.txt").read_text(encoding="utf-8").splitlines()
    full = align(zh, ja).links
    banded = align(zh, ja, diagonal=2).links
    assert banded == full
    assert sorted(i for link in banded for i in link.src) == list(range(len(zh)))
    assert sorted(j for link in banded for j in link.tgt) == list(range(len(ja)))


def test_a_weakly_evidenced_link_is_not_forced(monkeypatch):
    """A heading and its paragraph left untranslated sit before a sentence rendered in three: the
    search can only place the rendering's first part on them (a 3-1 link that shares nothing), so
    the calibrated confidence leaves them unlinked instead of raising false omission/addition.
    (The search no longer runs a heading into a merge; without that cost it still forces one.)"""
    zh = [
        *ZH[:3],
        "细致入微,推进外籍人士疫苗接种",
        "全区共设立3个外籍人士疫苗接种专场。",
        "累计为1200余名外籍人士完成接种。",
        "下一步，长宁区将继续推进对外交流，抓住新机遇，讲好虹桥故事，打造国际化城区。",
    ]
    ja = [
        *JA[:3],
        "次のステップとして、区は引き続き国際化の新しい枠組みづくりを進め、新たな挑戦に取り組んでいく。",
        "長寧区は引き続き対外交流を推進し、新たな機会をつかむ。",
        "虹橋の物語を伝え、国際的な城区をつくる。",
    ]
    forced = {(lk.src, lk.tgt) for lk, _, _ in link_evidence(zh, ja, unforce=False)}
    assert ((3,), ()) in forced and ((4, 5), (3,)) in forced
    monkeypatch.setattr(aligner, "HEADING_MERGE", 0.0)
    forced = {(lk.src, lk.tgt) for lk, _, _ in link_evidence(zh, ja, unforce=False)}
    assert ((3, 4, 5), (3,)) in forced
    links = {(lk.src, lk.tgt): lk.score for lk in align(zh, ja).links}
    assert {((3,), ()), ((4,), ()), ((5,), ()), ((), (3,))} <= set(links)
    assert ((6,), (4, 5)) in links
    assert all(links[((i,), (i,))] >= 0.95 for i in range(3))


def test_the_seed_heading_is_not_linked_to_a_sentence_rendering_another():
    # 002 s62 (细致入微,推进外籍人士疫苗接种) was linked at 0.99 to 000 s34, which renders s72.
    seeds = Path(__file__).resolve().parents[2] / "benchmarks" / "seeds" / "002-000"
    links = align(read_lines(seeds / "zh.txt"), read_lines(seeds / "ja.txt")).links
    assert ((62,), ()) in {(lk.src, lk.tgt) for lk in links}


def test_the_encoder_finds_the_rendering_that_shares_no_characters():
    # Free renderings in kana and other words than the Chinese: the hanzi bridge finds nothing, the
    # two sides' lengths fit either way, and only meaning says that the sentence about children
    # playing football is the one left untranslated (lexically the search leaves both unlinked).
    zh = ["猫喜欢在阳光下睡觉。", "孩子们在公园里踢足球。", "明天股市可能会大幅下跌。"]
    ja = ["ネコはひなたで眠るのが大好きだ。", "あすは株価がおおきくさがるかもしれない。"]
    links = [(lk.src, lk.tgt) for lk in align(zh, ja).links]
    assert links == [((0,), (0,)), ((1,), ()), ((2,), (1,))]


def test_a_merged_sides_meaning_is_the_cosine_of_its_summed_vectors():
    np = pytest.importorskip("numpy")
    rng = np.random.default_rng(7)
    src_vec = rng.normal(size=(4, 8))
    tgt_vec = rng.normal(size=(3, 8))
    src_vec /= np.linalg.norm(src_vec, axis=1, keepdims=True)
    tgt_vec /= np.linalg.norm(tgt_vec, axis=1, keepdims=True)
    sc = _Scorer([features(s, "zh") for s in ZH[:4]], [features(s, "ja") for s in JA[:3]])
    sc.use_meaning(src_vec, tgt_vec)
    a, b = src_vec[1:4].sum(axis=0), tgt_vec[0:2].sum(axis=0)
    cos = float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))
    assert sc.meaning(1, 4, 0, 2) == pytest.approx((cos - sc.sem_mu) / sc.sem_sigma)


def test_a_chinese_sentence_pair_rendered_as_one_becomes_a_two_to_one_link():
    # The second Chinese sentence (a "but" clause) shares almost no characters with the Japanese
    # one that folds it in; its words diluted the merged bead below the first sentence alone, so
    # the search left it unlinked (1-1 plus 1-0). An unrelated sentence after it stays unlinked.
    zh = [
        *ZH[:3],
        "委员会主席表示，新规定将于下月生效。",
        "不过具体细则尚未公布。",
        "天气预报说周末会下雨。",
        *ZH[3:],
    ]
    ja = [
        *JA[:3],
        "委員会の委員長は、詳細はまだ公表されていないものの、新たな規定は来月施行されると述べた。",
        *JA[3:],
    ]
    links = {(lk.src, lk.tgt) for lk in align(zh, ja).links}
    assert ((3, 4), (3,)) in links
    assert ((5,), ()) in links


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 3), st.integers(0, 3), st.integers(1, 3), st.integers(1, 3))
def test_a_merge_is_scored_between_its_own_evidence_and_its_best_parts(i0, j0, di, dj):
    sc = _Scorer([features(s, "zh") for s in ZH], [features(s, "ja") for s in JA])
    i1, j1 = min(i0 + di, len(ZH)), min(j0 + dj, len(JA))
    z = sc.evidence(i0, i1, j0, j1)
    got = sc.bead_evidence(i0, i1, j0, j1)
    if (i1 - i0 == 1) == (j1 - j0 == 1):  # 1-1 and 2-2 beads: no part to compare with
        assert got == z
        return
    parts = (
        [sc.evidence(i, i + 1, j0, j1) for i in range(i0, i1)]
        if i1 - i0 > 1
        else [sc.evidence(i0, i1, j, j + 1) for j in range(j0, j1)]
    )
    assert z <= got <= max(z, *parts) + 1e-12


def test_a_merge_gains_nothing_from_a_part_that_is_no_likely_pair():
    # Between unrelated texts the best of two chance matches beats their merge by chance alone:
    # only a part at least half as evident as the document's typical pair lifts the merge.
    sc = _Scorer([features(s, "zh") for s in ZH], [features(s, "ja") for s in JA])
    z, part = sc.evidence(0, 2, 0, 1), sc.evidence(0, 1, 0, 1)
    assert part > z
    sc.calibrate([part / 2 - 0.5] * 4)  # typical pair far weaker than the part: it counts
    assert sc.bead_evidence(0, 2, 0, 1) > z
    sc.calibrate([part * 2 + 1.0] * 4)  # typical pair far stronger: the part is chance
    assert sc.bead_evidence(0, 2, 0, 1) == z


def test_a_japanese_title_stays_out_of_the_first_sentence():
    # A headline (no final stop) that restates the first sentence, which the Chinese side lacks:
    # the search folded it into a 1-2 link with that sentence; a heading is a segment of its own.
    ja = ["長寧区、ミンスク市と友好都市に", *JA]
    links = [(lk.src, lk.tgt) for lk in align(ZH, ja).links]
    assert links[:2] == [((), (0,)), ((0,), (1,))]
