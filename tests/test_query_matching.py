"""Matching documents against watchlist queries in Python (sigap.lib.query): tokenization,
the reference ``matches`` and the fast ``compile_matcher``. Runs without Django."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sigap.lib.query import (
    And,
    Node,
    Not,
    Or,
    Phrase,
    Term,
    Tokens,
    compile_matcher,
    index_text,
    matches,
    parse,
    tokenize,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Banjir melanda DEMAK, Kudus.", ["banjir", "melanda", "demak", "kudus"]),
        ("Harga BBM naik Rp10.000/liter!", ["harga", "bbm", "naik", "rp10", "000", "liter"]),
        ("Covid-19 dan e-KTP", ["covid", "19", "dan", "e", "ktp"]),
        (
            "Kafé Éropa naïve São Tomé İstanbul",
            ["kafe", "eropa", "naive", "sao", "tome", "istanbul"],
        ),
        ("cafe\u0301 (decomposed accent)", ["cafe", "decomposed", "accent"]),
        ("#BanjirDemak @humas_jateng", ["banjirdemak", "humas", "jateng"]),
        ("Jum'at, 12 April — 😭😭 sedih", ["jum", "at", "12", "april", "sedih"]),
        ("luas 100 m² atau ½ hektare", ["luas", "100", "m", "atau", "hektare"]),
        ("Москва й ά", ["москва", "й", "ά"]),  # only Latin letters lose diacritics, as in FTS5
        ("", []),
    ],
)
def test_tokenize_like_the_search_index(text: str, expected: list[str]) -> None:
    assert tokenize(text) == expected
    assert index_text(text) == " ".join(expected)


DOC = (
    "Banjir kembali melanda Kabupaten Demak setelah tanggul Sungai Wulan jebol. "
    "BPBD menyebut harga BBM eceran naik di lokasi pengungsian; kabar hoaks soal tanggul beredar."
)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("banjir AND (Demak OR Kudus) NOT hoaks", False),
        ("banjir AND (Demak OR Kudus)", True),
        ("banjir AND (Kudus OR Pati)", False),
        ('"harga BBM" naik*', True),
        ('"BBM harga"', False),  # phrase order matters
        ('"harga eceran"', False),  # and adjacency
        ('"tanggul Sungai Wulan"', True),
        ('"sungai wul"*', True),  # a phrase whose last word is a prefix
        ("-hoaks bansos", False),
        ("-bansos banjir", True),
        ("pengungsi*", True),  # prefix of "pengungsian"
        ("pengungsi", False),  # a whole word only
        ("BANJIR", True),
        ("jebol.", True),
        ("kabupaten-demak", True),  # becomes the phrase "kabupaten demak"
        ("banjir DAN demak TIDAK kudus", True),
        ("banjir dan demak", False),  # lower-case "dan" is a word, absent from the text
    ],
)
def test_matches_realistic_indonesian_queries(query: str, expected: bool) -> None:
    node = parse(query)
    assert matches(node, DOC) is expected
    assert compile_matcher(node)(DOC) is expected


def test_diacritics_and_case_are_ignored_both_ways() -> None:
    assert matches(parse("kafe"), "Kafé Kopi Nusantara")
    assert matches(parse("Kafé"), "KAFE kopi")
    assert matches(parse("São*"), "Sao Paulo")


def test_hyphenated_words_match_with_or_without_the_hyphen() -> None:
    node = parse("covid-19")
    assert matches(node, "Kasus COVID-19 naik")
    assert matches(node, "kasus covid 19 naik")
    assert not matches(node, "covid19")
    assert not matches(node, "19 covid")


def test_a_phrase_spans_punctuation_like_the_index_does() -> None:
    assert matches(parse('"harga BBM"'), "soal harga, BBM langka")


@pytest.mark.parametrize("match", [matches, lambda node, text: compile_matcher(node)(text)])
def test_phrases_and_prefixes_respect_word_boundaries(match: Callable[[Node, str], bool]) -> None:
    assert not match(parse('"harga BBM"'), "harga bbmx, bbm")
    assert not match(parse('"harga BBM"'), "xharga bbm")
    assert match(parse('"harga BBM"*'), "harga bbmx")
    assert not match(parse("arga*"), "harga")
    assert match(parse('"naik BBM" harga'), "harga naik bbm")


def test_one_tokenization_serves_every_watchlist() -> None:
    watchlists = {
        "banjir": compile_matcher(parse("banjir AND (Demak OR Kudus) NOT hoaks")),
        "bbm": compile_matcher(parse('"harga BBM" naik*')),
        "bansos": compile_matcher(parse("-hoaks bansos")),
    }
    doc = Tokens("Harga BBM naik lagi, bansos tertunda")
    assert [name for name, match in watchlists.items() if match(doc)] == ["bbm", "bansos"]
    assert doc.words[:3] == ["harga", "bbm", "naik"] and "bansos" in doc.unique
    assert doc.joined == " harga bbm naik lagi bansos tertunda "


def test_hand_built_trees_need_no_parser() -> None:
    node = And((Term("banjir"), Not(Or((Term("hoaks"), Phrase(("berita", "bohong")))))))
    assert matches(node, "Banjir di Demak")
    assert not matches(node, "banjir? berita bohong!")
    assert matches(Not(Term("hoaks")), "")  # pure negation is fine in Python
    assert compile_matcher(Not(Term("hoaks")))("")


# ------------------------------------------------------------------ properties

VOCAB = "banjir banjirnya ban b ba naik naiknya".split()
PREFIXES = ["b", "ba", "ban", "banj", "banjir", "n", "na", "nai", "naik"]
words = st.sampled_from(VOCAB)
documents = st.lists(st.tuples(words, st.sampled_from([" ", ", ", ". ", "-", "\n"])), max_size=12).map(
    lambda pairs: "".join(w + s for w, s in pairs)
)
leaves = st.one_of(
    st.builds(Term, words),
    st.builds(Term, st.sampled_from(PREFIXES), st.just(True)),
    st.builds(Phrase, st.lists(words, min_size=2, max_size=3).map(tuple), st.booleans()),
)
trees = st.recursive(
    leaves,
    lambda children: st.one_of(
        st.builds(Not, children),
        st.lists(children, min_size=1, max_size=4).map(lambda xs: And(tuple(xs))),
        st.lists(children, min_size=1, max_size=4).map(lambda xs: Or(tuple(xs))),
    ),
    max_leaves=12,
)


@settings(max_examples=600)
@given(trees, documents)
def test_compiled_matcher_agrees_with_the_reference(node: Node, text: str) -> None:
    doc = Tokens(text)
    expected = matches(node, text)
    assert compile_matcher(node)(doc) is expected
    assert compile_matcher(node)(text) is expected
    assert matches(node, doc) is expected


@given(trees, documents)
def test_boolean_laws(node: Node, text: str) -> None:
    doc = Tokens(text)
    assert matches(Not(node), doc) is not matches(node, doc)
    assert matches(And((node, Not(node))), doc) is False
    assert matches(Or((node, Not(node))), doc) is True


@given(st.text())
def test_tokens_are_normalised_fixed_points(text: str) -> None:
    words = tokenize(text)
    assert tokenize(index_text(text)) == words
    assert all(tokenize(w) == [w] for w in words)
