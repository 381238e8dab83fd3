"""The command line: ``python -m alignment {align,pair,check,fix,bench} ...``.

Each sub-command lives in its own module with ``add_arguments(parser)`` and ``run(args) -> int``.
Bad input ends with a one-line ``error: ...`` on stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from alignment.errors import InputError

COMMANDS: dict[str, str] = {
    "align": "align two articles (or a batch of presplit documents) sentence by sentence",
    "pair": "detect each file's language and pair Japanese files with their Chinese sources",
    "check": "flag MT defects in aligned segments (JSON lines in, JSON lines out)",
    "fix": "apply the mechanical one-click fixes of aligned segments (JSON lines in, JSON lines out)",
    "bench": "measure alignment accuracy and speed on a benchmark folder",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m alignment", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name, help_text in COMMANDS.items():
        module = importlib.import_module(f"alignment.cli.{name}")
        module.add_arguments(sub.add_parser(name, help=help_text, description=help_text))
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    module = importlib.import_module(f"alignment.cli.{args.command}")
    try:
        return int(module.run(args) or 0)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except (OSError, UnicodeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
