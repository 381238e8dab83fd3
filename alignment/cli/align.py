"""``python -m alignment align``: two files, or a batch of presplit document folders."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from alignment.aligner import align, align_documents
from alignment.errors import InputError
from alignment.text import load_document, read_lines


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("zh", help="Chinese file (or IN_DIR with --batch)")
    parser.add_argument("ja", help="Japanese file (or OUT_DIR with --batch)")
    parser.add_argument(
        "--presplit", action="store_true", help="one sentence per line; indices are line numbers"
    )
    parser.add_argument(
        "--batch",
        action="store_true",
        help="align every IN_DIR/<doc>/{zh,ja}.txt into OUT_DIR/<doc>/pred.json",
    )
    parser.add_argument("-o", "--output", help="write JSON here instead of standard output")


def _result(links, zh: list[str], ja: list[str]) -> dict:
    return {
        "links": [link.as_json() for link in links],
        "scores": [link.score for link in links],
        "types": [link.kind for link in links],
        "zh": zh,
        "ja": ja,
    }


def align_presplit(zh_path: Path, ja_path: Path) -> dict:
    zh, ja = read_lines(zh_path), read_lines(ja_path)
    return _result(align(zh, ja).links, zh, ja)


def run(args: argparse.Namespace) -> int:
    if args.batch:
        if not args.presplit:
            raise InputError("--batch needs --presplit (folders of zh.txt / ja.txt, one sentence per line)")
        in_dir, out_dir = Path(args.zh), Path(args.ja)
        if not in_dir.is_dir():
            raise InputError(f"{in_dir}: not a folder")
        docs = sorted(p for p in in_dir.iterdir() if (p / "zh.txt").is_file() and (p / "ja.txt").is_file())
        if not docs:
            raise InputError(f"{in_dir}: no <doc>/zh.txt + ja.txt folders found")
        for doc in docs:
            result = align_presplit(doc / "zh.txt", doc / "ja.txt")
            target = out_dir / doc.name
            target.mkdir(parents=True, exist_ok=True)
            (target / "pred.json").write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
        print(f"aligned {len(docs)} documents into {out_dir}", file=sys.stderr)
        return 0
    if args.presplit:
        result = align_presplit(Path(args.zh), Path(args.ja))
    else:
        zh_doc, ja_doc = load_document(args.zh), load_document(args.ja)
        links = align_documents(zh_doc, ja_doc).links
        result = _result(links, [s.text for s in zh_doc.sentences], [s.text for s in ja_doc.sentences])
        result["kinds"] = {"zh": [s.kind for s in zh_doc.sentences], "ja": [s.kind for s in ja_doc.sentences]}
        result["languages"] = {"zh": zh_doc.lang, "ja": ja_doc.lang}
    text = json.dumps(result, ensure_ascii=False, indent=1)
    if args.output:
        Path(args.output).write_text(text + "\n", encoding="utf-8")
    else:
        sys.stdout.write(text + "\n")
    return 0
