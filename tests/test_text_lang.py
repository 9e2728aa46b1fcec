"""Shipped language identifier (sigap.text.lang)."""

from __future__ import annotations

import pytest

from sigap.text.lang import MODEL_NAME, LanguageModel, detect_language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Pelayanan KTP di kecamatan cepat dan ramah", "id"),
        ("jalan rusak parah gak pernah diperbaiki pemda", "id"),
        ("The road near my office is still broken after the flood", "en"),
        ("Aku ora ngerti kenapa dalane durung didandani", "jv"),
        ("Matur nuwun sanget, Pak", "jv"),
        ("Abdi teu ngartos naha jalanna can dilereskeun", "su"),
        ("Hatur nuhun pisan kana bantosanana", "su"),
    ],
)
def test_languages(text: str, code: str) -> None:
    assert detect_language(text).code == code


@pytest.mark.parametrize("text", ["", "   ", "😡😡😡", "12345 !!!", "@budi httpurl", "ok"])
def test_undetermined_for_too_little_text(text: str) -> None:
    res = detect_language(text)
    assert res.code == "und" and res.confidence == 0.0


def test_non_latin_script_is_und() -> None:
    assert detect_language("مرحبا بالعالم كيف حالك").code == "und"
    assert detect_language("这是中文文本").code == "und"


def test_mixed_indonesian_english_goes_to_dominant_language() -> None:
    assert detect_language("rapat hari ini di-cancel ya, so sorry guys, besok aja").code == "id"


def test_batch_and_metadata() -> None:
    out = LanguageModel.load().predict(["selamat pagi semua", "\ud800", "x" * 100_000])
    assert [r.code for r in out][:2] == ["id", "und"]
    assert all(r.model == MODEL_NAME for r in out)
