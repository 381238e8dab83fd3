"""Additions: a trailing clause with nothing of the source in it."""

from alignment.checks import run_checks
from alignment.checks.base import CheckConfig, Segment
from alignment.checks.content import _LATIN_GLOSS_RE, _TARGET_GLOSS_RE, _content_units, _without_glosses
from alignment.checks.entities import rendered_positions
from alignment.checks.origins import head_glosses, stem
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


def test_an_added_clause_that_is_cut_off_is_also_truncated():
    # Seed 001: the clause comes from a longer version of the article, and the MT lost its ending.
    zh = "活动中，双方正式结为友城，这也是上海各区目前唯一一个在国家层面签订的友城。"
    ja = (
        "双方が姉妹都市として正式に結ばれた。これは現在、上海の区の中で全国レベルで署名された唯一の"
        "姉妹都市であり、両地が協力・交流を深め、拡大していくための新たな出発点となってい"
    )
    found = {f.code: ja[f.start : f.end] for f in run_checks(zh, ja) if f.start is not None}
    assert found["addition-clause"].startswith("両地が")
    assert found["truncation"].endswith("てい")


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


def test_dropped_clause_is_flagged_as_an_omission():
    zh = "市长在记者会上表示，去年冬天在河边发现了大量死鱼，但当时确定不是工厂排放造成的。"
    ja = "市長は会見で、工場の排水が原因ではないと判明していたと述べた。"
    flags = [f for f in run_checks(zh, ja) if f.code == "omission-clause"]
    assert flags and flags[0].start is None
    assert "死鱼" in flags[0].message


def test_the_omission_names_the_clause_that_lost_most():
    # Seed 000: the short 市媒平台上 lost two characters, the long clause about ten foreigners
    # lost everything; the reviewer is shown the latter.
    zh = (
        "今年以来，各类央媒、市媒平台上，长宁外事工作报道共计102篇；生活、工作在长宁的10余名外籍人士"
        "参与了市政府《百年大党——老外讲故事》百集融媒体系列拍摄。"
    )
    ja = "今年に入ってから、長寧での外交に関するレポートは、中央の各種メディアで合計102本発表された。"
    flags = [f for f in run_checks(zh, ja) if f.code == "omission-clause"]
    assert len(flags) == 1 and "10余名外籍人士" in flags[0].message


def test_reworded_clause_and_transliterated_names_are_not_omissions():
    # every clause reaches the target: names by pronunciation, Latin tokens as they are
    zh = "穆阿利姆表示，包括 PBS 和 CNN 在内的电视台都播放了这场听证会。"
    ja = "ムアレム氏によると、PBSやCNNを含むテレビ局がこの公聴会を放送した。"
    assert "omission" not in categories(zh, ja)
    # a full-length translation that rewords a clause is not an omission either
    zh = "市长在记者会上表示，去年冬天在河边发现了大量死鱼。"
    ja = "市長は会見で、昨年の冬に川辺でたくさんの魚の死骸が見つかったと述べた。"
    assert "omission" not in categories(zh, ja)


def test_latin_names_written_in_katakana_reach_the_target():
    # Nottingham East is rendered as ノッティンガムイースト: the clause is not dropped.
    zh = "克里斯·莱斯利（Chris Leslie） 是 Nottingham East 的议员"
    ja = "クリス・レスリーはノッティンガムイーストのMPである"
    assert "omission-clause" not in codes(zh, ja)


def test_names_and_loanwords_reach_the_target_for_omission():
    # 卡瓦诺 as カバノー, 墨西哥 "Mexico" as メキシコ, 英里 "mile" as マイル, 联邦调查局 "FBI" as
    # FBI, 周五 as 金曜日: none shares a kanji with the target, all are rendered.
    zh = "联邦调查局周五表示卡瓦诺在墨西哥以南385英里处"
    seg = Segment(zh, "FBIは金曜日、カバノーがメキシコの南385マイルにいたと述べた。", CheckConfig())
    rendered = rendered_positions(seg.source, seg.target_kana)
    for word in ("联邦调查局", "卡瓦诺", "墨西哥", "英里"):
        start = zh.index(word)
        assert set(range(start, start + len(word))) <= rendered, word
    assert "omission" not in categories(
        "美国联邦调查局开始调查布雷特·卡瓦诺，他未来的去向悬而未决",
        "FBI 捜査開始によりブレットカバノ一の未来が予測不可能に",
    )


