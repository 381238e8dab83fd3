"""Releasing the dictionary's pages: resident memory falls, what the tagger answers does not change."""

from __future__ import annotations

import sys

import pytest

from alignment.checks import japanese
from alignment.checks.japanese import release_dictionary_pages, words

TEXT = "港の近くで新しい図書館が開館し、週末には多くの家族連れが訪れた。"


def _file_rss_kib() -> int:
    status = open("/proc/self/status", encoding="utf-8").read()
    return int(status.split("RssFile:")[1].split()[0])


@pytest.mark.skipif(sys.platform != "linux", reason="madvise and /proc are Linux's")
def test_the_pages_go_and_the_words_stay():
    before = words(TEXT)
    loaded = _file_rss_kib()
    advised = release_dictionary_pages()
    assert advised > 100 * 2**20  # sys.dic and matrix.bin are mapped, far larger than this
    assert _file_rss_kib() < loaded
    assert words(TEXT) == before
    assert words("東京都庁の展望室から富士山が見えた。")[0].surface == "東京"


def test_with_no_tagger_loaded_there_is_nothing_to_release(monkeypatch):
    monkeypatch.setattr(japanese._tagger, "cache_info", lambda: type("I", (), {"currsize": 0})())
    assert release_dictionary_pages() == 0


def _random_read_advised() -> list[bool]:
    """Per mapping of a dictionary file, whether the kernel holds random-access advice for it
    ("rr" among the VmFlags of /proc/self/smaps)."""
    out, current = [], False
    for line in open("/proc/self/smaps", encoding="utf-8", errors="replace"):
        head = line.split()
        if head and "-" in head[0] and len(head) >= 5:
            current = line.rstrip().endswith(("sys.dic", "matrix.bin"))
        elif current and line.startswith("VmFlags:"):
            out.append("rr" in line.split())
    return out


@pytest.mark.skipif(sys.platform != "linux", reason="madvise and /proc are Linux's")
def test_the_dictionary_is_mapped_a_page_at_a_time_and_answers_the_same():
    before = words(TEXT)
    japanese.map_dictionary_by_page()
    advised = _random_read_advised()
    assert advised and all(advised)  # sys.dic and matrix.bin, each mapped once
    assert words(TEXT) == before
    assert words("東京都庁の展望室から富士山が見えた。")[0].surface == "東京"
