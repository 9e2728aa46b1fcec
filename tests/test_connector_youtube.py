"""YouTube Data API v3 comment threads (whole-file JSON and JSONL)."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import orjson
from helpers.connectors import DATA

from sigap.monitoring.connectors.base import Record, Rejected
from sigap.monitoring.connectors.youtube import parse

VIDEO = "Xk3pLmN8qRs"
TOP = "UgzK2vQ9pLr3mXnW8Yd4AaABAg"


def _items(name: str) -> list[Record | Rejected]:
    with open(DATA / name, "rb") as stream:
        return list(parse(stream))


def test_comment_threads_with_replies():
    items = _items("youtube_comment_threads.json")
    records = [i for i in items if isinstance(i, Record)]
    rejected = [i for i in items if isinstance(i, Rejected)]
    assert [r.external_id for r in records] == [
        TOP,
        f"{TOP}.AB1cD2eF3gH4iJ5kL6mN7o",
        f"{TOP}.AB1cD2eF3gH4iJ5kL9zQ1w",
        "Ugw7tR1pQ2sL9kMnB4Xc5AaABAg",
        "UgxH3jK4lM5nP6qR7sT8uV9wAaABAg",
    ]
    assert [(r.position, r.reason) for r in rejected] == [
        (
            "item 1, balasan 3",
            f"Komentar {TOP}.AB1cD2eF3gH4iJ5kLzzzzz tidak memiliki 'publishedAt'.",
        )
    ]
    top = records[0]
    assert top.channel == "youtube"
    assert top.parent_id == VIDEO  # a top-level comment comments on the video
    assert top.url == f"https://www.youtube.com/watch?v={VIDEO}&lc={TOP}"
    assert top.author == "@dimasgenuk88" and top.likes == 214 and top.replies == 3
    assert top.published_at == datetime(2025, 3, 3, 6, 12, 40, tzinfo=UTC)
    assert top.raw["snippet"]["authorChannelId"]["value"] == "UCa1B2c3D4e5F6g7H8i9J0kL"
    reply = records[1]
    assert reply.parent_id == TOP and reply.author == "@PemkotSemarangOfficial"
    assert reply.url == f"https://www.youtube.com/watch?v={VIDEO}&lc={reply.external_id}"
    for record in records:
        orjson.dumps(record.raw)


def test_text_display_html_is_converted_when_text_original_is_missing():
    records = [i for i in _items("youtube_comment_threads.json") if isinstance(i, Record)]
    text = records[-1].text
    assert text == (
        "Jalan Kaligawe macet total\nDari Demak ke Semarang 3 jam!! Info selengkapnya: "
        "https://kabarjateng.example/lalin & hati-hati"
    )


def test_jsonl_of_threads_and_comments():
    items = _items("youtube_comment_threads.jsonl")
    assert [type(i) for i in items] == [Record, Record, Rejected]
    assert items[1].parent_id == TOP  # a bare youtube#comment keeps its parentId
    assert items[2].position == "baris 3"


def test_api_error_response_is_rejected():
    error = {
        "error": {
            "code": 403,
            "message": "The request cannot be completed because you have exceeded your quota.",
        }
    }
    (item,) = parse(io.BytesIO(orjson.dumps(error)))
    assert isinstance(item, Rejected) and "exceeded your quota" in item.reason


def test_truncated_whole_file_is_rejected_not_raised():
    data = (DATA / "youtube_comment_threads.json").read_bytes()[:3000]
    items = list(parse(io.BytesIO(data)))
    assert len(items) == 1 and isinstance(items[0], Rejected)
    assert "terpotong" in items[0].reason or "tidak sah" in items[0].reason


def test_concatenated_responses():
    data = (DATA / "youtube_comment_threads.json").read_bytes()
    items = list(parse(io.BytesIO(data + b"\n" + data)))
    assert sum(isinstance(i, Record) for i in items) == 10
    assert items[0].raw is not None