def test_a_gloss_names_what_it_names_not_what_it_explains():
    # 盐湖城 "Salt Lake City, capital of Utah": ユタ does not render Salt Lake City.
    stems, proper = head_glosses("盐湖城")
    assert stem("utah") not in stems and "Utah" not in proper
    assert {stem("salt"), stem("lake"), stem("city")} <= stems
    assert stem("fbi") in head_glosses("联邦调查局")[0]


def test_a_short_name_glossed_by_its_latin_original_is_rendered_with_it():
    zh = "Goldsmith 先生告诉“星期日电讯报（Sunday Telegraph）”"
    rendered = rendered_positions(zh, "ゴールドスミス氏は日曜日のテレグラフにこう言う。")
    start = zh.index("星期日电讯报")
    assert set(range(start, start + 6)) <= rendered


def test_figures_and_common_words_count_for_a_clause():
    # 7 is in 午前7時; 出于安全 is 出于 + 安全 (安全確保), not a transliterated name 于安.
    def clauses(zh: str, ja: str) -> list[str]:
        return [f.message for f in run_checks(zh, ja) if f.code == "omission-clause"]

    assert not any(
        "7 点" in m
        for m in clauses(
            "此次鲨鱼袭人事件发生在Encinita 的 Beacon 海滩附近，时间刚好早上 7 点之前。",
            "ちょうど午前7時前に、エンシニタスのビーコンビーチで発生した。",
        )
    )
    assert not any(
        "安全" in m
        for m in clauses(
            "出于安全考虑，以及事件调查的需要，官方已关闭了从Casablad 的 Ponto 海滩通往 Ecinitas 的Swami's  的海滩入口48 小时。",
            "調査と安全確保のために、当局はカサブラッドのポントビーチからエシニタスのスワミビーチまでを48時間封鎖した。",
        )
    )


def test_a_latin_original_in_brackets_is_no_length_the_target_owes():
    zh = "超过 2000 万人收看了卡瓦诺（Brett Kavanaugh）性侵听证会"
    ja = "2000万人以上がブレット・カヴァノーの聴取をみる"
    assert "omission" not in categories(zh, ja)
    # Without its gloss the same source still owes its content: a halved target is short.
    assert "omission" in categories(zh, "2000万人以上が見た")


def test_a_cut_off_target_must_be_short_beyond_its_lost_ending():
    # The lost て/いる makes the target look short; the reworded first clause is no omission.
    zh = "警察已敦促该地区居民挺身而出，提供相关线索。"
    assert "omission" not in categories(zh, "警察は地域の人々に情報提供を呼びかけてい")
    # A clause really dropped from a cut-off target is still reported.
    zh = "英国的大门将永远向那些，打算在这里居住、工作和创造美好生活的人们敞开，政府发言人周一在伦敦表示。"
    assert "omission" in categories(zh, "英国は常に門戸を開い")


def test_a_loanword_naming_a_source_word_supports_a_clause():
    # スタジオ is 演播室 "studio": the last clause renders the source, it was not added.
    zh = "他的言论引来观众两次嘘声，而SNL演员也面露尴尬，《综艺》报道其中一人告诉发行人：“整个演播室一片寂静。”"
    ja = (
        "彼のコメントで聴衆から少なくとも2回ブーイングが起こり、SNLの出演者は困惑しているように見えたと"
        "『バラエティ』は報じ、その場にいた一人は次のように伝えたとしている。「スタジオ全体が静まり返った。」"
    )
    assert "addition" not in categories(zh, ja)


def test_an_english_original_the_translator_adds_is_no_added_text():
    zh = "有人提议应将 AM 的头衔改为MWP（威尔士议会议员)，这让有些 AM 惊愕不已。"
    ja = (
        "ウェールズ議会議員の呼称をAM (Assembly Member) からMWP (Member of the Welsh Parliament) "
        "に変えるべきだという提案によって、一部の議員の間には困惑が広がっている。"
    )
    assert "addition" not in categories(zh, ja)


