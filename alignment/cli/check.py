"""``python -m alignment check PAIRS.jsonl``: flags per aligned segment, JSON lines in and out.

A line may name its document (``"doc"``): consecutive lines of one document are checked together,
as the workbench checks a document, so that what needs context works from the command line too (a
name the document writes with a title, broken apart elsewhere; one sentence translated two ways).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import gc
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from functools import partial

from alignment.checks import TOGETHER, CheckConfig, Term, check_segments, run_document_checks
from alignment.checks.confidence import confidence
from alignment.checks.japanese import PageBudget, map_dictionary_by_page, watch_tagging
from alignment.checks.meaning import embedded_together
from alignment.errors import InputError
from alignment.types import Flag

#: Segments past which a run keeps UniDic's pages under a memory budget (``map_dictionary_by_page``,
#: ``PageBudget``): a short input gains nothing, and would only read the pages from the disk again.
LONG_RUN = 100
#: Resident memory at which a long run releases the dictionary's pages (``PageBudget``): the
#: issue's limit is 500 MiB. The checks' own memory peaks at ~366 MiB on 11,000 segments (~380 on
#: 22,000), and the pages a run reads one at a time (``map_dictionary_by_page``) stayed under the
#: budget on 22,000 segments without a release (at 440 MiB, 291 releases cost ~2 s of CPU); the 40
#: MiB above it are for what a text tagged and a batch encoded add before the next look (~5 MB).
RSS_BUDGET = 460 * 2**20
#: Allocations between two passes of the garbage collector over the youngest objects while the
#: checks run (Python's default is 700). The checks allocate millions of short-lived sets and
#: lists, and every tenth young pass examines the older objects too: on 11,000 segments the
#: default made ~560 passes for ~0.77 s of CPU, 10,000 ~34 for ~0.39 s; the objects alive at the
#: end grew from ~139,000 to ~178,000. With the 32 documents that wait for the encoder together
#: (``embedded_together``) a pass costs ~20 ms whatever the threshold: on the digit-shifted 11,000
#: segments 10,000 made 56 passes for 1.41 s of CPU, 50,000 made 25 for 0.86 s. A pass's cost is
#: the young objects still alive when it runs, and fewer are at longer intervals: on the
#: 11,000-segment input with documents, the passes took 0.84 s of CPU at 50,000 and 0.33-0.44 s at
#: 200,000. No object lives longer for it except cyclic garbage.
GC_YOUNGEST = 200_000


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_input_arguments(parser)
    parser.add_argument(
        "--fixes",
        action="store_true",
        help='add "fix" (what the span should read) to flags whose correction is mechanical',
    )


def add_input_arguments(parser: argparse.ArgumentParser) -> None:
    """The pairs and the check settings, shared with ``fix``."""
    parser.add_argument(
        "pairs",
        help='JSON lines: {"id", "zh", "ja"[, "doc"]} (either side may be empty; consecutive lines '
        "with one doc are checked as a document)",
    )
    parser.add_argument("-o", "--output", help="write JSON lines here instead of standard output")
    parser.add_argument("--termbase", help="CSV with columns source,target[,forbidden separated by |]")
    parser.add_argument("--enable", help="comma-separated check codes to run (default: all)")
    parser.add_argument("--ignore", help="comma-separated check codes to skip")


def _termbase(path: str | None) -> tuple[Term, ...]:
    if not path:
        return ()
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    if rows and rows[0][:2] == ["source", "target"]:
        rows = rows[1:]
    return tuple(
        Term(r[0].strip(), r[1].strip(), tuple(x for x in (r[2].split("|") if len(r) > 2 else []) if x))
        for r in rows
        if len(r) >= 2
    )


def checked(args: argparse.Namespace) -> Iterator[tuple[dict, list[Flag]]]:
    """Each input line with its flags; lines naming one document ("doc") are checked together."""
    config = CheckConfig(
        enabled=frozenset(args.enable.split(",")) if args.enable else None,
        ignored=frozenset(args.ignore.split(",")) if args.ignore else frozenset(),
        termbase=_termbase(args.termbase),
    )
    try:
        with open(args.pairs, encoding="utf-8") as f:
            lines = f.read().splitlines()
    except UnicodeDecodeError as exc:
        raise InputError(f"{args.pairs}: not UTF-8") from exc
    items = [_item(args.pairs, number, line) for number, line in enumerate(lines, 1) if line.strip()]
    del lines  # ~4.5 MB per 11,000 lines, held for the whole run otherwise
    if len(items) > LONG_RUN:
        map_dictionary_by_page()  # a long run: keep the dictionary's pages out of the peak
    units = list(_units(items))
    tasks = (_task(items[start:end], config) for start, end in units)
    hook = watch_tagging(PageBudget(RSS_BUDGET) if len(items) > LONG_RUN else None)
    threshold = gc.get_threshold()
    gc.set_threshold(GC_YOUNGEST, *threshold[1:])
    try:
        for (start, end), results in zip(units, embedded_together(tasks), strict=True):
            yield from zip(items[start:end], results, strict=True)
    finally:
        gc.set_threshold(*threshold)
        watch_tagging(hook)


def _units(items: list[dict]) -> Iterator[tuple[int, int]]:
    """The spans of ``items`` checked together: the consecutive lines of one document, or up to
    ``TOGETHER`` consecutive lines that name none (each checked alone, but one check over all of
    them before the next: ``check_segments``)."""
    k = 0
    while k < len(items):
        doc = items[k].get("doc")
        end = k + 1
        if doc is None:
            while end < len(items) and end - k < TOGETHER and items[end].get("doc") is None:
                end += 1
        while doc is not None and end < len(items) and items[end].get("doc") == doc:
            end += 1
        yield k, end
        k = end


def _task(items: list[dict], config: CheckConfig) -> Callable[[], list[list[Flag]]]:
    group = [(item.get("zh") or "", item.get("ja") or "") for item in items]
    if items[0].get("doc") is None:
        return partial(check_segments, group, config=config)
    return partial(run_document_checks, group, config=config)


def write_lines(args: argparse.Namespace, payloads: Iterable[dict]) -> None:
    """One JSON line per payload. A file is written beside its name and moved there once every
    line is in: a run that fails midway leaves no half-written file and keeps an earlier one, and
    the lines are not held in memory until the end (they counted in the run's peak: 11,000
    segments peaked 1.5–4 MB lower without them). Standard output gets the lines only once all
    are made, for the first reason."""
    lines = (json.dumps(payload, ensure_ascii=False) + "\n" for payload in payloads)
    if not args.output:
        sys.stdout.write("".join(lines))
        return
    output = os.path.abspath(args.output)
    # Named by the process, and created by open() so that it gets the permissions the output would.
    part = os.path.join(os.path.dirname(output), f".{os.path.basename(output)}.{os.getpid()}.part")
    try:
        with open(part, "w", encoding="utf-8") as f:
            f.writelines(lines)
        os.replace(part, output)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(part)
        raise


def run(args: argparse.Namespace) -> int:
    write_lines(
        args,
        (
            {
                "id": item["id"],
                "flags": [
                    {**fl.as_json(fixes=args.fixes), "confidence": confidence(fl.code, fl.category)}
                    for fl in flags
                ],
            }
            for item, flags in checked(args)
        ),
    )
    return 0


def _item(path: str, number: int, line: str) -> dict:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
    if not isinstance(item, dict) or "id" not in item:
        raise InputError(f'{path}:{number}: expected an object with "id", "zh" and "ja"')
    zh, ja = item.get("zh") or "", item.get("ja") or ""
    if not isinstance(zh, str) or not isinstance(ja, str):
        raise InputError(f'{path}:{number}: "zh" and "ja" must be strings')
    return item
