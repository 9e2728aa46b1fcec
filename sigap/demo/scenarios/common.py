"""Machinery shared by the demo scenarios: time, the generator and its records.

The tables live in :mod:`.vocab`, the accounts in :mod:`.accounts` and the text variation in
:mod:`.variation`; their public names are re-exported here for the scenario modules.

Pure Python (no Django). Everything is driven by ``random.Random`` instances seeded from
strings, so the same ``end`` and seed always give the same records, on every machine and
whatever ``PYTHONHASHSEED`` is.

Times are *hours before end* (``h``): ``h = 0`` is ``end``, larger is earlier.
"""

from __future__ import annotations

import base64
import hashlib
import math
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from itertools import accumulate
from random import Random
from typing import Any

# Re-exported: the scenario modules and content.py import these from here.
from .accounts import KNOWN, Account, Accounts, acct
from .variation import EMOJI, SLANG, elongate, emojis, expand, fmt_int, hashtags, roughen, slang, slugify
from .vocab import (
    BULAN,
    DIURNAL,
    FIRST_F,
    FIRST_M,
    HARI,
    LAST_F,
    LAST_M,
    OUTLETS,
    PAGE_OF,
    PLACES,
    REGION_WEIGHTS,
    SOURCES,
    WORDS,
)

__all__ = [
    "BULAN", "DIURNAL", "EMOJI", "FIRST_F", "FIRST_M", "HARI", "KNOWN", "LAST_F", "LAST_M",
    "OUTLETS", "PAGE_OF", "PLACES", "REGION_WEIGHTS", "SLANG", "SOURCES", "WIB", "WORDS",
    "Account", "Accounts", "Gen", "Pivot", "acct", "elongate", "emojis", "expand", "fmt_int",
    "hashtags", "interp", "reprint", "retweet", "roughen", "slang", "slugify", "timeline",
]  # fmt: skip

#: Western Indonesia Time; every demo timestamp is written with this offset.
WIB = timezone(timedelta(hours=7), "WIB")

# --------------------------------------------------------------------------- volume curves


def interp(knots: Sequence[tuple[float, float]], h: float) -> float:
    """Piecewise-linear curve through ``(hours_before_end, weight)`` knots (any order)."""
    pts = sorted(knots)
    if h <= pts[0][0]:
        return pts[0][1] if h >= pts[0][0] - 1e-9 else 0.0
    for (h0, w0), (h1, w1) in zip(pts, pts[1:], strict=False):
        if h0 <= h <= h1:
            return w0 + (w1 - w0) * (h - h0) / (h1 - h0)
    return 0.0


@dataclass(frozen=True)
class Pivot:
    """A human-scheduled moment of a scenario (clock-free offset ``h``) that should fall at a
    sensible local time: between ``local[0]`` and ``local[1]`` o'clock WIB when possible,
    but never outside ``bounds`` (real hours before end, earliest first)."""

    h: float
    local: tuple[float, float]
    bounds: tuple[float, float]


def timeline(end: datetime, start: float, pivots: Sequence[Pivot]) -> list[tuple[float, float]]:
    """Control points ``(clock_free_h, real_h)`` of the piecewise-linear map from a
    scenario's own time to hours before ``end``; ``0`` and ``start`` stay put."""
    end = end.astimezone(WIB)
    clock = end.hour + end.minute / 60
    points = [(0.0, 0.0), (start, start)]
    for pivot in sorted(pivots, key=lambda p: p.h):
        lo_local, hi_local = pivot.local
        earliest, latest = pivot.bounds
        best: tuple[float, float, float] | None = None
        steps = int(round((earliest - latest) * 4))
        for k in range(steps + 1):
            r = latest + k / 4
            local = (clock - r) % 24
            if lo_local <= local <= hi_local:
                miss = 0.0
            else:
                miss = min((lo_local - local) % 24, (local - hi_local) % 24)
            key = (miss, abs(r - pivot.h), r)
            if best is None or key < best:
                best = key
        assert best is not None  # noqa: S101 - narrows the type
        points.append((pivot.h, best[2]))
    points.sort()
    return points


# --------------------------------------------------------------------------- generator


