"""Page chrome: the parts of a saved web page that are not the article.

Press-office pages wrap the article in a masthead, breadcrumbs, a metadata line (date, source, visit
counter, font-size switch), image file names and print/close links, and machine translation leaves
some of it in Chinese inside Japanese pages. Aligning chrome to content costs links on both sides,
so chrome is recognised here by its *shape* (labels followed by values, ``>`` trails, file names,
short navigation lines) and kept as non-translatable units.
"""

from __future__ import annotations

import re
from dataclasses import replace

from alignment.types import BOILERPLATE, Sentence

# Metadata labels of Chinese and Japanese news pages (and their MT renderings).
_META_LABELS = (
    "发布日期|发布时间|发布者|发表时间|时间|日期|来源|作者|编辑|责任编辑|访问次数|浏览次数|阅读次数|点击数|字号|"
    "信息来源|稿源|供稿|リリース日|公開日|掲載日|更新日|時間|日付|ソース|出所|出典|作成者|著者|ブラウズ回数|"
    "ブラウズ|閲覧数|閲覧回数|アクセス数|フォント|文字サイズ|字体"
)
_META_RE = re.compile(rf"({_META_LABELS})\s*[:：]")
_DATE_RE = re.compile(r"\d{4}[-/年.]\d{1,2}[-/月.]\d{1,2}日?(\s*\d{1,2}:\d{2}(:\d{2})?)?")
_BREADCRUMB_START_RE = re.compile(
    r"^[•·\s]*(您当前的位置|当前位置|您的位置|所在位置|現在の位置|現在地|ホーム\s*>|首页\s*>)"
)
_IMAGE_RE = re.compile(r"^[\w\s()（）\[\]\-_.,]{1,80}\.(jpe?g|png|gif|webp|bmp|svg|tiff?)$", re.IGNORECASE)
_NAV_RE = re.compile(
    r"(打印本页|关闭窗口|返回顶部|返回首页|分享到|上一篇|下一篇|【打印】|【关闭】|【字体|"
    r"トップへ戻[りる]|ページの先頭|印刷する|このページを印刷|閉じる|前の記事|次の記事|"
    r"Produced\s+By|Powered\s+by|Copyright|版权所有|©|ICP备|シェア|Share\b|关键词|关键字|最近更新|推荐资讯|相关新闻|相关阅读|热点新闻|キーワード|関連記事|最新記事|おすすめ)",
    re.IGNORECASE,
)
# (?<!\s): a try starts where a blank starts; from inside a long blank with no ">" after it, each
# character retried the rest of the blank (quadratic).
_TRAIL_RE = re.compile(r"(?<!\s)\s*[>＞»]\s*")
_ONLY_MARKS_RE = re.compile(r"^[\s•·\-–—_=*#>|/\\.。、，,:：;；()（）\[\]【】]*$")
_TERMINAL = "。！？!?」』”"
# A clause: a content word, a case or topic particle, another content word ("市は協定を結んだ").
# Site names and menu items are noun phrases ("長寧ニューズ", "お問い合わせ") and have none.
_JA_WORD = r"[\u4e00-\u9fff\u30a1-\u30faA-Za-z0-9０-９]"
_JA_CLAUSE_RE = re.compile(rf"{_JA_WORD}[はがをにでへ]{_JA_WORD}")
# Chinese headlines join clauses or quote a slogan; mastheads and menus do not.
_ZH_CLAUSE_RE = re.compile(r"[\u4e00-\u9fff][，,、“《：:][\u4e00-\u9fff“《]")


def is_boilerplate(line: str, lang: str | None = None) -> bool:
    """Whether one unit is page chrome by its shape alone (no document context)."""
    text = line.strip()
    if _ONLY_MARKS_RE.match(text):
        return True
    if _IMAGE_RE.match(text):
        return True
    if _BREADCRUMB_START_RE.match(text):
        return True
    # ">長寧ニユ一ス>長寧ニューズ", "首页 > 新闻 > 上海": a trail of short items joined by ">".
    parts = [p.strip() for p in _TRAIL_RE.split(text)]
    if len(parts) >= 3 and all(len(p) <= 30 for p in parts[1:-1]) and text.count(">") + text.count("＞") >= 2:
        return True
    labels = _META_RE.findall(text)
    if len(labels) >= 2 or (labels and len(text) <= 60 and text[-1] not in _TERMINAL):
        return True
    if _DATE_RE.search(text) and len(text) <= 30 and text[-1] not in _TERMINAL:
        return True
    if _NAV_RE.search(text) and len(text) <= 60 and text[-1] not in "。！？":
        return True
    # Bullet-led metadata items ("• フォント:[大きい 小さい]").
    return bool(re.search(r"[\[［][^\]］]{0,12}[\]］]\s*$", text) and len(text) <= 30)


def _is_headline(line: str) -> bool:
    """Whether a short unterminated line reads as a clause (a title) rather than a name or menu item."""
    return bool(_JA_CLAUSE_RE.search(line) or _ZH_CLAUSE_RE.search(line))


def _is_dateline(line: str) -> bool:
    """Whether a chrome line carries the article's date or source, which pages print under the title."""
    return bool(_META_RE.search(line) or _DATE_RE.search(line))


def flags(lines: list[str], lang: str | None = None) -> list[bool]:
    """Chrome flag per unit, including a masthead: short title-less lines above the first breadcrumb.

    A headline sits directly above the date/source line and is as short as a masthead, so the line
    just above a dateline stays content when it reads as a clause.
    """
    out = [is_boilerplate(line, lang) for line in lines]
    first_chrome = next((i for i, f in enumerate(out[:8]) if f), None)
    if first_chrome is not None:
        for i in range(first_chrome):
            text = lines[i].strip()
            if len(text) > 20 or text[-1:] in _TERMINAL:
                continue
            if i == first_chrome - 1 and _is_dateline(lines[first_chrome]) and _is_headline(text):
                continue
            out[i] = True
    return out


def mark(sentences: list[Sentence], lang: str | None = None) -> list[Sentence]:
    """Copies of the sentences with chrome marked as BOILERPLATE."""
    marks = flags([s.text for s in sentences], lang)
    return [replace(s, kind=BOILERPLATE) if f else s for s, f in zip(sentences, marks, strict=True)]
