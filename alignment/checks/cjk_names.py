"""Korean and Japanese people's names read in Mandarin (韩国的金成民 as ジン・チョンミン, 日本首相石破茂
as シーポー・マオ).

Chinese writes a Korean or a Japanese person's name in its characters. Japanese writes a Japanese
name in its kanji (石破茂) and a Korean one in kanji with the Korean reading, or in the katakana of
the Korean reading (金成民（キム・ソンミン）, キム・ソンミン): never in the Mandarin reading, which is
what machine translation that does not know the person reads out, syllable by syllable.
:mod:`chinese_names` flags a Chinese name read so, but leaves documents about Korea alone (Korean
names there are not Chinese ones) and finds a name only by a Chinese surname, which 山田 or 石破 is
not. This check finds the name by a Korean surname (金, 朴) or a Japanese two-kanji one (山田, 石破)
where the text around it says the person is Korean or Japanese (韩国, 日方, 东京 …), and flags a
katakana stretch of the target that spells every character of the name as Mandarin reads it
(:func:`mandarin_readings.mandarin_reading`) and sounds more like that reading than like the
Korean or Japanese one (:func:`sounds.similarity`): a Korean reading that happens to sound as
Mandarin does (ハン・ミン for 韩民) is not flagged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from alignment.bridge import to_kanji
from alignment.checks.base import Check, Finding, Segment, gettext_noop
from alignment.checks.kana import romaji
from alignment.checks.mandarin_readings import mandarin_reading
from alignment.checks.name_kanji import simplified
from alignment.checks.sounds import pinyin, similarity

#: Korean surnames with the katakana of their Korean reading, as the Japanese press writes it.
KOREAN_SURNAMES: dict[str, str] = {
    "金": "キム", "李": "イ", "朴": "パク", "崔": "チェ", "郑": "チョン", "姜": "カン", "赵": "チョ",
    "尹": "ユン", "张": "チャン", "林": "イム", "韩": "ハン", "吴": "オ", "申": "シン", "权": "クォン",
    "黄": "ファン", "安": "アン", "宋": "ソン", "柳": "ユ", "洪": "ホン", "全": "チョン", "高": "コ",
    "文": "ムン", "孙": "ソン", "梁": "ヤン", "裴": "ペ", "白": "ペク", "许": "ホ", "南": "ナム",
    "沈": "シム", "卢": "ノ", "河": "ハ", "丁": "チョン", "成": "ソン", "车": "チャ", "具": "ク",
    "禹": "ウ", "闵": "ミン", "罗": "ナ", "池": "チ", "严": "オム", "元": "ウォン", "蔡": "チェ",
    "千": "チョン", "方": "パン", "孔": "コン", "玄": "ヒョン", "咸": "ハム", "边": "ピョン",
    "廉": "ヨム", "徐": "ソ", "俞": "ユ", "郭": "クァク", "任": "イム", "吕": "ヨ", "秋": "チュ",
    "卞": "ピョン", "鲁": "ノ", "延": "ヨン", "慎": "シン", "薛": "ソル", "奇": "キ", "陆": "ユク",
    "表": "ピョ", "琴": "クム", "殷": "ウン", "卓": "タク", "魏": "ウィ", "宣": "ソン", "秦": "チン",
    "都": "ト", "庆": "キョン", "片": "ピョン", "印": "イン",
}  # fmt: skip
#: The Korean readings of characters common in Korean given names, in the katakana the Japanese
#: press writes them with (a voiced consonant inside a name is written voiceless here; the sound
#: comparison folds the two). A character not listed is compared by its Mandarin reading, which
#: can only keep a name from being flagged.
KOREAN_READINGS: dict[str, str] = {
    "成": "ソン", "盛": "ソン", "星": "ソン", "圣": "ソン", "诚": "ソン", "声": "ソン", "善": "ソン",
    "先": "ソン", "宣": "ソン", "民": "ミン", "敏": "ミン", "珉": "ミン", "旻": "ミン", "浩": "ホ",
    "镐": "ホ", "昊": "ホ", "虎": "ホ", "豪": "ホ", "永": "ヨン", "英": "ヨン", "荣": "ヨン",
    "泳": "ヨン", "容": "ヨン", "勇": "ヨン", "龙": "ヨン", "用": "ヨン", "俊": "チュン", "骏": "チュン",
    "埈": "チュン", "准": "チュン", "秀": "ス", "洙": "ス", "寿": "ス", "守": "ス",
    "贤": "ヒョン", "铉": "ヒョン", "炫": "ヒョン", "显": "ヒョン", "玄": "ヒョン", "亨": "ヒョン",
    "炯": "ヒョン", "馨": "ヒョン", "哲": "チョル", "喆": "チョル", "澈": "チョル", "镇": "チン",
    "珍": "チン", "真": "チン", "振": "チン", "晋": "チン", "辰": "チン", "熙": "ヒ", "喜": "ヒ",
    "希": "ヒ", "姬": "ヒ", "美": "ミ", "恩": "ウン", "银": "ウン", "殷": "ウン", "智": "チ",
    "志": "チ", "知": "チ", "池": "チ", "淑": "スク", "子": "チャ", "在": "チェ", "载": "チェ",
    "宰": "チェ", "材": "チェ", "寅": "イン", "仁": "イン", "文": "ムン", "明": "ミョン", "大": "テ",
    "泰": "テ", "太": "テ", "斗": "トゥ", "焕": "ファン", "桓": "ファン", "勋": "フン", "薰": "フン",
    "宇": "ウ", "雨": "ウ", "佑": "ウ", "友": "ウ", "禹": "ウ", "旭": "ウク", "昱": "ウク", "允": "ユン",
    "润": "ユン", "胤": "ユン", "锡": "ソク", "硕": "ソク", "石": "ソク", "赫": "ヒョク", "根": "クン",
    "植": "シク", "一": "イル", "日": "イル", "正": "チョン", "贞": "チョン", "廷": "チョン",
    "庭": "チョン", "政": "チョン", "晶": "チョン", "静": "チョン", "定": "チョン", "男": "ナム",
    "南": "ナム", "汉": "ハン", "韩": "ハン", "奎": "キュ", "圭": "キュ", "光": "クァン", "国": "クク",
    "基": "キ", "起": "キ", "琪": "キ", "相": "サン", "尚": "サン", "祥": "サン", "承": "スン",
    "昇": "スン", "升": "スン", "胜": "スン", "玉": "オク", "顺": "スン", "淳": "スン", "舜": "スン",
    "花": "ファ", "华": "ファ", "和": "ファ", "昌": "チャン", "彰": "チャン", "昶": "チャン",
    "东": "トン", "秉": "ピョン", "炳": "ピョン", "范": "ポム",
    "钟": "チョン", "锺": "チョン", "宗": "チョン", "元": "ウォン", "源": "ウォン", "媛": "ウォン",
    "园": "ウォン", "云": "ウン", "海": "ヘ", "河": "ハ", "夏": "ハ", "孝": "ヒョ", "惠": "ヘ",
    "慧": "ヘ", "景": "キョン", "京": "キョン", "敬": "キョン", "庆": "キョン", "炅": "キョン",
    "柱": "チュ", "周": "チュ", "株": "チュ", "珠": "チュ", "中": "チュン", "重": "チュン",
    "仲": "チュン", "吉": "キル", "万": "マン", "满": "マン", "延": "ヨン", "妍": "ヨン", "然": "ヨン",
    "娟": "ヨン", "渊": "ヨン", "莲": "ヨン", "泽": "テク", "德": "トク", "瑞": "ソ", "书": "ソ",
    "舒": "ソ", "世": "セ", "小": "ソ", "素": "ソ", "洪": "ホン", "弘": "ホン", "甫": "ポ", "普": "ポ",
    "宝": "ポ", "保": "ポ", "奉": "ポン", "凤": "ポン", "峰": "ポン", "福": "ポク", "富": "プ",
    "夫": "プ", "学": "ハク", "鹤": "ハク", "烈": "ヨル", "灿": "チャン", "赞": "チャン", "春": "チュン",
    "忠": "チュン", "千": "チョン", "天": "チョン", "泉": "チョン", "清": "チョン", "青": "チョン",
    "彩": "チェ", "采": "チェ", "娥": "ア", "雅": "ア", "亚": "ア", "爱": "エ", "良": "ヤン",
    "亮": "ヤン", "阳": "ヤン", "杨": "ヤン", "洋": "ヤン", "熏": "フン", "勲": "フン",
    "锦": "クム", "今": "クム", "湖": "ホ", "镛": "ヨン", "映": "ヨン",
    "瑛": "ヨン", "娜": "ナ", "罗": "ナ", "妮": "ニ", "利": "イ", "李": "イ", "伊": "イ", "怡": "イ",
    "玲": "リョン", "宁": "ニョン", "慈": "チャ", "彬": "ピン", "斌": "ピン", "範": "ポム", "模": "モ",
    "武": "ム", "茂": "ム", "戊": "ム",
}  # fmt: skip
#: Common Japanese surnames of two kanji (simplified forms, as Chinese writes them) with their
#: Japanese reading.
JAPANESE_SURNAMES: dict[str, str] = {
    "山田": "ヤマダ", "田中": "タナカ", "佐藤": "サトウ", "铃木": "スズキ", "高桥": "タカハシ",
    "渡边": "ワタナベ", "伊藤": "イトウ", "中村": "ナカムラ", "小林": "コバヤシ", "加藤": "カトウ",
    "吉田": "ヨシダ", "山本": "ヤマモト", "石破": "イシバ", "岸田": "キシダ", "安倍": "アベ",
    "山口": "ヤマグチ", "松本": "マツモト", "井上": "イノウエ", "木村": "キムラ", "斋藤": "サイトウ",
    "清水": "シミズ", "山崎": "ヤマザキ", "森田": "モリタ", "池田": "イケダ", "桥本": "ハシモト",
    "阿部": "アベ", "石川": "イシカワ", "山下": "ヤマシタ", "中岛": "ナカジマ", "前田": "マエダ",
    "藤田": "フジタ", "后藤": "ゴトウ", "小川": "オガワ", "冈田": "オカダ", "村上": "ムラカミ",
    "近藤": "コンドウ", "石井": "イシイ", "坂本": "サカモト", "远藤": "エンドウ", "青木": "アオキ",
    "藤井": "フジイ", "西村": "ニシムラ", "福田": "フクダ", "太田": "オオタ", "三浦": "ミウラ",
    "藤原": "フジワラ", "冈本": "オカモト", "松田": "マツダ", "中川": "ナカガワ", "中野": "ナカノ",
    "原田": "ハラダ", "小野": "オノ", "田村": "タムラ", "竹内": "タケウチ", "金子": "カネコ",
    "石田": "イシダ", "上田": "ウエダ", "柴田": "シバタ",
    "酒井": "サカイ", "工藤": "クドウ", "横山": "ヨコヤマ", "宫崎": "ミヤザキ", "宫本": "ミヤモト",
    "内田": "ウチダ", "高木": "タカギ", "安藤": "アンドウ", "岛田": "シマダ", "谷口": "タニグチ",
    "大野": "オオノ", "高田": "タカダ", "丸山": "マルヤマ", "今井": "イマイ", "河野": "コウノ",
    "藤本": "フジモト", "村田": "ムラタ", "武田": "タケダ", "上野": "ウエノ", "杉山": "スギヤマ",
    "增田": "マスダ", "小山": "コヤマ", "大冢": "オオツカ", "平野": "ヒラノ", "菅原": "スガワラ",
    "久保": "クボ", "松井": "マツイ", "樱井": "サクライ", "木下": "キノシタ", "野口": "ノグチ",
    "松尾": "マツオ", "菊地": "キクチ", "野村": "ノムラ", "新井": "アライ", "渡部": "ワタナベ",
    "野田": "ノダ", "麻生": "アソウ", "小泉": "コイズミ", "鸠山": "ハトヤマ", "茂木": "モテギ",
    "上川": "カミカワ", "岩屋": "イワヤ", "植田": "ウエダ", "黑田": "クロダ", "丰田": "トヨダ",
    "大谷": "オオタニ", "羽生": "ハニュウ", "村山": "ムラヤマ", "细川": "ホソカワ", "林田": "ハヤシダ",
    "森山": "モリヤマ", "浅野": "アサノ", "北村": "キタムラ", "宫泽": "ミヤザワ",
    "福山": "フクヤマ", "竹下": "タケシタ", "海部": "カイフ", "桥田": "ハシダ",
    "赤泽": "アカザワ", "片山": "カタヤマ", "高市": "タカイチ",
    "玉木": "タマキ", "野中": "ノナカ", "冈村": "オカムラ", "秋叶": "アキバ", "齐藤": "サイトウ",
}  # fmt: skip
# Single-kanji surnames (菅, 林, 森) are too common as words to be listed, and so are those that
# also name a place of China (中山 city, 和田 Hotan, which Japanese writes ホータン).

_HAN = "\u4e00-\u9fff"
#: A katakana stretch: katakana words joined by middle dots (ジン・チョンミン), the dot excluded
#: from each word so that the pattern is linear.
_STRETCH_RE = re.compile(r"[\u30a1-\u30fa\u30fc]+(?:[・･][\u30a1-\u30fa\u30fc]+)*")
#: What says a person is Korean, Japanese or Chinese: the country or its side, its capital, its
#: press and the bodies only it has.
_KOREAN_RE = re.compile("韩国|韩方|韩媒|韩籍|韩裔|朝鲜|朝方|首尔|平壤|釜山|仁川|大韩|青瓦台")
#: 日方 and 中方 are also the ends of other words (节日方面, 集中方式), 京都 of 北京都市圈.
_JAPANESE_RE = re.compile(
    "日本|(?<![节今昨每明某当假])日方|日媒|日籍|日裔|日相|日企|东京|大阪|(?<!北)京都|横滨|名古屋|自民党|外务省"
    "|防卫省|经济产业省|众议院|参议院"
)
_CHINESE_RE = re.compile(
    "中国|(?<![集心])中方|我国|中共|国务院|全国人大|全国政协|书记|国家主席|华裔|新加坡|台湾|香港|澳门"
)
#: A country after 驻 is where an ambassador serves, not whose he is (中国驻韩国大使张成民).
_COUNTRY_RE = re.compile(f"(?<!驻)(?:{_KOREAN_RE.pattern}|{_JAPANESE_RE.pattern}|{_CHINESE_RE.pattern})")


def _nationality(marker: str) -> str:
    if _KOREAN_RE.fullmatch(marker):
        return "korean"
    if _JAPANESE_RE.fullmatch(marker):
        return "japanese"
    return "chinese"


def _setting(source: str, at: int) -> str | None:
    """The nationality the source gives a name at ``at``: that of the nearest country word before
    it (韩国人参协会会长金成民), or else after it (金成民会长率韩国代表团); None where it names none."""
    before = after = None
    for m in _COUNTRY_RE.finditer(source):
        if m.start() < at:
            before = m.group()
        elif after is None:
            after = m.group()
    marker = before or after
    return _nationality(marker) if marker else None


def _candidates(source: str) -> Iterator[tuple[int, str, str]]:
    """Names of the source that may be Korean or Japanese: each with its offset, the characters
    (two or three for a Korean name, the surname alone or with one or two characters for a
    Japanese one) and the kind."""
    for i, c in enumerate(source):
        if c in KOREAN_SURNAMES:
            for length in (3, 2):
                name = source[i : i + length]
                if len(name) == length and re.fullmatch(f"[{_HAN}]+", name):
                    yield i, name, "korean"
        if source[i : i + 2] in JAPANESE_SURNAMES:
            for length in (4, 3, 2):
                name = source[i : i + length]
                if len(name) == length and re.fullmatch(f"[{_HAN}]+", name):
                    yield i, name, "japanese"


def korean_reading(name: str) -> str | None:
    """The katakana of the Korean reading of a name in simplified characters (金成民: キム・ソンミン),
    None where a character of it is not known."""
    if not name:
        return None
    surname = KOREAN_SURNAMES.get(name[0])
    given = [KOREAN_READINGS.get(c) for c in name[1:]]
    if surname is None or any(g is None for g in given):
        return None
    return surname + "・" + "".join(g for g in given if g)


def _native_sound(name: str, kind: str) -> str:
    """The romaji of the name read as its own language reads it, each character that reading is not
    known for read in Mandarin (so that it cannot tell the two readings apart)."""
    if kind == "korean":
        first = romaji(KOREAN_SURNAMES[name[0]])
        rest = "".join(romaji(KOREAN_READINGS[c]) if c in KOREAN_READINGS else pinyin(c) for c in name[1:])
        return first + rest
    return romaji(JAPANESE_SURNAMES[name[:2]]) + pinyin(name[2:])


#: Surnames Mandarin reads otherwise than pypinyin does out of context (朴 is pǔ as a word, Piáo
#: as a surname): a character of the surname reading stands in for it when the name is read.
_SURNAME_STAND_INS = {"朴": "瓢"}


#: A small ャ ュ ョ after a consonant of the i row, which a Mandarin i glide is also written with
#: (苗 miao as ミャオ as well as ミアオ, 良 liang as リャン).
_GLIDE_RE = re.compile("(?<=[キギピビミニリヒ])[ャュョ]")
_GLIDE_VOWELS = str.maketrans("ャュョ", "アウオ")
#: Voiced and voiceless consonants, which Korean readings written in katakana mix (ジョン, チョン).
_VOICING = str.maketrans("gdbzj", "ktpsc")


def _folded(word_romaji: str) -> str:
    return word_romaji.translate(_VOICING).replace("ch", "c").replace("uu", "u").replace("oo", "o")


def _spells(hanzi: str, word: str) -> bool:
    """:func:`mandarin_reading`, with long vowels folded or with the word's own vowels kept apart
    (在寅 as ザイイン)."""
    return (
        mandarin_reading(hanzi, word) is not None
        or mandarin_reading(hanzi, word, fold_long_vowels=False) is not None
    )


@lru_cache(maxsize=4096)
def _read_in_mandarin(name: str, kind: str, word: str) -> bool:
    """Whether the katakana word (dots removed) spells every character of the name in Mandarin and
    sounds more like that reading than like the name's own: by the consonants the project compares
    names with (:func:`similarity`), or where those are alike (the sibilants are one sound to it:
    チョン and ソン), by not being the name's own reading."""
    readings = [name]
    if name[0] in _SURNAME_STAND_INS:
        readings.append(_SURNAME_STAND_INS[name[0]] + name[1:])
    glided = _GLIDE_RE.sub(lambda m: m.group().translate(_GLIDE_VOWELS), word)
    spelt = [read for read in readings if any(_spells(read, w) for w in (word, glided))]
    if not spelt:  # the cheap test first: nearly every pair of a name and a word fails it
        return False
    said = romaji(word)
    own = _native_sound(name, kind)
    native = similarity(own, said)
    for read in spelt:
        mandarin = similarity(pinyin(read), said)
        if mandarin > native or (mandarin == native and _folded(said) != _folded(own)):
            return True
    return False


