from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from alignment.diff import as_markup, diff, tokens


def _side(runs, keep):
    return "".join(text for op, text in runs if op in ("equal", keep))


@given(st.text(), st.text())
def test_the_runs_rebuild_both_texts(old, new):
    runs = diff(old, new)
    assert _side(runs, "delete") == old
    assert _side(runs, "insert") == new
    assert all(text for _, text in runs)
    assert all(a[0] != b[0] for a, b in pairwise(runs))


@given(st.text())
def test_tokens_cover_the_text(text):
    assert "".join(tokens(text)) == text


def test_japanese_changes_by_character():
    assert diff("東京で会議を開いた", "大阪で会議を開いた") == [
        ("delete", "東京"),
        ("insert", "大阪"),
        ("equal", "で会議を開いた"),
    ]


def test_latin_words_change_whole():
    assert diff("国連 UNESCO に加盟", "国連 UNICEF に加盟") == [
        ("equal", "国連 "),
        ("delete", "UNESCO"),
        ("insert", "UNICEF"),
        ("equal", " に加盟"),
    ]
    assert tokens("3.14 km") == ["3.14", " ", "km"]


def test_markup_for_plain_text_exports():
    assert as_markup(diff("猫が好き", "犬が好き")) == "[-猫-]{+犬+}が好き"
