import argparse
import json
import subprocess
import sys

import pytest

from alignment.checks.confidence import confidence


def run(*args, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "alignment", "check", *args], capture_output=True, text=True, cwd=cwd
    )


@pytest.fixture
def pairs(tmp_path):
    path = tmp_path / "pairs.jsonl"
    rows = [
        {"id": "a", "zh": "全区共有1.2万名外籍人士。", "ja": "区内には12,000人の外国人がいる。"},
        {"id": "b", "zh": "全区共有1.2万名外籍人士。", "ja": "区内には13,000人の外国人がいる。"},
        {"id": "c", "zh": "", "ja": "長寧ニユ一ス"},
        {"id": "d", "zh": "长宁区重视交流。", "ja": ""},
    ]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_one_output_line_per_input_line(pairs, tmp_path):
    out = tmp_path / "flags.jsonl"
    proc = run(str(pairs), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in lines] == ["a", "b", "c", "d"]
    assert lines[0]["flags"] == []
    assert {f["category"] for f in lines[1]["flags"]} == {"number"}
    assert {f["code"] for f in lines[2]["flags"]} == {"typography"}
    assert set(lines[3]["flags"][0]) == {
        "code",
        "category",
        "severity",
        "start",
        "end",
        "message",
        "confidence",
    }


def test_every_flag_carries_its_checks_calibrated_confidence(pairs):
    """A wrong figure is nearly always a real defect; a length-based omission much less often."""
    lines = [json.loads(x) for x in run(str(pairs)).stdout.splitlines()]
    flags = [f for line in lines for f in line["flags"]]
    assert flags and all(0.0 <= f["confidence"] <= 1.0 for f in flags)
    number = next(f for f in lines[1]["flags"] if f["code"] == "number-mismatch")
    assert number["confidence"] > 0.8
    assert confidence("omission-length", "omission") < number["confidence"]
    assert confidence("a-check-never-measured", "no-such-category") == 0.5


def test_ignore_and_termbase_options(pairs, tmp_path):
    proc = run(str(pairs), "--ignore", "number-mismatch,typography")
    lines = [json.loads(x) for x in proc.stdout.splitlines()]
    assert lines[1]["flags"] == [] and lines[2]["flags"] == []
    tb = tmp_path / "tb.csv"
    tb.write_text("source,target,forbidden\n外籍人士,外国人住民,外国人\n", encoding="utf-8")
    proc = run(str(pairs), "--termbase", str(tb), "--enable", "terminology-termbase")
    lines = [json.loads(x) for x in proc.stdout.splitlines()]
    assert {f["code"] for f in lines[0]["flags"]} == {"terminology-termbase"}


def test_malformed_line_is_a_one_line_error_naming_the_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "zh": "", "ja": ""}\n{"id": "b", "zh": \n', encoding="utf-8")
    proc = run(str(bad))
    assert proc.returncode != 0
    err = proc.stderr.strip()
    assert "\n" not in err and ":2:" in err and err.startswith("error")


@pytest.mark.parametrize(
    "content",
    [b'["not", "an", "object"]\n', b'{"id": "a", "zh": 3, "ja": ""}\n', b'\xff\xfe{"id"}\n'],
)
def test_other_bad_input(tmp_path, content):
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(content)
    proc = run(str(bad))
    assert proc.returncode != 0 and proc.stderr.count("\n") == 1


def test_missing_file_is_an_error(tmp_path):
    proc = run(str(tmp_path / "nope.jsonl"))
    assert proc.returncode != 0 and proc.stderr.strip().startswith("error")


def test_lines_of_one_doc_are_checked_as_a_document(tmp_path):
    # 顧建新氏 in one segment makes 顧建は新たに in another a broken name; without "doc" the
    # segments are independent and the second one alone says nothing.
    rows = [
        {"id": "1", "doc": "d", "zh": "顾建新表示。", "ja": "顧建新氏は述べた。"},
        {"id": "2", "doc": "d", "zh": "顾建新介绍了情况。", "ja": "顧建は新たに状況を紹介した。"},
        {"id": "3", "zh": "顾建新介绍了情况。", "ja": "顧建は新たに状況を紹介した。"},
    ]
    path = tmp_path / "doc.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    proc = run(str(path))
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(x) for x in proc.stdout.splitlines()]
    assert [x["id"] for x in lines] == ["1", "2", "3"]
    assert "entity-broken" in {f["code"] for f in lines[1]["flags"]}
    assert "entity-broken" not in {f["code"] for f in lines[2]["flags"]}


def test_fixes_only_on_request(pairs):
    plain = [json.loads(x) for x in run(str(pairs)).stdout.splitlines()]
    assert all("fix" not in f for line in plain for f in line["flags"])
    fixed = [json.loads(x) for x in run(str(pairs), "--fixes").stdout.splitlines()]
    assert [f.get("fix") for f in fixed[2]["flags"]] == ["ー"]  # 長寧ニユ一ス: 一 → ー


def test_fix_command_applies_the_mechanical_fixes(tmp_path):
    pairs = tmp_path / "p.jsonl"
    rows = [
        {"id": "a", "zh": "他说，很好“书”。", "ja": "彼は，良い“本”と言った."},
        {"id": "b", "zh": "全区共有1.2万名外籍人士。", "ja": "区内には13,000人の外国人がいる。"},
    ]
    pairs.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "alignment", "fix", str(pairs)], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr
    a, b = [json.loads(x) for x in proc.stdout.splitlines()]
    assert a["ja"] == "彼は、良い「本」と言った。"
    assert [(f["was"], f["fix"]) for f in a["fixes"]] == [("，", "、"), ("“", "「"), ("”", "」"), (".", "。")]
    # A wrong number has no mechanical fix: the text is left for the reviewer.
    assert b == {"id": "b", "ja": rows[1]["ja"], "fixes": []}


