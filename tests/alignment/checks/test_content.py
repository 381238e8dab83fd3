"""Additions: a trailing clause with nothing of the source in it."""

from alignment.checks import run_checks
from tests.alignment.checks.conftest import categories, codes


def test_appended_clause_is_flagged_with_its_span():
    zh = "市政府表示，新的公交线路将于下月开通。"
    ja = "市当局によると、新しいバス路線は来月開通する、選手たちは最後まで諦めずに戦い抜いたという。"
    flags = [f for f in run_checks(zh, ja) if f.code == "addition-clause"]
    assert flags
    assert ja[flags[0].start : flags[0].end].startswith("選手たちは")


def test_appended_clause_with_an_invented_figure_is_an_addition_not_a_number():
    zh = "他表示，政府呼吁国际社会为难民回国提供援助。"
    ja = "政府は国際社会に難民の帰国への支援を呼びかけたと語った、1,200人以上が負傷した。"
    found = categories(zh, ja)
    assert "addition" in found
    assert "number" not in found


def test_faithful_translation_with_a_transliterated_name_is_not_an_addition():
    zh = "周六，队长吉姆·弗里克让米克尔森在四人四球赛中替补出场。"
    ja = "土曜日、ミケルソン選手はフォーボールで、キャプテンのジム・フューリク氏からベンチ入りを命じられた。"
    assert "addition-clause" not in codes(zh, ja)


def test_chinese_left_in_the_target_is_untranslated_not_an_addition():
    zh = "居民被告知还要几个小时才能进入。"
    ja = "現在、居民被告知还要几个小时才能进入住民は中に入れるのは数時間後だと告げられた。"
    found = categories(zh, ja)
    assert "untranslated" in found
    assert "addition" not in found
