"""A title's qualifier dropped: 副市长 "deputy mayor" rendered 市長, 前总统 "former president" 大統領.

MT keeps the title and loses the one character that says whose it is: a deputy becomes the head, a
former holder the holder in office. Both are claims about a person that the number and name checks
cannot see. Chinese writes the qualifier right before the title (外交部副部长, 前总统, 名誉主席) and
Japanese keeps it in the same place (外務次官 aside, 副大臣, 前大統領 or 元大統領, 名誉会長), so the
rule counts: the source's qualified titles of each kind against the target's qualifiers of that
kind before a title. The source's qualifier must begin a word of its segmentation (会前总统致辞 is
会前 and 总统).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from alignment.checks.base import Check, Finding, Segment, gettext_noop
from alignment.checks.origins import segmented

#: Chinese titles a qualifier stands before (the heads of governments, ministries, provinces,
#: cities, parties, companies, schools, missions and bodies).
_ZH_TITLES = (
    "总统|总理|首相|主席|部长|国务卿|外长|省长|市长|县长|区长|州长|镇长|书记|主任|会长|校长|院长|所长"
    "|局长|厅长|处长|总裁|总经理|经理|董事长|理事长|秘书长|总干事|大使|总领事|领事|馆长|司令|社长|行长"
    "|团长|议长|委员长|总督|总监|教练|队长"
)
#: Their Japanese renderings.
_JA_TITLES = (
    "大統領|首相|総理|主席|大臣|国務長官|外相|財務相|国防相|省長|市長|県長|区長|州知事|知事|州長|鎮長|書記|主任|会長|校長|学長"
    "|院長|所長|局長|庁長|処長|総裁|社長|総経理|経理|CEO|最高経営責任者|理事長|董事長|事務総長|事務局長|大使|総領事|領事"
    "|館長|司令官|司令|頭取|行長|団長|議長|委員長|総督|監督|コーチ|主将|部長|長官|次官|首長"
)
_JA_TITLE_RE = re.compile(_JA_TITLES)


class Qualifier(NamedTuple):
    gloss: str
    zh: re.Pattern[str]
    ja: re.Pattern[str]


#: Each qualifier: the source's qualified title and the target's qualifier (before a title). 副 is
#: counted wherever it stands (副専務理事, 副総領事: the deputies' titles are many) and 副部长 is
#: 副大臣 or 次官 for a foreign government; 前 is 前 or 元.
QUALIFIERS: tuple[Qualifier, ...] = (
    Qualifier(
        "deputy",
        re.compile(rf"(?:常务)?副(?:{_ZH_TITLES})"),
        re.compile(r"副(?!作用|産|業|次|題|菜|詞|読本|食)|次官"),
    ),
    Qualifier(
        "former",
        re.compile(rf"[前原](?:驻[^，。、\s]{{1,4}}?)?(?:{_ZH_TITLES})"),
        re.compile(rf"[前元](?:駐?[^\s、。，]{{0,6}}?)(?:{_JA_TITLES})"),
    ),
    Qualifier(
        "honorary",
        re.compile(rf"(?:名誉|荣誉)(?:{_ZH_TITLES})"),
        re.compile(rf"名誉(?:[^\s、。，]{{0,2}}?)(?:{_JA_TITLES})"),
    ),
    Qualifier(
        "acting",
        re.compile(rf"代理(?:{_ZH_TITLES})"),
        re.compile(rf"(?:代理|臨時|暫定)(?:[^\s、。，]{{0,2}}?)(?:{_JA_TITLES})|代行"),
    ),
)


class TitleQualifierDropped(Check):
    """The source has more deputies, former or honorary holders or acting heads than the target
    says: 副市长 rendered 市長, 前总统 rendered 大統領."""

    code = "omission-title-qualifier"
    category = "omission"
    severity = "major"
    description = gettext_noop(
        "A title's qualifier dropped: a deputy, former, honorary or acting holder rendered as the "
        "holder (副市长 'deputy mayor' → 市長, 前总统 'former president' → 大統領)."
    )

    def check(self, seg: Segment) -> Iterator[Finding]:
        source, target = seg.source_norm, seg.target_norm
        words: set[int] | None = None
        for qualifier in QUALIFIERS:
            found = list(qualifier.zh.finditer(source))
            if not found:
                continue
            if words is None:
                words = {at for at, _ in segmented(source)}
            meant = sum(1 for m in found if m.start() in words)
            said = list(qualifier.ja.finditer(target))
            if meant <= len(said):
                continue
            covered = {i for m in said for i in range(m.start(), m.end())}
            title = next((m for m in _JA_TITLE_RE.finditer(target) if m.start() not in covered), None)
            if title is None:
                continue
            yield Finding(
                f"'{title.group()}' has no word for the source's {qualifier.gloss} ({found[0].group()})",
                title.start(),
                title.end(),
            )
            return
