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


@pytest.mark.parametrize(
    "headline",
    [
        "大津市は三つの友好都市と協定を結んだ",
        "県知事が訪日団を迎えました",
        "西湖区，打造国际交流新平台",
    ],
)
@pytest.mark.parametrize(
    "dateline", ["公開日:2023-04-02 出所:大津新聞", "2023-04-02 09:30", "发布时间：2023-04-02"]
)
def test_headline_above_the_dateline_is_content(headline, dateline):
    assert flags([headline, dateline, "本文の最初の文です。"]) == [False, True, False]


@pytest.mark.parametrize("masthead", ["大津タイムズ", "お知らせ", "西湖区人民政府门户网站"])
def test_masthead_above_the_dateline_is_chrome(masthead):
    assert flags([masthead, "公開日:2023-04-02", "本文の最初の文です。"]) == [True, True, False]


def test_clause_above_a_breadcrumb_is_still_masthead():
    # Only the date/source line is printed under a title; a breadcrumb follows the site's own header.
    assert flags(["市は協定を結んだ", "ホーム > 市政 > 国際", "本文です。"]) == [True, True, False]
