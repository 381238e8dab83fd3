import pytest

from alignment.checks.numbers import cjk_value, find_numbers, mixed_value
from tests.alignment.checks.conftest import categories


@pytest.mark.parametrize(
    ("text", "value"),
    [("三十一", 31), ("二十三", 23), ("三万五千", 35000), ("二〇一九", 2019), ("百", 100), ("两", 2)],
)
def test_cjk_value(text, value):
    assert cjk_value(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [("1.2万", 12000), ("1万2000", 12000), ("22億5000万", 2_250_000_000), ("1億2千万", 120_000_000)],
)
def test_mixed_value(text, value):
    assert mixed_value(text) == value


def test_find_numbers_ignores_idioms_and_weekday_names():
    assert [n.value for n in find_numbers("十分重要，一些人")] == []
    assert [n.value for n in find_numbers("12,000人")] == [12000]


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        ("全区共有1.2万名外籍人士。", "区内には12,000人の外国人がいる。"),
        ("全区共有1.2万名外籍人士。", "区内には1万2000人の外国人がいる。"),
        ("投资达3亿元。", "投資額は3億元に達した。"),
        ("共有三十一个项目。", "合計31のプロジェクトがある。"),
        ("增长了百分之五十。", "50%増加した。"),
        ("数据：１２个城市。", "12都市のデータ。"),
        ("在这个有300多万人居住的地带。", "300万人以上が住むこの地域で。"),
        ("摧毁了数百座房屋。", "数百軒の家が破壊された。"),
        ("这是第二次会谈。", "これは2回目の会談だ。"),
    ],
)
def test_equal_numbers_in_either_script_are_not_flagged(zh, ja):
    assert "number" not in categories(zh, ja)


def test_changed_number_is_flagged_in_the_target():
    zh = "该国在2017年接受了1.4亿美元的援助。"
    ja = "同国は2017年に1億14千万ドルの援助を受けた。"
    flags = [f for f in __import__("alignment.checks").checks.run_checks(zh, ja) if f.category == "number"]
    messages = " ".join(f.message for f in flags)
    assert "1.4" in messages
    assert any(f.start is not None for f in flags)


def test_missing_number_is_flagged_as_an_absence():
    from alignment.checks import run_checks

    flags = [f for f in run_checks("共有102篇文章获奖。", "多くの記事が受賞した。") if f.category == "number"]
    assert flags and flags[0].start is None and "102" in flags[0].message


def test_wrong_counter_for_the_measure_word():
    from alignment.checks import run_checks

    flags = run_checks("共收到102篇论文。", "論文102枚を受け取った。")
    assert "number-counter" in {f.code for f in flags}
    assert "number-counter" not in {
        f.code for f in run_checks("共收到102篇论文。", "論文102本を受け取った。")
    }
