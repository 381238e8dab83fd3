import json
import math
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from alignment import calibration
from alignment.aligner import align, link_evidence

ZH = [
    "长宁区与明斯克市正式结为友城。",
    "2019年进博会期间，长宁区主动承办活动。",
    "今年6月10日，长宁区国际投资促进对接会召开。",
    "此外，区外事办切实发挥桥梁纽带作用。",
]
JA = [
    "長寧区とミンスク市は正式に友好都市となった。",
    "2019年の進博会期間中、長寧区は積極的にイベントを開催した。",
    "今年6月10日、長寧区国際投資促進会議が開催された。",
    "さらに、区外事弁公室は架け橋としての役割を果たした。",
    "これは日本語版だけの段落で、対応する中国語の文はない。",
]

SHIPPED = json.loads(calibration.PARAMS_PATH.read_text(encoding="utf-8"))
FEATURE = st.floats(min_value=-12, max_value=12, allow_nan=False)


def test_the_shipped_model_reads_exactly_what_the_aligner_measures():
    measured = {group: set(feats) for _, group, feats in link_evidence(ZH, JA)}
    assert {"1-1", "null"} <= set(measured)
    for group, feats in measured.items():
        assert set(SHIPPED["groups"][group]["features"]) <= feats


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(SHIPPED["groups"])), st.data())
def test_confidence_is_a_probability_and_monotone_in_each_feature(group, data):
    model = SHIPPED["groups"][group]
    feats = {name: data.draw(FEATURE, label=name) for name in model["features"]}
    p = calibration.probability(group, feats)
    assert 0.0 <= p <= 1.0
    for name, weight in zip(model["features"], model["weights"], strict=True):
        higher = calibration.probability(group, {**feats, name: feats[name] + 1.0})
        assert (higher >= p) if weight >= 0 else (higher <= p)


def test_better_evidence_never_lowers_a_one_to_one_links_confidence():
    # Lengths that fit and neighbours that are good pairs themselves make a 1-1 link likelier.
    weights = dict(
        zip(SHIPPED["groups"]["1-1"]["features"], SHIPPED["groups"]["1-1"]["weights"], strict=True)
    )
    assert weights["length"] > 0
    assert weights["neighbours"] > 0


def test_a_fit_recovers_a_known_model_and_is_calibrated_on_it():
    rng = random.Random(7)
    rows = [{"a": rng.uniform(-2, 2), "b": rng.uniform(-2, 2)} for _ in range(3000)]
    labels = [rng.random() < 1 / (1 + math.exp(-(0.5 + 2.0 * r["a"] - 1.0 * r["b"]))) for r in rows]
    model = calibration.fit_logistic(rows, labels, ["a", "b"], l2=0.1)
    assert abs(model["weights"][0] - 2.0) < 0.3
    assert abs(model["weights"][1] + 1.0) < 0.3
    assert abs(model["bias"] - 0.5) < 0.3
    _, ece = calibration.reliability([calibration.logistic(model, r) for r in rows], labels)
    assert ece < 0.03


def test_reliability_table_and_expected_calibration_error():
    probs = [0.05, 0.15, 0.95, 0.95, 1.0]
    labels = [False, True, True, False, True]
    rows, ece = calibration.reliability(probs, labels)
    assert [r[2] for r in rows] == [1, 1, 0, 0, 0, 0, 0, 0, 0, 3]
    assert rows[9][3:] == (0.9666666666666667, 2 / 3)
    expected = (0.05 + 0.85 + 3 * abs(0.9666666666666667 - 2 / 3)) / 5
    assert math.isclose(ece, expected)


def test_a_link_that_could_not_be_otherwise_is_certain():
    assert [lk.score for lk in align(ZH[:2], []).links] == [1.0, 1.0]
