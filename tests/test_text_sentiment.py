"""Shipped sentiment model (sigap.text.sentiment) on examples a user would notice."""

from __future__ import annotations

from pathlib import Path

import pytest

from sigap.text import evaluate
from sigap.text.cli import main
from sigap.text.sentiment import MODEL_NAME, MODEL_VERSION, Sentiment, SentimentModel

EVAL = Path(__file__).resolve().parents[1] / "sigap" / "text" / "evaldata" / "policy_tweets.tsv"


@pytest.fixture(scope="module")
def model() -> SentimentModel:
    return SentimentModel.load()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Pelayanan KTP di kecamatan cepat dan ramah", "positif"),
        ("jalan rusak parah tidak pernah diperbaiki pemda", "negatif"),
        ("bansos gak sampe2 ke warga, pemda kemana aja? 😡", "negatif"),
        ("makasih pak bupati, jembatan udh diperbaiki, mantap 👍", "positif"),
        ("Rapat paripurna DPRD dijadwalkan Kamis pukul 10.00 WIB", "netral"),
        ("Pendaftaran beasiswa dibuka mulai Senin depan melalui laman resmi", "netral"),
    ],
)
def test_obvious_examples(model: SentimentModel, text: str, label: str) -> None:
    assert model.predict([text])[0].label == label


def test_result_carries_model_and_confidence(model: SentimentModel) -> None:
    (res,) = model.predict(["pelayanan puskesmas ramah sekali"])
    assert isinstance(res, Sentiment)
    assert res.model == MODEL_NAME and res.version == MODEL_VERSION
    assert 0.34 <= res.confidence <= 1.0


def test_load_is_cached() -> None:
    assert SentimentModel.load() is SentimentModel.load()


def test_missing_artifact_names_the_file_and_how_to_build_it(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"missing\.npz.*sigap text train"):
        SentimentModel.load(tmp_path / "missing.npz")


def test_bad_input_gets_defined_result(model: SentimentModel) -> None:
    texts = ["", "   ", "🦄", "\ud800 broken", "<div><br/></div>", "x" * 100_000, "jalan " * 20_000]
    out = model.predict(texts)
    assert len(out) == len(texts)
    assert out[0] == Sentiment("netral", round(1 / 3, 4))
    assert out[2].label == "netral" and out[4].label == "netral"
    assert all(r.label in {"positif", "negatif", "netral"} for r in out)
    assert model.predict([]) == []


def test_emoji_only_posts_carry_sentiment(model: SentimentModel) -> None:
    assert model.predict(["😡😡😡"])[0].label == "negatif"
    assert model.predict(["😍👍"])[0].label == "positif"


def test_batch_equals_single(model: SentimentModel) -> None:
    texts = ["harga beras naik terus", "terima kasih pak camat", "rapat besok pagi"]
    batch = model.predict(texts)
    single = [model.predict([t])[0] for t in texts]
    assert [b.label for b in batch] == [s.label for s in single]
    for b, s in zip(batch, single, strict=True):
        assert abs(b.confidence - s.confidence) < 1e-3


def test_evaluate_policy_tweets(capsys: pytest.CaptureFixture[str]) -> None:
    report = evaluate.evaluate_sentiment(EVAL)
    assert report["macro_f1"] >= 0.8
    assert main(["evaluate", "sentiment", str(EVAL)]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert last.startswith("macro-F1 0.")


def test_evaluate_reads_nusax_csv(tmp_path: Path) -> None:
    f = tmp_path / "nusax.csv"
    f.write_text(
        'id,text,label\n1,"Pelayanan cepat, ramah sekali",positive\n2,jalan rusak parah tidak diperbaiki,negative\n',
        encoding="utf-8",
    )
    report = evaluate.evaluate_sentiment(f)
    assert report["docs"] == 2 and report["accuracy"] == 1.0


def test_evaluate_scores_the_good_lines_and_lists_the_bad_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "campur.tsv"
    f.write_text(
        "Pelayanan cepat, ramah sekali\tpositif\nbaris tanpa label\n\tnegatif\n"
        "Jalan rusak parah tidak diperbaiki\tnegatif\nBiasa saja\tcampur\n",
        encoding="utf-8",
    )
    assert main(["evaluate", "sentiment", str(f)]) == 0
    out = capsys.readouterr().out
    assert "docs      2" in out
    assert "baris 2: tidak ada tab di antara teks dan label" in out
    assert "baris 3: teks kosong" in out
    assert "baris 5: label tidak dikenal: campur" in out


def test_evaluate_reads_indolem_csv_with_binary_labels(tmp_path: Path) -> None:
    f = tmp_path / "indolem.csv"
    f.write_text('sentence,sentiment\n"Hotelnya bersih, stafnya ramah",1\nKamar bau dan kotor,0\n', encoding="utf-8")
    report = evaluate.evaluate_sentiment(f)
    assert report["docs"] == 2 and report["problems"] == []


def test_evaluate_criticism_reports_plain_negativity_beside_it(capsys: pytest.CaptureFixture[str]) -> None:
    examples = Path(evaluate.__file__).parent / "evaldata" / "criticism_examples.tsv"
    assert main(["evaluate", "criticism", str(examples)]) == 0
    out = capsys.readouterr().out
    assert "kritik (model)" in out and "negatif (baseline)" in out
    assert out.strip().splitlines()[-1].startswith("macro-F1 0.")
