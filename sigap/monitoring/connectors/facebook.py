"""Facebook and Instagram Graph API JSON: page posts, Instagram media, and their comments.

Accepted: a whole-file JSON holding one response page (``{"data": [...], "paging": {...}}``),
an array of pages, a bare array of posts/media, or JSONL whose lines are pages or single
posts/media. Posts and media are emitted first, then their nested comments (and the replies
nested in those), each comment with ``parent_id`` = the post/media or comment it answers.

Facebook post: ``id``; ``message`` (or ``story``); ``created_time``; ``permalink_url``;
``from.id``/``from.name`` → author/author_name; ``shares.count`` → shares;
``reactions.summary.total_count`` (or ``likes.summary.total_count``) → likes;
``comments.summary.total_count`` (or the number of comments included) → replies.
Facebook comment: ``id``, ``message``, ``created_time``, ``from``, ``like_count``,
``comment_count``, ``permalink_url``, ``parent.id``, nested ``comments``.

Instagram media: ``id``; ``caption``; ``timestamp``; ``permalink``; ``username``;
``like_count``; ``comments_count``; nested ``comments.data``. Instagram comment: ``id``,
``text``, ``timestamp``, ``username``, ``like_count``, nested ``replies.data``.

Whether an item is Facebook or Instagram is read from its fields (``created_time`` vs
``timestamp``), falling back to ``default_channel``. A whole-file JSON is loaded in memory
(limit :data:`base.MAX_JSON_DOCUMENT_BYTES`, 256 MB); JSONL streams.
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
    str_of,
    truncate_raw,
)

_MAX_DEPTH = 20  # comments nested deeper than this are rejected (Graph API nests at most 2)


def parse(stream: BinaryIO, *, default_channel: str = "facebook") -> Iterator[Record | Rejected]:
    """Records from Facebook/Instagram Graph API data (whole-file JSON or JSONL)."""
    return parse_json_documents(stream, parse_value, default_channel)


def parse_instagram(stream: BinaryIO, *, default_channel: str = "instagram") -> Iterator[Record | Rejected]:
    """:func:`parse` with Instagram as the default channel."""
    return parse(stream, default_channel=default_channel)


def parse_value(value: Any, position: str = "", *, default_channel: str = "facebook") -> Iterator[Record | Rejected]:
    """Records from one decoded JSON value: a response page or a single post/media."""
    prefix = f"{position}, " if position else ""
    if not isinstance(value, dict):
        yield Rejected(position or "berkas", "Data bukan objek JSON Graph API.", truncate_raw(value))
        return
    if "error" in value and "data" not in value:
        message = dig(value, "error", "message")
        yield Rejected(
            position or "berkas",
            f"Berkas berisi pesan galat Graph API, bukan data: {message or value.get('error')}.",
            truncate_raw(value),
        )
        return
    if "data" in value and "id" not in value:
        data = value.get("data")
        if not isinstance(data, list):
            yield Rejected(
                position or "berkas",
                "Kolom 'data' pada halaman respons bukan daftar.",
                truncate_raw(value),
            )
            return
        for index, item in enumerate(data, 1):
            yield from _item(item, f"{prefix}item {index}", default_channel)
        return
    yield from _item(value, position or "item 1", default_channel)


def _channel_of(item: dict[str, Any], default: str) -> str:
    if "created_time" in item or "permalink_url" in item or "message" in item:
        return "facebook"
    if "timestamp" in item or "permalink" in item or "caption" in item or "media_type" in item:
        return "instagram"
    return default if default in ("facebook", "instagram") else "facebook"


def _item(item: Any, where: str, default_channel: str) -> Iterator[Record | Rejected]:
    if not isinstance(item, dict):
        yield Rejected(where, "Item bukan objek JSON.", truncate_raw(item))
        return
    channel = _channel_of(item, default_channel)
    try:
        record = post_record(item, channel)
    except BadRecord as exc:
        yield Rejected(where, str(exc), truncate_raw(item))
        return
    yield record
    yield from _comments(item, record.external_id, channel, where, 1, record.url)


def _comment_list(item: dict[str, Any], channel: str) -> Any:
    if channel == "instagram":
        nested = item.get("comments") if "comments" in item else item.get("replies")
    else:
        nested = item.get("comments")
    if isinstance(nested, dict):
        return nested.get("data")
    return nested  # some exports flatten {"data": [...]} to a list


def _comments(
    item: dict[str, Any], parent_id: str, channel: str, where: str, depth: int, post_url: str = ""
) -> Iterator[Record | Rejected]:
    comments = _comment_list(item, channel)
    if comments is None:
        return
    if not isinstance(comments, list):
        yield Rejected(f"{where}, komentar", "Daftar komentar bukan larik (array).", truncate_raw(comments))
        return
    if depth > _MAX_DEPTH:
        yield Rejected(
            f"{where}, komentar",
            "Komentar bersarang terlalu dalam; tidak dibaca.",
            truncate_raw(comments),
        )
        return
    for index, comment in enumerate(comments, 1):
        here = f"{where}, komentar {index}" if depth == 1 else f"{where}.{index}"
        try:
            record = comment_record(comment, channel, parent_id, post_url)
        except BadRecord as exc:
            yield Rejected(here, str(exc), truncate_raw(comment))
            continue
        yield record
        if isinstance(comment, dict):
            yield from _comments(comment, record.external_id, channel, here, depth + 1, post_url)


def _text_field(item: dict[str, Any], *keys: str) -> str:
    for key in keys:
        value = item.get(key)
        if isinstance(value, str) and value:
            return value
    return ""


def _id(item: dict[str, Any], what: str) -> str:
    value = item.get("id")
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str) or not value:
        raise BadRecord(f"{what} tidak memiliki 'id'.")
    return value


def _date(item: dict[str, Any], channel: str, what: str) -> Any:
    field = "created_time" if channel == "facebook" else "timestamp"
    value = item.get(field)
    if value is None:
        other = "timestamp" if field == "created_time" else "created_time"
        if item.get(other) is not None:
            field, value = other, item.get(other)
        else:
            raise BadRecord(f"{what} {item.get('id')} tidak memiliki '{field}'.")
    return parse_datetime(value, field)


def _without_nested(item: dict[str, Any]) -> dict[str, Any]:
    """The raw item without its nested comments (they become records of their own)."""
    raw = dict(item)
    for key in ("comments", "replies"):
        nested = raw.get(key)
        if isinstance(nested, dict) and "data" in nested:
            raw[key] = {k: v for k, v in nested.items() if k != "data"}
        elif isinstance(nested, list):
            raw.pop(key)
    return raw


def post_record(item: dict[str, Any], channel: str = "facebook") -> Record:
    """A Facebook page post or an Instagram media object as a :class:`Record`."""
    what = "Kiriman" if channel == "facebook" else "Media"
    post_id = _id(item, what)
    published_at = _date(item, channel, what)
    if channel == "instagram":
        username = str_of(item, "username")
        comments_total = item.get("comments_count")
        if comments_total is None:
            comments_total = len(_comment_list(item, channel) or ())
        return Record(
            external_id=post_id,
            channel=channel,
            text=_text_field(item, "caption"),
            published_at=published_at,
            url=_text_field(item, "permalink"),
            author=username,
            author_name=username,
            likes=safe_count(item.get("like_count")),
            replies=safe_count(comments_total),
            views=safe_count(item.get("view_count") or item.get("plays")),
            raw=_without_nested(item),
        )
    sender = dict_of(item, "from")
    likes = dig(item, "reactions", "summary", "total_count")
    if likes is None:
        likes = dig(item, "likes", "summary", "total_count")
    comments_total = dig(item, "comments", "summary", "total_count")
    if comments_total is None:
        comments_total = len(_comment_list(item, channel) or ())
    return Record(
        external_id=post_id,
        channel=channel,
        text=_text_field(item, "message", "story", "description"),
        published_at=published_at,
        url=_text_field(item, "permalink_url", "link"),
        author=str(sender.get("id") or ""),
        author_name=str(sender.get("name") or ""),
        likes=safe_count(likes),
        shares=safe_count(dig(item, "shares", "count")),
        replies=safe_count(comments_total),
        raw=_without_nested(item),
    )


def comment_record(comment: Any, channel: str, parent_id: str, post_url: str = "") -> Record:
    """A Facebook or Instagram comment as a :class:`Record` answering ``parent_id``.

    A Facebook comment without ``permalink_url`` gets ``<post url>?comment_id=<id>``.
    """
    if not isinstance(comment, dict):
        raise BadRecord("Komentar bukan objek JSON.")
    comment_id = _id(comment, "Komentar")
    published_at = _date(comment, channel, "Komentar")
    parent = dig(comment, "parent", "id")
    if channel == "instagram":
        username = str_of(comment, "username")
        replies = dig(comment, "replies", "data")
        return Record(
            external_id=comment_id,
            channel=channel,
            text=_text_field(comment, "text"),
            published_at=published_at,
            author=username,
            author_name=username,
            likes=safe_count(comment.get("like_count")),
            replies=len(replies) if isinstance(replies, list) else 0,
            parent_id=str(parent or parent_id),
            raw=_without_nested(comment),
        )
    sender = dict_of(comment, "from")
    replies_total = comment.get("comment_count")
    if replies_total is None:
        replies_total = dig(comment, "comments", "summary", "total_count")
    url = _text_field(comment, "permalink_url")
    if not url and post_url.startswith("https://www.facebook.com/"):
        suffix = comment_id.rsplit("_", 1)[-1]
        url = f"{post_url}{'&' if '?' in post_url else '?'}comment_id={suffix}"
    return Record(
        external_id=comment_id,
        channel=channel,
        text=_text_field(comment, "message"),
        published_at=published_at,
        url=url,
        author=str(sender.get("id") or ""),
        author_name=str(sender.get("name") or ""),
        likes=safe_count(comment.get("like_count")),
        replies=safe_count(replies_total),
        parent_id=str(parent or parent_id),
        raw=_without_nested(comment),
    )
