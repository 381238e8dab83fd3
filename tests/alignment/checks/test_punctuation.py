"""Punctuation: Chinese and Latin marks in Japanese, commas out of place, unclosed brackets."""

from alignment.checks import run_checks, run_document_checks
from tests.alignment.checks.conftest import categories, codes


def test_ascii_semicolons_and_stops_between_japanese_and_a_leading_comma():
    # Seed 003 (machine translation with no source).
    ja = "相互に有益な協力を行います; 経済的発展に貢献し、都市の発展を促進します.外の世界への開放。"
    flags = [f for f in run_checks("", ja) if f.category == "punctuation"]
    assert [(ja[f.start : f.end], f.fix) for f in flags] == [("; ", "、"), (".", "。")]
    for fragment, lead in (
        (";   南アジアに隣接する昆明は交流の結節点都市になっています。", ";   "),
        ("、全国第1位、都内上位3位。", "、"),
    ):
        flags = [f for f in run_checks("", fragment) if f.category == "punctuation"]
        assert [(fragment[f.start : f.end], f.fix) for f in flags] == [(lead, "")]
    assert "punctuation" not in categories("", "No.1の選手が3.5点を取った。Ver.2を公開した。")


def test_a_comma_before_a_particle():
    # Seed 000: the source's list comma kept before the particle that joins the list.
    ja = "「児童創造芸術招待展」、や「第3回上海国際芸術祭」などのイベントを開いた。"
    flags = [f for f in run_checks("", ja) if f.category == "punctuation"]
    assert [(ja[f.start : f.end], f.fix) for f in flags] == [("、", "")]
    # The Chinese comma kept there is removed, not turned into 、 (which would be flagged next).
    for mark in ("，", "；"):
        zh_comma = ja.replace("、", mark, 1)
        flags = [f for f in run_checks("", zh_comma) if f.category == "punctuation"]
        assert [(zh_comma[f.start : f.end], f.fix) for f in flags] == [(mark, "")]
    # A comma before a quotative と, or before a word that begins with a particle's kana, is Japanese.
    for fine in (
        "必要だ、と彼は述べた。",
        "彼は、やはり来た。",
        "私は、はっきり言った。",
        "一方、もう一つの案もある。",
    ):
        assert "punctuation" not in categories("", fine)


def test_latin_middle_dot_in_japanese_is_fixed_to_the_katakana_one():
    ja = "区長はアンドレイ·アンドレーエフ総領事と会談した。"
    flags = [f for f in run_checks("", ja) if f.code == "punctuation-chinese"]
    assert [(ja[f.start : f.end], f.fix) for f in flags] == [("·", "・")]
    assert "punctuation" not in categories("", "最も・デジタル")
    assert "punctuation" not in categories("", "Tom·Brown")  # between Latin letters: not Japanese text


def test_chinese_punctuation_in_japanese():
    ja = "ある労働党の議員は，党内で“Twp”と“Pwp”の韻を踏んでしまうという懸念があるという。"
    flags = [f for f in run_checks("", ja) if f.category == "punctuation"]
    assert {ja[f.start : f.end] for f in flags} == {"，", "“", "”"}
    assert "punctuation" not in categories("", "ある労働党の議員は、党内で「Twp」と「Pwp」の韻を踏むという。")
    # A title keeps Chinese 《》 where Japanese writes 『』.
    ja = "彼は《人民日報》に記事を発表した。"
    flags = [f for f in run_checks("他在《人民日报》上发表文章。", ja) if f.category == "punctuation"]
    assert [(ja[f.start : f.end], f.fix) for f in flags] == [("《", "『"), ("》", "』")]
    # Chinese left untranslated with its marks is one defect, reported as untranslated.
    assert categories("", "《人民日报》が報じた。") == {"untranslated"}


def test_unbalanced_brackets_where_the_source_balances():
    assert "punctuation-brackets" in codes("他说（今天）很好。", "彼は（今日は良いと言った。")
    assert "punctuation-brackets" not in codes("他说（今天）很好。", "彼は（今日）良いと言った。")


def test_a_quotation_left_open_where_the_source_closes_it():
    # Seed 001: the MT opened 「クラウド and never closed it.
    zh = "今年9月28日，区外事办参加了视频连线会议，见证了长宁与帕皮提市友城的“云”交往。"
    ja = "今年の9月28日、長寧区外事弁公室はビデオ会議に参加し、パペーテとの間の「クラウドの交流を目の当たりにした。"
    flags = [f for f in run_checks(zh, ja) if f.code == "punctuation-brackets"]
    assert [ja[f.start] for f in flags] == ["「"]
    closed = ja.replace("「クラウド", "「クラウド」")
    assert "punctuation-brackets" not in codes(zh, closed)
    assert "punctuation-brackets" in codes(zh, closed + "」")  # a closing bracket with none open


def test_brackets_the_source_does_not_hold_the_target_to():
    ja = "「しかし、パディントンは彼にとって非常にリアルな存在だった。"
    # No quotation in the source (《》 is a title): the translator's own quote may run on.
    assert "punctuation-brackets" not in codes("但因为《帕丁顿熊》对他来说是如此真实。", ja)
    # A quotation the source itself leaves open spans segments.
    assert "punctuation-brackets" not in codes("他说：“帕丁顿对他来说是如此真实。", ja)
    assert "punctuation-brackets" not in codes("", ja)  # no source: nothing to compare with


