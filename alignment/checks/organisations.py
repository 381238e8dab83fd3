"""One well-known organisation rendered as another of its kind: 世界卫生组织 (WHO) as 世界貿易機関
(WTO), 亚洲开发银行 as アジアインフラ投資銀行, 联合国教科文组织 as ユニセフ, 欧盟委员会 as 欧州議会.

MT knows these names as a family: UN agencies, development banks, regional blocs, EU institutions
and sports federations are named alike, appear in the same sentences and lie close together in its
vectors, so a rarer or abbreviated one (世卫, 上合组织, 亚开行) is now and then replaced by a more
frequent neighbour. The sentence still reads well; only the organisation is wrong, and neither
sound nor meaning tells the two apart. A table does: each organisation's Chinese names, full and
short, its Japanese ones, and its Latin acronym, which either side may write (WHO is a right
rendering of 世界卫生组织).

A text's mentions are read longest first, and a form inside a longer one is no mention of its own
(欧盟 of 欧盟委员会, 联合国 of every UN agency, 国連 of 国連総会); a Latin acronym counts only as a
whole word (no WHO in WHOLE, no UN in UNESCO). The source names X, the target has none of X's
forms and names Y, which the source does not: Y stands in X's place. An organisation and the
bodies inside it (the UN and its agencies, the EU and its institutions, ASEAN and its secretariat)
are one line of descent, and naming one for the other is a translator's choice of precision, not
a swap; two bodies of one parent (UNESCO and UNICEF, the Commission and the Parliament) are
different organisations.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from alignment.checks.base import Check, Finding, Segment, gettext_noop
from alignment.checks.countries import Names, mentions

#: English | the English of the body it belongs to | Chinese forms | Japanese forms | Latin forms,
#: which either side may write. A Japanese form with カ国 is read with か国, ヶ国 and ケ国 too, and
#: one with 欧州 with ヨーロッパ (ヨーロッパ議会).
_TABLE = """
UN||联合国|国際連合,国連|UN,United Nations
UN General Assembly|UN|联合国大会|国連総会,国際連合総会|UNGA
UN Security Council|UN|联合国安理会,联合国安全理事会,安理会|国連安全保障理事会,国連安保理,安全保障理事会,安保理|UNSC
UN Human Rights Council|UN|联合国人权理事会,人权理事会|国連人権理事会,人権理事会|UNHRC
UN human rights office|UN|联合国人权事务高级专员办事处,联合国人权高专办,人权高专办|国連人権高等弁務官事務所|OHCHR
UNESCO|UN|联合国教育、科学及文化组织,联合国教科文组织,教科文组织|国連教育科学文化機関,ユネスコ|UNESCO
UNICEF|UN|联合国儿童基金会,儿童基金会,儿基会|国連児童基金,ユニセフ|UNICEF
UNHCR|UN|联合国难民事务高级专员公署,联合国难民署,难民署|国連難民高等弁務官事務所|UNHCR
UNDP|UN|联合国开发计划署,开发计划署|国連開発計画|UNDP
UNEP|UN|联合国环境规划署,环境规划署|国連環境計画|UNEP
FAO|UN|联合国粮食及农业组织,联合国粮农组织,粮农组织|国連食糧農業機関,食糧農業機関|FAO
WFP|UN|联合国世界粮食计划署,世界粮食计划署,粮食计划署|国連世界食糧計画,世界食糧計画|WFP
UNCTAD|UN|联合国贸易和发展会议,联合国贸发会议,贸发会议|国連貿易開発会議|UNCTAD
UNRWA|UN|联合国近东巴勒斯坦难民救济和工程处,近东救济工程处|国連パレスチナ難民救済事業機関|UNRWA
UN Women|UN|联合国妇女署|国連女性機関|UN Women
UNWTO|UN|联合国世界旅游组织,世界旅游组织|国連世界観光機関,世界観光機関|UNWTO
WHO|UN|世界卫生组织,世卫组织,世卫|世界保健機関,世界保健機構|WHO
World Health Assembly|WHO|世界卫生大会,世卫大会|世界保健総会|WHA
ILO|UN|国际劳工组织|国際労働機関|ILO
IAEA|UN|国际原子能机构|国際原子力機関|IAEA
ICAO|UN|国际民用航空组织,国际民航组织|国際民間航空機関|ICAO
IMO|UN|国际海事组织|国際海事機関|IMO
ITU|UN|国际电信联盟,国际电联|国際電気通信連合|ITU
UPU|UN|万国邮政联盟,万国邮联|万国郵便連合|UPU
WIPO|UN|世界知识产权组织|世界知的所有権機関,世界知的財産機関|WIPO
WMO|UN|世界气象组织|世界気象機関|WMO
IFAD|UN|国际农业发展基金|国際農業開発基金|IFAD
IOM|UN|国际移民组织|国際移住機関|IOM
IPCC|UN|政府间气候变化专门委员会|気候変動に関する政府間パネル|IPCC
ICJ|UN|国际法院|国際司法裁判所|ICJ
IMF|UN|国际货币基金组织,货币基金组织|国際通貨基金|IMF
World Bank|UN|世界银行集团,世界银行,世行|世界銀行グループ,世界銀行,世銀|World Bank
WTO||世界贸易组织,世贸组织,世贸|世界貿易機関|WTO
ICC||国际刑事法院|国際刑事裁判所|ICC
OPCW||禁止化学武器组织|化学兵器禁止機関|OPCW
IEA||国际能源署|国際エネルギー機関|IEA
ISO||国际标准化组织|国際標準化機構|ISO
Interpol||国际刑事警察组织,国际刑警组织|国際刑事警察機構,インターポール|ICPO,Interpol,INTERPOL
OECD||经济合作与发展组织,经合组织|経済協力開発機構|OECD
OPEC||石油输出国组织,欧佩克|石油輸出国機構|OPEC
NATO||北大西洋公约组织,北约|北大西洋条約機構|NATO
EU||欧洲联盟,欧盟|欧州連合|EU
European Commission|EU|欧洲联盟委员会,欧盟委员会,欧委会|欧州委員会,EU欧州委員会|
European Parliament|EU|欧洲议会|欧州議会|
European Council|EU|欧洲理事会|欧州理事会,EU首脳会議|
Council of the EU|EU|欧盟理事会,欧洲联盟理事会|EU理事会,欧州連合理事会,EU閣僚理事会|
ECB|EU|欧洲中央银行,欧洲央行|欧州中央銀行,欧州中銀|ECB
EIB|EU|欧洲投资银行|欧州投資銀行|EIB
EBRD||欧洲复兴开发银行|欧州復興開発銀行|EBRD
OSCE||欧洲安全与合作组织,欧安组织|欧州安全保障協力機構|OSCE
ASEAN||东南亚国家联盟,东盟|東南アジア諸国連合,アセアン|ASEAN
ASEAN Secretariat|ASEAN|东盟秘书处|東南アジア諸国連合事務局,ASEAN事務局|
ASEAN Regional Forum|ASEAN|东盟地区论坛|ASEAN地域フォーラム|ARF
East Asia Summit||东亚峰会|東アジアサミット,東アジア首脳会議|EAS
APEC||亚洲太平洋经济合作组织,亚太经济合作组织,亚太经合组织|アジア太平洋経済協力|APEC
SCO||上海合作组织,上合组织|上海協力機構|SCO
CSTO||集体安全条约组织,集安组织|集団安全保障条約機構|CSTO
CIS||独立国家联合体,独联体|独立国家共同体|CIS
AU||非洲联盟,非盟|アフリカ連合|AU
Arab League||阿拉伯国家联盟,阿盟|アラブ連盟,アラブ諸国連盟|
GCC||海湾阿拉伯国家合作委员会,海湾合作委员会,海合会|湾岸協力会議,湾岸協力理事会|GCC
OAS||美洲国家组织|米州機構|OAS
CELAC||拉丁美洲和加勒比国家共同体,拉美和加勒比国家共同体,拉共体|ラテンアメリカ・カリブ諸国共同体,中南米カリブ海諸国共同体|CELAC
Mercosur||南方共同市场,南共市|南米南部共同市場,メルコスール,メルコスル|Mercosur,MERCOSUR
SAARC||南亚区域合作联盟,南盟|南アジア地域協力連合|SAARC
ECOWAS||西非国家经济共同体,西共体|西アフリカ諸国経済共同体|ECOWAS
Commonwealth||英联邦|英連邦,コモンウェルス|
G7||七国集团|主要7カ国,先進7カ国,主要国首脳会議,先進国首脳会議|G7
G20||二十国集团|主要20カ国・地域,20カ国・地域|G20
BRICS||金砖国家,金砖峰会,金砖机制,金砖合作,金砖五国|ブリックス,新興5カ国|BRICS
NDB|BRICS|金砖国家新开发银行,新开发银行,金砖银行|新開発銀行,BRICS銀行|NDB
AIIB||亚洲基础设施投资银行,亚投行|アジアインフラ投資銀行|AIIB
ADB||亚洲开发银行,亚开行,亚行|アジア開発銀行|ADB
AfDB||非洲开发银行|アフリカ開発銀行|AfDB
IDB||美洲开发银行|米州開発銀行|IDB,IADB
BIS||国际清算银行|国際決済銀行|
WEF||世界经济论坛,达沃斯论坛|世界経済フォーラム,ダボス会議,ダボス・フォーラム|WEF
Boao Forum||博鳌亚洲论坛,博鳌论坛|ボアオ・アジア・フォーラム,ボアオアジアフォーラム,ボアオ・フォーラム|
FOCAC||中非合作论坛|中国アフリカ協力フォーラム,中国・アフリカ協力フォーラム|FOCAC
Munich Security Conference||慕尼黑安全会议|ミュンヘン安全保障会議|
Shangri-La Dialogue||香格里拉对话会,香格里拉对话|シャングリラ・ダイアローグ,シャングリラ会合,アジア安全保障会議|
Red Cross||红十字会,红十字|赤十字社,赤十字,紅十字会|
ICRC|Red Cross|红十字国际委员会|赤十字国際委員会|ICRC
IFRC|Red Cross|红十字会与红新月会国际联合会|国際赤十字・赤新月社連盟|IFRC
MSF||无国界医生组织,无国界医生|国境なき医師団|MSF
Amnesty International||国际特赦组织,大赦国际|アムネスティ・インターナショナル,アムネスティ|Amnesty International
WWF||世界自然基金会|世界自然保護基金|WWF
IOC||国际奥林匹克委员会,国际奥委会|国際オリンピック委員会|IOC
IPC||国际残疾人奥林匹克委员会,国际残奥委会|国際パラリンピック委員会|IPC
OCA||亚洲奥林匹克理事会,亚奥理事会|アジア・オリンピック評議会|OCA
WADA||世界反兴奋剂机构|世界反ドーピング機関|WADA
FIFA||国际足球联合会,国际足联|国際サッカー連盟|FIFA
UEFA||欧洲足球协会联盟,欧足联|欧州サッカー連盟|UEFA
AFC||亚洲足球联合会,亚足联|アジアサッカー連盟|AFC
FIBA||国际篮球联合会,国际篮联|国際バスケットボール連盟|FIBA
World Athletics||世界田径联合会,世界田联,国际田联|世界陸上競技連盟,世界陸連,国際陸上競技連盟,国際陸連|World Athletics,IAAF
World Aquatics||世界游泳联合会,世界泳联,国际泳联|世界水泳連盟,国際水泳連盟|World Aquatics,FINA
FIVB||国际排球联合会,国际排联|国際バレーボール連盟|FIVB
ITTF||国际乒乓球联合会,国际乒联|国際卓球連盟|ITTF
BWF||世界羽毛球联合会,世界羽联|世界バドミントン連盟|BWF
ISU||国际滑冰联盟,国际滑联|国際スケート連盟|ISU
FIG||国际体操联合会,国际体联|国際体操連盟|FIG
"""

#: Chinese words that hold an organisation's short form and name none, read as words so that the
#: form inside them is no mention: 世贸中心 is the World Trade Center, 非盟友 "non-allies", 华北约有
#: "North China has about", 以北约 "about … north of", 东亚行动 "East Asian action", 去世 "to die",
#: 联合国际/国家/国有 "jointly with international, state, state-owned …".
_ZH_NOT_NAMES = (
    "世贸中心,世贸大厦,世贸广场,世贸天阶,非盟友,非盟国,东北约,西北约,华北约,河北约,湖北约,台北约,"
    "以北约,向北约,往北约,偏北约,正北约,东亚行,南亚行,西亚行,北亚行,中亚行,欧亚行,去世行,逝世行,"
    "南盟友,联合国际,联合国家,联合国务,联合国有企业,联合国内外"
)
#: The same in Japanese: 国連 inside 米国連邦, 各国連携, 全国連絡会, 全国連合会.
_JA_NOT_NAMES = (
    "国連邦,国連携,国連絡,国連合会,国連続,国連動,国連結,国連鎖,国連帯,国連盟,国連立,国連覇,国連勝,国連敗"
)

_KATAKANA_RE = re.compile("[\u30a1-\u30fa\u30fc]")
_WORD_RE = re.compile("[A-Za-z0-9]")
_COUNTED = ("か国", "ヶ国", "ケ国")


@dataclass(frozen=True)
class Organisation:
    english: str
    parent: str  # the English of the organisation it belongs to, or ""
    zh: tuple[str, ...]
    ja: tuple[str, ...]
    latin: tuple[str, ...]


def _split(cell: str) -> tuple[str, ...]:
    return tuple(x for x in cell.split(",") if x)


@lru_cache(maxsize=1)
def organisations() -> tuple[Organisation, ...]:
    """The table, read once."""
    out = []
    for line in _TABLE.strip().splitlines():
        english, parent, zh, ja, latin = line.split("|")
        forms = list(_split(ja))
        forms += [f.replace("カ国", c) for f in forms if "カ国" in f for c in _COUNTED]
        forms += [f.replace("欧州", "ヨーロッパ") for f in forms if "欧州" in f]
        out.append(Organisation(english, parent, _split(zh), tuple(forms), _split(latin)))
    return tuple(out)


@lru_cache(maxsize=1)
def _indexes() -> tuple[Names, Names]:
    """The source's forms (Chinese and Latin) and the target's (Japanese and Latin), each with the
    words that hold a form and name nothing (English ""), indexed as the countries' names are:
    longest first, ties in the forms' order."""
    table = organisations()
    zh = [(f, o.english) for o in table for f in o.zh + o.latin]
    zh += [(f, "") for f in _split(_ZH_NOT_NAMES)]
    ja = [(f, o.english) for o in table for f in o.ja + o.latin]
    ja += [(f, "") for f in _split(_JA_NOT_NAMES)]
    return Names.of(sorted(set(zh), key=_longest_first)), Names.of(sorted(set(ja), key=_longest_first))


