"""Sigap's own JSONL and CSV formats: good records, every kind of bad record, encodings, fuzzing."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime

import orjson
import pytest
from helpers.connectors import DATA
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sigap.monitoring.connectors.base import LineState, Record, Rejected, iter_lines
from sigap.monitoring.connectors.sigap_format import parse_csv, parse_jsonl, parse_rows


def jsonl(data: bytes, **kwargs) -> list[Record | Rejected]:
    return list(parse_jsonl(io.BytesIO(data), **kwargs))


def csv_(data: bytes, **kwargs) -> list[Record | Rejected]:
    return list(parse_csv(io.BytesIO(data), **kwargs))


def split(items):
    return [i for i in items if isinstance(i, Record)], [i for i in items if isinstance(i, Rejected)]


# --------------------------------------------------------------------------- JSONL


def test_jsonl_sample_file():
    with open(DATA / "sigap_sample.jsonl", "rb") as stream:
        items = list(parse_jsonl(stream, default_channel="news"))
    records, rejected = split(items)
    assert [r.external_id for r in records] == [
        "lapor-2025-0311",
        "9001",
        "ig-17890123456789013",
        "x-1896520431227654144",
        "wa-grup-0042",
    ]
    reasons = {r.position: r.reason for r in rejected}
    assert list(reasons) == [f"baris {n}" for n in range(7, 15)]  # line 6 is blank
    assert reasons["baris 7"].startswith("Baris bukan JSON yang sah")
    assert reasons["baris 8"] == "Baris harus berisi satu objek JSON ({...}), bukan larik (array)."
    assert reasons["baris 9"] == "Kolom wajib 'id' tidak ada."
    assert reasons["baris 10"].startswith("Kolom 'published_at' tidak berisi tanggal yang sah: '32-13-2025'")
    assert reasons["baris 11"] == "Kolom 'likes' harus bilangan bulat, bukan 'banyak'."
    assert reasons["baris 12"].startswith("Kolom 'channel' berisi kanal yang tidak dikenal: 'friendster'")
    assert reasons["baris 13"] == "Kolom 'text' kosong dan tidak ada 'title': rekaman tidak berisi teks."
    assert reasons["baris 14"].startswith("Baris terakhir terpotong (tidak diakhiri baris baru)")
    assert rejected[0].raw.startswith('{"id": "rusak-1"')


def test_jsonl_field_mapping():
    with open(DATA / "sigap_sample.jsonl", "rb") as stream:
        records, _ = split(parse_jsonl(stream, default_channel="news"))
    lapor, dprd, ig, tweet, wa = records
    assert lapor.channel == "complaint"
    assert lapor.published_at == datetime(2025, 3, 1, 12, 42, tzinfo=UTC)
    assert lapor.author == "warga_pedurungan" and lapor.author_name == "Yusuf Hidayat"
    assert lapor.raw["kategori"] == "Penerangan Jalan"  # unknown fields kept
    assert dprd.external_id == "9001"  # numeric id
    assert dprd.published_at == datetime(2025, 3, 4, 3, 5, tzinfo=UTC)  # naive = WIB
    assert dprd.title == "DPRD Minta Pemkot Evaluasi Rumah Pompa" and dprd.lang == "id"
    assert ig.channel == "instagram" and ig.parent_id == "18034567890123456" and ig.likes == 97
    assert tweet.channel == "x"  # alias "twitter"
    assert tweet.author_followers == 56012  # "56.012", Indonesian thousands separator
    assert (tweet.likes, tweet.shares, tweet.replies, tweet.views) == (1022, 109, 38, 60321)
    assert wa.channel == "news"  # default channel of the source
    assert wa.published_at == datetime(2025, 3, 3, 14, 10, tzinfo=UTC)  # "03/03/2025 21:10" day first, WIB
    for record in records:
        assert record.published_at.tzinfo is UTC


def test_jsonl_empty_and_blank_files():
    assert jsonl(b"") == []
    assert jsonl(b"\n\n  \r\n\t\n") == []


def test_jsonl_bom_and_crlf():
    data = b'\xef\xbb\xbf{"id": "a", "text": "Halo", "published_at": "2025-03-01T00:00:00Z"}\r\n'
    data += b'{"id": "b", "text": "Dunia", "published_at": "2025-03-01T00:00:00Z"}\r\n'
    records, rejected = split(jsonl(data))
    assert [r.external_id for r in records] == ["a", "b"] and rejected == []


def test_jsonl_non_utf8_line_is_decoded_as_cp1252_and_noted():
    data = '{"id": "c1", "text": "Caf\u00e9 \u201cmurah\u201d", "published_at": "2025-03-01T08:00:00"}\n'.encode(
        "cp1252"
    )
    (record,) = jsonl(data)
    assert isinstance(record, Record)
    assert record.text == "Caf\u00e9 \u201cmurah\u201d"
    assert record.raw["_sigap"] == {"encoding": "cp1252"}


def test_jsonl_non_utf8_and_invalid_json_is_rejected_with_reason():
    (item,) = jsonl(b'{"id": "x", "text": "\xff\xfe rusak\n')
    assert isinstance(item, Rejected)
    assert "bukan UTF-8 yang sah" in item.reason


@pytest.mark.parametrize(
    "obj, reason",
    [
        ({"id": "", "text": "t", "published_at": "2025-01-01"}, "Kolom wajib 'id' kosong."),
        (
            {"id": [1], "text": "t", "published_at": "2025-01-01"},
            "Kolom 'id' harus berupa teks atau angka",
        ),
        ({"id": "a", "published_at": "2025-01-01"}, "Kolom 'text' kosong dan tidak ada 'title'"),
        (
            {"id": "a", "text": {"x": 1}, "published_at": "2025-01-01"},
            "Kolom 'text' harus berupa teks",
        ),
        ({"id": "a", "text": "t"}, "Kolom wajib 'published_at' kosong atau tidak ada."),
        (
            {"id": "a", "text": "t", "published_at": 1740787200},
            "harus berupa teks tanggal ISO 8601",
        ),
        ({"id": "a", "text": "t", "published_at": "0001-01-01T00:00:00"}, "di luar jangkauan"),
        (
            {"id": "a", "text": "t", "published_at": "2025-01-01", "likes": -1},
            "tidak boleh negatif",
        ),
        (
            {"id": "a", "text": "t", "published_at": "2025-01-01", "likes": 1.5},
            "harus bilangan bulat",
        ),
        (
            {"id": "a", "text": "t", "published_at": "2025-01-01", "views": True},
            "harus bilangan bulat",
        ),
        (
            {"id": "a", "text": "t", "published_at": "2025-01-01", "url": ["x"]},
            "Kolom 'url' harus berupa teks",
        ),
    ],
)
def test_jsonl_bad_records(obj, reason):
    (item,) = jsonl(orjson.dumps(obj) + b"\n")
    assert isinstance(item, Rejected), item
    assert reason in item.reason
    assert item.position == "baris 1"


def test_jsonl_title_only_and_counts_as_strings():
    (record,) = jsonl(
        orjson.dumps(
            {
                "id": 5,
                "title": "Judul saja",
                "published_at": "2025-01-01T10:00:00+08:00",
                "likes": "1,234",
                "views": "",
                "shares": None,
                "replies": 3.0,
            }
        )
    )
    assert isinstance(record, Record)
    assert record.text == "" and record.title == "Judul saja"
    assert record.published_at == datetime(2025, 1, 1, 2, 0, tzinfo=UTC)  # WITA offset honoured
    assert (record.likes, record.views, record.shares, record.replies) == (1234, 0, 0, 3)


def test_jsonl_bad_default_channel_is_a_programming_error():
    with pytest.raises(ValueError, match="default_channel"):
        jsonl(b"", default_channel="twitter")


def test_iter_lines_overlong_line_is_skipped_not_loaded():
    data = b"a\n" + b"x" * 5000 + b"\nb\n"
    state = LineState()
    lines = list(iter_lines(io.BytesIO(data), state, max_line=100))
    assert lines[0] == (1, b"a") and lines[1] == (2, None) and lines[2] == (3, b"b")
    assert state.overlong_prefix.startswith(b"xxx")


def test_jsonl_streams_large_input_lazily():
    line = orjson.dumps(
        {
            "id": "i",
            "text": "Jalan rusak di Jl. Soekarno-Hatta",
            "published_at": "2025-03-01T08:00:00+07:00",
        }
    )
    data = (line + b"\n") * 20_000
    iterator = parse_jsonl(io.BytesIO(data))
    first = next(iterator)
    assert isinstance(first, Record)
    assert sum(1 for _ in iterator) == 19_999


# --------------------------------------------------------------------------- hypothesis

_valid_lines = st.builds(
    lambda i, text, day, likes: orjson.dumps(
        {
            "id": f"r{i}",
            "text": text,
            "published_at": f"2025-03-{day:02d}T08:00:00+07:00",
            "likes": likes,
        }
    ),
    st.integers(0, 10**6),
    st.text(max_size=40),
    st.integers(1, 31),
    st.one_of(st.integers(-5, 10**6), st.text(max_size=5), st.none()),
)
_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(["id", "text", "title", "published_at", "channel", "likes", "views", "x"]),
            children,
            max_size=6,
        )
    ),
    max_leaves=12,
)
_lines = st.one_of(
    _valid_lines,
    _json_values.map(lambda v: json.dumps(v).encode()),
    st.binary(max_size=120).map(lambda b: b.replace(b"\n", b"")),
    st.sampled_from([b"", b"  ", b"\r", b"\xef\xbb\xbf", b"{", b"[]", b"null", b'{"id": 1}']),
)


def _non_blank_lines(data: bytes) -> int:
    parts = data.split(b"\n")
    return sum(1 for part in parts if part.strip())


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.binary(max_size=2000))
def test_jsonl_arbitrary_bytes_never_raise_and_yield_one_item_per_non_blank_line(data):
    items = jsonl(data)
    assert all(isinstance(i, Record | Rejected) for i in items)
    assert len(items) == _non_blank_lines(data)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(_lines, max_size=30), st.booleans())
def test_jsonl_line_mix_yields_one_item_per_non_blank_line(lines, final_newline):
    data = b"\n".join(lines) + (b"\n" if final_newline else b"")
    items = jsonl(data)
    assert len(items) == _non_blank_lines(data)
    for item in items:
        if isinstance(item, Record):
            assert item.external_id and item.published_at.tzinfo is UTC
            assert item.text or item.title
            assert min(item.likes, item.shares, item.replies, item.views, item.author_followers) >= 0
        else:
            assert item.position.startswith("baris ") and item.reason
            assert len(item.raw) <= 10_000


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.binary(max_size=2000))
def test_csv_arbitrary_bytes_never_raise(data):
    for item in csv_(b"id,text,published_at\n" + data):
        assert isinstance(item, Record | Rejected)


# --------------------------------------------------------------------------- CSV


def test_csv_sample_file():
    with open(DATA / "sigap_sample.csv", "rb") as stream:
        items = list(parse_csv(stream, default_channel="news"))
    records, rejected = split(items)
    assert [r.external_id for r in records] == [
        "lapor-2025-0401",
        "fb-912345678901234_1203344556677890",
        "berita-kj-0303",
        "x-1896540012377512102",
    ]
    lapor, fb, berita, tweet = records
    assert lapor.channel == "complaint" and lapor.raw["kecamatan"] == "Semarang Timur"
    assert lapor.published_at == datetime(2025, 3, 2, 0, 15, tzinfo=UTC)
    assert (
        fb.text
        == 'Pompa di Kali Tenggang telat nyala lagi.\nTiap tahun alasannya sama, "air kiriman". Kapan normalisasi sungainya?'
    )
    assert fb.parent_id == "104512398765432_912345678901234" and fb.likes == 141 and fb.replies == 2
    assert berita.channel == "news" and berita.text == "" and berita.title.startswith("Banjir Rendam")
    assert berita.author_followers == 184230  # "184,230"
    assert tweet.views == 1207 and tweet.lang == "in"
    reasons = {r.position: r.reason for r in rejected}
    assert reasons == {
        "baris 6": "Kolom wajib 'id' kosong.",
        "baris 7": "Kolom 'published_at' tidak berisi tanggal yang sah: 'kemarin sore' "
        "(gunakan ISO 8601, misalnya '2025-03-01T08:30:00+07:00').",
        "baris 8": "Kolom 'author_followers' tidak boleh negatif: '-5'.",
        "baris 9": "Baris tidak dapat dibaca sebagai CSV: baris berisi 18 kolom, sedangkan baris judul hanya 16 kolom.",
        "baris 10": "Baris tidak dapat dibaca sebagai CSV: ada teks langsung setelah tanda kutip penutup.",
    }


def test_csv_excel_semicolon_cp1252_and_unclosed_quote():
    with open(DATA / "sigap_excel_cp1252.csv", "rb") as stream:
        items = list(parse_csv(stream, default_channel="complaint"))
    records, rejected = split(items)
    assert [r.external_id for r in records] == ["xl-001", "xl-002", "xl-004", "xl-005"]
    assert records[0].text == "Warga keluhkan antrean BPJS di RSUD \u201csangat panjang\u201d, petugas hanya 2 orang"
    assert records[0].raw["_sigap"] == {"encoding": "cp1252"}
    assert "_sigap" not in records[1].raw  # pure ASCII line: nothing to note
    assert records[1].text == "Pelayanan KTP-el di Dukcapil Kecamatan Tembalang cepat; selesai 30 menit"
    assert records[2].text.startswith("Caf\u00e9 di Jl. Pahlawan")
    assert records[0].published_at == datetime(2025, 3, 3, 1, 15, tzinfo=UTC)
    assert records[0].channel == "complaint" and records[0].likes == 12
    (bad,) = rejected
    assert bad.position == "baris 4"
    assert "tanda kutip" in bad.reason
    assert bad.raw.startswith("xl-003;")


def test_csv_empty_file_and_header_only():
    assert csv_(b"") == []
    assert csv_(b"\n\n") == []
    assert csv_(b"id,text,published_at\r\n") == []


def test_csv_missing_required_column_rejects_every_row_with_the_reason():
    items = csv_(b"kode,isi,tanggal\n1,Halo,2025-01-01\n2,Dunia,2025-01-02\n")
    assert len(items) == 2 and all(isinstance(i, Rejected) for i in items)
    assert "tidak memiliki kolom wajib 'id', 'published_at', 'text'" in items[0].reason
    assert items[1].position == "baris 3"


def test_csv_header_case_spaces_and_tab_delimiter():
    items = csv_(b" ID \t Text\tPublished_At \tSuka\nk1\tAda pungli di pasar\t2025-03-01T10:00:00Z\t7\n")
    (record,) = items
    assert isinstance(record, Record)
    assert record.external_id == "k1" and record.raw["suka"] == "7"


def test_csv_trailing_empty_cells_are_tolerated_and_short_rows_padded():
    items = csv_(b"id,text,published_at,likes\na,teks,2025-03-01,3,,\nb,teks,2025-03-01\n")
    records, rejected = split(items)
    assert [r.external_id for r in records] == ["a", "b"] and rejected == []


def test_csv_unclosed_quote_does_not_swallow_following_rows():
    data = b'id,text,published_at\na,"tanda kutip tidak ditutup,2025-03-01\nb,baik,2025-03-01\nc,baik juga,2025-03-01\n'
    records, rejected = split(csv_(data))
    assert [r.external_id for r in records] == ["b", "c"]
    assert [r.position for r in rejected] == ["baris 2"]


def test_csv_truncated_final_row_without_newline_is_kept():
    records, rejected = split(csv_(b"id,text,published_at\na,teks terakhir,2025-03-01T08:00"))
    assert [r.external_id for r in records] == ["a"] and rejected == []


def test_parse_rows():
    items = list(parse_rows([{"id": 1, "text": "a", "published_at": "2025-03-01"}, "bukan objek", {}]))
    assert isinstance(items[0], Record)
    assert [i.position for i in items[1:]] == ["item 2", "item 3"]
