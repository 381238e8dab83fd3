"""grammar-conjugation: an auxiliary on a form or class of verb that does not take it."""

import pytest

from alignment.checks import run_checks

CODE = "grammar-conjugation"


def spans(ja: str) -> list[str]:
    return [ja[f.start : f.end] for f in run_checks("", ja) if f.code == CODE]


@pytest.mark.parametrize(
    ("ja", "span"),
    [
        # られる after a godan verb (irrealis or continuative).
        ("記念式典は来月市内で行わられる。", "行わられる"),
        ("新しい手法が多くの工場で使わられた。", "使わられ"),
        ("その原稿は去年書かられた。", "書かられ"),
        ("会議は毎年春に行いられる。", "行いられる"),
        # する's passive or causative on し, or さ written twice.
        ("国際会議が北京で開催しられた。", "しられ"),
        ("全国で調査が実施さられる予定だ。", "さられる"),
        ("各地で計画を実施しさせる。", "しさせる"),
        ("新制度が全国で実施しされた。", "しされ"),
        ("職員に新しい計画を実施ささせる。", "ささせる"),
        # One voice written twice.
        ("記念式典が盛大に開催されされた。", "されされ"),
        ("会議は来週行われれる。", "れれる"),
        ("結果は明日発表されられる。", "されられる"),
        ("子供に毎日勉強させさせる。", "させさせる"),
        # た twice, でし/まし followed by neither た nor て.
        ("両国の首脳は会談しましたた。", "たた"),
        ("昨日は代表団と一緒に工場へ行ったた。", "たた"),
        ("それは大きな成果でしすた。", "でしす"),
        # ます after the dictionary form or the irrealis.
        ("私は明日東京へ行くます。", "行くます"),
        ("毎朝パンを食べるます。", "食べるます"),
        ("来週は大阪の支社に行かます。", "行かます"),
        # An い-adjective keeping its い before く or かっ.
        ("今年の影響はそれほど大きいくない。", "大きいく"),
        ("去年の物価は高いかった。", "高いかった"),
    ],
)
def test_an_impossible_form(ja: str, span: str) -> None:
    assert spans(ja) == [span]


#: Forms of Japanese that no check of conjugation may flag.
FORMS_OF_JAPANESE = [
    # The right forms: passive, causative, causative passive, potential, honorific される.
    "記念式典は来月市内で行われる。",
    "新しい手法が多くの工場で使われた。",
    "国際会議が北京で開催された。",
    "全国で調査が実施される予定だ。",
    "部下に報告書を書かせた。",
    "彼は上司に残業させられた。",
    "子供に野菜を食べさせられたくない。",
    "この魚は生で食べられる。",
    "彼女は一人で海外へ行ける。",
    "社長が式典に出席された。",
    "先生が会場に来られた。",
    # ます, ました, ません, ましょう, でした(ら), まして.
    "私は明日東京へ行きます。",
    "会議は予定通り行われました。",
    "まだ結果を確認していません。",
    "一緒に行きましょう。",
    "そうでしたら、改めて連絡いたします。",
    "本日はお忙しいところお集まりいただきまして、ありがとうございます。",
    "ご案内くださいます。",
    "彼は日本語を流暢に話せます。",
    "子供を一人で買い物に行かせます。",
    "社長は毎朝六時に会社へ行かれます。",
    "陛下は展示をご覧になられた。",
    "いらっしゃいませ。",
    # たい, ない, そうだ, らしい, ようだ, adjectives.
    "いつか海外で働きたい。",
    "今日は会社に行かない。",
    "午後から雨が降りそうだ。",
    "彼は来月帰国するらしい。",
    "機械がどうやら故障したようだ。",
    "今年の影響はそれほど大きくない。",
    "去年の物価は高かった。",
    "新しくて便利な駅だ。",
    "影響が大きいかどうかは分からない。",
    "値段が高いからだ。",
    # Colloquial but real: ら抜き, さ入れ; literary せられる.
    "ここから富士山が見れる。",
    "明日来れる人だけ集まってください。",
    "発表を読まさせていただきます。",
    "違反者は厳しく罰せられる。",
    # Kana that only look like a slip: さえ after される, ため after た, ましな.
    "計画が実施されさえすれば十分だ。",
    "準備が遅れたため中止した。",
    "前よりはましな案が出た。",
    "その名はよくしられている。",
]


@pytest.mark.parametrize("ja", FORMS_OF_JAPANESE)
def test_a_form_of_japanese(ja: str) -> None:
    assert spans(ja) == []


VOICE = "grammar-voice-form"


def voice_spans(ja: str) -> list[str]:
    return [ja[f.start : f.end] for f in run_checks("", ja) if f.code == VOICE]


@pytest.mark.parametrize(
    ("ja", "span"),
    [
        # A passive or causative on する's dictionary form (被举行 → 開催する + される).
        ("記念式典は来月市内で開催するされる。", "するされる"),
        ("新しい研究所が昨年建設するられた。", "するられ"),
        ("職員に新しい計画を実施するさせる。", "するさせる"),
        # On a godan verb's dictionary form or continuative.
        ("会議は毎年春に行うれる。", "行うれる"),
        ("その手法は多くの工場で使うれている。", "使うれ"),
        ("会議は毎年春に行いれる。", "行いれる"),
        ("子供を一人で買い物に行くせる。", "行くせる"),
        # On する's continuative し with れる or せる (し + られる is grammar-conjugation's).
        ("国際会議が北京で開催しれた。", "しれ"),
        ("各地で新しい計画を実施しせた。", "しせ"),
    ],
)
def test_a_voice_on_a_form_that_does_not_take_it(ja: str, span: str) -> None:
    assert voice_spans(ja) == [span]
    assert spans(ja) == []  # grammar-conjugation, before this check, passed them all


def test_the_forms_of_japanese_carry_no_voice_slip() -> None:
    for ja in [*FORMS_OF_JAPANESE, "かもしれない。", "とされる。", "見れる範囲"]:
        assert voice_spans(ja) == [], ja
