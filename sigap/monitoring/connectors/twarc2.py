"""X/Twitter API v2 data as written by twarc2.

Two shapes, line by line (JSONL), may even be mixed in one file:

* a response page per line (``twarc2 search``/``timeline``/``conversation`` output)::

      {"data": [tweet, ...], "includes": {"users": [...], "tweets": [...]}, "meta": {...}}

* one tweet per line (``twarc2 flatten`` output), with ``author`` (and other expansions)
  embedded in the tweet.

A whole-file JSON (one response, or an array of them/of tweets) is accepted too.

Mapping: ``id`` → external_id; ``note_tweet.text`` (full text of a long post) or ``text``;
``created_at``; ``lang``; ``public_metrics``: like_count → likes, retweet_count + quote_count
→ shares, reply_count → replies, impression_count → views; the author (``includes.users`` by
``author_id``, or the embedded ``author``): username → author, name → author_name,
``public_metrics.followers_count`` → author_followers; ``referenced_tweets`` of type
``replied_to`` → parent_id. A retweet keeps its (``RT @…``) text; ``raw["_sigap"]`` records
``retweet_of`` (and ``quote_of`` for quotes). Tweets in ``includes.tweets`` (the referenced
originals) are context, not results: they are not emitted (same as ``twarc2 flatten``).
``errors`` entries of a page (deleted or protected tweets) carry no data and are ignored.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, BinaryIO

from .base import (
    BadRecord,
    Record,
    Rejected,
    dict_of,
    dig,
    parse_datetime,
    parse_json_documents,
    safe_count,
    sigap_note,
    str_of,
    truncate_raw,
)


def parse(stream: BinaryIO, *, default_channel: str = "x") -> Iterator[Record | Rejected]:
    """Records from a twarc2 file (pages or flattened tweets, JSONL or whole-file JSON)."""
    return parse_json_documents(stream, parse_value, default_channel)


def parse_value(value: Any, position: str = "", *, default_channel: str = "x") -> Iterator[Record | Rejected]:
    """Records from one decoded JSON value: a response page or a single tweet."""
    prefix = f"{position}, " if position else ""
    if not isinstance(value, dict):
        yield Rejected(
            position or "berkas",
            "Data bukan objek JSON halaman respons atau tweet.",
            truncate_raw(value),
        )
        return
    if "data" in value or ("meta" in value and "id" not in value):
        data = value.get("data")
        if data is None:
            return  # a page with no results (or only "errors")
        if isinstance(data, dict):
            data = [data]
        if not isinstance(data, list):
            yield Rejected(
                position or "berkas",
                "Kolom 'data' pada halaman respons bukan daftar tweet.",
                truncate_raw(value),
            )
            return
        users = {}
        for user in dig(value, "includes", "users") or ():
            if isinstance(user, dict) and user.get("id") is not None:
                users[str(user["id"])] = user
        for index, tweet in enumerate(data, 1):
            where = f"{prefix}tweet {index}"
            if not isinstance(tweet, dict):
                yield Rejected(where, "Tweet bukan objek JSON.", truncate_raw(tweet))
                continue
            author = tweet.get("author")
            if not isinstance(author, dict):
                author = users.get(str(tweet.get("author_id")))
            try:
                yield tweet_record(tweet, author, default_channel)
            except BadRecord as exc:
                yield Rejected(where, str(exc), truncate_raw(tweet))
        return
    try:
        author = value.get("author")
        yield tweet_record(value, author if isinstance(author, dict) else None, default_channel)
    except BadRecord as exc:
        yield Rejected(position or "berkas", str(exc), truncate_raw(value))


def tweet_record(tweet: dict[str, Any], author: dict[str, Any] | None, channel: str = "x") -> Record:
    """One tweet (API v2 object) as a :class:`Record`; BadRecord when it lacks id or date."""
    tweet_id = tweet.get("id")
    if tweet_id in (None, "") or not isinstance(tweet_id, str | int):
        raise BadRecord("Tweet tidak memiliki 'id'.")
    tweet_id = str(tweet_id)
    if "created_at" not in tweet:
        raise BadRecord(
            f"Tweet {tweet_id} tidak memiliki 'created_at' (minta tweet.fields=created_at saat mengambil data)."
        )
    published_at = parse_datetime(tweet.get("created_at"), "created_at")
    text = dig(tweet, "note_tweet", "text")
    if not isinstance(text, str) or not text:
        text = tweet.get("text")
    if not isinstance(text, str):
        raise BadRecord(f"Tweet {tweet_id} tidak memiliki 'text'.")
    metrics = dict_of(tweet, "public_metrics")
    parent_id = ""
    notes: dict[str, Any] = {}
    for ref in tweet.get("referenced_tweets") or ():
        if not isinstance(ref, dict):
            continue
        kind, ref_id = ref.get("type"), ref.get("id")
        if ref_id in (None, ""):
            continue
        if kind == "replied_to":
            parent_id = str(ref_id)
        elif kind == "retweeted":
            notes["retweet_of"] = str(ref_id)
        elif kind == "quoted":
            notes["quote_of"] = str(ref_id)
    username = name = ""
    followers = 0
    raw = dict(tweet)
    if author:
        username = str_of(author, "username")
        name = str_of(author, "name")
        followers = safe_count(dig(author, "public_metrics", "followers_count"))
        raw.setdefault("author", author)
    if notes:
        sigap_note(raw, **notes)
    url = f"https://x.com/{username}/status/{tweet_id}" if username else f"https://x.com/i/web/status/{tweet_id}"
    lang = tweet.get("lang")
    return Record(
        external_id=tweet_id,
        channel=channel,
        text=text,
        published_at=published_at,
        url=url,
        author=username,
        author_name=name,
        author_followers=followers,
        likes=safe_count(metrics.get("like_count")),
        shares=safe_count(metrics.get("retweet_count")) + safe_count(metrics.get("quote_count")),
        replies=safe_count(metrics.get("reply_count")),
        views=safe_count(metrics.get("impression_count")),
        lang=lang if isinstance(lang, str) else "",
        parent_id=parent_id,
        raw=raw,
    )