def _longest_first(form: tuple[str, str]) -> tuple[int, str]:
    return -len(form[0]), form[0]


def _whole(text: str, form: str, start: int, end: int) -> bool:
    """A Latin form must be a whole word (no WHO in WHOLE, no UN in UNESCO), a katakana form a
    whole katakana word."""
    for pattern in (_WORD_RE, _KATAKANA_RE):
        if pattern.match(text[start]) and start > 0 and pattern.match(text[start - 1]):
            return False
        if pattern.match(text[end - 1]) and end < len(text) and pattern.match(text[end]):
            return False
    return True


def _mentions(text: str, names: Names) -> tuple[tuple[str, int, int], ...]:
    """(English, start, end) of each organisation the text names, left to right (the countries'
    search, with this table's word boundaries): a word that holds a form and names nothing takes
    its characters and is not listed."""
    return tuple((e, s, t) for e, s, t in mentions(text, names, _whole) if e)


@lru_cache(maxsize=1024)
def source_organisations(source: str) -> tuple[tuple[str, int, int], ...]:
    """(English, start, end) of each organisation of the table the source names."""
    return _mentions(source, _indexes()[0])


@lru_cache(maxsize=1024)
def target_organisations(target: str) -> tuple[tuple[str, int, int], ...]:
    """(English, start, end) of each organisation of the table the target names."""
    return _mentions(target, _indexes()[1])


