"""Compiling watchlist queries for the search indexes (sigap.lib.query): SQLite FTS5 MATCH
expressions and PostgreSQL to_tsquery strings, checked against the real engines so that
searching and Python tagging (``matches``) always agree. Runs without Django.

The PostgreSQL checks run when SIGAP_TEST_POSTGRES_URL is set, e.g.
postgresql://postgres@127.0.0.1:5432/test."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sigap.lib.query import (
    And,
    Node,
    Not,
    Or,
    Phrase,
    QuerySyntaxError,
    Term,
    index_text,
    matches,
    parse,
    to_fts5,
    to_tsquery,
    tokenize,
)


@pytest.mark.parametrize(
    ("query", "fts5", "tsquery"),
    [
        ("banjir", '"banjir"', "'banjir'"),
        (
            "banjir AND (Demak OR Kudus) NOT hoaks",
            '(("banjir" AND ("demak" OR "kudus")) NOT "hoaks")',
            "('banjir' & ('demak' | 'kudus') & !'hoaks')",
        ),
        ('"harga BBM" naik*', '("harga bbm" AND "naik" *)', "(('harga' <-> 'bbm') & 'naik':*)"),
        ("-hoaks bansos", '("bansos" NOT "hoaks")', "(!'hoaks' & 'bansos')"),
        (
            "banjir -hoaks -fitnah",
            '("banjir" NOT ("hoaks" OR "fitnah"))',
            "('banjir' & !'hoaks' & !'fitnah')",
        ),
        ("covid-19*", '"covid 19" *', "('covid' <-> '19':*)"),
        # NOT inside NOT, and an OR that only works as an exclusion: rewritten for FTS5.
        (
            "banjir -(hoaks NOT klarifikasi)",
            '("banjir" NOT ("hoaks" NOT "klarifikasi"))',
            "('banjir' & !('hoaks' & !'klarifikasi'))",
        ),
        (
            "banjir (longsor OR -hoaks)",
            '("banjir" NOT ("hoaks" NOT "longsor"))',
            "('banjir' & ('longsor' | !'hoaks'))",
        ),
        # User input can never become FTS5 or tsquery syntax.
        (
            "O'Brien NEAR(x) col:y",
            '("o brien" AND "near" AND "x" AND "col y")',
            "(('o' <-> 'brien') & 'near' & 'x' & ('col' <-> 'y'))",
        ),
    ],
)
def test_compiles_for_both_indexes(query: str, fts5: str, tsquery: str) -> None:
    node = parse(query)
    assert to_fts5(node) == fts5
    assert to_tsquery(node) == tsquery


def test_quoting_is_safe_even_for_hand_built_terms() -> None:
    node = And((Term('a"b'), Term("it's\\")))
    assert to_fts5(node) == '("a""b" AND "it\'s\\")'
    assert to_tsquery(node) == "('a\"b' & 'it''s\\\\')"


@pytest.mark.parametrize(
    ("node", "code"),
    [
        (Not(Term("hoaks")), "only_exclusions"),
        (And((Not(Term("hoaks")), Not(Term("fitnah")))), "only_exclusions"),
        (Or((Term("banjir"), Not(Term("hoaks")))), "unsearchable"),
        (Not(And((Term("banjir"), Not(Term("hoaks"))))), "unsearchable"),
    ],
)
def test_fts5_rejects_queries_that_match_documents_without_any_search_word(node: Node, code: str) -> None:
    with pytest.raises(QuerySyntaxError) as info:
        to_fts5(node)
    assert info.value.code == code
    assert info.value.position is None
    assert to_tsquery(node)  # PostgreSQL could run it, but parse() rejects it for both


# ------------------------------------------------------------------ strategies

DOC_WORDS = (
    "Banjir banjir BANJIR banjirnya Demak demak, Kudus kudus. hoaks Hoaks! bansos harga Harga "
    'BBM bbm naik naiknya kenaikan dan DAN Kafé kafe cafe (warga) "harga BBM" warga_desa '
    "Jum'at b ba"
).split()
RAW_SEPARATORS = [" ", " ", " ", ", ", ". ", "\n", " - ", " / ", "; ", "? "]
PG_RAW_WORDS = [w for w in DOC_WORDS if w.isascii() and w.isalpha()]

raw_documents = st.lists(st.tuples(st.sampled_from(DOC_WORDS), st.sampled_from(RAW_SEPARATORS)), max_size=10).map(
    lambda pairs: "".join(w + s for w, s in pairs)
)
# PostgreSQL's own parser treats "e-KTP", "a.b", "kudus..", "a/b" and accents specially: raw text is
# only compared on plain words and spaced punctuation; index_text() is compared on anything.
pg_raw_documents = st.lists(
    st.tuples(st.sampled_from(PG_RAW_WORDS), st.sampled_from([" ", ", ", ". ", "\n", "! "])),
    max_size=10,
).map(lambda pairs: "".join(w + s for w, s in pairs))
any_documents = st.lists(
    st.one_of(
        st.sampled_from(DOC_WORDS + ["covid-19", "e-KTP", "😭", "🤣", "m²", "Ǻ", "ﬁ", "Straße"]),
        st.text(st.characters(max_codepoint=0xFFFF, exclude_categories=["Cs"]), max_size=8),
    ),
    max_size=8,
).map(" ".join)


def _trees(leaves: st.SearchStrategy[Node]) -> st.SearchStrategy[Node]:
    return st.recursive(
        leaves,
        lambda children: st.one_of(
            st.builds(Not, children),
            st.lists(children, min_size=2, max_size=3).map(lambda xs: And(tuple(xs))),
            st.lists(children, min_size=2, max_size=3).map(lambda xs: Or(tuple(xs))),
        ),
        max_leaves=8,
    )


def _leaves(vocabulary: list[str]) -> st.SearchStrategy[Node]:
    words = st.sampled_from(vocabulary)
    return st.one_of(
        st.builds(Term, words),
        st.builds(Term, st.tuples(words, st.integers(1, 4)).map(lambda p: p[0][: p[1]]), st.just(True)),
        st.builds(Phrase, st.lists(words, min_size=2, max_size=3).map(tuple), st.booleans()),
    )


VOCABULARY = sorted({w for d in DOC_WORDS for w in tokenize(d)} | {"kudu", "longsor"})
realistic_queries = _trees(_leaves(VOCABULARY))


@st.composite
def documents_with_queries(draw: st.DrawFn, docs: st.SearchStrategy[str]) -> tuple[list[str], Node]:
    """Documents, and a query whose words come from those documents (so it often matches)."""
    texts = draw(st.lists(docs, min_size=1, max_size=6))
    token_lists = [tokenize(t) for t in texts if tokenize(t)] or [["kosong"]]
    spans = st.sampled_from(token_lists).flatmap(
        lambda ws: st.integers(0, len(ws) - 1).flatmap(lambda i: st.integers(2, 3).map(lambda k: tuple(ws[i : i + k])))
    )
    phrase = st.builds(Phrase, spans, st.booleans())
    leaves = st.one_of(_leaves(sorted({w for ws in token_lists for w in ws})), phrase)
    return texts, draw(_trees(leaves))


# ------------------------------------------------------------------ SQLite FTS5


@pytest.fixture(scope="module")
def fts5() -> Iterator[sqlite3.Connection]:
    db = sqlite3.connect(":memory:")
    db.execute('CREATE VIRTUAL TABLE t USING fts5(body, tokenize="unicode61 remove_diacritics 2")')
    yield db
    db.close()


def _fts5_hits(db: sqlite3.Connection, bodies: list[str], expression: str) -> set[int]:
    db.execute("DELETE FROM t")
    db.executemany("INSERT INTO t(rowid, body) VALUES (?, ?)", enumerate(bodies))
    return {row[0] for row in db.execute("SELECT rowid FROM t WHERE t MATCH ?", (expression,))}


def _check_fts5(db: sqlite3.Connection, texts: list[str], node: Node, *, indexed: bool) -> None:
    try:
        expression = to_fts5(node)
    except QuerySyntaxError:
        # Only a query that matches a document without any words is refused.
        assert matches(node, "")
        return
    assert not matches(node, "")
    bodies = [index_text(t) if indexed else t for t in texts]
    expected = {i for i, text in enumerate(texts) if matches(node, text)}
    assert _fts5_hits(db, bodies, expression) == expected, expression


def with_fixture(examples: int) -> settings:
    """Settings for property tests that reuse one module-scoped database connection."""
    return settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture],
    )


@with_fixture(400)
@given(st.lists(raw_documents, min_size=1, max_size=8), realistic_queries)
def test_fts5_on_raw_text_agrees_with_matches(fts5: sqlite3.Connection, texts: list[str], node: Node) -> None:
    _check_fts5(fts5, texts, node, indexed=False)


@with_fixture(400)
@given(documents_with_queries(any_documents))
def test_fts5_on_index_text_agrees_with_matches_for_any_text(
    fts5: sqlite3.Connection, case: tuple[list[str], Node]
) -> None:
    _check_fts5(fts5, *case, indexed=True)


@pytest.mark.parametrize(
    ("query", "hits"),
    [
        ("banjir AND (Demak OR Kudus) NOT hoaks", [1]),
        ('"harga BBM" naik*', [2]),
        ("-hoaks bansos", [3]),
    ],
)
def test_fts5_examples(fts5: sqlite3.Connection, query: str, hits: list[int]) -> None:
    docs = [
        "Banjir di Demak, kabar hoaks beredar",
        "Banjir melanda Kudus",
        "Harga BBM naiknya tidak wajar",
        "Penyaluran bansos di Demak",
        "Hoaks bansos ganda",
    ]
    assert sorted(_fts5_hits(fts5, docs, to_fts5(parse(query)))) == hits
    assert [i for i, d in enumerate(docs) if matches(parse(query), d)] == hits


# ------------------------------------------------------------------ PostgreSQL


@pytest.fixture(scope="module")
def postgres() -> Iterator[Any]:
    url = os.environ.get("SIGAP_TEST_POSTGRES_URL")
    if not url:
        pytest.skip("SIGAP_TEST_POSTGRES_URL is not set (e.g. postgresql://postgres@127.0.0.1:5432/test)")
    psycopg = pytest.importorskip("psycopg")
    with psycopg.connect(url, autocommit=True) as conn:
        yield conn


def _check_postgres(conn: Any, texts: list[str], node: Node, *, indexed: bool) -> None:
    bodies = [index_text(t) if indexed else t for t in texts]
    rows = conn.execute(
        "SELECT i - 1 FROM unnest(%s::text[]) WITH ORDINALITY AS d(body, i) "
        "WHERE to_tsvector('simple', body) @@ to_tsquery('simple', %s)",
        (bodies, to_tsquery(node)),
    ).fetchall()
    expected = {i for i, text in enumerate(texts) if matches(node, text)}
    assert {row[0] for row in rows} == expected, to_tsquery(node)


@with_fixture(200)
@given(documents_with_queries(pg_raw_documents))
def test_postgres_on_raw_plain_text_agrees_with_matches(postgres: Any, case: tuple[list[str], Node]) -> None:
    _check_postgres(postgres, *case, indexed=False)


@with_fixture(200)
@given(documents_with_queries(any_documents))
def test_postgres_on_index_text_agrees_with_matches_for_any_text(postgres: Any, case: tuple[list[str], Node]) -> None:
    _check_postgres(postgres, *case, indexed=True)
