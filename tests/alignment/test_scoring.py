import pytest

from alignment.scoring import WORDS_PER_KCHAR, PostEdit, document_mqm, mqm, post_edit, post_edit_sentence


def test_mqm_weights_and_normalisation():
    r = mqm(["minor", "major", "critical"], 1000)
    assert r.penalty == 31
    assert r.words == WORDS_PER_KCHAR
    assert r.score == pytest.approx(100 * (1 - 31 / WORDS_PER_KCHAR), abs=0.01)
    assert mqm([], 1000).score == 100
    assert mqm(["major"], 0).score is None


def test_document_mqm_sums_penalties_over_total_source_length():
    doc = document_mqm([("长宁区" * 100, ["major"]), ("好。", [])])
    assert doc.penalty == 5
    assert doc.words == pytest.approx(302 / 1000 * WORDS_PER_KCHAR)


def test_post_edit_distance():
    same = post_edit_sentence("長寧区は交流を続けてきた。", "長寧区は交流を続けてきた。")
    assert same.chrf == 100 and same.ter == 0
    edited = post_edit_sentence("長寧区は交流を続けた。", "長寧区は友好的な交流を続けてきた。")
    assert 0 < edited.chrf < 100 and edited.ter > 0
    assert post_edit_sentence("何か", "  ") == PostEdit(None, None)
    corpus = post_edit(["長寧区は交流を続けた。", "x"], ["長寧区は友好的な交流を続けてきた。", ""])
    assert corpus.chrf == pytest.approx(edited.chrf, abs=0.01)
    with pytest.raises(ValueError):
        post_edit(["a"], [])
