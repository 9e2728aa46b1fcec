"""Parsing watchlist queries (sigap.lib.query): syntax, normalisation, errors, round trips.
Pure Python: runs without Django (pytest -p no:django)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sigap.lib.query import (
    MAX_DEPTH,
    MAX_LENGTH,
    And,
    Node,
    Not,
    Or,
    Phrase,
    QuerySyntaxError,
    Term,
    parse,
    terms,
    to_fts5,
    to_text,
    to_tsquery,
    tokenize,
)


def t(text: str, prefix: bool = False) -> Term:
    return Term(text, prefix)


BANJIR = And((t("banjir"), Or((t("demak"), t("kudus"))), Not(t("hoaks"))))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("banjir AND (Demak OR Kudus) NOT hoaks", BANJIR),
        ("banjir DAN (Demak ATAU Kudus) TIDAK hoaks", BANJIR),
        ("banjir (Demak OR Kudus) -hoaks", BANJIR),
        ('"harga BBM" naik*', And((Phrase(("harga", "bbm")), t("naik", True)))),
        ("-hoaks bansos", And((Not(t("hoaks")), t("bansos")))),
        # Operators are upper case only: lower-case "dan", "or", "And" are ordinary words.
        ("banjir dan longsor", And((t("banjir"), t("dan"), t("longsor")))),
        ("banjir or longsor", And((t("banjir"), t("or"), t("longsor")))),
        ("Banjir And longsor", And((t("banjir"), t("and"), t("longsor")))),
        # Precedence NOT > AND > OR.
        ("a OR b AND c", Or((t("a"), And((t("b"), t("c")))))),
        ("a OR b NOT c", Or((t("a"), And((t("b"), Not(t("c"))))))),
        ("(a OR b) NOT c", And((Or((t("a"), t("b"))), Not(t("c"))))),
        ("a b OR c d", Or((And((t("a"), t("b"))), And((t("c"), t("d")))))),
        ("a AND b AND c", And((t("a"), t("b"), t("c")))),
        ("a OR (b OR c)", Or((t("a"), t("b"), t("c")))),
        ("((banjir))", t("banjir")),
        ("NOT NOT banjir", t("banjir")),
        ("banjir -(hoaks OR fitnah)", And((t("banjir"), Not(Or((t("hoaks"), t("fitnah"))))))),
        ('banjir -"berita bohong"', And((t("banjir"), Not(Phrase(("berita", "bohong")))))),
        # Words are normalised like the search index: lower case, no diacritics, split on
        # anything that is not a letter or digit (so hyphenated words become phrases).
        ("covid-19", Phrase(("covid", "19"))),
        ("e-KTP", Phrase(("e", "ktp"))),
        ("COVID-19*", Phrase(("covid", "19"), True)),
        ("Kafé", t("kafe")),
        ("#BanjirDemak", t("banjirdemak")),
        ("@humas_jateng", Phrase(("humas", "jateng"))),
        ("Jum'at", Phrase(("jum", "at"))),
        ("banjir,", t("banjir")),
        ('"harga BBM"*', Phrase(("harga", "bbm"), True)),
        ('"BBM"', t("bbm")),
        ('"AND OR NOT"', Phrase(("and", "or", "not"))),
        ("\u201charga BBM\u201d naik", And((Phrase(("harga", "bbm")), t("naik")))),
        ("banjir\tlongsor\n", And((t("banjir"), t("longsor")))),
        ("banjir(demak)", And((t("banjir"), t("demak")))),
        ("naik*", t("naik", True)),
    ],
)
def test_parses_into_the_expected_tree(query: str, expected: Node) -> None:
    assert parse(query) == expected


@pytest.mark.parametrize(
    ("query", "code", "position", "message"),
    [
        ("", "empty", None, "Kueri kosong."),
        ("   \n", "empty", None, "Kueri kosong."),
        ('banjir AND "harga BBM', "unclosed_quote", 11, "Tanda kutip di posisi 12 belum ditutup."),
        (
            "naik) bbm",
            "unmatched_close",
            4,
            "Kurung tutup ')' di posisi 5 tidak memiliki pasangan.",
        ),
        (
            "(banjir OR longsor",
            "unclosed_parenthesis",
            0,
            "Kurung buka '(' di posisi 1 belum ditutup.",
        ),
        ("banjir (", "unclosed_parenthesis", 7, "Kurung buka '(' di posisi 8 belum ditutup."),
        (
            "banjir AND",
            "dangling_operator_at_end",
            7,
            "Operator AND di akhir kueri tidak diikuti kata.",
        ),
        (
            "banjir DAN",
            "dangling_operator_at_end",
            7,
            "Operator DAN di akhir kueri tidak diikuti kata.",
        ),
        (
            "(banjir OR) demak",
            "dangling_operator",
            8,
            "Operator OR di posisi 9 tidak diikuti kata.",
        ),
        (
            "banjir OR OR demak",
            "dangling_operator",
            7,
            "Operator OR di posisi 8 tidak diikuti kata.",
        ),
        ("OR banjir", "missing_operand", 0, "Operator OR di posisi 1 tidak didahului kata."),
        (
            "banjir NOT",
            "dangling_operator_at_end",
            7,
            "Operator NOT di akhir kueri tidak diikuti kata.",
        ),
        ("NOT", "only_not", 0, "Kueri hanya berisi NOT; tambahkan kata yang dicari."),
        ("TIDAK TIDAK", "only_not", 0, "Kueri hanya berisi NOT; tambahkan kata yang dicari."),
        (
            "banjir ()",
            "empty_parentheses",
            7,
            "Kurung di posisi 8 kosong; isi dengan kata yang dicari.",
        ),
        ('banjir ""', "empty_phrase", 7, "Frasa dalam tanda kutip di posisi 8 kosong."),
        (
            "banjir - hoaks",
            "dangling_minus",
            7,
            "Tanda '-' di posisi 8 harus ditulis menempel pada kata yang dikecualikan, misalnya -hoaks.",
        ),
        (
            "banjir & longsor",
            "symbol_operator",
            7,
            "Tanda '&' di posisi 8 tidak dikenal; gunakan kata AND (huruf besar).",
        ),
        (
            "banjir || longsor",
            "symbol_operator",
            7,
            "Tanda '||' di posisi 8 tidak dikenal; gunakan kata OR (huruf besar).",
        ),
        ("banjir ...", "no_letters", 7, 'Kata "..." di posisi 8 tidak berisi huruf atau angka.'),
        (
            "na*ik",
            "misplaced_star",
            2,
            "Tanda bintang (*) di posisi 3 hanya boleh ditulis menempel di akhir kata, misalnya naik*.",
        ),
        (
            "banjir *",
            "misplaced_star",
            7,
            "Tanda bintang (*) di posisi 8 hanya boleh ditulis menempel di akhir kata, misalnya naik*.",
        ),
        (
            "n*",
            "short_prefix",
            0,
            'Awalan "n*" di posisi 1 terlalu pendek; tulis minimal 2 huruf sebelum *.',
        ),
        (
            "NOT hoaks",
            "only_exclusions",
            None,
            "Kueri harus memuat setidaknya satu kata yang dicari, bukan hanya pengecualian.",
        ),
        (
            "-hoaks -fitnah",
            "only_exclusions",
            None,
            "Kueri harus memuat setidaknya satu kata yang dicari, bukan hanya pengecualian.",
        ),
    ],
)
def test_errors_are_polite_indonesian_with_position(query: str, code: str, position: int | None, message: str) -> None:
    with pytest.raises(QuerySyntaxError) as info:
        parse(query)
    exc = info.value
    assert (exc.code, exc.position, exc.message, str(exc)) == (code, position, message, message)
    assert exc.message_en and exc.message_en != exc.message


def test_an_or_with_a_bare_exclusion_is_rejected_with_an_example_fix() -> None:
    with pytest.raises(QuerySyntaxError) as info:
        parse("banjir OR -hoaks")
    assert info.value.code == "unsearchable"
    assert "(banjir OR longsor) NOT hoaks" in info.value.message
    assert "NOT inside an OR" in info.value.message_en


def test_validate_false_keeps_queries_only_python_can_evaluate() -> None:
    assert parse("NOT hoaks", validate=False) == Not(t("hoaks"))
    assert parse("banjir OR -hoaks", validate=False) == Or((t("banjir"), Not(t("hoaks"))))


def test_length_limit() -> None:
    longest = "banjir " * (MAX_LENGTH // 7) + "x" * (MAX_LENGTH % 7)
    assert len(longest) == MAX_LENGTH
    parse(longest)
    with pytest.raises(QuerySyntaxError) as info:
        parse(longest + "x")
    assert info.value.code == "too_long"
    assert info.value.message == f"Kueri terlalu panjang ({MAX_LENGTH + 1} karakter); batasnya {MAX_LENGTH} karakter."


@pytest.mark.parametrize("template", ["{open}banjir{close}", "demak {neg}banjir", "demak {nots}banjir"])
def test_depth_limit(template: str) -> None:
    def query(depth: int) -> str:
        return template.format(open="(" * depth, close=")" * depth, neg="-" * depth, nots="NOT " * depth)

    parse(query(MAX_DEPTH))
    with pytest.raises(QuerySyntaxError) as info:
        parse(query(MAX_DEPTH + 1))
    assert info.value.code == "too_deep"
    assert "terlalu bertingkat" in info.value.message


def test_terms_are_the_positive_leaves_in_order() -> None:
    assert terms(parse("banjir AND (Demak OR Kudus) NOT hoaks")) == (
        t("banjir"),
        t("demak"),
        t("kudus"),
    )
    assert terms(parse('"harga BBM" naik* -hoaks')) == (Phrase(("harga", "bbm")), t("naik", True))
    assert terms(parse("banjir banjir NOT (hoaks NOT klarifikasi)")) == (
        t("banjir"),
        t("klarifikasi"),
    )


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("banjir AND (Demak OR Kudus) NOT hoaks", "banjir AND (demak OR kudus) AND NOT hoaks"),
        ('"harga BBM" naik*', '"harga bbm" AND naik*'),
        ("a OR b NOT c", "a OR b AND NOT c"),
        ("-(a OR b) c", "NOT (a OR b) AND c"),
        ("covid-19*", '"covid 19"*'),
    ],
)
def test_to_text_renders_normalised_syntax(query: str, text: str) -> None:
    assert to_text(parse(query)) == text


# ------------------------------------------------------------------ properties

FRAGMENTS = [
    *"banjir Demak kudus naik* na* * covid-19 - -hoaks AND OR NOT DAN ATAU TIDAK and".split(),
    *"( ) \" \u201c \u201d & | ! é _ ' , 0 \x00 \ud7ff 😭".split(),
    *[" ", " ", "  ", "\t"],
]
query_like = st.lists(st.sampled_from(FRAGMENTS), max_size=25).map("".join)


@settings(max_examples=500)
@given(st.one_of(st.text(), query_like))
def test_parse_only_ever_raises_query_syntax_error(text: str) -> None:
    try:
        node = parse(text)
    except QuerySyntaxError as exc:
        assert exc.message and exc.message_en and exc.code  # noqa: PT017 - any text: rejected or accepted
        assert exc.position is None or 0 <= exc.position < len(text)  # noqa: PT017
        return
    # Anything accepted is normalised, renders back to itself and compiles for both indexes.
    assert parse(to_text(node)) == node
    assert to_fts5(node) and to_tsquery(node)


def _conj(items: list[Node]) -> Node:
    return And(tuple(s for i in items for s in (i.items if isinstance(i, And) else (i,))))


def _disj(items: list[Node]) -> Node:
    return Or(tuple(s for i in items for s in (i.items if isinstance(i, Or) else (i,))))


def _neg(item: Node) -> Node:
    return item.item if isinstance(item, Not) else Not(item)


def _nesting(node: Node) -> int:
    """Levels of "(" and NOT that to_text(node) produces (what MAX_DEPTH limits)."""
    if isinstance(node, Not):
        return 1 + isinstance(node.item, And | Or) + _nesting(node.item)
    if isinstance(node, And):
        return max(isinstance(i, Or) + _nesting(i) for i in node.items)
    if isinstance(node, Or):
        return max(_nesting(i) for i in node.items)
    return 0


# Any single normalised token, in any script the tokenizer keeps.
tokens = (
    st.text(st.characters(categories=["Lu", "Ll", "Lo", "Nd"]), min_size=1, max_size=6)
    .map(tokenize)
    .filter(lambda ws: len(ws) == 1)
    .map(lambda ws: ws[0])
)
leaves = st.one_of(
    st.builds(Term, tokens),
    st.builds(Term, tokens.filter(lambda w: len(w) >= 2), st.just(True)),
    st.builds(Phrase, st.lists(tokens, min_size=2, max_size=3).map(tuple), st.booleans()),
)
trees = st.recursive(
    leaves,
    lambda children: st.one_of(
        children.map(_neg),
        st.lists(children, min_size=2, max_size=3).map(_conj),
        st.lists(children, min_size=2, max_size=3).map(_disj),
    ),
    max_leaves=10,
)


@settings(max_examples=400)
@given(trees)
def test_rendering_a_tree_and_parsing_it_gives_the_same_tree(node: Node) -> None:
    if _nesting(node) > MAX_DEPTH:
        return
    text = to_text(node)
    assert len(text) <= MAX_LENGTH
    assert parse(text, validate=False) == node
