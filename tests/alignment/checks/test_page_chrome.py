"""Page chrome left inside content."""

from tests.alignment.checks.conftest import categories


def test_page_chrome_inside_a_content_segment():
    ja = "发布日期：2024-01-15 顧建新氏が金華に赴いた。"
    assert "boilerplate_leak" in categories("", ja)
    assert "boilerplate_leak" in categories("", "新エネルギー自動車の町を見学した。0115.png")
    assert "boilerplate_leak" not in categories("", "顧建新氏が金華に赴いた。")
