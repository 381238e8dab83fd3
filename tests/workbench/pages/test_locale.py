"""The Japanese catalogue: complete, and the committed .mo matches the .po (no msgfmt needed in CI)."""

from __future__ import annotations

import gettext
import re
from pathlib import Path

from django.utils import translation
from translate.storage import po

from alignment.checks import CHECKS
from workbench.pages.review import strings

ROOT = Path(__file__).resolve().parents[3]
LOCALE = ROOT / "workbench" / "locale" / "ja" / "LC_MESSAGES"
TEMPLATES = [
    *(ROOT / "templates" / "workbench").glob("*.html"),
    ROOT / "templates" / "base.html",
    ROOT / "templates" / "registration" / "login.html",
]


def units():
    return [
        u
        for u in po.pofile.parsefile(str(LOCALE / "django.po")).units
        if not u.isheader() and not u.isobsolete()
    ]


def test_every_message_is_translated_and_not_fuzzy():
    missing = [str(u.source) for u in units() if not u.istranslated() or u.isfuzzy()]
    assert missing == []


def test_compiled_catalogue_matches_the_po_file():
    with (LOCALE / "django.mo").open("rb") as fh:
        mo = gettext.GNUTranslations(fh)
    stale = []
    for u in units():
        if u.hasplural():
            continue
        if mo.gettext(str(u.source)) != str(u.target):
            stale.append(str(u.source))
    assert stale == [], "run: uv run python manage.py compilemessages -l ja"


def test_every_template_string_is_in_the_catalogue():
    ids = {str(u.source) for u in units()}
    pattern = re.compile(r"""{%\s*translate\s+(["'])(.+?)\1""")
    found = {m.group(2) for path in TEMPLATES for m in pattern.finditer(path.read_text())}
    assert found and sorted(found - ids) == []


def test_every_check_description_is_translated_in_the_catalogue():
    """The library marks its descriptions with gettext_noop; a check whose description is missing
    from the catalogue would show English to a Japanese reviewer."""
    translated = {str(u.source): str(u.target) for u in units() if u.istranslated() and not u.isfuzzy()}
    missing = [
        c.code for c in CHECKS.values() if not re.search("[\u3041-\u30ff]", translated.get(c.description, ""))
    ]
    assert missing == []


def test_every_string_the_page_scripts_show_is_japanese():
    """The scripts' texts come from gettext on the server (``pages/review/strings.py``); one left
    out of the catalogue would show English in the Japanese UI (the history's "compare with
    current", an undo's refusal)."""
    with translation.override("ja"):
        shown = {
            key: value
            for make in (strings.review_js_strings, strings.qa_js_strings, strings.import_js_strings)
            for key, value in make().items()
        }
    english = sorted(
        key for key, value in shown.items() if not re.search("[\u3041-\u30ff\u4e00-\u9fff]", value)
    )
    assert english == []
