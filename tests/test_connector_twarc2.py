"""X/Twitter API v2 data as written by twarc2: response pages and flattened tweets."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import orjson
from helpers.connectors import DATA

from sigap.monitoring.connectors.base import Record, Rejected
from sigap.monitoring.connectors.twarc2 import parse

ORIGINAL = "1896502214476865630"


def _items(name: str) -> list[Record | Rejected]:
    with open(DATA / name, "rb") as stream:
        return list(parse(stream))


def _by_id(items):
    return {i.external_id: i for i in items if isinstance(i, Record)}


def test_pages_yield_every_tweet_and_reject_bad_ones():
    items = _items("twarc2_search_banjir.jsonl")
    records = [i for i in items if isinstance(i, Record)]
    rejected = [i for i in items if isinstance(i, Rejected)]
    assert len(records) == 7
    assert all(r.channel == "x" for r in records)
    assert [(r.position, r.reason.split(" (")[0]) for r in rejected] == [
        ("baris 2, tweet 2", "Tweet 1896399001122334455 tidak memiliki 'created_at'"),
        ("baris 3", "Baris terakhir terpotong"),
    ]
    assert ORIGINAL in _by_id(items)  # includes.tweets are context, emitted only once (from data)
    assert len(_by_id(items)) == 7


def test_original_tweet_mapping():
    tweet = _by_id(_items("twarc2_search_banjir.jsonl"))[ORIGINAL]
    assert tweet.published_at == datetime(2025, 3, 3, 2, 15, 4, tzinfo=UTC)
    assert tweet.author == "kabarjateng_id" and tweet.author_name == "Kabar Jateng"
    assert tweet.author_followers == 184230
    assert (tweet.likes, tweet.shares, tweet.replies, tweet.views) == (803, 214 + 31, 57, 91544)
    assert tweet.lang == "in" and tweet.parent_id == ""
    assert tweet.url == f"https://x.com/kabarjateng_id/status/{ORIGINAL}"
    assert tweet.raw["author"]["username"] == "kabarjateng_id"  # the expansion is kept with the tweet
    orjson.dumps(tweet.raw)


def test_reply_retweet_quote_and_long_tweet():
    tweets = _by_id(_items("twarc2_search_banjir.jsonl"))
    reply = tweets["1896510098861355042"]
    assert reply.parent_id == ORIGINAL and reply.author == "warga_genuk"
    retweet = tweets["1896511730517921930"]
    assert retweet.text.startswith("RT @kabarjateng_id: Banjir rendam")
    assert retweet.raw["_sigap"] == {"retweet_of": ORIGINAL}
    assert retweet.parent_id == ""
    quote = tweets["1896520431227654144"]
    assert quote.raw["_sigap"] == {"quote_of": ORIGINAL}
    long = tweets["1896534860390682828"]
    assert long.text.endswith("#BanjirSemarang #SemarangSigap")  # note_tweet, not the truncated text
    assert long.author_name == "Humas Pemkot Semarang"


def test_flattened_tweets_with_embedded_author():
    items = _items("twarc2_flat.jsonl")
    assert [i.external_id for i in items] == ["1896534860390682828", "1896540012377512102"]
    reply = items[1]
    assert reply.author == "mbak_sri_ngaliyan" and reply.author_followers == 87
    assert reply.parent_id == "1896534860390682828"


def test_whole_file_json_page_and_unknown_author():
    page = {"data": [{"id": "1", "text": "Halo", "created_at": "2025-03-01T00:00:00.000Z", "author_id": "9"}]}
    (record,) = parse(io.BytesIO(orjson.dumps(page, option=orjson.OPT_INDENT_2)))
    assert record.author == "" and record.url == "https://x.com/i/web/status/1"


def test_page_without_data_and_garbage():
    items = list(parse(io.BytesIO(b'{"meta": {"result_count": 0}}\n[1, 2]\n"teks"\n')))
    assert [type(i) for i in items] == [Rejected, Rejected]
    assert items[0].position == "baris 2"
    assert list(parse(io.BytesIO(b""))) == []


def test_bom_and_crlf():
    data = (DATA / "twarc2_flat.jsonl").read_bytes().replace(b"\n", b"\r\n")
    items = list(parse(io.BytesIO(b"\xef\xbb\xbf" + data)))
    assert [type(i) for i in items] == [Record, Record]
