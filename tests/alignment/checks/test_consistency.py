"""One source term rendered in different ways within a document, or otherwise than the project
approved it in other documents."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from alignment.checks import CheckConfig, run_checks, run_document_checks
from alignment.checks.consistency import (
    _MAX_TERM,
    _SKIP,
    Reference,
    katakana_variants,
    source_terms,
    spelling_key,
)
from alignment.checks.origins import cedict_common, word_glosses


def _consistency(
    pairs: list[tuple[str, str]], config: CheckConfig | None = None, references: tuple[Reference, ...] = ()
) -> list[list[str]]:
    """Per segment, the spans (or messages, for a flag without span) of the consistency flags."""
    out = run_document_checks(pairs, config=config, references=references)
    return [
        [
            t[f.start : f.end] if f.start is not None else f.message
            for f in flags
            if f.code == "terminology-consistency"
        ]
        for (_, t), flags in zip(pairs, out, strict=True)
    ]


# Seed 000 (machine translation of 002): 外事 is 外事 in one sentence and 外交 in another.
WAISHI = [
    ("长宁区外事办围绕重要节点开展工作。", "長寧区外事弁公室は重要な節目を中心に業務を展開した。"),
    ("长宁区积极利用区域资源开展外事活动。", "長寧区は地域の資源を積極的に活用して外交活動を行った。"),
]


def test_a_term_written_with_another_kanji_word_is_flagged_on_that_word():
    assert _consistency(WAISHI) == [[], ["外交"]]
    message = next(f.message for f in run_document_checks(WAISHI)[1] if f.code == "terminology-consistency")
    assert "外事" in message and "segment 1" in message


def test_kanji_in_one_segment_and_a_loanword_in_another():
    pairs = [
        ("我们整合各方资源。", "私たちは各方面の資源を統合する。"),
        ("我们整合各方资源。", "私たちは各方面の資源を統合した。"),
        ("区里共享资源和信息。", "区はリソースと情報を共有する。"),
    ]
    flags = _consistency(pairs)
    assert flags[2] == ["リソース"]
    assert flags[0] == []  # the usual rendering (資源, twice) is the reference


def test_neither_two_spellings_of_one_loanword_nor_two_senses_of_one_term():
    # Both spellings are Japanese: neither is wrong (within a document; a project's approved
    # spelling still holds, below).
    spelled = [
        ("全球公民节在纽约举行。", "グローバル・シティズン・フェスティバルがニューヨークで開かれた。"),
        ("全球公民的承诺很重要。", "グローバル・シチズンの約束は重要だ。"),
    ]
    assert _consistency(spelled) == [[], []]
    approved = (Reference("全球公民节", "グローバル・シティズン・フェスティバル", "002.txt, row 1"),)
    assert _consistency(spelled[1:], references=approved) == [["シチズン"]]
    senses = [
        ("他擅长管理。", "彼はマネジメントが得意だ。"),
        ("他现在负责管理球队。", "彼は今チームのマネージャーを務めている。"),
    ]
    assert _consistency(senses) == [[], []]


def test_names_dropped_in_later_sentences_are_not_inconsistent():
    pairs = [
        ("叙利亚外长穆阿利姆在联合国大会上发言。", "シリアのムアレム外相は国連総会で演説した。"),
        ("他说叙利亚的局势正在缓和。", "同氏によると、情勢は落ち着きつつあるという。"),
    ]
    assert "叙利亚" not in [t for t, _, _ in source_terms(pairs[1][0])]
    assert _consistency(pairs) == [[], []]


def test_a_paraphrase_without_anchor_is_not_guessed():
    pairs = [
        ("长宁外事品牌走出去。", "長寧の外事ブランドが世界へ。"),
        ("这是一次成功的尝试。", "これは成功した試みだった。"),
    ]
    assert _consistency(pairs) == [[], []]


def test_the_check_needs_a_document_and_can_be_ignored():
    assert not [f for f in run_checks(*WAISHI[1]) if f.code == "terminology-consistency"]
    ignored = CheckConfig(ignored=frozenset({"terminology-consistency"}))
    assert _consistency(WAISHI, ignored) == [[], []]


def test_one_position_checked_in_the_context_of_its_document():
    assert [[f.code for f in flags] for flags in run_document_checks(WAISHI, only=0)] == [[], []]
    only = run_document_checks(WAISHI, only=1)
    assert only[0] == [] and "terminology-consistency" in [f.code for f in only[1]]


def test_a_term_used_twice_in_one_sentence_is_judged_at_each_place():
    # Seed 000: 外事办 → 外事弁公室 but 外事活动 → 外交活動 in the same sentence.
    pairs = [
        (
            "今年,长宁区外事办围绕重要节点,积极利用区域资源开展外事活动。",
            "区の外事弁公室は、今年、重要な節目を迎え、外交活動を行うために地域のリソースを積極的に使用した。",
        )
    ]
    [flags] = run_document_checks(pairs)
    found = [f for f in flags if f.code == "terminology-consistency"]
    assert [pairs[0][1][f.start : f.end] for f in found] == ["外交"]
    assert "elsewhere in this segment" in found[0].message


def test_one_katakana_word_spelled_two_ways_in_a_document():
    # Seed 001: the consul general is アンドレーエフ in one sentence and アンドレイエフ in the next.
    pairs = [
        ("", "区長は在上海ベラルーシ総領事館のアンドレイ・アンドレーエフ総領事と会談した。"),
        ("", "アンドレイ・アンドレイエフ氏は、協力プロジェクトを深めていくと述べた。"),
        ("", "コミュニティのお年寄りにランチを購入し、コミュニティの姿に感動した。"),
        ("", "国際コミュニティーの管理を体験した。"),
    ]
    out = run_document_checks(pairs)
    found = [
        [(t[f.start : f.end], f.fix) for f in flags if f.code == "terminology-variant"]
        for (_, t), flags in zip(pairs, out, strict=True)
    ]
    assert found == [[], [("アンドレイエフ", "アンドレーエフ")], [], [("コミュニティー", "コミュニティ")]]
    assert "segment 1" in next(f.message for f in out[1] if f.code == "terminology-variant")


def test_short_katakana_words_and_different_words_are_not_variants():
    pairs = [("", "ビールを飲んだ後、ビルに戻った。"), ("", "マネージャーとマネーの話をした。")]
    assert not [f for flags in run_document_checks(pairs) for f in flags if f.code == "terminology-variant"]


_KATAKANA = st.sampled_from(
    [
        "コミュニティ",
        "コミュニティー",
        "アンドレイエフ",
        "アンドレーエフ",
        "ヴァイオリン",
        "バイオリン",
        "ビル",
        "ビール",
        "・",
        "は",
        "、",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_KATAKANA, max_size=6).map("".join), min_size=1, max_size=5))
def test_a_variant_flag_points_at_another_spelling_of_the_same_word(targets):
    """Every variant flag spans a katakana word of its segment and offers the document's other,
    more frequent spelling of it: never the word itself, never a different word."""
    out = katakana_variants(targets)
    assert len(out) == len(targets)
    for target, findings in zip(targets, out, strict=True):
        for f in findings:
            word = target[f.start : f.end]
            assert f.fix != word and spelling_key(f.fix) == spelling_key(word)
            assert f.fix in "".join(targets)


APPROVED_WAISHI = Reference("区外事办组织外事活动。", "区外事弁公室は外事活動を企画した。", "001.txt, row 7")


def test_a_term_used_once_is_held_to_what_the_project_approved():
    once = [
        ("长宁区积极利用区域资源开展外事活动。", "長寧区は地域の資源を積極的に活用して外交活動を行った。")
    ]
    assert _consistency(once) == [[]]  # alone in its document: nothing to compare with
    assert _consistency(once, references=(APPROVED_WAISHI,)) == [["外交"]]
    flag = next(
        f
        for f in run_document_checks(once, references=(APPROVED_WAISHI,))[0]
        if f.code == "terminology-consistency"
    )
    assert "approved 001.txt, row 7" in flag.message and flag.fix == "外事"


def test_the_project_decision_outweighs_the_document_majority():
    pairs = [
        ("我们整合各方资源。", "私たちは各方面のリソースを統合する。"),
        ("区里共享资源和信息。", "区はリソースと情報を共有する。"),
    ]
    assert _consistency(pairs) == [[], []]
    approved = (Reference("整合资源。", "資源を統合する。", "000.txt, row 3"),)
    assert _consistency(pairs, references=approved) == [["リソース"], ["リソース"]]
    # A reference that does not hold the term changes nothing.
    unrelated = (Reference("他们开会。", "彼らは会議を開いた。", "000.txt, row 4"),)
    assert _consistency(pairs, references=unrelated) == [[], []]


def test_a_sentence_the_project_approved_otherwise():
    source = "长宁区与12个城市结为友好城市。"
    approved = (Reference(source, "長寧区は12の都市と友好都市になった。", "000.txt, row 9"),)
    same = [(source, "長寧区は12の都市と友好都市になった。")]
    other = [(source, "長寧区は12都市と姉妹都市関係を結んだ。")]
    assert _consistency(same, references=approved) == [[]]
    (message,) = _consistency(other, references=approved)[0]
    assert "approved 000.txt, row 9" in message


def test_the_term_s_own_kanji_word_is_not_replaced_by_the_usual_loanword():
    pairs = [
        ("我们共享资源。", "私たちはリソースを共有する。"),
        ("各方资源很丰富。", "各方面のリソースは豊富だ。"),
        ("我们保护这些资源。", "私たちはこれらの資源を守る。"),
    ]
    assert _consistency(pairs) == [[], [], []]


def test_a_spelling_is_never_said_to_be_spelled_otherwise_in_its_own_segment():
    targets = [
        "会議は午後に始まった。",
        "コンピューターとコンピュータの違いを、コンピュータで調べた。",
        "古いコンピューターを使う。",
        "新しいコンピュータを買う。",
    ]
    found = katakana_variants(targets)
    assert [f.message for f in found[1]] == ["'コンピューター' is spelled 'コンピュータ' in segment 4"]
    alone = katakana_variants(targets[:2])
    assert [f.message for f in alone[1]] == [
        "'コンピューター' is spelled 'コンピュータ' elsewhere in this segment"
    ]


def _fixes(pairs: list[tuple[str, str]], references: tuple[Reference, ...] = ()) -> list[list[tuple]]:
    out = run_document_checks(pairs, references=references)
    return [
        [(t[f.start : f.end], f.fix) for f in flags if f.code == "terminology-consistency"]
        for (_, t), flags in zip(pairs, out, strict=True)
    ]


def test_a_located_variant_is_fixed_only_into_a_compound_the_reference_writes():
    # 文化活動 is written in the first row: 文学活動 → 文化活動 is a mechanical fix.
    written = [
        ("区里每年举办文化活动。", "区は毎年文化活動を開催している。"),
        ("居民积极参加文化活动。", "住民は文学活動に積極的に参加した。"),
    ]
    assert _fixes(written) == [[], [("文学", "文化")]]
    # The reference writes 文化 in another compound only: 文学広場 is flagged (one term, two
    # renderings), but the check does not coin 文化広場 for the reviewer.
    unwritten = [
        ("区里重视文化和教育。", "区は文化と教育を重視している。"),
        ("居民参观新建的文化广场。", "住民は新しい文学広場を見学した。"),
    ]
    assert _fixes(unwritten) == [[], [("文学", None)]]
    approved = (Reference("参观文化广场。", "文化広場を見学する。", "002.txt, row 4"),)
    assert _fixes(unwritten[1:], references=approved) == [[("文学", "文化")]]


def _terms_by_glosses(source: str) -> list[tuple[str, int, int]]:
    """source_terms as it was first written, asking every stretch for its glosses: the reference
    the candidate-set lookup must agree with."""
    out = []
    for m in re.finditer(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+", source):
        run, i = m.group(), 0
        while i < len(run):
            for j in range(min(len(run), i + _MAX_TERM), i + 1, -1):
                word = run[i:j]
                if word_glosses(word) and not any(c in _SKIP for c in word):
                    if word in cedict_common():
                        out.append((word, m.start() + i, m.start() + j))
                    i = j
                    break
            else:
                i += 1
    return out


@given(st.text(alphabet="合作经济发展中国家政府一年区外事活动资源的人民银行。A1", max_size=40))
@settings(max_examples=200, deadline=None)
def test_source_terms_match_asking_every_stretch(source):
    assert source_terms(source) == _terms_by_glosses(source)


def test_a_copy_japanese_does_not_write_is_flagged_beside_the_document_s_loanword():
    # 初創 is no Japanese word; the document itself writes the loanword (UniDic: start-up).
    pairs = [
        ("这家初创企业获得了投资。", "この初創企業は投資を獲得した。"),
        ("本市的初创企业越来越多。", "本市のスタートアップ企業はますます増えている。"),
    ]
    assert _consistency(pairs) == [["初創"], []]
    (flag,) = [f for f in run_document_checks(pairs)[0] if f.code == "terminology-consistency"]
    assert "スタートアップ" in flag.message and "startup" in flag.message
    assert flag.fix is None  # the loanword alone may not fit the copy's place


def test_the_loanword_is_the_reference_even_where_the_copy_is_more_common():
    pairs = [
        ("这家初创企业获得了投资。", "この初創企業は投資を獲得した。"),
        ("那些初创企业也很活跃。", "それらの初創企業も活発だ。"),
        ("本市的初创企业越来越多。", "本市のスタートアップ企業はますます増えている。"),
    ]
    assert _consistency(pairs) == [["初創"], ["初創"], []]


def test_a_variant_the_dictionaries_give_for_the_term_is_a_synonym_not_a_slip():
    # 地元 renders 地方 "local" as 地方 does; 外交 "diplomacy" does not render 外事.
    synonyms = [
        ("地方政府支持企业发展。", "地方政府は企業の発展を支援する。"),
        ("地方经济增长很快。", "地方経済は急速に成長した。"),
        ("地方政府加大投入。", "地元政府は投入を拡大した。"),
    ]
    assert _consistency(synonyms) == [[], [], []]
    assert _consistency(WAISHI) == [[], ["外交"]]


def test_a_copy_of_another_sense_is_flagged_where_the_document_renders_the_term_rightly():
    # 医院 "hospital" copied as 医院 (a clinic in Japanese), where the first row writes 病院.
    pairs = [
        ("常州市第一人民医院派出医疗队。", "常州市第一人民病院は医療チームを派遣した。"),
        ("专家在医院开展培训。", "専門家は医院で研修を行った。"),
        ("医院的医生很专业。", "医院の医師は専門的だ。"),
    ]
    assert _consistency(pairs) == [[], ["医院"], ["医院"]]
    flag = next(f for f in run_document_checks(pairs)[1] if f.code == "terminology-consistency")
    assert "病院" in flag.message and "hospital" in flag.message and flag.fix is None
    # Without the right rendering in the document the copy is the usual one, and nothing is flagged.
    assert _consistency(pairs[1:]) == [[], []]


# Terms no dictionary lists: an abbreviation and a two-word loan, each used in several sentences.
ZONGBAO = [
    ("综保区今年进出口额增长两成。", "総合保税区の今年の輸出入額は2割増えた。"),
    ("综保区新引进企业十五家。", "総合保税区は新たに企業15社を誘致した。"),
    ("综保区将进一步扩大开放。", "総合免税区はさらに開放を拡大する。"),
]


def test_a_recurring_abbreviation_spelled_out_with_one_of_its_characters_replaced():
    assert _consistency(ZONGBAO) == [[], [], ["総合免税区"]]
    flag = next(f for f in run_document_checks(ZONGBAO)[2] if f.code == "terminology-consistency")
    assert "综保区" in flag.message and "総合保税区" in flag.message and flag.fix == "総合保税区"


def test_an_abbreviation_rendered_by_a_pronoun_or_by_a_character_the_source_holds_is_not_flagged():
    pronoun = [*ZONGBAO[:2], ("综保区将进一步扩大开放。", "同区はさらに開放を拡大する。")]
    assert _consistency(pronoun) == [[], [], []]
    # 免 renders 免税 in this source: a word of the sentence, not a slip in the term.
    explained = [*ZONGBAO[:2], ("综保区将扩大免税开放。", "総合免税区は免税の開放を拡大する。")]
    assert _consistency(explained)[2] == []


def test_a_loanword_of_a_recurring_term_replaced_by_kanji_beside_the_other_loanword():
    pairs = [
        ("虚拟偶像在直播中演唱了新歌。", "バーチャルアイドルがライブ配信で新曲を歌った。"),
        ("这位虚拟偶像拥有百万粉丝。", "この仮想アイドルには100万人のファンがいる。"),
    ]
    assert _consistency(pairs) == [[], ["仮想アイドル"]]
    flag = next(f for f in run_document_checks(pairs)[1] if f.code == "terminology-consistency")
    assert "バーチャルアイドル" in flag.message and "segment 1" in flag.message


def test_a_recurring_term_in_kanji_throughout_or_in_loanwords_throughout_is_not_flagged():
    kanji = [
        ("虚拟偶像在直播中演唱了新歌。", "仮想アイドルがライブ配信で新曲を歌った。"),
        ("这位虚拟偶像拥有百万粉丝。", "この仮想アイドルには100万人のファンがいる。"),
    ]
    assert _consistency(kanji) == [[], []]
    loans = [
        (kanji[0][0], "バーチャルアイドルが新曲を歌った。"),
        (kanji[1][0], "このバーチャルアイドルは人気だ。"),
    ]
    assert _consistency(loans) == [[], []]


QIAOBAO = [
    ("许多侨胞回乡投资办厂。", "多くの華僑が故郷に戻って工場を建てた。"),
    ("侨胞们踊跃捐款支援灾区。", "僑胞たちは被災地支援のため進んで寄付した。"),
]


def test_a_copy_jmdict_lacks_is_flagged_beside_a_common_word_the_document_uses_for_the_term():
    assert _consistency(QIAOBAO) == [[], ["僑胞"]]
    flag = next(f for f in run_document_checks(QIAOBAO)[1] if f.code == "terminology-consistency")
    assert "華僑" in flag.message and "segment 1" in flag.message and flag.fix is None


def test_a_lone_copy_or_a_copy_inside_a_copied_name_is_not_flagged():
    assert _consistency([(QIAOBAO[0][0], "多くの人が故郷に戻って工場を建てた。"), QIAOBAO[1]]) == [[], []]
    name = ("侨胞联谊会举行年会。", "僑胞連誼会が年次総会を開いた。")
    assert _consistency([QIAOBAO[0], name]) == [[], []]


def test_a_term_contracted_beside_its_neighbour_is_no_variant():
    # 姊妹学校 → 姉妹校: 校 stands for 学校 after 姉妹; 妹校 before 交流 is no word of the target.
    pairs = [
        ("两省国际姊妹学校交流项目启动", "両省の国際姉妹校交流プログラムが始動"),
        ("目前，该省共有姊妹学校交流项目35个。", "現在、同省には姉妹校交流プログラムが35件ある。"),
        ("该学校交流项目由省教育厅主办。", "この学校交流プログラムは省教育庁が主催する。"),
    ]
    assert _consistency(pairs) == [[], [], []]


def test_a_stretch_starting_inside_a_word_is_no_term():
    # 统选举 of 总统选举 (总统 + 选举) repeats, but starts inside 总统: no term to render two ways.
    pairs = [
        ("智利总统选举第二轮投票结果揭晓", "チリ大統領選決選投票の結果が判明"),
        ("本次总统选举第二轮投票于周日举行。", "今回の大統領選挙の第2回投票は日曜日に行われた。"),
        ("总统选举第二轮投票率约为85%。", "大統領選挙の第2回投票の投票率は約85%だった。"),
    ]
    assert _consistency(pairs) == [[], [], []]


def test_a_copy_whose_last_character_begins_a_word_is_no_copy():
    # 市委員会 holds 市委, but as 市 + 委員会: the term is rendered, not copied.
    pairs = [
        ("中共安庆市委十一届五次全体会议召开", "中国共産党安慶市委員会第11期第5回全体会議が開催"),
        (
            "全会由市委常委会主持，市委书记李华作报告，并就《中共安庆市委关于加快发展的决定》作说明。",
            "全会は市党委員会常務委員会が主宰し、市党委員会書記の李華氏が報告を行い、「中共安慶市委員会の発展加速に関する決定」について説明した。",
        ),
        (
            "全会听取了李华受市委常委会委托所作的报告。",
            "全会は李華氏が市党委員会常務委員会の委託を受けて行った報告を聴取した。",
        ),
        ("全会递补王强为市委委员。", "全会は王強氏を市党委員会委員に繰り上げ補充した。"),
    ]
    assert _consistency(pairs) == [[], [], [], []]


def test_a_rendering_with_a_character_added_is_no_substitution():
    # 区党委員会書記 is 区委員会書記 with 党 put in: fuller, not 区 replaced by 党.
    pairs = [
        ("区委书记、管委会主任王海出席活动。", "区党委員会書記で管理委員会主任の王海氏が出席した。"),
        ("区委书记王海在会上讲话。", "区委員会書記の王海氏が会議で講話した。"),
        ("会议由区委书记王海主持。", "会議は区委員会書記の王海氏が主宰した。"),
    ]
    assert _consistency(pairs) == [[], [], []]


def test_a_variant_that_renders_another_word_of_the_source_is_no_variant():
    # 热带植物 … 热带作物: the first 植物 beside 熱帯 renders the source's own 植物, not 作物.
    pairs = [
        ("该所培育热带作物新品种。", "同研究所は熱帯作物の新品種を育成している。"),
        ("园区展示热带植物和热带作物。", "園区では熱帯植物と熱帯作物を展示している。"),
    ]
    assert _consistency(pairs) == [[], []]


def test_a_variant_must_be_a_word_of_the_target():
    # 国际光电展 → 国際光技術展: 光技 is the start of 光技術, not a word standing for 光电.
    pairs = [
        ("光电产业是该市的支柱产业。", "光電産業は同市の基幹産業だ。"),
        ("企业将参加国际光电展。", "企業は国際光技術展に参加する。"),
    ]
    assert _consistency(pairs) == [[], []]
    # A whole word in the term's place is still a variant.
    assert _consistency([(*pairs[0],), ("企业将参加国际光电展。", "企業は国際光学展に参加する。")]) == [
        [],
        ["光学"],
    ]


def test_the_same_term_in_two_countries_names_is_not_compared():
    # 中国科学院 and 奥地利科学院 are two academies, each called as it calls itself.
    pairs = [
        ("中国科学院与多国开展合作。", "中国科学院は多くの国と協力している。"),
        ("中国科学院院士出席。", "中国科学院の院士が出席した。"),
        ("奥地利科学院院长致辞。", "オーストリア科学アカデミーの総裁があいさつした。"),
    ]
    assert _consistency(pairs) == [[], [], []]


def test_a_copy_beside_the_abbreviation_spelled_out_is_not_flagged():
    # 农机 → 農機 is the abbreviation Japanese writes; 農業機械 elsewhere spells it out.
    pairs = [
        ("农机企业参加展会。", "農業機械メーカーが展示会に参加した。"),
        ("该市农机产量居全省首位。", "同市の農機生産量は省内首位だ。"),
    ]
    assert _consistency(pairs) == [[], []]


def test_a_loanword_compound_the_dictionary_holds_whole_is_one_word():
    # キャンパスライフ renders 校园生活 whole: its ライフ is no rendering of 生活 beside 生活.
    pairs = [
        ("她讲述了自己在上海工作生活的经历。", "彼女は上海での仕事と生活の経験を語った。"),
        (
            "留学生们就签证办理、校园生活等提出了建议。",
            "留学生たちはビザの手続きやキャンパスライフなどについて提案した。",
        ),
    ]
    assert _consistency(pairs) == [[], []]


def test_a_variant_must_start_where_a_word_of_the_target_starts():
    # 汽车产业 → 自動車産業: 産業 anchors the term, and the two characters before it, 動車, are
    # the tail of 自動車, no word standing for 汽车.
    pairs = [
        ("这家老工厂过去生产汽车零件。", "この古い工場はかつて汽車の部品を生産していた。"),
        ("政府出台了扶持汽车产业的新政策。", "政府は自動車産業を支援する新たな政策を打ち出した。"),
    ]
    assert _consistency(pairs) == [[], []]


def test_a_false_friend_inside_a_universitys_name_is_its_name() -> None:
    # The press keeps a Chinese university's kanji (武漢工程大学): 工程 there is no false friend and
    # no second rendering beside 工学 for 工程 "engineering" elsewhere.
    pairs = [
        ("武汉工程大学与德国高校合作办学。", "武漢工程大学がドイツの大学と共同で学校を運営する。"),
        ("双方将在化学工程领域开展联合研究。", "双方は化学工学の分野で共同研究を行う。"),
        ("武汉工程大学校长出席仪式。", "武漢工程大学の学長が式典に出席した。"),
    ]
    found = run_document_checks(pairs)
    assert not [
        f.code
        for fs in found
        for f in fs
        if f.code in ("mistranslation-false-friend", "terminology-consistency")
    ]
    alone = run_checks("双方将在化学工程领域开展联合研究。", "双方は化学工程の分野で共同研究を行う。")
    assert "mistranslation-false-friend" in [f.code for f in alone]