def test_a_name_of_an_omitted_clause_is_reported_once_as_the_omission():
    zh = "警方发言人已确认，该名女子是 Birkenhead 本地人，其尸首是在一处房子里找到的。"
    ja = "警察のスポークスマンは、屋内で死亡していたことを確認した。"
    found = categories(zh, ja)
    assert "omission" in found
    assert "named_entity" not in found
    # Without the omission the missing name is reported as such.
    assert "named_entity" in categories(
        zh, "警察の報道官は、この女性が地元の住民であり、遺体は一軒の家の中で発見されたことを確認した。"
    )


def test_a_clause_the_target_is_too_long_to_have_lost_is_not_dropped():
    # A free rendering of the sentence's one long clause: short for the whole source, yet far too
    # long for what would be left without it, so the clause was reworded, not dropped.
    zh = "据报道，卡车司机在证词中情绪激动地表示自己百分之百确定这件事从未发生过。"
    assert "omission-clause" not in codes(zh, "報道によると、運転手はそんなことは絶対にないと熱く証言した。")
    # A short clause gone from a target that fits the rest is still a dropped clause.
    zh = "警方表示，目前已展开了全面调查，嫌疑人仍在逃。"
    assert "omission-clause" in codes(zh, "警察によると、容疑者はまだ逃走中だ。")


def test_a_cut_off_target_is_a_truncation_not_also_an_omission():
    # The target lost its end: truncation says so; its length and the source's last clause, which
    # the cut took, are no second defect.
    zh = "双方就技术合作、人员培训和市场开拓等问题进行了深入交流，并签署了合作备忘录。"
    found = codes(zh, "双方は技術協力や人材育成、市場開拓などについて")
    assert "truncation" in found
    assert not found & {"omission-length", "omission-clause"}


def test_a_clause_after_a_colon_is_judged_on_its_own():
    # The clause before the colon is rendered (計画, 意味); the one after it is gone.
    zh = "部长的计划还意味着：由于政府可以随时扣减农业补贴，许多农场可能无法继续经营。"
    flags = run_checks(zh, "大臣の計画は、多くの農場が経営を続けられないかもしれないことも意味する。")
    assert any(f.code == "omission-clause" and "扣减农业补贴" in f.message for f in flags)


def test_a_clause_reworded_with_other_words_of_the_same_sense_reaches_the_target():
    # 立即 as 即刻 (the sense lexicon offers it), 撤出 as 退場: the translator reworded the clause.
    zh = "球员们必须立即撤出球场，并在更衣室等候。"
    assert "omission-clause" not in codes(zh, "選手らは即刻退場し、更衣室で待つ。")


def test_clause_appended_to_a_target_only_somewhat_long_is_an_addition():
    # Real MT appends a plausible act to a sentence that is not much longer than usual (z 0.76):
    # no word of the tail reaches the source, by characters or through the sense lexicon.
    zh = "两市代表一致同意，明年在杭州举办首届青年交流论坛。"
    ja = "両市の代表は、来年杭州で第1回青年交流フォーラムを開催することで一致し、記念撮影に臨んだ。"
    flags = [f for f in run_checks(zh, ja) if f.code == "addition-clause"]
    assert flags
    assert ja[flags[0].start : flags[0].end] == "記念撮影に臨んだ"


def test_free_rendering_the_lexicon_aligns_is_no_addition():
    # 万雷の拍手 shares no character with 阵阵掌声, but the sense lexicon gives 拍手 for 掌声.
    zh = "乐团在音乐节上演奏了五首中国民歌，赢得阵阵掌声。"
    ja = "楽団は音楽祭のステージで中国の民謡を5曲演奏し、会場からは万雷の拍手が送られた。"
    assert "addition" not in categories(zh, ja)


def test_a_compound_is_one_unit_of_content():
    units = _content_units("ホスピタリティ業界に移動する準備が整った")
    assert ["".join(t.surface for t in u) for u in units] == ["ホスピタリティ業界", "移動", "準備", "整っ"]