class Gen:
    """Builds one scenario's records. ``h`` is hours before ``end``."""

    def __init__(self, key: str, end: datetime, seed: int, accounts: Accounts) -> None:
        self.key = key
        self.seed = seed
        self.end = end.astimezone(WIB)
        self.rng = Random(f"sigap-demo|{seed}|{key}")
        self.accounts = accounts
        self.records: list[dict] = []
        self.by_channel: dict[str, list[dict]] = defaultdict(list)
        self.threads: dict[str, list[dict]] = defaultdict(list)  # page posts/videos per source
        self.named: dict[str, dict | None] = {}
        self._titles: set[tuple[str, str]] = set()
        self._warp: list[tuple] = []
        self._warp_starts: list[int] = []
        self._map: list[tuple[float, float]] = []
        self._n = 0
        self._end_hours = self.end.hour + self.end.minute / 60 + self.end.second / 3600

    # ---- time
    def when(self, h: float) -> datetime:
        """The real time of clock-free offset ``h`` (see :meth:`schedule`)."""
        return self.end - timedelta(seconds=math.ceil(self.real_h(h) * 3600))

    def local_hour(self, h: float) -> int:
        return int((self._end_hours - h) % 24) % 24  # float % can round up to 24.0

    def tslots(self, h: float) -> dict[str, str]:
        t = self.when(h)
        hour = t.hour
        waktu = ("dini hari" if hour < 4 else "pagi" if hour < 11 else "siang" if hour < 15
                 else "sore" if hour < 18 else "malam")  # fmt: skip
        return {
            "hari": HARI[t.weekday()],
            "tgl": f"({t.day}/{t.month}/{t.year})",
            "tanggal": f"{t.day} {BULAN[t.month - 1]} {t.year}",
            "waktu": waktu,
            "jam": f"{t.hour:02d}.{t.minute:02d}",
            "jam_bulat": f"{t.hour:02d}.00",
        }

    def ago(self, h_event: float, h_now: float) -> str:
        """How a post at ``h_now`` refers to an event at ``h_event``: 'tadi pagi', 'kemarin sore'."""
        then, now = self.when(h_event), self.when(h_now)
        waktu = self.tslots(h_event)["waktu"]
        days = (now.date() - then.date()).days
        if days <= 0:
            return "barusan" if h_event - h_now < 1 else f"tadi {waktu}"
        if days == 1:
            return "semalam" if waktu in ("malam", "dini hari") and now.hour < 11 else f"kemarin {waktu}"
        return f"{HARI[then.weekday()]} {waktu}"

    def schedule(
        self,
        knots: Sequence[tuple[float, float]],
        n: int,
        *,
        burst: Sequence[tuple[float, float]] = (),
        night: float = 1.0,
        anchors: Sequence[float] = (),
        pivots: Sequence[Pivot] = (),
    ) -> list[float]:
        """``n`` offsets (oldest first) for the sampled posts of a scenario.

        Volume = ``knots`` x the daily rhythm (``night`` < 1 flattens it) + ``burst``, event
        traffic that ignores the clock (a dam breaking at 02:00 keeps people awake).

        Offsets are drawn on a clock-free time axis (the rhythm replaced by its mean), and
        everything the scenario decides is decided there; only when a record gets its
        timestamp is the offset mapped onto the real clock (:meth:`real_h`). The map moves
        each ``pivot`` (a human-scheduled event: a rally, a press conference) to a sensible
        local time (:func:`timeline`), stretches the time in between linearly, and inside
        each stretch between ``anchors`` (the hand-written items, which stay exactly where
        the map puts them) redistributes the posts so they follow the daily rhythm. So the
        same seed gives the same records, ids and order whatever ``end`` is; only the times
        (and the day names in the texts) follow ``end``'s clock.
        """
        start = max(h for h, _ in knots)
        hi = int(round(start * 60))
        self._map = timeline(self.end, start, pivots)
        inverse = [(r, f) for f, r in self._map]
        mean = sum(d**night for d in DIURNAL) / 24
        free: list[float] = []
        real: list[float] = []
        for m in range(hi):
            h = (m + 0.5) / 60
            free.append(interp(knots, h) * mean + (interp(burst, h) if burst else 0.0))
            f = interp(inverse, h)  # the clock-free moment shown at real offset h
            real.append(interp(knots, f) * DIURNAL[self.local_hour(h)] ** night
                        + (interp(burst, f) if burst else 0.0))  # fmt: skip
        cum = list(accumulate(free))
        out = []
        for _ in range(n):
            i = min(bisect_right(cum, self.rng.random() * cum[-1]), hi - 1)
            out.append((i + self.rng.random()) / 60)
        cuts = sorted({0.0, start, *(a for a in anchors if 0 < a < start), *(p.h for p in pivots)})
        self._warp = []
        for a, b in zip(cuts, cuts[1:], strict=False):
            fa, fb = int(round(a * 60)), int(round(b * 60))
            ra, rb = int(round(interp(self._map, a) * 60)), int(round(interp(self._map, b) * 60))
            if fb <= fa or rb <= ra:
                continue
            self._warp.append((fa, fb, [0.0, *accumulate(free[fa:fb])], free[fa:fb],
                               ra, rb, [0.0, *accumulate(real[ra:rb])], real[ra:rb]))  # fmt: skip
        self._warp_starts = [seg[0] for seg in self._warp]
        return sorted(out, reverse=True)

    def real_h(self, h: float) -> float:
        """The real offset (hours before end) of clock-free offset ``h``."""
        if not self._warp:
            return interp(self._map, h) if self._map and 0 <= h <= self._map[-1][0] else h
        x = h * 60
        k = bisect_right(self._warp_starts, x) - 1
        if k < 0 or x > self._warp[-1][1]:
            return h
        fa, fb, cf, free, ra, rb, cr, real = self._warp[k]
        if cf[-1] <= 0 or cr[-1] <= 0:  # nothing to redistribute: stretch linearly
            return (ra + (x - fa) * (rb - ra) / (fb - fa)) / 60
        j = min(int(x - fa), fb - fa - 1)
        target = (cf[j] + (x - fa - j) * free[j]) / cf[-1] * cr[-1]
        i = min(max(bisect_right(cr, target) - 1, 0), rb - ra - 1)
        y = ra + i + ((target - cr[i]) / real[i] if real[i] > 0 else 0.0)
        return min(max(y, ra), rb) / 60

    # ---- choices
    def pick(self, seq: Sequence[Any]) -> Any:
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def say(
        self,
        template: str,
        h: float | None = None,
        slots: Mapping[str, Any] | None = None,
        memo: dict[str, str] | None = None,
        **extra: Any,
    ) -> str:
        merged: dict[str, Any] = dict(slots or {})
        if h is not None:
            merged.update(self.tslots(h))
        merged.update(extra)
        return expand(template, self.rng, merged, memo)

    def citizen(self, channel: str, region: str = "") -> Account:
        return self.accounts.pick(self.rng, channel, region)

    # ---- ids and urls
    def _digest(self) -> bytes:
        self._n += 1
        return hashlib.sha1(f"{self.seed}|{self.key}|{self._n}".encode(), usedforsecurity=False).digest()

    def _new_id(self, channel: str) -> tuple[str, str]:
        d = self._digest()
        num = str(int.from_bytes(d[:8], "big") % 10**18 + 10**18)
        code = base64.urlsafe_b64encode(d[8:20]).decode().rstrip("=")[:11]
        if channel == "news":
            return "art-" + d.hex()[:16], code
        if channel == "facebook":
            return f"{num[:15]}_{str(int.from_bytes(d[8:16], 'big'))[:16]}", code
        if channel == "youtube":
            return "Ugz" + base64.urlsafe_b64encode(d[8:20]).decode().rstrip("=")[:20], code
        if channel == "complaint":
            return "LPR" + str(int.from_bytes(d[:8], "big") % 10**10).zfill(10), code
        return num, code

    # ---- engagement
    def engagement(
        self, channel: str, followers: int | None, boost: float = 1.0, thread: bool = False
    ) -> dict[str, int | None]:
        r = self.rng
        if r.random() < 0.02:
            boost *= math.exp(r.gauss(2.0, 0.8))
        f = followers or 0
        if channel == "x":
            views = int((f * r.uniform(0.15, 1.4) + r.uniform(8, 80)) * boost)
            likes = int(views * r.uniform(0.002, 0.03))
            return {"likes": likes, "shares": int(likes * r.uniform(0, 0.4)),
                    "replies": int(likes * r.uniform(0, 0.25)), "views": views}  # fmt: skip
        if channel == "tiktok":
            if thread:
                views = int(math.exp(r.gauss(7.5, 1.5)) * boost)
                likes = int(views * r.uniform(0.02, 0.09))
                return {"likes": likes, "shares": int(likes * r.uniform(0.01, 0.2)),
                        "replies": int(likes * r.uniform(0.01, 0.06)), "views": views}  # fmt: skip
            return {"likes": int(math.exp(r.gauss(1.2, 1.4)) * boost), "shares": None,
                    "replies": int(r.random() < 0.2) * r.randint(1, 6), "views": None}  # fmt: skip
        if channel in ("facebook", "instagram"):
            if thread:
                likes = int(f * r.uniform(0.002, 0.012) * boost) + r.randint(5, 60)
                return {"likes": likes, "shares": int(likes * r.uniform(0.02, 0.3)) if channel == "facebook" else None,
                        "replies": int(likes * r.uniform(0.03, 0.12)),
                        "views": int(likes * r.uniform(8, 25)) if r.random() < 0.4 else None}  # fmt: skip
            return {"likes": int(math.exp(r.gauss(0.8, 1.3)) * boost), "shares": None,
                    "replies": int(r.random() < 0.15) * r.randint(1, 8), "views": None}  # fmt: skip
        if channel == "youtube":
            if thread:
                views = int(math.exp(r.gauss(9.0, 1.0)) * boost)
                likes = int(views * r.uniform(0.01, 0.04))
                return {
                    "likes": likes,
                    "shares": None,
                    "replies": int(likes * r.uniform(0.05, 0.2)),
                    "views": views,
                }
            return {"likes": int(math.exp(r.gauss(0.9, 1.4)) * boost), "shares": None,
                    "replies": int(r.random() < 0.1) * r.randint(1, 5), "views": None}  # fmt: skip
        if channel == "complaint":
            return {"likes": int(math.exp(r.gauss(1.0, 1.1)) * boost), "shares": None,
                    "replies": r.choice((0, 0, 0, 1, 1, 2)), "views": None}  # fmt: skip
        # news: shares on social media only
        return {
            "likes": None,
            "shares": int(math.exp(r.gauss(3.0, 1.4)) * boost),
            "replies": None,
            "views": None,
        }

    # ---- records
    def _store(self, h: float, rec: dict) -> dict:
        rec["_h"] = h
        self.records.append(rec)
        self.by_channel[rec["channel"]].append(rec)
        return rec

    def _stamp(self, h: float, later: float = 0.0) -> str:
        t = min(self.when(h) + timedelta(seconds=int(later)), self.end)
        return t.replace(microsecond=0).isoformat()

    def news(
        self,
        h: float,
        source: str,
        title: str,
        lead: str,
        *,
        kota: str = "Semarang",
        reporter: str | None = None,
        boost: float = 1.0,
        shares: int | None = None,
        dateline: bool = True,
        lang: str = "id",
        section: str = "berita",
    ) -> dict | None:
        """A news article; None if this outlet already ran the same title in this scenario."""
        outlet = OUTLETS[source]
        if "{" in title:
            title = expand(title, self.rng)
        runs = sum(1 for _source, seen in self._titles if seen == title)
        if (source, title) in self._titles or runs >= 2:
            return None  # the same outlet never runs a title twice; at most two outlets share one
        if runs:
            lead = _edit(self, lead)  # the second outlet words it a little differently
        self._titles.add((source, title))
        rid, _code = self._new_id("news")
        t = self.when(h)
        reporter = reporter or self.pick(outlet["reporters"])
        text = lead
        if dateline and outlet["dateline"]:
            line = outlet["dateline"].replace("{KOTA}", kota.upper()).replace("{Kota}", kota)
            text = f"{line} {lead}".replace("  ", " ")
        eng = self.engagement("news", None, boost)
        if shares is not None:
            eng["shares"] = shares
        rec = {
            "id": rid, "text": text, "published_at": self._stamp(h), "channel": "news",
            "title": title,
            "url": f"https://{outlet['domain']}/{section}/{t:%Y/%m/%d}/{slugify(title)}-{int(rid[4:12], 16) % 900000 + 100000}",
            "author": slugify(reporter), "author_name": reporter, "author_followers": None,
            **eng, "lang": lang, "parent_id": None, "source": source,
        }  # fmt: skip
        return self._store(h, rec)

    def post(
        self,
        h: float,
        source: str,
        text: str,
        account: Account,
        *,
        parent: dict | None = None,
        title: str | None = None,
        boost: float = 1.0,
        lang: str = "id",
        thread: bool = False,
        later: float = 0.0,
        after: dict | None = None,
        **counts: int | None,
    ) -> dict | None:
        """A social post, comment or reply. Returns None when a reply would fall after ``end``.

        ``later``: seconds after the real time of ``h`` (not warped: a burst of posts stays
        within the same minutes whatever the clock). ``after``: a record this one must
        follow in time (the retweeted post)."""
        channel = SOURCES[source]["channel"]
        if parent is not None and h > parent["_h"] - 1 / 60:
            h = parent["_h"] - self.rng.uniform(1 / 60, 0.2)
            if h < 0:
                return None
        rid, code = self._new_id(channel)
        if channel == "youtube" and parent is None:
            rid = code  # a video: its id is the 11-character code in the URL
        url = self._url(channel, source, rid, code, account, parent)
        eng = self.engagement(channel, account.followers, boost, thread)
        eng.update(counts)
        stamp = self._stamp(h, later)
        ref = parent if parent is not None else after
        if ref is not None and stamp <= ref["published_at"]:
            # the reference was pushed ``later``: follow it (offset from the id, not the
            # random stream, which must not depend on the clock)
            t = datetime.fromisoformat(ref["published_at"]) + timedelta(seconds=20 + int(code.encode().hex(), 16) % 220)
            stamp = min(t, self.end).replace(microsecond=0).isoformat()
        rec = {
            "id": rid, "text": text, "published_at": stamp, "channel": channel,
            "title": title, "url": url, "author": account.handle, "author_name": account.name,
            "author_followers": account.followers, **eng, "lang": lang,
            "parent_id": parent["id"] if parent is not None else None, "source": source,
            "_code": code,
        }  # fmt: skip
        if thread:
            self.threads[source].append(rec)
        return self._store(h, rec)

    def complaint(
        self,
        h: float,
        source: str,
        title: str,
        text: str,
        *,
        anonymous: bool | None = None,
        region: str = "",
    ) -> dict:
        rid, _code = self._new_id("complaint")
        if anonymous is None:
            anonymous = self.chance(0.35)
        person = self.citizen("facebook", region)
        eng = self.engagement("complaint", None)
        rec = {
            "id": rid, "text": text, "published_at": self._stamp(h), "channel": "complaint",
            "title": title, "url": f"https://lapor.example/laporan/{rid[3:]}",
            "author": "anonim" if anonymous else person.handle.replace(".", "_"),
            "author_name": "Anonim" if anonymous else person.name, "author_followers": None,
            **eng, "lang": "id", "parent_id": None, "source": source,
        }  # fmt: skip
        return self._store(h, rec)

    def _url(self, channel: str, source: str, rid: str, code: str, account: Account, parent: dict | None) -> str:
        if channel == "x":
            return f"https://x.example/{account.handle}/status/{rid}"
        if channel == "facebook":
            page = PAGE_OF.get(source, "page")
            if parent is not None:
                root = parent if parent.get("parent_id") is None else self._root(parent)
                return f"https://facebook.example/{page}/posts/{root['id']}?comment_id={rid}"
            return f"https://facebook.example/{page}/posts/{rid}"
        if channel == "instagram":
            if parent is not None:
                root = self._root(parent)
                return f"https://instagram.example/p/{root['_code']}/c/{rid}/"
            return f"https://instagram.example/p/{code}/"
        if channel == "youtube":
            if parent is not None:
                root = self._root(parent)
                return f"https://youtube.example/watch?v={root['_code']}&lc={rid}"
            return f"https://youtube.example/watch?v={code}"
        if channel == "tiktok":
            if parent is not None:
                root = self._root(parent)
                return f"https://tiktok.example/@{root['author']}/video/{root['id']}?comment={rid}"
            return f"https://tiktok.example/@{account.handle}/video/{rid}"
        return f"https://{channel}.example/{rid}"

    def _root(self, rec: dict) -> dict:
        index = {r["id"]: r for r in self.by_channel[rec["channel"]]}
        while rec.get("parent_id") and rec["parent_id"] in index:
            rec = index[rec["parent_id"]]
        return rec

    # ---- picking earlier records
    def earlier(
        self,
        channel: str,
        h: float,
        *,
        source: str | None = None,
        pred: Callable[[dict], bool] | None = None,
        recent: float = 12.0,
    ) -> dict | None:
        """An earlier record to reply to: weighted by engagement and recency."""
        cands = [r for r in self.by_channel[channel]
                 if r["_h"] > h + 1 / 60 and r["_h"] - h < recent
                 and (source is None or r["source"] == source) and (pred is None or pred(r))]  # fmt: skip
        if not cands:
            return None
        weights = [math.sqrt((r.get("likes") or 0) + (r.get("author_followers") or 0) / 500 + 1)
                   / (1 + (r["_h"] - h) / 3) for r in cands]  # fmt: skip
        return self.rng.choices(cands, weights)[0]

    def thread(self, source: str, h: float, recent: float = 48.0) -> dict | None:
        """A recent page post / video of ``source`` to comment on."""
        cands = [r for r in self.threads[source] if r["_h"] > h + 1 / 60 and r["_h"] - h < recent]
        if not cands:
            return None
        weights = [(r.get("likes") or 1) ** 0.5 / (1 + (r["_h"] - h) / 4) for r in cands]
        return self.rng.choices(cands, weights)[0]

    def run(
        self,
        sampled: Sequence[float],
        categories: Sequence[tuple[float, float, float, Callable]],
        keyed: Sequence[tuple[float, Callable]] = (),
    ) -> None:
        """Execute key items at their times and, for every sampled time, one category maker
        chosen among those whose window ``(h_from, h_to)`` contains it."""
        events: list[tuple[float, int, Callable]] = []
        for i, (h, fn) in enumerate(keyed):
            events.append((h, -i - 1, fn))
        for i, h in enumerate(sampled):
            events.append((h, i, None))  # type: ignore[arg-type]
        events.sort(key=lambda e: (-e[0], e[1]))
        for h, _i, fn in events:
            if fn is not None:
                fn(self, h)
                continue
            valid = [(w, make) for w, hf, ht, make in categories if ht <= h <= hf]
            if not valid:
                continue
            for _attempt in range(4):
                make = self.rng.choices([m for _, m in valid], [w for w, _ in valid])[0]
                if make(self, h) is not None:
                    break

    def finish(self) -> list[dict]:
        """Make counts consistent with the replies and retweets in the stream."""
        children: dict[str, int] = defaultdict(int)
        for r in self.records:
            if r["parent_id"]:
                children[r["parent_id"]] += 1
        rts: dict[str, int] = defaultdict(int)
        for r in self.records:
            if r.get("_rt_of"):
                rts[r["_rt_of"]] += 1
        for r in self.records:
            n = children.get(r["id"], 0)
            if n and (r["replies"] or 0) < n:
                r["replies"] = n + self.rng.randint(0, n)
            n = rts.get(r["id"], 0)
            if n and (r["shares"] or 0) < n:
                r["shares"] = n + self.rng.randint(0, 2 * n)
        return self.records


