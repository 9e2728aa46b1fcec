"""Normalisation of informal Indonesian (sigap.text.normalize)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sigap.text.normalize import clean, normalize, split_hashtag, tokenize


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("yg bener aja", "yang benar saja"),
        ("gak ada, tdk ada, nggak ada", "tidak ada , tidak ada , tidak ada"),
        ("mantaaapppp bangeeet", "mantap banget"),
        ("saaaat ini", "saat ini"),
        ("wkwkwkwk", "haha"),
        ("anak2 sekolah", "anak-anak sekolah"),
        ("bansos 10rb per org", "bansos 10 ribu per orang"),
        ("Harga naik!!!!", "harga naik !"),
        ("<p>Harga &amp; BBM naik</p>", "harga & bbm naik"),
    ],
)
def test_rules(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_urls_mentions_and_hashtags() -> None:
    out = normalize("@jokowi cek https://t.co/AbC123 dan www.kominfo.go.id #TolakOmnibusLaw")
    assert out == "@user cek httpurl dan httpurl tolak omnibus law"


def test_hashtag_splitting() -> None:
    assert split_hashtag("TolakOmnibusLaw") == ["tolak", "omnibus", "law"]
    assert split_hashtag("jokowi2periode") == ["jokowi", "2", "periode"]
    assert split_hashtag("jalanrusak") == ["jalan", "rusak"]


def test_emoji_and_emoticons_become_tokens() -> None:
    assert tokenize("pelayanan mantap 👍😍") == ["pelayanan", "mantap", "emo_setuju", "emo_cinta"]
    assert tokenize("kecewa :( 😡") == ["kecewa", "emo_sedih", "emo_marah"]
    assert normalize("🦄🦄") == ""


def test_real_looking_tweets() -> None:
    tweet = "Jalan di kec. Cibinong rusak parah gak pernah diperbaiki pemda 😡😡 #PemdaTidur"
    assert normalize(tweet) == (
        "jalan di kec . cibinong rusak parah tidak pernah diperbaiki pemda emo_marah emo_marah pemda tidur"
    )
    tweet = "Alhamdulillah pelayanan KTP di kecamatan skrg cpt bgt, makasih pak camat 🙏"
    assert normalize(tweet) == (
        "alhamdulillah pelayanan ktp di kecamatan sekarang cepat banget , terima kasih pak camat emo_terimakasih"
    )


def test_fancy_unicode_and_controls() -> None:
    assert normalize("𝐒𝐞𝐥𝐚𝐦𝐚𝐭 pagi\u200b\u200d semua") == "selamat pagi semua"
    assert clean("Halo\udcff <b>Bandung</b> @budi") == "Halo Bandung @user"


def test_bad_input_has_defined_results() -> None:
    assert normalize("") == ""
    assert normalize("   \n\t ") == ""
    assert normalize(None) == ""  # type: ignore[arg-type]
    assert normalize("\ud800\udfff") == ""
    long = "jalan rusak " * 10_000
    assert normalize(long).startswith("jalan rusak")


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises_and_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert isinstance(once, str)
    assert normalize(once) == once


_TWEETISH = st.lists(
    st.sampled_from(
        [
            "yg",
            "gak",
            "bangeeet",
            "Mantaaap",
            "wkwkwk",
            "anak2",
            "10rb",
            "rp5.000",
            "#TolakRUU",
            "#jalanrusak",
            "@pemkot_bdg",
            "https://t.co/x1",
            ":)",
            ":(",
            "😡",
            "👍",
            "!!!",
            "??",
            "&amp;",
            "<br>",
            "Jakarta",
            "KTP",
            "pelayanan",
            ",",
            ".",
            "xD",
            "<3",
            "-",
            "2",
        ]
    ),
    max_size=30,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(_TWEETISH)
def test_idempotent_on_tweet_like_text(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_clean_never_raises(text: str) -> None:
    out = clean(text)
    assert isinstance(out, str)
    assert "\n" not in out
