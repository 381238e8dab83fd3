"""``python -m alignment fix PAIRS.jsonl``: the Japanese of each line with its one-click fixes applied.

For pipelines that want the mechanical corrections (、 for ，, ー for a kanji 一 in katakana, 「」 for
“”, a termbase's required term …) made before a human reviews the rest. Same input and options as
``check``; writes ``{"id", "ja", "fixes": [{"code", "start", "end", "was", "fix"}]}`` per line, offsets
into the input's ``ja``.
"""

from __future__ import annotations

import argparse

from alignment.checks.fixes import apply_fixes
from alignment.cli.check import add_input_arguments, checked, write_lines


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_input_arguments(parser)


def run(args: argparse.Namespace) -> int:
    def payloads():
        for item, flags in checked(args):
            ja = item.get("ja") or ""
            fixed, applied = apply_fixes(ja, flags)
            yield {
                "id": item["id"],
                "ja": fixed,
                "fixes": [
                    {"code": f.code, "start": f.start, "end": f.end, "was": ja[f.start : f.end], "fix": f.fix}
                    for f in applied
                ],
            }

    write_lines(args, payloads())
    return 0
