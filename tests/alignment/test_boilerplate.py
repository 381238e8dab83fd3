import pytest

from alignment.boilerplate import flags, is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "发布日期:2021-10-11访问次数: 字号:[ ]",
        "时间:2021-10-15 15:08:02  来源:长宁时报  作者:",
        "• 您当前的位置:首页 > 国内新闻 > 上海新闻 > “六外联动”",
        ">長寧ニユ一ス>長寧ニューズ",
        "640 (14).jpg",
        "打印本页 关闭窗口",
        "Produced By 大汉网络 大汉版通发布系统",
        "トップへ戻り",
        "• フォント:[大きい 小さい]",
    ],
)
def test_page_chrome_is_recognised(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "8月3日下午，区委副书记、区长张伟会见白俄罗斯驻沪总领事馆总领事。",
        "今年6月10日，长宁区国际投资促进对接会召开。",
        "長寧区は、姉妹都市の活動を重視し、友好的な交流を続けてきた。",
        "最·虹桥",
    ],
)
def test_content_is_not_chrome(line):
    assert not is_boilerplate(line)


def test_masthead_above_the_breadcrumb_is_chrome():
    assert flags(["長寧ニューズ", "トップへ戻り", "本文の見出しです。"]) == [True, True, False]
