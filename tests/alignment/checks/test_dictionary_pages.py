"""Releasing the dictionary's pages: resident memory falls, what the tagger answers does not change."""

from __future__ import annotations

import filecmp
import os
import sys

import pytest
import unidic_lite

from alignment import derived
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
    """Per mapping of a dictionary file the tagger reads, whether the kernel holds random-access
    advice for it ("rr" among the VmFlags of /proc/self/smaps)."""
    out, current = [], False
    for line in open("/proc/self/smaps", encoding="utf-8", errors="replace"):
        head = line.split()
        if head and "-" in head[0] and len(head) >= 5:
            current = line.rstrip().endswith(
                tuple(os.path.join(japanese._dicdir[0], name) for name in ("sys.dic", "matrix.bin"))
            )
        elif current and line.startswith("VmFlags:"):
            out.append("rr" in line.split())
    return out


@pytest.fixture
def dictionary_copy_in():
    """The cache directory the copy is made in (once per machine, as the CLI makes it: 249 MB
    are not written again for every test run); the wheel's dictionary again after the test."""
    yield derived.cache_dir()
    japanese._dicdir[0] = unidic_lite.DICDIR
    japanese._tagger.cache_clear()
    japanese._dictionary_mappings.cache_clear()


@pytest.mark.skipif(sys.platform != "linux", reason="madvise and /proc are Linux's")
def test_the_dictionary_is_mapped_a_page_at_a_time_and_answers_the_same(dictionary_copy_in):
    before = words(TEXT)
    japanese.map_dictionary_by_page()
    advised = _random_read_advised()
    assert advised and all(advised)  # sys.dic and matrix.bin, each mapped once
    assert words(TEXT) == before
    assert words("東京都庁の展望室から富士山が見えた。")[0].surface == "東京"


@pytest.mark.skipif(sys.platform != "linux", reason="madvise and /proc are Linux's")
def test_a_long_run_reads_a_copy_of_the_dictionary_of_its_own(dictionary_copy_in):
    # Other processes that map the wheel's files decide how the page cache holds them; the copy
    # is another file with the same bytes, so the tagger answers the same.
    before = [words(t) for t in (TEXT, "東京都庁の展望室から富士山が見えた。")]
    japanese.map_dictionary_by_page()
    copy = japanese._dicdir[0]
    assert os.path.dirname(copy) == str(dictionary_copy_in) and copy != unidic_lite.DICDIR
    for name in ("sys.dic", "matrix.bin"):
        ours, wheels = os.path.join(copy, name), os.path.join(unidic_lite.DICDIR, name)
        assert os.stat(ours).st_ino != os.stat(wheels).st_ino
        assert filecmp.cmp(ours, wheels, shallow=False)
    mapped = {line.split()[-1] for line in open("/proc/self/maps") if "sys.dic" in line}
    assert os.path.join(copy, "sys.dic") in mapped
    assert [words(t) for t in (TEXT, "東京都庁の展望室から富士山が見えた。")] == before
    japanese.map_dictionary_by_page()  # a second run: the same copy, not another
    assert japanese._dicdir[0] == copy
    assert not [n for n in os.listdir(dictionary_copy_in) if n.startswith("unidic-") and n.endswith(".tmp")]


class _FakeProcess:
    """Resident and file-backed memory as a process would report them: a release drops the file
    pages above ``floor``."""

    def __init__(self, resident: int, shared: int, floor: int = 20) -> None:
        self.resident, self.shared, self.floor = resident, shared, floor
        self.released = 0

    def memory(self) -> tuple[int, int]:
        return self.resident, self.shared

    def grow(self, file_pages: int) -> None:
        self.resident += file_pages
        self.shared += file_pages

    def release(self) -> None:
        self.released += 1
        self.resident -= self.shared - self.floor
        self.shared = self.floor


def test_the_budget_releases_only_at_or_above_it():
    proc = _FakeProcess(resident=300, shared=40)
    budget = japanese.PageBudget(400, least=10, memory=proc.memory, release=proc.release)
    assert budget() is False
    proc.grow(99)  # 399: one below
    assert budget() is False and proc.released == 0
    proc.grow(1)
    assert budget() is True and proc.released == 1 and budget.releases == 1
    assert proc.resident == 300 - 40 + 20  # the file pages went, the process's own memory stays
    assert budget() is False


def test_over_the_budget_on_its_own_memory_it_releases_only_what_has_grown_since():
    # The process's own memory is past the budget: releasing after every text would free nothing.
    proc = _FakeProcess(resident=500, shared=40)
    budget = japanese.PageBudget(400, least=10, memory=proc.memory, release=proc.release)
    assert budget() is True  # the first time: nothing is known of what a release frees
    for _ in range(9):
        proc.grow(1)
        assert budget() is False
    proc.grow(1)  # ten more file-backed units since the release: worth one
    assert budget() is True and proc.released == 2


def test_a_hook_watches_each_text_tagged_and_is_put_back():
    seen: list[int] = []
    previous = japanese.watch_tagging(lambda: seen.append(japanese.texts_tagged()))
    try:
        words("港に船が着いた。")
        words("雨の日は図書館で本を読む。")
    finally:
        assert japanese.watch_tagging(previous) is not None
    words("晴れた。")
    assert len(seen) == 2 and seen[1] == seen[0] + 1


@pytest.mark.skipif(sys.platform != "linux", reason="/proc is Linux's")
def test_resident_memory_is_the_processs_own():
    resident, shared = japanese.resident_memory()
    status = open("/proc/self/status", encoding="utf-8").read()
    rss = int(status.split("VmRSS:")[1].split()[0]) * 1024
    assert 0 < shared < resident
    assert abs(resident - rss) < 16 * 2**20
