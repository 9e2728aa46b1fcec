#!/usr/bin/env python3
"""Generator set skenario *held-out* Sigap.

Menulis delapan skenario berlabel (``NAMA.jsonl`` + ``NAMA.yaml``) ke folder ini.
Hanya pustaka standar + PyYAML. Deterministik: setiap skenario memakai
``random.Random`` sendiri yang diberi benih teks tetap, jadi setiap kali dijalankan
hasilnya sama persis (byte demi byte).

    python scenarios/heldout/generate.py            # tulis semua skenario + README.md
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections import defaultdict
from datetime import datetime, timedelta, timezone
from pathlib import Path
import random

import yaml

OUT = Path(__file__).resolve().parent
MASTER_SEED = "sigap-heldout/2025-v1"

# Bobot aktivitas per jam (waktu setempat): sepi dini hari, puncak malam.
HOUR_W = [0.30, 0.18, 0.12, 0.10, 0.16, 0.40, 0.62, 0.80, 0.92, 0.98, 1.00, 1.00,
          1.08, 1.00, 0.90, 0.88, 0.95, 1.02, 1.18, 1.38, 1.50, 1.42, 1.08, 0.62]
NEWS_HOUR_W = [0.05, 0.02, 0.02, 0.02, 0.05, 0.25, 0.6, 0.9, 1.0, 1.0, 1.0, 1.0,
               0.95, 1.0, 1.0, 0.95, 0.9, 0.8, 0.7, 0.7, 0.6, 0.45, 0.3, 0.12]

SOCIAL = ("x", "facebook", "instagram", "tiktok", "youtube")

EMOJI = {
    "sad": ["😭", "😢", "🙏", "💔", "🥺", "😔", "🤲"],
    "angry": ["😡", "🤬", "😤", "👎", "🙄", "😠"],
    "happy": ["😍", "🥰", "👏", "🔥", "❤️", "🤩", "💪", "✨", "😁"],
    "laugh": ["🤣", "😂", "😅", "🤭", "😆"],
    "neutral": ["👍", "🙂", "📍", "📸", "🙏", "👌", "😊"],
    "alarm": ["⚠️", "‼️", "🚨", "❗", "🆘", "😱"],
    "tired": ["😩", "🥵", "😮‍💨", "😓", "🤦"],
}

# Singkatan yang biasa dipakai di media sosial (kata baku -> varian).
ABBR = [
    ("yang", ["yg"]), ("tidak", ["gak", "ga", "tdk", "nggak", "gk"]), ("sudah", ["udah", "sdh", "udh", "dah"]),
    ("dengan", ["dgn", "dg"]), ("banget", ["bgt", "bngt"]), ("kenapa", ["knp", "napa"]),
    ("untuk", ["utk", "buat"]), ("tapi", ["tp", "tpi"]), ("orang", ["org"]), ("juga", ["jg", "jga"]),
    ("karena", ["krn", "karna", "soalnya"]), ("saja", ["aja", "aj"]), ("begitu", ["gitu"]),
    ("bagaimana", ["gimana", "gmn"]), ("belum", ["blm", "belom"]), ("sekarang", ["skrg", "skrng"]),
    ("lagi", ["lg"]), ("kalau", ["kalo", "klo", "kl"]), ("dari", ["dr"]), ("semoga", ["smoga", "smg"]),
    ("sampai", ["sampe", "smpe"]), ("bisa", ["bs", "bisa"]), ("sama", ["sm"]), ("jangan", ["jgn"]),
    ("memang", ["emang", "emg"]), ("benar", ["bener", "bnr"]), ("terus", ["trs", "trus"]),
    ("sedang", ["lagi", "lg"]), ("pakai", ["pake"]), ("kayak", ["kyk", "kek"]), ("mau", ["mo", "mau"]),
    ("ada", ["ad", "ada"]), ("gimana", ["gmn"]), ("dulu", ["dlu"]), ("banyak", ["byk", "bnyk"]),
    ("teman", ["temen"]), ("tolong", ["tlg", "tolong"]), ("bapak", ["bpk", "pak"]), ("ibu", ["ibu", "bu"]),
]
ABBR_RE = [(re.compile(r"\b%s\b" % re.escape(a)), b) for a, b in ABBR]

PLAIN_FIRST = [
    "Andi", "Rizky", "Dewi", "Putri", "Agus", "Budi", "Siti", "Nur", "Ahmad", "Muhammad", "Dian",
    "Fajar", "Rina", "Eka", "Indah", "Yusuf", "Rahmat", "Wulan", "Arif", "Hendra", "Fitri", "Dimas",
    "Ayu", "Novi", "Sri", "Yuni", "Rudi", "Irfan", "Lina", "Tika", "Reza", "Bayu", "Intan", "Nanda",
    "Hafiz", "Salsa", "Citra", "Fikri", "Ilham", "Riska", "Mega", "Ratna", "Yoga", "Aldi", "Nisa",
    "Farhan", "Anisa", "Kiki", "Rani", "Doni", "Sinta", "Wahyu", "Dedi", "Lestari", "Nurul",
]
PLAIN_LAST = [
    "Saputra", "Pratama", "Lestari", "Wijaya", "Hidayat", "Rahmawati", "Kurniawan", "Sari", "Putra",
    "Santoso", "Maulana", "Permata", "Nugraha", "Ramadhan", "Fauzi", "Handayani", "Susanti",
    "Firmansyah", "Anggraini", "Setiawan", "Utami", "Hakim", "Syahputra", "Amelia", "Ardiansyah",
]
HANDLE_WORDS = ["official", "real", "id", "xx", "99", "07", "_", "22", "123", "zz", "01", "88", "asli", "aja"]


MOOD_WORDS = [
    ("sad", ("innalillahi", "al-fatihah", "al fatihah", "berduka", "duka", "meninggal", "doakan", "mohon doa", "hanyut",
             "trauma", "sedih", "kasian", "kasihan", "korban")),
    ("alarm", ("tolong", "mohon bantuan", "waspada", "bahaya", "hati2", "hati-hati", "darurat", "sebarkan")),
    ("happy", ("alhamdulillah", "bangga", "salut", "mantap", "terima kasih", "seru", "keren", "lucu", "selamat",
               "semangat", "dangke", "dirgahayu", "merdeka")),
    ("angry", ("muak", "kemana", "ke mana", "harus tanggung jawab", "parah", "pungli", "dipalak", "mencekik", "gagal")),
]


def infer_mood(text, default):
    low = text.lower()
    for mood, words in MOOD_WORDS:
        if any(w in low for w in words):
            return mood
    return default


class Person:
    __slots__ = ("handle", "name", "followers", "style", "kind", "weight")

    def __init__(self, handle, name, followers, style, kind="warga", weight=1.0):
        self.handle = handle
        self.name = name
        self.followers = followers
        self.style = style
        self.kind = kind
        self.weight = weight


class Scenario:
    """Satu skenario: waktu, penulis, rekaman, dan alat bantu teks."""

    def __init__(self, name, *, tz_hours, start, days, place, sources, step_minutes=10):
        self.name = name
        self.rng = random.Random(f"{MASTER_SEED}/{name}")
        self.tz = timezone(timedelta(hours=tz_hours))
        self.tz_hours = tz_hours
        self.t0 = datetime(*start, tzinfo=self.tz)
        self.span = days * 1440
        self.P = place
        self.sources = sources          # channel/kunci -> nama sumber
        self.step_minutes = step_minutes
        self.recs = []
        self.ids = set()
        self.people = []
        self.handles = set()
        self.slots = {}
        self.last = {}
        q = place.get("query", "")
        phrases = re.findall(r'"([^"]+)"', q)
        words = [w for w in re.sub(r'"[^"]+"', " ", q).split() if w not in ("OR", "AND", "NOT")]
        self.terms = [tuple(re.findall(r"[0-9a-z]+", t.lower())) for t in phrases + words]
        self.term_words = {w for t in self.terms for w in t} | {w.lower() for k in place.get("desa", {}) for w in k.split()}
        self.n_id = 0
        self.event_anchors = {}

    # ------------------------------------------------------------------ waktu
    def local_hour(self, minute):
        return (self.t0 + timedelta(minutes=minute)).hour

    def stamp(self, minute, utc=False):
        dt = self.t0 + timedelta(minutes=minute)
        dt = dt.replace(microsecond=0)
        if utc:
            return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        return dt.isoformat()

    def times(self, n, a, b, shape="flat", diurnal=0.85, news=False):
        """n menit acak di [a, b) mengikuti bentuk kurva dan ritme harian."""
        rng = self.rng
        hw = NEWS_HOUR_W if news else HOUR_W
        top = max(hw)
        out = []
        guard = 0
        while len(out) < n:
            guard += 1
            if guard > 200000:
                raise RuntimeError("times(): terlalu banyak percobaan")
            u = rng.random()
            if shape == "rise":
                ok = rng.random() < u
            elif shape == "rise2":
                ok = rng.random() < u * u
            elif shape == "fall":
                ok = rng.random() < 1 - u
            elif shape == "fall2":
                ok = rng.random() < (1 - u) ** 2
            elif shape == "peak":
                ok = rng.random() < 4 * u * (1 - u)
            elif shape == "early":
                ok = rng.random() < (1 - u) ** 0.5 * (0.3 + 0.7 * min(1, u * 6))
            else:
                ok = True
            if not ok:
                continue
            m = a + u * (b - a)
            w = (1 - diurnal) + diurnal * hw[self.local_hour(m)] / top
            if rng.random() < w:
                out.append(m)
        out.sort()
        return out

    # ------------------------------------------------------------------ teks
    def fill(self, template, **extra):
        """Isi {slot} dan pilihan {a|b|c} (boleh bersarang) secara acak."""
        rng = self.rng
        pat = re.compile(r"\{([^{}]*)\}")

        def rep(m):
            body = m.group(1)
            if "|" in body:
                return rng.choice(body.split("|"))
            key = body
            if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
                return body
            if key in extra:
                v = extra[key]
            elif key in self.slots:
                v = self.slots[key]
            elif key in self.P:
                v = self.P[key]
            elif key[:1].isupper() and (key.lower() in self.slots or key.lower() in self.P):
                v = self.fill("{%s}" % key.lower(), **extra)
                return v[:1].upper() + v[1:]
            else:
                raise KeyError(f"slot tidak dikenal: {key!r} dalam {template!r}")
            if callable(v):
                v = v()
            if isinstance(v, dict):
                v = list(v)
            if isinstance(v, (list, tuple)):
                v = rng.choice(v)
                if "{" in v:
                    v = self.fill(v, **extra)
            self.last[key] = v
            return str(v)

        s = template
        for _ in range(8):
            s2 = pat.sub(rep, s)
            if s2 == s:
                break
            s = s2
        s = re.sub(r"[ \t]{2,}", " ", s).strip()
        s = re.sub(r" ([,.!?])", r"\1", s)
        return s

    def mentions(self, text):
        toks = re.findall(r"[0-9a-z]+", text.lower())
        joined = " " + " ".join(toks) + " "
        return any((" " + " ".join(t) + " ") in joined for t in self.terms)

    def anchor(self, text, anchors=None, p=1.0):
        """Pastikan unggahan menyebut wilayah (seperti yang ditangkap watchlist)."""
        if self.mentions(text) or self.rng.random() >= p:
            return text
        anchors = anchors or DEFAULT_ANCHORS
        for _ in range(10):
            tpl = self.rng.choice(anchors)
            a = self.fill(tpl)
            t = text.rstrip() + ("" if tpl.lstrip().startswith(",") else " ") + a
            if self.mentions(t):
                return t
        return text + " #" + self.P["kabtag"]

    def pick(self, items):
        return self.rng.choice(items)

    def style(self, text, person, mood="neutral", emoji_p=0.45, caps_p=0.0, tags=None, tag_p=0.0):
        rng = self.rng
        mood = infer_mood(text, mood)
        st = person.style
        if st in ("casual", "alay"):
            p = 0.45 if st == "casual" else 0.8
            for rx, subs in ABBR_RE:
                if rng.random() < p:
                    text = rx.sub(lambda m: rng.choice(subs), text)
            if rng.random() < (0.5 if st == "casual" else 0.9):
                text = text[:1].lower() + text[1:]
            if st == "alay" and rng.random() < 0.5:
                text = re.sub(r"\b([a-z]*?)([aiuoe])\b", lambda m: m.group(0) + m.group(2) * rng.randint(1, 3)
                              if rng.random() < 0.15 and m.group(0) not in self.term_words else m.group(0), text)
        elif st == "oldie":
            if rng.random() < 0.6:
                text = " ".join(w[:1].upper() + w[1:] if w and w[0].isalpha() and rng.random() < 0.7 else w
                                for w in text.split(" "))
            if rng.random() < 0.6:
                text = re.sub(r"[.!]$", "", text) + rng.choice(["...", "..", "....", " 🙏🙏", "!!"])
        # salah ketik ringan
        if st != "formal" and rng.random() < 0.16:
            words = text.split(" ")
            cand = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha() and w.islower()
                    and w not in self.term_words]
            if cand:
                i = rng.choice(cand)
                w = words[i]
                j = rng.randint(1, len(w) - 3)
                if rng.random() < 0.5:
                    w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
                else:
                    w = w[:j] + w[j + 1:]
                words[i] = w
                text = " ".join(words)
        if caps_p and rng.random() < caps_p:
            text = text.upper()
        if tags and rng.random() < tag_p:
            k = 1 if rng.random() < 0.6 else 2
            text = text + " " + " ".join(rng.sample(tags, min(k, len(tags))))
        if rng.random() < emoji_p and mood in EMOJI:
            e = rng.choice(EMOJI[mood])
            text = text + " " + e * rng.choice([1, 1, 1, 2, 3])
        return text

    # --------------------------------------------------------------- penulis
    def _handle(self, first, last, region_words=()):
        rng = self.rng
        for _ in range(50):
            f = first.lower().replace(" ", "").replace(".", "").replace("'", "")
            l = last.lower().replace(" ", "").replace(".", "").replace("'", "")
            form = rng.randint(0, 9)
            if form == 0:
                h = f + l
            elif form == 1:
                h = f + "_" + l
            elif form == 2:
                h = f + str(rng.randint(1, 99))
            elif form == 3:
                h = f + "." + l[:3] + str(rng.randint(0, 9))
            elif form == 4 and region_words:
                h = f + "_" + rng.choice(region_words)
            elif form == 5:
                h = l + f[:2] + str(rng.randint(80, 2005))
            elif form == 6:
                h = f + rng.choice(HANDLE_WORDS)
            elif form == 7 and region_words:
                h = rng.choice(region_words) + "_" + f
            elif form == 8:
                h = f[:1] + l + str(rng.randint(1, 30))
            else:
                h = f + l[:1] + rng.choice(["", "_", "."]) + str(rng.randint(10, 999))
            h = re.sub(r"[^a-z0-9_.]", "", h)[:15].strip("._") or "user"
            if h not in self.handles:
                self.handles.add(h)
                return h
        h = f"{f}{len(self.handles)}"
        self.handles.add(h)
        return h

    def followers(self):
        rng = self.rng
        r = rng.random()
        if r < 0.86:
            return int(min(5000, max(12, rng.lognormvariate(5.6, 1.0))))
        if r < 0.98:
            return int(rng.uniform(5000, 40000))
        return int(rng.uniform(50000, 900000))

    def make_people(self, n, first_names, last_names, region_words=()):
        rng = self.rng
        for _ in range(n):
            first = rng.choice(first_names)
            last = rng.choice(last_names)
            name = f"{first} {last}"
            st = rng.choices(["casual", "formal", "alay", "oldie"], [0.52, 0.2, 0.13, 0.15])[0]
            p = Person(self._handle(first, last, region_words), name, self.followers(), st,
                       weight=min(6.0, rng.paretovariate(2.2)))
            self.people.append(p)
        self._weights = [p.weight for p in self.people]

    def person(self):
        return self.rng.choices(self.people, self._weights)[0]

    def fresh(self, base_words, followers=(0, 60)):
        """Akun baru (untuk pasukan akun penggaung)."""
        rng = self.rng
        for _ in range(100):
            h = rng.choice(base_words) + rng.choice(["", "_", ""]) + str(rng.randint(1000, 99999))
            if h not in self.handles:
                break
        self.handles.add(h)
        name = rng.choice(base_words).capitalize() + " " + rng.choice(PLAIN_LAST)
        return Person(h, name, rng.randint(*followers), "casual", kind="baru")

    def account(self, handle, name, followers, style="formal", kind="resmi"):
        self.handles.add(handle)
        return Person(handle, name, followers, style, kind=kind)

    # --------------------------------------------------------------- rekaman
    def new_id(self, channel, minute, handle=""):
        rng = self.rng
        while True:
            self.n_id += 1
            base = int((self.t0.timestamp() + minute * 60) * 1000)
            if channel == "x":
                rid = str(((base - 1288834974657) << 22) + rng.randint(0, 4194303))
            elif channel == "facebook":
                rid = f"{rng.randint(100000000000000, 999999999999999)}_{rng.randint(1000000000000000, 9999999999999999)}"
            elif channel == "instagram":
                alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
                rid = "C" + "".join(rng.choice(alpha) for _ in range(10))
            elif channel == "tiktok":
                rid = str(7400000000000000000 + base * 1000 % 10**17 + rng.randint(0, 999999))
            elif channel == "youtube":
                alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
                rid = "Ugz" + "".join(rng.choice(alpha) for _ in range(19)) + "4AaABAg"
            elif channel == "complaint":
                rid = f"LAPOR-{self.t0.year}-{rng.randint(100000, 999999)}"
            else:
                rid = f"{channel}-{self.n_id}-{rng.randint(1000, 9999)}"
            if rid not in self.ids:
                self.ids.add(rid)
                return rid

    def engagement(self, channel, followers, viral):
        rng = self.rng
        reach = followers * rng.uniform(0.004, 0.05) * viral + rng.expovariate(1 / (2.5 * viral))
        if channel == "tiktok":
            reach *= rng.uniform(2, 8)
        likes = int(reach)
        shares = int(likes * rng.uniform(0.02, 0.35) * (1.5 if channel == "facebook" else 1))
        replies = int(likes * rng.uniform(0.03, 0.25))
        views = 0
        if channel in ("x", "tiktok", "youtube", "instagram"):
            views = int(likes * rng.uniform(12, 70) + followers * rng.uniform(0.05, 0.4))
        return likes, shares, replies, views

    def add(self, channel, minute, text, person, *, event=None, viral=1.0, parent=None,
            title=None, url=None, source=None, tag=None, rid=None, lang=None, utc=False):
        minute = max(0.0, min(self.span - 1, minute))
        rid = rid or self.new_id(channel, minute, person.handle)
        likes, shares, replies, views = self.engagement(channel, person.followers, viral)
        if url is None:
            if channel == "x":
                url = f"https://x.com/{person.handle}/status/{rid}"
            elif channel == "facebook":
                url = f"https://www.facebook.com/{rid.replace('_', '/posts/')}"
            elif channel == "instagram":
                url = f"https://www.instagram.com/p/{rid}/"
            elif channel == "tiktok":
                url = f"https://www.tiktok.com/@{person.handle}/video/{rid}"
        rec = {
            "id": rid,
            "channel": channel,
            "source": source or self.sources[channel],
            "published_at": self.stamp(minute, utc=utc),
            "author": person.handle if channel != "x" or person.kind == "media" else "@" + person.handle,
            "author_name": person.name,
            "author_followers": person.followers,
            "title": title,
            "text": text,
            "url": url,
            "likes": likes,
            "shares": shares,
            "replies": replies,
            "views": views,
            "parent_id": parent["id"] if parent else None,
            "lang": lang,
            "event": event,
            "_m": minute,
            "_tag": tag,
            "_who": person,
        }
        self.recs.append(rec)
        return rec

    def news(self, outlet, minute, title, paras, *, event=None, tag=None, viral=1.0):
        """Artikel berita: judul, baris tempat/tanggal, 2-5 paragraf."""
        o = outlet
        d = (self.t0 + timedelta(minutes=minute))
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:70]
        url = f"https://{o['domain']}/{o.get('path', 'berita')}/{d:%Y/%m/%d}/{self.rng.randint(10000, 99999)}/{slug}"
        dateline = o.get("dateline_fmt", "{city}, {brand} —").format(city=o["city"].upper(), brand=o["brand"],
                                                                   date=f"{d.day} {BULAN[d.month]} {d.year}")
        body = dateline + " " + "\n\n".join(paras)
        reporter = self.rng.choice(o["reporters"])
        p = Person(o["domain"], reporter, o["followers"], "formal", kind="media")
        rec = self.add("news", minute, body, p, event=event, title=title, url=url, source=o["source"],
                       tag=tag, rid=url, viral=viral)
        rng = self.rng
        rec["author_name"] = reporter
        rec["likes"] = int(rng.expovariate(1 / (6 * viral)))
        rec["shares"] = int(rng.expovariate(1 / (10 * viral)))
        rec["replies"] = int(rng.expovariate(1 / (3 * viral)))
        rec["views"] = int(o["followers"] * rng.uniform(0.002, 0.02) * viral)
        return rec

    def reply(self, parent, minute, text, person, *, event=None, viral=0.5, tag=None):
        ch = parent["channel"]
        if ch == "news":
            ch = "facebook"
        if ch == "x" and not text.startswith("@"):
            text = f"{parent['author']} {text}" if parent["author"].startswith("@") else text
        return self.add(ch, minute, text, person, event=event, viral=viral, parent=parent, tag=tag,
                        url=(parent["url"] + f"?comment_id={self.rng.randint(10**14, 10**15)}"
                             if ch in ("facebook", "instagram", "youtube", "tiktok") and parent.get("url") else None))

    def retweet(self, parent, minute, person, *, event=None, comment=None):
        if comment:
            text = f"{comment} {parent['url']}"
        else:
            text = f"RT {parent['author']}: {parent['text']}"
        return self.add("x", minute, text, person, event=event, viral=0.3)

    def yt_video(self, event, minute, titles):
        """Video YouTube satu kejadian (dibuat sekali), tempat komentar menempel."""
        vids = self.__dict__.setdefault("_yt", {})
        v = vids.get(event)
        if v is not None and v["_m"] <= minute and self.rng.random() < 0.8:
            return v
        rng = self.rng
        vid = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(11))
        self.ids.add(vid)
        title = self.fill(rng.choice(titles))
        owner = self.person()
        t = max(0.0, minute - rng.uniform(5, 40))
        rec = self.add("youtube", t, title, owner, event=event, viral=4, title=title, rid=vid,
                       url=f"https://www.youtube.com/watch?v={vid}")
        vids[event] = rec
        return rec

    # ----------------------------------------------------------------- keluaran
    def finish(self):
        self.recs.sort(key=lambda r: (r["_m"], r["id"]))
        first = self.recs[0]["_m"]
        return first

    def dump_jsonl(self, path):
        keys = ["id", "channel", "source", "published_at", "author", "author_name", "author_followers",
                "title", "text", "url", "likes", "shares", "replies", "views", "parent_id", "lang", "event"]
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            for r in self.recs:
                o = {}
                for k in keys:
                    v = r.get(k)
                    if v is None or v == "":
                        continue
                    if k in ("likes", "shares", "replies", "views") and v == 0 and self.rng.random() < 0.3:
                        continue
                    o[k] = v
                f.write(json.dumps(o, ensure_ascii=False) + "\n")

    # ------------------------------------------------------- patokan harapan
    def ev_recs(self, key):
        return [r for r in self.recs if r["event"] == key]

    def when_talked(self, key, n=15, authors=10):
        """Menit saat kejadian sudah dibicarakan n dokumen dari >= authors akun."""
        seen = set()
        c = 0
        for r in sorted(self.ev_recs(key), key=lambda r: r["_m"]):
            c += 1
            seen.add(r["author"])
            if c >= n and len(seen) >= authors:
                return r["_m"]
        return None

    def when_count(self, key, n):
        rs = sorted(self.ev_recs(key), key=lambda r: r["_m"])
        return rs[n - 1]["_m"] if len(rs) >= n else None

    def first_tag(self, key, tag):
        ms = [r["_m"] for r in self.ev_recs(key) if r["_tag"] and tag in r["_tag"]]
        return min(ms) if ms else None

    def first_news(self, key, national):
        nat = {s["name"] for s in self.source_defs if s["channel"] == "news" and s.get("national")}
        ms = [r["_m"] for r in self.ev_recs(key) if r["channel"] == "news" and (r["source"] in nat) == national]
        return min(ms) if ms else None


BULAN = ["", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
         "Oktober", "November", "Desember"]
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


def ceil10(x):
    return int(math.ceil(x / 10.0) * 10)


def rupiah(n):
    return "Rp" + f"{n:,}".replace(",", ".")


# =========================================================================
# Obrolan latar (umum; nama tempat dan warna bahasa diambil dari slot daerah)
# =========================================================================

BG_SOCIAL = {
    "lalin": ("tired", [
        "{Macet|Padat merayap|Antrean kendaraan panjang} {lagi |}di {jalan} arah {lok} {pagi ini|sore ini|barusan|jam segini}, {ada truk mogok|ada pasar tumpah|ada perbaikan jalan|gak tau kenapa|biasa jam pulang kantor}",
        "Jalan di {desakec} {berlubang|rusak|ancur} {parah|banget|bgt}, {tiap hari ada yg jatuh|kalo malam gelap gulita|mohon diperbaiki dinas PU|sudah setahun gini terus}",
        "Hati2 {sapaan} yg lewat {jalan}, {ada razia surat2|lagi ada operasi patuh|licin habis hujan|ada galian pipa di pinggir jalan|ada sapi lepas di jalan wkwk}",
        "Lampu merah {simpang} mati {dari kemarin|lagi}, {semrawut jadinya|pada serobot semua|tolong dishub}",
        "{Parkir|Parkiran} di depan {pasar} {makin semrawut|bikin macet|dipungut 2x}, {gimana ini|tolong ditertibkan}",
        "Tadi {sy} liat {kecelakaan kecil|serempetan motor} di {jalan}, {alhamdulillah gk ada yg parah|cuma lecet}. Pelan2 aja {sapaan}",
        "Ada yang tau {jalan} {udah bisa dilewati|masih ditutup|ada pengalihan} {gk|ya}?",
        "Angkot/ojek ke {lok} {sekarang|skrg} {naik jadi|tarifnya} {Rp8.000|Rp10.000|Rp12.000|Rp15.000} ya? {mahal juga|lumayan|masih wajar lah}",
    ]),
    "harga": ("neutral", [
        "Harga {komoditas} di {pasar} {hari ini|pagi ini} {harga}, {naik lagi|turun dikit|masih sama kayak minggu lalu|lumayan mahal}",
        "Ibu2 {lok}, {di pasar mana|dimana} yg jual {komoditas} {murah|agak miring}? {harga} di {pasar} {mahal bener|bikin pusing}",
        "Gas elpiji 3 kg {langka|susah dicari|kosong} di {lok}, {udah keliling|muter2} {3|4|5|6} warung {gk} ada",
        "{Beras|Minyak goreng|Gula} di warung {lok} {naik|naek} lagi, {gaji gk naik2|pusing ngatur belanja|sabar aja}",
        "Alhamdulillah harga {komoditas} di {pasar} mulai turun, {harga} {tadi pagi|kemarin}",
        "Petani {komoditas2} di {lok} {lagi panen|mulai panen}, tapi harganya {anjlok|jatuh} cuma {harga_murah} {sedih|rugi di ongkos}",
        "Pedagang di {pasar} ngeluh {sepi pembeli|dagangan gk laku}, {biasa tanggal tua|orang pada belanja online}",
    ]),
    "cuaca": ("neutral", [
        "{Panas|Gerah|Terik} {bgt|pol|parah} {siang ini|hari ini} di {lok}",
        "Hujan deras {sore ini|barusan|dari tadi} di {lok}, {jemuran basah semua|jalan licin|adem jadinya|listrik sempet kedip}",
        "Mendung di {lok} tapi {gk} hujan2, {galau kayak cuacanya|gerah}",
        "Angin kencang di {lok} {barusan|sore tadi}, {baliho ada yg roboh|daun berserakan|hati2 yg berkendara}",
        "Pagi2 di {lok} {sejuk bgt|berkabut|cerah}, {cocok buat jogging|enak ngopi}",
        "Info BMKG: {lok} dan sekitarnya {berpotensi hujan ringan|cerah berawan|berawan} {sore hingga malam|siang ini}",
    ]),
    "acara": ("happy", [
        "Nanti malam ada {pasar malam|expo UMKM|pentas seni|lomba qasidah|konser band lokal|bazar kuliner} di {tempat}, {yuk rame2|datang ya|gratis}",
        "{Pengajian akbar|Tabligh akbar|Peringatan Maulid|Khataman Quran} di {masjid} {malam ini|besok malam|Jumat ini}, {mari hadir|insyaallah rame}",
        "Ada yg tau {jadwal|info} {pasar malam|festival|bazar} di {lok} {minggu ini|bulan ini}? {mau ajak anak2|pengen jalan2}",
        "Seru {bgt|banget} {jalan santai|senam massal|fun run} di {tempat} pagi tadi, {doorprize nya banyak|rame poll}",
        "{Lomba mancing|Lomba burung kicau|Kontes kambing|Lomba layang2} di {lok} {hari ini|kemarin} rame {bgt|poll}",
        "Resepsi nikahan {temen|sepupu|tetangga} di {desakec}, {makanannya enak|rame bgt|sampe jalan ditutup}",
    ]),
    "olahraga": ("happy", [
        "{klub} {menang 2-1 lawan {lawan} tadi sore, mantap|menang 3-0 atas {lawan} semalam, lanjutkan|imbang 1-1 lawan {lawan}, tetap semangat|kalah 0-2 dari {lawan}, sayang bgt|kalah tipis 1-2 dari {lawan} semalam, evaluasi lah|imbang 0-0 lawan {lawan}, kurang greget}",
        "Turnamen {voli|sepak bola|futsal|bulu tangkis} antar desa di {lok} {rame bgt|seru}, {final minggu depan|sampe malam}",
        "Nobar {timnas|bola} di {tempat} {nanti malam|tadi malam} {rame|seru abis}",
        "Kondisi {tempat} {becek|rusak|gak terawat}, {anak2 susah latihan|tolong dispora}",
        "Anak {sekolah} {juara|dapat medali} {pencak silat|karate|atletik|renang} {tingkat provinsi|Porprov}, {bangga|keren}",
    ]),
    "layanan": ("angry", [
        "Air PDAM di {lok} mati {lagi|dari pagi|2 hari|seharian}, {gimana ini|mandi pakai apa|tolong perhatiannya}",
        "Listrik padam di {lok} {jam brp nyala|udh 3 jam|tiap sore}, {kulkas|hp} {mati semua|lowbat}",
        "Antre {e-KTP|KK|akta lahir|KIA} di Disdukcapil {kabs} {panjang bgt|dari subuh|cepet kok sekarang}",
        "Puskesmas {lok} {pelayanannya cepat|antrinya lama|dokternya ramah|obatnya kosong}",
        "Sinyal {provider} di {lok} {lemot|hilang|putus2} {dari kemarin|tiap malam}",
        "Sampah {menumpuk|numpuk} di {tempat} {sudah seminggu|bau bgt}, {truk sampah gk lewat2|tolong DLH}",
        "Urus {BPJS|SKTM|izin usaha|sertifikat tanah} di {lok} {ribet|lama|lancar}, {disuruh bolak balik|ternyata bisa online}",
        "Lampu jalan di {jalan} mati {semua|sebagian}, {rawan begal|gelap bgt kalau malam}",
    ]),
    "ibadah": ("neutral", [
        "Alhamdulillah {pengajian|yasinan|majelis taklim} ibu2 di {desakec} {malam ini|tadi} {lancar|khusyuk}",
        "Jadwal {imsak|salat Jumat|kajian subuh} di {masjid} {sudah dibagikan|cek di grup}",
        "{Gotong royong|Kerja bakti} bersihkan {masjid|mushola|makam} di {desakec} {pagi tadi|minggu ini}",
        "Santunan anak yatim di {masjid} {semoga berkah|alhamdulillah lancar}",
    ]),
    "sekolah": ("neutral", [
        "{SPMB|Pendaftaran sekolah|Daftar ulang} {SD|SMP|SMA} di {lok} {kapan dibuka|ribet|udah bisa online} ya?",
        "Anak2 {sekolah} {juara|masuk final} lomba {cerdas cermat|pidato|robotik|MTQ|olimpiade sains} {tingkat kabupaten|tingkat provinsi}, {selamat|bangga}",
        "Jalan ke {sekolah} di {desakec} {becek|rusak}, anak2 {kasian|harus jalan kaki}",
        "{Wisuda|Perpisahan|Pentas seni} {sekolah} {hari ini|kemarin}, {terharu|seru}",
        "Guru2 di {lok} {ikut pelatihan|lagi sibuk ANBK|study tour}, {anak2 libur|pulang cepat}",
    ]),
    "kuliner": ("happy", [
        "Rekomendasi {kuliner} enak di {lok} dong {sapaan}, {lagi pengen|buat tamu dari luar}",
        "{kuliner} di {tempat} {enak bgt|juara|murah meriah}, {wajib coba|porsinya banyak}",
        "Ngopi {sore|malam} di {tempat} {view nya bagus|sambil nunggu hujan|sama temen lama}",
        "Ada yg jual {kuliner} {dekat|daerah} {lok}? {ngidam|pengen}",
    ]),
    "wisata": ("happy", [
        "{Sunset|Sunrise|Pemandangan} di {wisata} {cakep bgt|indah bener|gak ada obat}",
        "Liburan ke {wisata} {rame|sepi|bersih}, tiket {Rp5.000|Rp10.000|Rp15.000|gratis}",
        "Weekend ke {wisata}. {jalannya lumayan|parkirnya luas|toiletnya perlu diperbaiki}",
    ]),
    "lain": ("neutral", [
        "{Dicari|Hilang} {dompet|STNK|kucing oranye|HP Oppo|kunci motor} di sekitar {tempat}, yg menemukan tolong hubungi",
        "Lowongan {kasir|admin toko|sopir|pelayan warung} di {lok}, {minimal SMA|cewek/cowok|langsung DM}",
        "Dijual {motor Beat 2019|kambing jantan|rumah tipe 36|tanah kavling} {di|daerah} {lok}, {nego|harga bersahabat|serius DM}",
        "{Kapan|Kpn} ya {jalan|pasar|taman} di {lok} {diperbaiki|dibenahi|diresmikan}?",
        "Kangen {lok}, {udah 2 tahun merantau|mau mudik tapi belum ada ongkos|sehat2 keluarga di rumah}",
        "Selamat pagi {lok} {semangat kerjanya|jangan lupa sarapan}",
    ]),
}
DEFAULT_ANCHORS = [" #{kabtag}", " ({kec})", " — {kabs}", ", {kabs}", " di {kec}", " #{kabtag}", " ({kabs})"]
REPLY_ANCHORS = [" (di {kec} juga)", " #{kabtag}", ", salam dari {kec}", " — warga {kec}", " {kabs} kuat", " ({kabs})"]

BG_TOPIC_W = {"lalin": 12, "harga": 11, "cuaca": 8, "acara": 9, "olahraga": 7, "layanan": 12, "ibadah": 6,
              "sekolah": 7, "kuliner": 7, "wisata": 6, "lain": 9}

BG_REPLY = [
    "iya bener", "sama di tempatku jg", "dimana itu tepatnya?", "wkwk", "mantap", "semoga cepat diperbaiki",
    "setuju", "udah dari kemarin kok", "makasih infonya", "👍", "hadir", "emang gitu dari dulu",
    "lapor ke kantor desa aja", "coba tag akun pemda", "kuy", "ikut nyimak", "aamiin", "share lokasi dong",
    "ya begitulah", "oh pantesan", "tadi aku lewat masih", "info yg bermanfaat",
]

BG_COMPLAINT = [
    "Mohon perbaikan jalan di {desakec}, {kab}. Kondisi berlubang dan sering menyebabkan kecelakaan pengendara motor.",
    "Lampu penerangan jalan di {jalan} ({kab}) mati sudah {dua minggu|sepuluh hari|sebulan}. Mohon ditindaklanjuti.",
    "Saluran air di depan rumah warga {desakec} tersumbat sampah, saat hujan air meluap ke jalan.",
    "Pelayanan di kantor {desa|kecamatan} di {desakec} lambat, petugas sering tidak di tempat pada jam kerja.",
    "Pengaduan: air PDAM di {desakec} tidak mengalir {3 hari|seminggu} tanpa pemberitahuan.",
    "Mohon ditertibkan parkir liar di depan {pasar}, {kab}, yang memungut tarif di atas ketentuan.",
    "Tumpukan sampah di {tempat} belum diangkut lebih dari seminggu dan menimbulkan bau.",
    "Bantuan {PKH|BPNT|pupuk bersubsidi} di {desakec} belum diterima sebagian warga, mohon pengecekan data.",
]

BG_OFFICIAL = [
    "{kdh} {bupati_short} {memimpin|menghadiri} {apel pagi|rapat koordinasi|peresmian {fasilitas}|penanaman pohon} di {lok} {hari ini|pagi ini}. {Beliau mengajak ASN terus meningkatkan pelayanan.|Kegiatan berjalan lancar.}",
    "[INFO] Layanan {Samsat keliling|jemput bola Disdukcapil|cek kesehatan gratis|pasar murah} hadir di {lok} {hari ini|besok} pukul {08.00|09.00} s.d. selesai. {Bawa KTP asli.|Gratis, tidak dipungut biaya.}",
    "{sekda_title} {sekda_short} membuka {pelatihan|sosialisasi|bimtek} {UMKM|pengelolaan dana desa|kearsipan|pencegahan stunting} di {lok}.",
    "{pemda} menyalurkan {bantuan|bibit|alat pertanian} kepada {kelompok tani|nelayan|pelaku UMKM} di {lok}. #{kabtag}",
    "Selamat dan sukses kepada {sekolah} atas prestasinya. Terus berkarya untuk {kab}! #{kabtag}",
    "Rapat koordinasi {pengendalian inflasi|persiapan hari besar|penanganan sampah} dipimpin {bupati_short_title} di {ibukota} {hari ini|pagi ini}.",
]

BG_NEWS = [
    ("Harga {komoditas} di {pasar} {Naik|Merangkak Naik|Mulai Turun}", [
        "Harga {komoditas} di {pasar}, {kab}, {naik dalam sepekan terakhir|mulai turun setelah sempat melonjak}. Pantauan di lapangan, {komoditas} dijual {harga}.",
        "{Salah seorang pedagang|Seorang pedagang}, {nama}, mengatakan pasokan dari petani {berkurang karena cuaca|kembali normal}. \"{Pembeli sekarang beli sedikit-sedikit.|Mudah-mudahan harga stabil sampai akhir bulan.}\" ujarnya.",
        "Dinas Perdagangan {kab} menyebut akan {memantau harga setiap hari|menggelar pasar murah di sejumlah kecamatan} untuk menjaga daya beli masyarakat.",
    ]),
    ("{pemda} Gelar {Pasar Murah|Gerakan Pangan Murah} di {kec}", [
        "{pemerintah} menggelar {pasar murah|gerakan pangan murah} di {kecamatan} {kec}, {hari ini|pagi tadi}. Warga antre sejak pagi untuk membeli beras, minyak goreng, dan gula dengan harga di bawah pasar.",
        "Kepala Dinas Ketahanan Pangan mengatakan kegiatan ini bagian dari upaya pengendalian inflasi daerah. \"{Kami siapkan beberapa ton beras SPHP.|Kegiatan ini akan bergilir ke kecamatan lain.}\" katanya.",
        "Warga menyambut baik kegiatan tersebut. {Sebagian berharap pasar murah digelar lebih sering.|Antrean sempat mengular sebelum petugas menambah meja layanan.}",
    ]),
    ("{Dinas PUPR|{pemda}} {Perbaiki|Tambal} Jalan Rusak di {kec}", [
        "Dinas Pekerjaan Umum dan Penataan Ruang {kab} mulai memperbaiki ruas jalan yang rusak di {kecamatan} {kec}. Perbaikan ditargetkan rampung {dalam dua pekan|akhir bulan ini}.",
        "Warga {desa} menyambut baik perbaikan itu karena jalan tersebut {menjadi akses utama ke pasar|dilalui anak sekolah setiap hari}. \"Sudah lama kami tunggu,\" kata {nama}, warga setempat.",
        "Kepala bidang bina marga menyebut anggaran tahun ini terbatas sehingga perbaikan dilakukan bertahap, dimulai dari ruas dengan kerusakan paling parah.",
    ]),
    ("{sekolah} Raih Juara {Lomba|Olimpiade} Tingkat Provinsi", [
        "Siswa {sekolah}, {kab}, meraih juara {pertama|kedua} {lomba cerdas cermat|olimpiade sains|lomba debat} tingkat provinsi. Prestasi ini diumumkan {Senin|Sabtu} lalu.",
        "Kepala sekolah mengatakan para siswa berlatih selama dua bulan di luar jam pelajaran. \"{Kami bangga, ini hasil kerja keras anak-anak.|Semoga memotivasi siswa lain.}\" ujarnya.",
        "Dinas Pendidikan {kab} berharap prestasi itu berlanjut ke tingkat nasional.",
    ]),
    ("Satlantas {polres} Gelar {Operasi Patuh|Razia Kendaraan} di {kec}", [
        "Satuan Lalu Lintas {polres} menggelar {operasi patuh|razia kendaraan bermotor} di {kecamatan} {kec}. Puluhan pengendara terjaring karena tidak membawa surat kendaraan dan tidak memakai helm.",
        "Kasat Lantas mengatakan operasi ini bertujuan menekan angka kecelakaan. Petugas lebih mengedepankan teguran kepada pelajar yang terjaring.",
        "Operasi akan berlangsung hingga akhir pekan di sejumlah titik di {kab}.",
    ]),
    ("Ribuan Warga Ikuti {Jalan Sehat|Senam Massal} di {ibukota}", [
        "Ribuan warga {kab} mengikuti {jalan sehat|senam massal} yang digelar di {tempat}, {ibukota}, Minggu pagi. Kegiatan ini memperingati hari jadi salah satu instansi daerah.",
        "{kdh} {bupati_short} ikut melepas peserta dan mengajak warga membiasakan olahraga. Panitia menyediakan doorprize berupa sepeda motor dan peralatan rumah tangga.",
        "Kegiatan berlangsung tertib dengan pengamanan dari Satpol PP dan kepolisian.",
    ]),
    ("Disdukcapil {kabs} Buka Layanan {Jemput Bola|Akhir Pekan} di {kec}", [
        "Dinas Kependudukan dan Pencatatan Sipil {kab} membuka layanan {jemput bola|akhir pekan} di {kecamatan} {kec} untuk perekaman KTP elektronik dan penerbitan Kartu Identitas Anak.",
        "Kepala Disdukcapil mengatakan layanan ini menyasar warga yang tinggal jauh dari kantor dinas. Warga cukup membawa kartu keluarga.",
        "Sepanjang hari, ratusan warga tercatat memanfaatkan layanan tersebut.",
    ]),
    ("Petani {kec} Mulai Panen {komoditas2}, Harga {Stabil|Turun}", [
        "Petani di {kecamatan} {kec}, {kab}, mulai memanen {komoditas2}. Hasil panen tahun ini disebut {cukup baik|sedikit menurun karena cuaca}.",
        "{nama}, seorang petani, mengatakan harga di tingkat petani {harga_murah}. \"{Kalau bisa ada bantuan pupuk lagi.|Kami berharap harga tidak jatuh saat panen raya.}\" ujarnya.",
        "Dinas Pertanian {kab} mendorong petani bergabung dalam kelompok agar memiliki posisi tawar lebih baik.",
    ]),
]

BG_NEWS_PAD = [
    "Sejumlah warga yang ditemui berharap kegiatan serupa dilakukan secara rutin dan menjangkau desa-desa yang jauh dari pusat {kab}.",
    "Camat {kec} mengatakan pihaknya akan berkoordinasi dengan perangkat desa agar informasi kegiatan sampai ke seluruh warga.",
    "Kegiatan tersebut juga dipantau oleh petugas kecamatan dan perangkat desa setempat. Hingga siang, situasi berlangsung tertib.",
    "Pemerintah daerah menyatakan akan mengevaluasi pelaksanaan kegiatan ini sebagai bahan perbaikan program pada tahun berikutnya.",
]

BG_YT_TITLES = [
    "VLOG keliling {lok} | {kuliner} enak murah", "Suasana {pasar} pagi hari",
    "Jalan-jalan ke {wisata} {2025|terbaru}", "Live streaming {pengajian|turnamen voli} {lok}",
    "Review {kuliner} viral di {lok}", "Perjalanan ke {lok} naik motor",
]
BG_YT_COMMENTS = [
    "mantap bang, salam dari {lok}", "kangen kampung {lok}", "itu di sebelah mana ya bang?",
    "mampir ke {desakec} juga bang", "videonya bagus, lanjutkan", "aku orang {lok} hadir",
]


# =========================================================================
# Alat bantu: slot umum, latar, gelombang kejadian
# =========================================================================

def price_text(rng, lo, hi, unit):
    v = rng.randrange(lo, hi + 1, 500 if hi < 20000 else 1000)
    k = v // 1000
    forms = [f"{rupiah(v)}/{unit}", f"{k}rb {'sekilo' if unit == 'kg' else 'per ' + unit}",
             f"Rp {k} ribu per {unit}", f"{k}k/{unit}", f"{rupiah(v)} per {unit}"]
    if v % 1000:
        forms = [f"{rupiah(v)}/{unit}", f"{rupiah(v)} per {unit}"]
    return rng.choice(forms)


def common_slots(sc):
    P, rng = sc.P, sc.rng
    sc.slots.update({
        "komoditas": list(P["harga"].keys()),
        "harga": lambda: price_text(rng, *P["harga"][sc.last.get("komoditas", next(iter(P["harga"])))]),
        "komoditas2": list(P["panen"].keys()),
        "harga_murah": lambda: price_text(rng, *P["panen"][sc.last.get("komoditas2", next(iter(P["panen"])))]),
        "skor": ["1-0", "2-1", "0-0", "1-1", "3-1", "0-2", "2-2", "1-3", "4-0"],
        "provider": ["Telkomsel", "Indosat", "XL", "Tri", "Smartfren", "IndiHome", "wifi desa"],
        "fasilitas": ["gedung posyandu", "jembatan desa", "pasar desa", "ruang kelas baru", "sumur bor",
                      "taman kota", "kantor desa"],
        "nama": lambda: f"{rng.choice(P['first'])} {rng.choice(P['last'])}".strip(),
        "lok": P.get("lok") or ["{kec}", "{kec}", "{kec}", "{kabs}", "{kab}", "{ibukota}", "{desakec}",
                                "Kec. {kec}", "{kec}, {kabs}"],
        "desakec": [d if k in d else (f"{d}, {k}" if rng.random() < 0.5 else f"{d} {k}") for d, k in P["desa"].items()]
        if isinstance(P["desa"], dict) else ["{desa}, {kec}"],
        "kabtag": P["kabtag"],
        "kdh": P.get("kdh", "Bupati"),
        "pemda": P.get("pemda", "Pemkab " + P["kabs"]),
        "pemerintah": P.get("pemerintah", "Pemerintah Kabupaten " + P["kab"]),
        "polres": P.get("polres", "Polres " + P["kabs"]),
        "kecamatan": P.get("kecamatan", "Kecamatan"),
        "sekda_title": P.get("sekda_title", "Sekda"),
    })


def social_text_extras(sc, ch, text):
    """Tagar ala Instagram/TikTok."""
    rng = sc.rng
    if ch in ("instagram", "tiktok") and rng.random() < 0.55:
        tags = [f"#{sc.P['kabtag']}", "#fyp", "#infolokal", f"#{sc.P['kabtag'].lower()}", "#viral", "#explore",
                f"#{re.sub(r'[^A-Za-z]', '', sc.pick(sc.P['kec']))}"]
        text += " " + " ".join(rng.sample(tags, rng.randint(1, 3)))
    return text


def background(sc, n, a=0, b=None, *, chan_w=None, news_frac=0.09, official_frac=0.04,
               complaint_frac=0.03, reply_p=0.14, extra=(), topic_w=None, event=None):
    """Obrolan latar yang tersebar: sebagian besar netral, sebagian keluhan ringan."""
    rng = sc.rng
    b = sc.span if b is None else b
    chan_w = chan_w or {"x": 30, "facebook": 36, "instagram": 15, "tiktok": 12, "youtube": 3}
    topics = dict(BG_SOCIAL)
    tw = dict(topic_w or BG_TOPIC_W)
    for key, mood, weight, tpls in extra:
        topics[key] = (mood, tpls)
        tw[key] = weight
    keys = list(tw)
    weights = [tw[k] for k in keys]
    out = []
    for m in sc.times(n, a, b, "flat", diurnal=0.9):
        r = rng.random()
        if r < news_frac and sc.local_hour(m) < 5:
            r = 1.0  # redaksi lokal jarang terbit dini hari: jadikan unggahan biasa
        if r < news_frac:
            o = rng.choice(sc.local_outlets)
            title_t, paras_t = rng.choice(BG_NEWS + sc.P.get("bg_news", []))
            fix = {k: sc.fill("{%s}" % k) for k in ("kec", "komoditas", "komoditas2", "sekolah", "pasar", "tempat")
                   if k in sc.P or k in sc.slots}
            title = sc.fill(title_t, **fix)
            paras = [sc.fill(p, **fix) for p in paras_t]
            while len(" ".join(paras)) < 470:
                paras.append(sc.fill(rng.choice(BG_NEWS_PAD), **fix))
            out.append(sc.news(o, m, title, paras, event=event))
            continue
        if r < news_frac + official_frac:
            ch = rng.choice(["facebook", "instagram", "x"])
            acc = sc.official[ch]
            out.append(sc.add(ch, m, sc.anchor(sc.fill(rng.choice(BG_OFFICIAL + sc.P.get("bg_official", [])))), acc,
                              event=event, viral=0.5))
            continue
        if r < news_frac + official_frac + complaint_frac and "complaint" in sc.sources:
            p = sc.person()
            out.append(sc.add("complaint", m, sc.anchor(sc.fill(rng.choice(BG_COMPLAINT))), p, event=event, viral=0.1))
            continue
        ch = rng.choices(list(chan_w), list(chan_w.values()))[0]
        p = sc.person()
        if ch == "youtube":
            vid = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(11))
            sc.ids.add(vid)
            title = sc.anchor(sc.fill(rng.choice(BG_YT_TITLES)), [" | {kabs}", " ({kec})", " #{kabtag}"])
            rec = sc.add("youtube", m, title + ". " + sc.fill("{Jangan lupa like dan subscribe|Selamat menonton|Video lengkap}, {sapaan}!"),
                         p, event=event, viral=2, title=title, rid=vid, url=f"https://www.youtube.com/watch?v={vid}")
            out.append(rec)
            for _ in range(rng.randint(0, 3)):
                q = sc.person()
                out.append(sc.add("youtube", m + rng.expovariate(1 / 300), sc.style(sc.anchor(sc.fill(rng.choice(BG_YT_COMMENTS)), REPLY_ANCHORS, 0.85), q, "happy"),
                                  q, event=event, viral=0.2, parent=rec,
                                  url=f"https://www.youtube.com/watch?v={vid}&lc=x"))
            continue
        topic = rng.choices(keys, weights)[0]
        mood, tpls = topics[topic]
        text = sc.anchor(sc.fill(rng.choice(tpls)))
        text = sc.style(text, p, mood, emoji_p=0.4)
        text = social_text_extras(sc, ch, text)
        rec = sc.add(ch, m, text, p, event=event, viral=rng.choice([0.5, 1, 1, 1.5, 3]))
        out.append(rec)
        if rng.random() < reply_p:
            for _ in range(rng.randint(1, 3)):
                q = sc.person()
                t = sc.style(sc.anchor(sc.fill(rng.choice(BG_REPLY + sc.P.get("bg_reply", []))), REPLY_ANCHORS, 0.85),
                             q, "neutral", emoji_p=0.2)
                out.append(sc.reply(rec, m + rng.expovariate(1 / 45) + 1, t, q, event=event, viral=0.3))
    return out


def wave(sc, event, a, b, n, pools, *, chan_w, shape="flat", viral=1.0, diurnal=0.7, mood="neutral",
         reply_p=0.15, replies=None, rt_p=0.0, caps_p=0.0, tags=None, tag_p=0.3, emoji_p=0.5, tag=None,
         authors=None, reply_delay=35, extra_tags=True, anchors=None, reply_anchor_p=0.75):
    """Sekelompok unggahan satu kejadian dalam rentang [a, b)."""
    rng = sc.rng
    anchors = anchors or sc.__dict__.get("event_anchors", {}).get(event)
    out = []
    chans = list(chan_w)
    cw = list(chan_w.values())
    for m in sc.times(n, a, b, shape, diurnal=diurnal):
        ch = rng.choices(chans, cw)[0]
        parent = None
        if ch == "youtube":
            if "yt_title" not in pools:
                ch = "facebook"
            else:
                parent = sc.yt_video(event, m, pools["yt_title"])
        tpls = pools.get(ch) or pools["*"]
        p = authors() if authors else sc.person()
        md = rng.choice(mood) if isinstance(mood, (list, tuple)) else mood
        text = sc.style(sc.anchor(sc.fill(rng.choice(tpls)), anchors), p, md, emoji_p=emoji_p, caps_p=caps_p,
                        tags=tags, tag_p=tag_p)
        if extra_tags:
            text = social_text_extras(sc, ch, text)
        v = viral * rng.choice([0.4, 0.7, 1, 1, 1.5, 2.5, 6]) if isinstance(viral, (int, float)) else viral()
        if parent is not None:
            rec = sc.add(ch, m, text, p, event=event, viral=v * 0.3, tag=tag, parent=parent,
                         url=f"{parent['url']}&lc={rng.randint(10**9, 10**10)}")
        else:
            rec = sc.add(ch, m, text, p, event=event, viral=v, tag=tag)
        out.append(rec)
        if replies and rng.random() < reply_p:
            for _ in range(rng.choice([1, 1, 1, 2, 3, 4])):
                q = sc.person()
                t = sc.style(sc.anchor(sc.fill(rng.choice(replies)), anchors or REPLY_ANCHORS, reply_anchor_p), q, md,
                             emoji_p=0.35)
                out.append(sc.reply(rec, m + rng.expovariate(1 / reply_delay) + 1, t, q, event=event, tag=tag))
        if ch == "x" and rt_p and rng.random() < rt_p:
            for _ in range(rng.choice([1, 1, 2, 4])):
                q = sc.person()
                out.append(sc.retweet(rec, m + rng.expovariate(1 / 50) + 1, q, event=event))
    return out


def official(sc, event, minute, text, ch="facebook", viral=4, tag=None, acc=None):
    return sc.add(ch, minute, text, acc or sc.official[ch], event=event, viral=viral, tag=tag)


def setup_common(sc, people_n, first, last, region_words, humas):
    sc.make_people(people_n, first, last, region_words)
    common_slots(sc)
    sc.official = {}
    for ch, (h, nm, fol) in humas.items():
        sc.official[ch] = sc.account(h, nm, fol)


def outlet(name, domain, brand, city, followers, reporters, path="berita", dateline_fmt=None):
    o = {"source": name, "domain": domain, "brand": brand, "city": city, "followers": followers,
         "reporters": reporters, "path": path}
    if dateline_fmt:
        o["dateline_fmt"] = dateline_fmt
    return o


def social_sources(sc, label, with_youtube=True, complaint=None):
    names = {"x": f"X — pantauan {label}", "facebook": f"Facebook — grup & halaman {label}",
             "instagram": f"Instagram — {label}", "tiktok": f"TikTok — {label}"}
    if with_youtube:
        names["youtube"] = f"YouTube — kanal {label}"
    if complaint:
        names["complaint"] = complaint
    sc.sources.update(names)


def source_list(sc):
    out = []
    for o in sc.local_outlets:
        out.append({"name": o["source"], "channel": "news", "national": False})
    for o in sc.national_outlets:
        out.append({"name": o["source"], "channel": "news", "national": True, "shared": True})
    for ch in ("x", "facebook", "instagram", "tiktok", "youtube", "complaint"):
        if ch in sc.sources:
            out.append({"name": sc.sources[ch], "channel": ch, "national": False})
    sc.source_defs = out
    return out


def expect_from(sc, key, *, isu_n=15, isu_authors=10, isu_after=150, kasus_n=45, kasus_after=240,
                krisis_tag=None, krisis_after=240, levels=("isu", "kasus", "krisis"), base=0.0):
    """Batas waktu yang wajar bagi petugas yang menuntut tapi adil (menit dari rekaman pertama)."""
    exp = {}
    t_isu = sc.when_talked(key, isu_n, isu_authors)
    if "isu" in levels:
        exp["isu"] = ceil10(t_isu - base + isu_after)
    if "kasus" in levels:
        ln = sc.first_news(key, national=False)
        spread = sc.when_count(key, kasus_n)
        anchor = max(x for x in (ln, spread) if x is not None)
        exp["kasus"] = max(exp.get("isu", 0) + 60, ceil10(anchor - base + kasus_after))
    if "krisis" in levels:
        tv = sc.first_tag(key, krisis_tag)
        nn = sc.first_news(key, national=True)
        anchor = max(x for x in (tv, nn) if x is not None)
        exp["krisis"] = max(exp.get("kasus", 0) + 60, ceil10(anchor - base + krisis_after))
    return exp


def write_scenario(sc, meta):
    base = sc.finish()
    sc.dump_jsonl(OUT / f"{sc.name}.jsonl")
    with open(OUT / f"{sc.name}.yaml", "w", encoding="utf-8") as f:
        f.write(f"# Skenario held-out Sigap — dibuat oleh generate.py, jangan disunting tangan.\n")
        yaml.safe_dump(meta, f, allow_unicode=True, sort_keys=False, width=110, default_flow_style=False)


# =========================================================================
# 1. Lombok Timur (NTB, WITA) — insiden lokal jadi krisis + viral positif
# =========================================================================

LOTIM = {
    "query": '"lombok timur" OR lotim OR lomboktimur OR selong OR masbagik OR aikmel OR sembalun OR pringgabaya OR "labuhan haji" OR sakra OR terara OR keruak OR jerowaru OR wanasaba OR sikur OR pringgasela OR suralaga OR sukamulia OR pancor',
    "kab": "Lombok Timur", "kabs": "Lotim", "kabtag": "LombokTimur", "ibukota": "Selong",
    "kec": ["Selong", "Masbagik", "Aikmel", "Sembalun", "Pringgabaya", "Labuhan Haji", "Sakra", "Terara",
            "Keruak", "Jerowaru", "Wanasaba", "Sikur", "Pringgasela", "Suralaga", "Sukamulia"],
    "desa": {"Pancor": "Selong", "Kelayu": "Selong", "Masbagik Timur": "Masbagik", "Masbagik Utara": "Masbagik",
             "Lendang Nangka": "Masbagik", "Paok Motong": "Masbagik", "Aikmel Utara": "Aikmel",
             "Sembalun Lawang": "Sembalun", "Sembalun Bumbung": "Sembalun", "Labuhan Lombok": "Pringgabaya",
             "Tanjung Luar": "Keruak", "Rarang": "Terara", "Kotaraja": "Sikur", "Tetebatu": "Sikur",
             "Tirtanadi": "Labuhan Haji", "Pringgasela Selatan": "Pringgasela", "Wanasaba Lauk": "Wanasaba",
             "Pemongkong": "Jerowaru", "Ekas Buana": "Jerowaru"},
    "jalan": ["jalan raya Masbagik–Aikmel", "Jl. TGH Zainuddin Abdul Madjid Selong", "jalur Sembalun",
              "jalan provinsi Pringgabaya", "jalan bypass Selong", "jalan raya Terara", "jalan desa di Keruak",
              "jalan ke Labuhan Haji", "jalan raya Sakra"],
    "pasar": ["Pasar Masbagik", "Pasar Paok Motong Masbagik", "Pasar Keruak", "Pasar Selong", "Pasar Pringgabaya",
              "Pasar Terara"],
    "simpang": ["simpang empat Masbagik", "perempatan Pancor Selong", "simpang Sakra", "pertigaan Terara"],
    "tempat": ["Taman Tugu Selong", "lapangan Pancor Selong", "alun-alun Selong", "lapangan desa di Sakra",
               "GOR Selong", "halaman kantor camat Terara", "Taman Rinjani Selong"],
    "wisata": ["Bukit Pergasingan Sembalun", "Pantai Pink Jerowaru", "Tanjung Ringgit Jerowaru",
               "Air Terjun Jeruk Manis Sikur", "Gili Kondo, Lotim", "Desa wisata Tetebatu Sikur",
               "Bukit Selong Sembalun"],
    "kuliner": ["ares", "sate bulayak", "plecing kangkung", "nasi puyung", "bebalung", "sate pusut",
                "ayam taliwang", "jaje tujak", "poteng"],
    "masjid": ["Masjid Agung Al-Mujahidin Selong", "masjid desa di Sakra", "mushola kampung Terara",
               "Ponpes NW Pancor Selong", "Masjid Nurul Huda Masbagik"],
    "sekolah": ["SMAN 1 Selong", "SMPN 1 Masbagik", "MAN 1 Lotim", "SMKN 1 Aikmel", "SDN 2 Pringgabaya",
                "MTs NW Pancor", "SMAN 1 Sakra"],
    "klub": ["PS Lotim", "tim Porkab Lotim", "Persatuan Sepakbola Selong"],
    "lawan": ["PS Mataram", "Perslobar", "PS Sumbawa", "Persebi Bima", "PS Lombok Tengah"],
    "sapaan": ["semeton", "semeton", "sanak", "guys", "gaes", "dengan luek"],
    "sy": ["saya", "aku", "tiang", "sy", "aq"],
    "gk": ["gak", "ndek", "nggak", "tidak", "ga"],
    "harga": {"cabai rawit": (38000, 85000, "kg"), "bawang merah": (28000, 48000, "kg"),
              "beras medium": (12500, 14500, "kg"), "telur ayam": (25000, 30000, "kg"),
              "daging ayam": (33000, 40000, "kg"), "minyak goreng curah": (16000, 19000, "liter"),
              "tomat": (7000, 15000, "kg")},
    "panen": {"gabah": (5500, 6800, "kg"), "tembakau": (35000, 60000, "kg"), "kentang Sembalun": (6000, 11000, "kg"),
              "jagung": (4000, 5500, "kg"), "kol": (1500, 3500, "kg")},
    "bupati_short": ["Lalu Sahnan", "H. Lalu Sahnan Wiradipa"], "bupati_short_title": ["Bupati Lalu Sahnan", "Bupati Lotim"],
    "sekda_short": ["H. Ahmad Zulhaidi", "Ahmad Zulhaidi"],
    "first": ["Lalu Ahmad", "Baiq Nurul", "Hairul", "Ahyar", "Sahnan", "Rusdi", "Marni", "Sumiati", "Hamdani",
              "Fathurrahman", "Laela", "Saprudin", "Khaerul", "Ruslan", "Heri", "Jumadil", "Muliadi", "Herniati",
              "Riadi", "Lalu Wira", "Baiq Fitri", "Zainul", "Munawir", "Supriadi", "Rohani", "Juhaini"],
    "last": ["Hadi", "Azmi", "Hamdi", "Sahrul", "Rahman", "Ihsan", "Fahmi", "Maulana", "Hidayat", "Wardani",
             "Apriadi", "Zulkifli", "Mahsun", "Rosidi", "Saputra"],
    "bg_reply": ["bener semeton", "ndeq ku taoq", "tiang jg ngerasain", "mantap semeton", "aamiin"],
}
LOTIM_EXTRA = [
    ("nyongkolan", "laugh", 5, [
        "Nyongkolan di {jalan} {bikin macet|sampai sore}, {sabar semeton|nikmati aja gendang beleqnya|tetap jaga ketertiban ya}",
        "Kena macet nyongkolan lagi di {lok} {wkwk|🤣}, {telat kerja|yg punya gawe semoga langgeng}",
        "Begawe di {desakec} {rame bgt|dari pagi}, {tiang bantu masak|kue nya enak2}",
    ]),
    ("pmi", "neutral", 4, [
        "Ada info {jadwal|pendaftaran} PMI resmi ke Malaysia dari {lok}? {Hati2 calo|jangan lewat jalur gelap}",
        "Suami {sy|tiang} baru pulang dari Malaysia, {alhamdulillah sampai {lok} selamat|kangen keluarga terobati}",
        "Kantor disnaker {kabs} {buka sosialisasi|sosialisasi} kerja ke luar negeri di {lok} {hari ini|besok}",
    ]),
    ("tembakau", "neutral", 3, [
        "Musim oven tembakau di {lok}, {bau asapnya|semoga harga bagus tahun ini}",
        "Petani tembakau {lok} {nunggu harga|resah harga}, {gudang belum buka pembelian|grader pilih2 daun}",
    ]),
]


def sc_lotim():
    sc = Scenario("lotim-truk-pasar", tz_hours=8, start=(2025, 5, 12, 5, 0), days=62 / 24, place=LOTIM,
                  sources={})
    sc.local_outlets = [
        outlet("Lotim Post", "lotimpost.example", "LotimPost.example", "Selong", 86000,
               ["Lalu Irwan", "Baiq Septiani", "M. Jayadi"]),
        outlet("Suara Rinjani", "suararinjani.example", "SuaraRinjani", "Lombok Timur", 142000,
               ["Hamdani Wathoni", "Rizal Fahmi"], path="ntb"),
    ]
    sc.national_outlets = [
        outlet("Kabar Negeri", "kabarnegeri.example", "KabarNegeri.example", "Lombok Timur", 4200000,
               ["Tim Kabar Negeri", "Kontributor Lombok"], path="nusantara"),
        outlet("Nusantara Daily", "nusantaradaily.example", "Nusantara Daily", "Lombok Timur", 2900000,
               ["Redaksi", "Annisa Putri"], path="peristiwa"),
        outlet("Jurnal Republik", "jurnalrepublik.example", "JurnalRepublik", "Lombok Timur", 1800000,
               ["Desk Daerah"], path="daerah"),
    ]
    social_sources(sc, "Lotim", complaint="Aduan warga Lotim (SP4N-LAPOR!)")
    setup_common(sc, 900, LOTIM["first"] + PLAIN_FIRST[:25], LOTIM["last"] + PLAIN_LAST[:10],
                 ["lotim", "sasak", "selong", "masbagik", "lombok", "rinjani", "semeton"],
                 {"x": ("humaslotim", "Humas Pemkab Lombok Timur", 18400),
                  "facebook": ("DiskominfoLotim", "Diskominfo Lombok Timur", 61200),
                  "instagram": ("pemkablotim", "Pemkab Lombok Timur", 47300)})
    polres = sc.account("polreslotim", "Polres Lombok Timur", 38800)
    rng = sc.rng

    sc.event_anchors = {"truk-aikmel": [" di Aikmel", " #Aikmel", " — Pasar Aikmel", " (Aikmel, Lotim)", " #Lotim"],
                        "bocah-gerabah": [" #masbagik", " (Masbagik)", " — Masbagik, Lotim", " #LombokTimur"]}
    background(sc, 470, extra=LOTIM_EXTRA)

    # ---------------------------------------------------------------- insiden
    E = "truk-aikmel"
    T = 280  # sekitar pukul 09.40 WITA, pasar sedang ramai
    sc.slots.update({
        "desa_aik": ["Aikmel Utara", "Aikmel Barat", "Kembang Kerang", "Lenek", "Toya", "Keroya"],
        "korban_nama": ["Sumiati", "Marni", "Rohani", "Herniati", "Juhaini", "Sahnun"],
        "muatan": ["kol", "kentang", "sayur", "kol dan kentang", "wortel"],
    })
    tags = ["#PasarAikmel", "#Aikmel", "#LombokTimur", "#Lotim", "#PrayForAikmel"]
    p1 = [
        "INNALILLAHI {sapaan}, truk {rem blong|remnya blong} nabrak {lapak pedagang|orang2} di {depan Pasar Aikmel|Pasar Aikmel} barusan, {banyak korban|korban tergeletak|ada yg kejepit}",
        "TOLONG!! ada kecelakaan besar di Pasar Aikmel, truk {sayur|muatan {muatan}} {masuk ke pasar|hantam lapak}. MOHON {AMBULANS|BANTUAN} SEGERA",
        "Ya Allah barusan di Aikmel truk dari arah Sembalun {ngebut|meluncur} {gk} bisa berhenti, {tabrak motor dan pedagang|nabrak warung2 pinggir jalan}",
        "Yg di sekitar Aikmel {tolong bantu|bantu evakuasi}, {banyak ibu2 pedagang|ada anak kecil} {jadi korban|ketimpa}. {Ambulans belum datang|jalan macet total}",
        "Suara {braak|dentuman} keras di Pasar Aikmel, {sy} lari keluar ternyata truk {tabrak|nyeruduk} {lapak|toko}",
        "Jalur Masbagik–Aikmel {macet total|ditutup} krn kecelakaan truk di pasar, {cari jalan lain|putar lewat Wanasaba}",
        "Ada apa di Aikmel? {rame bgt|banyak ambulans lewat|sirene dari tadi} {🚑|}",
        "Mohon doanya {sapaan}, {keluarga {sy}|tetangga} {lagi jualan|belanja} di Pasar Aikmel pas truk itu {nabrak|masuk}. {Belum ada kabar|Dibawa ke Puskesmas Aikmel}",
    ]
    p1_tt = ["detik2 setelah truk rem blong {tabrak|hantam} Pasar Aikmel {Lotim|Lombok Timur}, {ngeri|ya Allah}",
             "kondisi Pasar Aikmel barusan, truk {muatan} {masuk ke lapak|terguling} {😭}"]
    rep1 = ["innalillahi wa inna ilaihi rojiun", "ya Allah semoga korban selamat", "lokasi pastinya dimana?",
            "sopirnya udah diamankan?", "sudah ada ambulans blm?", "turunan itu memang rawan dari dulu",
            "ya Allah pas pasar lagi rame", "mohon jangan sebar foto korban {sapaan}", "{sy} otw bantu",
            "keluarga {sy} jualan di situ, ya Allah", "semoga gk ada yg meninggal"]
    wave(sc, E, T + 3, T + 60, 34, {"*": p1, "tiktok": p1_tt},
         chan_w={"x": 35, "facebook": 40, "tiktok": 15, "instagram": 10}, shape="early", diurnal=0.1,
         viral=2, mood=["alarm", "sad"], caps_p=0.18, replies=rep1, reply_p=0.35, rt_p=0.3, tags=tags, tag_p=0.25)

    p2 = [
        "Update dari {teman|keluarga} di RSUD Selong: korban truk Pasar Aikmel {banyak yg luka berat|ada yg meninggal}, {mohon doanya|keluarga pada nangis}",
        "DIBUTUHKAN SEGERA darah golongan {O|A|B} untuk korban kecelakaan Pasar Aikmel di RSUD dr. R. Soedjono Selong. {Hub PMI Lotim|Langsung ke bank darah RSUD}",
        "Katanya {3|4|tiga|empat} org meninggal di tempat, kebanyakan {pedagang sayur|ibu2 pedagang|pembeli}. Ya Allah Aikmel",
        "Truk itu bawa {muatan} dari Sembalun, {remnya blong di turunan|sopirnya sempat teriak2 suruh minggir|klakson terus dari atas}",
        "Sudah berkali2 {dibilang|diingetin} turunan ke Pasar Aikmel itu rawan, truk besar {gk} boleh lewat jam pasar! {PEMDA KEMANA|tolong dishub}",
        "Polisi sudah di lokasi, {truk sudah dievakuasi|garis polisi dipasang}, Pasar Aikmel {ditutup sementara|sepi total}",
        "Video {kejadian|CCTV} truk tabrak Pasar Aikmel {beredar|viral}, {ngeri bgt|gk sanggup lihat}. {Jangan disebar yg ada korbannya|tolong hapus yg vulgar}",
        "{sapaan} yg punya keluarga jualan di Pasar Aikmel {tolong dicek|cek di RSUD Selong dan Puskesmas Aikmel}, daftar korban {ditempel di IGD|belum keluar}",
        "{Pak Bupati|Mamiq Sahnan|Bupati Lotim} {tolong|mohon} turun langsung, korban Pasar Aikmel {butuh biaya|kebanyakan pedagang kecil}",
        "IGD RSUD Selong {penuh|rame bgt}, {keluarga korban berdatangan|polisi jaga di depan}",
        "Sopir truk {kabur|dikejar warga|sudah diamankan polisi}? {ada yg tau|infonya simpang siur}",
        "Ibu {sy} {selamat|cuma luka ringan} alhamdulillah, tapi {teman jualannya|Inaq sebelah lapaknya} {meninggal|kritis} {😭}",
        "Kecelakaan Pasar Aikmel: {korban luka dibawa ke Puskesmas Aikmel dan RSUD Selong|ambulans bolak balik dari tadi}, {semoga cepat tertangani|doakan}",
    ]
    p2_ig = ["Turut berduka untuk korban kecelakaan truk di Pasar Aikmel, Lombok Timur. {Semoga keluarga diberi ketabahan|Al-fatihah}",
             "Suasana Pasar Aikmel siang ini usai truk rem blong menabrak lapak pedagang. {Pasar ditutup|Garis polisi terpasang} #PasarAikmel"]
    rep2 = rep1 + ["semoga sopirnya dihukum berat", "ODOL lagi ODOL lagi", "ya Allah semoga khusnul khotimah",
                   "yg gol darah O sy siap", "RSUD Selong sudah siaga?", "turut berduka semeton Aikmel",
                   "pemda harus tanggung biaya korban", "jangan asal nyalahin dulu, tunggu polisi"]
    yt_t = ["Detik-detik truk rem blong tabrak Pasar Aikmel Lombok Timur", "KECELAKAAN MAUT PASAR AIKMEL LOTIM, 4 ORANG MENINGGAL",
            "Suasana duka Pasar Aikmel usai ditabrak truk sayur"]
    wave(sc, E, T + 40, T + 300, 125, {"*": p2, "instagram": p2_ig, "tiktok": p1_tt + p2_ig, "yt_title": yt_t},
         chan_w={"x": 33, "facebook": 40, "tiktok": 12, "instagram": 10, "youtube": 5}, shape="peak",
         diurnal=0.3, viral=3, mood=["sad", "angry", "alarm"], caps_p=0.06, replies=rep2, reply_p=0.3,
         rt_p=0.3, tags=tags, tag_p=0.3, tag="victims")

    N = sc.national_outlets
    L = sc.local_outlets
    sc.news(L[0], T + 55, "Truk Rem Blong Tabrak Lapak Pedagang di Pasar Aikmel, Sejumlah Warga Jadi Korban", [
        "Sebuah truk bermuatan sayur diduga mengalami rem blong dan menabrak sejumlah lapak pedagang di depan Pasar Aikmel, Kecamatan Aikmel, Lombok Timur, Senin (12/5/2025) pagi. Sejumlah warga yang tengah berbelanja dan berjualan dilaporkan menjadi korban.",
        "Menurut keterangan warga di lokasi, truk datang dari arah Sembalun dan melaju kencang di jalan menurun sebelum menghantam deretan lapak di pinggir jalan. \"Sopirnya sempat membunyikan klakson terus, lalu truk masuk ke lapak ibu-ibu yang jualan sayur,\" kata Muliadi, seorang tukang ojek.",
        "Para korban dievakuasi warga ke Puskesmas Aikmel dan RSUD dr. R. Soedjono Selong. Hingga berita ini ditulis, jumlah korban belum dapat dipastikan. Arus lalu lintas di jalur Masbagik–Aikmel sempat lumpuh.",
    ], event=E, viral=3)
    sc.news(L[1], T + 105, "Kecelakaan Truk di Pasar Aikmel: Tiga Orang Tewas, Belasan Luka-luka", [
        "Kecelakaan lalu lintas yang melibatkan truk bermuatan kol dan kentang di Pasar Aikmel, Lombok Timur, menewaskan tiga orang. Belasan lainnya mengalami luka-luka dan dirawat di sejumlah fasilitas kesehatan.",
        "Kasat Lantas Polres Lombok Timur membenarkan kejadian tersebut. \"Data sementara tiga orang meninggal dunia di lokasi, korban luka masih kami data karena dibawa ke beberapa tempat,\" ujarnya saat dikonfirmasi di lokasi.",
        "Dua dari korban meninggal merupakan pedagang sayur, sedangkan satu lainnya pengendara sepeda motor yang melintas. Sopir truk berinisial HS (36), warga Sembalun, disebut ikut terluka dan kini dalam pengawasan polisi.",
        "Polisi telah memasang garis polisi di lokasi dan mengevakuasi truk. Pasar Aikmel ditutup sementara.",
    ], event=E, viral=4, tag="victims")
    sc.add("x", T + 128, "Satlantas Polres Lombok Timur menangani kecelakaan lalu lintas di depan Pasar Aikmel pagi ini. Korban meninggal dunia 3 orang, luka-luka 14 orang (data sementara). Sopir truk telah diamankan. Masyarakat diimbau tidak menyebarkan foto/video korban. #PolresLotim",
           polres, event=E, viral=6, tag="victims")
    official(sc, E, T + 150, "Pemerintah Kabupaten Lombok Timur menyampaikan duka cita yang mendalam atas musibah kecelakaan lalu lintas di Pasar Aikmel pagi ini. Bupati Lombok Timur telah memerintahkan RSUD dr. R. Soedjono Selong dan puskesmas untuk menangani seluruh korban tanpa dipungut biaya. Keluarga yang mencari informasi korban dapat menghubungi posko di IGD RSUD Selong. #LombokTimur", tag="victims", viral=6)
    official(sc, E, T + 152, "Duka mendalam untuk korban kecelakaan di Pasar Aikmel. Seluruh biaya perawatan korban ditanggung Pemkab Lombok Timur. Posko informasi korban: IGD RSUD dr. R. Soedjono Selong.", ch="instagram", viral=5)
    sc.news(N[0], T + 215, "Truk Bermuatan Sayur Tabrak Pasar di Lombok Timur, 4 Orang Tewas", [
        "Sebuah truk bermuatan sayur menabrak lapak pedagang di Pasar Aikmel, Kabupaten Lombok Timur, Nusa Tenggara Barat, Senin (12/5/2025). Empat orang dilaporkan meninggal dunia dan 16 lainnya luka-luka.",
        "Kapolres Lombok Timur mengatakan truk diduga mengalami rem blong saat melintas di jalan menurun dari arah Sembalun menuju Aikmel. \"Sopir sudah kami amankan dan sedang dimintai keterangan. Kami juga akan memeriksa kondisi kendaraan dan muatannya,\" ujarnya.",
        "Korban luka dirawat di RSUD dr. R. Soedjono Selong dan Puskesmas Aikmel. Tujuh di antaranya disebut mengalami luka berat.",
        "Jalur Sembalun–Aikmel merupakan jalur distribusi sayur dari kawasan dataran tinggi Sembalun ke pasar-pasar di Pulau Lombok dan kerap dilalui truk bermuatan berat.",
    ], event=E, viral=6, tag="victims")
    sc.news(L[0], T + 250, "Bupati Lotim Jenguk Korban Kecelakaan Pasar Aikmel, Biaya Pengobatan Ditanggung Pemda", [
        "Bupati Lombok Timur H. Lalu Sahnan Wiradipa menjenguk korban kecelakaan truk di Pasar Aikmel yang dirawat di RSUD dr. R. Soedjono Selong, Senin siang. Ia didampingi Sekda dan Kepala Dinas Kesehatan.",
        "\"Saya minta semua korban ditangani sebaik-baiknya. Biaya pengobatan ditanggung pemerintah daerah, keluarga tidak perlu khawatir,\" kata Lalu Sahnan di sela kunjungannya.",
        "Bupati juga menyatakan akan meminta Dinas Perhubungan mengevaluasi jam operasional truk bermuatan berat yang melintas di kawasan pasar. Data RSUD mencatat empat korban meninggal dan 16 korban luka, tujuh di antaranya luka berat.",
    ], event=E, viral=4, tag="victims")
    sc.news(N[1], T + 300, "Detik-detik Truk Rem Blong Hantam Pasar Aikmel Lombok Timur, Warga: Sopir Sempat Teriak", [
        "Kecelakaan maut terjadi di Pasar Aikmel, Lombok Timur, NTB. Truk yang mengangkut kol dan kentang dari Sembalun menabrak lapak pedagang dan pengendara motor, menewaskan empat orang.",
        "Warga yang berada di lokasi menuturkan, sopir sempat berteriak meminta orang-orang menyingkir. \"Truknya sudah tidak bisa dikendalikan. Kami lari, tapi ibu-ibu di lapak paling depan tidak sempat,\" kata seorang pedagang.",
        "Video detik-detik kejadian beredar luas di media sosial. Polisi mengimbau masyarakat tidak menyebarkan rekaman yang memperlihatkan korban.",
    ], event=E, viral=5, tag="victims")

    p3 = [
        "Al-Fatihah untuk {Inaq|Bu|ibu} {korban_nama}, pedagang {sayur|bumbu|ikan} di Pasar Aikmel yg jadi korban truk tadi pagi",
        "Jenazah korban kecelakaan Pasar Aikmel {sudah dipulangkan ke rumah duka|dimakamkan sore ini} di {desa_aik}, {ramai pelayat|suasana duka}",
        "Total {4|empat} meninggal, {16|belasan} luka {kata polisi|menurut berita}. Truk ODOL harus ditertibkan {sapaan}!",
        "Salut sama warga Aikmel yg gotong korban {sebelum ambulans datang|pake pick up}, {semoga jadi amal|luar biasa}",
        "{Pak Bupati|Bupati Lotim} {udah|sudah} jenguk korban di RSUD Selong, {katanya biaya ditanggung pemda|semoga janjinya ditepati}",
        "{sy} {tiap hari|tiap pasaran} lewat turunan itu, truk2 sayur dr Sembalun {ngebut semua|muatannya kelebihan}. {Harus ada jembatan timbang|Uji KIR nya dicek}!",
        "Galang dana untuk keluarga korban Pasar Aikmel {dibuka|sudah terkumpul} {lewat remaja masjid|di posko desa|rekening resmi desa}, mari bantu {sapaan}",
        "Kenapa truk besar {bebas|dibiarkan} lewat jalan pasar jam segitu? {Dishub kemana|Polisi kemana}?",
        "{Innalillahi|Ya Allah}, {salah satu korban|korban yg meninggal} ternyata {guru ngaji di kampung|tetangga {sy}|ibu teman sekolah}",
        "Masih trauma {lihat|denger} kejadian di Pasar Aikmel tadi pagi, {gk bisa tidur|terbayang terus}",
        "Pedagang Pasar Aikmel {bingung|resah}, {pasar ditutup sampai kapan|dagangan rusak semua} setelah kecelakaan truk",
        "Turut berduka {sapaan} Aikmel. Kecelakaan truk ini harus jadi pelajaran, {uji KIR truk sayur|jam lewat truk diatur}",
    ]
    rep3 = ["aamiin ya Allah", "al-fatihah", "semoga diterima di sisi-Nya", "ikut nyumbang, rekeningnya dong",
            "setuju, truk ODOL harus dilarang", "dishub harus tanggung jawab", "yg sabar keluarga korban",
            "ini bukan musibah biasa, ini kelalaian", "kasian pedagang kecil", "pemda jangan cuma janji"]
    wave(sc, E, T + 300, T + 760, 140, {"*": p3, "yt_title": yt_t}, chan_w={"x": 30, "facebook": 45, "instagram": 10, "tiktok": 12, "youtube": 3},
         shape="fall", diurnal=0.7, viral=2.5, mood=["sad", "angry"], replies=rep3, reply_p=0.28, rt_p=0.2,
         tags=tags, tag_p=0.3, tag="victims")
    sc.news(N[2], T + 430, "Kecelakaan Maut di Pasar Aikmel, Truk Diduga Kelebihan Muatan", [
        "Kecelakaan truk yang menewaskan empat orang di Pasar Aikmel, Kabupaten Lombok Timur, kembali menyoroti persoalan kendaraan over dimension over loading (ODOL) di jalur-jalur distribusi pangan di daerah.",
        "Dari pemeriksaan awal, polisi menduga truk membawa muatan melebihi kapasitas saat melintasi jalan menurun dari kawasan Sembalun. Polisi masih menunggu hasil pemeriksaan teknis kendaraan.",
        "Pengamat transportasi menilai pemerintah daerah perlu mengatur jam operasional truk di kawasan pasar tradisional yang berada di tepi jalan utama. \"Pasar di pinggir jalan provinsi dengan turunan panjang itu titik rawan,\" katanya.",
    ], event=E, viral=4)

    # hari kedua
    D2 = 1500
    p4 = [
        "Korban kecelakaan Pasar Aikmel {bertambah jadi 5|jadi lima orang}, {satu korban luka berat meninggal di RSUD Selong|ya Allah}",
        "Sopir truk Pasar Aikmel {resmi tersangka|ditetapkan tersangka}. {Tapi pemilik truk juga harus diperiksa|Semoga adil}",
        "DPRD Lotim {minta|desak} jalur Sembalun–Aikmel dievaluasi, {telat|dari dulu sudah diusulkan warga}",
        "Pasar Aikmel {masih tutup|mulai dibersihkan} hari ini, pedagang {jualan di pinggir jalan|nunggu kepastian}",
        "{Kemarin kecelakaan, hari ini|Sehari setelah tragedi} truk2 sayur {masih ngebut|tetap lewat} di turunan Aikmel. {Gk ada efek jera|Mana petugasnya?}",
        "Dishub Lotim mau pasang {jembatan timbang portabel|pos pemeriksaan} di jalur Sembalun. {Semoga bukan wacana|Harusnya dari dulu}",
        "Donasi untuk keluarga korban Pasar Aikmel {sudah terkumpul|tembus} {Rp40 juta|Rp60 juta|puluhan juta}, terima kasih {sapaan}",
        "Trauma healing untuk anak2 pedagang korban Pasar Aikmel {digelar|dimulai} hari ini di {desa_aik}",
        "Ramai di grup2 soal siapa yg salah di kecelakaan Pasar Aikmel. {Sopir|Pemilik truk|Pemda} {jangan saling lempar|harus tanggung jawab}",
        "Berita kecelakaan Pasar Aikmel {masuk TV nasional|sampai ke Jakarta}, {semoga jadi perhatian pusat|sedih Lotim dikenal gara2 ini}",
        "Petani Sembalun juga {sedih|berduka}, sopir dan kernet itu {orang kampung sendiri|cuma cari nafkah}. {Jangan hujat keluarganya|Doakan semua}",
    ]
    rep4 = rep3 + ["ODOL itu masalah nasional", "sopir cuma korban sistem", "pemilik truknya siapa?", "semoga pasar cepat buka"]
    wave(sc, E, D2, D2 + 960, 150, {"*": p4, "yt_title": yt_t + ["Sopir truk maut Pasar Aikmel jadi tersangka, ini kata polisi"]}, chan_w={"x": 32, "facebook": 42, "instagram": 10, "tiktok": 11, "youtube": 5},
         shape="peak", diurnal=0.85, viral=2, mood=["sad", "angry", "neutral"], replies=rep4, reply_p=0.25,
         rt_p=0.15, tags=tags, tag_p=0.25, tag="victims")
    sc.news(L[0], D2 + 150, "Korban Tewas Kecelakaan Pasar Aikmel Bertambah Jadi Lima Orang", [
        "Jumlah korban meninggal dunia akibat kecelakaan truk di Pasar Aikmel, Lombok Timur, bertambah menjadi lima orang. Seorang korban luka berat meninggal dunia saat menjalani perawatan di RSUD dr. R. Soedjono Selong, Selasa (13/5/2025) dini hari.",
        "Direktur RSUD mengatakan korban mengalami cedera kepala berat sejak tiba di IGD. Saat ini masih ada lima pasien yang dirawat intensif, sementara sebagian korban luka ringan sudah dipulangkan.",
        "Pemkab Lombok Timur memastikan seluruh biaya perawatan ditanggung pemerintah daerah dan santunan akan diberikan kepada keluarga korban meninggal.",
    ], event=E, viral=3, tag="victims")
    sc.news(N[0], D2 + 260, "Polisi Tetapkan Sopir Truk Maut Pasar Aikmel Lombok Timur sebagai Tersangka", [
        "Polres Lombok Timur menetapkan sopir truk yang menabrak lapak pedagang di Pasar Aikmel sebagai tersangka. Kecelakaan pada Senin (12/5/2025) itu menewaskan lima orang.",
        "\"Dari hasil olah TKP dan pemeriksaan saksi, kami menetapkan HS sebagai tersangka dengan sangkaan Pasal 310 Undang-Undang Lalu Lintas dan Angkutan Jalan,\" kata Kasat Lantas. Polisi juga memeriksa pemilik kendaraan terkait kelaikan truk.",
        "Hasil pemeriksaan sementara menunjukkan sistem rem truk tidak berfungsi baik dan muatan melebihi kapasitas.",
    ], event=E, viral=4, tag="victims")
    sc.news(L[1], D2 + 330, "DPRD Lotim Minta Jam Operasional Truk di Jalur Sembalun–Aikmel Diatur", [
        "Komisi III DPRD Lombok Timur meminta pemerintah daerah segera mengatur jam operasional truk bermuatan berat di jalur Sembalun–Aikmel menyusul kecelakaan maut di Pasar Aikmel.",
        "\"Kami sudah berkali-kali menerima keluhan warga soal truk yang melaju kencang di turunan itu. Jangan tunggu korban berikutnya,\" kata Ketua Komisi III dalam rapat dengar pendapat bersama Dinas Perhubungan, Selasa.",
        "Kepala Dinas Perhubungan Lombok Timur menyatakan pihaknya akan memasang pos pemeriksaan sementara dan rambu tambahan di sejumlah titik rawan.",
    ], event=E, viral=2)
    official(sc, E, D2 + 420, "Bupati Lombok Timur H. Lalu Sahnan Wiradipa menyerahkan santunan kepada keluarga korban meninggal dunia kecelakaan Pasar Aikmel. Pemkab juga menyiapkan lokasi berjualan sementara bagi pedagang selama pasar dibenahi. #LombokTimur", viral=5, tag="victims")
    sc.news(N[1], D2 + 600, "Kemenhub Soroti Kecelakaan Truk di Pasar Aikmel, Minta Daerah Tertibkan ODOL", [
        "Kementerian Perhubungan menyoroti kecelakaan truk di Pasar Aikmel, Lombok Timur, yang menewaskan lima orang. Kemenhub meminta pemerintah daerah memperketat pengawasan kendaraan angkutan barang di jalur rawan.",
        "Direktur Jenderal Perhubungan Darat menyebut kecelakaan tersebut menambah daftar kecelakaan akibat rem blong dan kelebihan muatan. \"Uji berkala kendaraan wajib dipatuhi, dan pemilik kendaraan juga harus bertanggung jawab,\" ujarnya.",
    ], event=E, viral=3)
    # hari ketiga: mereda
    D3 = 2900
    p5 = [
        "Pasar Aikmel {mulai buka lagi|dibuka kembali} hari ini, {masih sepi|pedagang masih trauma}, {semoga pulih|doakan}",
        "Tiga hari setelah tragedi Pasar Aikmel, {rambu baru dipasang di turunan|ada petugas jaga di turunan}. {Semoga konsisten|Bagus}",
        "Tahlilan {malam ketiga|untuk korban} kecelakaan Pasar Aikmel di {desa_aik}, {semoga husnul khotimah|ramai}",
        "Donasi korban Pasar Aikmel sudah diserahkan ke keluarga, {terima kasih semua|transparan alhamdulillah}",
        "Korban luka Pasar Aikmel yg masih dirawat di RSUD Selong {tinggal sedikit|mulai membaik}, {alhamdulillah|terus doakan}",
    ]
    wave(sc, E, D3, sc.span - 30, 55, {"*": p5}, chan_w={"x": 25, "facebook": 55, "instagram": 10, "tiktok": 10},
         shape="fall", diurnal=0.9, viral=1, mood=["sad", "neutral"], replies=rep3, reply_p=0.15, tags=tags, tag_p=0.2)
    sc.news(L[0], D3 + 200, "Pasar Aikmel Kembali Dibuka, Pedagang Masih Trauma", [
        "Pasar Aikmel, Lombok Timur, kembali dibuka Rabu (14/5/2025) setelah ditutup sejak kecelakaan truk yang menewaskan lima orang. Suasana pasar masih sepi dan sejumlah lapak di bagian depan belum ditempati.",
        "\"Masih terbayang kejadian itu. Tapi kami harus jualan lagi untuk makan,\" kata Herniati, pedagang sayur. Dinas Perhubungan menempatkan petugas dan rambu peringatan di turunan menuju pasar.",
        "Pemkab Lombok Timur menyatakan penataan kawasan depan pasar akan dibahas bersama DPRD dan pemerintah provinsi karena jalur tersebut merupakan jalan provinsi.",
    ], event=E, viral=1.5)

    # ------------------------------------------------- kontrol: viral positif
    C = "bocah-gerabah"
    VT = 150
    sc.slots.update({"nama_bocah": ["Zidan", "adek Zidan", "dek Zidan", "Zidan bocil Masbagik"]})
    gtags = ["#gerabah", "#masbagik", "#lotim", "#gerabahmasbagik", "#fyp", "#bocahviral"]
    g_tt = [
        "Bocil Masbagik bikin gerabah sambil {ngelawak|ngoceh|ceramah} {🤣|😂} {skill nya gak main2|tangannya cepet bgt}",
        "{nama_bocah} lagi {bikin kendi|bikin celengan|muter tanah liat} sambil {nyanyi|ngoceh bahasa Sasak}, {auto senyum|lucu pol}",
        "part {2|3|4}: {nama_bocah} jawab komentar kalian sambil bikin gerabah di Masbagik Timur {🤣}",
    ]
    g_soc = [
        "{Ya ampun|Wkwk} anak kecil dari Masbagik ini {lucu bgt|jago bgt} bikin kendi {sambil nyanyi|sambil ngoceh}, {auto follow|langsung {sy} share}",
        "Gerabah Masbagik {makin dikenal|naik daun} gara2 {nama_bocah}, {bangga jadi orang Lotim|semoga pengrajin makin laris}",
        "Dari Masbagik Timur, {pengrajin cilik|bocah 11 tahun} {yg viral|yg lagi rame} di TikTok, {ditonton jutaan kali|videonya udah 2 juta views}",
        "Pengen beli gerabah buatan {nama_bocah}, {dimana ya alamatnya|bisa kirim ke Mataram gk?|ada yg tau akunnya?}",
        "Anak sekecil itu udah {lestarikan budaya|lestarikan gerabah leluhur}, {salut|merinding}. Masbagik {memang gudangnya gerabah|the best}",
        "{Artis|Influencer} Jakarta ikut repost video bocah gerabah Masbagik, {Lotim go nasional|keren}",
        "Di tengah kabar duka dari Aikmel, {video|senyum} {nama_bocah} dari Masbagik {sedikit menghibur|bikin adem}. Semoga Lotim kuat",
    ]
    grep_ = ["lucu bgt adeknya 🤣", "semoga jadi pengusaha sukses", "bangga sama anak Lotim", "alamatnya dong mau order",
             "wkwk logatnya khas bgt", "bapaknya pasti bangga", "harus diundang bupati ini", "gerabah Masbagik juara"]
    wave(sc, C, VT, VT + 600, 45, {"*": g_soc, "tiktok": g_tt}, chan_w={"tiktok": 40, "x": 20, "facebook": 25, "instagram": 15},
         shape="rise", diurnal=0.9, viral=3, mood=["laugh", "happy"], replies=grep_, reply_p=0.3, rt_p=0.1, tags=gtags, tag_p=0.4)
    wave(sc, C, VT + 600, D2 + 900, 95, {"*": g_soc, "tiktok": g_tt}, chan_w={"tiktok": 35, "x": 22, "facebook": 25, "instagram": 18},
         shape="peak", diurnal=0.9, viral=4, mood=["laugh", "happy"], replies=grep_, reply_p=0.3, rt_p=0.15, tags=gtags, tag_p=0.4)
    sc.news(L[1], D2 + 210, "Bocah Pengrajin Gerabah dari Masbagik Viral, Videonya Ditonton Jutaan Kali", [
        "Seorang bocah berusia 11 tahun asal Desa Masbagik Timur, Kecamatan Masbagik, Lombok Timur, mendadak viral di media sosial. Video dirinya membuat kendi dari tanah liat sambil berceloteh dalam bahasa Sasak ditonton lebih dari dua juta kali.",
        "Zidan, sapaan bocah tersebut, belajar membuat gerabah dari kakek dan ibunya sejak kelas dua SD. \"Saya senang kalau banyak yang mau beli gerabah Masbagik,\" katanya malu-malu saat ditemui di rumahnya.",
        "Sentra gerabah Masbagik Timur dikenal sejak lama sebagai penghasil kerajinan tanah liat. Para perajin berharap momentum ini mendongkrak penjualan yang sempat lesu.",
    ], event=C, viral=2)
    official(sc, C, D2 + 480, "Bupati Lombok Timur mengundang Zidan, pengrajin gerabah cilik dari Masbagik Timur yang videonya viral, ke Pendopo Bupati. Pemkab akan mendukung promosi sentra gerabah Masbagik melalui Dekranasda. #LombokTimur #GerabahMasbagik", ch="instagram", viral=5)
    sc.news(N[2], D2 + 700, "Kisah Zidan, Bocah Perajin Gerabah Lombok Timur yang Curi Perhatian Warganet", [
        "Video seorang bocah perajin gerabah asal Masbagik, Lombok Timur, Nusa Tenggara Barat, ramai dibagikan warganet. Dengan cekatan ia memutar tanah liat sambil melontarkan candaan dalam bahasa Sasak.",
        "Bocah bernama Zidan itu kini kebanjiran pesanan. Ibunya mengaku kewalahan melayani pembeli dari luar daerah yang ingin membeli kendi dan celengan buatan anaknya.",
        "Pemerintah Kabupaten Lombok Timur menyatakan akan membantu promosi sentra gerabah Masbagik.",
    ], event=C, viral=2)
    wave(sc, C, D2 + 900, sc.span - 60, 25, {"*": g_soc, "tiktok": g_tt}, chan_w={"tiktok": 40, "facebook": 30, "instagram": 30},
         shape="fall", diurnal=0.9, viral=1.5, mood=["happy"], replies=grep_, reply_p=0.2, tags=gtags, tag_p=0.4)

    base = sc.finish()
    srcs = source_list(sc)
    meta = {
        "title": "Truk rem blong di Pasar Aikmel dan bocah perajin gerabah Masbagik yang viral",
        "kind": "insiden-lokal",
        "step_minutes": 10,
        "office": {
            "name": "Pemkab Lombok Timur", "slug": "lombok-timur", "kind": "kabupaten", "region_code": "52.03",
            "time_zone": "Asia/Makassar",
            "watchlists": [{"name": "Wilayah Lombok Timur",
                            "query": LOTIM["query"]}],
            "key_actors": [
                {"name": "Bupati Lombok Timur", "kind": "pejabat",
                 "aliases": ["H. Lalu Sahnan Wiradipa", "Lalu Sahnan", "Bupati Lotim", "Mamiq Sahnan", "Bupati Sahnan"]},
                {"name": "Sekda Lombok Timur", "kind": "pejabat", "aliases": ["H. Ahmad Zulhaidi", "Sekda Lotim"]},
                {"name": "DPRD Lombok Timur", "kind": "dprd", "aliases": ["DPRD Lotim", "Dewan Lotim"]},
            ],
            "alert_rules": [{"kind": "level_reached", "min_level": "isu"}],
        },
        "sources": srcs,
        "events": [
            {"key": E, "title": "Truk rem blong menabrak lapak pedagang di Pasar Aikmel",
             "expect": expect_from(sc, E, krisis_tag="victims", base=base)},
            {"key": C, "title": "Bocah perajin gerabah Masbagik viral di media sosial", "control": True,
             "max_level": "isu"},
        ],
    }
    return sc, meta


# =========================================================================
# 2. Tuban (Jawa Timur, WIB) — dua insiden terpisah sekaligus
# =========================================================================

TUBAN = {
    "query": "tuban OR bumiwali OR jenu OR merakurak OR kerek OR semanding OR plumpang OR widang OR rengel OR jatirogo OR bancar OR tambakboyo OR parengan OR montong OR singgahan OR bangilan OR palang OR soko OR grabagan OR senori OR kenduruan",
    "kab": "Tuban", "kabs": "Tuban", "kabtag": "Tuban", "ibukota": "Tuban",
    "kec": ["Tuban", "Jenu", "Merakurak", "Kerek", "Semanding", "Palang", "Plumpang", "Widang", "Rengel",
            "Soko", "Montong", "Jatirogo", "Bancar", "Tambakboyo", "Parengan", "Singgahan", "Bangilan"],
    "desa": {"Sumurgeneng": "Jenu", "Wadung": "Jenu", "Rawasan": "Jenu", "Tasikharjo": "Jenu",
             "Kesamben": "Plumpang", "Sumurjalak": "Plumpang", "Glodog": "Palang", "Gesing": "Semanding",
             "Prunggahan Kulon": "Semanding", "Tegalrejo": "Merakurak", "Margomulyo": "Kerek",
             "Sawahan": "Rengel", "Pabeyan": "Tambakboyo", "Bangilan": "Bangilan", "Jatisari": "Jatirogo"},
    "jalan": ["jalan Daendels Tuban–Lamongan", "Jl. Basuki Rahmat Tuban", "jalan raya Jenu", "jalan poros Kerek",
              "jalan raya Widang", "Jl. Sunan Kalijaga Tuban", "jalan provinsi Tuban–Bojonegoro", "jalan desa di Montong"],
    "pasar": ["Pasar Baru Tuban", "Pasar Jenu", "Pasar Rengel", "Pasar Jatirogo", "Pasar Bangilan", "Pasar Merakurak"],
    "simpang": ["perempatan Bank Jatim Tuban", "pertigaan Jenu", "simpang Semanding", "perempatan Widang"],
    "tempat": ["alun-alun Tuban", "GOR Rangga Jaya Anoraga Tuban", "Taman Sleko Tuban", "lapangan desa di Soko",
               "Pantai Boom Tuban", "stadion Lokajaya Tuban"],
    "wisata": ["Pantai Boom Tuban", "Goa Akbar Tuban", "Air Terjun Nglirip Singgahan", "Pemandian Bektiharjo Semanding",
               "Pantai Kelapa Panyuran Palang", "makam Sunan Bonang Tuban"],
    "kuliner": ["legen", "kare rajungan", "becek menthok", "ampo", "sate bekul", "es dawet siwalan", "belut goreng Jenu"],
    "masjid": ["Masjid Agung Tuban", "langgar kampung di Palang", "masjid desa di Rengel", "Ponpes di Montong",
               "musala di Jenu"],
    "sekolah": ["SMAN 1 Tuban", "SMPN 1 Jenu", "MAN 1 Tuban", "SMKN 1 Tuban", "SDN Sumurgeneng Jenu", "SMAN 1 Rengel",
                "MTs Negeri Plumpang"],
    "klub": ["Persatu Tuban", "Persatu", "tim Porkab Tuban"],
    "lawan": ["Persela Lamongan", "Persibo Bojonegoro", "Gresik United", "PSIR Rembang", "Persik Kediri U-20"],
    "sapaan": ["lur", "dulur", "gaes", "rek", "lur Tuban", "sedulur"],
    "sy": ["aku", "saya", "sy", "aq", "aku"],
    "gk": ["gak", "ora", "ndak", "nggak", "ga"],
    "harga": {"cabai rawit": (30000, 70000, "kg"), "bawang merah": (26000, 42000, "kg"), "beras medium": (12000, 13800, "kg"),
              "telur ayam": (24500, 28500, "kg"), "daging ayam": (32000, 38000, "kg"), "ikan tongkol": (25000, 38000, "kg"),
              "gula pasir": (17000, 18500, "kg")},
    "panen": {"gabah": (5800, 6900, "kg"), "jagung": (4200, 5600, "kg"), "tembakau": (30000, 48000, "kg"),
              "kacang tanah": (9000, 14000, "kg"), "siwalan": (1500, 3000, "biji")},
    "bupati_short": ["Ratna Kusumawardani", "Hj. Ratna Kusumawardani"], "bupati_short_title": ["Bupati Ratna", "Bupati Tuban"],
    "sekda_short": ["Bambang Setyo Wibowo", "Drs. Bambang Setyo Wibowo"],
    "first": ["Slamet", "Sri", "Wahyu", "Dwi", "Agus", "Siti", "Eko", "Rini", "Bambang", "Puji", "Sugeng", "Suwarni",
              "Mulyono", "Kasiyan", "Tri", "Endah", "Nanang", "Lilik", "Yuli", "Rohmat", "Sutrisno", "Umi", "Catur"],
    "last": ["Wibowo", "Santoso", "Prasetyo", "Purnomo", "Rahayu", "Susilo", "Hartono", "Wahyudi", "Setyawan", "Lestari",
             "Kurniawati", "Mahmud", "Anwar", "Zuhri"],
    "bg_reply": ["iyo lur", "bener lur", "jare sopo?", "sip lur", "podo neng kene", "wes biasa", "maturnuwun infone"],
}
TUBAN_EXTRA = [
    ("kereta", "tired", 3, [
        "Palang pintu kereta di {jalan} {lama bgt|macet panjang} nunggu kereta barang, {sabar lur|telat kerja}",
        "Palang perlintasan di dekat {desakec} {rusak|gak nutup}, {hati2 lur|bahaya bgt}",
    ]),
    ("legen", "happy", 4, [
        "Legen seger {pinggir|di} {jalan} {enak pol|pas buat panas2 gini}, {Rp5.000|Rp7.000} sebotol",
        "Nyari legen asli {daerah|sekitar} {lok} sing ora dicampur, {ono|ada} rekomendasi lur?",
        "Ziarah ke makam Sunan Bonang {rame|padat} {rombongan dari luar kota|bus pariwisata parkir sampai jalan}, Tuban {berkah|rame}",
    ]),
    ("debu", "angry", 3, [
        "Debu truk {semen|tambang} di {jalan} {parah|bikin sesak}, {tolong disiram|tutup baknya dong}",
        "Jalan {poros Kerek|ke Merakurak} {bergelombang|rusak} dilewati truk berat tiap hari, {kapan diperbaiki|warga capek}",
    ]),
    ("soko", "neutral", 2, [
        "Petani itu soko guru ekonomi desa, tapi harga {komoditas2} di {lok} {malah anjlok|ora sebanding}",
        "Pemuda {lok} soko guru kampung, ayo {aktif karang taruna|ikut kerja bakti} lur",
    ]),
]


def sc_tuban():
    sc = Scenario("tuban-gas-dan-pungli", tz_hours=7, start=(2025, 7, 8, 5, 0), days=50 / 24, place=TUBAN, sources={})
    sc.local_outlets = [
        outlet("Tuban Terkini", "tubanterkini.example", "TubanTerkini.example", "Tuban", 64000,
               ["Ahmad Zuhri", "Dwi Setyawan", "Rina Kurniawati"]),
        outlet("Radar Bumi Wali", "radarbumiwali.example", "Radar Bumi Wali", "Tuban", 118000,
               ["Nanang Prasetyo", "Lilik Mahmud"], path="read"),
    ]
    sc.national_outlets = [
        outlet("Lintas Nusantara", "lintasnusantara.example", "LintasNusantara.example", "Tuban", 3600000,
               ["Kontributor Tuban", "Redaksi"], path="regional"),
        outlet("Portal Nasional 24", "portal24.example", "Portal24", "Tuban", 2200000, ["Tim Portal24"], path="news"),
    ]
    social_sources(sc, "Tuban", complaint="Pengaduan online Pemkab Tuban")
    setup_common(sc, 850, TUBAN["first"] + PLAIN_FIRST[:20], TUBAN["last"] + PLAIN_LAST[:12],
                 ["tuban", "bumiwali", "jenu", "ronggolawe", "lur", "wong_tuban"],
                 {"x": ("infotubankab", "Info Pemkab Tuban", 22100),
                  "facebook": ("DiskominfoTuban", "Diskominfo Kabupaten Tuban", 74800),
                  "instagram": ("tubankab.info", "Pemkab Tuban", 58300)})
    polres = sc.account("polrestuban_", "Polres Tuban", 41200)
    sc.event_anchors = {"amonia-jenu": [" (Jenu)", " #Jenu", " di Jenu, Tuban", " — Jenu", " #Tuban"],
                        "ott-ptsl-plumpang": [" (Plumpang)", " — Plumpang, Tuban", " #Tuban", " di Plumpang"]}
    background(sc, 430, extra=TUBAN_EXTRA)
    L, N = sc.local_outlets, sc.national_outlets

    # -------------------------------------------------- A: kebocoran amonia
    A = "amonia-jenu"
    TA = 880   # sekitar 19.40 WIB hari pertama
    sc.slots.update({"desa_jenu": ["Remen", "Mentoso", "Rawasan", "Remen", "Mentoso"],
                     "pabrik": ["PT Petro Jenu Mandiri", "pabrik amonia", "pabrik kimia", "pabrik di Jenu"]})
    atags = ["#Jenu", "#Tuban", "#GasBocor", "#amonia", "#TubanDarurat"]
    a1 = [
        "Lur, ada bau {gas|amonia|kayak pesing tajam} nyengat bgt di {desa_jenu} Jenu, {mata perih|napas sesak}. {Ada apa iki?|Pabrik bocor po?}",
        "TOLONG!! warga {desa_jenu} Jenu banyak yg {sesak napas|pingsan|muntah2}, bau gas dari arah pabrik. {Ambulans|Damkar} {tolong cepat|belum datang}",
        "Malam2 disuruh ngungsi ke balai desa, bau gas {nyengat|parah} di Jenu {😷|}",
        "Anak {sy} {muntah|pusing} habis nyium bau gas, {lagi dibawa ke Puskesmas Jenu|otw puskesmas}",
        "{Innalillahi|Ya Allah} Jenu, {pipa|tangki} amonia {bocor|jebol}? Warga {panik|lari ke jalan} bawa anak2",
        "Jalan ke arah Jenu {macet|ditutup}, banyak warga {ngungsi|keluar kampung} pakai motor, {hati2 lur|pakai masker basah}",
        "Yg di Jenu tutup hidung pakai kain basah, {jauhi arah pabrik|ke arah selatan}!! INFO DARI WARGA",
        "MOHON BANTUAN, {mbah|ibu} {sy} di {desa_jenu} {sesak|lemes} gara2 bau gas, {ambulans gak ada|telpon gak diangkat}",
    ]
    a1_tt = ["warga Jenu Tuban panik bau gas menyengat malam ini 😷", "kondisi {desa_jenu} Jenu barusan, warga ngungsi bau gas"]
    arep1 = ["ya Allah semoga gak ada korban", "pabrik apa itu?", "sudah lapor damkar?", "hati2 lur, amonia bahaya",
             "keluargaku di Mentoso, ya Allah", "dari dulu sudah sering bau", "tolong jangan panik, jauhi lokasi",
             "sirene pabrik kok gak bunyi?", "semoga cepet ditangani"]
    wave(sc, A, TA + 2, TA + 80, 45, {"*": a1, "tiktok": a1_tt}, chan_w={"x": 35, "facebook": 40, "tiktok": 15, "instagram": 10},
         shape="early", diurnal=0.1, viral=2, mood=["alarm", "sad"], caps_p=0.12, replies=arep1, reply_p=0.35,
         rt_p=0.3, tags=atags, tag_p=0.25)
    a2 = [
        "Puluhan warga Jenu {dilarikan|dibawa} ke {Puskesmas Jenu|RSUD dr. R. Koesma} {gara2|karena} gas bocor, {IGD penuh|ambulans bolak balik}",
        "Update: {katanya|jare} {40|50|puluhan} org dirawat, {banyak anak2 dan lansia|ada yg dioksigen}. Doakan {sapaan}",
        "Pabrik {amonia|kimia} di Jenu {harus ditutup|harus tanggung jawab}!! Warga jadi korban {terus|lagi}",
        "Posko pengungsian di balai desa {desa_jenu} {butuh|kekurangan} {masker|air minum|selimut|susu anak}, {yg bisa bantu|mohon bantuan}",
        "Kok {sirine|alarm} pabrik {gak bunyi|telat}? Warga tahu sendiri dari baunya. {Parah|Ngeri}",
        "{Bu Bupati|Bupati Ratna} {udah|sudah} di lokasi? {Warga butuh kepastian|Kapan bisa pulang?}",
        "Polisi dan damkar sudah {di lokasi|sterilkan area}, warga {dilarang|belum boleh} balik ke rumah",
        "Pipa amonia di {pabrik} {bocor|rusak}, infonya {dari karyawan|dari teman yg kerja di sana}",
        "{sy} di RSUD Koesma, {pasien sesak napas|anak2 pakai masker oksigen} {banyak bgt|dijejer di lorong}",
        "Tetanggaku {3 orang|sekeluarga} {dirawat|diinfus} di Puskesmas Jenu, {bau gasnya masuk rumah|lagi tidur pas kejadian}",
        "Jenu malam ini {mencekam|kayak kota mati}, {warga di pinggir jalan|anak2 nangis}. Semoga cepat {aman|teratasi}",
    ]
    a2_yt = ["Kebocoran gas di Jenu Tuban, warga dievakuasi malam hari", "DETIK-DETIK WARGA JENU TUBAN MENGUNGSI KARENA BAU GAS"]
    arep2 = arep1 + ["pabriknya harus diaudit", "semoga anak2 cepat pulih", "aku siap antar air ke posko", "perusahaan wajib tanggung biaya",
                     "jangan sebar hoaks ya, tunggu info resmi", "ngeri lur"]
    wave(sc, A, TA + 50, TA + 320, 115, {"*": a2, "tiktok": a1_tt + a2[:3], "yt_title": a2_yt},
         chan_w={"x": 34, "facebook": 40, "tiktok": 12, "instagram": 9, "youtube": 5}, shape="peak", diurnal=0.35,
         viral=3, mood=["sad", "angry", "alarm"], replies=arep2, reply_p=0.3, rt_p=0.25, tags=atags, tag_p=0.3, tag="victims")
    sc.news(L[0], TA + 70, "Bau Gas Menyengat di Jenu, Puluhan Warga Dilarikan ke Puskesmas", [
        "Puluhan warga Desa Remen dan Mentoso, Kecamatan Jenu, Kabupaten Tuban, dilarikan ke Puskesmas Jenu setelah menghirup bau gas menyengat, Selasa (8/7/2025) malam. Sebagian besar mengeluh sesak napas, pusing, dan mual.",
        "Bau diduga berasal dari kebocoran pipa di area pabrik milik PT Petro Jenu Mandiri. \"Baunya seperti pesing tapi tajam sekali, mata langsung perih,\" kata Suwarni, warga Remen, yang mengungsi bersama dua anaknya ke balai desa.",
        "Petugas pemadam kebakaran dan kepolisian telah berada di lokasi. Warga di radius sekitar satu kilometer diminta menjauh sementara waktu.",
    ], event=A, viral=3, tag="victims")
    sc.news(L[1], TA + 125, "Diduga Amonia Bocor, Warga Jenu Mengungsi ke Balai Desa", [
        "Ratusan warga di sekitar kawasan industri Jenu, Tuban, mengungsi ke balai desa dan masjid setelah muncul bau menyengat yang diduga berasal dari kebocoran amonia, Selasa malam.",
        "Kapolsek Jenu mengatakan petugas telah menyisir permukiman untuk memastikan tidak ada warga yang terjebak di rumah. \"Kami minta warga tetap di posko sampai dinyatakan aman,\" ujarnya.",
        "Data sementara Dinas Kesehatan mencatat 46 warga mendapat perawatan di Puskesmas Jenu dan RSUD dr. R. Koesma Tuban. Belum ada keterangan resmi dari pihak perusahaan.",
    ], event=A, viral=3, tag="victims")
    official(sc, A, TA + 140, "Pemkab Tuban telah membuka posko di Balai Desa Remen dan Mentoso, Kec. Jenu. Warga yang mengalami sesak napas, pusing atau mual segera ke Puskesmas Jenu atau RSUD dr. R. Koesma; seluruh biaya perawatan ditanggung. Warga diminta tetap di posko hingga area dinyatakan aman. #Tuban", viral=6, tag="victims")
    sc.add("x", TA + 150, "Polres Tuban bersama Damkar dan BPBD melakukan sterilisasi area terdampak bau gas di Kec. Jenu. Warga diimbau tidak kembali ke rumah sebelum ada pemberitahuan petugas dan tidak menyebarkan informasi yang belum jelas sumbernya.", polres, event=A, viral=5, tag="victims")
    sc.news(N[0], TA + 175, "Diduga Kebocoran Amonia di Tuban, Puluhan Warga Dilarikan ke Rumah Sakit", [
        "Puluhan warga Kecamatan Jenu, Kabupaten Tuban, Jawa Timur, dilarikan ke puskesmas dan rumah sakit setelah menghirup gas yang diduga amonia dari sebuah pabrik, Selasa (8/7/2025) malam.",
        "Warga mengeluhkan sesak napas, mual, dan mata perih. Sebagian besar korban adalah anak-anak dan lansia. Ratusan warga mengungsi ke balai desa.",
        "Kepala Pelaksana BPBD Tuban menyebut petugas masih menutup sumber kebocoran bersama tim perusahaan. \"Konsentrasi gas di permukiman terus kami pantau,\" katanya.",
    ], event=A, viral=5, tag="victims")
    a3 = ["{Gk|Gak} bisa tidur, masih di posko balai desa {desa_jenu}, {anak2 baru merem|bau masih kecium dikit}",
          "Jam segini masih {nungguin|jaga} {adik|bapak} di IGD RSUD Koesma {😔}, semoga cepat pulih",
          "Terima kasih relawan dan damkar yg masih jaga di Jenu malam ini {🙏}",
          "Kapan warga {desa_jenu} boleh pulang? {Belum ada info|Katanya nunggu pengukuran gas}"]
    wave(sc, A, TA + 320, TA + 620, 22, {"*": a3}, chan_w={"x": 45, "facebook": 45, "instagram": 10}, shape="fall",
         diurnal=0.2, viral=1, mood=["sad", "tired"], replies=arep2, reply_p=0.2, tags=atags, tag_p=0.2, tag="victims")
    D2 = 1500  # hari kedua 06.00
    a4 = [
        "Korban gas bocor Jenu {jadi|tembus} {73|70an} orang, {19|belasan} {masih|masih harus} dirawat. {Ini bukan main2|Pabrik harus tanggung jawab}",
        "Perusahaan minta maaf, tapi warga {desa_jenu} {butuh|minta} {jaminan gak terulang|relokasi|kompensasi}, bukan cuma maaf",
        "DLH dan {Gakkum|tim provinsi} {turun|periksa} pabrik di Jenu hari ini, {hasilnya harus diumumkan|jangan ditutup2i}",
        "Bupati Ratna {jenguk|datangi} korban gas di RSUD Koesma, {semoga ada tindakan tegas|jangan cuma foto2}",
        "DPRD Tuban {panggil|mau panggil} {pabrik|perusahaan} soal kebocoran amonia di Jenu. {Kawal lur|Semoga serius}",
        "Warga Jenu {demo kecil|kumpul} di depan gerbang pabrik pagi ini, {tuntut tanggung jawab|minta pabrik berhenti operasi}",
        "Anak {sy} {udah pulang|masih dirawat} dari Puskesmas Jenu, {alhamdulillah|doakan} {sapaan}",
        "Kebocoran amonia Jenu {masuk berita nasional|viral}, Tuban {jadi sorotan|dibahas di mana2}",
        "Sekolah di {desa_jenu} {diliburkan|masuk siang} hari ini gara2 kejadian gas semalam",
        "Sejak ada pabrik di Jenu {warga sudah sering|berkali2} cium bau aneh, {baru sekarang|akhirnya} ada korban banyak. {Telat|Miris}",
        "Pertanyaan {sy}: izin lingkungan {pabrik|PT Petro Jenu Mandiri} itu {siapa yg cek|masih berlaku gak}?",
    ]
    arep4 = arep2 + ["kawal sampai tuntas", "kompensasi harus jelas", "izin pabriknya dicek ulang", "semoga cepat sembuh semua"]
    wave(sc, A, D2, D2 + 960, 165, {"*": a4, "yt_title": a2_yt + ["Pabrik di Jenu Tuban minta maaf, warga tuntut kompensasi"]},
         chan_w={"x": 33, "facebook": 42, "instagram": 10, "tiktok": 10, "youtube": 5}, shape="peak", diurnal=0.85, viral=2,
         mood=["angry", "sad", "neutral"], replies=arep4, reply_p=0.25, rt_p=0.15, tags=atags, tag_p=0.3, tag="victims")
    sc.news(L[0], D2 + 120, "73 Warga Jenu Jadi Korban Kebocoran Amonia, 19 Masih Dirawat", [
        "Jumlah warga yang mendapat perawatan akibat kebocoran gas amonia di Kecamatan Jenu, Tuban, bertambah menjadi 73 orang. Sebanyak 19 di antaranya masih menjalani rawat inap, termasuk dua anak yang sempat mendapat perawatan intensif.",
        "Kepala Dinas Kesehatan Tuban mengatakan kondisi sebagian besar pasien membaik. \"Yang masih dirawat umumnya anak-anak dan lansia dengan keluhan sesak,\" ujarnya, Rabu (9/7/2025).",
        "Warga yang mengungsi sudah diperbolehkan pulang pagi ini setelah pengukuran kualitas udara menunjukkan kadar amonia di permukiman kembali normal.",
    ], event=A, viral=3, tag="victims")
    sc.news(N[1], D2 + 200, "Pabrik di Tuban Minta Maaf Usai 73 Warga Keracunan Gas Amonia", [
        "Manajemen PT Petro Jenu Mandiri meminta maaf kepada warga Kecamatan Jenu, Tuban, Jawa Timur, atas kebocoran gas amonia yang membuat 73 orang harus dirawat.",
        "Dalam keterangannya, perusahaan menyebut kebocoran terjadi pada sambungan pipa saat proses pemeliharaan. Perusahaan berjanji menanggung seluruh biaya pengobatan dan mengevaluasi prosedur keselamatan.",
        "Bupati Tuban Ratna Kusumawardani meminta perusahaan menghentikan sementara unit yang bocor sampai hasil pemeriksaan Dinas Lingkungan Hidup keluar. \"Keselamatan warga nomor satu,\" tegasnya.",
    ], event=A, viral=4, tag="victims")
    official(sc, A, D2 + 260, "Bupati Tuban Hj. Ratna Kusumawardani menjenguk warga Jenu yang dirawat di RSUD dr. R. Koesma dan meminta perusahaan menghentikan sementara unit yang bocor hingga pemeriksaan DLH selesai. Biaya perawatan seluruh korban dijamin. #Tuban", ch="instagram", viral=5)
    sc.news(L[1], D2 + 420, "DPRD Tuban Panggil Perusahaan dan DLH soal Kebocoran Amonia di Jenu", [
        "Komisi C DPRD Tuban akan memanggil manajemen PT Petro Jenu Mandiri dan Dinas Lingkungan Hidup untuk meminta penjelasan soal kebocoran amonia di Jenu.",
        "\"Kami ingin tahu apakah sistem peringatan dini perusahaan berfungsi. Warga mengaku tidak mendengar sirene,\" kata Ketua Komisi C. Dewan juga meminta hak warga atas kompensasi dipenuhi.",
        "Sementara itu, sejumlah warga berkumpul di depan gerbang pabrik menuntut jaminan kejadian serupa tidak terulang. Aksi berlangsung tertib dan dijaga aparat.",
    ], event=A, viral=2)
    sc.news(N[0], D2 + 640, "KLHK Turunkan Tim Periksa Kebocoran Amonia di Tuban", [
        "Tim dari kementerian yang membidangi lingkungan hidup diterjunkan ke Tuban, Jawa Timur, untuk memeriksa kebocoran amonia di Kecamatan Jenu yang membuat puluhan warga dirawat.",
        "Pemeriksaan mencakup dokumen lingkungan, prosedur tanggap darurat, dan sistem peringatan dini perusahaan. Sanksi administratif hingga pidana dapat dijatuhkan bila ditemukan pelanggaran.",
        "Sebanyak 73 warga sempat mendapat perawatan akibat kebocoran itu. Pemerintah Kabupaten Tuban meminta perusahaan menghentikan sementara unit yang bocor hingga pemeriksaan selesai.",
    ], event=A, viral=3)
    a5 = ["Warga {desa_jenu} sudah pulang ke rumah, {tapi masih was2|anak2 masih batuk2}",
          "Korban gas Jenu yg dirawat {tinggal sedikit|sudah banyak yg pulang}, alhamdulillah",
          "Pelajaran dari Jenu: {sirene harus jalan|warga harus dilatih evakuasi}. {Jangan sampai terulang|Semoga pabrik serius}"]
    wave(sc, A, D2 + 1440 - 60, sc.span - 20, 30, {"*": a5}, chan_w={"x": 40, "facebook": 50, "instagram": 10}, shape="fall",
         diurnal=0.9, viral=1, mood=["neutral", "sad"], replies=arep4, reply_p=0.15, tags=atags, tag_p=0.2)

    # ---------------------------------------------------- B: OTT pungli PTSL
    B = "ott-ptsl-plumpang"
    TB = 510  # sekitar 13.30 WIB hari pertama
    btags = ["#Plumpang", "#Tuban", "#PTSL", "#SaberPungli", "#OTT"]
    b1 = [
        "Rame2 di balai desa Kedungrejo Plumpang, {katanya|jare} pak kades {diangkut|dijemput} polisi {😳|}",
        "OTT lagi?? Kades di Plumpang {kena|terjaring} Saber Pungli {soal PTSL|gara2 sertifikat tanah}",
        "Pantes bayar PTSL di desaku {1,5 juta|Rp1.500.000|sejuta lebih}, padahal aturannya cuma {Rp150 ribu|150rb}",
        "Ada mobil polisi di kantor desa Kedungrejo, {warga pada ngumpul|ada yg videoin}. Ada apa {sapaan}?",
    ]
    brep = ["wkwk akhirnya", "pantes sertifikatku gak jadi2", "balikin duit warga!", "desa lain juga dicek dong",
            "jangan dihakimi dulu, asas praduga tak bersalah", "PTSL kan harusnya murah", "kok bisa ya",
            "ini baru satu, yg lain masih banyak", "mantap Saber Pungli", "uangnya buat apa coba"]
    wave(sc, B, TB + 5, TB + 150, 24, {"*": b1}, chan_w={"x": 30, "facebook": 55, "tiktok": 10, "instagram": 5},
         shape="rise", diurnal=0.7, viral=1.5, mood=["laugh", "angry", "neutral"], replies=brep, reply_p=0.3, rt_p=0.2,
         tags=btags, tag_p=0.2)
    sc.news(L[1], TB + 135, "Saber Pungli Polres Tuban OTT Kades di Plumpang Terkait PTSL", [
        "Tim Saber Pungli Polres Tuban melakukan operasi tangkap tangan terhadap Kepala Desa Kedungrejo, Kecamatan Plumpang, Selasa (8/7/2025) siang. Operasi diduga terkait pungutan liar dalam program Pendaftaran Tanah Sistematis Lengkap (PTSL).",
        "Dari lokasi, petugas mengamankan uang tunai dan sejumlah dokumen. \"Benar ada kegiatan penindakan. Detailnya akan kami sampaikan setelah pemeriksaan,\" kata Kasat Reskrim Polres Tuban.",
        "Warga menyebut mereka diminta membayar hingga Rp1,5 juta per bidang, jauh di atas ketentuan biaya persiapan PTSL untuk wilayah Jawa Timur sebesar Rp150 ribu.",
    ], event=B, viral=2)
    b2 = [
        "Kades Kedungrejo Plumpang kena OTT {PTSL|pungli sertifikat}. {Warga sudah lama curiga|Semoga semua terbongkar}",
        "Bayangin {300an|ratusan} bidang x {Rp1,5 juta|sejuta lebih}, {pantes|jadi} {mobilnya baru|rumahnya direnovasi}",
        "{sy} warga Plumpang, {tahun lalu|kemarin} bayar PTSL {Rp1,2 juta|Rp1,5 juta} {tanpa kuitansi|cuma dicatat di buku}. Bisa {minta balik|lapor} gak?",
        "Pungli PTSL {bukan cuma|gak cuma} di Plumpang lur, {desa lain juga|di desaku juga} {bayar mahal|narik 1 juta}",
        "Inspektorat {kemana aja|tidur}? Pungli PTSL {di Plumpang|kades Kedungrejo} {udah jadi rahasia umum|sudah lama}",
        "Salut Saber Pungli Polres Tuban, {lanjutkan|sikat semua}, {jangan tebang pilih|desa lain juga}",
        "Kasihan warga kecil, {ngurus sertifikat|program gratis} malah dipalak kades. {Tuban harus bersih|Malu}",
        "{Berita|Video} OTT kades Plumpang {rame di grup WA|udah nyebar}, {banyak yg syukuran wkwk|warga pada lega}",
    ]
    wave(sc, B, TB + 150, TB + 560, 85, {"*": b2}, chan_w={"x": 30, "facebook": 50, "tiktok": 10, "instagram": 10},
         shape="peak", diurnal=0.8, viral=1.5, mood=["angry", "laugh", "neutral"], replies=brep, reply_p=0.25, rt_p=0.2,
         tags=btags, tag_p=0.25)
    b3 = [
        "Kades Kedungrejo {resmi tersangka|ditetapkan tersangka}, barang bukti {Rp187 juta|187 juta}. {Gila|Wow}",
        "Polisi bilang {312|300an} bidang tanah {kena pungli|ditarik biaya} di Kedungrejo Plumpang. Uang warga {harus kembali|dibalikin gak?}",
        "Plt kades Kedungrejo sudah ditunjuk, {semoga amanah|pelayanan jangan terganggu}",
        "Bupati Ratna {minta|perintahkan} semua kades di Tuban {gak main2|jangan pungli} PTSL. {Buktikan|Awasi bener2}",
        "Sertifikat PTSL warga Kedungrejo {tetap diproses|nasibnya gimana} setelah kades {ditahan|kena OTT}?",
        "Buka posko pengaduan pungli PTSL dong Pemkab Tuban, {banyak desa lain|korban di mana2}",
    ]
    D2B = 1500 + 150   # hari kedua 08.30
    wave(sc, B, D2B, D2B + 480, 70, {"*": b3}, chan_w={"x": 32, "facebook": 50, "instagram": 8, "tiktok": 10},
         shape="early", diurnal=0.85, viral=1.5, mood=["angry", "neutral"], replies=brep, reply_p=0.25, rt_p=0.15,
         tags=btags, tag_p=0.25)
    sc.news(L[0], D2B + 60, "Kades Kedungrejo Ditetapkan Tersangka Pungli PTSL, Barang Bukti Rp187 Juta", [
        "Polres Tuban menetapkan Kepala Desa Kedungrejo, Kecamatan Plumpang, berinisial SH (51) sebagai tersangka pungutan liar program PTSL. Penetapan diumumkan dalam konferensi pers, Rabu (9/7/2025).",
        "Kapolres Tuban mengatakan tersangka diduga memungut Rp1,2 juta hingga Rp1,5 juta per bidang dari 312 bidang tanah peserta PTSL. \"Barang bukti uang tunai Rp187 juta kami sita, sebagian sudah digunakan tersangka,\" ujarnya.",
        "Tersangka dijerat pasal dalam Undang-Undang Pemberantasan Tindak Pidana Korupsi. Polisi masih memeriksa perangkat desa lain yang diduga terlibat.",
    ], event=B, viral=2)
    sc.news(N[1], D2B + 150, "Kades di Tuban Jadi Tersangka Pungli Sertifikat Tanah Rp187 Juta", [
        "Seorang kepala desa di Kabupaten Tuban, Jawa Timur, ditetapkan sebagai tersangka pungutan liar program sertifikasi tanah PTSL dengan barang bukti Rp187 juta.",
        "Polisi menyebut warga diminta membayar hingga sepuluh kali lipat dari biaya resmi. Kasus ini terungkap dari laporan warga kepada tim Saber Pungli.",
        "Program PTSL sendiri ditujukan untuk mempercepat sertifikasi tanah masyarakat dengan biaya persiapan yang ditetapkan lewat surat keputusan bersama tiga menteri. Untuk Jawa-Bali, biaya yang boleh dipungut maksimal Rp150 ribu per bidang.",
    ], event=B, viral=2)
    official(sc, B, D2B + 210, "Pemkab Tuban menghormati proses hukum atas kasus pungli PTSL di Desa Kedungrejo, Kec. Plumpang. Camat Plumpang telah menunjuk Plt Kepala Desa agar pelayanan tetap berjalan. Warga yang dirugikan dapat melapor ke posko pengaduan Inspektorat. #Tuban", viral=4)
    sc.news(L[1], D2B + 330, "DPRD Tuban Minta Inspektorat Audit Biaya PTSL di Semua Desa", [
        "Kasus pungli PTSL di Desa Kedungrejo, Plumpang, mendorong DPRD Tuban meminta Inspektorat mengaudit pungutan PTSL di seluruh desa yang menjadi peserta program tahun ini.",
        "\"Jangan sampai program negara yang mestinya meringankan warga justru jadi ladang pungli,\" kata Wakil Ketua DPRD Tuban. Ia juga meminta uang warga yang disita dikembalikan setelah perkara berkekuatan hukum tetap.",
        "Inspektorat Tuban menyatakan siap menindaklanjuti dan membuka posko pengaduan bagi warga.",
    ], event=B, viral=1.5)
    b4 = ["Semoga kasus Kedungrejo jadi pelajaran kades se-Tuban {sapaan}", "Uang PTSL warga Plumpang kapan dibalikin? {Tunggu putusan katanya|Kawal terus}",
          "Sudah lapor ke posko Inspektorat soal PTSL di desaku, {semoga ditindak|nunggu kabar}"]
    wave(sc, B, D2B + 480, sc.span - 60, 22, {"*": b4}, chan_w={"x": 30, "facebook": 60, "instagram": 10}, shape="fall",
         diurnal=0.9, viral=1, mood=["neutral"], replies=brep, reply_p=0.15, tags=btags, tag_p=0.2)

    base = sc.finish()
    srcs = source_list(sc)
    meta = {
        "title": "Kebocoran gas amonia di Jenu dan OTT pungli PTSL di Plumpang pada hari yang sama",
        "kind": "dua-insiden",
        "step_minutes": 10,
        "office": {
            "name": "Pemkab Tuban", "slug": "tuban", "kind": "kabupaten", "region_code": "35.23",
            "time_zone": "Asia/Jakarta",
            "watchlists": [{"name": "Kabupaten Tuban",
                            "query": TUBAN["query"]}],
            "key_actors": [
                {"name": "Bupati Tuban", "kind": "pejabat",
                 "aliases": ["Hj. Ratna Kusumawardani", "Ratna Kusumawardani", "Bupati Ratna", "Bu Ratna", "Bu Bupati"]},
                {"name": "Sekda Tuban", "kind": "pejabat", "aliases": ["Bambang Setyo Wibowo", "Sekda Kabupaten Tuban"]},
                {"name": "DPRD Tuban", "kind": "dprd", "aliases": ["DPRD Kabupaten Tuban", "Dewan Tuban", "Komisi C DPRD Tuban"]},
            ],
            "alert_rules": [{"kind": "level_reached", "min_level": "isu"}],
        },
        "sources": srcs,
        "events": [
            {"key": A, "title": "Kebocoran gas amonia di Jenu, puluhan warga dirawat",
             "expect": expect_from(sc, A, krisis_tag="victims", base=base)},
            {"key": B, "title": "OTT pungli PTSL Kepala Desa Kedungrejo, Plumpang",
             "expect": expect_from(sc, B, levels=("isu", "kasus"), base=base), "max_level": "kasus"},
        ],
    }
    return sc, meta


# =========================================================================
# 3. Tanah Datar (Sumatera Barat, WIB) — keluhan kebijakan yang membara pelan
# =========================================================================

TANAHDATAR = {
    "query": '"tanah datar" OR tanahdatar OR batusangkar OR pagaruyung OR pariangan OR lintau OR rambatan OR sungayang OR salimpaung OR batipuh OR "sungai tarab" OR "lima kaum" OR "tanjung emas" OR "padang ganting" OR "x koto" OR "luhak nan tuo"',
    "kab": "Tanah Datar", "kabs": "Tanah Datar", "kabtag": "TanahDatar", "ibukota": "Batusangkar",
    "kec": ["Lima Kaum", "Tanjung Emas", "Pariangan", "Rambatan", "Batipuh", "Sungai Tarab", "Salimpaung",
            "Sungayang", "Lintau Buo", "Padang Ganting", "X Koto", "Lintau Buo Utara"],
    "desa": {"Pagaruyung": "Tanjung Emas", "Saruaso": "Tanjung Emas", "Pariangan": "Pariangan", "Tuo Pariangan": "Pariangan",
             "Balimbiang": "Rambatan", "Tabek Patah": "Salimpaung", "Batipuh Baruah": "Batipuh", "Rao-Rao": "Sungai Tarab",
             "Minangkabau": "Sungayang", "Baringin": "Lima Kaum", "Cubadak": "Lima Kaum", "Pandai Sikek": "X Koto",
             "Tapi Selo": "Lintau Buo Utara", "Padang Ganting": "Padang Ganting", "Sumanik": "Salimpaung"},
    "lok": ["{kec}", "{kec}", "{kabs}", "{kab}", "Batusangkar", "Batusangkar", "nagari {desakec}", "{kec}, Tanah Datar"],
    "jalan": ["jalan Batusangkar–Padang Panjang", "jalan raya Lintau", "Jl. Sudirman Batusangkar", "jalan nagari di Rambatan",
              "jalan ke Pariangan", "jalan Sungai Tarab–Salimpaung", "jalan lingkar Batusangkar"],
    "pasar": ["Pasar Batusangkar", "Pasar Lintau", "Pasar Rambatan", "pasa Sungai Tarab", "Pasar Simabur Pariangan"],
    "simpang": ["simpang Pagaruyung", "simpang tigo Batusangkar", "simpang Rambatan", "simpang Piliang Batusangkar"],
    "tempat": ["Lapangan Cindua Mato Batusangkar", "GOR Batusangkar", "Istano Basa Pagaruyung", "Medan Nan Bapaneh Batusangkar",
               "balai adat di Sungayang", "lapangan nagari Rambatan"],
    "wisata": ["Istano Basa Pagaruyung", "Nagari Tuo Pariangan", "Batu Batikam Lima Kaum", "Puncak Pato Lintau",
               "Danau Singkarak dari Batipuh", "kebun kawa daun Tabek Patah Salimpaung"],
    "kuliner": ["kawa daun", "lamang tapai", "palai bada", "sate Batusangkar", "rendang daging", "bika", "pensi",
                "dadiah", "gulai itiak"],
    "masjid": ["Masjid Raya Batusangkar", "surau di Pariangan", "Masjid Tuo Rao-Rao Sungai Tarab", "surau nagari di Lintau",
               "mushala di Rambatan"],
    "sekolah": ["SMAN 1 Batusangkar", "SMPN 1 Batusangkar", "MAN 2 Tanah Datar", "SMKN 1 Batusangkar",
                "SDN 02 Pariangan", "SMAN 1 Lintau Buo", "UIN Mahmud Yunus Batusangkar"],
    "klub": ["PS Tanah Datar", "tim sepak bola Tanah Datar", "Persatuan Sepakbola Batusangkar"],
    "lawan": ["PSP Padang", "PS Padang Panjang", "Persikabbar", "PS Bukittinggi", "PS Solok"],
    "sapaan": ["sanak", "dunsanak", "sanak sadonyo", "uda", "uni", "guys"],
    "sy": ["ambo", "awak", "aku", "saya", "ambo"],
    "gk": ["indak", "ndak", "nggak", "gak", "tidak"],
    "harga": {"cabai merah": (32000, 65000, "kg"), "bawang merah": (28000, 45000, "kg"), "beras solok": (15000, 17500, "kg"),
              "telur ayam": (26000, 30000, "kg"), "daging sapi": (130000, 145000, "kg"), "minyak goreng": (17000, 19500, "liter")},
    "panen": {"gabah": (6000, 7200, "kg"), "karet": (8000, 12000, "kg"), "kopi": (25000, 40000, "kg"),
              "kayu manis": (18000, 30000, "kg"), "bawang": (12000, 20000, "kg")},
    "bupati_short": ["Irwandi", "H. Irwandi Syahputra Dt. Rajo Alam"], "bupati_short_title": ["Bupati Irwandi", "Bupati Tanah Datar"],
    "sekda_short": ["Syafrizal Amir", "H. Syafrizal Amir"],
    "first": ["Rahmat", "Fadli", "Yulia", "Rina", "Afrizal", "Syafrizal", "Erni", "Zulhendri", "Yusnidar", "Asrul", "Desmawati",
              "Fitria", "Rizal", "Hendra", "Nofri", "Yudi", "Elvina", "Irwan", "Nurhayati", "Ridwan", "Yeni", "Mardiah"],
    "last": ["Chaniago", "Piliang", "Koto", "Sikumbang", "Tanjung", "Caniago", "Guci", "Jambak", "Melayu", "Syahputra",
             "Putri", "Saputra", "Effendi", "Yanti"],
    "bg_reply": ["batua tu sanak", "lai bana", "ambo juo", "mantap uda", "baa kaba kampuang?", "ndak tahu ambo"],
}
TD_EXTRA = [
    ("adat", "happy", 6, [
        "Pacu jawi di {desakec} {minggu ko|hari Sabtu}, {rami bana|turis asing banyak}. {Ayo datang sanak|Seru}",
        "Baralek di {desakec}, {randai|talempong} malam ko {rami|sampai larut}",
        "Perantau Tanah Datar {pulang basamo|pulang kampuang} bulan depan, {nagari lah bersiap|rindu kampuang}",
        "Batagak penghulu di {desakec} {hari ko|besok}, {ninik mamak lah bakumpua|rami urang datang}",
    ]),
    ("umum", "neutral", 3, [
        "Cari tanah datar untuak bangun rumah di pinggir kota, {ado info|harganyo baa kini}?",
        "Tanaman rambatan di {lok} {tumbuh subur|lah panjang} musim hujan ko",
        "Duduak di ateh batu gadang di {wisata}, {angin sajuak|pemandangan rancak}",
    ]),
]


def sc_tanahdatar():
    sc = Scenario("tanahdatar-pbb", tz_hours=7, start=(2025, 8, 4, 6, 0), days=14, place=TANAHDATAR, sources={},
                  step_minutes=30)
    sc.local_outlets = [
        outlet("Luhak Nan Tuo Pos", "luhaknantuopos.example", "LuhakNanTuoPos.example", "Batusangkar", 52000,
               ["Yudi Chaniago", "Elvina Putri", "Rizal Koto"]),
        outlet("Padang Kini", "padangkini.example", "PadangKini", "Batusangkar", 185000, ["Nofri Tanjung", "Desk Daerah"],
               path="sumbar"),
    ]
    sc.national_outlets = [
        outlet("Berita Tanah Air", "beritatanahair.example", "BeritaTanahAir.example", "Tanah Datar", 3100000,
               ["Kontributor Sumbar", "Redaksi"], path="daerah"),
        outlet("Indonesia Hari Ini", "indonesiahariini.example", "IHI", "Tanah Datar", 2400000, ["Tim IHI"], path="news"),
    ]
    social_sources(sc, "Tanah Datar", complaint="SP4N-LAPOR! Tanah Datar")
    setup_common(sc, 800, TANAHDATAR["first"] + PLAIN_FIRST[:20], TANAHDATAR["last"] + PLAIN_LAST[:8],
                 ["tanahdatar", "batusangkar", "luhak", "minang", "urangawak", "pagaruyung"],
                 {"x": ("tanahdatarkab", "Pemkab Tanah Datar", 9400),
                  "facebook": ("KominfoTanahDatar", "Diskominfo Tanah Datar", 48700),
                  "instagram": ("pemkab.tanahdatar", "Pemkab Tanah Datar", 36200)})
    sc.event_anchors = {"kenaikan-pbb": [" #TanahDatar", " (Tanah Datar)", " — Batusangkar", " di Tanah Datar", " #PBBTanahDatar #TanahDatar"]}
    background(sc, 590, extra=TD_EXTRA, chan_w={"x": 20, "facebook": 48, "instagram": 16, "tiktok": 13, "youtube": 3})
    L, N = sc.local_outlets, sc.national_outlets

    E = "kenaikan-pbb"
    D = 1440
    sc.slots.update({"nagari": list(TANAHDATAR["desa"]),
                     "lama": ["Rp45 ribu", "Rp60 ribu", "Rp38 ribu", "Rp72 ribu", "Rp110 ribu", "Rp27 ribu"],
                     "baru": ["Rp180 ribu", "Rp210 ribu", "Rp150 ribu", "Rp265 ribu", "Rp390 ribu", "Rp98 ribu"]})
    tags = ["#TolakKenaikanPBB", "#PBBTanahDatar", "#TanahDatar", "#LuhakNanTuo"]
    rep = ["samo di tampek ambo", "ambo juo naiak 3 kali", "baa caro mangaduan?", "awak urang ketek makin susah",
           "tanyo ka wali nagari", "pemda harus jelaskan", "jan diam sanak, suarakan", "pajak untuak apo?",
           "sabar, tunggu penjelasan Bapenda", "naiak bana, indak masuak aka"]
    e1 = [
        "PBB {sawah|rumah|tanah} {sy} di {nagari} naiak dari {lama} jadi {baru}, {baa ko?|manga sabanyak iko?|ini salah cetak kah?}",
        "Baru terima SPPT PBB tahun ini dari wali nagari, {kaget|terkejut} naiknya {3 kali lipat|hampir 4x|300 persen}. {Ada yg sama?|Di tempat sanak gimana?}",
        "Ado nan tahu kenapa PBB di Tanah Datar naik {tinggi bana|drastis} tahun ko?",
        "{Amak|Apak|Mamak} {sy} {bingung|pusing} liat tagihan PBB, {sawah ketek|rumah gadang} tapi pajaknya {gadang|naik jauh}",
    ]
    wave(sc, E, 6 * 60, 3 * D + 600, 22, {"*": e1}, chan_w={"facebook": 65, "x": 15, "instagram": 10, "tiktok": 10},
         shape="rise", diurnal=0.9, viral=0.8, mood=["angry", "tired", "neutral"], replies=rep, reply_p=0.3, tags=tags, tag_p=0.05)
    e2 = e1 + [
        "Ini SPPT PBB {2024 vs 2025|tahun lalu vs tahun ini} di {nagari}, {naiknya gila|silakan nilai sendiri}. Tanah Datar {kenapa jadi gini|pajak mencekik}",
        "Di grup {Info Tanah Datar|Batusangkar Kini|Kaba Luhak Nan Tuo} rame soal PBB naik, {hampir semua nagari|ratusan komentar} ngeluh",
        "Harga {karet|gabah|kayu manis} {turun|anjlok}, PBB malah naik {300%|tiga kali}. {Petani mau makan apa|Awak urang ketek}",
        "Pemkab Tanah Datar {harus jelaskan|tolong jelaskan} dasar kenaikan PBB ini, {jangan diam|warga butuh penjelasan}",
        "Ninik mamak di {nagari} {mulai bicara|sudah rapat} soal PBB naik, {urang kampuang resah|indak sanggup bayar}",
        "{Sy} perantau di {Jakarta|Pekanbaru|Batam}, dikabari {amak|keluarga} PBB rumah di {nagari} naik {3x|jauh}. {Ada apa di Tanah Datar?|Kasihan urang kampuang}",
    ]
    wave(sc, E, 3 * D + 600, 5 * D + 900, 45, {"*": e2}, chan_w={"facebook": 55, "x": 20, "instagram": 12, "tiktok": 13},
         shape="rise", diurnal=0.9, viral=1.2, mood=["angry", "tired"], replies=rep, reply_p=0.3, rt_p=0.1, tags=tags, tag_p=0.2)
    sc.news(L[0], 5 * D + 150, "Warga Tanah Datar Keluhkan Kenaikan PBB hingga 300 Persen", [
        "Sejumlah warga di Kabupaten Tanah Datar mengeluhkan tagihan Pajak Bumi dan Bangunan Perdesaan dan Perkotaan (PBB-P2) tahun 2025 yang naik hingga tiga kali lipat dibanding tahun lalu. Keluhan ramai disampaikan di media sosial sejak SPPT dibagikan melalui wali nagari.",
        "\"Tahun lalu saya bayar Rp60 ribu untuk sawah dan rumah. Sekarang Rp210 ribu. Hasil panen tidak naik,\" kata Desmawati, warga Nagari Rao-Rao, Kecamatan Sungai Tarab.",
        "Hingga Sabtu siang, Badan Pendapatan Daerah (Bapenda) Tanah Datar belum memberikan keterangan resmi. Sejumlah wali nagari mengaku menerima banyak pertanyaan warga.",
    ], event=E, viral=2)
    official(sc, E, 5 * D + 420, "Penjelasan Bapenda Kab. Tanah Datar terkait PBB-P2 tahun 2025: penyesuaian NJOP dilakukan setelah lebih dari 12 tahun tidak diperbarui, sesuai Perda Pajak Daerah. Wajib pajak yang merasa keberatan dapat mengajukan permohonan pengurangan/keringanan melalui wali nagari atau langsung ke kantor Bapenda di Batusangkar. #TanahDatar", viral=3)
    e3 = [
        "Bapenda bilang NJOP {indak|gak} pernah naik 12 tahun, {tapi jangan sekaligus 300%|naikkan bertahap dong}",
        "Formulir keringanan PBB {ribet|harus ke Batusangkar}, {urang tuo di kampung gimana|bolak balik habis ongkos}",
        "Mahasiswa {asal Tanah Datar|UIN Batusangkar} {siap turun|konsolidasi} soal PBB. {Kawal|Hidup mahasiswa}",
        "DPRD Tanah Datar {panggil|akan panggil} Bapenda soal PBB, {semoga berpihak ke rakyat|jangan cuma seremonial}",
        "Penjelasan Bapenda {indak masuak aka|kurang memuaskan}. {Kenapa naik sekaligus?|Yang kaya dan yang miskin sama rata?}",
        "Di {nagari} {antrean|banyak warga} ke kantor wali nagari {urus keberatan PBB|tanya soal PBB}, {wali nagari juga bingung|formulir habis}",
        "PBB naik, {jalan nagari|irigasi sawah} {masih rusak|indak diperbaiki}. Pajak {ka mano|untuak siapa}?",
    ]
    wave(sc, E, 5 * D + 900, 8 * D, 66, {"*": e3, "yt_title": ["Warga Tanah Datar protes PBB naik 300 persen",
                                                               "PENJELASAN BAPENDA TANAH DATAR SOAL PBB NAIK"]},
         chan_w={"facebook": 50, "x": 22, "instagram": 11, "tiktok": 13, "youtube": 4}, shape="rise", diurnal=0.9, viral=1.5,
         mood=["angry", "neutral"], replies=rep, reply_p=0.3, rt_p=0.1, tags=tags, tag_p=0.25)
    sc.news(L[1], 6 * D + 200, "Bapenda Tanah Datar: Kenaikan PBB karena NJOP 12 Tahun Tak Diperbarui", [
        "Badan Pendapatan Daerah Kabupaten Tanah Datar menyebut kenaikan tagihan PBB-P2 tahun ini disebabkan penyesuaian Nilai Jual Objek Pajak (NJOP) yang tidak diperbarui sejak 2013.",
        "\"NJOP lama sudah jauh di bawah harga pasar. Penyesuaian ini amanat perda. Tapi kami buka ruang keberatan dan pengurangan bagi warga yang tidak mampu,\" kata Kepala Bapenda di Batusangkar.",
        "Meski begitu, sejumlah warga menilai kenaikan seharusnya dilakukan bertahap. Beberapa wali nagari juga meminta sosialisasi dilakukan sebelum SPPT dibagikan.",
    ], event=E, viral=1.5)
    sc.news(L[0], 7 * D + 660, "DPRD Tanah Datar Gelar RDP Soal PBB, Dewan Minta Kenaikan Ditunda", [
        "Komisi I DPRD Tanah Datar menggelar rapat dengar pendapat dengan Bapenda terkait kenaikan PBB-P2 yang dikeluhkan warga, Senin (11/8/2025). Rapat dihadiri puluhan perwakilan wali nagari dan mahasiswa.",
        "Sejumlah anggota dewan meminta pemerintah daerah menunda penerapan NJOP baru atau membatasi kenaikan. \"Kondisi ekonomi petani sedang sulit. Kenaikan sebesar ini tidak wajar,\" kata salah seorang anggota Komisi I.",
        "Kepala Bapenda menyatakan akan menyampaikan rekomendasi dewan kepada Bupati. Rapat berakhir tanpa keputusan, dan perwakilan mahasiswa menyatakan akan menggelar aksi damai.",
    ], event=E, viral=2)
    e4 = [
        "RDP DPRD soal PBB {hari ini|tadi}, {anggota dewan minta kenaikan ditunda|hasilnya belum jelas|Bapenda bertahan}",
        "Aliansi Masyarakat Luhak Nan Tuo {ajak|undang} {sanak|dunsanak} {aksi damai|turun} Kamis di kantor bupati. {Damai, tertib|Tanpa anarkis}",
        "Seruan aksi damai tolak kenaikan PBB Tanah Datar: {Kamis 14 Agustus|Kamis ko}, kumpul di {Lapangan Cindua Mato|simpang Pagaruyung} jam 9. {Bawa air minum|Jaga ketertiban}",
        "Semoga aksi PBB {nanti|Kamis} {damai|tertib}, {jangan ditunggangi|jaga nama baik Luhak Nan Tuo}",
        "Bupati Irwandi {kemana|kok diam} soal PBB? {Warga tunggu sikap|Tolong temui rakyat}",
        "{Sy} {ikut|akan ikut} aksi Kamis, {bukan benci pemda|cuma minta keadilan} soal PBB",
    ]
    wave(sc, E, 8 * D, 10 * D, 80, {"*": e4 + e3[:3]}, chan_w={"facebook": 48, "x": 25, "instagram": 12, "tiktok": 15},
         shape="rise", diurnal=0.9, viral=1.8, mood=["angry", "neutral"], replies=rep, reply_p=0.25, rt_p=0.15, tags=tags, tag_p=0.35)
    # hari kesepuluh (Kamis): aksi damai
    DEMO = 10 * D + 180  # 09.00 WIB
    e5 = [
        "{Ribuan|Ratusan} warga sudah kumpul di depan kantor bupati Tanah Datar, {orasi|bawa spanduk} tolak kenaikan PBB",
        "Aksi damai tolak PBB {tertib|berjalan damai}, {ada ibu2 bawa anak|ninik mamak ikut}, {polisi jaga|gak ada ricuh}",
        "{Live|Video} aksi tolak kenaikan PBB di {Pagaruyung|kantor bupati} {rame bgt|lautan massa}",
        "Bupati Irwandi {temui|keluar temui} massa aksi, {janji evaluasi|janji kaji ulang} kenaikan PBB",
        "Massa {membubarkan diri|pulang} dengan tertib setelah {ditemui bupati|ada kesepakatan}, {salut|sampah dipungut lagi}",
        "Orasi {mahasiswa|perwakilan petani} {menyentuh|keras}: PBB naik, rakyat menjerit",
        "Jalan ke Pagaruyung {padat|dialihkan} karena aksi PBB, {pengendara cari jalan lain|sabar sanak}",
        "Bangga jo urang Tanah Datar, aksi {ribuan orang|besar} tapi {damai|tertib} {👏}",
    ]
    wave(sc, E, DEMO - 60, DEMO + 420, 100, {"*": e5, "yt_title": ["LIVE aksi damai tolak kenaikan PBB Tanah Datar",
                                                                     "Ribuan warga Tanah Datar demo PBB, bupati temui massa"]},
         chan_w={"facebook": 40, "x": 25, "instagram": 12, "tiktok": 18, "youtube": 5}, shape="peak", diurnal=0.5, viral=3,
         mood=["angry", "happy", "neutral"], replies=rep + ["semoga bupati tepati janji", "tertib, mantap", "hidup rakyat"],
         reply_p=0.3, rt_p=0.2, tags=tags, tag_p=0.4, caps_p=0.05)
    sc.news(L[0], DEMO + 150, "Ribuan Warga Gelar Aksi Damai Tolak Kenaikan PBB di Tanah Datar", [
        "Ribuan warga dari berbagai nagari di Tanah Datar menggelar aksi damai menolak kenaikan PBB-P2 di depan kantor bupati di Pagaruyung, Kamis (14/8/2025). Massa yang tergabung dalam Aliansi Masyarakat Luhak Nan Tuo membawa spanduk dan menyampaikan orasi secara bergantian.",
        "Aksi yang diikuti petani, mahasiswa, dan ninik mamak itu berlangsung tertib dengan pengawalan aparat kepolisian dan Satpol PP. Lalu lintas di sekitar Pagaruyung sempat dialihkan.",
        "Bupati Tanah Datar H. Irwandi Syahputra Dt. Rajo Alam menemui massa dan berjanji mengkaji ulang kenaikan. \"Saya dengar aspirasi masyarakat. Dalam beberapa hari kami umumkan kebijakan keringanan,\" ujarnya di hadapan peserta aksi.",
        "Setelah sekitar tiga jam, massa membubarkan diri dengan tertib.",
    ], event=E, viral=3)
    sc.news(N[0], DEMO + 360, "Warga Tanah Datar Demo Tolak Kenaikan PBB, Bupati Janji Kaji Ulang", [
        "Ribuan warga Kabupaten Tanah Datar, Sumatera Barat, berunjuk rasa menolak kenaikan Pajak Bumi dan Bangunan yang mencapai 300 persen. Aksi berlangsung damai di depan kantor bupati.",
        "Kenaikan tersebut merupakan dampak penyesuaian NJOP yang tidak diperbarui lebih dari satu dekade. Bupati Tanah Datar berjanji mengumumkan kebijakan keringanan dalam waktu dekat.",
        "Protes terhadap kenaikan PBB juga terjadi di sejumlah daerah lain setelah pemerintah daerah menyesuaikan NJOP.",
    ], event=E, viral=2)
    e6 = [
        "Alhamdulillah Bupati Tanah Datar {tunda|batasi} kenaikan PBB, {kenaikan maksimal 25%|tagihan disesuaikan}. {Terima kasih semua yg berjuang|Suara rakyat didengar}",
        "PBB {tetap naik|naik juga} walau {dibatasi 25%|diturunkan}, {masih berat|lumayan lah}",
        "SPPT baru {akan dicetak ulang|dibagikan lagi}? {Yg udah bayar gimana|Uang kelebihan dikembalikan?}",
        "Terima kasih Bupati Irwandi lah mandanga aspirasi {sanak|urang kampuang} soal PBB {🙏}",
        "Keputusan PBB {baru lisan|belum ada Perbup}, {kawal terus|jangan sampai cuma janji}",
    ]
    official(sc, E, 11 * D + 420, "Bupati Tanah Datar menetapkan kebijakan keringanan PBB-P2 tahun 2025: kenaikan tagihan dibatasi paling tinggi 25% dari tahun sebelumnya. SPPT akan diterbitkan ulang melalui wali nagari; wajib pajak yang sudah membayar lebih akan dikompensasikan. #TanahDatar", viral=4)
    official(sc, E, 11 * D + 425, "Kebijakan keringanan PBB-P2 2025: kenaikan paling tinggi 25%. SPPT baru dibagikan melalui wali nagari. Info lengkap di kantor Bapenda Tanah Datar.", ch="instagram", viral=4)
    sc.news(L[1], 11 * D + 520, "Bupati Tanah Datar Batasi Kenaikan PBB Paling Tinggi 25 Persen", [
        "Pemerintah Kabupaten Tanah Datar akhirnya membatasi kenaikan tagihan PBB-P2 tahun 2025 paling tinggi 25 persen dari tagihan tahun sebelumnya. Kebijakan ini diumumkan Bupati seminggu setelah keluhan warga ramai.",
        "\"Penyesuaian NJOP tetap berjalan, tapi bebannya kami atur bertahap agar tidak memberatkan,\" kata Bupati. Peraturan bupati tentang keringanan disebut sedang difinalisasi.",
        "Koordinator Aliansi Masyarakat Luhak Nan Tuo menyambut baik keputusan itu, namun meminta peraturan bupati segera diterbitkan.",
    ], event=E, viral=2)
    wave(sc, E, 11 * D + 430, 13 * D, 50, {"*": e6}, chan_w={"facebook": 55, "x": 20, "instagram": 15, "tiktok": 10},
         shape="fall", diurnal=0.9, viral=1.2, mood=["happy", "neutral"], replies=rep, reply_p=0.2, tags=tags, tag_p=0.2)
    wave(sc, E, 13 * D, sc.span - 120, 15, {"*": e6[1:3] + ["SPPT PBB yg baru lah sampai di {nagari}, {alhamdulillah turun|masih naik saketek}"]},
         chan_w={"facebook": 70, "x": 15, "instagram": 15}, shape="fall", diurnal=0.9, viral=0.8, mood=["neutral"],
         replies=rep, reply_p=0.15, tags=tags, tag_p=0.1)

    base = sc.finish()
    srcs = source_list(sc)
    meta = {
        "title": "Kenaikan PBB-P2 di Tanah Datar: keluhan, RDP DPRD, dan aksi damai",
        "kind": "keluhan-kebijakan",
        "step_minutes": 30,
        "office": {
            "name": "Pemkab Tanah Datar", "slug": "tanah-datar", "kind": "kabupaten", "region_code": "13.04",
            "time_zone": "Asia/Jakarta",
            "watchlists": [{"name": "Luhak Tanah Datar",
                            "query": TANAHDATAR["query"]}],
            "key_actors": [
                {"name": "Bupati Tanah Datar", "kind": "pejabat",
                 "aliases": ["H. Irwandi Syahputra Dt. Rajo Alam", "Bupati Irwandi", "Irwandi Syahputra", "Datuak Irwandi"]},
                {"name": "Sekda Tanah Datar", "kind": "pejabat", "aliases": ["H. Syafrizal Amir", "Sekda Syafrizal"]},
                {"name": "DPRD Tanah Datar", "kind": "dprd", "aliases": ["Komisi I DPRD Tanah Datar", "Dewan Tanah Datar"]},
            ],
            "alert_rules": [{"kind": "level_reached", "min_level": "isu"}],
        },
        "sources": srcs,
        "events": [
            {"key": E, "title": "Keluhan kenaikan PBB-P2 2025 dan aksi damai di Pagaruyung",
             "expect": expect_from(sc, E, isu_n=25, isu_authors=18, isu_after=180, kasus_n=70, levels=("isu", "kasus"),
                                   base=base),
             "max_level": "kasus"},
        ],
    }
    return sc, meta


# =========================================================================
# 4. Kabupaten Banjar (Kalimantan Selatan, WITA) — gelombang hoaks + klarifikasi
# =========================================================================

BANJAR = {
    "query": '"kabupaten banjar" OR "kab banjar" OR "pemkab banjar" OR "polres banjar" OR "bupati banjar" OR kabupatenbanjar OR martapura OR gambut OR "sungai tabuk" OR "kertak hanyar" OR astambul OR "karang intan" OR "aluh aluh" OR mataraman OR pengaron OR aranio OR "sungai pinang" OR "beruntung baru" OR sekumpul OR "simpang empat"',
    "kab": "Kabupaten Banjar", "kabs": "Kab. Banjar", "kabtag": "KabupatenBanjar", "ibukota": "Martapura",
    "pemda": "Pemkab Banjar", "pemerintah": "Pemerintah Kabupaten Banjar", "polres": "Polres Banjar",
    "kec": ["Martapura", "Martapura Barat", "Martapura Timur", "Gambut", "Sungai Tabuk", "Kertak Hanyar", "Astambul",
            "Karang Intan", "Aluh Aluh", "Mataraman", "Pengaron", "Aranio", "Sungai Pinang", "Beruntung Baru"],
    "desa": {"Sekumpul": "Martapura", "Cindai Alus": "Martapura", "Sungai Rangas": "Martapura Barat",
             "Tambak Anyar": "Martapura Timur", "Lok Baintan": "Sungai Tabuk", "Pematang Panjang": "Sungai Tabuk",
             "Kertak Hanyar I": "Kertak Hanyar", "Gambut Barat": "Gambut", "Aluh Aluh Besar": "Aluh Aluh",
             "Astambul Kota": "Astambul", "Awang Bangkal": "Karang Intan", "Mataraman": "Mataraman", "Pengaron": "Pengaron"},
    "lok": ["{kec}", "{kec}", "{kec}", "Martapura", "Kabupaten Banjar", "Kab. Banjar", "{desakec}", "Kec. {kec}"],
    "jalan": ["Jl. A. Yani km 35 Martapura", "jalan A. Yani km 14 Gambut", "jalan lingkar Martapura", "Jl. Sekumpul Martapura",
              "jalan Gambut–Aluh Aluh", "jalan Martapura–Astambul", "jalan A. Yani km 9 Kertak Hanyar"],
    "pasar": ["Pasar Martapura", "pasar terapung Lok Baintan", "Pasar Gambut", "Pasar Astambul", "Pasar Kertak Hanyar"],
    "simpang": ["simpang empat Sekumpul Martapura", "simpang empat Gambut", "bundaran Martapura", "simpang Kertak Hanyar"],
    "tempat": ["Taman CBS Martapura", "Stadion Demang Lehman Martapura", "alun-alun Martapura", "lapangan desa di Gambut",
               "halaman Pendopo Martapura"],
    "wisata": ["pasar terapung Lok Baintan", "Waduk Riam Kanan Aranio", "Bukit Matang Kaladan Aranio",
               "Tahura Sultan Adam Karang Intan", "Pendulangan intan di Martapura"],
    "kuliner": ["soto banjar", "nasi kuning Martapura", "bingka", "amparan tatak", "lontong orari", "iwak haruan", "mandai",
                "kakoleh", "pais pisang"],
    "masjid": ["Masjid Agung Al-Karomah Martapura", "Musala Ar-Raudhah Sekumpul Martapura", "langgar di Gambut",
               "masjid di Astambul", "langgar di Sungai Tabuk"],
    "sekolah": ["SMAN 1 Martapura", "MAN 2 Banjar di Martapura", "SMPN 1 Gambut", "SDN Sungai Tabuk 3", "Ponpes Darussalam Martapura",
                "SDN Kertak Hanyar 2"],
    "klub": ["PS Banjar Martapura", "tim Porprov Kab. Banjar"],
    "lawan": ["Persebaru Banjarbaru", "PS Tanah Laut", "Peseban Banjarmasin", "PS Tapin"],
    "sapaan": ["dangsanak", "bubuhan", "sanak", "kawan2", "guys", "dingsanak"],
    "sy": ["ulun", "aku", "saya", "sy", "unda"],
    "gk": ["kada", "gak", "tidak", "kd", "nggak"],
    "harga": {"cabai rawit": (35000, 75000, "kg"), "bawang merah": (30000, 46000, "kg"), "beras unus": (15000, 17500, "kg"),
              "telur ayam": (27000, 31000, "kg"), "ikan haruan": (55000, 75000, "kg"), "gula pasir": (17500, 19000, "kg")},
    "panen": {"padi lokal": (6500, 8000, "kg"), "karet": (8500, 11500, "kg"), "jeruk siam": (7000, 12000, "kg"),
              "pisang": (3000, 6000, "sisir")},
    "bupati_short": ["Rusmadi Noor", "H. Rusmadi Noor"], "bupati_short_title": ["Bupati Rusmadi", "Bupati Banjar"],
    "sekda_short": ["Gusti Syahrani", "Ir. H. Gusti Syahrani"],
    "first": ["Ahmad", "Muhammad", "Gusti", "Anang", "Galuh", "Utuh", "Iyan", "Nor", "Fahrul", "Jumberi", "Khairunnisa", "Rahmah",
              "Aulia", "Siti", "Hj. Mahmudah", "Fitriani", "Rusdiansyah", "Masliani", "Husna", "Bahrul", "Zainal", "Norhasanah"],
    "last": ["Rifani", "Noor", "Hidayat", "Rahmadi", "Ansyari", "Fahmi", "Hasan", "Syarif", "Yani", "Aini", "Fauziah",
             "Arsyad", "Jamani", "Saleh"],
    "bg_reply": ["inggih", "betul banar", "ulun jua", "kada tahu ulun", "mantap dangsanak", "kaya itu pang"],
}
BANJAR_EXTRA = [
    ("religi", "neutral", 6, [
        "Pengajian malam {Minggu|Jumat} di {masjid} {ramai banar|penuh sampai ke jalan}, {semoga berkah|alhamdulillah}",
        "Persiapan haul di Sekumpul Martapura {sudah mulai|ramai relawan}, {jalan dialihkan|parkir diatur}",
        "Maulid habsyi di {desakec} {tadi malam|malam ini}, {kompak banar bubuhan pemuda|syahdu}",
    ]),
    ("umum", "neutral", 4, [
        "Tanam padi di lahan gambut {memang berat|harus pintar atur air}, {pupuk mahal|hasil kada seberapa} dangsanak",
        "Lampu merah simpang empat {dekat rumah|ini} {lama banar|rusak lagi}, {macet|bubuhan pengendara bingung}",
        "Beli intan di Martapura {harus hati2|cari toko langganan}, {banyak yg palsu|minta sertifikat}",
        "Jukung di {pasar} {pagi ini ramai|banyak turis}, {sayur dan buah murah|wadai enak}",
    ]),
]


def sc_banjar():
    sc = Scenario("banjar-hoaks-penculikan", tz_hours=8, start=(2025, 9, 15, 5, 0), days=60 / 24, place=BANJAR, sources={})
    sc.local_outlets = [
        outlet("Kabar Martapura", "kabarmartapura.example", "KabarMartapura.example", "Martapura", 58000,
               ["Anang Rifani", "Galuh Fauziah"]),
        outlet("Banua Hari Ini", "banuahariini.example", "BanuaHariIni", "Martapura", 131000,
               ["Bahrul Arsyad", "Norhasanah", "Desk Kalsel"], path="kalsel"),
    ]
    sc.national_outlets = [
        outlet("Nusantara Daily", "nusantaradaily.example", "Nusantara Daily", "Jakarta", 2900000,
               ["Tim Cek Fakta", "Redaksi"], path="cekfakta"),
        outlet("Jurnal Republik", "jurnalrepublik.example", "JurnalRepublik", "Banjar", 1800000, ["Desk Daerah"], path="daerah"),
        outlet("Kabar Negeri", "kabarnegeri.example", "KabarNegeri.example", "Martapura", 4200000,
               ["Kontributor Kalsel"], path="nusantara"),
    ]
    social_sources(sc, "Kab. Banjar", complaint="Lapor Bupati Banjar (aduan)")
    setup_common(sc, 850, BANJAR["first"] + PLAIN_FIRST[:20], BANJAR["last"] + PLAIN_LAST[:10],
                 ["banjar", "martapura", "urangbanjar", "gambut", "kotaintan", "dangsanak"],
                 {"x": ("kabbanjar_info", "Pemkab Banjar", 12800),
                  "facebook": ("DiskominfoKabBanjar", "Diskominfo Kabupaten Banjar", 66100),
                  "instagram": ("pemkab.banjar", "Pemkab Banjar", 51900)})
    polres = {ch: sc.account(h, "Polres Banjar", f) for ch, h, f in
              (("x", "polresbanjar_", 21400), ("facebook", "PolresBanjarKalsel", 48300), ("instagram", "polres.banjar", 39500))}
    sc.event_anchors = {"hoaks-penculikan": [" (Martapura)", " #KabupatenBanjar", " di Kab. Banjar", " — Gambut", " di Martapura", " (Sungai Tabuk)"]}
    background(sc, 420, extra=BANJAR_EXTRA)
    L, N = sc.local_outlets, sc.national_outlets

    E = "hoaks-penculikan"
    T = 150  # 07.30 WITA, jam antar anak sekolah
    sc.slots.update({
        "mobil": ["Avanza putih", "ambulans putih", "minibus putih", "mobil putih kaca gelap", "Innova putih"],
        "daerah3": ["Martapura, Gambut dan Sungai Tabuk", "Martapura dan Astambul", "Gambut, Kertak Hanyar dan Sungai Tabuk",
                    "Martapura Timur dan Sungai Tabuk", "Kabupaten Banjar"],
        "sumber": ["Info dari grup wali murid", "BC dari grup sebelah", "Copas dari grup", "Dari grup RT", "Kiriman kakak ipar",
                   "Info dari teman suami yg polisi"],
    })
    tags = ["#penculikananak", "#Martapura", "#KabBanjar", "#waspada", "#hoaks", "#cekfakta"]
    fw = [
        "‼️WASPADA‼️ {sumber}: Telah beredar {mobil} tanpa plat di daerah {daerah3} yg {menculik|membawa} anak2 SD. Sudah {2|3|dua} anak hilang di {Sungai Tabuk|Astambul|Gambut}, {organnya diambil|katanya dijual ke luar}. Tolong jaga anak2 kita, jangan biarkan pulang sendiri. SEBARKAN!! 🙏🙏",
        "{sumber}. WASPADA penculikan anak pakai {mobil} di {daerah3}!! Pelaku {pura2 nanya alamat|nawarin permen|ngaku suruhan orang tua}. Sudah ada korban. Demi Allah ini bukan hoax, tolong sebarkan ke grup lain",
        "HATI2 bubuhan {daerah3}, ada {mobil} keliling dekat sekolah, {sudah|ada} anak yg {hilang|dibawa}. {Jemput anak tepat waktu|Jangan lengah}!! SEBARKAN",
        "Info penting untuk orang tua di {daerah3}: {mobil} tanpa plat {menculik anak|incar anak SD}. {Sudah 2 korban|Polisi masih cari}. Tolong share sebanyak2nya 🙏",
    ]
    fw_rep = ["ya Allah takutnya", "makasih infonya, langsung jemput anak", "amit2 jangan sampai", "sudah disebar ke grup keluarga",
              "bener kah ini?", "sumbernya dari mana?", "astagfirullah, jaga anak2 kita", "tadi di sekolah anak ulun juga dibahas",
              "jangan langsung percaya, cek dulu", "ini kayanya hoaks lama", "ya Allah lindungi anak2 kami"]
    # ledakan copas pagi: akun biasa (banyak ibu-ibu di Facebook) meneruskan pesan yang hampir sama
    wave(sc, E, T, T + 240, 85, {"*": fw}, chan_w={"facebook": 60, "x": 18, "instagram": 7, "tiktok": 15}, shape="early",
         diurnal=0.6, viral=2, mood=["alarm", "sad"], replies=fw_rep, reply_p=0.3, rt_p=0.35, tags=tags[:3], tag_p=0.15,
         emoji_p=0.3, extra_tags=False)
    spread = [
        "Anak {sy} {langsung dijemput|gak boleh pulang sendiri} hari ini, katanya ada penculikan di {daerah3}. {Takut banar|Ya Allah}",
        "Grup wali murid {rame|heboh} soal {mobil} penculik anak di Martapura. {Ada yg bisa konfirmasi?|Polisi kok diam?}",
        "{Sy} {liat|lihat} {mobil} lewat depan SD di {desakec} tadi, {jadi parno|langsung lapor satpam}",
        "Sekolah di {desakec} {minta|suruh} orang tua jemput anak {lebih awal|tepat waktu} gara2 isu penculikan",
        "Katanya sudah ada anak hilang di {Sungai Tabuk|Astambul|Gambut}? {Siapa namanya?|Kok gak ada di berita?}",
        "Voice note {ibu2|wali murid} soal penculikan anak di Kab. Banjar {bikin merinding|nyebar ke mana2}",
        "Tolong {bubuhan|dangsanak} jangan {panik|asal share} dulu soal penculikan anak, {tunggu info polisi|cek sumbernya}",
        "Ulun takutan banar, anak ulun SD di {desakec}. {Pian2 ada info resmi kah?|Benar kah ada penculikan?}",
    ]
    spread_tt = ["waspada penculikan anak di Martapura?? {orang tua wajib tahu|tonton sampai habis}",
                 "voice note viral soal mobil putih penculik anak di Kabupaten Banjar {😱}"]
    wave(sc, E, T + 60, T + 330, 100, {"*": spread, "tiktok": spread_tt}, chan_w={"facebook": 50, "x": 25, "instagram": 8, "tiktok": 17},
         shape="peak", diurnal=0.6, viral=2.5, mood=["alarm", "sad", "neutral"], replies=fw_rep, reply_p=0.3, rt_p=0.2,
         tags=tags[:4], tag_p=0.25)
    esc = [
        "Warga {Kertak Hanyar|Gambut} sempat {amankan|tanya2} pria yg {dicurigai penculik|mondar-mandir dekat sekolah}, {ternyata pemulung|ternyata orang nyari alamat}. Jangan main hakim sendiri {dangsanak|bubuhan}!",
        "Gara2 isu penculikan, {seorang bapak|pedagang keliling} di {desakec} {hampir diamuk|diinterogasi} warga. {Kasian|Stop main hakim sendiri}",
        "Polisi {kemana|mana klarifikasinya}? Isu penculikan anak di Kab. Banjar {makin liar|bikin warga curiga sama orang asing}",
        "Ini {makin bahaya|mulai kelewatan}, orang gak bersalah {dicurigai|dikejar} gara2 BC penculikan. {Tolong Polres Banjar|Pemkab Banjar} segera klarifikasi",
    ]
    wave(sc, E, T + 240, T + 420, 38, {"*": esc}, chan_w={"facebook": 50, "x": 35, "tiktok": 10, "instagram": 5}, shape="peak",
         diurnal=0.6, viral=2, mood=["angry", "alarm"], replies=fw_rep, reply_p=0.3, rt_p=0.25, tags=tags[:4], tag_p=0.2)
    sc.news(L[0], T + 330, "Pesan Berantai Penculikan Anak Resahkan Orang Tua di Martapura", [
        "Pesan berantai tentang penculikan anak menggunakan mobil putih tanpa pelat nomor beredar luas di grup WhatsApp dan media sosial warga Kabupaten Banjar sejak Senin (15/9/2025) pagi. Pesan itu menyebut sudah ada anak yang hilang di Sungai Tabuk dan Astambul.",
        "Sejumlah orang tua memilih menjemput anak lebih awal. \"Saya langsung ke sekolah begitu baca pesan itu. Anak-anak juga ketakutan,\" kata Rahmah, warga Martapura.",
        "Beberapa sekolah di Martapura dan Gambut meminta orang tua menjemput anak tepat waktu. Hingga siang, belum ada keterangan resmi dari kepolisian terkait kebenaran pesan tersebut.",
    ], event=E, viral=2)
    clar = ("Polres Banjar menegaskan informasi penculikan anak menggunakan mobil putih di wilayah Martapura, Gambut dan Sungai Tabuk "
            "adalah HOAKS. Hingga saat ini tidak ada laporan anak hilang maupun penculikan. Video yang beredar merupakan kejadian lama "
            "di luar daerah. Masyarakat diimbau tidak menyebarkan informasi yang belum jelas sumbernya dan tidak main hakim sendiri. "
            "Laporkan hal mencurigakan ke Call Center 110.")
    t_clar = T + 400
    sc.add("facebook", t_clar, clar + " #PolresBanjar #StopHoaks", polres["facebook"], event=E, viral=8, tag="klarifikasi")
    sc.add("x", t_clar + 4, "[KLARIFIKASI] Isu penculikan anak dengan mobil putih di wilayah Kab. Banjar adalah HOAKS. Tidak ada laporan anak hilang. Jangan sebarkan pesan berantai & jangan main hakim sendiri. Hubungi 110 bila ada hal mencurigakan.", polres["x"], event=E, viral=8)
    sc.add("instagram", t_clar + 15, "HOAKS! Isu penculikan anak pakai mobil putih di Martapura, Gambut dan Sungai Tabuk TIDAK BENAR. Bijak bermedsos, saring sebelum sharing. #PolresBanjar #CekFakta", polres["instagram"], event=E, viral=6)
    official(sc, E, t_clar + 80, "[HOAKS] Pesan berantai penculikan anak dengan mobil putih di wilayah Kabupaten Banjar TIDAK BENAR. Berdasarkan keterangan Polres Banjar, tidak ada laporan anak hilang. Mari bersama hentikan penyebaran pesan yang meresahkan. Cek informasi resmi di kanal Pemkab Banjar. #KabupatenBanjar #StopHoaks", viral=6, tag="klarifikasi")
    official(sc, E, t_clar + 85, "[HOAKS] Isu penculikan anak dengan mobil putih di Kab. Banjar tidak benar. Saring sebelum sharing!", ch="instagram", viral=5)
    sc.news(L[1], t_clar + 60, "Polres Banjar Pastikan Isu Penculikan Anak dengan Mobil Putih Hoaks", [
        "Kepolisian Resor Banjar memastikan pesan berantai tentang penculikan anak menggunakan mobil putih di Martapura, Gambut, dan Sungai Tabuk adalah hoaks. Polisi tidak menerima satu pun laporan anak hilang.",
        "\"Video yang ikut disebarkan adalah kejadian lama di luar Kalimantan Selatan. Kami minta masyarakat tidak panik dan tidak menyebarkan pesan itu lagi,\" kata Kasi Humas Polres Banjar, Senin siang.",
        "Polisi juga mengimbau warga tidak main hakim sendiri terhadap orang yang dicurigai. Sebelumnya, seorang pemulung di Kertak Hanyar sempat diinterogasi warga karena dituduh hendak menculik anak, sebelum dilepaskan setelah diperiksa polisi.",
    ], event=E, viral=3, tag="klarifikasi")
    after = [
        "Alhamdulillah ternyata hoaks, {tapi sempat panik banar|sudah terlanjur jemput anak}. Lain kali {cek dulu|jangan asal share} {sapaan}",
        "Polres Banjar sudah klarifikasi penculikan anak itu HOAKS. {Tolong yg kemarin nyebar, hapus|Stop share BC}",
        "{Sy} {tadi pagi ikut nyebar|sempat share} BC penculikan itu, {minta maaf|maaf ya semua}, ternyata hoaks {🙏}",
        "Yang bikin hoaks penculikan di Kab. Banjar {harus dicari|ditangkap aja}, {bikin resah|kasian orang yg dituduh}",
        "Ternyata video penculikan itu {kejadian lama|dari luar negeri}, {dipakai buat nakut2in|orang iseng banar}",
        "Walau hoaks, {tetap jaga anak2|tetap waspada} ya bubuhan. {Tapi jangan main hakim sendiri|Jangan panik}",
        "Masih ada aja yg share BC penculikan di grup keluarga {padahal sudah diklarifikasi|wkwk capek jelasin}",
        "Tapi anak {sy} cerita ada {mobil putih|orang asing} di dekat sekolah, {beneran hoaks kah?|ulun masih was2}",
    ]
    wave(sc, E, t_clar + 10, t_clar + 420, 95, {"*": after}, chan_w={"facebook": 50, "x": 28, "instagram": 10, "tiktok": 12},
         shape="early", diurnal=0.7, viral=2, mood=["neutral", "laugh", "angry"], replies=fw_rep[5:] + ["syukurlah hoaks", "bagus polisi cepat"],
         reply_p=0.25, rt_p=0.2, tags=tags[3:], tag_p=0.3)
    wave(sc, E, t_clar + 30, t_clar + 600, 22, {"*": fw}, chan_w={"facebook": 85, "x": 15}, shape="fall", diurnal=0.6,
         viral=0.8, mood=["alarm"], replies=["ini sudah diklarifikasi hoaks bu", "hoaks ini, cek akun Polres Banjar", "stop sebar, hoaks"],
         reply_p=0.5, emoji_p=0.2, extra_tags=False)
    sc.news(N[0], t_clar + 300, "[CEK FAKTA] Video Penculikan Anak dengan Mobil Putih di Kabupaten Banjar Adalah Kejadian Lama", [
        "Beredar pesan berantai dan video yang diklaim sebagai penculikan anak menggunakan mobil putih di Kabupaten Banjar, Kalimantan Selatan. Pesan itu menyebut dua anak hilang di Sungai Tabuk dan Astambul.",
        "Hasil penelusuran menunjukkan video tersebut pernah beredar pada 2019 dengan narasi berbeda dan tidak berkaitan dengan Kalimantan Selatan. Polres Banjar juga menyatakan tidak menerima laporan anak hilang.",
        "Kesimpulan: klaim penculikan anak dengan mobil putih di Kabupaten Banjar adalah hoaks. Masyarakat diimbau memeriksa sumber informasi sebelum membagikannya.",
    ], event=E, viral=3, tag="klarifikasi")
    sc.news(N[1], t_clar + 560, "Hoaks Penculikan Anak Bikin Warga Kabupaten Banjar Resah, Polisi Minta Tak Main Hakim Sendiri", [
        "Isu penculikan anak yang menyebar lewat pesan berantai membuat warga Kabupaten Banjar, Kalimantan Selatan, resah. Polisi memastikan isu itu hoaks.",
        "Polisi mencatat setidaknya dua kejadian warga mencurigai orang asing hingga hampir terjadi penghakiman massa. \"Kami minta masyarakat menyerahkan kepada petugas,\" kata Kapolres Banjar.",
        "Sejumlah sekolah di Martapura dan Gambut sempat memulangkan siswa lebih awal. Dinas Pendidikan setempat meminta sekolah kembali berjalan normal dan berkoordinasi dengan Bhabinkamtibmas.",
    ], event=E, viral=2)
    D2 = 1500  # hari kedua 06.00
    d2 = [
        "Pagi ini {polisi|Bhabinkamtibmas} {jaga|sambang} di SD {desakec}, {anak2 tenang|orang tua lega} setelah isu hoaks penculikan",
        "Grup wali murid {masih ada yg|ada aja yg} {kirim ulang|share} BC penculikan, {padahal hoaks|capek}",
        "Bupati Banjar {minta warga|imbau} gak sebar hoaks penculikan anak, {setuju|bagus}",
        "Hoaks penculikan kemarin {bikin|sempat bikin} {sekolah sepi|anak2 takut ke sekolah}, hari ini {sudah normal|mulai normal} di {desakec}",
        "Pelajaran dari hoaks penculikan di Kab. Banjar: {saring sebelum sharing|cek akun resmi dulu} {sapaan}",
        "Pelaku penyebar hoaks penculikan {dicari polisi kah?|harus diproses}, {biar jera|jangan dibiarkan}",
    ]
    wave(sc, E, D2 + 60, D2 + 840, 62, {"*": d2}, chan_w={"facebook": 55, "x": 25, "instagram": 10, "tiktok": 10}, shape="early",
         diurnal=0.85, viral=1.2, mood=["neutral", "happy"], replies=fw_rep[5:], reply_p=0.15, tags=tags[3:], tag_p=0.25)
    official(sc, E, D2 + 180, "Bupati Banjar H. Rusmadi Noor mengimbau masyarakat tidak menyebarkan pesan berantai yang belum jelas kebenarannya, termasuk isu penculikan anak yang telah dinyatakan hoaks oleh Polres Banjar. Sekolah diminta tetap berjalan normal dengan pengawasan bersama orang tua. #KabupatenBanjar", viral=4)
    sc.news(L[0], D2 + 240, "Usai Hoaks Penculikan, Polisi Sambangi Sekolah di Martapura dan Gambut", [
        "Personel Polres Banjar dan Bhabinkamtibmas menyambangi sejumlah sekolah dasar di Martapura dan Gambut, Selasa (16/9/2025), untuk menenangkan siswa dan orang tua setelah beredarnya hoaks penculikan anak.",
        "Kepala SDN Kertak Hanyar 2 mengatakan kehadiran polisi membuat orang tua lebih tenang. \"Kemarin banyak anak tidak masuk. Hari ini sudah kembali normal,\" ujarnya.",
        "Polres Banjar menyatakan masih menelusuri akun yang pertama kali menyebarkan pesan tersebut.",
    ], event=E, viral=1.5)
    wave(sc, E, D2 + 840, sc.span - 30, 18, {"*": d2[1:3] + after[:2]}, chan_w={"facebook": 70, "x": 30}, shape="fall",
         diurnal=0.9, viral=0.8, mood=["neutral"], reply_p=0.0, tags=tags[3:], tag_p=0.2)

    base = sc.finish()
    srcs = source_list(sc)
    meta = {
        "title": "Hoaks penculikan anak dengan mobil putih di Kabupaten Banjar dan klarifikasi Polres",
        "kind": "hoaks",
        "step_minutes": 10,
        "office": {
            "name": "Pemkab Banjar", "slug": "kab-banjar", "kind": "kabupaten", "region_code": "63.03",
            "time_zone": "Asia/Makassar",
            "watchlists": [{"name": "Kabupaten Banjar",
                            "query": BANJAR["query"]}],
            "key_actors": [
                {"name": "Bupati Banjar", "kind": "pejabat", "aliases": ["H. Rusmadi Noor", "Rusmadi Noor", "Bupati Rusmadi", "Abah Bupati"]},
                {"name": "Sekda Kabupaten Banjar", "kind": "pejabat", "aliases": ["Ir. H. Gusti Syahrani", "Gusti Syahrani", "Sekda Banjar"]},
                {"name": "DPRD Kabupaten Banjar", "kind": "dprd", "aliases": ["DPRD Banjar", "Dewan Kabupaten Banjar"]},
                {"name": "Polres Banjar", "kind": "lembaga", "aliases": ["Kapolres Banjar", "Polres Banjar Kalsel"]},
            ],
            "alert_rules": [{"kind": "level_reached", "min_level": "isu"}],
        },
        "sources": srcs,
        "events": [
            {"key": E, "title": "Pesan berantai hoaks penculikan anak dengan mobil putih",
             "expect": expect_from(sc, E, levels=("isu", "kasus"), base=base), "max_level": "kasus"},
        ],
    }
    return sc, meta


# =========================================================================
# 5. Klaten (Jawa Tengah, WIB) — berita nasional yang sekadar menyebut daerah
# =========================================================================

KLATEN = {
    "query": "klaten OR prambanan OR delanggu OR pedan OR cawas OR bayat OR wedi OR jatinom OR tulung OR polanharjo OR ceper OR trucuk OR juwiring OR kemalang OR karanganom OR jogonalan OR manisrenggo OR gantiwarno OR kalikotes OR kebonarum",
    "kab": "Klaten", "kabs": "Klaten", "kabtag": "Klaten", "ibukota": "Klaten",
    "kec": ["Klaten Tengah", "Klaten Utara", "Klaten Selatan", "Prambanan", "Delanggu", "Pedan", "Cawas", "Bayat", "Wedi",
            "Jatinom", "Tulung", "Polanharjo", "Ceper", "Trucuk", "Juwiring", "Kemalang", "Karanganom", "Jogonalan",
            "Manisrenggo", "Gantiwarno", "Kalikotes", "Kebonarum"],
    "desa": {"Ponggok": "Polanharjo", "Sidowayah": "Polanharjo", "Cokro": "Tulung", "Krakitan": "Bayat", "Paseban": "Bayat",
             "Tlingsing": "Cawas", "Sidorejo": "Kemalang", "Balerante": "Kemalang", "Bugisan": "Prambanan",
             "Tambongwetan": "Kalikotes", "Kwaren": "Jatinom", "Troketon": "Pedan", "Gempol": "Karanganom",
             "Jomboran": "Klaten Tengah", "Gergunung": "Klaten Utara"},
    "jalan": ["jalan Solo–Jogja di Delanggu", "Jl. Pemuda Klaten", "jalan Klaten–Cawas", "jalan Bayat–Cawas",
              "jalan Jatinom–Boyolali", "ring road Klaten", "jalan Prambanan–Manisrenggo", "jalan Wedi–Bayat"],
    "pasar": ["Pasar Srago Klaten", "Pasar Delanggu", "Pasar Jatinom", "Pasar Wedi", "Pasar Cawas", "Pasar Prambanan"],
    "simpang": ["perempatan Bendogantungan Klaten", "simpang empat Delanggu", "perempatan Karanglo Klaten", "pertigaan Pedan"],
    "tempat": ["Alun-alun Klaten", "GOR Gelarsena Klaten", "Stadion Trikoyo Klaten", "Taman Klaten Utara",
               "lapangan desa di Juwiring", "Monumen Juang 45 Klaten"],
    "wisata": ["Umbul Ponggok Polanharjo", "Umbul Cokro Tulung", "Rawa Jombor Bayat", "Candi Plaosan Prambanan",
               "Bukit Sidoguro Bayat", "Deles Indah Kemalang", "Candi Sewu Prambanan"],
    "kuliner": ["sop ayam kampung", "nasi tumpang koyor", "wedang ronde", "ingkung", "soto Klaten", "apem Jatinom",
                "bebek goreng", "mie ayam", "jenang"],
    "masjid": ["Masjid Agung Al-Aqsha Klaten", "masjid kampung di Trucuk", "musala di Ceper", "Masjid Besar Jatinom",
               "Gereja Santa Maria Assumpta Klaten", "masjid di Wedi"],
    "sekolah": ["SMAN 1 Klaten", "SMAN 1 Cawas", "SMPN 2 Klaten", "SMKN 2 Klaten", "MAN 1 Klaten", "SDN 1 Delanggu",
                "SMAN 1 Jogonalan"],
    "klub": ["PSIK Klaten", "PSIK"],
    "lawan": ["Persis Solo U-20", "PSS Sleman U-20", "Persibat Batang", "PPSM Magelang", "Persiharjo Sukoharjo"],
    "sapaan": ["lur", "dulur", "gaes", "lur Klaten", "mas mbak", "sedulur"],
    "sy": ["aku", "saya", "sy", "aq", "aku"],
    "gk": ["ora", "gak", "ndak", "nggak", "ga"],
    "harga": {"cabai rawit": (28000, 60000, "kg"), "bawang merah": (26000, 40000, "kg"), "beras Delanggu": (13500, 15500, "kg"),
              "telur ayam": (24000, 28000, "kg"), "daging ayam": (31000, 37000, "kg"), "minyak goreng": (16500, 19000, "liter")},
    "panen": {"gabah": (6000, 7000, "kg"), "tembakau": (40000, 70000, "kg"), "kacang tanah": (9000, 13000, "kg"),
              "jagung": (4500, 5600, "kg")},
    "bupati_short": ["Tri Wahyu Nugroho", "H. Tri Wahyu Nugroho"], "bupati_short_title": ["Bupati Wahyu", "Bupati Klaten"],
    "sekda_short": ["Agung Santosa", "Drs. Agung Santosa"],
    "first": ["Slamet", "Sri", "Wahyu", "Dwi", "Agus", "Siti", "Eko", "Rini", "Bambang", "Puji", "Sugeng", "Ambar", "Joko",
              "Kristiani", "Yohanes", "Maria", "Anton", "Tutik", "Ngatini", "Bagus", "Danang", "Retno", "Wulan"],
    "last": ["Wibowo", "Santoso", "Prasetyo", "Purnomo", "Rahayu", "Susilo", "Hartono", "Wahyudi", "Setyawan", "Nugroho",
             "Widodo", "Kurniasih", "Pamungkas"],
    "bg_reply": ["iyo lur", "bener lur", "podo wae", "siap lur", "wis biasa", "matur nuwun infone", "lho tenan?"],
}
KLATEN_EXTRA = [
    ("jawa", "laugh", 5, [
        "Tulung lur, ana sing ngerti bengkel motor buka malam di {lok}? {Ban bocor|Rante putus} {😭|}",
        "Aku wedi lewat {jalan} bengi2, {peteng banget|sepi pol}. Ada yg {searah|bareng} ra?",
        "Mobil ceper mending ora lewat {jalan}, {gasruk polisi tidur|aspal bergelombang} {wkwk|🤣}",
        "Piring ceper di angkringan {lok} isine {sego kucing|gorengan} tok, {murah meriah|wareg} lur",
    ]),
    ("lokal", "neutral", 5, [
        "Merapi cerah {pagi ini|sore ini} dilihat dari {Kemalang|Manisrenggo|Karanganom}, {cakep|adem} lur",
        "Lurik Pedan {makin kekinian|dipakai ASN tiap Kamis}, {bangga produk Klaten|pesan di Troketon Pedan}",
        "Warung apung Rawa Jombor Bayat {rame|penuh} {weekend ini|sore tadi}, {ikan bakarnya mantap|antre parkir}",
        "Antrean {tol|exit tol} Klaten {padat|lancar} {pagi ini|sore ini}, {hati2 lur|santai}",
    ]),
]


def sc_klaten():
    sc = Scenario("klaten-berita-nasional", tz_hours=7, start=(2025, 10, 21, 5, 0), days=36 / 24, place=KLATEN, sources={})
    sc.local_outlets = [
        outlet("Klaten Hari Ini", "klatenhariini.example", "KlatenHariIni.example", "Klaten", 71000,
               ["Danang Pamungkas", "Retno Kurniasih"]),
        outlet("Solo Raya Pos", "solorayapos.example", "Solo Raya Pos", "Klaten", 160000, ["Anton Susilo", "Redaksi"], path="soloraya"),
    ]
    sc.national_outlets = [
        outlet("Kabar Negeri", "kabarnegeri.example", "KabarNegeri.example", "Jakarta", 4200000, ["Tim Ekonomi"], path="ekonomi"),
        outlet("Lintas Nusantara", "lintasnusantara.example", "LintasNusantara.example", "Jakarta", 3600000, ["Redaksi"], path="nasional"),
        outlet("Harian Ekonomi Nasional", "ekonominasional.example", "HEN", "Jakarta", 1500000, ["Desk Infrastruktur"], path="infrastruktur"),
    ]
    social_sources(sc, "Klaten", complaint="Aduan Klaten (LAPOR!)")
    setup_common(sc, 850, KLATEN["first"] + PLAIN_FIRST[:22], KLATEN["last"] + PLAIN_LAST[:10],
                 ["klaten", "bumiklaten", "lurklaten", "prambanan", "wongklaten", "delanggu"],
                 {"x": ("klatenkab_info", "Pemkab Klaten", 16800),
                  "facebook": ("DiskominfoKlaten", "Diskominfo Kabupaten Klaten", 82400),
                  "instagram": ("pemkab.klaten", "Pemkab Klaten", 69100)})
    sc.event_anchors = {"inpres-jalan-nasional": [" (Klaten)", " #Klaten"]}
    background(sc, 640, extra=KLATEN_EXTRA)
    L, N = sc.local_outlets, sc.national_outlets

    C = "inpres-jalan-nasional"
    T = 340  # 10.40 WIB
    jateng = ("Kabupaten Cilacap, Banyumas, Purbalingga, Kebumen, Klaten, Wonogiri, Grobogan, Blora, Pati, Rembang, "
              "Temanggung, Batang, Pemalang, dan Brebes")
    sc.news(N[0], T, "Kementerian PU Tetapkan 127 Kabupaten/Kota Penerima Inpres Jalan Daerah Tahap II", [
        "Kementerian Pekerjaan Umum menetapkan 127 kabupaten/kota sebagai penerima program Instruksi Presiden (Inpres) Jalan Daerah tahap II tahun anggaran 2026. Total anggaran yang disiapkan mencapai Rp14,6 triliun untuk perbaikan sekitar 2.300 kilometer jalan kabupaten dan provinsi.",
        "Penetapan daerah didasarkan pada tingkat kerusakan jalan, konektivitas ke kawasan produksi pangan, serta kesiapan dokumen teknis pemerintah daerah. \"Prioritas kami ruas yang menghubungkan sentra produksi ke pasar,\" kata Direktur Jenderal Bina Marga dalam keterangan pers, Selasa (21/10/2025).",
        f"Di Jawa Tengah, daerah penerima antara lain {jateng}. Di Jawa Timur terdapat 16 daerah, sementara Nusa Tenggara Timur dan Papua mendapat porsi terbesar di luar Jawa.",
        "Pemerintah daerah diminta melengkapi dokumen usulan ruas paling lambat akhir November 2025.",
    ], event=C, viral=1.5)
    sc.news(N[1], T + 55, "Daftar Lengkap 127 Daerah Penerima Inpres Jalan Daerah Tahap II, Cek Daerahmu", [
        "Pemerintah pusat kembali mengucurkan anggaran perbaikan jalan daerah melalui Inpres Jalan Daerah tahap II. Berikut daftar sebagian daerah penerima berdasarkan provinsi.",
        "Aceh: Aceh Utara, Bireuen, Pidie, Aceh Tengah. Sumatera Utara: Nias, Langkat, Simalungun, Tapanuli Utara, Padang Lawas. Lampung: Lampung Timur, Way Kanan, Tulang Bawang Barat. Jawa Barat: Garut, Cianjur, Sukabumi, Tasikmalaya, Kuningan.",
        f"Jawa Tengah: {jateng}. DI Yogyakarta: Gunungkidul dan Kulon Progo. Jawa Timur: Pacitan, Trenggalek, Malang, Jember, Bondowoso, Sampang, Sumenep, dan lainnya.",
        "Nusa Tenggara Timur: Sumba Barat Daya, Timor Tengah Selatan, Manggarai Timur, Alor. Sulawesi Selatan: Luwu, Enrekang, Bone. Papua dan provinsi pemekarannya: 11 kabupaten. Daftar lengkap dapat dilihat di situs resmi kementerian.",
    ], event=C, viral=1.5)
    nat_acc = sc.account("infoPUnasional", "Info PU Nasional", 1240000)
    # akun-akun nasional (bukan warga Klaten) yang ikut membagikan daftar
    nat_people = [sc.account(h, n, f, style=st, kind="warga") for h, n, f, st in (
        ("jalanrusakID", "Jalan Rusak Indonesia", 214000, "casual"), ("ekonom_muda", "Ekonom Muda", 88000, "formal"),
        ("kabarinfra", "Kabar Infrastruktur", 143000, "formal"), ("warganet_kritis", "Warganet Kritis", 61000, "casual"),
        ("anggaran_watch", "Pantau Anggaran", 47000, "formal"), ("berita_cepat_id", "Berita Cepat", 512000, "formal"),
        ("pakar_tata_kota", "Dimas Tata Kota", 35000, "casual"), ("infojateng_id", "Info Jateng", 302000, "casual"),
        ("mudik_asik", "Mudik Asik", 77000, "casual"), ("rakyat_jelata88", "Rakyat Jelata", 9400, "alay"))]
    sc.add("x", T + 20, "127 kabupaten/kota ditetapkan sebagai penerima Inpres Jalan Daerah Tahap II TA 2026 🛣️ Jateng: Cilacap, Banyumas, Purbalingga, Kebumen, Klaten, Wonogiri, Grobogan, Blora, Pati, Rembang, Temanggung, Batang, Pemalang, Brebes. Daftar lengkap di laman resmi. #InpresJalanDaerah",
           nat_acc, event=C, viral=3)
    sc.add("instagram", T + 90, "Daftar daerah penerima Inpres Jalan Daerah Tahap II sudah keluar! Geser untuk cek provinsimu ➡️ Jawa Tengah: Cilacap, Banyumas, Purbalingga, Kebumen, Klaten, Wonogiri, Grobogan, Blora, Pati, Rembang, Temanggung, Batang, Pemalang, Brebes #InpresJalanDaerah #infrastruktur",
           sc.account("infrastruktur.id", "Infrastruktur ID", 386000), event=C, viral=2)
    shares = [
        "Daftar penerima Inpres Jalan Daerah tahap II {sudah keluar|udah rilis}, {daerahmu masuk gak?|cek sendiri}. Jateng ada {Cilacap, Klaten, Wonogiri, Blora|Banyumas, Kebumen, Klaten, Pati} dll",
        "127 kab/kota dapat Inpres Jalan Daerah. {Semoga tepat sasaran|Semoga gak dikorupsi}. Jateng: {Cilacap, Banyumas, Klaten, Grobogan, Brebes dkk|Klaten, Wonogiri, Blora, Pati dll}",
        "Inpres Jalan Daerah tahap II: {NTT dan Papua porsi terbesar|Jawa masih dominan}. {Adil gak nih?|Luar Jawa butuh lebih} (Jateng: Cilacap, Klaten, Pati, Brebes dll)",
    ]
    shares += [
        "Pemerintah pusat siapkan Rp14,6 T buat jalan daerah. Dari Jateng: {Cilacap, Banyumas, Purbalingga, Kebumen, Klaten, Wonogiri|Klaten, Grobogan, Blora, Pati, Rembang} {dst|dll}. {Kawal bareng|Awasi realisasinya}",
        "Thread: daftar daerah penerima #InpresJalanDaerah tahap II per provinsi 🧵 ... Jawa Tengah: Cilacap, Banyumas, Purbalingga, Kebumen, Klaten, Wonogiri, Grobogan, Blora, Pati, Rembang, Temanggung, Batang, Pemalang, Brebes",
        "{Kok|Lho} daerahku gak masuk Inpres Jalan Daerah? Jateng cuma {14|14 daerah}: Cilacap, Banyumas, {Klaten, Wonogiri, Blora|Kebumen, Klaten, Pati}... {jalan di sini lebih parah|padahal rusak parah}",
    ]
    wave(sc, C, T + 30, T + 900, 26, {"*": shares}, chan_w={"x": 75, "facebook": 15, "instagram": 10}, shape="early",
         diurnal=0.8, viral=1.2, mood=["neutral"], reply_p=0.0, rt_p=0.3, emoji_p=0.2, extra_tags=False,
         authors=lambda: sc.rng.choice(nat_people))
    sc.news(N[2], T + 170, "Inpres Jalan Daerah Tahap II, Pemda Diminta Segera Siapkan Dokumen Teknis", [
        "Kementerian Pekerjaan Umum meminta 127 pemerintah kabupaten/kota penerima Inpres Jalan Daerah tahap II segera menyiapkan dokumen teknis ruas yang diusulkan. Keterlambatan dokumen dapat membuat alokasi dialihkan ke daerah lain.",
        "Dari pengalaman tahap pertama, sejumlah daerah terlambat menyerahkan data kondisi jalan dan status kepemilikan ruas. Tahun ini, verifikasi akan dilakukan bersama balai jalan di setiap provinsi.",
        "Beberapa daerah di Jawa Tengah seperti Klaten, Wonogiri, dan Grobogan disebut telah menyerahkan usulan awal, sementara daerah lain masih melengkapi berkas.",
    ], event=C, viral=1)
    sc.news(L[1], T + 260, "Lima Daerah di Solo Raya Masuk Daftar Inpres Jalan Daerah Tahap II", [
        "Sebanyak lima kabupaten di wilayah Solo Raya masuk dalam daftar 127 daerah penerima Inpres Jalan Daerah tahap II yang diumumkan Kementerian Pekerjaan Umum, Selasa (21/10/2025).",
        "Selain Klaten dan Wonogiri, daerah lain di kawasan eks-Karesidenan Surakarta juga tercantum dalam lampiran penetapan. Besaran alokasi per daerah belum diumumkan dan masih menunggu verifikasi dokumen teknis.",
        "Pemerhati kebijakan publik menilai program ini perlu diawasi agar ruas yang diperbaiki benar-benar jalan yang dibutuhkan masyarakat.",
    ], event=C, viral=1)
    local = [
        "Klaten {masuk|kebagian} daftar Inpres Jalan Daerah {tahap II|lagi}, semoga {jalan Cawas–Bayat|jalan Jatinom|jalan ke Kemalang} {kebagian|ikut diperbaiki}",
        "Baca berita nasional, Klaten {masuk daftar|termasuk} penerima Inpres Jalan Daerah. {Amin, semoga beneran|Kita lihat nanti lur}",
    ]
    wave(sc, C, T + 200, T + 1300, 6, {"*": local}, chan_w={"facebook": 75, "x": 25}, shape="flat", diurnal=0.9, viral=0.8,
         mood=["neutral"], replies=["amin", "semoga jalan desaku juga lur", "tahap I kemarin kemana aja?"], reply_p=0.4)
    sc.news(N[0], T + 420, "Inpres Jalan Daerah Tahap II: Ini Kriteria Ruas yang Bisa Diusulkan Pemda", [
        "Kementerian Pekerjaan Umum merinci kriteria ruas jalan yang dapat diusulkan dalam Inpres Jalan Daerah tahap II. Ruas harus berstatus jalan kabupaten atau provinsi, menghubungkan sentra produksi pangan, dan memiliki tingkat kerusakan sedang hingga berat.",
        "Sebanyak 127 daerah penerima, antara lain Garut, Cianjur, Klaten, Grobogan, Jember, Bima, dan Sumba Barat Daya, diminta mengunggah usulan ke aplikasi milik kementerian. Usulan yang tidak memenuhi kriteria akan dikembalikan.",
        "Kementerian juga mengingatkan pemda agar tidak mengusulkan ruas yang sedang dikerjakan dengan anggaran lain untuk menghindari pembiayaan ganda.",
    ], event=C, viral=1)
    sc.news(N[2], 1440 + 60, "Tahap I Baru Rampung 78 Persen, Pemerintah Sudah Umumkan Inpres Jalan Daerah Tahap II", [
        "Di tengah pengumuman 127 daerah penerima Inpres Jalan Daerah tahap II, realisasi fisik tahap I baru mencapai 78 persen. Sejumlah paket di Nusa Tenggara Timur dan Papua terkendala cuaca dan distribusi material.",
        "Pengamat menilai pemerintah perlu memastikan kualitas pekerjaan tahap I sebelum memperluas program. Sejumlah daerah di Jawa, seperti Klaten, Wonogiri, dan Kuningan, tercatat masuk kembali sebagai penerima pada tahap II.",
    ], event=C, viral=1)
    sc.news(N[1], 1440 + 200, "Anggaran Inpres Jalan Daerah Dinilai Belum Merata, Daerah Luar Jawa Minta Porsi Lebih", [
        "Sejumlah kepala daerah di luar Jawa meminta porsi anggaran Inpres Jalan Daerah ditambah. Mereka menilai kerusakan jalan di luar Jawa lebih parah dan biaya konstruksi lebih mahal.",
        "Dari 127 daerah penerima tahap II, sekitar sepertiga berada di Pulau Jawa, antara lain Garut, Cianjur, Klaten, Wonogiri, Jember, dan Sumenep. Kementerian menyatakan besaran alokasi tetap menyesuaikan panjang ruas dan tingkat kerusakan.",
        "Anggota Komisi V DPR meminta kementerian membuka data penilaian setiap daerah agar penetapan penerima transparan.",
    ], event=C, viral=1)

    base = sc.finish()
    srcs = source_list(sc)
    meta = {
        "title": "Daftar nasional penerima Inpres Jalan Daerah yang ikut menyebut Klaten",
        "kind": "berita-nasional-menyebut",
        "step_minutes": 10,
        "office": {
            "name": "Pemkab Klaten", "slug": "klaten", "kind": "kabupaten", "region_code": "33.10",
            "time_zone": "Asia/Jakarta",
            "watchlists": [{"name": "Bumi Klaten",
                            "query": KLATEN["query"]}],
            "key_actors": [
                {"name": "Bupati Klaten", "kind": "pejabat", "aliases": ["H. Tri Wahyu Nugroho", "Tri Wahyu Nugroho", "Bupati Wahyu", "Mas Bupati"]},
                {"name": "Sekda Klaten", "kind": "pejabat", "aliases": ["Drs. Agung Santosa", "Agung Santosa", "Sekda Kabupaten Klaten"]},
                {"name": "DPRD Klaten", "kind": "dprd", "aliases": ["DPRD Kabupaten Klaten", "Dewan Klaten"]},
            ],
            "alert_rules": [{"kind": "level_reached", "min_level": "isu"}],
        },
        "sources": srcs,
        "events": [
            {"key": C, "title": "Klaten disebut dalam daftar nasional penerima Inpres Jalan Daerah tahap II", "control": True,
             "max_level": "pemantauan"},
        ],
    }
    return sc, meta


# =========================================================================
# 6. Lampung Selatan (Lampung, WIB) — ledakan copas dari akun-akun baru
# =========================================================================

LAMSEL = {
    "query": '"lampung selatan" OR lamsel OR lampungselatan OR kalianda OR natar OR "jati agung" OR "tanjung bintang" OR katibung OR sidomulyo OR penengahan OR palas OR bakauheni OR ketapang OR sragi OR rajabasa OR "raja basa" OR candipuro OR "way panji" OR "merbau mataram"',
    "kab": "Lampung Selatan", "kabs": "Lamsel", "kabtag": "LampungSelatan", "ibukota": "Kalianda",
    "kec": ["Kalianda", "Natar", "Jati Agung", "Tanjung Bintang", "Katibung", "Sidomulyo", "Penengahan", "Palas",
            "Bakauheni", "Ketapang", "Sragi", "Rajabasa", "Candipuro", "Way Panji", "Merbau Mataram"],
    "desa": {"Way Urang": "Kalianda", "Merak Belantung": "Kalianda", "Canti": "Rajabasa", "Kunjir": "Rajabasa",
             "Hajimena": "Natar", "Merak Batin": "Natar", "Branti Raya": "Natar", "Jati Mulyo": "Jati Agung",
             "Banjar Agung": "Jati Agung", "Sabah Balau": "Tanjung Bintang", "Tarahan": "Katibung",
             "Pasuruan": "Penengahan", "Sidoharjo": "Way Panji", "Bakauheni": "Bakauheni"},
    "jalan": ["Jalinsum di Natar", "jalan tol Bakauheni–Terbanggi Besar", "Jl. Lintas Timur di Ketapang", "jalan Kalianda–Canti",
              "jalan raya Jati Agung", "jalan provinsi Tanjung Bintang", "jalan Way Panji–Candipuro", "Jalinsum Sidomulyo"],
    "pasar": ["Pasar Inpres Kalianda", "Pasar Natar", "Pasar Sidomulyo", "Pasar Tanjung Bintang", "Pasar Bakauheni", "Pasar Palas"],
    "simpang": ["simpang Hajimena Natar", "simpang empat Kalianda", "bundaran Tugu Radin Intan Kalianda", "simpang Tanjung Bintang"],
    "tempat": ["Taman Kota Kalianda", "Masjid Agung Kalianda", "GOR Way Handak Kalianda", "lapangan desa di Natar",
               "Lapangan Merdeka Kalianda", "rest area Bakauheni"],
    "wisata": ["Menara Siger Bakauheni", "Pantai Minang Rua Bakauheni", "Pantai Merak Belantung Kalianda", "Pulau Sebesi Rajabasa",
               "Air Terjun Way Kalam Penengahan", "Gunung Rajabasa", "Pantai Kunjir Rajabasa"],
    "kuliner": ["seruit", "pindang ikan baung", "gulai taboh", "keripik pisang", "kopi robusta", "engkak", "sate ayam Natar",
                "pempek"],
    "masjid": ["Masjid Agung Kalianda", "masjid desa di Natar", "musala di Sidomulyo", "Ponpes di Jati Agung", "masjid di Palas"],
    "sekolah": ["SMAN 1 Kalianda", "SMAN 1 Natar", "SMPN 1 Tanjung Bintang", "SMKN 1 Kalianda", "MAN 1 Lamsel",
                "SDN 1 Bakauheni", "SMAN 1 Sidomulyo"],
    "klub": ["PS Lamsel", "tim Porprov Lamsel"],
    "lawan": ["PSBL Bandar Lampung", "Persipesaw Pesawaran", "PS Pringsewu", "Lampung Sakti U-20"],
    "sapaan": ["puakhi", "kawan", "lur", "bro", "gaes", "dulur"],
    "sy": ["saya", "aku", "nyak", "gue", "sy"],
    "gk": ["gak", "nggak", "tidak", "ga", "ndak"],
    "harga": {"cabai merah": (30000, 62000, "kg"), "bawang merah": (28000, 44000, "kg"), "beras medium": (12500, 14200, "kg"),
              "telur ayam": (25000, 29000, "kg"), "ikan tongkol": (24000, 36000, "kg"), "minyak goreng": (16500, 19000, "liter")},
    "panen": {"jagung": (4300, 5800, "kg"), "pisang": (25000, 55000, "tandan"), "singkong": (900, 1500, "kg"),
              "kopi robusta": (45000, 62000, "kg"), "gabah": (5900, 6900, "kg")},
    "bupati_short": ["Darmawan Saputra", "H. Darmawan Saputra"], "bupati_short_title": ["Bupati Darmawan", "Bupati Lamsel"],
    "sekda_short": ["Hendra Wijaya Kusuma", "Ir. Hendra Wijaya Kusuma"],
    "first": ["Rizki", "Ayu", "Novi", "Dedi", "Ratu", "Raden", "Minak", "Fitri", "Andika", "Wayan", "Made", "Ketut", "Suparno",
              "Yanti", "Heri", "Yusuf", "Indra", "Rosita", "Sutrisno", "Mamat", "Bunga", "Herman"],
    "last": ["Saputra", "Hidayat", "Pratama", "Wijaya", "Gunawan", "Sanjaya", "Kurniawan", "Lestari", "Ismail", "Ansori",
             "Putra", "Harahap", "Siregar"],
    "bg_reply": ["iya puakhi", "betul itu", "sama di tempatku", "mantap kawan", "siap bro"],
}
LAMSEL_EXTRA = [
    ("pelabuhan", "tired", 6, [
        "Antrean kendaraan di Pelabuhan Bakauheni {malam ini|pagi ini} {panjang|lancar}, {kapal telat|sabar puakhi}",
        "Jalan tol Bakauheni–Terbanggi {lancar|padat} {siang ini|sore ini}, {hati2 ngantuk|rest area penuh}",
        "Truk ODOL {parkir sembarangan|antre} di Jalinsum {Ketapang|Penengahan}, {bikin sempit jalan|bahaya malam2}",
    ]),
    ("umum", "neutral", 4, [
        "Daun ketapang depan rumah {rontok semua|numpuk}, {nyapu tiap pagi|buat obat ikan cupang}",
        "Pelabuhan Ketapang Banyuwangi {mirip|kalah rame sama} Bakauheni kalau musim mudik {wkwk|}",
        "Panen {komoditas2} di {lok} {lumayan|anjlok harganya}, {harga_murah} di tingkat petani",
    ]),
]


def sc_lamsel():
    sc = Scenario("lamsel-buzzer-tagar", tz_hours=7, start=(2025, 6, 23, 5, 0), days=40 / 24, place=LAMSEL, sources={})
    sc.local_outlets = [
        outlet("Radar Kalianda", "radarkalianda.example", "RadarKalianda.example", "Kalianda", 69000, ["Indra Sanjaya", "Rosita Ansori"]),
        outlet("Lampung Kini", "lampungkini.example", "LampungKini", "Kalianda", 154000, ["Herman Siregar", "Redaksi"], path="lampung"),
        outlet("Sai Bumi News", "saibuminews.example", "SaiBumiNews", "Lampung Selatan", 38000, ["Mamat Ismail"]),
    ]
    sc.national_outlets = [
        outlet("Portal Nasional 24", "portal24.example", "Portal24", "Lampung Selatan", 2200000, ["Tim Portal24"], path="news"),
        outlet("Indonesia Hari Ini", "indonesiahariini.example", "IHI", "Lampung Selatan", 2400000, ["Tim IHI"], path="news"),
    ]
    social_sources(sc, "Lamsel", complaint="Aduan warga Lamsel")
    setup_common(sc, 850, LAMSEL["first"] + PLAIN_FIRST[:25], LAMSEL["last"] + PLAIN_LAST[:10],
                 ["lamsel", "kalianda", "lampung", "saibumi", "bakauheni", "natar"],
                 {"x": ("lamselkab_info", "Pemkab Lampung Selatan", 19700),
                  "facebook": ("DiskominfoLamsel", "Diskominfo Lampung Selatan", 71500),
                  "instagram": ("pemkab.lamsel", "Pemkab Lampung Selatan", 64800)})
    sc.event_anchors = {"tagar-bupati-gagal": [" #Lamsel", " (Lamsel)", " — Lampung Selatan", " #LampungSelatan"]}
    background(sc, 430, extra=LAMSEL_EXTRA)
    L, N = sc.local_outlets, sc.national_outlets
    rng = sc.rng

    E = "tagar-bupati-gagal"
    T = 890  # 19.50 WIB
    words = ["rakyatlamsel", "suaramuda", "wargakalianda", "netizenlampung", "pemudanatar", "lamselbersuara", "rakyatkecil",
             "pedulilamsel", "bujanglampung", "mulilampung", "anakrantau", "jalanrusak", "lamselmaju_", "suararakyat"]
    fleet = [sc.fresh(words, followers=(0, 45)) for _ in range(120)]
    for p in fleet:
        p.name = rng.choice(["Rakyat", "Warga", "Pemuda", "Suara", "Anak", "Muli", "Bujang", ""]) + " " + rng.choice(PLAIN_FIRST)
        p.name = p.name.strip()
    sc.slots.update({
        "ruas": ["Natar", "Jati Agung", "Tanjung Bintang", "Sidomulyo", "Way Panji", "Katibung", "Palas", "Candipuro"],
        "htag": ["#BupatiLamselGagal #LamselButuhPerubahan", "#LamselButuhPerubahan #BupatiLamselGagal", "#BupatiLamselGagal",
                 "#LamselButuhPerubahan", "#BupatiLamselGagal #LamselDarurat"],
    })
    copy = [
        "Jalan Lamsel hancur, Bupati Darmawan cuma sibuk pencitraan! Dana infrastruktur 2025 kemana? {htag}",
        "Jalan {ruas} rusak parah bertahun2, Bupati Lamsel cuma sibuk foto2. Anggaran ke mana?? {htag}",
        "Rakyat Lamsel sudah muak! Jalan rusak, pelayanan lambat, Bupati Darmawan cuma pencitraan. {htag}",
        "Jalan Lamsel hancur, Bupati Darmawan cuma sibuk pencitraan! Dana infrastruktur 2025 kemana?? {htag}",
        "Lamsel butuh pemimpin yang kerja, bukan yang sibuk pencitraan. Jalan {ruas} rusak, Bupati ke mana? {htag}",
    ]

    def buzz_text():
        t = sc.fill(rng.choice(copy))
        r = rng.random()
        if r < 0.25:
            t = t + " " + rng.choice(["😡", "😤", "👎", "🤬", "😡😡"])
        elif r < 0.35:
            t = t.upper()
        elif r < 0.45:
            t = t + " @DPRD_Lamsel"
        return t

    def burst(a, b, n, chans):
        ms = sc.times(n, a, b, "peak", diurnal=0.0)
        out = []
        for m in ms:
            p = rng.choice(fleet)
            ch = rng.choices(list(chans), list(chans.values()))[0]
            rec = sc.add(ch, m, buzz_text(), p, event=E, viral=0.15)
            rec["likes"] = rng.choice([0, 0, 0, 1, 1, 2, 3, 5])
            rec["shares"] = rng.choice([0, 0, 1, 2, 4, 8])
            rec["replies"] = rng.choice([0, 0, 0, 1])
            rec["views"] = rng.randint(3, 120) if ch == "x" else 0
            out.append(rec)
            if ch == "x" and rng.random() < 0.3:
                q = rng.choice(fleet)
                sc.retweet(rec, m + rng.uniform(0.3, 6), q, event=E)
        return out

    burst(T, T + 210, 215, {"x": 80, "facebook": 10, "instagram": 6, "tiktok": 4})
    notice = [
        "Kok TL {sy} penuh tweet sama persis soal Bupati Lamsel? Akunnya baru semua, {followers 0|foto profil kosong}. {Buzzer ya?|Jelas bayaran}",
        "Tagar #BupatiLamselGagal {trending|naik} tapi isinya copas semua dari akun {baru|bodong}. {Ada yg bayar nih|Kelihatan banget}",
        "Terlepas dari buzzer, jalan di {ruas} {memang rusak sih|emang parah}. Tapi kritik pakai akun bodong {gak elegan|malah bikin gak dipercaya}",
        "Lucu, {100an|ratusan} akun nge-tweet kalimat yg sama persis jam segini. {Operasi siapa ini?|Mau pilkada masih lama kali}",
        "Cek aja akun2 yg nyebar #BupatiLamselGagal, {dibuat bulan ini semua|namanya angka2 semua}. {Jangan terpancing|Santai aja puakhi}",
        "{Sy} warga Natar, jalan memang rusak. Tapi tagar {buzzer|copas} gini {gak bantu apa2|cuma bikin gaduh}",
        "Mau kritik Bupati Lamsel {silakan|boleh}, tapi pakai akun asli dong {wkwk|🤣}",
    ]
    nrep = ["iya kelihatan banget buzzer", "tapi jalannya emang rusak bro", "screenshot dulu sebelum dihapus", "siapa yg bayar ya",
            "biarin aja, nanti hilang sendiri", "kritik boleh, fitnah jangan", "ini mah kerjaan lawan politik", "akunnya baru semua wkwk"]
    wave(sc, E, T + 70, T + 420, 48, {"*": notice}, chan_w={"x": 75, "facebook": 15, "tiktok": 5, "instagram": 5}, shape="rise",
         diurnal=0.5, viral=2, mood=["laugh", "neutral", "angry"], replies=nrep, reply_p=0.3, rt_p=0.25, emoji_p=0.35,
         extra_tags=False)
    D2 = 1500  # hari kedua 06.00
    # sisa pasukan masih menembak pagi hari, lebih sedikit
    burst(D2 + 60, D2 + 200, 38, {"x": 90, "facebook": 10})
    peta = sc.account("petaopini_id", "Peta Opini", 96000)
    sc.add("x", D2 + 320, "Analisis tagar #BupatiLamselGagal soal Bupati Lampung Selatan (23 Juni 19.50 – 24 Juni 08.00 WIB): 253 unggahan, 118 akun. 84% akun dibuat dalam 30 hari terakhir, median pengikut 9, dan 71% teks identik. Pola khas amplifikasi terkoordinasi, bukan percakapan organik. 🧵",
           peta, event=E, viral=4)
    sc.news(L[1], D2 + 240, "Tagar #BupatiLamselGagal Ramai di Media Sosial, Diduga Digerakkan Akun Baru", [
        "Tagar #BupatiLamselGagal ramai di media sosial X sejak Senin (23/6/2025) malam. Dalam beberapa jam, ratusan unggahan dengan kalimat yang nyaris sama menuding Bupati Lampung Selatan Darmawan Saputra hanya sibuk pencitraan dan mempertanyakan anggaran perbaikan jalan.",
        "Penelusuran menunjukkan sebagian besar akun penyebar baru dibuat dan memiliki sedikit pengikut. Pengamat media sosial dari sebuah perguruan tinggi di Bandar Lampung menilai pola itu menunjukkan amplifikasi terkoordinasi. \"Kalimatnya identik, jamnya berdekatan, akunnya baru. Itu bukan percakapan warga,\" ujarnya.",
        "Meski demikian, keluhan soal jalan rusak di sejumlah ruas seperti Natar dan Jati Agung memang kerap disampaikan warga.",
    ], event=E, viral=2)
    official(sc, E, D2 + 420, "Pemkab Lampung Selatan terbuka terhadap kritik masyarakat. Tahun 2025 perbaikan jalan kabupaten dilakukan di 41 ruas sepanjang 96 km, termasuk ruas di Natar, Jati Agung dan Tanjung Bintang; progres dapat dipantau di kanal resmi Dinas PUPR. Mari sampaikan aspirasi melalui kanal pengaduan resmi. #LampungSelatan", viral=4)
    sc.news(L[0], D2 + 480, "Diskominfo Lamsel Tanggapi Tagar Bupati Gagal: Kami Terbuka Kritik", [
        "Dinas Komunikasi dan Informatika Lampung Selatan menanggapi ramainya tagar #BupatiLamselGagal di media sosial. Pemkab menyatakan terbuka terhadap kritik, namun mengajak warga menyampaikan aspirasi melalui kanal resmi.",
        "Kepala Diskominfo menyebut perbaikan jalan tahun ini menyasar 41 ruas. \"Kami tidak mempersoalkan kritik. Data perbaikan jalan terbuka dan bisa dicek,\" katanya, Selasa (24/6/2025).",
        "Seorang anggota DPRD Lampung Selatan meminta pemkab tidak reaktif dan fokus menuntaskan ruas jalan yang dikeluhkan.",
    ], event=E, viral=1.5)
    day2 = notice[:3] + [
        "Analisis @petaopini_id soal #BupatiLamselGagal: 84% akun baru. {Sudah ketebak|Kelihatan dari awal}",
        "Sekarang muncul tagar tandingan #LamselMaju, {sama aja|buzzer lawan buzzer} {wkwk|🤣}. Rakyat cuma mau jalan mulus",
        "Pemkab Lamsel rilis data 41 ruas jalan diperbaiki. {Ruas {ruas} kapan?|Semoga bukan cuma di atas kertas}",
    ]
    wave(sc, E, D2 + 120, D2 + 900, 55, {"*": day2}, chan_w={"x": 60, "facebook": 30, "instagram": 5, "tiktok": 5}, shape="early",
         diurnal=0.85, viral=1.5, mood=["neutral", "laugh"], replies=nrep, reply_p=0.2, rt_p=0.15, emoji_p=0.3, extra_tags=False)
    # tagar tandingan memuji bupati (juga copas, akun baru lain)
    fleet2 = [sc.fresh(["lamselmaju", "relawanlamsel", "sahabatdarmawan", "pemudamaju", "wargacerdas"], followers=(0, 30))
              for _ in range(35)]
    praise = ["Bupati Darmawan kerja nyata, 41 ruas jalan Lamsel diperbaiki tahun ini! #LamselMaju #LamselHebat",
              "Jangan termakan hoaks, Bupati Lamsel terus bangun jalan. #LamselMaju",
              "Lamsel makin maju bersama Bupati Darmawan, bukti bukan janji! #LamselMaju #LamselHebat"]
    for m in sc.times(34, D2 + 600, D2 + 760, "peak", diurnal=0.0):
        p = rng.choice(fleet2)
        t = rng.choice(praise) + (" " + rng.choice(["👍", "💪", "🔥"]) if rng.random() < 0.4 else "")
        rec = sc.add("x", m, t, p, event=E, viral=0.1)
        rec["likes"], rec["shares"], rec["replies"], rec["views"] = rng.choice([0, 0, 1, 2]), rng.choice([0, 1, 3]), 0, rng.randint(2, 60)
    wave(sc, E, D2 + 900, sc.span - 30, 14, {"*": day2[3:]}, chan_w={"x": 60, "facebook": 40}, shape="fall", diurnal=0.9,
         viral=1, mood=["neutral"], reply_p=0.0, extra_tags=False)

    base = sc.finish()
    srcs = source_list(sc)
    meta = {
        "title": "Tagar #BupatiLamselGagal dari ratusan akun baru dan tagar tandingannya",
        "kind": "amplifikasi-buzzer",
        "step_minutes": 10,
        "office": {
            "name": "Pemkab Lampung Selatan", "slug": "lampung-selatan", "kind": "kabupaten", "region_code": "18.01",
            "time_zone": "Asia/Jakarta",
            "watchlists": [{"name": "Wilayah Lampung Selatan",
                            "query": LAMSEL["query"]}],
            "key_actors": [
                {"name": "Bupati Lampung Selatan", "kind": "pejabat",
                 "aliases": ["H. Darmawan Saputra", "Darmawan Saputra", "Bupati Darmawan", "Bupati Lamsel", "Bang Darmawan"]},
                {"name": "Sekda Lampung Selatan", "kind": "pejabat", "aliases": ["Ir. Hendra Wijaya Kusuma", "Sekda Lamsel"]},
                {"name": "DPRD Lampung Selatan", "kind": "dprd", "aliases": ["DPRD Lamsel", "@DPRD_Lamsel", "Dewan Lamsel"]},
            ],
            "alert_rules": [{"kind": "level_reached", "min_level": "isu"}],
        },
        "sources": srcs,
        "events": [
            {"key": E, "title": "Amplifikasi tagar #BupatiLamselGagal oleh akun-akun baru",
             "expect": expect_from(sc, E, levels=("isu",), base=base), "max_level": "kasus"},
        ],
    }
    return sc, meta


# =========================================================================
# 7. Kota Ambon (Maluku, WIT) — sebulan lalu lintas latar biasa
# =========================================================================

AMBON = {
    "query": 'ambon OR kotaambon OR ambonmanise OR sirimau OR nusaniwe OR baguala OR "teluk ambon" OR "leitimur selatan" OR passo OR "batu merah" OR latuhalat OR halong OR amahusu OR mardika OR poka OR rumahtiga OR galala',
    "kab": "Kota Ambon", "kabs": "Ambon", "kabtag": "KotaAmbon", "ibukota": "Ambon",
    "kdh": "Wali Kota", "pemda": "Pemkot Ambon", "pemerintah": "Pemerintah Kota Ambon", "polres": "Polresta Ambon",
    "sekda_title": "Sekkot",
    "kec": ["Sirimau", "Nusaniwe", "Baguala", "Teluk Ambon", "Leitimur Selatan"],
    "desa": {"Batu Merah": "Sirimau", "Mardika": "Sirimau", "Karang Panjang": "Sirimau", "Soya": "Sirimau", "Galala": "Sirimau",
             "Benteng": "Nusaniwe", "Amahusu": "Nusaniwe", "Latuhalat": "Nusaniwe", "Kudamati": "Nusaniwe", "Passo": "Baguala",
             "Halong": "Baguala", "Lateri": "Baguala", "Waiheru": "Baguala", "Poka": "Teluk Ambon", "Rumahtiga": "Teluk Ambon",
             "Wayame": "Teluk Ambon", "Hutumuri": "Leitimur Selatan", "Naku": "Leitimur Selatan", "Hukurila": "Leitimur Selatan"},
    "lok": ["{kec}", "Ambon", "Ambon", "Kota Ambon", "{desakec}", "Ambon Manise", "{desa}, Ambon", "{desa}, Ambon", "Passo",
            "Batu Merah"],
    "jalan": ["Jl. Sultan Hairun Ambon", "Jl. A.Y. Patty Ambon", "Jl. Diponegoro Ambon", "Jl. Jenderal Sudirman Batu Merah",
              "jalan Passo–Lateri", "Jembatan Merah Putih Ambon", "jalan Ir. M. Putuhena Poka", "Jl. Pattimura Ambon",
              "jalan ke Latuhalat", "tanjakan Karang Panjang Ambon"],
    "pasar": ["Pasar Mardika Ambon", "Pasar Batu Merah", "Pasar Passo", "Pasar Transit Passo", "pasar kaget di Halong"],
    "simpang": ["simpang Tugu Trikora Ambon", "simpang Batu Merah", "lampu merah Galala", "simpang Passo"],
    "tempat": ["Lapangan Merdeka Ambon", "Pattimura Park Ambon", "Gong Perdamaian Ambon", "Ambon City Center", "Taman Pattimura Ambon",
               "Pantai Amahusu", "GOR Karang Panjang Ambon"],
    "wisata": ["Pantai Namalatu Latuhalat", "Pantai Santai Latuhalat", "Pintu Kota di Leitimur Selatan", "Jembatan Merah Putih Ambon",
               "Benteng Victoria Ambon", "Pantai Hukurila", "Gong Perdamaian Ambon", "Pantai Amahusu"],
    "kuliner": ["papeda ikan kuah kuning", "ikan asar", "rujak Natsepa", "nasi kuning Ambon", "sagu lempeng", "kohu-kohu",
                "colo-colo", "roti kenari", "kue bagea", "ikan bakar colo-colo", "kopi rarobang"],
    "masjid": ["Masjid Raya Al-Fatah Ambon", "Gereja Maranatha Ambon", "Katedral Ambon", "Masjid Jami Batu Merah",
               "jemaat GPM di Passo", "Gereja Silo Ambon", "masjid di Waiheru"],
    "sekolah": ["SMA Negeri 1 Ambon", "SMA Negeri 2 Ambon", "SMP Negeri 9 Ambon", "SMK Negeri 3 Ambon", "Universitas Pattimura di Poka",
                "SD Negeri 50 Ambon", "SMA Kristen YPKPM Ambon", "MAN 1 Ambon"],
    "klub": ["PS Ambon Manise", "tim sepak bola Kota Ambon"],
    "lawan": ["Persemal Maluku Tengah", "PS Tual", "Persiter Ternate", "PS Buru", "PS SBB"],
    "sapaan": ["basudara", "bu", "usi", "nona", "bung", "katong samua", "ale dong"],
    "sy": ["beta", "beta", "saya", "aku"],
    "gk": ["seng", "seng", "tidak", "gak"],
    "harga": {"cabai rawit": (60000, 120000, "kg"), "bawang merah": (36000, 56000, "kg"), "beras": (14000, 16500, "kg"),
              "telur ayam": (32000, 38000, "kg"), "ikan cakalang": (25000, 45000, "ekor"), "ikan komu": (20000, 35000, "tumpuk"),
              "sayur kangkung": (5000, 10000, "ikat")},
    "panen": {"cengkeh": (90000, 125000, "kg"), "pala": (70000, 100000, "kg"), "ikan tuna": (35000, 55000, "kg"),
              "kenari": (60000, 90000, "kg")},
    "bupati_short": ["Johanis Latuperissa", "Johanis Marthen Latuperissa"], "bupati_short_title": ["Wali Kota Latuperissa", "Pak Wali Kota"],
    "sekda_short": ["Agus Ridwan Ohorella", "Drs. Agus Ridwan Ohorella"],
    "first": ["Marthen", "Yohanis", "Fransina", "Agustina", "Abraham", "Ricky", "Nona", "Jein", "Ongen", "Mercy", "Ivon", "Fadli",
              "Ismail", "Rahma", "Saleh", "Nur", "Hasan", "Sandy", "Stevi", "Yopi", "Eky", "Chika", "Melky", "Lulu", "Ronny"],
    "last": ["Latuheru", "Pelupessy", "Leiwakabessy", "Tuhumury", "Soplanit", "Siahaya", "Matulessy", "Sahulata", "Tahapary",
             "Latuconsina", "Tuasikal", "Ohorella", "Wailissa", "Tuanaya", "Marasabessy", "Latupono", "Pattiasina", "Wattimena"],
    "bg_reply": ["bae bae basudara", "io bu", "seng tau lai", "dangke info", "mantap e", "beta jua", "aduh e", "ontua", "sama",
                 "ale di mana tu?"],
    "bg_news": [
        ("Kapal {KM Ngapulu|KM Dobonsolo|KM Sinabung|KM Nggapulu} Tiba di Ambon, Penumpang Padati Pelabuhan Yos Sudarso", [
            "Ratusan penumpang memadati Pelabuhan Yos Sudarso, Ambon, saat kapal Pelni bersandar {pagi tadi|sore tadi}. Penumpang sebagian besar berasal dari Makassar, Bau-Bau, dan Papua.",
            "Petugas KSOP bersama kepolisian mengatur arus penumpang dan kendaraan pengantar di sekitar pintu masuk pelabuhan. Arus lalu lintas di Jl. Yos Sudarso sempat padat.",
            "Pihak Pelni mengimbau calon penumpang membeli tiket melalui kanal resmi dan datang dua jam sebelum keberangkatan.",
        ]),
        ("PLN Jadwalkan Pemeliharaan Jaringan, Listrik di {kec} Padam Sementara", [
            "PLN UP3 Ambon menjadwalkan pemeliharaan jaringan di {kecamatan} {kec}, Kota Ambon. Aliran listrik di sejumlah kelurahan akan padam sementara pukul 09.00 hingga 15.00 WIT.",
            "Manajer PLN setempat mengatakan pemeliharaan diperlukan untuk mengurangi gangguan saat musim hujan. \"Kami mohon maaf atas ketidaknyamanan ini,\" ujarnya.",
            "Warga diminta mencabut peralatan elektronik selama pemadaman dan memantau informasi melalui aplikasi PLN.",
        ]),
        ("Harga Ikan di Pasar Mardika {Naik|Melonjak} Saat Cuaca Buruk", [
            "Harga ikan di Pasar Mardika, Ambon, naik dalam sepekan terakhir karena nelayan tidak melaut akibat gelombang tinggi. Ikan cakalang ukuran sedang dijual hingga Rp45.000 per ekor.",
            "\"Kalau ombak besar, ikan sedikit. Katong juga ambil dari pengepul dengan harga mahal,\" kata {nama}, pedagang ikan di Mardika.",
            "Dinas Perikanan Kota Ambon memperkirakan harga kembali normal saat cuaca membaik.",
        ]),
        ("Ambon Kota Musik Gelar {Konser Musik Jalanan|Festival Band Pelajar|Pentas Musik Akustik} di {tempat}", [
            "Sebagai Kota Musik Dunia versi UNESCO, Ambon kembali menggelar {konser musik jalanan|festival band pelajar|pentas musik akustik} di {tempat}. Puluhan musisi lokal tampil sejak sore hingga malam.",
            "Kepala Ambon Music Office mengatakan kegiatan ini menjadi ruang bagi musisi muda. \"Ambon punya banyak talenta, tinggal diberi panggung,\" katanya.",
            "Pengunjung memadati lokasi dan menikmati penampilan tanpa dipungut biaya.",
        ]),
        ("Pemkot Ambon Tata Ulang Rute Angkot di Kawasan {Mardika|Batu Merah}", [
            "Pemerintah Kota Ambon melalui Dinas Perhubungan menata ulang rute angkutan kota di kawasan {Mardika|Batu Merah} untuk mengurai kemacetan di pusat kota.",
            "Sejumlah sopir angkot meminta sosialisasi lebih lama agar penumpang tidak bingung. Dishub menyatakan uji coba berlangsung dua pekan sebelum dievaluasi.",
            "Warga berharap penataan juga menyasar parkir liar di bahu jalan.",
        ]),
        ("BMKG Ambon Prakirakan Hujan Sedang hingga Lebat Sepekan ke Depan", [
            "Stasiun Meteorologi Pattimura Ambon memprakirakan hujan sedang hingga lebat masih akan terjadi di Kota Ambon dan sekitarnya dalam sepekan ke depan, seiring puncak musim hujan di Maluku bagian tengah.",
            "Warga yang tinggal di lereng dan bantaran sungai diimbau waspada, terutama saat hujan berlangsung lebih dari dua jam.",
            "BMKG juga mengingatkan nelayan dan pengguna speedboat di Teluk Ambon untuk memperhatikan tinggi gelombang.",
        ]),
    ],
    "bg_official": [
        "{kdh} Ambon {bupati_short} {memimpin apel|menghadiri ibadah syukur|meninjau pasar|membuka turnamen} di {lok}. #AmbonManise",
        "[INFO] Pelayanan {perekaman KTP-el|pembayaran PBB|vaksinasi anak|pemeriksaan kesehatan gratis} di kantor {kecamatan} {kec} {hari ini|besok} pukul 09.00 WIT. #KotaAmbon",
    ],
}
AMBON_EXTRA = [
    ("ambon", "neutral", 9, [
        "Hujan {seng|sonde} brenti-brenti di {lok} dari {pagi|semalam}, {jemuran seng kering|jalan licin} basudara",
        "Angkot {lok} {rame|penuh} {pagi ini|jam pulang sekolah}, {beta berdiri|tunggu lama} {😩|}",
        "Speedboat {Galala–Poka|Poka–Galala} {sepi|rame} {hari ini|pagi ini}, {ombak tenang|gelombang agak tinggi}",
        "Listrik di {lok} {padam lai|mati lampu} {dari jam 7|su 2 jam}, PLN {tolong|bagaimana ni}",
        "Ikan {cakalang|komu|tongkol} di {pasar} {murah|mahal} {hari ini|pagi ini}, {harga}",
        "Latihan paduan suara {gereja|jemaat} di {lok} {malam ini|tiap Kamis}, {suaranya manis|rame}",
        "{Beta|Katong} ngopi di {lok} {sambil dengar musik|lihat hujan}, Ambon {memang kota musik|manis e}",
        "Pantai di {wisata} {bersih|ramai} {sore tadi|hari Minggu}, {sunset manis|ombak tenang}",
        "Tanjakan Karang Panjang {licin|macet} {habis hujan|jam sekolah}, {hati-hati bawa motor|katong jalan kaki sa}",
        "Kapal Pelni {masuk|su sandar} di Ambon {pagi ini|tadi malam}, {Jl. Yos Sudarso padat|keluarga dari Makassar datang}",
    ]),
    ("umum", "neutral", 3, [
        "Batu merah di pinggir {jalan} {bagus|cocok} buat taman rumah, {beta ambil satu wkwk|jangan diambil}",
        "Pintu kota rumah lama {di|dekat} {desakec} {masih asli|dari kayu besi}, {cantik e|unik}",
    ]),
]


def sc_ambon():
    sc = Scenario("ambon-sebulan-latar", tz_hours=9, start=(2025, 8, 1, 6, 0), days=30, place=AMBON, sources={}, step_minutes=60)
    sc.local_outlets = [
        outlet("Ambon Ekspres Daring", "ambonekspres.example", "AmbonEkspres.example", "Ambon", 97000,
               ["Ongen Tuhumury", "Mercy Siahaya", "Ismail Latupono"]),
        outlet("Siwalima Kini", "siwalimakini.example", "SiwalimaKini", "Ambon", 126000, ["Redaksi", "Yopi Pattiasina"], path="kota"),
        outlet("Maluku Satu", "malukusatu.example", "MalukuSatu", "Ambon", 44000, ["Rahma Tuasikal"], path="ambon"),
    ]
    sc.national_outlets = [
        outlet("Kabar Negeri", "kabarnegeri.example", "KabarNegeri.example", "Ambon", 4200000, ["Kontributor Maluku"], path="nusantara"),
        outlet("Berita Tanah Air", "beritatanahair.example", "BeritaTanahAir.example", "Ambon", 3100000, ["Redaksi"], path="daerah"),
    ]
    social_sources(sc, "Ambon", complaint="Pengaduan Pemkot Ambon")
    setup_common(sc, 1600, AMBON["first"] + PLAIN_FIRST[:20], AMBON["last"] + PLAIN_LAST[:6],
                 ["ambon", "ambonmanise", "nyong", "nona", "maluku", "basudara", "sirimau"],
                 {"x": ("pemkotambon", "Pemerintah Kota Ambon", 24600),
                  "facebook": ("DiskominfoAmbon", "Diskominfo Kota Ambon", 93100),
                  "instagram": ("pemkot.ambon", "Pemkot Ambon", 78500)})
    tw = dict(BG_TOPIC_W)
    tw["harga"] = 8
    sc.event_anchors = {"cfd-minggu": [" #KotaAmbon", " (Ambon)"], "hut-ri-80": [" #KotaAmbon", " (Ambon)", " — Ambon Manise"]}
    background(sc, 2450, extra=AMBON_EXTRA, news_frac=0.045, official_frac=0.03, topic_w=tw,
               chan_w={"x": 26, "facebook": 38, "instagram": 17, "tiktok": 15, "youtube": 4})
    rng = sc.rng
    D = 1440

    # kontrol 1: Car Free Day setiap Minggu pagi
    C1 = "cfd-minggu"
    cfd = [
        "CFD {Jl. Sultan Hairun|Jl. Pattimura} Ambon pagi ini {rame|seru}, {senam zumba|banyak jualan kuliner|bawa anak main sepeda}",
        "{Beta|Katong} jogging di CFD Ambon, {abis itu makan nasi kuning|ketemu teman lama}",
        "Car Free Day Ambon {Minggu ini|pagi ini} ada {donor darah|senam massal|pameran UMKM|lomba mewarnai}, {ayo datang|rame e}",
        "CFD {Pattimura Park|Jl. Sultan Hairun} Ambon {seng terlalu rame|padat} {karena hujan|pagi ini}, {tapi seru|tetap semangat}",
        "Ikut CFD Ambon {pertama kali|lagi}, {jalan kaki sampai Lapangan Merdeka|sepeda santai keliling kota} {😄|}",
    ]
    for day in range(30):
        dt = sc.t0 + timedelta(days=day)
        if dt.weekday() != 6:
            continue
        start = day * D + 0  # 06.00 WIT
        wave(sc, C1, start, start + 210, rng.randint(12, 17), {"*": cfd}, chan_w={"instagram": 40, "facebook": 25, "x": 15, "tiktok": 20},
             shape="peak", diurnal=0.0, viral=1.2, mood=["happy"], replies=["mantap", "minggu depan ikut", "rame e", "jam berapa selesai?"],
             reply_p=0.15, tags=["#CFDAmbon", "#AmbonManise", "#KotaAmbon"], tag_p=0.4)
        official(sc, C1, start - 60, "[INFO] Car Free Day Kota Ambon hari ini pukul 06.00–09.00 WIT di Jl. Sultan Hairun dan sekitarnya. Kendaraan dialihkan melalui jalur alternatif. #KotaAmbon #CFDAmbon",
                 ch=rng.choice(["instagram", "x"]), viral=1.5)

    # kontrol 2: HUT ke-80 RI — lomba kampung, upacara, pawai
    C2 = "hut-ri-80"
    hut = [
        "Lomba {panjat pinang|tarik tambang|makan kerupuk|balap karung|lari kelereng} di {desakec} {seru|rame} {wkwk|🤣|}, HUT RI ke-80",
        "Persiapan 17an di {desakec}: {gapura dicat merah putih|umbul-umbul dipasang|lomba anak2 mulai besok}",
        "Lomba perahu belang di {Teluk Ambon|pantai Galala|pantai Halong} buat HUT RI {rame|seru sekali}, {dayung kompak|penonton padat}",
        "Latihan paskibraka Kota Ambon di {Lapangan Merdeka|halaman Balai Kota} {panas2|tiap pagi}, {semangat adik2|bangga}",
        "Dirgahayu RI ke-80! {Merdeka|Ambon Manise merah putih} {🇮🇩|}",
        "Upacara 17 Agustus di Lapangan Merdeka Ambon {khidmat|lancar}, {paskibraka keren|haru dengar Indonesia Raya}",
        "Pawai {karnaval|budaya} HUT RI di Ambon {ramai|panjang}, {Jl. A.Y. Patty ditutup|penonton padat sepanjang jalan}",
        "Anak2 di {desakec} {menang lomba|dapat hadiah} 17an, {senang sekali|dangke panitia}",
    ]
    hut_tags = ["#HUTRI80", "#DirgahayuRI", "#AmbonManise", "#17Agustus", "#MerdekaAmbon"]
    wave(sc, C2, 9 * D, 15 * D + 600, 42, {"*": hut[:4]}, chan_w={"facebook": 40, "instagram": 25, "tiktok": 20, "x": 15},
         shape="rise", diurnal=0.9, viral=1.2, mood=["happy", "laugh"], replies=["seru e", "ikut lomba apa?", "merdeka!"],
         reply_p=0.15, tags=hut_tags, tag_p=0.4)
    wave(sc, C2, 16 * D - 300, 16 * D + 780, 48, {"*": hut[4:] + hut[:1]}, chan_w={"facebook": 35, "instagram": 30, "tiktok": 20, "x": 15},
         shape="peak", diurnal=0.6, viral=1.5, mood=["happy"], replies=["merdeka!", "dirgahayu", "bangga e"], reply_p=0.15,
         tags=hut_tags, tag_p=0.5)
    official(sc, C2, 16 * D + 60, "Upacara Peringatan HUT ke-80 Kemerdekaan RI tingkat Kota Ambon di Lapangan Merdeka berlangsung khidmat. Dirgahayu Republik Indonesia! #HUTRI80 #KotaAmbon", ch="instagram", viral=3)
    sc.news(sc.local_outlets[0], 16 * D + 240, "Upacara HUT ke-80 RI di Lapangan Merdeka Ambon Berlangsung Khidmat", [
        "Upacara peringatan HUT ke-80 Kemerdekaan Republik Indonesia tingkat Kota Ambon berlangsung khidmat di Lapangan Merdeka, Minggu (17/8/2025). Wali Kota Ambon Johanis Marthen Latuperissa bertindak sebagai inspektur upacara.",
        "Pengibaran bendera oleh Paskibraka Kota Ambon berjalan lancar meski langit sempat mendung. Ribuan warga, pelajar, dan ASN mengikuti upacara hingga selesai.",
        "Usai upacara, Pemkot Ambon menggelar pawai budaya dan lomba rakyat di sejumlah kelurahan dan negeri.",
    ], event=C2, viral=1.2)
    wave(sc, C2, 16 * D + 780, 18 * D, 16, {"*": hut[:3] + ["Masih ada lomba 17an susulan di {desakec} {besok|Sabtu}, {ayo ikut|seru}"]},
         chan_w={"facebook": 50, "instagram": 30, "tiktok": 20}, shape="fall", diurnal=0.9, viral=1, mood=["happy"], reply_p=0.0,
         tags=hut_tags, tag_p=0.3)

    base = sc.finish()
    srcs = source_list(sc)
    meta = {
        "title": "Sebulan obrolan biasa di Kota Ambon (tanpa kejadian)",
        "kind": "latar-sebulan",
        "step_minutes": 60,
        "office": {
            "name": "Pemkot Ambon", "slug": "kota-ambon", "kind": "kabupaten", "region_code": "81.71",
            "time_zone": "Asia/Jayapura",
            "watchlists": [{"name": "Ambon Manise",
                            "query": AMBON["query"]}],
            "key_actors": [
                {"name": "Wali Kota Ambon", "kind": "pejabat",
                 "aliases": ["Johanis Marthen Latuperissa", "Johanis Latuperissa", "Wali Kota Latuperissa", "Pak Wali", "Bung Jo"]},
                {"name": "Sekretaris Kota Ambon", "kind": "pejabat", "aliases": ["Agus Ridwan Ohorella", "Sekkot Ambon"]},
                {"name": "DPRD Kota Ambon", "kind": "dprd", "aliases": ["DPRD Ambon", "Dewan Kota Ambon"]},
            ],
            "alert_rules": [{"kind": "level_reached", "min_level": "isu"}],
        },
        "sources": srcs,
        "events": [
            {"key": C1, "title": "Car Free Day Minggu pagi di pusat Kota Ambon", "control": True, "max_level": "pemantauan"},
            {"key": C2, "title": "Lomba kampung, upacara dan pawai HUT ke-80 RI", "control": True, "max_level": "pemantauan"},
        ],
    }
    return sc, meta


# =========================================================================
# 8. Luwu Utara (Sulawesi Selatan, WITA) — bencana dengan pembaruan resmi
# =========================================================================

LUTRA = {
    "query": '"luwu utara" OR lutra OR luwuutara OR masamba OR baebunta OR sabbang OR malangke OR sukamaju OR "bone bone" OR mappedeceng OR rongkong OR seko OR rampi OR "tana lili"',
    "kab": "Luwu Utara", "kabs": "Lutra", "kabtag": "LuwuUtara", "ibukota": "Masamba",
    "kec": ["Masamba", "Baebunta", "Sabbang", "Malangke", "Malangke Barat", "Sukamaju", "Bone Bone", "Mappedeceng",
            "Rongkong", "Seko", "Rampi", "Tana Lili", "Sabbang Selatan", "Baebunta Selatan"],
    "desa": {"Kappuna": "Masamba", "Kasimbong": "Masamba", "Baliase": "Masamba", "Pincara": "Masamba", "Radda": "Baebunta",
             "Meli": "Baebunta", "Limbong": "Rongkong", "Malimbu": "Sabbang", "Sukamaju": "Sukamaju", "Bone Bone": "Bone Bone",
             "Uraso": "Mappedeceng", "Pembuniang": "Malangke", "Wonosari": "Tana Lili"},
    "jalan": ["jalan Trans Sulawesi di Masamba", "jalan poros Masamba–Palopo", "jalan poros Baebunta", "jalan ke Rongkong",
              "jalan poros Sabbang", "Jl. Simpurusiang Masamba", "jalan poros Sukamaju"],
    "pasar": ["Pasar Sentral Masamba", "Pasar Baebunta", "Pasar Sukamaju", "Pasar Bone Bone", "pasar Sabbang"],
    "simpang": ["simpang empat Masamba", "pertigaan Baebunta", "simpang Sukamaju", "bundaran Masamba"],
    "tempat": ["Lapangan Andi Djemma Masamba", "Masjid Agung Masamba", "GOR Masamba", "Taman Kota Masamba",
               "halaman kantor camat Sabbang"],
    "wisata": ["dataran tinggi Seko", "kampung tenun Rongkong", "kebun durian di Sabbang", "Pantai Munte Tana Lili",
               "Air Terjun Sarambu Baebunta", "Bukit Lero Masamba"],
    "kuliner": ["kapurung", "lawa' bale", "durian Masamba", "ikan bakar", "coto", "pacco'", "dange", "langsat"],
    "masjid": ["Masjid Agung Masamba", "masjid di Baebunta", "gereja di Rongkong", "musala di Sukamaju", "masjid raya Bone Bone"],
    "sekolah": ["SMAN 1 Luwu Utara di Masamba", "SMPN 1 Masamba", "SMKN 1 Luwu Utara", "MAN Luwu Utara", "SDN 031 Baebunta",
                "SMAN 5 Luwu Utara di Sukamaju"],
    "klub": ["PS Lutra", "tim Porprov Luwu Utara"],
    "lawan": ["PS Palopo", "Persilutim", "PS Luwu", "Perstoraja"],
    "sapaan": ["sodara", "kawan", "bro", "semua", "ki semua", "daeng"],
    "sy": ["saya", "sy", "aku", "saya"],
    "gk": ["nda", "ndak", "tidak", "gak"],
    "harga": {"cabai rawit": (40000, 80000, "kg"), "bawang merah": (30000, 48000, "kg"), "beras": (12500, 14500, "kg"),
              "telur ayam": (50000, 58000, "rak"), "ikan bandeng": (28000, 38000, "kg"), "gula pasir": (17000, 18500, "kg")},
    "panen": {"kakao": (90000, 130000, "kg"), "sawit": (2300, 3100, "kg"), "gabah": (5700, 6800, "kg"), "durian": (20000, 45000, "biji")},
    "bupati_short": ["Andi Rahmat Baso", "Andi Muh. Rahmat Baso"], "bupati_short_title": ["Bupati Andi Rahmat", "Bupati Lutra"],
    "sekda_short": ["Syamsul Rijal Mappe", "Drs. Syamsul Rijal Mappe"],
    "first": ["Andi", "Muh.", "Sitti", "Irwan", "Rahmawati", "Nurhayati", "Hasrul", "Syamsul", "Asriani", "Risal", "Yusran",
              "Nurul", "Ikhsan", "Herlina", "Sukardi", "Wahyuni", "Kamaruddin", "Marlina", "Firman", "Erna", "Baso", "Darmawati"],
    "last": ["Baso", "Mappe", "Rahman", "Saleh", "Tandi", "Pasolong", "Rante", "Bakri", "Anwar", "Hamzah", "Jufri", "Amir",
             "Sampe", "Palimbong"],
    "bg_reply": ["iye", "betul mi itu", "sama ji", "nda tau juga", "mantap ki", "aman ji?", "iya toh"],
}
LUTRA_EXTRA = [
    ("lutra", "neutral", 6, [
        "Harga kakao di {lok} {naik|turun} lagi, sekarang {harga_murah}, {petani senang|lumayan mi}",
        "Musim durian di {lok} {mulai mi|sudah habis}, {harga masih mahal|murah ji sekarang}",
        "Makan kapurung di {lok} {sore-sore|habis hujan} {paling enak|mantap sekali}",
        "Hujan {terus mi|lagi} dari siang di {lok}, {jemuran nda kering|jalan becek}",
        "Jalan ke Seko {masih rusak|becek sekali}, ojek {mahal|Rp500 ribu sekali jalan}, kapan diperbaiki?",
    ]),
]


def sc_lutra():
    sc = Scenario("lutra-banjir-bandang", tz_hours=8, start=(2025, 11, 3, 5, 0), days=3, place=LUTRA, sources={})
    sc.local_outlets = [
        outlet("Lutra Pos", "lutrapos.example", "LutraPos.example", "Masamba", 61000, ["Hasrul Tandi", "Sitti Marlina"]),
        outlet("Tana Luwu Online", "tanaluwu.example", "TanaLuwu", "Masamba", 88000, ["Irwan Pasolong", "Redaksi"], path="luwuraya"),
        outlet("Celebes Terkini", "celebesterkini.example", "CelebesTerkini", "Luwu Utara", 210000, ["Desk Daerah", "Firman Jufri"], path="sulsel"),
    ]
    sc.national_outlets = [
        outlet("Kabar Negeri", "kabarnegeri.example", "KabarNegeri.example", "Luwu Utara", 4200000, ["Kontributor Sulsel"], path="nusantara"),
        outlet("Nusantara Daily", "nusantaradaily.example", "Nusantara Daily", "Luwu Utara", 2900000, ["Redaksi"], path="peristiwa"),
        outlet("Siaran Nasional", "siarannasional.example", "SiaranNasional", "Masamba", 3300000, ["Tim Liputan"], path="bencana"),
    ]
    social_sources(sc, "Lutra", complaint="Aduan warga Luwu Utara")
    setup_common(sc, 900, LUTRA["first"] + PLAIN_FIRST[:20], LUTRA["last"] + PLAIN_LAST[:8],
                 ["lutra", "masamba", "luwu", "tanaluwu", "bugis", "rongkong"],
                 {"x": ("luwuutarakab", "Pemkab Luwu Utara", 11900),
                  "facebook": ("HumasLuwuUtara", "Humas Pemkab Luwu Utara", 69400),
                  "instagram": ("pemkab.luwuutara", "Pemkab Luwu Utara", 52800)})
    bpbd = {"facebook": sc.account("BPBDLuwuUtara", "BPBD Luwu Utara", 28700), "x": sc.account("bpbd_lutra", "BPBD Luwu Utara", 8300),
            "instagram": sc.account("bpbd.luwuutara", "BPBD Luwu Utara", 21400)}
    sc.event_anchors = {"banjir-bandang": [" (Masamba)", " #LuwuUtara", " di Baebunta", " — Luwu Utara", " #Lutra", " (Masamba, Lutra)"]}
    background(sc, 470, extra=LUTRA_EXTRA)
    L, N = sc.local_outlets, sc.national_outlets
    rng = sc.rng

    E = "banjir-bandang"
    T = 930  # 20.30 WITA
    sc.slots.update({
        "desa_b": ["Radda", "Meli", "Baliase", "Kappuna", "Pincara", "Kasimbong", "Radda Baebunta", "Baliase Masamba"],
        "desa_atas": ["Limbong Rongkong", "desa di Rongkong", "Malimbu Sabbang", "kampung di atas Radda", "desa di Sabbang Selatan"],
        "sungai": ["Sungai Masamba", "Sungai Radda", "Sungai Rongkong", "Sungai Baliase"],
        "posko": ["Masjid Agung Masamba", "Lapangan Andi Djemma", "kantor bupati", "GOR Masamba", "SMPN 1 Masamba", "kantor camat Baebunta"],
    })
    tags = ["#BanjirMasamba", "#LuwuUtara", "#PrayForLutra", "#BanjirBandang", "#Lutra"]
    f0 = [
        "Hujan {deras sekali|nda berhenti} dari siang, air {sungai} {naik|sudah meluap}, {sy} lihat dari jembatan. Waspada ki {sapaan}",
        "Warga {desa_b} {mulai ngungsi|siaga}, air sungai {keruh sekali|bawa kayu}. {Semoga aman|Ya Allah lindungi}",
        "Di {Masamba|Baebunta} {hujan deras|petir} terus, {air masuk halaman|got meluap}. Ada info dari BPBD?",
        "Kata orang di atas (Rongkong), {hujan lebat sekali|ada longsor kecil}. Yg tinggal di pinggir sungai {siap2 mi|hati2}",
    ]
    frep0 = ["semoga aman semua", "di sini juga hujan deras", "siap2 barang penting", "info terus ki", "ya Allah jangan sampai kayak 2020"]
    wave(sc, E, T, T + 120, 32, {"*": f0}, chan_w={"facebook": 50, "x": 25, "tiktok": 10, "instagram": 15}, shape="rise",
         diurnal=0.2, viral=1.2, mood=["alarm", "neutral"], replies=frep0, reply_p=0.3, tags=tags, tag_p=0.15)
    f1 = [
        "TOLONG!! banjir bandang di {desa_b}, air campur lumpur dan kayu {masuk rumah|setinggi dada}. MOHON BANTUAN",
        "{Innalillahi|Ya Allah}, rumah2 di {desa_b} {hanyut|terseret arus}, {ada orang yg belum ketemu|tetangga belum ketemu}",
        "Listrik padam, sinyal {hilang2|susah}, {kami di loteng|kami naik ke atap} di {desa_b}, {tolong evakuasi|air masih naik}",
        "MOHON DOA, keluarga {sy} di {desa_b} {belum bisa dihubungi|terjebak}. Ada yg tau kondisi di sana?",
        "Banjir bandang Masamba {parah sekali|lebih parah dari 2020}, lumpur {sepinggang|setinggi atap}, mobil2 {terseret|bertumpuk}",
        "Jalan Trans Sulawesi di Masamba {putus|tertutup lumpur}, {jangan lewat dulu|kendaraan tertahan}",
        "Posko darurat di {posko}, {yg bisa bantu selimut dan makanan|butuh perahu karet}",
        "Suara gemuruh dari arah sungai {tadi|sekitar jam 10}, {tiba2|langsung} air bah {datang|menerjang} {desa_b}",
        "{Sy} dengar ada {anak kecil|lansia} hanyut di {desa_b}. {Semoga ditemukan selamat|Ya Allah}",
        "{sapaan} yg punya perahu atau mobil tinggi, tolong bantu evakuasi warga {desa_b}, {banyak yg terjebak|air deras sekali}",
    ]
    f1_tt = ["banjir bandang malam ini di Masamba Luwu Utara, air bawa lumpur dan kayu", "detik2 air bah masuk {desa_b}, Luwu Utara {😭}"]
    yt = ["BANJIR BANDANG MASAMBA LUWU UTARA MALAM INI", "Kondisi terkini banjir bandang Luwu Utara, warga mengungsi",
          "Banjir bandang Luwu Utara: korban meninggal bertambah"]
    frep1 = ["ya Allah semoga semua selamat", "sudah hubungi BPBD?", "tim SAR otw", "bertahan ki di tempat tinggi",
             "keluargaku juga di Radda belum ada kabar", "mohon jangan ke sungai dulu", "ada yg butuh jemputan di Kappuna",
             "saya punya mobil, posisi di mana?", "semoga cepat surut", "doa dari Makassar"]
    wave(sc, E, T + 115, T + 330, 140, {"*": f1, "tiktok": f1_tt, "yt_title": yt}, chan_w={"facebook": 48, "x": 25, "tiktok": 12, "instagram": 10, "youtube": 5},
         shape="early", diurnal=0.0, viral=3, mood=["alarm", "sad"], caps_p=0.12, replies=frep1, reply_p=0.3, rt_p=0.3,
         tags=tags, tag_p=0.3, tag="victims")
    sc.news(L[1], T + 190, "Banjir Bandang Terjang Masamba dan Baebunta, Warga Panik Menyelamatkan Diri", [
        "Banjir bandang menerjang sejumlah desa dan kelurahan di Kecamatan Masamba dan Baebunta, Kabupaten Luwu Utara, Senin (3/11/2025) malam, setelah hujan deras mengguyur sejak siang. Air bercampur lumpur dan batang kayu masuk ke permukiman warga.",
        "Warga Desa Radda dan Kelurahan Kappuna menyebut air datang tiba-tiba disertai suara gemuruh dari arah hulu Sungai Masamba. \"Kami hanya sempat bawa anak-anak naik ke loteng,\" kata Darmawati, warga Radda, melalui sambungan telepon.",
        "Listrik di sebagian Masamba padam. Tim BPBD, TNI, dan Polri mulai melakukan evakuasi, namun terkendala arus deras dan gelapnya malam. Belum ada data resmi mengenai korban.",
    ], event=E, viral=3)
    official(sc, E, T + 230, "Telah terjadi banjir bandang di Kec. Masamba dan Baebunta malam ini. Tim BPBD bersama TNI/Polri sedang melakukan evakuasi. Warga di bantaran Sungai Masamba, Radda dan Baliase diminta segera menuju tempat tinggi / posko Masjid Agung Masamba dan Lapangan Andi Djemma. Call center darurat BPBD: 112.",
             acc=bpbd["facebook"], viral=8, tag="victims")
    f2 = ["Masih menunggu pagi di atap rumah di {desa_b}, {air mulai turun sedikit|dingin sekali}, doakan kami",
          "Tim SAR {belum bisa masuk|masih tertahan} ke {desa_b}, {arus masih deras|jalan tertutup lumpur}",
          "{Nda bisa tidur|Semalaman nda tidur}, masih cari kabar {keluarga|saudara} di {desa_b}",
          "Terdengar orang minta tolong dari arah {desa_b}, {relawan sudah ke sana|semoga cepat ditolong}"]
    wave(sc, E, T + 330, T + 540, 38, {"*": f2}, chan_w={"facebook": 55, "x": 30, "instagram": 15}, shape="fall", diurnal=0.0,
         viral=2, mood=["sad", "alarm"], replies=frep1, reply_p=0.25, tags=tags, tag_p=0.2, tag="victims")

    D2 = 1440 + 60  # hari kedua 06.00
    upd = [
        (D2 - 30, "Update {BPBD|} Banjir Bandang Luwu Utara (Selasa 4/11, 05.30 WITA): meninggal dunia 4 orang, hilang 17 orang, pengungsi ±1.200 jiwa di 6 titik. Pencarian korban dilanjutkan pagi ini bersama Basarnas, TNI dan Polri. #BanjirMasamba"),
        (D2 + 180, "Bupati Luwu Utara menetapkan status TANGGAP DARURAT bencana banjir bandang selama 14 hari. Data sementara 09.00 WITA: meninggal 6 orang, hilang 15 orang, pengungsi 2.800 jiwa. Bantuan dipusatkan di posko induk Masjid Agung Masamba. #LuwuUtara"),
        (D2 + 780, "Update 19.00 WITA: korban meninggal 9 orang, hilang 14 orang, pengungsi 4.300 jiwa di 12 posko. Rumah terdampak ±640 unit, 85 unit hanyut/rusak berat. Jalan Trans Sulawesi di Masamba dapat dilalui satu jalur. #BanjirMasamba"),
        (D2 + 1440 + 120, "Update Rabu (5/11) 08.00 WITA: korban meninggal 11 orang, hilang 10 orang, pengungsi 4.700 jiwa. Distribusi logistik ke desa terisolir di Rongkong dan Sabbang Selatan dilakukan lewat jalur darat terbatas dan helikopter. #LuwuUtara"),
        (D2 + 1440 + 780, "Update 19.00 WITA banjir bandang Luwu Utara: korban meninggal 13 orang, hilang 8 orang. Pencarian dilanjutkan besok. Warga yang membutuhkan bantuan dapat menghubungi posko induk atau call center 112. #BanjirMasamba"),
    ]
    for m, text in upd:
        t = sc.fill(text)
        official(sc, E, m, t, acc=bpbd["facebook"], viral=8, tag="victims")
        official(sc, E, m + rng.uniform(2, 15), t, ch="x", acc=bpbd["x"], viral=6)
        official(sc, E, m + rng.uniform(10, 40), t, ch=rng.choice(["facebook", "instagram"]), viral=7)
    f3 = [
        "Pagi ini {desa_b} {tertimbun lumpur|rata dengan lumpur}, {rumah tinggal atap|mobil nyangkut di pohon}. {Ya Allah Masamba|Sedih sekali}",
        "Korban meninggal banjir bandang Luwu Utara {sudah|jadi} {4|6|enam} orang, {belasan|15} masih hilang. {Innalillahi|Al-fatihah}",
        "Pengungsi di {posko} {butuh|kekurangan} {air bersih|popok bayi|selimut|makanan siap saji|obat2an}. {Yg mau bantu langsung antar|Tolong share}",
        "Bupati Lutra {sudah tetapkan|tetapkan} tanggap darurat 14 hari. {Semoga bantuan cepat|Gerak cepat pak}",
        "{Basarnas|Tim SAR gabungan} {cari korban|menyisir} di sepanjang {sungai}, {semoga semua ditemukan|warga ikut bantu}",
        "Banjir bandang Masamba {masuk TV nasional|jadi berita nasional}, {semoga bantuan banyak datang|doakan Luwu Utara}",
        "Open donasi untuk korban banjir bandang Luwu Utara, {salurkan lewat posko resmi|transparan, laporan di story}",
        "Keluarga {sy} di {desa_b} {alhamdulillah selamat|baru ketemu di posko}, {tapi rumah habis|cuma baju di badan}",
        "Jalan Trans Sulawesi {buka satu jalur|masih ditutup} di Masamba, {antre panjang|kendaraan dari Palopo tertahan}",
        "Relawan dari {Palopo|Makassar|Luwu Timur|Toraja} {berdatangan|sudah tiba} ke Masamba, {terima kasih|luar biasa}",
        "Lumpur di Kappuna {setinggi pinggang|masih tebal}, {alat berat baru datang|butuh sekop dan sepatu bot}",
        "Data korban banjir Lutra {simpang siur|beda2}, {tolong ikut info BPBD|jangan sebar yg belum pasti}",
    ]
    frep3 = frep1 + ["sudah sy transfer, semoga amanah", "al-fatihah untuk korban", "kuat ki Luwu Utara", "posko mana yg paling butuh?",
                     "semoga cepat pulih", "BPBD gerak cepat", "pemerintah pusat harus turun"]
    wave(sc, E, D2, D2 + 960, 260, {"*": f3, "yt_title": yt}, chan_w={"facebook": 45, "x": 25, "instagram": 12, "tiktok": 13, "youtube": 5},
         shape="early", diurnal=0.7, viral=3, mood=["sad", "neutral", "alarm"], replies=frep3, reply_p=0.25, rt_p=0.25,
         tags=tags, tag_p=0.3, tag="victims")
    sc.news(N[0], D2 + 30, "Banjir Bandang Terjang Luwu Utara, 4 Orang Tewas dan 17 Hilang", [
        "Banjir bandang menerjang Kabupaten Luwu Utara, Sulawesi Selatan, Senin (3/11/2025) malam. Hingga Selasa pagi, empat orang dilaporkan meninggal dunia dan 17 orang masih dalam pencarian.",
        "Kepala Pelaksana BPBD Luwu Utara mengatakan banjir dipicu hujan berintensitas tinggi di hulu Sungai Masamba dan Sungai Radda. \"Air datang membawa lumpur dan kayu, sebagian rumah warga hanyut,\" ujarnya.",
        "Sekitar 1.200 warga mengungsi di enam titik. Tim gabungan Basarnas, TNI, dan Polri melanjutkan pencarian sejak pagi.",
    ], event=E, viral=6, tag="victims")
    sc.news(L[0], D2 + 90, "Pagi Usai Banjir Bandang, Masamba Tertutup Lumpur Tebal", [
        "Sejumlah kelurahan di Masamba, Luwu Utara, tertutup lumpur setebal hingga satu meter, Selasa (4/11/2025) pagi, setelah banjir bandang menerjang semalam. Kendaraan dan batang kayu besar berserakan di jalan.",
        "Warga yang selamat mulai kembali melihat kondisi rumah mereka. \"Rumah saya tinggal fondasi. Semua barang hanyut,\" kata Kamaruddin, warga Kappuna.",
        "Jalan Trans Sulawesi di dalam kota Masamba belum dapat dilalui kendaraan roda empat. Petugas mengerahkan alat berat untuk membuka akses.",
    ], event=E, viral=4, tag="victims")
    sc.news(L[2], D2 + 240, "Bupati Luwu Utara Tetapkan Tanggap Darurat 14 Hari", [
        "Bupati Luwu Utara Andi Muh. Rahmat Baso menetapkan status tanggap darurat bencana banjir bandang selama 14 hari, terhitung sejak Selasa (4/11/2025).",
        "\"Prioritas kami pencarian korban, pelayanan pengungsi, dan membuka akses jalan. Saya minta semua OPD berkantor di posko,\" kata Andi Rahmat saat meninjau Desa Radda.",
        "Hingga pukul 09.00 WITA, BPBD mencatat enam orang meninggal dunia, 15 orang hilang, dan 2.800 jiwa mengungsi. Posko induk didirikan di Masjid Agung Masamba.",
    ], event=E, viral=4, tag="victims")
    sc.news(N[2], D2 + 420, "Korban Banjir Bandang Luwu Utara Bertambah, Pemerintah Pusat Kirim Bantuan", [
        "Jumlah korban meninggal akibat banjir bandang di Luwu Utara, Sulawesi Selatan, bertambah menjadi enam orang. BNPB mengirimkan bantuan logistik dan peralatan melalui Bandara Andi Djemma Masamba.",
        "Kepala BNPB dijadwalkan meninjau lokasi bencana. Kementerian Sosial juga membuka dapur umum untuk ribuan pengungsi.",
        "Banjir bandang serupa pernah melanda Masamba pada 2020. Pemerhati lingkungan menilai kerusakan daerah aliran sungai di hulu perlu segera dievaluasi.",
    ], event=E, viral=5)
    sc.news(N[1], D2 + 800, "9 Orang Tewas, 4.300 Warga Mengungsi Akibat Banjir Bandang di Luwu Utara", [
        "Korban meninggal dunia akibat banjir bandang di Kabupaten Luwu Utara, Sulawesi Selatan, bertambah menjadi sembilan orang, sementara 14 orang masih hilang. Sebanyak 4.300 warga mengungsi di 12 posko.",
        "BPBD mencatat sekitar 640 rumah terdampak, 85 di antaranya hanyut atau rusak berat. Akses Jalan Trans Sulawesi di Masamba sudah dapat dilalui satu jalur.",
        "Pemerintah kabupaten meminta bantuan alat berat tambahan untuk membersihkan lumpur dari permukiman dan fasilitas umum.",
    ], event=E, viral=5, tag="victims")
    f4 = [
        "Bantuan {numpuk|banyak} di posko induk tapi {desa_atas} {belum dapat apa2|baru dapat mi instan}. {Tolong diperhatikan|Adil dong}",
        "Sudah 2 hari, {desa_atas} {masih terisolir|belum ada bantuan}, jalan {longsor|putus}. {Pemda tolong|MOHON PERHATIAN}",
        "Korban banjir Lutra {bertambah jadi|sekarang} {11|13} meninggal, {masih ada yg hilang|pencarian terus}. {Al-fatihah|Ya Allah}",
        "Pengungsi di {posko} mulai {sakit gatal|diare|batuk pilek}, {butuh tenaga kesehatan|obat kurang}",
        "Kerja bakti bersihkan lumpur di {desa_b} hari ini, {yg punya sekop bawa|relawan banyak sekali}. Luwu Utara kuat!",
        "Helikopter antar logistik ke {desa_atas}, {alhamdulillah|akhirnya}. {Semoga rutin|Terima kasih TNI}",
        "Data penerima bantuan di posko {ribet|pakai KK}, padahal KK {sy|warga} {hanyut|hilang}. {Tolong dipermudah|Kasihan}",
        "Air bersih {susah|belum ada} di {desa_b}, sumur {tertimbun lumpur|keruh}. {PDAM|Pemda} tolong tangki air",
        "Terima kasih relawan dan donatur untuk Luwu Utara {🙏|}. {Masamba pasti bangkit|Kita bangkit sama-sama}",
        "Kenapa bantuan lambat ke {desa_atas}? {Pemda jangan cuma di posko induk|Warga di atas juga korban}",
    ]
    frep4 = frep3 + ["iya di desa kami juga belum dapat", "sudah lapor ke posko?", "semoga cepat dibantu", "pemda harus adil",
                     "kalau jalan putus memang susah", "sabar ki, bantuan menyusul"]
    D3 = D2 + 1440
    wave(sc, E, D2 + 900, D3 - 200, 35, {"*": f4[:4] + f3[:3]}, chan_w={"facebook": 55, "x": 30, "instagram": 15}, shape="fall",
         diurnal=0.7, viral=2, mood=["sad", "angry"], replies=frep4, reply_p=0.2, tags=tags, tag_p=0.25, tag="victims")
    wave(sc, E, D3 - 60, sc.span - 20, 200, {"*": f4, "yt_title": yt}, chan_w={"facebook": 50, "x": 25, "instagram": 10, "tiktok": 12, "youtube": 3},
         shape="early", diurnal=0.85, viral=2, mood=["sad", "angry", "neutral"], replies=frep4, reply_p=0.25, rt_p=0.15,
         tags=tags, tag_p=0.3, tag="victims")
    sc.news(L[0], D3 + 150, "Warga Desa Terisolir di Rongkong Keluhkan Bantuan Belum Datang", [
        "Warga di sejumlah desa di Kecamatan Rongkong dan Sabbang Selatan, Luwu Utara, mengeluhkan bantuan yang belum sampai dua hari setelah banjir bandang. Akses jalan menuju desa mereka tertutup longsor.",
        "\"Kami dengar bantuan menumpuk di Masamba, tapi di sini belum ada. Beras tinggal untuk sehari,\" kata Yusran, warga Limbong, melalui telepon satelit milik relawan.",
        "Kepala Dinas Sosial Luwu Utara menyatakan distribusi ke desa terisolir dilakukan lewat helikopter dan jalur darat terbatas. \"Hari ini kami prioritaskan Rongkong,\" ujarnya.",
    ], event=E, viral=3)
    sc.news(N[0], D3 + 300, "Kepala BNPB Tinjau Masamba, Korban Meninggal Banjir Luwu Utara Jadi 11 Orang", [
        "Kepala BNPB meninjau lokasi banjir bandang di Masamba, Luwu Utara, Rabu (5/11/2025). Korban meninggal dunia bertambah menjadi 11 orang dan 10 orang masih dicari.",
        "BNPB menyiapkan dana siap pakai untuk penanganan darurat serta hunian sementara bagi warga yang rumahnya hanyut. \"Relokasi warga di zona merah bantaran sungai harus dipertimbangkan,\" katanya.",
        "Pemerintah daerah diminta memperbaiki pendataan pengungsi agar bantuan tepat sasaran, termasuk bagi warga yang kehilangan dokumen kependudukan.",
    ], event=E, viral=5, tag="victims")
    sc.news(L[2], D3 + 520, "DPRD Luwu Utara Minta Distribusi Bantuan Banjir Diperbaiki", [
        "DPRD Luwu Utara meminta pemerintah kabupaten memperbaiki distribusi bantuan bagi korban banjir bandang, menyusul keluhan warga desa terisolir dan pengungsi yang tidak memiliki kartu keluarga.",
        "\"Jangan sampai bantuan menumpuk di posko induk sementara warga di hulu kelaparan,\" kata Ketua DPRD Luwu Utara saat meninjau posko di Baebunta.",
        "Sekda Luwu Utara menyatakan pendataan kini cukup menggunakan keterangan kepala desa atau lurah bagi warga yang kehilangan dokumen.",
    ], event=E, viral=3)
    sc.news(N[1], D3 + 700, "Korban Banjir Bandang Luwu Utara 13 Orang, Pencarian 8 Korban Hilang Berlanjut", [
        "Tim SAR gabungan kembali menemukan dua korban banjir bandang di Luwu Utara, sehingga jumlah korban meninggal dunia menjadi 13 orang. Delapan orang masih dalam pencarian.",
        "Pencarian difokuskan di sepanjang Sungai Masamba hingga muara. Sementara itu, pembersihan lumpur di permukiman terus dilakukan dengan bantuan alat berat dari provinsi.",
        "Jumlah pengungsi mulai berkurang karena sebagian warga kembali membersihkan rumah. Namun sekitar 3.900 jiwa masih bertahan di posko, terutama warga yang rumahnya hanyut.",
    ], event=E, viral=4, tag="victims")

    base = sc.finish()
    srcs = source_list(sc)
    meta = {
        "title": "Banjir bandang Masamba–Baebunta: korban, pengungsian, bantuan dan keluhan",
        "kind": "bencana",
        "step_minutes": 10,
        "office": {
            "name": "Pemkab Luwu Utara", "slug": "luwu-utara", "kind": "kabupaten", "region_code": "73.22",
            "time_zone": "Asia/Makassar",
            "watchlists": [{"name": "Wilayah Luwu Utara",
                            "query": LUTRA["query"]}],
            "key_actors": [
                {"name": "Bupati Luwu Utara", "kind": "pejabat",
                 "aliases": ["Andi Muh. Rahmat Baso", "Andi Rahmat Baso", "Bupati Andi Rahmat", "Bupati Lutra"]},
                {"name": "Sekda Luwu Utara", "kind": "pejabat", "aliases": ["Drs. Syamsul Rijal Mappe", "Syamsul Rijal Mappe", "Sekda Lutra"]},
                {"name": "DPRD Luwu Utara", "kind": "dprd", "aliases": ["DPRD Lutra", "Ketua DPRD Luwu Utara"]},
                {"name": "BPBD Luwu Utara", "kind": "lembaga", "aliases": ["BPBD Lutra"]},
            ],
            "alert_rules": [{"kind": "level_reached", "min_level": "isu"}],
        },
        "sources": srcs,
        "events": [
            {"key": E, "title": "Banjir bandang di Masamba dan Baebunta",
             "expect": expect_from(sc, E, krisis_tag="victims", base=base)},
        ],
    }
    return sc, meta


# =========================================================================
# Keluaran
# =========================================================================

SCENARIOS = [sc_lotim, sc_tuban, sc_tanahdatar, sc_banjar, sc_klaten, sc_lamsel, sc_ambon, sc_lutra]

README_DESC = {
    "lotim-truk-pasar": ("Pemkab Lombok Timur (NTB, WITA)",
                         "insiden lokal yang membesar menjadi krisis, dengan satu kejadian viral positif sebagai kontrol"),
    "tuban-gas-dan-pungli": ("Pemkab Tuban (Jawa Timur, WIB)", "dua insiden yang tidak berhubungan pada hari yang sama"),
    "tanahdatar-pbb": ("Pemkab Tanah Datar (Sumatera Barat, WIB)",
                       "keluhan kebijakan yang membara pelan selama dua pekan, RDP DPRD dan aksi damai"),
    "banjar-hoaks-penculikan": ("Pemkab Banjar (Kalimantan Selatan, WITA)",
                                "gelombang hoaks berantai lalu klarifikasi resmi dan cek fakta"),
    "klaten-berita-nasional": ("Pemkab Klaten (Jawa Tengah, WIB)",
                               "berita nasional yang hanya menyebut daerah ini di antara banyak daerah (kontrol)"),
    "lamsel-buzzer-tagar": ("Pemkab Lampung Selatan (Lampung, WIB)",
                            "ledakan unggahan copas dari akun-akun baru (amplifikasi terkoordinasi)"),
    "ambon-sebulan-latar": ("Pemkot Ambon (Maluku, WIT)",
                            "sebulan obrolan biasa tanpa kejadian nyata; dua tema berulang sebagai kontrol"),
    "lutra-banjir-bandang": ("Pemkab Luwu Utara (Sulawesi Selatan, WITA)",
                             "bencana dengan pembaruan resmi, pengungsian, korban, bantuan dan keluhan"),
}


def write_readme(rows):
    lines = [
        "# Set skenario *held-out*",
        "",
        "Folder ini berisi set skenario **held-out** untuk `sigap issues evaluate`: skenario yang",
        "disimpan terpisah dan **tidak boleh dipakai untuk menyetel** peringatan dini. Hasilnya hanya",
        "dipakai untuk melaporkan kinerja pada data yang tidak dilihat saat membangun. Jangan membaca",
        "isi berkas di sini saat mengembangkan `sigap/issues/`.",
        "",
        "Setiap skenario adalah pasangan `NAMA.jsonl` (aliran dokumen format impor Sigap + kolom",
        "`source` dan `event`) dan `NAMA.yaml` (kantor, sumber, kejadian yang diharapkan); formatnya",
        "dijelaskan di [docs/scenarios.md](../../docs/scenarios.md). Semua nama orang, akun, perusahaan",
        "dan media (domain `.example`) adalah rekaan; kode wilayah dan nama kecamatan nyata.",
        "",
        "| Skenario | Kantor | Jenis | Dokumen | Rentang |",
        "|---|---|---|---:|---:|",
    ]
    for name, kind, n, hours, _ in rows:
        office, desc = README_DESC[name]
        span = f"{hours:.0f} jam" if hours < 100 else f"{hours / 24:.0f} hari"
        count = f"{n:,}".replace(",", ".")
        lines.append(f"| `{name}` | {office} | {desc} | {count} | {span} |")
    lines += [
        "",
        "## Membuat ulang",
        "",
        "Semua berkas dibuat oleh `generate.py` (pustaka standar + PyYAML, tanpa Django). Benih acak",
        "tetap, jadi hasilnya sama persis setiap kali dijalankan:",
        "",
        "```",
        ".venv/bin/python scenarios/heldout/generate.py",
        "```",
        "",
        "Jangan menyunting JSONL/YAML dengan tangan; ubah `generate.py` lalu jalankan ulang.",
        "",
    ]
    (OUT / "README.md").write_text("\n".join(lines), encoding="utf-8")


def main(argv):
    rows = []
    for fn in SCENARIOS:
        sc, meta = fn()
        write_scenario(sc, meta)
        hours = (sc.recs[-1]["_m"] - sc.recs[0]["_m"]) / 60
        per = defaultdict(int)
        for r in sc.recs:
            per[r["event"] or "(latar)"] += 1
        rows.append((sc.name, meta["kind"], len(sc.recs), hours, dict(per)))
    write_readme(rows)
    for name, kind, n, hours, per in rows:
        print(f"{name}: {kind}, {n} dokumen, {hours:.1f} jam")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
