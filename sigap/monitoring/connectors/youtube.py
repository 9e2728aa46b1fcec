"""YouTube Data API v3 comments: ``commentThreads.list`` (and ``comments.list``) responses.

Accepted: a whole-file JSON holding one response (``{"kind":
"youtube#commentThreadListResponse", "items": [...]}``), an array of responses, or JSONL
whose lines are responses, ``youtube#commentThread`` items or ``youtube#comment`` items.

Each thread yields its top-level comment and then the replies included in
``replies.comments`` (the API includes at most five; fetch the rest with ``comments.list``
and import that response too: its items are ``youtube#comment``).

Mapping: comment ``id`` → external_id; ``textOriginal`` (or ``textDisplay`` converted from
HTML) → text; ``publishedAt``; ``authorDisplayName`` → author and author_name (YouTube shows
the ``@handle`` there; ``authorChannelId.value`` stays in raw); ``likeCount`` → likes;
the thread's ``totalReplyCount`` → replies of the top-level comment; url
``https://www.youtube.com/watch?v=<videoId>&lc=<commentId>``; parent_id is the video id for a
top-level comment and ``parentId`` (the top-level comment) for a reply.
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
    html_to_text,
    parse_datetime,
    parse_json_documents,
    safe_count,
    sigap_note,
    str_of,
    truncate_raw,
)


def parse(stream: BinaryIO, *, default_channel: str = "youtube") -> Iterator[Record | Rejected]:
    """Records from YouTube comment data (whole-file JSON or JSONL)."""
    return parse_json_documents(stream, parse_value, default_channel)


def parse_value(value: Any, position: str = "", *, default_channel: str = "youtube") -> Iterator[Record | Rejected]:
    """Records from one decoded JSON value: a list response, a thread or a comment."""
    prefix = f"{position}, " if position else ""
    if not isinstance(value, dict):
        yield Rejected(position or "berkas", "Data bukan objek JSON respons YouTube.", truncate_raw(value))
        return
    kind = str_of(value, "kind")
    if "error" in value and "items" not in value:
        message = dig(value, "error", "message")
        yield Rejected(
            position or "berkas",
            f"Berkas berisi pesan galat API YouTube, bukan data: {message or value.get('error')}.",
            truncate_raw(value),
        )
        return
    if kind.endswith("ListResponse") or ("items" in value and "snippet" not in value):
        items = value.get("items")
        if not isinstance(items, list):
            yield Rejected(
                position or "berkas",
                "Kolom 'items' pada respons bukan daftar.",
                truncate_raw(value),
            )
            return
        for index, entry in enumerate(items, 1):
            yield from _entry(entry, f"{prefix}item {index}", default_channel)
        return
    yield from _entry(value, position or "item 1", default_channel)


def _entry(entry: Any, where: str, channel: str) -> Iterator[Record | Rejected]:
    if not isinstance(entry, dict):
        yield Rejected(where, "Item bukan objek JSON.", truncate_raw(entry))
        return
    kind = entry.get("kind")
    snippet = dict_of(entry, "snippet")
    if kind == "youtube#commentThread" or "topLevelComment" in snippet:
        yield from _thread(entry, snippet, where, channel)
    elif kind == "youtube#comment" or "textOriginal" in snippet or "textDisplay" in snippet:
        try:
            yield comment_record(entry, channel=channel)
        except BadRecord as exc:
            yield Rejected(where, str(exc), truncate_raw(entry))
    else:
        yield Rejected(where, "Item bukan komentar atau utas komentar YouTube.", truncate_raw(entry))


def _thread(thread: dict[str, Any], snippet: dict[str, Any], where: str, channel: str) -> Iterator[Record | Rejected]:
    top = snippet.get("topLevelComment")
    video_id = str_of(snippet, "videoId")
    top_id = ""
    if isinstance(top, dict):
        try:
            record = comment_record(
                top,
                channel=channel,
                video_id=video_id,
                reply_count=safe_count(snippet.get("totalReplyCount")),
            )
            top_id = record.external_id
            sigap_note(record.raw or {}, thread_id=str(thread.get("id") or ""))
            yield record
        except BadRecord as exc:
            yield Rejected(where, str(exc), truncate_raw(top))
    else:
        yield Rejected(where, "Utas komentar tidak memiliki 'topLevelComment'.", truncate_raw(thread))
    replies = dig(thread, "replies", "comments")
    if not isinstance(replies, list):
        return
    for index, reply in enumerate(replies, 1):
        try:
            yield comment_record(
                reply,
                channel=channel,
                video_id=video_id,
                parent_id=top_id or str(thread.get("id") or ""),
            )
        except BadRecord as exc:
            yield Rejected(f"{where}, balasan {index}", str(exc), truncate_raw(reply))


def comment_record(
    comment: Any,
    *,
    channel: str = "youtube",
    video_id: str = "",
    parent_id: str = "",
    reply_count: int = 0,
) -> Record:
    """One ``youtube#comment`` resource as a :class:`Record`."""
    if not isinstance(comment, dict):
        raise BadRecord("Komentar bukan objek JSON.")
    comment_id = comment.get("id")
    if not isinstance(comment_id, str) or not comment_id:
        raise BadRecord("Komentar tidak memiliki 'id'.")
    snippet = comment.get("snippet")
    if not isinstance(snippet, dict):
        raise BadRecord(f"Komentar {comment_id} tidak memiliki 'snippet' (minta part=snippet).")
    text = snippet.get("textOriginal")
    if not isinstance(text, str):
        display = snippet.get("textDisplay")
        text = html_to_text(display) if isinstance(display, str) else None
    if text is None:
        raise BadRecord(f"Komentar {comment_id} tidak memiliki 'textOriginal' maupun 'textDisplay'.")
    if "publishedAt" not in snippet:
        raise BadRecord(f"Komentar {comment_id} tidak memiliki 'publishedAt'.")
    published_at = parse_datetime(snippet.get("publishedAt"), "publishedAt")
    video = str_of(snippet, "videoId", video_id)
    parent = str_of(snippet, "parentId", parent_id)
    if not parent:
        parent = video  # a top-level comment is a comment on the video
    author = str_of(snippet, "authorDisplayName")
    url = f"https://www.youtube.com/watch?v={video}&lc={comment_id}" if video else ""
    return Record(
        external_id=comment_id,
        channel=channel,
        text=text,
        published_at=published_at,
        url=url,
        author=author,
        author_name=author,
        likes=safe_count(snippet.get("likeCount")),
        replies=reply_count,
        parent_id=parent,
        raw=dict(comment),
    )
