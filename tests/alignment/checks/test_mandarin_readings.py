"""Foreign names rendered from the Mandarin reading of their transcription characters."""

from __future__ import annotations

import re

import pytest

from alignment.checks import mandarin_readings as mandarin_readings_module
from alignment.checks import run_checks
from alignment.checks.kana import romaji
from alignment.checks.mandarin_readings import _hanzi_spellings, _plain, mandarin_only, mandarin_reading

CODE = "entity-mandarin-reading"


def spans(source: str, target: str) -> list[str]:
    return [target[f.start : f.end] for f in run_checks(source, target) if f.code == CODE]


def test_a_name_read_in_mandarin_with_a_vowel_pair_is_flagged():
    zh = "意大利设计师罗贝托·诺维利出席了展览开幕式。"
    assert spans(zh, "イタリアのデザイナー、ロベルト・ヌオウェイリー氏が展覧会の開幕式に出席した。") == [
        "ヌオウェイリー"
    ]
    # The same name transcribed from Italian is fine.
    assert spans(zh, "イタリアのデザイナー、ロベルト・ノヴェッリ氏が展覧会の開幕式に出席した。") == []


def test_pinyin_c_read_as_ts_is_flagged_in_a_name_outside_the_transcription_table():
    zh = "泰国商会会长巴猜·通素出席了论坛。"
    assert spans(zh, "タイ商工会議所のバーツァイ・トンスー会頭がフォーラムに出席した。") == ["バーツァイ"]
    assert spans(zh, "タイ商工会議所のパチャイ・トンスー会頭がフォーラムに出席した。") == []


def test_a_mandarin_reading_that_is_also_a_good_transcription_is_not_flagged():
    # ai, ei and plain vowels are how the transcription tables write those sounds (迈克 = マイク).
    assert mandarin_reading("莫利纳", "モリナ") == ("mo", "ri", "na")
    assert mandarin_only("莫利纳", "モリナ") is None
    assert mandarin_only("韦德", "ウェイド") is None
    assert spans("新闻发言人迈克·韦德表示欢迎。", "報道官のマイク・ウェイド氏は歓迎の意を示した。") == []


def test_pinyin_z_is_not_evidence():
    # z also transcribes German z, which Japanese writes ツ (泽纳 = ツェナー, Zenner).
    assert mandarin_reading("泽纳", "ツェナー") is not None
    assert (
        spans(
            "德国工程师托马斯·泽纳介绍了项目。",
            "ドイツ人技術者のトーマス・ツェナー氏がプロジェクトを紹介した。",
        )
        == []
    )


def test_the_split_is_the_one_a_regular_expression_of_the_spellings_matches():
    # The reading is searched syllable by syllable, each syllable's spellings tried in order; a
    # regular expression of the spellings as alternatives (how it was found before) must agree on
    # every pair, matched or not, including which spelling each syllable takes.
    names = ["保罗", "诺维利", "巴猜", "莫利纳", "泽纳", "韦恩", "欧文", "卡洛斯", "索伦", "乔伊", ""]
    words = [
        "バオルオ",
        "ヌオウェイリー",
        "バーツァイ",
        "モリナ",
        "ツェナー",
        "ウェイエン",
        "オウウェン",
        "カルオス",
        "スオルン",
        "チャオイー",
        "パウロ",
        "ノヴェッリ",
        "ウェイン",
        "",
    ]
    for name in names:
        spellings = _hanzi_spellings(name)
        pattern = (
            re.compile("".join("(" + "|".join(map(re.escape, s)) + ")" for s in spellings))
            if spellings is not None
            else None
        )
        for word in words:
            m = pattern.fullmatch(_plain(romaji(word))) if pattern else None
            assert mandarin_reading(name, word) == (m.groups() if m else None), (name, word)
    assert mandarin_reading("保罗", "バオルオ") == ("bao", "ruo")
    assert mandarin_reading("保罗", "パウロ") is None


def test_a_stretch_is_asked_whether_it_is_chinese_only_once_a_word_reads_it(monkeypatch):
    # The dictionary's names of the Chinese world are left out when a word reads them, not before:
    # the same findings as leaving them out of the stretches first, whichever stretches they are.
    pairs = [
        (
            "意大利设计师罗贝托·诺维利出席了展览开幕式。",
            "ロベルト・ヌオウェイリー氏と、ヌオウェイ氏が出席した。",
        ),
        ("泰国商会会长巴猜·通素出席了论坛。", "バーツァイ・トンスー会頭とバオルオ氏がフォーラムに出席した。"),
        ("索马里和多伦多的代表保罗出席。", "スオマーリーとドゥオルンドゥオの代表バオルオが出席した。"),
    ]
    for chinese in (set(), {"诺维利"}, {"诺维利", "诺维"}, {"巴猜"}, {"索马里", "保罗"}, {"多伦多"}):
        monkeypatch.setattr(mandarin_readings_module, "gloss_is_chinese", lambda p, c=chinese: p in c)
        for zh, ja in pairs:
            parts = [p for p in mandarin_readings_module._foreign_parts(zh) if p not in chinese]
            expected = []
            for m in mandarin_readings_module._KATAKANA_RE.finditer(ja):
                for part in parts:
                    syllable = mandarin_only(part, m.group())
                    if syllable:
                        expected.append((m.start(), m.end(), part, syllable))
                        break
            assert mandarin_readings_module.mandarin_readings(zh, ja) == tuple(expected), (chinese, ja)


def test_a_word_is_read_against_a_stretch_only_once_it_starts_with_its_first_syllable(monkeypatch):
    # Most pairs of a katakana word and a stretch of a name fail at the first syllable: the
    # stretches' first spellings are looked up once and the rest of the reading is tried only past
    # them, with the same findings.
    asked: list[tuple[str, str]] = []
    real = mandarin_readings_module._read_as

    def counted(hanzi: str, plain: str):
        asked.append((hanzi, plain))
        return real(hanzi, plain)

    monkeypatch.setattr(mandarin_readings_module, "_read_as", counted)
    zh, ja = (
        "泰国商会会长巴猜·通素和卡尔森出席了论坛。",
        "バーツァイ・トンスー会頭とカールソン氏がフォーラムに出席した。",
    )
    found = mandarin_readings_module.mandarin_readings(zh, ja)
    assert [part for _, _, part, _ in found] == ["巴猜"]
    assert asked
    assert all(plain.startswith(_hanzi_spellings(hanzi)[0]) for hanzi, plain in asked)


@pytest.mark.parametrize(
    ("zh", "ja", "flagged"),
    [
        ("洛阳在龙门石窟增设了日语导览标识。", "洛陽はロンメン石窟に日本語の案内表示を増設した。", True),
        ("他在洛阳工作了十年。", "彼はルオヤンで10年働いた。", True),
        ("洛阳在龙门石窟增设了日语导览标识。", "洛陽は竜門石窟に日本語の案内表示を増設した。", False),
        # Places Japanese writes in katakana from their own languages or older transcriptions.
        ("游客抵达拉萨。", "観光客がラサに到着した。", False),
        ("哈尔滨冰雪节开幕。", "ハルビン氷雪祭りが開幕した。", False),
        # A foreign place the dictionary also explains: read from its own language.
        ("代表团访问了哈巴罗夫斯克。", "代表団はハバロフスクを訪問した。", False),
    ],
)
def test_a_place_of_china_read_in_mandarin(zh: str, ja: str, flagged: bool) -> None:
    assert ("entity-place-mandarin" in [f.code for f in run_checks(zh, ja)]) is flagged
