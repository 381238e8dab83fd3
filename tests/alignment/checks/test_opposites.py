"""mistranslation-opposite and mistranslation-compass: a word or a region rendered by its opposite."""

import pytest

from alignment.checks import run_checks

OPPOSITE = "mistranslation-opposite"
COMPASS = "mistranslation-compass"


def spans(zh: str, ja: str, code: str) -> list[str]:
    return [ja[f.start : f.end] for f in run_checks(zh, ja) if f.code == code]


@pytest.mark.parametrize(
    ("zh", "ja", "span"),
    [
        (
            "今年前十个月，该省对东盟出口增长明显。",
            "今年1～10月、同省の東南アジア諸国連合への輸入は大きく伸びた。",
            "輸入",
        ),
        ("博览会于周五晚间闭幕。", "博覧会は金曜日の夜に開幕した。", "開幕"),
        ("这家民营企业去年营收突破百亿元。", "この国有企業の昨年の売上高は100億元を突破した。", "国有"),
        ("双方同意深化双边合作。", "双方は多国間協力の深化で合意した。", "多国間"),
        ("今年一季度货物贸易顺差扩大。", "今年1～3月期の物品貿易の赤字は拡大した。", "赤字"),
        ("我们坚决反对任何形式的保护主义。", "我々はいかなる形の保護主義も断固支持する。", "支持"),
        ("女子组比赛将于明天举行。", "男子の部の試合はあす行われる。", "男子"),
        ("代表团于昨日抵达河内。", "代表団は昨日ハノイを出発した。", "出発"),
        ("景区内禁止吸烟。", "景区内での喫煙が許可されている。", "許可"),
        ("该项目已经竣工。", "このプロジェクトは着工した。", "着工"),
        ("项目提前完工。", "プロジェクトは予定より遅れて完成した。", "遅れ"),
        ("该政策将于明年1月1日起施行。", "同政策は来年1月1日に廃止される。", "廃止"),
        ("两国关系日益密切。", "両国関係は日増しに疎遠になっている。", "疎遠"),
        ("中国队以3比1击败日本队。", "中国チームは1対3で日本チームに敗れた。", "敗れ"),
        ("他对此表示满意。", "彼はこれに不満を示した。", "不満"),
        ("该国放宽了签证政策。", "同国はビザ政策を厳格化した。", "厳格化"),
        ("该市就业形势稳定。", "同市の失業情勢は安定している。", "失業"),
        ("外资持续流入。", "外資の流出が続いている。", "流出"),
    ],
)
def test_an_opposite(zh: str, ja: str, span: str) -> None:
    assert spans(zh, ja, OPPOSITE) == [span]


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        (
            "今年前十个月，该省对东盟出口增长明显。",
            "今年1～10月、同省の東南アジア諸国連合への輸出は大きく伸びた。",
        ),
        # Both sides named: 进出口 holds both words, and so does 国内外.
        ("该口岸进出口总额创新高。", "同税関の輸出入総額は過去最高となった。"),
        ("吸引了国内外游客。", "国内外の観光客を引きつけた。"),
        ("我们支持多边主义，反对单边主义。", "我々は多国間主義を支持し、一国主義に反対する。"),
        # 出口 "exit" of a station has no import to be confused with; 反对派 is the opposition.
        ("地铁站东出口已经开放。", "地下鉄駅の東出口はすでに開放されている。"),
        ("反对派领导人表示欢迎。", "野党指導者は歓迎の意を示した。"),
        # Foreign troops inside a country's borders: 外国 is the other side of 境内.
        ("外国军队非法进入该国境内。", "外国軍が同国の領内に不法に入った。"),
        # 不太满意 "not quite satisfied" is dissatisfied; a team that won once and lost once.
        ("该党对更名不太满意。", "同党は名称変更に不満を示した。"),
        ("球队本赛季第三次失利，此前曾击败对手。", "チームは今季3度目の敗戦で、以前は相手を破っていた。"),
        # Sales figures are not an act of selling opposed to a purchase.
        ("该药品销售额快速增长，是此次交易的核心。", "同薬の売上高は急増しており、今回の買収の中核だ。"),
    ],
)
def test_no_opposite(zh: str, ja: str) -> None:
    assert spans(zh, ja, OPPOSITE) == []


@pytest.mark.parametrize(
    ("zh", "ja", "span"),
    [
        ("东欧国家代表出席论坛。", "西欧諸国の代表がフォーラムに出席した。", "西欧"),
        ("南美客商前来洽谈。", "北米のバイヤーが商談に訪れた。", "北米"),
        ("该国西部地区发展迅速。", "同国の東部地域は急速に発展している。", "東部"),
        ("东南亚游客持续增长。", "東北アジアの観光客が増え続けている。", "東北アジア"),
        ("越南北部山区降雨明显。", "ベトナム南部の山間部では雨が多い。", "南部"),
        ("华南地区气温偏高。", "華北地域は気温が高めだ。", "華北"),
    ],
)
def test_another_compass_point(zh: str, ja: str, span: str) -> None:
    assert spans(zh, ja, COMPASS) == [span]


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        ("东南亚游客持续增长。", "東南アジアの観光客が増え続けている。"),
        ("中亚五国代表出席。", "中央アジア5カ国の代表が出席した。"),
        ("匈牙利是中东欧地区的重要国家。", "ハンガリーは中・東欧地域の重要な国だ。"),
        ("东北部地区", "北東部地域"),
        # A place whose name ends in a compass point: 巴西 and 北部, 广西 and the 北部湾 gulf.
        ("会议在巴西北部城市贝伦举行。", "会議はブラジル北部のベレンで開かれた。"),
        ("货物运至广西北部湾港。", "貨物は広西の北部湾港に運ばれた。"),
        ("中美两国元首会晤。", "米中首脳が会談した。"),
    ],
)
def test_the_same_compass_point(zh: str, ja: str) -> None:
    assert spans(zh, ja, COMPASS) == []


COMPARISON = "mistranslation-comparison"


@pytest.mark.parametrize(
    ("zh", "ja", "flagged"),
    [
        ("今年游客比去年多。", "今年の観光客は昨年より少ない。", True),
        ("新线路比原来的快两个小时。", "新路線は従来より2時間遅い。", True),
        ("这里的气温比北京低。", "ここの気温は北京より高い。", True),
        ("今年游客比去年多。", "今年の観光客は昨年より多い。", False),
        ("这里的气温比北京低。", "ここの気温は北京より低い。", False),
        # 与…相比 "compared with" opens its own clause; comparisons both ways are left alone.
        (
            "与航空运输相比，铁路运量更大、受天气影响更小。",
            "航空輸送より輸送量が大きく、天候の影響も小さい。",
            False,
        ),
        ("东部比西部发展快，但比沿海慢。", "東部は西部より発展が速いが、沿海部より遅い。", False),
    ],
)
def test_a_comparison_turned_around(zh: str, ja: str, flagged: bool) -> None:
    assert (COMPARISON in [f.code for f in run_checks(zh, ja)]) is flagged