def test_glosses_are_looked_for_only_where_a_bracket_opens_on_a_latin_letter():
    # The patterns are run only where a bracket, blanks and a Latin letter stand together: on
    # sentences with and without such brackets, the result is the patterns' own.
    pairs = [
        ("气象局（Met Office）发布了预警。", "気象庁（Met Office）が警報を出した。"),
        ("气象局( met office )发布了预警。", "気象庁が警報を出した。"),
        ("（3）气象局发布了预警。", "（3）気象庁が警報を出した。"),
        ("气象局(下称气象局)发布了预警。", "気象庁（以下、気象庁）が警報を出した。"),
        ("气象局发布了预警。", "気象庁 (JMA) が警報を出した。"),
        ("气象局（ Met）", "気象庁（\u3000JMA）"),
        ("", ""),
    ]
    for zh, ja in pairs:
        for text, pattern, other in ((zh, _LATIN_GLOSS_RE, ja), (ja, _TARGET_GLOSS_RE, zh)):
            lower = other.lower()
            full = pattern.sub(
                lambda m, lower=lower: m.group() if m.group().strip(" （）()").lower() in lower else "", text
            )
            assert _without_glosses(text, pattern, other) == full, text


def test_the_normalised_source_is_read_once_per_segment():
    seg = Segment("营收增长３０％，达到１２亿元。", "売上高は30%増の12億元。", CheckConfig())
    assert seg.source_norm == "营收增长30%,达到12亿元。"
    assert seg.bridged.startswith("営収増長30%")


def test_a_figure_the_source_writes_in_chinese_numerals_is_no_added_clause():
    # 近九成 → 9割近く, 一小时 → 1時間: the figures of the tail are the source's.
    zh = "其中，汽车业务营收为315亿美元，占总营收的近六成。"
    assert "addition-clause" not in codes(
        zh, "このうち自動車部門の売上高は315億ドルで、全体の6割近くを占めた。"
    )
    zh = "来自肯尼亚的学生马丁第一次尝试直播，一小时内就吸引了两千多名观众。"
    ja = "ケニアから来た学生のマーティンさんは初めてライブ配信に挑戦し、1時間で2000人を超える視聴者を集めた。"
    assert "addition-clause" not in codes(zh, ja)


def test_a_name_the_target_gives_by_the_abbreviation_the_source_brackets_is_rendered():
    # 世界卫生组织（WHO） → WHO: the name is there, in the letters the reader knows it by.
    zh = "据主办方国际奥林匹克委员会（IOC）统计，共有约20万名观众入场观看了比赛。"
    assert "omission-clause" not in codes(zh, "主催するIOCによると、観客は約20万人だった。")
    assert "omission-clause" in codes(
        "据主办方国际奥林匹克委员会统计，共有约20万名观众入场观看了比赛。",
        "観客は約20万人だった。",
    )


def test_a_clause_dropped_from_a_word_for_word_translation_of_usual_length():
    # The other clauses reach the target word for word; the last has nothing in it, though the
    # target is not short: MT dropped it and wrote the rest out at length.
    zh = "同时，浙江将推动纺织企业与意大利时装品牌开展设计合作，并在米兰设立联络办公室。"
    ja = "同時に、浙江省は紡織企業とイタリアのファッションブランドとのデザイン協力を推進していく。"
    flags = [f for f in run_checks(zh, ja) if f.code == "omission-clause"]
    assert len(flags) == 1 and "米兰" in flags[0].message
    # Said in other words the encoder knows (活动现场 as 会場), it is no omission.
    zh = "活动现场，江苏省5家企业与德国的8家采购商签订了合作协议，签约金额达2000万欧元。"
    ja = "会場では、江蘇省の企業5社がドイツのバイヤー8社と協力協定を結び、契約額は2000万ユーロに達した。"
    assert "omission-clause" not in codes(zh, ja)


def test_an_added_clause_that_repeats_a_word_the_rest_renders_supports_nothing():
    # 最大 renders the source's 最大 in the head already; repeated in an appended claim, it is no
    # counterpart of the claim.
    zh = "据悉，这是东盟国家企业在广西投资规模最大的农业项目。"
    ja = "これはASEAN諸国の企業による広西での投資規模が最大の農業プロジェクトであり、中国南部全体でも最大となる。"
    flags = [f for f in run_checks(zh, ja) if f.code == "addition-clause"]
    assert [ja[f.start : f.end] for f in flags] == ["中国南部全体でも最大となる"]
    # Where the source says it twice, the tail renders its second mention.
    zh = "据悉，这是东盟国家企业在广西投资规模最大的农业项目，也是中国南部最大的项目。"
    assert "addition-clause" not in codes(
        zh,
        "これはASEAN諸国の企業による広西での投資規模が最大の農業プロジェクトであり、中国南部でも最大となる。",
    )