@lru_cache(maxsize=1)
def _lines() -> dict[str, frozenset[str]]:
    """Each organisation with those it belongs to, directly or not, itself included."""
    parent = {o.english: o.parent for o in organisations()}
    out = {}
    for english in parent:
        line, at = {english}, parent[english]
        while at and at not in line:
            line.add(at)
            at = parent.get(at, "")
        out[english] = frozenset(line)
    return out


def _related(a: str, b: str) -> bool:
    """Whether one of the two is, or belongs to, the other (the UN and UNESCO; not UNESCO and
    UNICEF)."""
    lines = _lines()
    return a in lines[b] or b in lines[a]


def swapped_organisations(source: str, target: str) -> list[tuple[str, int, int, str, str]]:
    """The target's organisations that stand in the place of one of the source's: (English, start,
    end, the source's form, its English). The source's organisation is unrendered (the target
    names neither it nor one of its line) and the target's is one the source names nothing of
    its line."""
    named = source_organisations(source)
    if not named:
        return []
    found = target_organisations(target)
    rendered = {e for e, _, _ in found}
    missing = [(source[s:t], e) for e, s, t in named if not any(_related(e, r) for r in rendered)]
    if not missing:
        return []
    named_english = {e for e, _, _ in named}
    return [(e, s, t, *missing[0]) for e, s, t in found if not any(_related(e, n) for n in named_english)]


class WrongOrganisation(Check):
    """An organisation of the source rendered as another well-known one of the table (世卫组织 as
    世界貿易機関, 上海合作组织 as 東南アジア諸国連合): the source's is not in the target, and the
    target's is not in the source."""

    code = "entity-organisation"
    category = "named_entity"
    severity = "major"
    description = gettext_noop(
        "The target names an international organisation the source does not, where one the source "
        "names is missing (世界貿易機関 for 世界卫生组织, ユニセフ for 联合国教科文组织)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if not seg.source_stripped or not seg.target_stripped:
            return
        target = seg.target_norm
        for english, start, end, form, meant in swapped_organisations(seg.source_norm, target)[:1]:
            yield Finding(
                f"'{target[start:end]}' ({english}) is named in the target, not in the source, "
                f"where the source's {form} ({meant}) has no rendering",
                start,
                end,
            )
