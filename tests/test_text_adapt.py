"""An office's sentiment model adapted from its analysts' corrections (sigap.text.adapt)."""

from sigap.text.adapt import OfficeSentiment, cross_validate, fit_delta
from sigap.text.normalize import normalize
from sigap.text.sentiment import SentimentModel

PLACES = ["ambon", "demak", "kudus", "jepara", "pati", "rembang", "blora", "kendal", "batang", "tegal"]


def corrections():
    """An office whose analysts read "kangen makan …" (missing home food) as warm, not neutral."""
    texts, labels = [], []
    for place in PLACES:
        for food in ("papeda", "soto", "lontong", "sate"):
            texts.append(normalize(f"kangen makan {food} di {place}"))
            labels.append("positif")
        texts.append(normalize(f"jalan rusak di {place} belum ditangani"))
        labels.append("negatif")
    return texts, labels


def test_the_adapted_model_learns_what_the_analysts_corrected():
    model = SentimentModel.load()
    texts, labels = corrections()
    adapted = OfficeSentiment(model, fit_delta(model, texts, labels), "kantor-1")
    assert adapted.predict_normalized([normalize("kangen makan papeda di ternate")])[0].label == "positif"


def test_the_adapted_model_keeps_what_the_corrections_did_not_touch():
    model = SentimentModel.load()
    adapted = OfficeSentiment(model, fit_delta(model, *corrections()), "kantor-1")
    text = [normalize("pelayanan puskesmas buruk sekali, petugasnya kasar")]
    assert adapted.predict_normalized(text)[0].label == model.predict_normalized(text)[0].label == "negatif"


def test_cross_validation_compares_the_shared_and_the_adapted_model_on_unseen_corrections():
    model = SentimentModel.load()
    result = cross_validate(model, *corrections())
    assert result.documents == 50
    assert result.after_macro_f1 > result.before_macro_f1
    assert result.better


def test_corrections_that_agree_with_the_model_do_not_make_it_better():
    model = SentimentModel.load()
    texts = [normalize(f"pelayanan di {p} sangat buruk dan lambat") for p in PLACES] + [
        normalize(f"terima kasih, pelayanan di {p} cepat dan ramah") for p in PLACES
    ]
    labels = [s.label for s in model.predict_normalized(texts)]
    assert not cross_validate(model, texts, labels).better
