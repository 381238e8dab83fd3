"""Chinese people's names transliterated in katakana instead of written in kanji."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from alignment.checks import run_checks, run_document_checks
from alignment.checks.chinese_names import (
    _pinyin_syllables,
    key,
    looks_chinese,
    source_name_for,
    spelled_as,
    syllable_keys,
)

CODE = "entity-chinese-katakana"


def spans(source: str, target: str) -> list[str]:
    return [target[f.start : f.end] for f in run_checks(source, target) if f.code == CODE]


@pytest.mark.parametrize(
    ("zh", "ja", "name", "kanji"),
    [
        (
            "王浩说，民间交流已成为常态。",
            "ワン・ハオは、民間交流が常態になったと述べた。",
            "ワン・ハオ",
            "王浩",
        ),
        ("李强出席会议。", "リー・チャンが会議に出席した。", "リー・チャン", "李強"),
        (
            "顾建新考察了养殖中心。",
            "グー・ジエンシンは養殖センターを視察した。",
            "グー・ジエンシン",
            "顧建新",
        ),
        ("习近平发表讲话。", "シー・ジンピンが演説した。", "シー・ジンピン", "習近平"),
        ("区长张伟表示。", "区長のウェイ・チャンは述べた。", "ウェイ・チャン", "張偉"),  # given name first
        # A long vowel ends on the syllable's own vowel (德 de as ドー).
        ("主任刘德出席了会议。", "リウ・ドー主任が会議に出席した。", "リウ・ドー", "劉徳"),
    ],
)
def test_a_chinese_name_of_the_source_in_katakana_is_flagged_with_its_kanji(zh, ja, name, kanji):
    flags = [f for f in run_checks(zh, ja) if f.code == CODE]
    assert [ja[f.start : f.end] for f in flags] == [name]
    assert flags[0].fix == kanji
    assert flags[0].category == "named_entity"


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        ("王浩说，民间交流已成为常态。", "王浩氏は、民間交流が常態になったと述べた。"),
        # Foreign names are transliterated on both sides: katakana is right.
        ("唐纳德·特朗普表示。", "ドナルド・トランプ氏は述べた。"),
        ("珍妮·杰克逊参加了演出。", "ジャネット・ジャクソンが出演した。"),
        # Korean names are written with Chinese characters in Chinese and in katakana in Japanese.
        ("朝鲜外务相李勇浩表示。", "北朝鮮のリ・ヨンホ外相は述べた。"),
        ("韩国统一部的朴炳锡表示。", "韓国統一省のパク・ビョンセグは述べた。"),
        # A katakana pair that does not spell the source's name.
        ("王浩会见了安东尼·布林肯。", "王浩氏はアントニー・ブリンケン氏と会談した。"),
        # A foreign name whose transcription starts with a surname character (范 of Van, 马 of
        # Mark): its katakana ends in a consonant no Mandarin syllable has (ク of Dijk, ト of Hart).
        ("下半场，范迪克头球破门。", "後半、ファン・ディクがヘディングで決めた。"),
        ("决赛中，范德贝克打进一球。", "決勝でファン・デベークが1得点を挙げた。"),
        ("随后，马克·哈特接受了采访。", "その後、マーク・ハートが取材に応じた。"),
    ],
)
def test_kanji_names_foreign_names_and_korean_names_are_not_flagged(zh, ja):
    assert spans(zh, ja) == []


def test_without_a_source_a_chinese_looking_name_is_flagged_in_a_document_about_china():
    # Seed 003 (no source): the Kunming sister-city official is ワン・ハオ.
    doc = [
        ("", "昆明は中国の南西部にある都市です。"),
        ("", "「非政府交流が標準になっています」とワン・ハオは言いました。"),
    ]
    flags = [f for f in run_document_checks(doc)[1] if f.code == CODE]
    assert [doc[1][1][f.start : f.end] for f in flags] == ["ワン・ハオ"]
    assert flags[0].fix is None  # the kanji cannot be known without the source
    # Not in a document that is not about China, nor where Korea is the setting.
    assert not any(f.code == CODE for f in run_document_checks(doc[1:])[0])
    korean = [("", "中国と韓国の首脳が会談した。"), doc[1]]
    assert not any(f.code == CODE for f in run_document_checks(korean)[1])
    # Western names that happen to share a Mandarin reading, and ordinary names, pass.
    assert not any(
        f.code == CODE for f in run_checks("", "中国を訪れたジョン・リー氏とドナルド・トランプ氏。")
    )
    # A given name UniDic knows as Western (バイデン is Biden) is not Mandarin, whatever it sounds like.
    assert not any(
        f.code == CODE for f in run_checks("", "中国外交部はジョー・バイデン大統領の発言に反論した。")
    )
    assert looks_chinese("リウ", "ヤン")  # two katakana are too short to call Western (ヤン is also 杨)


def test_the_key_folds_the_spellings_transliterators_use():
    assert key("chan") == key("jan")  # 张 as チャン or ジャン
    assert key("faa") == key("haa")
    assert source_name_for("チアン", "ウェイ", "蒋伟说") == "蒋伟"
    assert source_name_for("チャン", "ウェイ", "蒋伟说") == "蒋伟"
    assert looks_chinese("リウ", "ヤン") and not looks_chinese("ドナルド", "トランプ")


@given(
    st.lists(
        st.sampled_from("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐浩强伟华明建新军"),
        min_size=2,
        max_size=3,
    ),
    st.data(),
)
def test_any_spelling_of_each_syllable_spells_the_name(chars, data):
    syllables = [syllable_keys(s) for s in _pinyin_syllables("".join(chars))]
    spelling = "".join(data.draw(st.sampled_from(sorted(keys))) for keys in syllables)
    assert spelled_as(spelling, syllables)
    assert not spelled_as(spelling + "x", syllables)


def test_a_vietnamese_name_read_in_mandarin_is_flagged_without_a_kanji_fix():
    # 阮文雄 is Nguyễn Văn Hùng (グエン・バン・フン); read in Mandarin it is ルアン・ウェン・シオン.
    zh = "越南广宁省副省长阮文雄率团访问南宁。"
    ja = "ベトナム・クアンニン省のルアン・ウェン・シオン副省長が代表団を率いて南寧を訪問した。"
    flags = [f for f in run_checks(zh, ja) if f.code == "entity-chinese-katakana"]
    assert [(ja[f.start : f.end], f.fix) for f in flags] == [("ルアン・ウェン・シオン", None)]
    assert "グエン" in flags[0].message
    fine = "ベトナム・クアンニン省のグエン・バン・フン副省長が代表団を率いて南寧を訪問した。"
    assert [f for f in run_checks(zh, fine) if f.code == "entity-chinese-katakana"] == []
