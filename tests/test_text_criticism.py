"""Criticism of government, apart from mood (sigap.text.criticism)."""

from sigap.text.criticism import score_one
from sigap.text.normalize import normalize
from sigap.text.pipeline import Pipeline


def crit(text: str, negative: float = 0.0):
    return score_one(normalize(text), text, negative)


def test_a_complaint_about_an_office_is_criticism():
    assert crit("Pemkab gak becus urus sampah, tiap hari numpuk!!", negative=0.9).critical


def test_a_sad_flood_post_is_negative_but_criticises_no_one():
    assert not crit("Banjir lagi, rumahku kebanjiran sedih banget", negative=0.95).critical


def test_an_official_opening_a_bridge_is_not_criticism():
    assert not crit("Bupati Demak resmikan jembatan baru di Karanganyar", negative=0.05).critical


def test_sarcastic_thanks_to_an_official_is_criticism_though_the_words_are_cheerful():
    result = crit("Makasih pak bupati jalannya makin mulus kayak bulan 🙏", negative=0.05)
    assert result.critical
    assert "sindiran" in result.reasons


def test_a_mention_of_an_office_account_is_a_target_although_normalisation_hides_handles():
    text = "@pemkotsmg lampu jalan mati dr kmrn, kapan dibenerin?"
    assert "pemkot" not in normalize(text)
    assert crit(text, negative=0.6).critical


def test_a_possessive_ending_still_names_the_target():
    assert "sasaran" in crit("Pejabatnya sibuk pencitraan").reasons


def test_the_pipeline_scores_criticism_beside_sentiment():
    out = Pipeline().analyse_batch(
        [
            {"id": 1, "text": "Dinas PUPR lelet bgt, udh 3 bln laporan ga ditanggepin"},
            {"id": 2, "text": "Macet pagi ini"},
        ]
    )
    assert out[0].criticism is not None and out[0].criticism >= 0.5
    assert out[1].criticism is not None and out[1].criticism < 0.5
    assert "criticism" in out[0].models
