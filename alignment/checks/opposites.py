"""A word rendered by its opposite: 出口 "export" as 輸入 "import", 闭幕 as 開幕, 民营 as 国有.

MT reverses a meaning most often in pairs of words that share a context and differ in one
character or sense: export and import, opening and closing, domestic and overseas, upstream and
downstream, bilateral and multilateral, a surplus and a deficit. The number and trend checks see
figures and their direction; nothing sees these. The rule reads a closed table of such pairs: the
source names one side only, the target the other side only. A sentence that names both sides on
either language (进出口, 国内外, 開会式と閉会式) is left alone: which of its words renders which
cannot be told without alignment, and a free rendering may say the pair the other way round.
The same reading, with its own table, sees a change's degree turned around (小幅 as 大幅, 暴跌 as
小幅下落, 快速 as 緩やか).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from alignment.checks.base import Check, Finding, Segment, gettext_noop
from alignment.checks.origins import segmented


class Opposite(NamedTuple):
    """Two meanings, each with the source's words and the target's words for it."""

    gloss_a: str
    zh_a: re.Pattern[str]
    ja_a: re.Pattern[str]
    gloss_b: str
    zh_b: re.Pattern[str]
    ja_b: re.Pattern[str]


def _pair(gloss_a: str, zh_a: str, ja_a: str, gloss_b: str, zh_b: str, ja_b: str) -> Opposite:
    return Opposite(gloss_a, re.compile(zh_a), re.compile(ja_a), gloss_b, re.compile(zh_b), re.compile(ja_b))


#: Before a source word whose negation means its opposite: 未出席 "absent", 尚未恢复 "not yet resumed".
_NOT = r"(?<![未不没])(?<!没有)"

#: Each row: one meaning and its words in Chinese and Japanese, then its opposite's. A word that
#: holds both (进出口, 国内外, 内外) is taken out before the table is read (_BOTH_RE).
OPPOSITES: tuple[Opposite, ...] = (
    _pair("export", r"出口(?!处)|输出", r"輸出", "import", r"进口|输入", r"輸入"),
    _pair(
        "opening",
        r"开幕|开园|开馆",
        r"開幕|開会|開園|開館",
        "closing",
        r"闭幕|闭园|闭馆",
        r"閉幕|閉会|閉園|閉館",
    ),
    _pair(
        "domestic",
        r"境内|国内",
        r"国内",
        "overseas",
        r"境外|海外|国外|出境|外国|外籍|外资|外商|外宾|外方|国际",
        r"海外|国外|外国",
    ),
    _pair(
        "inbound",
        r"入境|来华|访华",
        r"入国|インバウンド|訪中|来華",
        "outbound",
        r"出境",
        r"出国|アウトバウンド",
    ),
    _pair("upstream", r"上游", r"上流|川上", "downstream", r"下游", r"下流|川下"),
    _pair(
        "bilateral", r"双边", r"二国間|バイラテラル", "multilateral", r"多边", r"多国間|多角的|マルチラテラル"
    ),
    _pair("surplus", r"顺差|盈余", r"黒字", "deficit", r"逆差|赤字", r"赤字"),
    _pair(
        "state-owned", r"国有|国营|国企", r"国有|国営", "private", r"民营|私营|民企", r"民営|民間企業|私営"
    ),
    _pair("online", r"线上|在线|网上", r"オンライン|ネット|ウェブ", "offline", r"线下", r"オフライン|対面"),
    _pair("short-term", r"短期", r"短期", "long-term", r"长期", r"長期"),
    _pair("success", r"成功", r"成功", "failure", r"失败", r"失敗"),
    _pair("wholesale", r"批发", r"卸売|卸し", "retail", r"零售", r"小売"),
    _pair(
        "women's",
        r"女子|女性|妇女|女足|女排|女篮",
        r"女子|女性",
        "men's",
        r"男子|男性|男足|男排|男篮",
        r"男子|男性",
    ),
    _pair("open", r"开放", r"開放", "closed", r"关闭|封闭", r"閉鎖|封鎖"),
    _pair(
        "support", r"支持|赞成|拥护", r"支持|賛成|支援", "oppose", r"反对(?!派|党|势力)", r"反対(?!派|勢力)"
    ),
    _pair("arrival", r"抵达|到达|抵京|抵沪", r"到着", "departure", r"离开|出发|启程|离京", r"出発"),
    _pair(
        "buying",
        r"采购|购买|购入|买入",
        r"購入|調達|買い付け|仕入",
        "selling",
        r"销售(?!额|收入|量)|出售|售出|卖出|销往|零售",
        r"販売|売却|売り出",
    ),
    _pair(
        "approval", r"批准|核准", r"承認|批准|認可", "rejection", r"否决|驳回|拒绝", r"否決|却下|拒否|拒絶"
    ),
    _pair("advantage", r"优势", r"優位|強み|優勢|利点", "disadvantage", r"劣势", r"劣勢|弱み|不利"),
    _pair("highest", r"最高", r"最高", "lowest", r"最低", r"最低"),
    _pair("the most", r"最多", r"最も多|最多", "the fewest", r"最少", r"最も少な|最少"),
    _pair("urban", r"城市|城镇|市区", r"都市|都会|市街地", "rural", r"农村|乡村", r"農村|農山村"),
    _pair("hardware", r"硬件", r"ハードウェア|ハード面", "software", r"软件", r"ソフトウェア|ソフト面"),
    _pair(
        "allowed",
        r"(?<![不未])(?:允许|准许|许可)",
        r"許可|認め|容認",
        "forbidden",
        r"禁止|严禁|不得|不准|不允许",
        r"禁止|禁じ",
    ),
    _pair("satisfied", r"(?<![不太很够])满意", r"(?<!不)満足", "dissatisfied", r"不[太很够]?满", r"不満"),
    _pair(
        "ahead of time",
        r"提前",
        r"前倒し|予定より早|繰り上げ",
        "behind time",
        r"推迟|延期|延迟|滞后|延后",
        r"遅れ|延期|先送り|繰り延べ",
    ),
    _pair("in force", r"施行|实施|生效", r"施行|実施|発効", "abolished", r"废止|废除|撤销", r"廃止|撤廃"),
    _pair("close", r"密切|紧密|亲密", r"緊密|密接|親密", "distant", r"疏远|冷淡", r"疎遠|冷淡"),
    _pair(
        "completed",
        r"竣工|完工|建成|落成",
        r"竣工|完工|完成|落成",
        "begun",
        r"开工|动工|奠基|开建",
        r"着工|起工|定礎|建設を開始",
    ),
    _pair(
        "won",
        r"击败|战胜|获胜|胜出|夺冠",
        r"勝利|勝っ|破っ|下し|優勝",
        "lost",
        r"负于|输给|败给|不敌|告负|失利|落败|败北|输掉",
        r"敗れ|負け|敗戦|黒星",
    ),
    _pair(
        "started",
        r"开始|启动|开启",
        r"開始|始ま|始め|スタート",
        "ended",
        r"结束|终止|停止|中止",
        r"終了|終わ|停止|中止",
    ),
    _pair("joined", r"加入|加盟|入盟", r"加盟|加入", "left", r"退出|脱离", r"脱退|離脱"),
    _pair("profit", r"盈利|扭亏", r"黒字|利益を計上", "loss", r"亏损", r"赤字|損失"),
    _pair("public", r"公立", r"公立", "private", r"私立|民办", r"私立"),
    _pair(
        "first service",
        r"首班|首航|首发",
        r"初便|始発|一番列車|初就航|第1便",
        "last service",
        r"末班",
        r"最終便|終電|最終列車",
    ),
    _pair("positive", r"积极", r"積極", "negative", r"消极", r"消極"),
    _pair(
        "convenient", r"(?<!不)(?:方便|便利|便捷)", r"(?<!不)便利|簡便|手軽", "inconvenient", r"不便", r"不便"
    ),
    _pair("inflow", r"流入|净流入", r"流入", "outflow", r"流出|外流", r"流出"),
    _pair("employment", r"就业", r"雇用|就業|就職", "unemployment", r"失业|下岗", r"失業"),
    _pair("surplus", r"过剩|富余", r"過剰|余剰", "shortage", r"短缺|紧缺|不足|紧张", r"不足|逼迫|品薄"),
    _pair(
        "loosened", r"放宽|放松|松绑", r"緩和|緩め", "tightened", r"收紧|加严|从严", r"厳格化|引き締め|厳しく"
    ),
    _pair("legal", r"(?<![非不])合法", r"(?<![非不])合法", "illegal", r"非法|违法", r"違法|不法|非合法"),
    # --- office, law and the courts
    _pair(
        "appointed",
        r"任命|委任|任用|起用",
        r"任命|起用|任用",
        "dismissed",
        r"免去|免职|罢免|撤职|解职|解聘|撤换",
        r"解任|罷免|免職|解職|解雇",
    ),
    _pair(
        "took office",
        r"就任|上任|履新|接任|继任|出任|当选",
        r"就任",
        "left office",
        r"卸任|离任|辞职|辞去|去职|下台",
        r"退任|離任|辞任|辞職|退陣",
    ),
    _pair("acquitted", r"无罪", r"無罪", "convicted", r"有罪|定罪", r"有罪"),
    _pair("plaintiff", r"原告", r"原告", "defendant", r"被告", r"被告"),
    _pair(
        "detained",
        r"逮捕|拘留|羁押|拘押|扣押|扣留|被捕",
        r"逮捕|拘束|拘留|勾留",
        "released",
        r"释放|获释",
        r"釈放",
    ),
    # 出席しなかった, 合格しなかった say the other side in the target's own negation.
    _pair(
        "present",
        _NOT + r"出席",
        r"出席(?!し(?:なか|ない|ませ)|せず)",
        "absent",
        r"缺席|[未没不]出席|没有出席",
        r"欠席|出席し(?:なか|ない|ませ)|出席せず",
    ),
    _pair("official", r"(?<!非)正式", r"(?<!非)(?:正式|公式)", "unofficial", r"非正式", r"非公式|略式"),
    _pair(
        "temporary",
        r"临时",
        r"臨時|一時的|暫定",
        "permanent",
        r"永久|常设|常驻",
        r"恒久|常設|永久|常駐",
    ),
    _pair(
        "passed",
        r"(?<![不未])合格",
        r"(?<![不未])合格(?!し(?:なか|ない|ませ)|せず|でき(?:なか|ない|ませ))",
        "failed",
        r"[不未]合格",
        r"[不未]合格|合格し(?:なか|ない|ませ)|合格せず|合格でき(?:なか|ない|ませ)",
    ),
    # --- money and markets
    _pair(
        "lending",
        r"借出|出借|放贷|贷出",
        r"貸し出|貸出|貸し付|貸付|貸与",
        "borrowing",
        r"借入|借款|举债|借钱|借债",
        r"借り入|借入|借金|借り受|借りる|借りた|借りて",
    ),
    _pair(
        "listing",
        r"(?<!终止)上市",
        r"上場(?!廃止|停止)",
        "delisting",
        r"退市|摘牌|终止上市",
        r"上場廃止|上場を廃止|上場停止",
    ),
    _pair(
        "appreciation",
        r"升值|走强",
        r"(?:円|人民元|ドル|ユーロ|ウォン|ポンド|ルーブル|ルピー)高(?!官|騰)|切り上げ",
        "depreciation",
        r"贬值|走弱",
        r"(?:円|人民元|ドル|ユーロ|ウォン|ポンド|ルーブル|ルピー)安(?!全|定|心|価)|切り下げ",
    ),
    _pair("supply", r"供给|供应(?!链|商)|供货", r"供給", "demand", r"需求", r"需要"),
    _pair(
        "revenue",
        r"收入|营收|岁入|收益|营业额|销售额",
        r"収入|歳入|収益|売上",
        "expenditure",
        r"支出|开支|开销|岁出",
        r"支出|歳出|出費",
    ),
    _pair("credit", r"债权", r"債権", "debt", r"债务", r"債務|負債"),
    _pair("buyer", r"买方|买家", r"買い手|買い方|買主", "seller", r"卖方|卖家", r"売り手|売り方|売主"),
    _pair("rate rise", r"加息|升息", r"利上げ", "rate cut", r"降息|减息", r"利下げ"),
    _pair(
        "price rise",
        r"涨价|提价|调涨",
        r"値上げ|値上がり",
        "price cut",
        r"降价|减价|调降",
        r"値下げ|値下がり|値引き",
    ),
    _pair(
        "bull market",
        r"牛市",
        r"強気相場|ブル(?:相場|市場|マーケット)|上昇相場",
        "bear market",
        r"熊市",
        r"弱気相場|ベア(?:相場|市場|マーケット)|下落相場",
    ),
    _pair("limit up", r"涨停", r"ストップ高", "limit down", r"跌停", r"ストップ安"),
    _pair("net buying", r"净买", r"買い越", "net selling", r"净卖", r"売り越"),
    _pair(
        "market open",
        r"开盘|高开|低开",
        r"寄り付|始値|取引開始",
        "market close",
        r"收盘|收报|尾盘",
        r"終値|大引け|引け値|取引終了",
    ),
    _pair(
        "good news",
        r"利好",
        r"好材料|買い材料|プラス材料",
        "bad news",
        r"利空",
        r"悪材料|売り材料|マイナス材料",
    ),
    _pair("tailwind", r"顺风(?!车|耳)", r"追い風|順風", "headwind", r"逆风", r"逆風|向かい風"),
    _pair(
        "positive growth",
        r"正增长",
        r"プラス成長|プラスに転じ|プラス圏",
        "negative growth",
        r"负增长",
        r"マイナス成長|マイナスに転じ|マイナス圏",
    ),
    _pair(
        "year on year",
        r"同比",
        r"前年(?:同期|同月|比|に比べ|と比べ)",
        "on the previous period",
        r"环比",
        r"前月比|前期比|前四半期比|前週比",
    ),
    _pair("saving", r"节约|节省|节俭", r"節約|節減|倹約|節電|節水", "waste", r"浪费", r"浪費"),
    # --- judgement
    _pair("optimistic", r"(?<!不容)(?<![不太])乐观", r"(?<!不)楽観", "pessimistic", r"悲观", r"悲観"),
    _pair(
        "favourable",
        r"(?<!不)有利",
        r"有利(?!では|とは|でな|になら|に働か)|好都合",
        "unfavourable",
        r"不利",
        r"不利",
    ),
    _pair(
        "positive effect",
        r"正面(?=影响|效应|作用|评价|形象|的)|积极",
        r"好影響|肯定的|好意的|ポジティブ|プラス(?=の?(?:影響|効果|イメージ|要因|面))",
        "negative effect",
        r"负面|否定|消极",
        r"悪影響|否定的|ネガティブ|マイナス(?=の?(?:影響|効果|イメージ|要因|面))",
    ),
    _pair("active", r"主动", r"主体的|能動|自発", "passive", r"被动", r"受動|受け身"),
    _pair("majority", r"多数", r"多数", "minority", r"少数", r"少数"),
    _pair("the former", r"前者", r"前者", "the latter", r"后者", r"後者"),
    # --- time
    _pair(
        "first half",
        r"上半年|上半场|上半时",
        r"上半期|(?<!計)上期(?!間)|前半",
        "second half",
        r"下半年|下半场|下半时",
        r"下半期|(?<!以)下期|後半",
    ),
    _pair("early in the month", r"上旬", r"上旬|初旬", "late in the month", r"下旬", r"下旬"),
    _pair(
        "start of the year", r"年初", r"年初|年始|年明け|年頭", "end of the year", r"年底|年末|岁末", r"年末"
    ),
    _pair("start of the month", r"月初", r"月初|上旬", "end of the month", r"月底|月末", r"月末"),
    _pair("last year", r"去年", r"昨年|去年", "next year", r"明年", r"来年|明年"),
    # An hour of the 24-hour clock past noon (14时, 18:30) names the afternoon as 下午 does: its
    # 午後2時 renders it, whatever else the sentence says of the morning.
    _pair(
        "morning",
        r"上午|凌晨|清晨|早上|早晨",
        r"午前",
        "afternoon or evening",
        r"下午|晚上|晚间|傍晚|(?<![0-9])(?:1[2-9]|2[0-3])(?:时|時|:[0-5][0-9])",
        r"午後",
    ),
    _pair(
        "first time",
        r"首次|首度|第一次|首届",
        r"初めて|初の|初回|第1回|初開催",
        "last time",
        r"最后一次|末次|最后一届",
        r"最後の|最後と|最終回",
    ),
    _pair(
        "born",
        r"出生|诞生",
        r"出生|誕生",
        "died",
        r"死亡|去世|逝世|病逝|身亡|遇难|丧生",
        r"死亡|死去|亡くな|逝去|死者",
    ),
    _pair(
        "light injury or illness",
        r"轻伤|轻症|轻微伤",
        r"軽傷|軽症",
        "severe injury or illness",
        r"重伤|重症|危重",
        r"重傷|重症|重体",
    ),
    # --- travel and sport
    _pair("take-off", r"起飞", r"離陸", "landing", r"降落|着陆", r"着陸"),
    _pair(
        "entering port",
        r"进港|入港|靠港|抵港",
        r"入港|寄港|着岸",
        "leaving port",
        r"离港|出港|启航|起航",
        r"出港|出航",
    ),
    _pair(
        "suspended",
        _NOT + r"(?:暂停|中断|停运|停航|停飞|停摆)",
        r"一時停止|中断|休止|運休|見合わせ",
        "resumed",
        _NOT + r"(?:恢复|重启|复航|复工|复产|重新|重开|再次)|时隔",
        r"再開|再稼働|復旧",
    ),
    _pair(
        "home",
        r"主场|主队",
        r"(?<!ット)ホーム(?!ページ)|本拠地",
        "away",
        r"客场|客队",
        r"アウェー|アウェイ|敵地|ビジター",
    ),
    _pair(
        "attack",
        r"进攻",
        r"攻撃|攻め|オフェンス",
        "defence",
        r"防守|防御",
        r"守備|守り|防御|ディフェンス",
    ),
    _pair(
        "went through",
        r"晋级|出线|挺进",
        r"進出|勝ち上が|勝ち抜",
        "knocked out",
        r"出局|被淘汰|止步",
        r"敗退|姿を消|脱落",
    ),
)

#: Words that hold both sides of a pair: they render both and mark neither.
_BOTH_RE = re.compile(
    r"进出口|出入境|国内外|境内外|海内外|内外|国内国际|中外|开闭幕|上下游|双多边|线上线下|线上与线下|长短期|批零|男女"
    r"|輸出入|出入国|国内外|内外|上下流|二国間・多国間|オンラインとオフライン|オンライン・オフライン|男女|開閉会"
    r"|收支|债权债务|借贷|供需|供求|攻防|攻守|起降|起落|进出港|生死|轻重|正负|任免|涨跌|盈亏"
    r"|収支|債権債務|貸し借り|貸借|需給|需要と供給|供給と需要|攻防|攻守|離着陸|離発着|出入港|生死|軽重|任免|騰落|損益"
)


class OppositeWord(Check):
    """The source says one side of a pair of opposites only (出口 "export") and the target says
    the other side only (輸入 "import")."""

    code = "mistranslation-opposite"
    category = "mistranslation"
    severity = "major"
    description = gettext_noop(
        "A word rendered by its opposite: the source says export, opening or domestic and the "
        "translation import, closing or overseas (出口 → 輸入, 闭幕 → 開幕)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        source = _BOTH_RE.sub("，", seg.source_norm)
        target = _BOTH_RE.sub(lambda m: "、" * len(m.group()), seg.target_norm)
        yield from _reversed(OPPOSITES, source, target)


def _reversed(table: tuple[Opposite, ...], source: str, target: str) -> Iterator[Finding]:
    """A finding for each row of ``table`` whose one side the source names alone and whose other
    side the target names alone."""
    for opposite in table:
        # Most rows are settled by the source (neither side named, or both): the target is asked
        # only about the others.
        zh_a = opposite.zh_a.search(source) is not None
        if zh_a == (opposite.zh_b.search(source) is not None):
            continue
        ja_a = opposite.ja_a.search(target)
        ja_b = opposite.ja_b.search(target)
        if zh_a and ja_b and not ja_a:
            wrong, said, meant = ja_b, opposite.gloss_b, opposite.gloss_a
        elif not zh_a and ja_a and not ja_b:
            wrong, said, meant = ja_a, opposite.gloss_a, opposite.gloss_b
        else:
            continue
        yield Finding(
            f"'{wrong.group()}' says {said} where the source says {meant}", wrong.start(), wrong.end()
        )


# --- a degree turned around -------------------------------------------------------------------------

#: How much or how fast something changed, one way and the other. 较大, 较为明显 "fairly large" are
#: not sharp (Japanese says やや or 比較的); わずか before a figure is "only" (わずか3日で, 仅3天), not
#: "slightly"; 大きく counts only before a verb of change (大きく伸びた, not 大きく貢献した).
DEGREES: tuple[Opposite, ...] = (
    _pair(
        "slight",
        r"小幅|微幅|微[增降跌涨升减调]|略[有增降升减高低微]|稍[有高低微]|小[涨跌]",
        r"小幅|(?:わずか|僅か)(?![\d０-９一二三四五六七八九十数])|微[増減]|微調整|やや|若干|小反[発落]|小動き",
        "sharp",
        r"大幅|大[涨跌增减]|暴[涨跌增]|激增|锐减|骤[降增减跌]|剧[增降烈]|猛[增涨降]|飙[升涨]|急[剧升降跌增]"
        r"|显著|(?<!较)(?<!较为)明显|大大|迅猛",
        r"大幅|急[増減落騰伸速激]|急上昇|急低下|急拡大|急回復|激[減増]|暴[落騰]|著し|顕著|劇的|飛躍的"
        r"|大きく(?=[伸増減下上落膨縮改拡低回後前値])|大きな(?:伸び|増加|減少|落ち込み|下落|上昇)",
    ),
    _pair(
        "fast",
        r"快速|迅速|迅猛|飞速",
        r"急速|迅速|速やか|急ピッチ",
        "slow",
        r"缓慢|缓步|平缓|温和",
        r"緩やか|ゆっくり|緩慢",
    ),
)


class DegreeReversed(Check):
    """A change of one degree told as the other: 小幅增长 "grew slightly" as 大幅に増加, 暴跌
    "plunged" as 小幅下落, 快速发展 as 緩やかに発展. The trend check sees the direction of a change
    and addition-degree a degree the source has no word for; neither sees a degree the source states
    and the target turns around. Read like the opposites: the source states one degree alone and the
    target the other alone, so a sentence with one change slight and another sharp is left alone."""

    code = "mistranslation-degree"
    category = "mistranslation"
    severity = "minor"
    description = gettext_noop(
        "A change's degree turned around: slight for sharp or slow for fast (小幅增长 → 大幅に増加, 暴跌 → 小幅下落)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        yield from _reversed(DEGREES, seg.source_norm, seg.target_norm)


# --- a region's compass point -----------------------------------------------------------------------

#: A part of the world by its compass point: 东欧, 南美, 西非, 东南亚, 华南 and their Japanese forms
#: (東欧, 南米, 西アフリカ, 東南アジア, 華南). 中亚 is 中央アジア. The points are compared as sets:
#: Chinese writes 东南亚 and Japanese 東南アジア but also 南東部. 美 alone is the United States
#: (中美 "China and the US"): only 南美 and 北美 are parts of America without 洲.
_ZH_REGION_RE = re.compile(
    r"(?:([东西南北中]{1,2})(欧|亚(?!运|军)|非(?!法|遗|常|凡)|美洲|部)|([南北])(美))"
    r"|(华)([东西南北中])"
)
_JA_REGION_RE = re.compile(
    r"(?<![東西南北中])((?:[東西南北]|中央|中)(?:・?(?:[東西南北]|中央|中))?)(欧|ヨーロッパ|アジア|アフリカ|米(?!国|ドル)|アメリカ|部)"
    r"|(華)([東西南北中])"
)
_PLACE = {
    "欧": "europe",
    "ヨーロッパ": "europe",
    "亚": "asia",
    "アジア": "asia",
    "非": "africa",
    "アフリカ": "africa",
    "美洲": "america",
    "美": "america",
    "米": "america",
    "アメリカ": "america",
    "部": "part",
    "华": "china",
    "華": "china",
}
_ZH_POINT = str.maketrans("东西南北", "東西南北")


class _Region(NamedTuple):
    place: str
    points: frozenset[str]
    start: int
    end: int


def _regions(pattern: re.Pattern[str], text: str, words: set[int] | None = None) -> list[_Region]:
    """The parts of the world ``text`` names; in Chinese (``words``: where its words start) only
    those that are words of their own: 巴西北部 is 巴西 and 北部, 广西北部湾 a gulf."""
    out = []
    if words is None:
        found: Iterator[re.Match[str] | None] = pattern.finditer(text)
    else:
        found = (pattern.match(text, at) for at in sorted(words))
    for m in found:
        if m is None or (words is not None and not (m.end() in words or m.end() == len(text))):
            continue
        groups = [g for g in m.groups() if g]
        point, place = (groups[0], groups[1]) if groups[0] not in _PLACE else (groups[1], groups[0])
        points = frozenset(point.translate(_ZH_POINT).replace("中央", "中").replace("・", ""))
        out.append(_Region(_PLACE[place], points, m.start(), m.end()))
    return out


class CompassPointChanged(Check):
    """A part of the world, or of a country, at another compass point: 东欧 "Eastern Europe" as
    西欧, 南美 as 北米, 西部地区 as 東部地域. The source names the part at one point (or two:
    东南亚) and the target names the same kind of part only at others."""

    code = "mistranslation-compass"
    category = "mistranslation"
    severity = "major"
    description = gettext_noop(
        "A region at another compass point: 东欧 'Eastern Europe' → 西欧, 南美 → 北米, 西部 → 東部."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if not _ZH_REGION_RE.search(seg.source_norm):
            return
        words = {at for at, _ in segmented(seg.source_norm)}
        source = _regions(_ZH_REGION_RE, seg.source_norm, words)
        if not source:
            return
        target = _regions(_JA_REGION_RE, seg.target_norm)
        for place in {r.place for r in target}:
            meant = {r.points for r in source if r.place == place}
            said = [r for r in target if r.place == place]
            if meant and not any(r.points in meant for r in said):
                r = said[0]
                points = "/".join(sorted("".join(sorted(p)) for p in meant))
                yield Finding(
                    f"'{seg.target_norm[r.start : r.end]}' is at another compass point than the "
                    f"source's ({points})",
                    r.start,
                    r.end,
                )


# --- a comparison turned around -----------------------------------------------------------------------

#: The source's comparison: 比去年多, 比预期更快, 比B高 (比 and its adjective within a clause; 与…相比
#: "compared with" opens a clause of its own).
_ZH_COMPARE_RE = re.compile(
    r"(?<!相)比[^，。；！？、,;!?]{1,14}?(?:更|还|略|稍|要)?(多|高|大|快|早|长|强|好|少|低|小|慢|晚|短|弱|差)"
)
#: The target's: 昨年より多い, 予想より速く, Bより低い.
_JA_COMPARE_RE = re.compile(r"より[^、。,]{0,10}?(多|高|大き|速|早|長|強|良|少な|低|小さ|遅|短|弱|悪)")
_ZH_MORE = frozenset("多高大快早长强好")
_JA_MORE = frozenset(("多", "高", "大き", "速", "早", "長", "強", "良"))


class ComparisonReversed(Check):
    """The source compares one way (比去年多 "more than last year") and the target the other
    (昨年より少ない): each side's comparison read from its comparative construction, 比 … and
    より …, with the adjective sorted as more or less."""

    code = "mistranslation-comparison"
    category = "mistranslation"
    severity = "major"
    description = gettext_noop(
        "A comparison turned around: more for less, faster for slower (比去年多 → 昨年より少ない)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        source, target = seg.source_norm, seg.target_norm
        if "比" not in source or "より" not in target:
            return
        meant = {m.group(1) in _ZH_MORE for m in _ZH_COMPARE_RE.finditer(source)}
        if len(meant) != 1:
            return  # no comparison, or comparisons both ways
        said = list(_JA_COMPARE_RE.finditer(target))
        if said and all((m.group(1) in _JA_MORE) != next(iter(meant)) for m in said):
            m = said[0]
            way = "more" if next(iter(meant)) else "less"
            yield Finding(f"'{m.group()}' compares the other way: the source says {way}", m.start(), m.end())
