"""How Japanese writes the names of a Chinese source when it neither copies their characters nor
spells their sound: conventional names (美国 as 米国), a capital for its government, a person by
family name and title, a loanword of what the name means. And which dictionary names of a source
are names at all there: not dates, nor characters that the sentence reads as another word.

The entity checks ask these questions before they call a name missing; a wrong "yes" costs a
missed flag, a wrong "no" a false one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from alignment import lexicon
from alignment.bridge import to_kanji
from alignment.checks.origins import cedict_common, cedict_text, head_glosses, latin_stems, segmented

CALENDAR = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December".split()
)
# Names Japanese writes its own way, neither as the bridge writes the Chinese nor as its English
# sounds (美国 is 米国 or アメリカ, not 美国 nor ユナイテッドステーツ).
_JAPANESE_NAMES: dict[str, tuple[str, ...]] = {
    # In political news Washington stands for the United States as Pyongyang does for North Korea.
    "美国": ("米国", "米", "アメリカ", "ワシントン"),
    "中华": ("中国", "中華"),
    "美方": ("米国", "米側", "アメリカ"),
    "美军": ("米軍",),
    "联合国": ("国連", "国際連合"),
    "欧盟": ("EU", "欧州連合"),
    "英国": ("英国", "イギリス", "英"),
    "朝鲜": ("北朝鮮", "朝鮮"),
    "韩国": ("韓国",),
    "澳大利亚": ("オーストラリア", "豪州", "豪"),
    "俄罗斯": ("ロシア", "露"),
    "中俄": ("中ロ", "中露", "ロシア"),
    "美洲": ("米州", "米大陸", "アメリカ大陸", "南北アメリカ", "中南米"),
    "欧元区": ("ユーロ圏",),
    # Tennis's four majors as the Japanese press names them.
    "澳网": ("全豪",),
    "法网": ("全仏",),
    "美网": ("全米",),
    "温网": ("ウィンブルドン", "全英"),
    "北约": ("NATO", "北大西洋条約機構"),
    "安理会": ("安保理", "安全保障理事会"),
    "外交部": ("外務省", "外交部", "外相", "外務"),
    "人大": ("全人代", "人民代表大会"),
    "国务院": ("国務院",),
    "国务卿": ("国務長官",),
    "推特": ("ツイッター", "ツイート"),
    # Chinese companies and services the Japanese press names in katakana or by their Latin name.
    "华为": ("ファーウェイ",),
    "小米": ("シャオミ",),
    "腾讯": ("テンセント",),
    "阿里巴巴": ("アリババ",),
    "支付宝": ("アリペイ", "Alipay"),
    "淘宝": ("タオバオ",),
    "百度": ("バイドゥ",),
    "字节跳动": ("バイトダンス",),
    "抖音": ("TikTok", "ティックトック", "ドウイン"),
    "微信": ("WeChat", "ウィーチャット"),
    "网易": ("ネットイース",),
    "京东": ("JD", "京東"),
    "拼多多": ("PDD", "ピンドゥオドゥオ"),
    "美团": ("メイトゥアン", "美団"),
    "滴滴": ("DiDi", "ディディ", "滴滴"),
    "海尔": ("ハイアール",),
    "海信": ("ハイセンス",),
    "联想": ("レノボ", "Lenovo"),
    "中兴": ("ZTE",),
    "比亚迪": ("BYD",),
    "大疆": ("DJI",),
    "宁德时代": ("CATL",),
    "吉利": ("ジーリー", "吉利"),
    "蔚来": ("NIO", "ニーオ"),
    # A capital stands for its government, in either language (平壤方面 = 北朝鮮).
    "平壤": ("平壌", "北朝鮮"),
    "北京": ("北京", "中国"),
    "华盛顿": ("ワシントン", "米国", "アメリカ"),
    "首尔": ("ソウル", "韓国"),
    "莫斯科": ("モスクワ", "ロシア"),
    "东京": ("東京", "日本"),
    "伦敦": ("ロンドン", "英国", "イギリス"),
}
# The press abbreviates a country to one kanji before a name or an office of it (独ルフトハンザ,
# 仏大統領, 米アップル): standing alone, not inside a word (独立, 仏教), it names the country.
_ONE_KANJI = {
    "德国": "独",
    "法国": "仏",
    "意大利": "伊",
    "加拿大": "加",
    "印度": "印",
    "荷兰": "蘭",
    "西班牙": "西",
    "韩国": "韓",
}
_BEFORE_A_NAME = r"(?=[\u30a1-\u30fa\u30fcA-Za-z]|政府|首相|大統領|外相|国防相|当局|大手|紙|企業|議会|中銀)"


@lru_cache(maxsize=64)
def _one_kanji_re(abbreviation: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\u4e00-\u9fff]){abbreviation}{_BEFORE_A_NAME}")


# Japanese names a person by family name and title (文在寅 as 文大統領), or by the family name alone
# (金正恩 as 金が).
_TITLES = ("氏", "大統領", "首相", "主席", "総理", "委員長", "長官", "外相", "議長", "総書記", "書記", "国王")


def misread(word: str, source: str) -> bool:
    """Whether the first occurrence of ``word`` is part of another word when the source is read as
    Chinese is segmented, longest dictionary word first from the left: it starts inside one (人大
    in 机器人大赛, 宁国 in 长宁国际) or begins a longer one (马拉 of 马拉松 "marathon"). 微软 in
    谷歌、微软和苹果 is a word of its own, though 软和 is a word too. Nor is a name one that starts
    with the generic of a geographic name (山, 河, 湖, 岛 …) right after another character, and whose
    rest makes a common word with the character after it: Chinese writes a mountain range or a river
    as its name and that generic, so 山南 in 喀尔巴阡山南坡 is the Carpathians' 山 and 南坡 "south slope"
    (the longest word first took 山南 and left 坡 alone)."""
    start = source.find(word)
    starts = _word_starts(source)
    if start not in starts:
        return True
    end = min((s for s in starts if s > start), default=len(source))
    if end > start + len(word):
        return True
    return (
        source[start] in _GEOGRAPHIC_GENERICS
        and start > 0
        and "\u4e00" <= source[start - 1] <= "\u9fff"
        and min((s for s in starts if s > end), default=len(source)) == end + 1
        and source[start + 1 : end + 1] in cedict_common()
    )


# The generics Chinese writes after the name of a mountain, a river, a lake, a sea or an island.
_GEOGRAPHIC_GENERICS = frozenset("山河江湖海岛峰岭峡湾")


@lru_cache(maxsize=1024)
def _word_starts(source: str) -> frozenset[int]:
    return frozenset(i for i, _ in segmented(source))


def written_the_japanese_way(name: str, target: str, origins: set[str]) -> bool:
    """Whether the target renders a name of the source as Japanese does when it neither copies its
    characters nor spells its sound (names in ordinary characters, mostly): by its conventional
    Japanese name (美国 as 米国), by a loanword or Latin word of what it names (美元 "US dollar" as
    ドル, 联邦调查局 as FBI), or, for three characters or more, by a family name (文在寅 as
    文大統領, 金正恩 as 金が) or two of its characters in kanji (伦敦警察厅 as メトロポリタン警察)."""
    if any(form in target for key, forms in _JAPANESE_NAMES.items() if key in name for form in forms):
        return True
    if any(_one_kanji_re(one).search(target) for key, one in _ONE_KANJI.items() if key in name):
        return True
    heads = head_glosses(name)[0]
    if heads & origins or heads & latin_stems(target):
        return True
    if _ministry_rendered(name, target):
        return True
    if len(name) < 3:
        return False
    bridged = to_kanji(name)
    if any(bridged[0] + title in target for title in _TITLES) or bridged[0] in _family_names_alone(target):
        return True
    return any(bridged[i : i + 2] in target for i in range(len(bridged) - 1))


_MINISTRY_RE = re.compile(r"^Ministry of (.+?)(?: \(|,|$)")
_JA_MINISTRY_RE = re.compile(r"([\u4e00-\u9fff]{2,4})省")


def _ministry_rendered(name: str, target: str) -> bool:
    """Whether the target names a ministry of the source as Japan names its own (卫生部 "Ministry
    of Health" as 保健省, 外交部 as 外務省): a word before 省 that JMdict glosses with the
    ministry's field."""
    field = next(
        (m.group(1) for sense in (cedict_text(name) or "").split("/") if (m := _MINISTRY_RE.match(sense))),
        None,
    )
    if field is None:
        return False
    wanted = lexicon.gloss_stems(field)
    for m in _JA_MINISTRY_RE.finditer(target):
        word = m.group(1)
        for k in range(len(word) - 1):
            senses = lexicon.japanese_senses(word[k:])
            if any(wanted & lexicon.gloss_stems(g) for sense in senses for g in sense):
                return True
    return False


_ALONE_RE = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])[がはをにとも]")


@lru_cache(maxsize=1024)
def _family_names_alone(target: str) -> frozenset[str]:
    """The kanji standing alone before a particle (金が, 文は): a family name used by itself. One
    pattern for every name; a pattern per family name was compiled afresh once Python's cache of
    512 patterns had turned over, in a long run of new text."""
    return frozenset(_ALONE_RE.findall(target))