def test_a_bracket_lost_with_a_dropped_clause_is_part_of_the_omission():
    zh = "他说：“这是一个非常重要的决定，我们将继续推动双方在经济、文化和教育领域的合作。”"
    ja = "彼は「これは非常に重要な決定だと述べた。"
    flags = run_checks(zh, ja)
    assert "omission" in {f.category for f in flags}
    assert "punctuation-brackets" not in {f.code for f in flags}


def test_a_lost_full_stop_does_not_hide_an_unclosed_quotation():
    zh = "他说：“我们将继续推动合作。”"
    ja = "彼は「我々は協力を推進し続ける」と述べた"
    assert {"truncation-stop"} <= codes(zh, ja) and "punctuation-brackets" not in codes(zh, ja)
    unclosed = "彼は「我々は協力を推進し続けると述べた"
    assert {"truncation-stop", "punctuation-brackets"} <= codes(zh, unclosed)


def _document_brackets(targets: list[str]) -> list[list[str]]:
    flags = run_document_checks([("", t) for t in targets])
    return [
        [t[f.start] for f in fs if f.code == "punctuation-brackets"]
        for t, fs in zip(targets, flags, strict=True)
    ]


def test_a_quotation_over_several_sentences_of_japanese_with_no_source_is_left_alone():
    targets = ["彼は次のように語った。「我々は協力を続ける。", "双方の交流はさらに深まるだろう」。", "以上。"]
    assert _document_brackets(targets) == [[], [], []]
    assert "punctuation-brackets" not in codes("", targets[1])  # alone, a segment says nothing


def test_brackets_that_close_nowhere_in_a_document_with_no_source():
    # Seed 003: the MT split a sentence inside a quotation, leaving 出展」 with nothing open.
    targets = [
        "近年、市外務華僑事務局は専門家を組織し、国際会議に参加しています。",
        "出展」、トルコ・アンタルヤ、香港「ベトナム中西部経済回廊博覧会」など活動。",
        "最後に「上海市民マラソン」と「長寧の夜に参加した。",
    ]
    assert _document_brackets(targets) == [[], ["」"], ["「"]]


def test_look_alike_marks_are_named_by_code_point():
    ja = "ジョン·スミス氏が東京に来た。"
    [flag] = [f for f in run_checks("ジョン·スミス来到东京。", ja) if f.code == "punctuation-chinese"]
    assert "U+00B7" in flag.message and "U+30FB" in flag.message


def test_a_title_rendered_in_corner_brackets_that_never_close():
    zh = "乐团演奏了交响诗《春之海》，赢得了观众的掌声。"
    ja = "楽団は交響詩「春之海を演奏し、観客の拍手を浴びた。"
    flags = [f for f in run_checks(zh, ja) if f.code == "punctuation-brackets"]
    assert [ja[f.start] for f in flags] == ["「"]
    assert "punctuation-brackets" not in codes(zh, ja.replace("春之海を", "春之海」を"))
    # Closed but never opened: the title's rendering ends at the stray 」.
    assert "punctuation-brackets" in codes(zh, "楽団は交響詩春之海」を演奏し、観客の拍手を浴びた。")


def test_a_colon_between_a_particle_and_a_quotation():
    ja = "山田社長は：「来年も海外の工場を増やします」と語った。"
    flags = [f for f in run_checks("山田社长说：“明年还将增加海外工厂。”", ja) if f.category == "punctuation"]
    assert [(ja[f.start : f.end], f.fix) for f in flags] == [("：", "")]
    assert "punctuation" not in categories("", "山田社長は「来年も海外の工場を増やします」と語った。")
    # A colon after a noun labels what follows (a heading, a time): Japanese writes that too.
    assert "punctuation" not in categories("", "発表：「来年も工場を増やす」")
    assert "punctuation" not in categories("", "開始時刻：午前10時。")


def test_an_ascii_colon_ending_a_sentence_but_not_one_inside_it():
    # The source's ： before a list, kept half-width at the end of the Japanese sentence.
    ja = "市長は来年の仕事に三つの要望を述べた:"
    flags = [f for f in run_checks("市长对明年的工作提出三点希望：", ja) if f.category == "punctuation"]
    assert [(ja[f.start : f.end], f.fix) for f in flags] == [(":", "：")]
    assert "punctuation" not in categories("", "2005年: 大地震が起きた。")
    assert "punctuation" not in categories("", "市長は来年の仕事に三つの要望を述べた：")


def test_ascii_quotation_marks_around_japanese():
    zh = "她提醒出境人员及时进行“出国登记”。"
    flags = [
        f
        for f in run_checks(zh, '出国者は速やかに"出国登録"を行うよう呼びかけた。')
        if f.category == "punctuation"
    ]
    assert [f.fix for f in flags] == ["「", "」"]
    # Two Latin words quoted: the と between the second and third mark is no quotation.
    assert "punctuation" not in categories("", '党内で"Twp"と"Pwp"の韻を踏んでしまう。')
    assert "punctuation" not in categories(zh, "出国者は速やかに「出国登録」を行うよう呼びかけた。")


def test_ascii_single_quotes_inside_a_quotation():
    zh = "她说：“我想为‘一带一路’建设贡献力量。”"
    flags = [
        f
        for f in run_checks(zh, "「'一帯一路'の建設に力を尽くしたい」と語った。")
        if f.category == "punctuation"
    ]
    assert [f.fix for f in flags] == ["『", "』"]
    assert "punctuation" not in categories("", "He said it's fine and don't worry.")
