"""A Japanese homophone written with the wrong kanji (同音異義語の誤変換): 発行 for 発効, 保証 for 保障.

Japanese has many words of one reading and different kanji (はっこう: 発行 "issue", 発効 "take
effect"). An IME typing the reading offers them all, and machine translation, which learns the
Japanese side from such text, picks the commoner one where the source meant the other: a treaty
"発行" when it 生效, "安全保証" for 安全保障. The Japanese is well formed and reads smoothly, so
nothing but the source tells it is wrong.

The evidence comes from the source. Each group of homophones lists, for every member, the Chinese
words it renders. The target is flagged where it holds member X as a whole word (MeCab's tokens:
過程 inside 通過程度 is no word), the source holds a Chinese word for a sibling Y and none for X,
and the target does not write Y anywhere: Y's word went into the sentence as X. A source that
holds words for both (改革开放 beside 解放军) leaves the target alone. A Chinese word Japanese
renders by either member (保障 is 安全保障 and 品質を保証, 释放 is 人質の解放 and 釈放) is no
evidence, and the words a common member (以上, 以降, 検討) may render are many, single characters
among them, so that it is flagged only where nothing in the source could have given it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

import opencc

from alignment.checks.base import Check, Finding, Segment, gettext_noop
from alignment.checks.terms import whole_words


class Homophone(NamedTuple):
    """One member of a group: the Japanese word, what it means, the Chinese words Japanese writes
    it for alone (``zh``: the evidence that a sibling was meant, so narrow), and more Chinese words
    it may render (``also``: with ``zh``, what keeps the member itself from being flagged, so
    broad). Both are regular expressions over simplified Chinese."""

    ja: str
    gloss: str
    zh: str
    also: str = ""


class Group(NamedTuple):
    """Words of one reading; ``reason`` says why the slip happens."""

    reading: str
    reason: str
    members: tuple[Homophone, ...]


def _group(reading: str, reason: str, *members: tuple[str, str, str, str]) -> Group:
    return Group(reading, reason, tuple(Homophone(*m) for m in members))


#: The groups: each a reading, a one-line reason, and its members (:class:`Homophone`). A
#: member's ``also`` holds single characters and loose synonyms on purpose: a word that might have
#: given the member keeps it unflagged. A sibling's ``zh`` holds only what Japanese writes with
#: that sibling, never with the member, except in the pairs Japanese itself blurs (制作/製作,
#: 改定/改訂), whose shared words make a source that has them evidence for both: neither is flagged.
HOMOPHONES: tuple[Group, ...] = (
    _group(
        "はっこう",
        "a treaty or law takes effect (発効); 発行 is issuing bonds, passports or publications",
        ("発効", "taking effect", r"生效|发效", ""),
        (
            "発行",
            "issuing, publishing",
            r"发行|出版|印发|签发|发售",
            r"发放|开具|发布|刊|发出|颁发|核发|发证|出具",
        ),
    ),
    _group(
        "ほしょう",
        "security and welfare are 保障 (安全保障, 社会保障), a warranty 保証, compensation 補償",
        (
            "保障",
            "safeguarding (security, welfare, rights)",
            r"安全保障|社会保障|安保|(?:权益|权利|人权|民生|生活)保障|保障.{0,4}(?:权|民生|安全)",
            r"保障|安全|安理会|社保|低保",
        ),
        ("保証", "guarantee, warranty", r"保证|担保|质保|保修|保函", r"确保|承诺"),
        ("補償", "compensation for a loss", r"补偿|赔偿", r"补贴|赔付|理赔"),
    ),
    _group(
        "いがい",
        "以外 is 'other than'; 意外 is 'unexpected'",
        ("以外", "other than, except", r"以外|之外|除了", r"除|此外|另外|其他|其余"),
        (
            "意外",
            "unexpected",
            r"意外|出乎意料|意想不到|没想到|想不到",
            r"意料|出乎|惊讶|惊人|竟然|居然|出人意|事故",
        ),
    ),
    _group(
        "ついきゅう",
        "responsibility and crimes are 追及, truth and research 追究, goals and profit 追求",
        ("追及", "pursuing responsibility or guilt", r"追责|问责|追究.{0,6}责任", r"追究|追查|追诉|追缉"),
        ("追究", "inquiring into the truth", r"探究|深究", r"追究|探求|钻研"),
        ("追求", "pursuing a goal", r"追求", r"谋求|寻求|力求|追逐|向往|谋|求"),
    ),
    _group(
        "たいせい",
        "a readiness or posture is 態勢, a system or regime 体制, a general trend 大勢",
        ("態勢", "readiness, posture", r"戒备态势|备战", r"态势|戒备|待命|姿态"),
        (
            "体制",
            "a system, regime",
            r"体制",
            r"制度|体系|机制|系统|架构|格局|安排|准备|防控|部署|机构|组织|结构|模式|网络|队伍|班子|制|体",
        ),
        ("大勢", "the general trend", r"大势", r"大局|趋势|潮流"),
    ),
    _group(
        "せいさく",
        "a policy is 政策; producing a film or work is 制作, manufacturing 製作",
        ("政策", "a policy", r"政策", r"方针|举措|措施|对策|策"),
        ("制作", "producing a work", r"制作|创作|拍摄|摄制|制片", r"出品|编制|作|制"),
        ("製作", "manufacturing", r"制作|制造|研制", r"生产|打造|加工|作|制"),
    ),
    _group(
        "かんしん",
        "interest or concern is 関心; admiration 感心",
        ("関心", "interest, concern", r"关心|关注|关切|感兴趣", r"兴趣|重视|瞩目|在意|留意|热点|焦点|关"),
        ("感心", "admiration", r"佩服|钦佩|赞叹|叹服", r"感叹|称赞"),
    ),
    _group(
        "いどう",
        "a personnel change is 異動; moving from place to place 移動",
        ("異動", "a personnel change", r"人事变动|人事调整|职务变动|调任", r"任免|人事"),
        (
            "移動",
            "moving",
            r"移动|迁移|流动",
            r"移|转|迁|出行|行驶|前往|运输|运送|往返|搬|行进|走|调度|机动|撤|进",
        ),
    ),
    _group(
        "こうえん",
        "a lecture is 講演, a stage performance 公演, sponsorship 後援, a park 公園",
        ("講演", "a lecture, talk", r"演讲|讲演|讲座|报告会|主旨发言", r"讲学|讲话|致辞|发言|报告|讲"),
        ("公演", "a stage performance", r"演出|公演|巡演|上演", r"表演|演唱会|音乐会|首演|演艺|演员"),
        ("後援", "sponsorship, backing", r"后援|赞助", r"协办|支持|主办|承办"),
        ("公園", "a park", r"公园", r"园区|园林|乐园|绿地|园"),
    ),
    _group(
        "かいほう",
        "opening up is 開放; liberation or releasing 解放",
        ("開放", "opening up", r"开放", r"开|放开|敞开|对外|开通|公开"),
        ("解放", "liberation, release", r"解放", r"释放|摆脱|解脱|解除|放飞"),
    ),
    _group(
        "しじ",
        "instructions are 指示; support 支持",
        ("指示", "instructions", r"指示|批示|指令", r"指导|指挥|吩咐|嘱咐|部署|命令|要求|指引|指出|示"),
        ("支持", "support", r"支持|拥护|赞成", r"支撑|力挺|支援|助力|赞同|声援|扶持|支"),
    ),
    _group(
        "けっさい",
        "settling a payment is 決済; a superior's approval 決裁",
        (
            "決済",
            "settlement, payment",
            r"结算|支付|付款|结汇",
            r"清算|收付|交割|付费|缴费|交易|付|结账|买单|刷卡|扫码",
        ),
        ("決裁", "approval by a superior", r"审批|签批", r"批准|核准|批示|裁决|批"),
    ),
    _group(
        "きかい",
        "a chance is 機会; a machine 機械",
        ("機会", "a chance, opportunity", r"机会|机遇", r"契机|时机|良机"),
        ("機械", "a machine", r"机械|机器|机床|农机", r"设备|装备|器械|装置|机具|机组|机电"),
    ),
    _group(
        "たいしょう",
        "the object of something is 対象; a contrast 対照; symmetry 対称; a grand prize 大賞",
        (
            "対象",
            "the object, target group",
            r"对象",
            r"针对|面向|目标|范围|受众|涉及|覆盖|适用|为主|群体|人群|以.{0,12}为",
        ),
        ("対照", "a contrast, comparison", r"对照|对比|反差", r"比照|相比|比|相反|不同"),
        ("対称", "symmetry", r"对称", ""),
        ("大賞", "a grand prize", r"大奖", r"大赏|金奖|奖"),
    ),
    _group(
        "せいさん",
        "winding up is 清算, adjusting a fare or an expense 精算, producing 生産",
        ("清算", "liquidation, settling", r"清算|清盘|清偿", r"了结|清理|破产|清"),
        ("精算", "fare or expense adjustment", r"补票|补差价", r"核算|结算|报销|精算|补差"),
        ("生産", "production", r"生产", r"产|制造|出产|量"),
    ),
    _group(
        "さいしん",
        "latest is 最新; deepest 最深; meticulous 細心",
        ("最新", "the latest", r"最新", r"最近|新|近期|更新|近日"),
        ("最深", "the deepest", r"最深", ""),
        ("細心", "meticulous care", r"细心", r"精心|谨慎|周到|细致|小心|细"),
    ),
    _group(
        "かいとう",
        "a reply is 回答, the solution to a problem 解答, thawing 解凍",
        ("回答", "a reply", r"回答|答复|回复", r"答|回应|应|表示|称|说"),
        ("解答", "a solution to a problem", r"解答|解题", r"答案|解惑|释疑|答"),
        ("解凍", "thawing, unfreezing", r"解冻", ""),
    ),
    _group(
        "しゅうしゅう",
        "collecting is 収集; bringing a situation under control 収拾",
        ("収集", "collecting", r"收集|搜集|采集|征集", r"汇集|获取|收藏|集|收录|收到"),
        ("収拾", "bringing under control", r"收拾局面|收拾残局|平息事态", r"收拾|平息|控制住|稳住"),
    ),
    _group(
        "かてい",
        "a process is 過程, a course of study 課程, a household 家庭, an assumption 仮定",
        ("過程", "a process", r"过程|进程|历程", r"流程|环节|期间|途中|当中|经过|中"),
        ("課程", "a course of study", r"课程", r"学程|学位|专业|培养|课"),
        ("家庭", "a household", r"家庭", r"家|户|亲子"),
        ("仮定", "an assumption", r"假定|假设", r"如果|若|假"),
    ),
    _group(
        "きてい",
        "a rule is 規定; what is already decided 既定",
        ("規定", "a regulation, provision", r"规定", r"规则|条例|法规|规章|规程|章程|规范|条款|法|规"),
        ("既定", "already decided", r"既定", r"预定|原定|既有|计划"),
    ),
    _group(
        "とくちょう",
        "a characteristic is 特徴; a strong point 特長",
        ("特徴", "a characteristic", r"特征", r"特点|特色|特性|标志|特质|特殊"),
        ("特長", "a strong point", r"特长|长处", r"优点|所长|优势|亮点|特点"),
    ),
    _group(
        "ふしん",
        "a slump is 不振; suspicion 不審; distrust 不信",
        ("不振", "a slump", r"不振|低迷|疲软|不景气", r"萎靡|乏力|不佳|下滑|惨淡|不好|差|冷"),
        ("不審", "suspicious", r"可疑", r"蹊跷|形迹|不明|怀疑"),
        ("不信", "distrust", r"不信任", r"不信|信任|怀疑|质疑|失信"),
    ),
    _group(
        "じき",
        "a period is 時期; the right moment 時機; the next term 次期",
        ("時期", "a period, season", r"时期", r"期间|时候|阶段|季|时节|时段|过早|年代|当时|期"),
        ("時機", "the right moment", r"时机", r"契机|良机|机"),
        (
            "次期",
            "the next (term, model)",
            r"下一届|下届|下任|下一任",
            r"下一代|下一期|新一届|新一代|下一|下个|接班|下",
        ),
    ),
    _group(
        "こうせい",
        "fair is 公正; composing 構成; an offensive 攻勢; posterity 後世; a star 恒星",
        ("公正", "fair", r"公正|公平", r"公道|正义|公允|公证|公"),
        ("構成", "composition", r"构成|组成", r"结构|组建|组|占比|比重|成"),
        ("攻勢", "an offensive", r"攻势", r"进攻|攻击|攻"),
        ("後世", "later generations", r"后世|后代|后人", r"子孙|世代|流传|后"),
        ("恒星", "a star", r"恒星", r"星"),
    ),
    _group(
        "しんこう",
        "progress is 進行; promotion 振興; a new and rising thing 新興; an invasion 侵攻; faith 信仰",
        ("進行", "progress, proceeding", r"进行", r"推进|进展|进程|开展|展开|实施|举行|进|正在|中|行"),
        ("振興", "promotion, revitalising", r"振兴", r"促进|发展|繁荣|复兴"),
        ("新興", "newly rising", r"新兴", r"新生|新型|新"),
        ("侵攻", "an invasion", r"入侵|侵略|进犯", r"侵入|进攻|攻|侵"),
        ("信仰", "faith", r"信仰|宗教", r"信奉|信"),
    ),
    _group(
        "こうい",
        "an act is 行為; goodwill 好意 or 厚意",
        ("行為", "an act, conduct", r"行为|举动", r"行动|做法|作为|行径|所为|违法|犯罪|为"),
        ("好意", "goodwill", r"好意|善意|好心", r"好感|盛情|厚意|厚爱|美意"),
        ("厚意", "kindness", r"盛情|厚意|厚爱", r"好意|善意|好心|美意"),
    ),
    _group(
        "いぎ",
        "significance is 意義; an objection 異議",
        ("意義", "significance", r"意义", r"价值|重要性|意涵|重大|重要|作用|影响"),
        ("異議", "an objection", r"异议", r"反对|不同意见|不服|抗议"),
    ),
    _group(
        "かんしょう",
        "interference is 干渉; appreciating art 鑑賞 or 観賞",
        ("干渉", "interference", r"干涉|干预", r"介入|插手|干扰|干"),
        ("鑑賞", "appreciating art", r"欣赏|鉴赏", r"观赏|观看|赏|看"),
        ("観賞", "viewing for pleasure", r"观赏", r"欣赏|鉴赏|赏|看"),
    ),
    _group(
        "じしん",
        "confidence is 自信, oneself 自身, an earthquake 地震",
        ("自信", "confidence", r"自信|信心", r"底气|把握|相信|信"),
        ("自身", "oneself", r"自身|本身", r"自己|自我|亲自|本人|其"),
        ("地震", "an earthquake", r"地震", r"震"),
    ),
    _group(
        "ほしゅう",
        "repairing is 補修; extra lessons 補習",
        ("補修", "repair", r"维修|修补|修缮|检修|翻修", r"修复|修理|养护|修"),
        ("補習", "supplementary lessons", r"补习|补课", ""),
    ),
    _group(
        "へいこう",
        "running side by side in time is 並行; parallel lines 平行; balance 平衡",
        ("並行", "running concurrently", r"并行|齐头并进|并举", r"同步|同时|平行|并进|并重|兼顾|并"),
        ("平行", "parallel", r"平行", ""),
        ("平衡", "balance", r"平衡|均衡|失衡", r"衡"),
    ),
    _group(
        "こうがく",
        "engineering is 工学, optics 光学, a large sum 高額",
        ("工学", "engineering", r"工学|工科|工程学", r"工程|技术|理工|工"),
        ("光学", "optics", r"光学", r"光"),
        ("高額", "a large sum", r"高额|巨额|高昂|高价|大额", r"高|巨|贵"),
    ),
    _group(
        "そうぞう",
        "imagining is 想像; creating 創造",
        ("想像", "imagining", r"想象|想像", r"设想|料想|意想|想"),
        ("創造", "creating", r"创造|缔造|开创", r"创|打造|造"),
    ),
    _group(
        "ふへん",
        "universal is 普遍; unchanging 不変",
        ("普遍", "universal", r"普遍", r"广泛|普及|通用|共同|全人类|普"),
        ("不変", "unchanging", r"不变|恒定", r"不改|始终|永恒|一如既往|不动摇|坚定|变"),
    ),
    _group(
        "こうしょう",
        "negotiating is 交渉; noble 高尚; historical research 考証",
        ("交渉", "negotiation", r"谈判|交涉", r"磋商|协商|商谈|谈|交"),
        ("高尚", "noble", r"高尚", r"崇高|高雅|高洁"),
        ("考証", "historical research", r"考证|考据", r"考古|考"),
    ),
    _group(
        "せいか",
        "a result is 成果; the Olympic flame 聖火",
        ("成果", "a result, achievement", r"成果", r"成绩|成就|结果|成效|收获|业绩|果"),
        ("聖火", "the Olympic flame", r"圣火", r"火炬|火"),
    ),
    _group(
        "かんせい",
        "completion is 完成, cheering 歓声, control 管制, inertia 慣性",
        ("完成", "completion", r"完成|建成|竣工|落成|完工", r"完|建|成"),
        ("歓声", "cheering", r"欢呼|欢声|喝彩", r"欢腾|欢"),
        ("管制", "control", r"管制", r"管控|控制|管理|限制|封控|管|控"),
        ("慣性", "inertia", r"惯性", ""),
    ),
    _group(
        "きこう",
        "an organisation is 機構, the climate 気候, a port call 寄港, ground-breaking 起工",
        ("機構", "an organisation", r"机构|组织", r"机制|结构|体制|部门|单位|机关|署|局|会|院|机"),
        ("気候", "the climate", r"气候", r"天气|气温|气"),
        ("寄港", "a port call", r"停靠|靠港|挂靠", r"访港|到港|抵港|港|停"),
        ("起工", "ground-breaking", r"开工|动工|奠基", r"开建|开|工"),
    ),
    _group(
        "しょうがい",
        "an obstacle or disability is 障害; a lifetime 生涯; an injury inflicted 傷害; external relations 渉外",
        ("障害", "an obstacle, disability", r"障碍|残疾|残障", r"故障|阻碍|壁垒|失调|紊乱|损害|妨碍|病|碍"),
        ("生涯", "a lifetime, career", r"生涯|终身|毕生", r"一生|平生|终生|职业|人生|生"),
        ("傷害", "bodily injury", r"故意伤害|伤害罪|伤人", r"伤害|致伤|伤"),
        ("渉外", "external relations", r"涉外|外事", r"对外联络|外联|对外|外"),
    ),
    _group(
        "ほけん",
        "insurance is 保険; health care 保健",
        ("保険", "insurance", r"保险|医保|社保|参保|投保", r"险|承保"),
        ("保健", "health care", r"保健", r"卫生|健康|医疗|养生|防疫|健"),
    ),
    _group(
        "こうかい",
        "making public is 公開, a voyage 航海, regret 後悔",
        ("公開", "making public", r"公开", r"发布|公布|开放|上映|发表|披露|公示|展出|亮相|首映|公|开"),
        ("航海", "a voyage", r"航海|远洋", r"航行|出海|航"),
        ("後悔", "regret", r"后悔|懊悔", r"悔|遗憾"),
    ),
    _group(
        "こうぎ",
        "a protest is 抗議, a lecture course 講義, the broad sense 広義",
        ("抗議", "a protest", r"抗议", r"示威|交涉|不满|谴责|反对"),
        ("講義", "a lecture course", r"讲课|授课|讲义", r"课|讲座|讲"),
        ("広義", "the broad sense", r"广义", ""),
    ),
    _group(
        "しんちょう",
        "careful is 慎重; height 身長; growth 伸長",
        ("慎重", "careful", r"慎重|谨慎|审慎", r"稳妥|小心|慎"),
        ("身長", "body height", r"身高", r"个子|身材|身长"),
        ("伸長", "growth, extension", r"伸长|延伸", r"增长|扩大|拉长|长"),
    ),
    _group(
        "せいこう",
        "success is 成功; fine workmanship 精巧",
        ("成功", "success", r"成功", r"顺利|成"),
        ("精巧", "finely made", r"精巧|精致|精美", r"精密|精湛|精"),
    ),
    _group(
        "ぜんしん",
        "advancing is 前進, the whole body 全身, a predecessor 前身, gradual 漸進",
        ("前進", "advancing", r"前进|迈进", r"推进|进展|向前|迈"),
        ("全身", "the whole body", r"全身|浑身", r"周身|全心"),
        ("前身", "a predecessor", r"前身", ""),
        ("漸進", "gradual", r"渐进", r"循序|逐步|稳步"),
    ),
    _group(
        "そがい",
        "hindering is 阻害; alienation 疎外",
        ("阻害", "hindering", r"阻碍|妨碍|阻挠", r"抑制|障碍|阻|碍|影响|干扰"),
        ("疎外", "alienation", r"疏远|异化", r"孤立|排斥|边缘化|冷落"),
    ),
    _group(
        "ようい",
        "preparing is 用意; easy 容易",
        ("用意", "preparation", r"准备|预备", r"备|提供|用意"),
        ("容易", "easy", r"容易|轻易", r"简单|易|便于"),
    ),
    _group(
        "げんじょう",
        "the present state is 現状; the original state 原状",
        ("現状", "the present state", r"现状|现况", r"状况|现在|目前|现实|当前|现"),
        ("原状", "the original state", r"原状|原样|原貌", r"原汁原味|原"),
    ),
    _group(
        "ほうふ",
        "plentiful is 豊富; an aspiration 抱負",
        ("豊富", "plentiful", r"丰富", r"充足|大量|充沛|众多|多|丰"),
        ("抱負", "an aspiration", r"抱负", r"志向|雄心|志"),
    ),
    _group(
        "いこう",
        "an intention is 意向; a transition 移行; from then on 以降",
        ("意向", "an intention", r"意向|意愿", r"打算|希望|想|愿|拟|将|计划|有意|表示|意图"),
        ("移行", "a transition", r"过渡|迁移|移交", r"转移|转向|转型|转换|切换|升级|改为|变为|移|转|换"),
        ("以降", "from then on", r"以后|之后|此后", r"以来|起|后|自|从|开始|至今|来"),
    ),
    _group(
        "ようりょう",
        "the knack is 要領; a capacity 容量",
        ("要領", "the knack, gist", r"要领|诀窍|窍门", r"要点|办法|方法|指南|规程|要"),
        ("容量", "a capacity", r"容量|容积|内存", r"存储|电量|电池|产能|装机|规模|量"),
    ),
    _group(
        "しょうかい",
        "introducing is 紹介; an inquiry 照会",
        (
            "紹介",
            "introducing",
            r"介绍|推介|引见",
            r"推荐|展示|讲述|说明|表示|称|介|报道|据|指出|透露|提到|说",
        ),
        ("照会", "an inquiry", r"查询|问询|照会|询问", r"核实|核查|查|询"),
    ),
    _group(
        "じったい",
        "the actual state of affairs is 実態; a tangible entity 実体",
        (
            "実態",
            "the actual situation",
            r"实际情况|实情|真相|实况|实态",
            r"实际|现状|情况|状况|底数|摸清|情",
        ),
        ("実体", "a tangible entity", r"实体|实物", r"体"),
    ),
    _group(
        "じにん",
        "resigning is 辞任; acknowledging 自認",
        ("辞任", "resigning", r"辞职|辞去|卸任", r"辞任|辞|下台|离任"),
        ("自認", "acknowledging oneself", r"自认|自诩", r"自称|承认|认"),
    ),
    _group(
        "えいせい",
        "hygiene is 衛生; a satellite 衛星; perpetual 永世",
        ("衛生", "hygiene, health", r"卫生", r"防疫|保健|健康|医疗|卫健"),
        ("衛星", "a satellite", r"卫星", r"星"),
        ("永世", "perpetual", r"永世", r"永久|永远|永"),
    ),
    _group(
        "けんとう",
        "considering is 検討; fighting well 健闘",
        (
            "検討",
            "consideration, study",
            r"研究|探讨|讨论|审议|考虑|研讨",
            r"论证|评估|审查|商议|商讨|磋商|谋划|斟酌|检讨|酝酿|考察|分析|调研|讨|议|研",
        ),
        ("健闘", "fighting well", r"奋战|拼搏|力战", r"顽强|健斗|不俗|奋|拼"),
    ),
    _group(
        "かいてい",
        "revising is 改定 or 改訂; the seabed 海底",
        ("改定", "revising (a rule, a price)", r"修订|修改|调整", r"改定|改订|修正|更改|改|调"),
        ("改訂", "revising (a text)", r"修订|修改|改版", r"改订|再版|修正|更新|改"),
        ("海底", "the seabed", r"海底|海床", r"深海|水下|海"),
    ),
    _group(
        "せいし",
        "stopping someone is 制止; standing still 静止; papermaking 製紙",
        ("制止", "restraining", r"制止|劝阻", r"阻止|遏制|拦阻"),
        ("静止", "standing still", r"静止|静态", r"停|不动|静"),
        ("製紙", "papermaking", r"造纸|纸业", r"纸"),
    ),
    _group(
        "しゅうりょう",
        "ending is 終了; completing a course 修了",
        ("終了", "ending", r"结束|终止|完毕|闭幕", r"截止|到期|期满|终了|告一段落|落幕|完成|终"),
        ("修了", "completing a course", r"结业|修完|修满", r"毕业|学完|修业|学业|学"),
    ),
    _group(
        "きょうい",
        "a threat is 脅威; a wonder 驚異",
        ("脅威", "a threat", r"威胁", r"胁迫|隐患|危害|风险|挑战|威"),
        ("驚異", "a wonder", r"奇迹|惊异", r"惊人|惊叹|惊艳|惊"),
    ),
    _group(
        "しこう",
        "putting into force is 施行, a trial 試行, an orientation 志向, thought 思考, a taste 嗜好",
        ("施行", "putting into force", r"施行|实施", r"生效|实行|执行|施"),
        ("試行", "a trial", r"试行|试点", r"试验|尝试|试"),
        ("志向", "an orientation", r"志向|导向|取向", r"志|向往|倾向|追求|向"),
        ("思考", "thinking", r"思考|思维", r"思想|思路|思|考虑|想"),
        ("嗜好", "a taste, liking", r"嗜好|爱好|偏好", r"喜好|口味|喜爱|好"),
    ),
    _group(
        "しんにゅう",
        "intrusion is 侵入; entering a road or an airspace 進入",
        ("侵入", "intrusion", r"入侵|闯入|非法进入", r"侵入|潜入|侵|黑客"),
        ("進入", "entering", r"驶入|进场", r"进入|进|入场|驶"),
    ),
    _group(
        "ちょうしゅう",
        "levying is 徴収; an audience 聴衆",
        ("徴収", "levying", r"征收|收取|缴纳", r"征|收费|税|收"),
        ("聴衆", "an audience", r"听众", r"观众|听|与会|受众"),
    ),
    _group(
        "いじょう",
        "abnormal is 異常; 以上 is 'or more' and 'the above'",
        ("異常", "abnormal", r"异常|反常|失常", r"异样|极端|罕见|异"),
        (
            "以上",
            "or more, the above",
            r"以上|超过|上述",
            r"超|多|余|逾|如上|至少|上|高于|不低于|不少于|不下|来|强|综上|总之",
        ),
    ),
    _group(
        "こうそう",
        "a plan or vision is 構想; a high-rise 高層; a conflict 抗争",
        ("構想", "a plan, vision", r"构想|设想|蓝图", r"倡议|规划|计划|理念|想|方案|设计|战略|愿景"),
        ("高層", "high-rise, high-level", r"高层|高楼", r"大厦|高级|高"),
        ("抗争", "a conflict, struggle", r"抗争|斗争", r"对抗|抗"),
    ),
    _group(
        "じてん",
        "a point in time is 時点; a dictionary 辞典 or 事典",
        ("時点", "a point in time", r"时点|截至", r"截止|时|当|目前|现在|为止"),
        ("辞典", "a dictionary", r"辞典|词典|字典", r"辞书|百科"),
        ("事典", "an encyclopedia", r"百科全书|事典", r"辞典|词典|百科"),
    ),
)


@lru_cache(maxsize=1)
def _s2t() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


def _both_scripts(pattern: str) -> str:
    """The pattern and its traditional form (a source from Taiwan or Hong Kong writes 發行)."""
    traditional = _s2t().convert(pattern)
    return pattern if traditional == pattern else f"{pattern}|{traditional}"


class _Compiled(NamedTuple):
    group: Group
    meant: tuple[re.Pattern[str] | None, ...]  # each member's evidence (None: it has none)
    renders: tuple[re.Pattern[str], ...]  # each member's evidence and its other source words


def _compile(group: Group) -> _Compiled:
    return _Compiled(
        group,
        tuple(re.compile(_both_scripts(m.zh)) if m.zh else None for m in group.members),
        tuple(re.compile(_both_scripts("|".join(p for p in (m.zh, m.also) if p))) for m in group.members),
    )


@lru_cache(maxsize=1)
def _compiled() -> tuple[dict[str, list[tuple[_Compiled, int]]], re.Pattern[str]]:
    """Each Japanese member's groups (with its place among the members) and one pattern that
    finds any member: nearly every target holds none, and one search rules it out."""
    by_word: dict[str, list[tuple[_Compiled, int]]] = {}
    for group in HOMOPHONES:
        compiled = _compile(group)
        for k, member in enumerate(group.members):
            by_word.setdefault(member.ja, []).append((compiled, k))
    any_word = re.compile("|".join(sorted(map(re.escape, by_word), key=len, reverse=True)))
    return by_word, any_word


def homophone_slips(seg: Segment) -> Iterator[Finding]:
    """The findings of :class:`HomophoneSlip` on ``seg``: each member of a group the target
    writes as a whole word, where the source gives none of its words but a sibling's evidence,
    and the target does not write that sibling."""
    by_word, any_word = _compiled()
    target, source = seg.target, seg.source
    written = {m.group() for m in any_word.finditer(target)}
    for word in sorted(written, key=target.find):
        for compiled, k in by_word[word]:
            group = compiled.group
            if compiled.renders[k].search(source):
                continue  # the source has a word this member renders
            meant = [
                (group.members[j], m.group())
                for j, pattern in enumerate(compiled.meant)
                if j != k and pattern is not None and group.members[j].ja not in target
                if (m := pattern.search(source))
            ]
            if not meant:
                continue
            wrong = group.members[k]
            said = "; ".join(
                f"{found} '{member.gloss}', which Japanese writes {member.ja}" for member, found in meant
            )
            message = (
                f"'{wrong.ja}' ({group.reading}) means '{wrong.gloss}', but the source says {said}: "
                "a homophone written with the wrong kanji"
            )
            fix = meant[0][0].ja if len(meant) == 1 else None
            for pos in whole_words(seg, wrong.ja):
                yield Finding(message, pos, pos + len(wrong.ja), fix)


class HomophoneSlip(Check):
    """A homophone of the word the source means, written with the wrong kanji (発行 for 発効):
    a spelling error in MQM's terms, which the workbench files under typography."""

    code = "typography-homophone"
    category = "typography"
    severity = "minor"
    linear = False  # reads MeCab's tokens
    description = gettext_noop(
        "A Japanese homophone written with the wrong kanji: the source says 生效 and the translation "
        "writes 発行 for 発効, or 安全保証 for 安全保障."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        return homophone_slips(seg)
