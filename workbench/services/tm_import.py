"""Reading translation memories from other tools: TMX 1.4 (ours, Trados, OmegaT, translate-toolkit).

Language codes vary (zh-CN, zh, ZH-CN, zh-Hans; ja, ja-JP), inline markup (<ph>, <bpt>, <it>, <hi>) is
reduced to its text, comments and processing instructions are dropped, and every unit becomes one
TranslationUnit (duplicates merge by digest). Entity declarations and references other than XML's own
five are refused, as defusedxml does: an uploaded file must not read the server's files (XXE) nor
multiply itself (billion laughs), and no TM tool needs them to write its text.
"""

from __future__ import annotations

from lxml import etree

from workbench.models import Project, TranslationUnit
from workbench.permissions import require
from workbench.services.errors import InvalidInput
from workbench.services.memory import add_unit

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_SKIP_INLINE = {"ph", "bpt", "ept", "it"}  # placeholders: their content is markup, not text


class TMXError(InvalidInput):
    pass


def inline_text(seg) -> str:
    """An element's text with inline markup reduced to its text and placeholders left out."""
    parts = [seg.text or ""]
    for child in seg:
        if isinstance(child, etree._Entity):
            raise TMXError(f"the entity {child.text} is not accepted: write the character itself")
        if isinstance(child.tag, str) and etree.QName(child).localname not in _SKIP_INLINE:
            parts.append(inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts).strip()


def _lang(tuv) -> str:
    return (tuv.get(XML_LANG) or tuv.get("lang") or "").lower()


def parse_xml(data: bytes):
    """The root of an uploaded XML file, read without entities, DTDs or network access."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)
    root = etree.fromstring(data, parser)
    dtd = root.getroottree().docinfo.internalDTD
    declared = [entity.name for entity in dtd.iterentities()] if dtd is not None else []
    if declared:
        raise TMXError(f"the file declares XML entities ({', '.join(declared)}); they are not accepted")
    return root


def read_tmx(data: bytes) -> list[tuple[str, str]]:
    """(Chinese, Japanese) pairs of a TMX file."""
    try:
        root = parse_xml(data)
    except etree.XMLSyntaxError as exc:
        raise TMXError(f"not a valid TMX file: {exc}") from None
    if etree.QName(root).localname != "tmx":
        raise TMXError("not a TMX file (no <tmx> root element)")
    pairs = []
    for tu in root.iter("{*}tu", "tu"):
        texts: dict[str, str] = {}
        for tuv in tu.iter("{*}tuv", "tuv"):
            seg = tuv.find("{*}seg") if tuv.find("seg") is None else tuv.find("seg")
            if seg is None:
                continue
            lang = _lang(tuv)
            if lang.startswith("zh"):
                texts.setdefault("zh", inline_text(seg))
            elif lang.startswith("ja"):
                texts.setdefault("ja", inline_text(seg))
        if texts.get("zh") and texts.get("ja"):
            pairs.append((texts["zh"], texts["ja"]))
    return pairs


def import_tmx(*, project: Project, user, data: bytes, name: str) -> int:
    """Store the units of a TMX file in the project's memory; returns how many pairs it held."""
    require(user, "import", project)
    pairs = read_tmx(data)
    for source, target in pairs:
        add_unit(
            project=project,
            source=source,
            target=target,
            origin=TranslationUnit.Origin.IMPORTED,
            import_name=name,
            user=user,
        )
    return len(pairs)
