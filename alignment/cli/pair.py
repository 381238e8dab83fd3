"""``python -m alignment pair FILE...``: language of each file, and which Japanese file renders which
Chinese one. A file that cannot be read stops the run with a one-line error naming it: a pairing
computed without it could silently pair the wrong files."""

from __future__ import annotations

import argparse
import json
import sys

from alignment.documents import pair_documents
from alignment.errors import InputError
from alignment.text import DEFAULT_MAX_BYTES, load_document


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("-o", "--output", help="write JSON here instead of standard output")
    parser.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="largest file accepted")


def run(args: argparse.Namespace) -> int:
    if len(set(args.files)) != len(args.files):
        raise InputError("the same file is given twice")
    docs = [load_document(path, name=path, max_bytes=args.max_bytes) for path in args.files]
    pairs, unpaired = pair_documents(docs)
    result = {
        "files": [
            {
                "path": d.name,
                "lang": d.lang,
                "encoding": d.encoding,
                "sentences": len(d.sentences),
                "boilerplate": sum(1 for s in d.sentences if s.is_boilerplate),
                "characters": len(d.text),
            }
            for d in docs
        ],
        "pairs": [
            {"source": p.source, "target": p.target, "score": p.score, "coverage": p.coverage} for p in pairs
        ],
        "unpaired": unpaired,
    }
    text = json.dumps(result, ensure_ascii=False, indent=1)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(text + "\n")
    else:
        sys.stdout.write(text + "\n")
    return 0
