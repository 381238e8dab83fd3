"""pypinyin's phrase dictionary, read compactly and once per machine.

pypinyin reads its phrase dictionary (47,111 phrases, each a list of one-reading lists) from a JSON
file when first imported: 130,000 strings for the 1,247 syllables they spell and 130,000 lists for
the 1,249 readings, ~35 MB, at every start. :func:`install` puts a stand-in for its
``pypinyin.phrases_dict`` module in place before pypinyin is imported, whose dictionary is the
same, each syllable and each reading one object shared by the phrases that have it, kept by
:func:`alignment.derived.derived` (25 MB less resident memory, and read faster). pypinyin copies a
phrase's readings before it changes them (``deepcopy`` in its converter), so sharing them changes
nothing it answers.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
import types

from alignment.derived import derived

#: Bump when what is kept changes.
VERSION = 1
_MODULE = "pypinyin.phrases_dict"


def install() -> None:
    """Put the stand-in in place, unless pypinyin is imported already (then it keeps its own). It
    reads nothing until pypinyin asks for its dictionary."""
    if "pypinyin" in sys.modules or _MODULE in sys.modules:
        return
    spec = importlib.util.find_spec("pypinyin")
    if spec is None or spec.origin is None:
        return
    path = os.path.join(os.path.dirname(spec.origin), "phrases_dict.json")
    if not os.path.exists(path):
        return
    module = types.ModuleType(_MODULE, __doc__)

    def __getattr__(name: str) -> object:
        if name != "phrases_dict":
            raise AttributeError(name)
        phrases = derived("pinyin-phrases", path, VERSION, lambda: _compact(path))
        module.__dict__["phrases_dict"] = phrases  # asked once: an attribute from now on
        return phrases

    module.__getattr__ = __getattr__  # type: ignore[method-assign]
    sys.modules[_MODULE] = module


def _compact(path: str) -> dict[str, list[list[str]]]:
    """The file's dictionary, each syllable and each reading a single object."""
    with open(path, encoding="utf-8") as f:
        phrases: dict[str, list[list[str]]] = json.load(f)
    syllables: dict[str, str] = {}
    readings: dict[tuple[str, ...], list[str]] = {}
    out: dict[str, list[list[str]]] = {}
    for phrase, value in phrases.items():
        shared = []
        for reading in value:
            key = tuple(reading)
            if key not in readings:
                readings[key] = [syllables.setdefault(s, s) for s in reading]
            shared.append(readings[key])
        out[phrase] = shared
    return out
