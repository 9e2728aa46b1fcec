"""The whole text pipeline (sigap.text.pipeline) on batches a worker would see."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sigap.text._features import HashSpec, feature_rows, linear_scores
from sigap.text.dedup import NearDupIndex
from sigap.text.pipeline import Analysis, Pipeline, document_text
from sigap.text.sentiment import SentimentModel

BANJIR = (
    "Tanggul Sungai Wulan di Desa Ketanjung, Kecamatan Karanganyar, Demak, jebol. "
    "Ribuan warga mengungsi dan jalur pantura Demak-Kudus lumpuh."
)
BAD_INPUTS: list[object] = [
    {"id": "empty", "text": ""},
    {"id": "spaces", "text": "   \n\t "},
    {"id": "emoji", "text": "😡😡😡"},
    {"id": "unicorn", "text": "🦄🦄"},
    {"id": "huge", "text": "jalan rusak parah " * 6_000},  # ~100 KB
    {"id": "mixed", "text": "Пожар в Москве 北京 火灾 banjir di Demak 🔥 حريق"},
    {"id": "surrogates", "text": "\ud800 rusak \udfff parah"},
    {"id": "html", "text": "<div><p>Harga&nbsp;beras <b>naik</b></p><script>x()</script></div>"},
    {"id": "none", "text": None, "title": None},
    {"id": "bytes", "text": b"bansos \xff\xfe telat"},
    {"id": "number", "text": 12345, "published_at": "not a date"},
    {"id": "title-only", "title": "Banjir di Demak"},
    {"text": "no id at all"},
    "a plain string",
    None,
    {"id": ["unhashable"], "text": "odd id"},
]


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def test_every_document_gets_every_result(pipe: Pipeline) -> None:
    docs = [
        {"id": "a1", "title": "Banjir Demak", "text": BANJIR, "published_at": "2025-03-03T05:00:00+07:00"},
        {
            "id": "a2",
            "text": "Pelayanan KTP di kecamatan cepat dan ramah, terima kasih 👍",
            "published_at": "2025-03-03T06:00:00+07:00",
        },
    ]
    out = pipe.analyse_batch(docs)
    assert [a.id for a in out] == ["a1", "a2"]
    a, b = out
    assert isinstance(a, Analysis)
    assert a.language == "id" and 0.5 < a.language_confidence <= 1.0
    assert b.sentiment == "positif" and 0.34 < b.sentiment_confidence <= 1.0
    assert a.duplicate_group == "a1" and a.story == "a1"
    assert a.normalized and a.normalized.startswith("banjir demak")
    assert a.errors == ()
    for stage in ("normalize", "language", "sentiment", "duplicate", "story"):
        assert a.models[stage].name and a.models[stage].version
    if pipe.tagger is None:
        assert a.entities is None and "entities" not in a.models
    else:
        assert isinstance(a.entities, tuple) and a.models["entities"].version


def test_entities_can_be_switched_off() -> None:
    (a,) = Pipeline(entities=False).analyse_batch([{"id": 1, "text": BANJIR}])
    assert a.entities is None and "entities" not in a.models


def test_copies_and_follow_ups_share_group_and_story() -> None:
    p = Pipeline(entities=False)
    out = p.analyse_batch(
        [
            {"id": 1, "text": BANJIR, "published_at": "2025-03-03T05:00:00+07:00"},
            {"id": 2, "text": "RT @bpbd_demak: " + BANJIR, "published_at": "2025-03-03T05:10:00+07:00"},
            {
                "id": 3,
                "text": "BPBD Demak mengevakuasi warga Ketanjung, tanggul Sungai Wulan jebol",
                "published_at": "2025-03-03T07:00:00+07:00",
            },
            {
                "id": 4,
                "text": "Kebakaran hebat melanda Pasar Sentral Kota Gorontalo dini hari",
                "published_at": "2025-03-03T08:00:00+07:00",
            },
        ]
    )
    assert [a.duplicate_group for a in out] == [1, 1, 3, 4]
    assert [a.story for a in out] == [1, 1, 1, 4]
    assert "wulan" in p.story_label(1)
    # the state carries over to the next batch
    (later,) = p.analyse_batch(
        [{"id": 5, "text": "tanggul sungai wulan demak mulai ditutup", "published_at": "2025-03-03T12:00:00+07:00"}]
    )
    assert later.story == 1


def test_bad_input_never_stops_a_batch(pipe: Pipeline) -> None:
    out = pipe.analyse_batch(BAD_INPUTS)
    assert len(out) == len(BAD_INPUTS)
    by_id = {a.id: a for a in out}
    for a in out:
        assert a.sentiment in {"positif", "negatif", "netral"}
        assert 0.0 <= a.sentiment_confidence <= 1.0
        assert a.language in {"id", "en", "jv", "su", "und"}
        assert a.story is not None and a.duplicate_group is not None
    assert by_id["empty"].sentiment == "netral" and by_id["empty"].sentiment_confidence < 0.34
    assert by_id["empty"].language == "und" and by_id["empty"].language_confidence == 0.0
    assert by_id["unicorn"].sentiment == "netral" and by_id["unicorn"].language == "und"
    assert by_id["emoji"].sentiment == "negatif"
    assert "\ud800" not in (by_id["surrogates"].normalized or "")
    assert "<" not in (by_id["html"].normalized or "")
    assert by_id["title-only"].normalized == "banjir di demak"
    assert len({a.id for a in out}) == len(out)  # documents without an id get one
    assert pipe.analyse_batch([]) == []


def test_a_failing_stage_falls_back_for_that_document_only(monkeypatch: pytest.MonkeyPatch) -> None:
    p = Pipeline(entities=False)
    real = p.sentiment_model.predict_normalized

    def flaky(texts: list[str]) -> list:
        if any("meledak" in t for t in texts):
            raise RuntimeError("boom")
        return real(texts)

    monkeypatch.setattr(p.sentiment_model, "predict_normalized", flaky)
    out = p.analyse_batch([{"id": 1, "text": "pelayanan ramah sekali"}, {"id": 2, "text": "trafo meledak"}])
    assert out[0].errors == () and out[0].sentiment == "positif"
    assert out[1].errors == ("sentiment: RuntimeError",)
    assert out[1].sentiment == "netral" and out[1].sentiment_confidence == round(1 / 3, 4)
    assert "sentiment" not in out[1].models and out[1].language == "id"


def test_state_survives_a_restart(tmp_path: Path) -> None:
    docs = [
        {"id": i, "text": t, "published_at": 1_740_000_000 + 600 * i}
        for i, t in enumerate(
            [
                BANJIR,
                "RT: " + BANJIR,
                "Kebakaran Pasar Sentral Gorontalo, ratusan kios ludes",
                "tanggul sungai wulan jebol, warga ketanjung demak mengungsi",
                "pasar sentral gorontalo terbakar, pedagang rugi",
                BANJIR + " #banjirdemak",
            ]
        )
    ]
    whole = Pipeline(entities=False)
    expected = whole.analyse_batch(docs)
    first = Pipeline(entities=False)
    first.analyse_batch(docs[:3])
    first.save(tmp_path / "pipeline.npz")
    resumed = Pipeline.load(tmp_path / "pipeline.npz", entities=False)
    rest = resumed.analyse_batch(docs[3:])
    assert [(a.duplicate_group, a.story) for a in rest] == [(a.duplicate_group, a.story) for a in expected[3:]]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=300), min_size=1, max_size=5))
def test_any_text_gets_a_result(texts: list[str]) -> None:
    out = _shared().analyse_batch([{"id": i, "text": t} for i, t in enumerate(texts)])
    assert len(out) == len(texts) and all(a.errors == () for a in out)


_PIPE: list[Pipeline] = []


def _shared() -> Pipeline:
    if not _PIPE:
        _PIPE.append(Pipeline(entities=False))
    return _PIPE[0]


def test_document_text() -> None:
    assert document_text({"title": "Judul", "text": "Isi"}) == "Judul\n\nIsi"
    assert document_text({"title": " ", "text": "Isi"}) == "Isi"
    assert document_text({"title": "Judul"}) == "Judul"
    assert document_text("teks") == "teks"
    assert document_text(None) == ""


def test_fast_features_equal_the_training_features() -> None:
    """The NumPy scoring path gives the sparse product of the training features."""
    from scipy import sparse

    texts = [
        "jalan rusak parah",
        "",
        "a",
        "terima kasih pak bupati emo_senang",
        "x" * 300,
        "rp 10 ribu, 5 juta!",
        "pasar\x01baru",
    ]
    rng = np.random.default_rng(0)
    for spec in (
        HashSpec(),
        HashSpec(bits=16, char_min=1, char_max=4, bigrams=False),
        HashSpec(bits=12, char_min=3, char_max=5, words=False),
    ):
        w = rng.normal(size=(1 << spec.bits, 3)).astype(np.float32)
        b = rng.normal(size=3).astype(np.float32)
        rows, cols, vals = feature_rows(texts, spec)
        x = sparse.csr_matrix((vals.astype(np.float64), (rows, cols)), shape=(len(texts), 1 << spec.bits))
        expected = x @ w.astype(np.float64) + b
        got = linear_scores(texts, spec, np.asfortranarray(w), b)
        assert np.allclose(got, expected, atol=1e-5)


def test_sentiment_batch_path_keeps_labels() -> None:
    model = SentimentModel.load()
    texts = ["harga beras naik terus", "terima kasih pak camat", "rapat besok pagi", "", "🙂"]
    batch = model.predict(texts)
    single = [model.predict([t])[0] for t in texts]
    assert batch == single


def test_dedup_batches_equal_one_by_one() -> None:
    texts = [
        BANJIR,
        "RT @a: " + BANJIR,
        BANJIR.replace("Ribuan", "Ratusan"),
        "",
        "",
        "Harga beras naik di pasar tradisional Surabaya menjelang Lebaran tahun ini",
        "harga beras naik di pasar tradisional surabaya menjelang lebaran tahun ini!!",
    ]
    one = NearDupIndex()
    expected = [one.add(i, t) for i, t in enumerate(texts)]
    assert expected == [0, 0, 0, 3, 3, 5, 5]
    batch = NearDupIndex()
    assert batch.add_batch(list(range(len(texts))), texts) == expected
    small = NearDupIndex(max_docs=2)
    assert small.add_batch(list(range(len(texts))), texts)[:3] == [0, 0, 0]
    assert len(small) == 2


def test_helper_process_gives_the_same_results() -> None:
    docs = [
        {"id": i, "text": t}
        for i, t in enumerate([BANJIR, "Bupati Demak meninjau tanggul", "", "\ud800 x", "Gubernur Jawa Tengah"])
    ]
    single = Pipeline()
    if single.tagger is None:
        pytest.skip("entity model not installed")
    with Pipeline(processes=2) as multi:
        assert multi.analyse_batch(docs) == single.analyse_batch(docs)
        assert multi.analyse_batch(docs[:1])[0].entities == single.analyse_batch(docs[:1])[0].entities
