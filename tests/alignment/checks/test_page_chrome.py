"""Page chrome left inside content."""

import re
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from alignment.checks.page_chrome import _chrome_spans
from tests.alignment.checks.conftest import categories


def test_page_chrome_inside_a_content_segment():
    ja = "发布日期：2024-01-15 顧建新氏が金華に赴いた。"
    assert "boilerplate_leak" in categories("", ja)
    assert "boilerplate_leak" in categories("", "新エネルギー自動車の町を見学した。0115.png")
    assert "boilerplate_leak" not in categories("", "顧建新氏が金華に赴いた。")


# The one pattern the check used before, quadratic on a long unbroken word: the linear scan must find
# exactly its spans.
_ONE_PATTERN = re.compile(
    r"发布日期|发布时间|访问次数|浏览次数|字号\s*[:：]|打印本页|关闭窗口|来源\s*[:：]|责任编辑|"
    r"[\w()（）\-]+\.(?:jpe?g|png|gif|webp)\b",
    re.I,
)
_PIECES = st.sampled_from(
    [
        "a",
        "7",
        ".",
        "png",
        "JPG",
        "jpeg",
        "webp",
        "x.gif",
        "-",
        "(",
        "）",
        " ",
        "　",
        "责任编辑",
        "字号",
        ":",
        "来源",
        "。",
        "_",
        "写真",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=14).map("".join))
def test_image_names_and_chrome_words_are_the_spans_of_the_one_pattern(text):
    assert list(_chrome_spans(text)) == [m.span() for m in _ONE_PATTERN.finditer(text)]


def test_a_long_unbroken_word_takes_linear_time():
    started = time.process_time()
    assert list(_chrome_spans("a" * 200_000 + ".png")) == [(0, 200_004)]
    assert list(_chrome_spans("a" * 200_000)) == []
    assert time.process_time() - started < 2  # the one pattern: minutes