def mandarin_read_names(seg: Segment) -> Iterator[tuple[int, int, int, str, str, bool]]:
    """Katakana stretches of the target that read a Korean or Japanese name of the source in
    Mandarin: each with its span, the name's offset in the source, the name (simplified), its
    kind and whether the segment itself says the person is of that country (rather than the
    document's setting)."""
    source = simplified(seg.source)
    # Only names set in Korea or Japan, by the segment or else by the document, are read against
    # the katakana: the setting is asked once per name, the reading once per name and word.
    names = []
    for at, name, kind in _candidates(source):
        setting = _setting(source, at)
        if setting == kind or (setting is None and _document_setting(seg, kind) == kind):
            names.append((at, name, kind, setting is not None))
    if not names:
        return
    for m in _STRETCH_RE.finditer(seg.target):
        word = re.sub("[・･]", "", m.group())
        if len(word) < 2:
            continue
        for at, name, kind, sure in names:
            if _read_in_mandarin(name, kind, word):
                yield m.start(), m.end(), at, name, kind, sure
                break


def _document_setting(seg: Segment, kind: str) -> str | None:
    """Where the segment names no country: the document's setting (Korea mentioned, Japan's
    prefectures named)."""
    if kind == "korean":
        known = seg.document.korean
        return "korean" if known else None
    return "japanese" if seg.document.japan else None


