"""Files derived once per machine: read back equal, keyed on their input, never trusted blindly."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alignment import derived as derived_module
from alignment import lexicon
from alignment.derived import derived, derived_file, derived_path


@pytest.fixture
def cache(monkeypatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("ZHJA_LEXICON_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "table.txt"
    path.write_text("北京 Beijing\n", encoding="utf-8")
    return path


def _counting(value):
    calls = []

    def build():
        calls.append(1)
        return value

    return build, calls


def test_a_value_is_built_once_and_read_back_equal(cache: Path, source: Path):
    value = ({"北京": "/Beijing/", "东京": "/Tokyo/"}, frozenset({"北京"}), [1.5, 2], b"\x00\x01")
    build, calls = _counting(value)
    assert derived("t", str(source), 1, build) == value
    again = derived("t", str(source), 1, build)
    assert again == value and list(again[0]) == ["北京", "东京"] and isinstance(again[1], frozenset)
    assert len(calls) == 1 and len(list(cache.iterdir())) == 1


def test_a_changed_input_or_version_is_built_again(cache: Path, source: Path):
    build, calls = _counting([1])
    derived("t", str(source), 1, build)
    derived("t", str(source), 2, build)
    source.write_text("上海 Shanghai, a longer line\n", encoding="utf-8")
    derived("t", str(source), 1, build)
    assert len(calls) == 3 and len(list(cache.iterdir())) == 3


def test_a_damaged_file_is_built_again(cache: Path, source: Path):
    build, calls = _counting({"a": 1})
    derived("t", str(source), 1, build)
    derived_path("t", str(source), 1, ".marshal").write_bytes(b"\xff not marshal")
    assert derived("t", str(source), 1, build) == {"a": 1}
    assert len(calls) == 2
    assert derived("t", str(source), 1, build) == {"a": 1} and len(calls) == 2  # written again


def test_a_directory_that_cannot_be_written_only_costs_the_time(monkeypatch, tmp_path: Path, source: Path):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("ZHJA_LEXICON_DIR", str(blocker / "cache"))
    build, calls = _counting((1, 2))
    assert derived("t", str(source), 1, build) == (1, 2)
    assert derived("t", str(source), 1, build) == (1, 2)
    assert len(calls) == 2
    assert derived_file("t", str(source), 1, ".bin", lambda f: f.write(b"x")) is None


def test_a_failed_write_leaves_no_file(cache: Path, source: Path):
    def write(f):
        f.write(b"half")
        raise OSError("disk full")

    assert derived_file("t", str(source), 1, ".bin", write) is None
    assert list(cache.iterdir()) == []


def test_a_derived_file_is_written_once(cache: Path, source: Path):
    writes = []

    def write(f):
        writes.append(1)
        f.write(b"data")

    first = derived_file("t", str(source), 1, ".bin", write)
    assert first is not None and first.read_bytes() == b"data"
    assert derived_file("t", str(source), 1, ".bin", write) == first and len(writes) == 1
    assert os.stat(first).st_mode & 0o777 == 0o644


@settings(max_examples=30, deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text() | st.binary(),
        lambda inner: (
            st.lists(inner, max_size=4)
            | st.tuples(inner, inner)
            | st.dictionaries(st.text(), inner, max_size=4)
        ),
        max_leaves=12,
    )
)
def test_any_marshal_value_comes_back_equal(tmp_path_factory, value):
    root = tmp_path_factory.mktemp("d")
    source = root / "src"
    source.write_bytes(b"x")
    old = os.environ.get("ZHJA_LEXICON_DIR")
    os.environ["ZHJA_LEXICON_DIR"] = str(root / "cache")
    try:
        derived("v", str(source), 1, lambda: value)
        assert derived("v", str(source), 1, lambda: pytest.fail("built again")) == value
    finally:
        if old is None:
            del os.environ["ZHJA_LEXICON_DIR"]
        else:
            os.environ["ZHJA_LEXICON_DIR"] = old


def test_the_lexicon_lives_in_the_same_directory(cache: Path):
    assert derived_module.cache_dir() == cache
    lexicon.lexicon_path.cache_clear()
    try:
        assert lexicon.lexicon_path().parent == cache
    finally:
        lexicon.lexicon_path.cache_clear()
