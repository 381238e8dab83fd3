"""entity-province: a province of China rendered as another."""

import pytest

from alignment.checks import run_checks

CODE = "entity-province"


def spans(zh: str, ja: str) -> list[str]:
    return [ja[f.start : f.end] for f in run_checks(zh, ja) if f.code == CODE]


@pytest.mark.parametrize(
    ("zh", "ja", "span"),
    [
        ("黑龙江省哈尔滨市举办冰雪节。", "吉林省ハルビン市で氷雪祭りが開かれた。", "吉林"),
        ("陕西省代表团访问哈萨克斯坦。", "山西省代表団がカザフスタンを訪問した。", "山西"),
        ("澳门特区政府举行招待会。", "香港特別行政区政府がレセプションを開いた。", "香港"),
    ],
)
def test_another_province(zh: str, ja: str, span: str) -> None:
    assert spans(zh, ja) == [span]


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        ("陕西省代表团访问哈萨克斯坦。", "陝西省代表団がカザフスタンを訪問した。"),
        ("澳门特区政府举行招待会。", "マカオ特別行政区政府がレセプションを開いた。"),
        # 浙江西部 is 浙江 and 西部; 北京时间 is a time zone; the target may add the country.
        ("浙江西部山区降雨明显。", "浙江省西部の山間部で雨が多い。"),
        ("返回舱于北京时间3时在内蒙古着陆。", "カプセルは日本時間4時に内モンゴル自治区に着陸した。"),
        ("来自云南的企业参展。", "中国雲南省の企業が出展した。"),
        # A target naming no province at all is the omission checks' business.
        ("黑龙江省哈尔滨市举办冰雪节。", "ハルビン市で氷雪祭りが開かれた。"),
    ],
)
def test_the_same_province(zh: str, ja: str) -> None:
    assert spans(zh, ja) == []