class CJKNameMandarinReading(Check):
    code = "entity-name-mandarin-reading"
    linear = False  # reads each stretch of the source with pypinyin
    category = "named_entity"
    severity = "major"
    description = gettext_noop(
        "A Korean or Japanese person's name written in katakana from the Mandarin reading of its "
        "characters (金成民 as ジン・チョンミン, 石破茂 as シーポー・マオ) instead of its kanji or its "
        "Korean reading."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        if not seg.source_stripped:
            return
        for start, end, at, name, kind, sure in mandarin_read_names(seg):
            # The characters as the source writes them (simplified() may give 郎 as 郞).
            kanji = to_kanji(seg.source[at : at + len(name)])
            span = seg.target[start:end]
            if kind == "japanese":
                yield Finding(
                    f"'{span}' reads the Japanese name {name} in Mandarin; Japanese writes it in kanji ({kanji})",
                    start,
                    end,
                    kanji,
                )
                continue
            korean = korean_reading(name)
            written = f"{kanji}（{korean}） or {korean}" if korean else f"{kanji} with its Korean reading"
            if not sure:
                # Only the document says Korea: the person may be a Chinese official at a meeting
                # with Korea, whose name is written in kanji.
                yield Finding(
                    f"'{span}' reads the name {name} in Mandarin; Japanese writes a Korean's name as "
                    f"{written}, a Chinese person's in kanji ({kanji})",
                    start,
                    end,
                )
                continue
            yield Finding(
                f"'{span}' reads the Korean name {name} in Mandarin; Japanese writes {written}",
                start,
                end,
                f"{kanji}（{korean}）" if korean else None,
            )
