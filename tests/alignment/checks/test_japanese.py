"""The one Japanese tagger every check shares."""

import subprocess
import sys
from itertools import pairwise
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from alignment.checks.japanese import short_words, words

ROOT = Path(__file__).resolve().parents[3]


@given(st.text(alphabet=st.sampled_from("彼はテレビを見ていた。 　\t\n、ABC１２3「」ーｶﾅ"), max_size=40))
def test_offsets_index_the_text_whatever_its_spaces(text):
    found = words(text)
    assert all(text[w.start : w.end] == w.surface for w in found)
    assert all(a.end <= b.start for a, b in pairwise(found))


def test_named_fields_of_unidic():
    said = words("彼はそう言った。")
    assert [w.surface for w in said] == ["彼", "は", "そう", "言っ", "た", "。"]
    verb = said[3].feature
    assert (verb.pos1, verb.cForm, verb.lemma) == ("動詞", "連用形-促音便", "言う")
    assert short_words("タクシー")[0].feature.lemma == "タクシー-taxi"


def test_checking_loads_one_dictionary():
    """ipadic's MeCab binding is not loaded beside UniDic's."""
    code = (
        "import sys\n"
        "from alignment.checks import run_document_checks\n"
        "run_document_checks([('他说：“我们明天去。”', '彼は「明日行く」と言った。'), ('', 'グエン・フー氏は')])\n"
        "print(','.join(sorted(n for n in sys.modules if n.split('.')[0] in {'MeCab', 'ipadic'})))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
