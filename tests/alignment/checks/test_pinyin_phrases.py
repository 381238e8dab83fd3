"""pypinyin's phrase dictionary through the compact stand-in: the same phrases and the same answers."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

# Phrases whose readings other phrases share (一 as yī and yí), asked in several styles one after
# the other: a reading changed in place by one answer would show in the next.
PROBE = """
import json, sys
{first}
from pypinyin import Style, lazy_pinyin, pinyin
from pypinyin.constants import PHRASES_DICT
words = ["重庆", "一丁点儿", "一不小心", "长大", "银行行长", "重量"]
answers = [
    [pinyin(w, style=s, heteronym=h) for w in words for s in (Style.TONE3, Style.NORMAL, Style.TONE) for h in (0, 1)],
    [lazy_pinyin(w, style=Style.FIRST_LETTER) for w in words],
    [lazy_pinyin(w) for w in words],
]
readings = [r for v in PHRASES_DICT.values() for r in v]
print(json.dumps({
    "answers": answers,
    "phrases": PHRASES_DICT,
    "shared": len({id(r) for r in readings}) < len(readings) / 50,
    "module_file": getattr(sys.modules["pypinyin.phrases_dict"], "__file__", None),
}, ensure_ascii=False))
"""


def _run(first: str, cache: Path) -> dict:
    code = PROBE.replace("{first}", first)
    env_code = f"import os; os.environ['ZHJA_LEXICON_DIR'] = {str(cache)!r}\n" + code
    out = subprocess.run([sys.executable, "-c", env_code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> dict:
    return _run("import pypinyin", tmp_path_factory.mktemp("plain"))  # pypinyin first: its own module


def test_the_wheels_own_dictionary_is_kept_when_pypinyin_came_first(wheel):
    assert wheel["module_file"] and wheel["module_file"].endswith("phrases_dict.py")
    assert not wheel["shared"]


@pytest.mark.parametrize("run", ["built", "read back"])
def test_the_stand_in_holds_the_same_phrases_and_gives_the_same_answers(wheel, tmp_path, run):
    if run == "read back":
        _run("import alignment.checks", tmp_path)
    ours = _run("import alignment.checks", tmp_path)
    assert ours["module_file"] is None  # the stand-in
    assert ours["shared"]  # one object per reading
    assert ours["phrases"] == wheel["phrases"]
    assert ours["answers"] == wheel["answers"]
    assert next(tmp_path.iterdir()).name.startswith("pinyin-phrases-")
