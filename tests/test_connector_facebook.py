"""Facebook page posts and Instagram media from the Graph API, with nested comments."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import orjson
from helpers.connectors import DATA

from sigap.monitoring.connectors.base import Record, Rejected
from sigap.monitoring.connectors.facebook import parse, parse_instagram

POST = "104512398765432_912345678901234"


def _items(name: str, **kwargs) -> list[Record | Rejected]:
    with open(DATA / name, "rb") as stream:
        return list(parse(stream, **kwargs))


def test_facebook_posts_then_their_comments_and_replies():
    items = _items("facebook_page_posts.json")
    records = [i for i in items if isinstance(i, Record)]
    rejected = [i for i in items if isinstance(i, Rejected)]
    assert [(r.external_id, r.parent_id) for r in records] == [
        (POST, ""),
        ("912345678901234_1203344556677889", POST),
        ("912345678901234_1203344556677890", POST),
        ("912345678901234_1203349900112233", "912345678901234_1203344556677890"),
        ("912345678901234_1203349900112234", "912345678901234_1203344556677890"),
        ("104512398765432_912345678905678", ""),
    ]
    assert [(r.position, r.reason) for r in rejected] == [
        (
            "item 1, komentar 3",
            "Komentar 912345678901234_1203344556677891 tidak memiliki 'created_time'.",
        ),
        ("item 3", "Kiriman 104512398765432_912345678909999 tidak memiliki 'created_time'."),
    ]
    assert all(r.channel == "facebook" for r in records)


def test_facebook_post_mapping():
    post = _items("facebook_page_posts.json")[0]
    assert isinstance(post, Record)
    assert post.published_at == datetime(2025, 3, 3, 4, 5, 11, tzinfo=UTC)  # "+0000"
    assert post.text.startswith("[UPDATE BANJIR] Senin, 3 Maret 2025")
    assert post.url == "https://www.facebook.com/104512398765432/posts/912345678901234"
    assert (post.likes, post.shares, post.replies) == (1342, 187, 96)
    assert post.author == "104512398765432" and post.author_name == "Pemerintah Kota Semarang"
    assert "data" not in post.raw["comments"]  # comments became records of their own
    assert post.raw["comments"]["summary"]["total_count"] == 96
    orjson.dumps(post.raw)


def test_facebook_comment_mapping():
    comment = _items("facebook_page_posts.json")[2]
    assert isinstance(comment, Record)
    assert comment.author_name == "Agus Prasetyo" and comment.likes == 141 and comment.replies == 2
    assert comment.url == "https://www.facebook.com/104512398765432/posts/912345678901234?comment_id=1203344556677890"


def test_instagram_media_and_comments():
    with open(DATA / "instagram_media.json", "rb") as stream:
        items = list(parse_instagram(stream))
    assert all(isinstance(i, Record) for i in items)
    assert [(i.external_id, i.parent_id, i.channel) for i in items] == [
        ("18034567890123456", "", "instagram"),
        ("17890123456789012", "18034567890123456", "instagram"),
        ("17890123456789099", "17890123456789012", "instagram"),
        ("17890123456789013", "18034567890123456", "instagram"),
        ("18034567890129999", "", "instagram"),
    ]
    media = items[0]
    assert media.author == "pemkotsemarang" and media.likes == 4821 and media.replies == 233
    assert media.url == "https://www.instagram.com/p/DGxAbC1yZ2q/"
    assert media.published_at == datetime(2025, 3, 3, 4, 10, 22, tzinfo=UTC)
    assert items[1].text.startswith("Min, daerah Tlogosari Kulon") and items[1].replies == 1


def test_channel_is_read_from_fields_not_from_the_default():
    with open(DATA / "instagram_media.json", "rb") as stream:
        items = list(parse(stream, default_channel="facebook"))
    assert {i.channel for i in items} == {"instagram"}


def test_jsonl_of_pages_and_single_posts():
    post = {"id": "1_2", "message": "Halo warga", "created_time": "2025-03-01T01:00:00+0000"}
    media = {
        "id": "9",
        "caption": "Foto",
        "timestamp": "2025-03-01T01:00:00+0000",
        "username": "akun",
    }
    data = orjson.dumps({"data": [post]}) + b"\n" + orjson.dumps(media) + b"\n" + b"{rusak\n"
    items = list(parse(io.BytesIO(data)))
    assert [type(i) for i in items] == [Record, Record, Rejected]
    assert items[0].channel == "facebook" and items[1].channel == "instagram"
    assert items[2].position == "baris 3"


def test_graph_api_error_and_bad_shapes():
    error = {"error": {"message": "Invalid OAuth access token.", "type": "OAuthException", "code": 190}}
    (item,) = parse(io.BytesIO(orjson.dumps(error)))
    assert isinstance(item, Rejected) and "Invalid OAuth access token." in item.reason
    (item,) = parse(io.BytesIO(b'{"data": "bukan daftar"}'))
    assert isinstance(item, Rejected)
    assert list(parse(io.BytesIO(b"   "))) == []
