import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures"
ZH = "长宁区与明斯克市正式结为友城。\n今年6月10日，会议召开。\n打印本页 关闭窗口\n"
JA = "長寧区とミンスク市は友好都市となった。\nこれは翻訳者による追加です。\n今年6月10日、会議が開催された。\n"


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "alignment", *args], cwd=ROOT, capture_output=True, text=True
    )


def write_pair(folder: Path) -> tuple[str, str]:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "zh.txt").write_text(ZH, encoding="utf-8")
    (folder / "ja.txt").write_text(JA, encoding="utf-8")
    return str(folder / "zh.txt"), str(folder / "ja.txt")


def check_shape(result: dict, n: int, m: int) -> None:
    links = result["links"]
    assert all(isinstance(s, list) and isinstance(t, list) and (s or t) for s, t in links)
    assert sorted(i for s, _ in links for i in s) == list(range(n))
    assert sorted(j for _, t in links for j in t) == list(range(m))
    assert len(result["scores"]) == len(links) and all(0 <= x <= 1 for x in result["scores"])


def test_presplit_output_file_in_document_order(tmp_path):
    zh, ja = write_pair(tmp_path)
    out = run("align", zh, ja, "--presplit", "-o", str(tmp_path / "out.json"))
    assert out.returncode == 0, out.stderr
    result = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    check_shape(result, 3, 3)
    assert result["links"] == [[[0], [0]], [[], [1]], [[1], [2]], [[2], []]]


def test_batch_is_one_process_over_every_document(tmp_path):
    for name in ("a", "b"):
        write_pair(tmp_path / "in" / name)
    (tmp_path / "in" / "not-a-doc").mkdir()
    out = run("align", "--presplit", "--batch", str(tmp_path / "in"), str(tmp_path / "out"))
    assert out.returncode == 0, out.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a", "b"]
    check_shape(json.loads((tmp_path / "out" / "b" / "pred.json").read_text(encoding="utf-8")), 3, 3)


def test_whole_articles_are_segmented_and_aligned():
    zh, ja = FIXTURES / "002_d0bc87dd1b79bb39.txt", FIXTURES / "000_f6a3d56e44dc74f9.txt"
    out = run("align", str(zh), str(ja))
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    check_shape(result, len(result["zh"]), len(result["ja"]))
    assert result["languages"] == {"zh": "zh", "ja": "ja"}
    assert sum(1 for s, t in result["links"] if s and t) >= 15


def test_bad_input_is_a_one_line_error_with_non_zero_exit(tmp_path):
    zh, _ = write_pair(tmp_path)
    cases = [
        ("align", zh, str(tmp_path / "missing.txt"), "--presplit"),
        ("align", "--batch", str(tmp_path), str(tmp_path / "out")),  # --batch needs --presplit
        ("align", "--presplit", "--batch", str(tmp_path / "nothing"), str(tmp_path / "out")),
    ]
    for args in cases:
        out = run(*args)
        assert out.returncode != 0, args
        assert len(out.stderr.strip().splitlines()) == 1 and out.stderr.startswith("error:"), out.stderr