def test_the_segments_texts_for_the_encoder_are_encoded_together(tmp_path, monkeypatch):
    # Loanwords the dictionaries do not pair with the source: each segment asks the encoder for
    # its source's words; the four segments' are encoded in one call, not one call each.
    from alignment.checks import meaning  # noqa: PLC0415
    from alignment.cli import check  # noqa: PLC0415

    calls: list[list[str]] = []
    encoder = meaning._encoder()

    class Spy:
        def encode(self, texts):
            calls.append(list(texts))
            return encoder.encode(texts)

    monkeypatch.setattr(meaning, "_vectors", {})
    monkeypatch.setattr(meaning, "_encoder", Spy)
    rows = [
        {
            "id": "1",
            "zh": "这座火山上个月喷发了，附近的村庄被疏散。",
            "ja": "このマグマは先月噴火し、近くのビレッジは避難した。",
        },
        {"id": "2", "zh": "我们在海边吃了冰淇淋。", "ja": "私たちはビーチでジェラートを食べた。"},
        {
            "id": "3",
            "zh": "她用电脑写了一封信给总统。",
            "ja": "彼女はラップトップでプレジデントに手紙を書いた。",
        },
        {
            "id": "4",
            "zh": "他每天骑自行车去图书馆看书。",
            "ja": "彼は毎日サイクリングでライブラリーへ本を読みに行く。",
        },
    ]
    path = tmp_path / "pairs.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    args = argparse.Namespace(pairs=str(path), enable=None, ignore=None, termbase=None, fixes=False)
    assert [item["id"] for item, _ in check.checked(args)] == ["1", "2", "3", "4"]
    assert {"火山", "冰淇淋", "电脑", "自行车"} <= set(calls[0])
    assert len(calls) < len(rows)


def test_the_collector_runs_less_often_during_the_checks_and_as_before_after(tmp_path, monkeypatch):
    import gc  # noqa: PLC0415

    from alignment.cli import check  # noqa: PLC0415

    seen: list[int] = []

    def spy(pairs, *, config=None):
        seen.append(gc.get_threshold()[0])
        return [[] for _ in pairs]

    monkeypatch.setattr(check, "check_segments", spy)
    path = tmp_path / "pairs.jsonl"
    path.write_text(json.dumps({"id": "1", "zh": "他来了。", "ja": "彼が来た。"}) + "\n", encoding="utf-8")
    before = gc.get_threshold()
    args = argparse.Namespace(pairs=str(path), enable=None, ignore=None, termbase=None)
    assert [item["id"] for item, _ in check.checked(args)] == ["1"]
    assert seen == [check.GC_YOUNGEST]
    assert gc.get_threshold() == before


def test_a_long_run_keeps_the_dictionary_under_a_memory_budget(tmp_path, monkeypatch):
    # Past LONG_RUN segments the tagger's texts are watched by a PageBudget; a short run is not
    # watched, and the hook before the run is put back after it.
    from alignment.checks import japanese  # noqa: PLC0415
    from alignment.cli import check  # noqa: PLC0415

    watched: list[object] = []

    def spy(pairs, *, config=None):
        watched.append(japanese._after_tagging[0])
        return [[] for _ in pairs]

    monkeypatch.setattr(check, "check_segments", spy)
    monkeypatch.setattr(check, "map_dictionary_by_page", lambda: None)
    monkeypatch.setattr(check, "LONG_RUN", 2)
    for rows, expected in ((2, type(None)), (3, japanese.PageBudget)):
        watched.clear()
        path = tmp_path / f"{rows}.jsonl"
        path.write_text(
            "".join(
                json.dumps({"id": str(k), "zh": "他来了。", "ja": "彼が来た。"}) + "\n" for k in range(rows)
            ),
            encoding="utf-8",
        )
        args = argparse.Namespace(pairs=str(path), enable=None, ignore=None, termbase=None)
        assert len(list(check.checked(args))) == rows
        assert {type(hook) for hook in watched} == {expected}
        assert japanese._after_tagging[0] is None
    assert watched[0].budget == check.RSS_BUDGET


def test_a_run_that_fails_midway_leaves_the_earlier_output_whole(pairs, tmp_path, monkeypatch):
    from alignment.cli import check, main  # noqa: PLC0415

    out = tmp_path / "flags.jsonl"
    out.write_text("earlier\n", encoding="utf-8")
    seen = []

    def failing(pairs, *, config=None):
        seen.extend(pairs)
        if len(seen) == 3:
            raise RuntimeError("a check failed")
        return [[] for _ in pairs]

    monkeypatch.setattr(check, "check_segments", failing)
    monkeypatch.setattr(check, "TOGETHER", 1)  # a line at a time: two lines are written before
    with pytest.raises(RuntimeError):
        main(["check", str(pairs), "-o", str(out)])
    assert out.read_text(encoding="utf-8") == "earlier\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["flags.jsonl", "pairs.jsonl"]


def test_the_output_file_is_readable_as_open_would_make_it(pairs, tmp_path):
    import os  # noqa: PLC0415

    out = tmp_path / "flags.jsonl"
    assert run(str(pairs), "-o", str(out)).returncode == 0
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask


def test_lines_without_a_document_are_checked_in_chunks_and_documents_whole():
    from alignment.cli import check  # noqa: PLC0415

    items = [{"id": str(k)} for k in range(check.TOGETHER + 3)]
    items += [{"id": "d1", "doc": "d"}, {"id": "d2", "doc": "d"}, {"id": "x"}, {"id": "e1", "doc": "e"}]
    n = check.TOGETHER
    assert list(check._units(items)) == [(0, n), (n, n + 3), (n + 3, n + 5), (n + 5, n + 6), (n + 6, n + 7)]
