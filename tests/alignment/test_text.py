import pytest

from alignment.errors import InputError
from alignment.text import decode, detect_language, html_to_text, load_document, normalize

ZH = "长宁区外事办围绕“庆祝建党百年”等重要节点，积极利用区域资源开展外事活动。"
JA = "長寧区の外事弁公室は、今年、重要な節目を迎え、外交活動を行うために地域のリソースを積極的に使用した。"


@pytest.mark.parametrize(
    ("text", "codec", "name"),
    [
        (ZH, "gb18030", "gb18030"),
        (ZH, "utf-8", "utf-8"),
        (JA, "cp932", "shift_jis"),
        (JA, "euc_jp", "euc-jp"),
    ],
)
def test_legacy_encodings_decode_to_the_same_text(text, codec, name):
    decoded, encoding = decode(text.encode(codec))
    assert decoded == text
    assert encoding == name


def test_utf8_bom_is_stripped():
    assert decode(b"\xef\xbb\xbf" + JA.encode())[0] == JA


@pytest.mark.parametrize("data", [b"", b"   \n", b"\x00\x01\x02binary\x00" * 10])
def test_empty_and_binary_input_are_refused(data):
    with pytest.raises(InputError):
        decode(data)


def test_language_kana_decides_even_with_chinese_chrome():
    assert detect_language(ZH) == "zh"
    assert detect_language("发布日期:2021-10-11访问次数\n" + JA) == "ja"
    with pytest.raises(InputError):
        detect_language("only latin text")


def test_normalize_keeps_length():
    text = "ＡＢＣ１２３　テスト"
    assert len(normalize(text)) == len(text)
    assert normalize(text).startswith("ABC123 ")


def test_html_page_text_is_extracted_without_scripts():
    html = "<html><head><script>alert(1)</script></head><body><p>長寧区の外事弁公室です。</p></body></html>"
    assert html_to_text(html) == "長寧区の外事弁公室です。"


def test_too_large_file_is_refused(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(JA.encode() * 100)
    with pytest.raises(InputError, match="too large"):
        load_document(path, max_bytes=1000)


def test_seed_documents_load_with_language_and_boilerplate(request):
    fixtures = request.path.parent / "fixtures"
    zh = load_document(fixtures / "002_d0bc87dd1b79bb39.txt")
    ja = load_document(fixtures / "004_b463b5804d0b5232.txt")
    assert (zh.lang, ja.lang) == ("zh", "ja")
    chrome = {s.text for s in ja.sentences if s.is_boilerplate}
    assert "640 (14).jpg" in chrome and "0115.png" in chrome
    assert all(zh.text[s.start : s.end] == s.text for s in zh.sentences)
