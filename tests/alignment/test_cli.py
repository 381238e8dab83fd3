import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures"


def run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "alignment", *args], cwd=cwd, capture_output=True, text=True)


def test_align_presplit_contract(tmp_path):
    (tmp_path / "zh.txt").write_text(
        "长宁区与明斯克市正式结为友城。\n今年6月10日，会议召开。\n", encoding="utf-8"
    )
    (tmp_path / "ja.txt").write_text(
        "長寧区とミンスク市は友好都市となった。\n今年6月10日、会議が開催された。\n", encoding="utf-8"
    )
    out = run("align", str(tmp_path / "zh.txt"), str(tmp_path / "ja.txt"), "--presplit")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["links"] == [[[0], [0]], [[1], [1]]]


def test_align_batch_writes_pred_json(tmp_path):
    doc = tmp_path / "in" / "d1"
    doc.mkdir(parents=True)
    (doc / "zh.txt").write_text("长宁区与明斯克市正式结为友城。\n", encoding="utf-8")
    (doc / "ja.txt").write_text("長寧区とミンスク市は友好都市となった。\n", encoding="utf-8")
    assert run("align", "--presplit", "--batch", str(tmp_path / "in"), str(tmp_path / "out")).returncode == 0
    assert json.loads((tmp_path / "out" / "d1" / "pred.json").read_text())["links"] == [[[0], [0]]]


def test_pair_contract_on_the_seeds():
    out = run("pair", *sorted(str(p) for p in FIXTURES.glob("*.txt")))
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert {f["lang"] for f in result["files"]} == {"zh", "ja"}
    assert len(result["pairs"]) == 2 and len(result["unpaired"]) == 2


def test_check_contract(tmp_path):
    pairs = tmp_path / "p.jsonl"
    pairs.write_text(
        json.dumps(
            {"id": "a", "zh": "今年6月10日会议召开。", "ja": "今年7月10日、会議が開催された。"},
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    out = run("check", str(pairs))
    assert out.returncode == 0, out.stderr
    line = json.loads(out.stdout)
    assert line["id"] == "a" and {f["category"] for f in line["flags"]} == {"number"}
    contract = {"code", "category", "severity", "start", "end", "message"}
    assert set(line["flags"][0]) == contract | {"confidence"}  # DESIGN.md: every flag may carry it


def test_bad_input_is_one_line_error(tmp_path):
    bad = tmp_path / "bin.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    out = run("pair", str(bad))
    assert out.returncode != 0
    assert out.stderr.strip().startswith("error:") and len(out.stderr.strip().splitlines()) == 1
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{not json}\n")
    out = run("check", str(broken))
    assert out.returncode == 2 and "broken.jsonl:1" in out.stderr
