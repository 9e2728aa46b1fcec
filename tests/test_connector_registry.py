"""Format registry: names, detection from the first bytes, ``parse(stream, "auto")``."""

from __future__ import annotations

import io

import orjson
import pytest
from helpers.connectors import DATA

from sigap.monitoring.connectors import registry
from sigap.monitoring.connectors.base import Record, Rejected


class OneWay(io.RawIOBase):
    """A pipe-like stream: not seekable, short reads."""

    def __init__(self, data: bytes, step: int = 7) -> None:
        self.inner = io.BytesIO(data)
        self.step = step

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        chunk = self.inner.read(min(len(buffer), self.step))
        buffer[: len(chunk)] = chunk
        return len(chunk)


@pytest.mark.parametrize(
    "filename, expected",
    [
        ("sigap_sample.jsonl", "sigap-jsonl"),
        ("sigap_sample.csv", "sigap-csv"),
        ("sigap_excel_cp1252.csv", "sigap-csv"),
        ("twarc2_search_banjir.jsonl", "twarc2"),
        ("twarc2_flat.jsonl", "twarc2"),
        ("youtube_comment_threads.json", "youtube"),
        ("youtube_comment_threads.jsonl", "youtube"),
        ("facebook_page_posts.json", "facebook"),
        ("instagram_media.json", "instagram"),
        ("feed_atom.xml", "rss"),
        ("feed_rss_rusak.xml", "rss"),
    ],
)
def test_detect_format_of_every_sample(filename, expected):
    head = (DATA / filename).read_bytes()[:65536]
    assert registry.detect_format(head, filename) == expected
    assert registry.detect_format(head) == expected  # without the file name too


def test_detect_unknown():
    assert registry.detect_format(b"") is None
    assert registry.detect_format(b"halo dunia") is None
    assert registry.detect_format(b'{"foo": 1}\n') is None
    assert registry.detect_format(b"a,b\n1,2\n", "data.csv") == "sigap-csv"  # the parser explains


def test_every_format_name_has_a_parser():
    for name in ("sigap-jsonl", "sigap-csv", "twarc2", "youtube", "facebook", "instagram", "auto"):
        assert callable(registry.get_parser(name))
    with pytest.raises(registry.UnknownFormat, match="Format impor tidak dikenal"):
        registry.get_parser("tiktok-xlsx")


def test_auto_parses_a_non_seekable_stream():
    data = (DATA / "twarc2_search_banjir.jsonl").read_bytes()
    items = list(registry.parse(OneWay(data), "auto"))
    assert sum(isinstance(i, Record) for i in items) == 7
    assert sum(isinstance(i, Rejected) for i in items) == 2


def test_default_channel_applies_to_sigap_formats_only():
    with open(DATA / "sigap_sample.jsonl", "rb") as stream:
        channels = {
            i.channel for i in registry.parse(stream, "auto", default_channel="complaint") if isinstance(i, Record)
        }
    assert "complaint" in channels
    with open(DATA / "twarc2_flat.jsonl", "rb") as stream:
        channels = {i.channel for i in registry.parse(stream, "twarc2", default_channel="news")}
    assert channels == {"x"}


def test_auto_on_unknown_content_raises_clear_error():
    with pytest.raises(registry.UnknownFormat, match="Format berkas tidak dikenali"):
        registry.parse(io.BytesIO(b"PK\x03\x04 bukan berkas yang didukung"), "auto", filename="x.xlsx")
    assert list(registry.parse(io.BytesIO(b""), "auto")) == []


def test_large_whole_file_json_through_a_non_seekable_stream():
    thread = orjson.loads((DATA / "youtube_comment_threads.json").read_bytes())["items"][1]
    items = []
    for i in range(2500):  # ~2.5 MB, more than the 1 MB peeked to detect the format
        copy = orjson.loads(orjson.dumps(thread))
        copy["id"] = copy["snippet"]["topLevelComment"]["id"] = f"Ugw{i:06d}"
        items.append(copy)
    data = orjson.dumps({"kind": "youtube#commentThreadListResponse", "items": items}, option=orjson.OPT_INDENT_2)
    assert len(data) > 2_000_000
    parsed = list(registry.parse(OneWay(data, step=4096), "auto"))
    assert len(parsed) == 2500 and all(isinstance(i, Record) for i in parsed)