def retweet(gen: Gen, h: float, source: str, original: dict, account: Account) -> dict | None:
    """A plain retweet: 'RT @handle: text', no parent_id (the prefix names the original)."""
    text = f"RT @{original['author']}: {original['text']}"
    if len(text) > 280:
        text = text[:279] + "…"
    if h > original["_h"] - 1 / 60:
        h = original["_h"] - gen.rng.uniform(1 / 60, 0.3)
        if h < 0:
            return None
    rec = gen.post(h, source, text, account, likes=0, replies=0, shares=0, after=original,
                   views=int(account.followers * gen.rng.uniform(0.05, 0.5)))  # fmt: skip
    if rec is not None:
        rec["_rt_of"] = original["id"]
    return rec


#: Small edits outlets make when they re-publish a press release.
_REPRINT_EDITS = (
    ("mengatakan", "menyampaikan"), ("menyebut", "mengatakan"), ("hingga", "sampai"),
    ("meminta", "mengimbau"), ("Sementara itu", "Di sisi lain"), ("sejumlah", "beberapa"),
    ("memastikan", "menjamin"), ("warga", "masyarakat"), ("tercatat", "terdata"),
)  # fmt: skip


def _edit(g: Gen, lead: str, edits: int = 2) -> str:
    for _ in range(g.rng.randint(1, edits)):
        old, new = g.pick(_REPRINT_EDITS)
        lead = lead.replace(old, new, 1)
    return lead


def reprint(
    g: Gen,
    h: float,
    source: str,
    title: str,
    lead: str,
    *,
    kota: str,
    drop_last: float = 0.3,
    edits: int = 2,
    shares: int | None = None,
) -> dict | None:
    """The same press release as re-published by an outlet: near-identical text."""
    for _ in range(g.rng.randint(0, edits)):
        old, new = g.pick(_REPRINT_EDITS)
        lead = lead.replace(old, new, 1)
    sentences = re.split(r"(?<=[.!?\"”])\s+(?=[A-Z“\"])", lead)
    if len(sentences) > 3 and g.chance(drop_last):
        lead = " ".join(sentences[:-1])
    return g.news(h, source, title, lead, kota=kota, shares=shares, section="daerah")
