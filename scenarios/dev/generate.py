#!/usr/bin/env python3
"""Generator skenario berlabel `scenarios/dev/` untuk `sigap issues evaluate`.

Menulis delapan pasang berkas NAMA.jsonl + NAMA.yaml (format: docs/scenarios.md) ke folder
tempat berkas ini berada. Hanya pustaka standar + PyYAML; tidak mengimpor Django. Setiap
skenario memakai `random.Random` dengan benih tetap, jadi keluarannya sama pada setiap
eksekusi:

    .venv/bin/python scenarios/dev/generate.py            # tulis semua
    .venv/bin/python scenarios/dev/generate.py klaten     # hanya skenario yang namanya memuat 'klaten'

*Expectations (`events`) are set by domain judgement (what a demanding but fair Humas officer
would expect), from the milestones written into each storyline, never from how Sigap behaves.*
All names of people, outlets, accounts, villages, caterers, hospitals and companies are
invented; region codes and district (kecamatan) names are real (sigap/text/models/regions.json).
"""
from __future__ import annotations

import datetime as dt
import json
import math
import random
import re
import string
import sys
from pathlib import Path

import yaml

OUT = Path(__file__).resolve().parent

# --------------------------------------------------------------------------------------------
# Engine
# --------------------------------------------------------------------------------------------

TZ_OFFSET = {"Asia/Jakarta": 7, "Asia/Makassar": 8, "Asia/Jayapura": 9}

# relative activity per local hour (quiet nights, morning bump, evening peak)
DIURNAL = [0.30, 0.16, 0.09, 0.06, 0.09, 0.28, 0.55, 0.78, 0.88, 0.92, 0.90, 0.88,
           0.95, 0.90, 0.82, 0.82, 0.88, 0.95, 1.05, 1.25, 1.35, 1.25, 0.95, 0.55]

EMO = {
    "sad": ["😢", "😭", "🥺", "💔", "😔", "🙏", "😞"],
    "angry": ["😡", "🤬", "😤", "🙄", "👎", "😠", "💢"],
    "happy": ["😍", "🥰", "👏", "🔥", "💪", "😊", "❤️", "🙌", "✨", "👍"],
    "alarm": ["⚠️", "🚨", "‼️", "❗", "😱", "😨", "🆘"],
    "laugh": ["😂", "🤣", "😅", "😆", "🤭"],
    "neutral": ["🙂", "👍", "🙏", "👀", "😊"],
    "pray": ["🙏", "🤲", "🙏🙏", "🤲🏻", "🤍"],
    "hot": ["🥵", "☀️", "🔥"],
    "rain": ["🌧️", "⛈️", "☔", "🌂"],
    "food": ["😋", "🤤", "🍜", "🌶️"],
}

EMOJI_CHARS = {c for v in EMO.values() for e in v for c in e if ord(c) > 0x2000}

ABBR = {
    "yang": ["yg", "yg", "yg", "yang"], "tidak": ["gk", "ga", "gak", "tdk", "nggak", "ndak"],
    "enggak": ["gk", "ga", "ngga"], "sudah": ["udh", "udah", "sdh", "dah"],
    "dengan": ["dgn", "dg"], "terus": ["trs", "trus"], "karena": ["krn", "karna", "soalnya"],
    "saya": ["sy", "aku", "aq", "sy"], "banget": ["bgt", "bngt", "bgt"], "belum": ["blm", "belom"],
    "bisa": ["bs", "bisa"], "juga": ["jg", "jg"], "untuk": ["utk", "buat"],
    "kalau": ["kalo", "klo", "kl"], "sama": ["sm"], "orang": ["org"], "tolong": ["tlg", "tolongg"],
    "sekarang": ["skrg", "skrng"], "lagi": ["lg"], "bagaimana": ["gmn", "gimana"],
    "banyak": ["byk", "bnyk"], "semua": ["smua", "sma"], "jangan": ["jgn"], "gimana": ["gmn"],
    "kenapa": ["knp", "napa"], "tahu": ["tau", "tw"], "teman": ["temen"], "pakai": ["pake"],
    "begitu": ["gitu"], "begini": ["gini"], "memang": ["emang", "emg"], "hanya": ["cuma", "cm"],
    "sampai": ["sampe", "smpe"], "benar": ["bener", "bnr"], "dari": ["dr"], "pada": ["pd"],
    "atau": ["ato", "atw"], "nanti": ["ntar", "nnti"], "tapi": ["tp", "tapi"],
    "sekali": ["bgt", "skali"], "apa": ["ap", "apa"], "mau": ["mo", "mau"],
    "warga": ["warga", "wrg"], "masyarakat": ["masy", "masyarakat"], "kasihan": ["kasian", "ksian"],
    "sedang": ["lg", "sdg"], "jalan": ["jln", "jalan"], "sebentar": ["bntr", "bentar"],
    "lebih": ["lbh"], "harus": ["hrs"], "pemerintah": ["pemerintah", "pemda"],
    "rumah": ["rmh", "rumah"], "semoga": ["smg", "semoga"], "kemarin": ["kmrn", "kemaren"],
}

STRETCH = {"parah", "banget", "tolong", "kasihan", "serem", "gila", "mantap", "keren", "lama",
           "bgt", "panas", "takut", "sedih", "ngeri", "kok", "woi", "plis", "please"}

FIRST = {
    "jawa": ["Agus", "Budi", "Sri", "Wahyuni", "Eko", "Dwi", "Tri", "Joko", "Slamet", "Siti", "Endah",
             "Rini", "Yuni", "Bambang", "Wahyu", "Suryani", "Sugeng", "Heru", "Lestari", "Ratna",
             "Dimas", "Fajar", "Nurul", "Anisa", "Rizky", "Bayu", "Putri", "Galih", "Sekar", "Tutik",
             "Parmi", "Ngatini", "Mulyadi", "Yudi", "Wulan", "Sigit", "Hendra", "Kurnia", "Tika",
             "Arif", "Danang", "Fitri", "Ayu", "Retno", "Gilang", "Lukman", "Sari", "Indah", "Yanto"],
    "sunda": ["Asep", "Ujang", "Dede", "Euis", "Neng", "Cecep", "Iis", "Aep", "Yayan", "Dadang",
              "Ayi", "Encep", "Nenden", "Rina", "Wawan", "Entis", "Cucu", "Dedi", "Ai", "Ikhsan",
              "Rizal", "Tatang", "Lilis", "Nining", "Ade", "Yusup", "Imas", "Ujang", "Agus", "Yanti",
              "Dadan", "Hendi", "Rosita", "Siti", "Ilham", "Maya", "Fikri", "Sinta", "Yogi", "Deden"],
    "jatim": ["Moh", "Holil", "Fauzi", "Siti", "Hosnan", "Sulaiman", "Nur", "Lilik", "Yudha", "Hendra",
              "Rofiq", "Ainur", "Fitri", "Dwi", "Agus", "Eko", "Rizal", "Faisol", "Yuli", "Rini",
              "Anik", "Hasan", "Umar", "Sholeh", "Imron", "Novi", "Diah", "Bagus", "Rendy", "Anton",
              "Ika", "Wahyu", "Ahmad", "Sukron", "Dewi", "Mila", "Taufik", "Arief", "Zainal", "Laila"],
    "ambon": ["Yohanis", "Maria", "Agustina", "Frans", "Jacob", "Melki", "Ronny", "Elsye", "Stevy",
              "Abdullah", "Hasan", "Fadli", "Sitti", "Ongky", "Jopie", "Marthen", "Grace", "Yulius",
              "Nona", "Chika", "Ricky", "Rahmat", "Ivon", "Glen", "Novita", "Ismail", "Raisa", "Nando",
              "Febby", "Oni", "Ade", "Tommy", "Merry", "Fauzan", "Saleh", "Thres"],
    "medan": ["Tongam", "Rudi", "Sahat", "Marlina", "Rosmawati", "Ucok", "Butet", "Juliana", "Agus",
              "Riko", "Andi", "Nurhayati", "Syahrul", "Fitri", "Indra", "Dedi", "Rizky", "Yanti",
              "Bonar", "Maruli", "Erwin", "Lamhot", "Sri", "Anggi", "Dina", "Fahmi", "Ilham", "Wati",
              "Robert", "Tiur", "Zulkifli", "Rahmad", "Yusuf", "Nanda", "Sarah", "Boy"],
    "banjar": ["Ahmad", "Muhammad", "Siti", "Rahmah", "Noor", "Fauziah", "Hairul", "Rusdi", "Jumberi", "Mahmud",
               "Zainal", "Syarifah", "Aulia", "Fitri", "Irma", "Ridho", "Yusran", "Saufi", "Anang", "Galuh", "Utuh",
               "Aluh", "Hamdan", "Rina", "Normila", "Halimah", "Arbain", "Fadli", "Rizal", "Nadia", "Junaidi", "Husin"],
    "bugis": ["Andi", "Muh", "Sitti", "Nurhaedah", "Baharuddin", "Syamsul", "Irwan", "Hasmawati",
              "Rahmat", "Fitriani", "Arman", "Sulaiman", "Nurul", "Ikhsan", "Erni", "Hamzah", "Risna",
              "Sukri", "Wahida", "Ismail", "Jumriah", "Kaharuddin", "Asriani", "Ardi", "Hasnah",
              "Fadel", "Nur", "Ahmad", "Sahrul", "Rini", "Haerul", "Musdalifah", "Anto", "Ilham"],
}
LAST = {
    "jawa": ["Santoso", "Wibowo", "Susanto", "Purnomo", "Rahayu", "Setiawan", "Handayani", "Prasetyo",
             "Nugroho", "Kurniawan", "Lestari", "Wijaya", "Hartono", "Saputra", "Utami", "Pratama"],
    "sunda": ["Suryana", "Hidayat", "Sopandi", "Mulyana", "Ramdani", "Permana", "Nurjanah", "Kusnadi",
              "Rohmat", "Saepudin", "Gunawan", "Sutisna", "Rahmawati", "Firmansyah", "Suherman"],
    "jatim": ["Hidayat", "Fauzi", "Rahman", "Hasyim", "Maulana", "Efendi", "Rosyid", "Anwar",
              "Kholil", "Mansur", "Kurniawan", "Wijaya", "Setiawan", "Hakim", "Arifin", "Ningsih"],
    "ambon": ["Latuconsina", "Sahetapy", "Pattiasina", "Manuhutu", "Ririmasse", "Tupamahu",
              "Latupeirissa", "Wattimena", "Souisa", "Lewerissa", "Rumahlatu", "Nahumury", "Leiwakabessy",
              "Salampessy", "Tuhumury", "Matulessy", "Hehanussa", "Pelupessy", "Ohorella", "Marasabessy"],
    "medan": ["Siregar", "Nasution", "Lubis", "Sitorus", "Simanjuntak", "Ginting", "Sembiring",
              "Tarigan", "Harahap", "Purba", "Saragih", "Pane", "Hutapea", "Manurung", "Damanik",
              "Sinaga", "Batubara", "Tambunan"],
    "banjar": ["Rahman", "Hidayat", "Noor", "Ansyari", "Fahmi", "Rasyid", "Hasan", "Aini", "Maulana", "Syahrani",
               "Arsyad", "Hamidi", "Mahfuz", "Rifani", "Effendi"],
    "bugis": ["Syamsuddin", "Rahman", "Amir", "Hamid", "Basri", "Arifin", "Mappe", "Hasan",
              "Tenri", "Latif", "Karim", "Said", "Makmur", "Sanusi", "Halim", "Ramli"],
}
HANDLE_PREFIX = {
    "jawa": ["mas", "mbak", "cah", "lek", "dulur", "bocah"], "sunda": ["kang", "teh", "akang", "neng", "urang"],
    "jatim": ["cak", "mas", "ning", "arek", "lek"],
    "ambon": ["nyong", "nona", "bung", "usi", "bu"], "medan": ["bang", "lae", "kak", "ito", "bg"],
    "bugis": ["daeng", "puang", "ndi", "kak", "bang"], "banjar": ["anang", "galuh", "utuh", "aluh", "ading"],
}

PLACE_WORD = {"jawa": ["warga", "bocah", "wong", "cah"], "sunda": ["urang", "warga", "budak"],
              "jatim": ["arek", "warga", "wong", "cak"], "ambon": ["nyong", "nona", "anak", "basudara"],
              "medan": ["anak", "halak", "awak", "warga"], "bugis": ["ana", "warga", "to", "anak"],
              "banjar": ["urang", "anak", "warga", "bubuhan"]}

ALNUM = string.ascii_letters + string.digits


def clamp(x, lo, hi):
    return max(lo, min(hi, x))


class Author:
    __slots__ = ("handle", "name", "followers", "style", "fresh")

    def __init__(self, handle, name, followers, style=1, fresh=False):
        self.handle, self.name, self.followers, self.style, self.fresh = handle, name, followers, style, fresh


class Region:
    """Everything that is fixed about one regency/city (names partly invented, see module doc)."""

    def __init__(self, **kw):
        self.__dict__.update(kw)


class Scenario:
    def __init__(self, name, seed, region, start, hours, *, title, kind, step=10):
        self.name, self.region, self.title, self.kind, self.step = name, region, title, kind, step
        self.rng = random.Random(seed)
        self.start = start                      # naive local datetime of minute 0
        self.hours = hours
        self.tz = dt.timezone(dt.timedelta(hours=TZ_OFFSET[region.tz]))
        self.docs: list[dict] = []
        self.ids: set[str] = set()
        self.authors: dict[str, Author] = {}
        self.regulars: list[Author] = []         # warga who post more than once
        self.events: list[dict] = []
        self.notes: list[str] = []
        self.by_event: dict[str, list[dict]] = {}
        self.recap: dict[str, str] = {"": ""}   # event -> background paragraph for short articles

    # ---- randomness helpers -------------------------------------------------------------
    def ch(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def wch(self, weights: dict):
        keys = list(weights)
        return self.rng.choices(keys, weights=[weights[k] for k in keys])[0]

    def chance(self, p):
        return self.rng.random() < p

    def local_hour(self, minute):
        return (self.start + dt.timedelta(minutes=minute)).hour

    def times(self, a, b, n, shape="flat", flat=0.0):
        """n minutes in [a, b): shape of the density (flat/rise/fall/peak/decay) times the
        diurnal rhythm (flat=1.0 ignores the clock: emergencies are posted at night too)."""
        out = []
        guard = 0
        while len(out) < n and guard < n * 400:
            guard += 1
            u = self.rng.random()
            if shape == "rise":
                u = u ** 0.5
            elif shape == "fall":
                u = 1 - u ** 0.5
            elif shape == "peak":
                u = (u + self.rng.random()) / 2
            elif shape == "decay":
                u = min(0.999, -math.log(1 - u * 0.95) / 3.0)
            t = a + (b - a) * u
            w = DIURNAL[self.local_hour(t)] * (1 - flat) + flat
            if self.rng.random() * 1.36 <= w:
                out.append(max(0.5, t))
        return sorted(out)

    # ---- text ---------------------------------------------------------------------------
    def slots(self):
        return self.region.slots

    _ALT = re.compile(r"\[([^\[\]]*\|[^\[\]]*)\]")
    _SLOT = re.compile(r"\{(\w+)\}")

    def fill(self, tpl, extra=None):
        text = tpl
        while True:
            new = self._ALT.sub(lambda m: self.ch(m.group(1).split("|")), text)
            if new == text:
                break
            text = new
        memo = {}
        base = self.region.slots

        def rep(m):
            key = m.group(1)
            if key in memo:
                return memo[key]
            if extra and key in extra:
                v = extra[key]
            elif key in base:
                v = base[key]
            else:
                raise KeyError(f"slot {{{key}}} tidak dikenal dalam: {tpl[:80]}")
            if callable(v):
                v = v(self)
            elif isinstance(v, (list, tuple)):
                pool = v
                v = self.ch(pool)
                if key[-1:] in "23" and memo.get(key[:-1]) == str(v) and len(set(pool)) > 1:
                    while str(v) == memo.get(key[:-1]):
                        v = self.ch(pool)
            v = str(v)
            if "{" in v or "[" in v:
                v = self.fill(v, extra)
            memo[key] = v
            return v

        return self._SLOT.sub(rep, text)

    def informal(self, text, level, mood=None):
        """Make a post look typed on a phone: abbreviations, typos, stretched words, emoji."""
        if level <= 0:
            return text
        r = self.rng
        p_abbr = {1: 0.25, 2: 0.55, 3: 0.8}[min(level, 3)]
        words = text.split(" ")
        out = []
        for w in words:
            core = w.strip(".,!?:;\"'()")
            low = core.lower()
            if core and low in ABBR and not w.startswith(("#", "@")) and r.random() < p_abbr:
                w = w.replace(core, r.choice(ABBR[low]))
            elif low in STRETCH and r.random() < 0.25 * level:
                w = w.replace(core, core + core[-1] * r.randint(1, 3))
            elif (len(core) > 4 and core.isalpha() and core.islower() and r.random() < 0.015 * level):
                i = r.randrange(len(core) - 1)
                k = r.random()
                if k < 0.5:
                    typo = core[:i] + core[i + 1] + core[i] + core[i + 2:]
                elif k < 0.8:
                    typo = core[:i] + core[i + 1:]
                else:
                    typo = core[:i] + core[i] + core[i:]
                w = w.replace(core, typo)
            out.append(w)
        text = " ".join(out)
        if r.random() < 0.18 * level:
            text = text.lower()
        if r.random() < 0.12 * level:
            text = text.rstrip(".")
        if r.random() < 0.1 * level:
            text = re.sub(r"([!?])(\s|$)", lambda m: m.group(1) * r.randint(2, 4) + m.group(2), text, count=1)
        if mood and r.random() < 0.3 + 0.12 * level and not any(ch in EMOJI_CHARS for ch in text):
            e = r.choice(EMO[mood])
            text = text + " " + e * (r.randint(1, 3) if r.random() < 0.3 else 1)
        return text

    # ---- authors ------------------------------------------------------------------------
    def followers(self, median=380, sigma=1.05, lo=12, hi=9500):
        return int(clamp(math.exp(math.log(median) + self.rng.gauss(0, sigma)), lo, hi))

    def new_handle(self, group=None):
        g = group or self.region.people
        r = self.rng
        f = r.choice(FIRST[g])
        la = r.choice(LAST[g])
        fl, ll = f.lower(), la.lower()
        kab = self.region.tag_short
        kec = r.choice(self.region.districts).lower().replace(" ", "")
        form = r.randrange(11)
        if form == 0:
            h = f"{fl}{r.choice(['_', '.', ''])}{ll}"
        elif form == 1:
            h = f"{fl}_{kab}"
        elif form == 2:
            h = f"{fl}{r.randint(1, 99):02d}"
        elif form == 3:
            h = f"{r.choice(HANDLE_PREFIX[g])}{r.choice(['_', '', '.'])}{fl}"
        elif form == 4:
            h = f"{fl}{ll[:3]}{r.choice(['88', '99', '21', '07', '_', '123', '17'])}"
        elif form == 5:
            h = f"{fl}_{kec}"
        elif form == 6:
            h = f"{r.choice(['its', 'im', 'real', 'the', 'hai'])}{fl}{r.choice(['', '_', 'x'])}"
        elif form == 7:
            h = f"{fl}.{ll}.{r.randint(1, 9999)}"
        elif form == 8:
            h = f"{ll}{fl[:1]}{r.randint(70, 2005)}"
        elif form == 9:
            h = f"{r.choice(PLACE_WORD[g])}{kec}{r.choice(['', '_', '99', '24'])}"
        else:
            h = f"{fl}{r.choice(['ku', 'ajah', 'aja', 'nih', 'chan', 'kun', 'ndut', 'lah'])}"
        h = re.sub(r"[^a-z0-9_.]", "", h)
        return h, f"{f} {la}" if r.random() < 0.7 else f

    def person(self, reuse=0.25, group=None, style=None, median=380):
        if self.regulars and self.chance(reuse):
            return self.ch(self.regulars)
        for _ in range(50):
            h, n = self.new_handle(group)
            if h not in self.authors:
                break
            h = h + str(self.rng.randint(2, 999))
            if h not in self.authors:
                break
        a = Author(h, n, self.followers(median), style if style is not None else self.rng.choice([1, 1, 2, 2, 2, 3]))
        self.authors[h] = a
        if self.chance(0.35):
            self.regulars.append(a)
        return a

    def fresh_account(self):
        """A brand-new account of a copy-paste campaign: generated-looking handle, few followers."""
        r = self.rng
        g = self.region.people
        f = r.choice(FIRST[g]).lower()
        form = r.randrange(5)
        if form == 0:
            h = f"{f}{r.randint(10000, 99999999)}"
        elif form == 1:
            h = f"{f}{r.choice(LAST[g]).lower()[:4]}{r.randint(100, 9999)}"
        elif form == 2:
            h = "".join(r.choice(string.ascii_lowercase) for _ in range(r.randint(6, 9))) + str(r.randint(10, 999))
        elif form == 3:
            h = f"{r.choice(['rakyat', 'suara', 'warga', 'pemuda', 'peduli', 'relawan'])}_{self.region.tag_short}{r.randint(1, 999)}"
        else:
            h = f"user{r.randint(10 ** 8, 10 ** 9)}"
        while h in self.authors:
            h += str(r.randint(0, 9))
        a = Author(h, h, r.choice([0, 0, 1, 2, 3, 4, 5, 7, 9, 12, 15, 23, 31, 48]), 1, fresh=True)
        self.authors[h] = a
        return a

    def account(self, handle, followers, name=None):
        a = self.authors.get(handle)
        if a is None:
            a = Author(handle, name or handle, followers, 0)
            self.authors[handle] = a
        return a

    # ---- documents ----------------------------------------------------------------------
    def new_id(self, channel):
        r = self.rng
        while True:
            if channel == "x":
                i = str(r.randint(1930000000000000000, 1990000000000000000))
            elif channel == "facebook":
                i = f"fb_{r.randint(10 ** 14, 10 ** 15)}_{r.randint(10 ** 15, 10 ** 16)}"
            elif channel == "instagram":
                i = "ig_" + "".join(r.choice(ALNUM) for _ in range(11))
            elif channel == "tiktok":
                i = f"tt_{r.randint(7300000000000000000, 7600000000000000000)}"
            elif channel == "youtube":
                i = "yt_" + "".join(r.choice(ALNUM + "-_") for _ in range(11))
            elif channel == "complaint":
                i = f"lapor-{self.start.year}-{r.randint(100000, 999999)}"
            else:
                i = f"{channel}-{r.randint(10 ** 9, 10 ** 10)}"
            if i not in self.ids:
                self.ids.add(i)
                return i

    def stamp(self, minute):
        t = self.start + dt.timedelta(minutes=minute)
        return t.replace(tzinfo=self.tz).isoformat(timespec="seconds")

    def engagement(self, channel, followers, vir):
        r = self.rng
        rate = {"x": 0.012, "facebook": 0.03, "instagram": 0.045, "tiktok": 0.07, "youtube": 0.02,
                "complaint": 0.0, "news": 0.0, "other": 0.01}[channel]
        base = (followers + 40) * rate * vir * math.exp(r.gauss(0, 0.9))
        if channel == "tiktok":
            base += vir * r.randint(0, 60)
        likes = int(base)
        if channel == "complaint":
            return {}
        e = {"likes": likes,
             "shares": int(likes * r.uniform(0.03, 0.45) * (1.6 if channel == "facebook" else 1)),
             "replies": int(likes * r.uniform(0.03, 0.25))}
        if channel in ("x", "tiktok", "instagram", "youtube"):
            e["views"] = int((likes + 3) * r.uniform(14, 70))
        return e

    def add(self, minute, channel, source_key, author: Author, text, *, event="", vir=1.0,
            title=None, url=None, parent=None, extra=None):
        r = self.rng
        if (channel != "news" and not parent and not text.startswith("RT @") and not author.fresh
                and not self.mentions((title or "") + " " + text) and r.random() < 0.93):
            text = self.locate(text)
        i = self.new_id(channel)
        d = {"id": i, "published_at": self.stamp(minute + r.random() * 0.98), "channel": channel,
             "source": self.region.sources[source_key]}
        if title:
            d["title"] = title
        d["text"] = text
        d["author"] = author.handle
        if author.name and author.name != author.handle:
            d["author_name"] = author.name
        d["author_followers"] = author.followers
        d.update(self.engagement(channel, author.followers, vir) if channel != "news" else {})
        if url:
            d["url"] = url
        elif channel == "x":
            d["url"] = f"https://x.com/{author.handle}/status/{i}"
        if parent:
            d["parent_id"] = parent
        if channel == "x":
            d["lang"] = "in"
        if extra:
            d.update(extra)
        if event:
            d["event"] = event
        d["_m"] = minute
        self.docs.append(d)
        self.by_event.setdefault(event, []).append(d)
        return d

    def mentions(self, text):
        """Would the office's own watchlist pick this text up? (plain-text approximation)"""
        t = " " + re.sub(r"[^a-z0-9]+", " ", text.lower()) + " "
        return any(f" {w} " in t for w in self.region.match_terms)

    def locate(self, text):
        """Add the place the way people tag it, so that the office's watchlist finds the post."""
        R, r = self.region, self.rng
        kec = r.choice(R.qdistricts)
        one = " " not in kec
        forms = [f"\n📍 {kec}, {R.short}", f" #{R.hashtag}", f" ({kec})" if one else f" ({kec}, {R.short})",
                 f" — {R.short}", f" #{kec.replace(' ', '')}" if one else f" #{R.hashtag}",
                 f" #{R.hashtag} #{kec.replace(' ', '')}", f"\n\n📍{kec}"]
        return text.rstrip() + r.choice(forms)

    # social post from a template pool ------------------------------------------------------
    def post(self, minute, pool, *, event="", channels=None, vir=1.0, mood=None, extra=None,
             author=None, level=None, tags=None, reply_pool=None, reply_n=(0, 0), rt_p=0.0,
             shout_p=0.0, fresh=False, reply_mood=None):
        r = self.rng
        channels = channels or {"x": 4, "facebook": 4, "instagram": 2, "tiktok": 2}
        channel = self.wch(channels)
        a = author or (self.fresh_account() if fresh else self.person())
        tpl = self.ch(pool)
        text = self.fill(tpl, extra)
        lvl = a.style if level is None else level
        if r.random() < shout_p:
            text = text.upper().replace(".", "!!")
        text = self.informal(text, lvl, mood)
        if channel in ("instagram", "tiktok") or (tags and r.random() < 0.3):
            hs = r.sample(list(tags), r.randint(1, min(3, len(tags)))) if tags else []
            if channel == "instagram" and tags and r.random() < 0.5:
                hs = list(tags)
            if channel == "tiktok":
                hs += r.sample(["#fyp", "#fypシ", "#viral", "#foryou", "#beranda", "#xyzbca", "#fypage"], 2)
            hs += [f"#{self.region.tag}"] if r.random() < 0.6 else []
            low = text.lower()
            hs = [h for h in hs if h.lower() not in low]
            if hs:
                r.shuffle(hs)
                text = text + ("\n\n" if channel == "instagram" else " ") + " ".join(dict.fromkeys(hs))
        if channel == "x" and len(text) > 280:
            text = text[:276].rsplit(" ", 1)[0] + "…"
        url = None
        if channel == "instagram":
            url = f"https://www.instagram.com/p/{d_short(r)}/"
        elif channel == "tiktok":
            url = f"https://www.tiktok.com/@{a.handle}/video/{r.randint(7300000000000000000, 7600000000000000000)}"
        elif channel == "facebook":
            url = f"https://www.facebook.com/groups/{self.region.fb_group}/posts/{r.randint(10 ** 15, 10 ** 16)}/"
        elif channel == "youtube":
            url = f"https://www.youtube.com/watch?v={d_short(r)}"
        d = self.add(minute, channel, channel, a, text, event=event, vir=vir, url=url)
        if reply_pool and reply_n[1] > 0:
            self.replies(d, reply_pool, r.randint(*reply_n), event=event, mood=reply_mood, extra=extra)
        if channel == "x" and rt_p and r.random() < rt_p:
            for _ in range(r.randint(1, 3)):
                self.retweet(d, minute + r.uniform(2, 90), event=event)
        return d

    def replies(self, parent, pool, n, *, event="", mood=None, extra=None, spread=240):
        r = self.rng
        pm = parent["_m"]
        for _ in range(n):
            m = pm + r.uniform(1, 25) + r.expovariate(1 / (spread / 3))
            if m > self.hours * 60 - 1:
                continue
            a = self.person(reuse=0.3)
            text = self.informal(self.fill(self.ch(pool), extra), a.style, mood)
            if parent["channel"] == "x":
                text = f"@{parent['author']} {text}"
            url = None
            if parent["channel"] in ("youtube",):
                url = parent.get("url", "") + f"&lc={d_short(r)}"
            elif parent["channel"] == "facebook" and parent.get("url"):
                url = parent["url"] + f"?comment_id={r.randint(10 ** 14, 10 ** 15)}"
            self.add(m, parent["channel"], parent["channel"], a, text, event=event,
                     vir=0.15, parent=parent["id"], url=url)

    def retweet(self, d, minute, event=""):
        if minute > self.hours * 60 - 1:
            return
        a = self.person(reuse=0.3)
        body = d["text"]
        if len(body) > 140 and self.chance(0.6):
            body = body[:136].rsplit(" ", 1)[0] + "…"
        self.add(minute, "x", "x", a, f"RT @{d['author']}: {body}", event=event, vir=0.0)

    def quote(self, d, minute, comment, event="", mood=None):
        a = self.person(reuse=0.3)
        text = self.informal(self.fill(comment), a.style, mood)
        link = f"https://x.com/{d['author']}/status/{d['id']}" if d["channel"] == "x" else d.get("url", "")
        return self.add(minute, "x", "x", a, f"{text} {link}".strip(), event=event, vir=0.6)

    # news ---------------------------------------------------------------------------------
    def news(self, minute, outlet, title, paras, *, event="", extra=None, city=None):
        r = self.rng
        name, domain, followers, national = self.region.outlets[outlet]
        title = headline(self.fill(title, extra))
        body = [self.fill(p, extra) for p in paras]
        city = city or self.region.dateline
        short = name if r.random() < 0.5 else domain.split(".")[0].capitalize() + ".example"
        body[0] = f"{city.upper()}, {short} — {body[0]}"
        if len("\n\n".join(body)) < 450 and self.recap.get(event):
            body.insert(min(2, len(body)), self.fill(self.recap[event], extra))
        text = "\n\n".join(body)
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:80]
        day = (self.start + dt.timedelta(minutes=minute)).strftime("%Y/%m/%d")
        url = f"https://{domain}/{r.choice(['read', 'berita', 'news', 'daerah'])}/{day}/{r.randint(100000, 999999)}/{slug}"
        a = self.account(domain, followers, name)
        reporter = self.ch(REPORTERS)
        return self.add(minute, "news", outlet, a, text, event=event, title=title, url=url,
                        extra={"author_name": f"{name} — {reporter}",
                               "shares": int(r.uniform(0.0, 1.0) * (40 if not national else 400) * (1 + r.random()))})

    def official(self, minute, who, channel, text, *, event="", vir=2.0, extra=None):
        handle, followers = self.region.officials[who][channel]
        a = self.account(handle, followers, self.region.official_names.get(who))
        url = None
        if channel == "instagram":
            url = f"https://www.instagram.com/p/{d_short(self.rng)}/"
        elif channel == "facebook":
            url = f"https://www.facebook.com/{handle.replace(' ', '')}/posts/{self.rng.randint(10 ** 15, 10 ** 16)}/"
        return self.add(minute, channel, channel, a, self.fill(text, extra), event=event, vir=vir, url=url)

    def influencer(self, minute, channel, text, *, event="", vir=2.5, extra=None, mood=None):
        handle, followers = self.ch(self.region.info[channel])
        a = self.account(handle, followers)
        url = None
        if channel == "instagram":
            url = f"https://www.instagram.com/p/{d_short(self.rng)}/"
        elif channel == "tiktok":
            url = f"https://www.tiktok.com/@{handle}/video/{self.rng.randint(7300000000000000000, 7600000000000000000)}"
        elif channel == "facebook":
            url = f"https://www.facebook.com/{handle}/posts/{self.rng.randint(10 ** 15, 10 ** 16)}/"
        elif channel == "youtube":
            url = f"https://www.youtube.com/watch?v={d_short(self.rng)}"
        t = self.fill(text, extra)
        if mood and self.chance(0.6):
            t += " " + self.ch(EMO[mood])
        return self.add(minute, channel, channel, a, t, event=event, vir=vir, url=url)

    def video(self, minute, outlet_handle, followers, title, desc, *, event="", vir=1.0, source="youtube"):
        a = self.account(outlet_handle, followers)
        return self.add(minute, "youtube", source, a, self.fill(desc), event=event, vir=vir,
                        title=self.fill(title), url=f"https://www.youtube.com/watch?v={d_short(self.rng)}")

    # a wave of posts ----------------------------------------------------------------------
    def wave(self, event, a, b, n, pool, *, channels=None, vir=1.0, mood=None, shape="flat", flat=0.0,
             extra=None, tags=None, reply_pool=None, reply_p=0.0, reply_n=(1, 4), rt_p=0.0,
             shout_p=0.0, quote_pool=None, quote_p=0.0, fresh=False, level=None):
        r = self.rng
        made = []
        for m in self.times(a, b, n, shape, flat):
            rp = reply_pool if (reply_pool and r.random() < reply_p) else None
            d = self.post(m, pool, event=event, channels=channels, vir=vir * r.uniform(0.5, 1.6),
                          mood=mood, extra=extra, tags=tags, reply_pool=rp, reply_n=reply_n,
                          rt_p=rt_p, shout_p=shout_p, fresh=fresh, level=level)
            made.append(d)
            if quote_pool and r.random() < quote_p:
                self.quote(d, m + r.uniform(3, 120), self.ch(quote_pool), event=event, mood=mood)
        return made

    # output -------------------------------------------------------------------------------
    def finish(self):
        end = self.hours * 60
        self.docs = [d for d in self.docs if 0 <= d["_m"] < end]
        self.docs.sort(key=lambda d: (d["published_at"], d["id"]))
        first = self.docs[0]["_m"]
        assert first < 1.0, f"{self.name}: first record at minute {first}"

    def write(self):
        self.finish()
        with open(OUT / f"{self.name}.jsonl", "w", encoding="utf-8", newline="\n") as f:
            for d in self.docs:
                row = {k: v for k, v in d.items() if not k.startswith("_")}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        (OUT / f"{self.name}.yaml").write_text(self.yaml_text(), encoding="utf-8")

    def deadline(self, minute):
        """Round a deadline up to the replay step."""
        s = self.step
        return int(math.ceil(minute / s) * s)

    def expect(self, key, title, *, isu=None, kasus=None, krisis=None, max_level=None, why=""):
        e = {"key": key, "title": title}
        ex = {}
        for lvl, m in (("isu", isu), ("kasus", kasus), ("krisis", krisis)):
            if m is not None:
                ex[lvl] = self.deadline(m)
        if ex:
            e["expect"] = ex
        if max_level:
            e["max_level"] = max_level
        self.events.append(e)
        if why:
            self.notes.append(f"{key}: {why}")

    def control(self, key, title, max_level="pemantauan", why=""):
        self.events.append({"key": key, "title": title, "control": True, "max_level": max_level})
        if why:
            self.notes.append(f"{key}: {why}")

    def yaml_text(self):
        R = self.region
        office = {
            # `kind` has no "kota" value: a city government is at the kabupaten/kota level
            "name": R.office_name, "slug": R.slug, "kind": "kabupaten", "region_code": R.code,
            "time_zone": R.tz,
            "watchlists": [{"name": f"Wilayah {R.short}", "query": R.query}],
            "key_actors": R.key_actors,
            "alert_rules": [{"kind": "level_reached", "min_level": "isu"}],
        }
        sources = []
        for name, _domain, _followers, national in R.outlets.values():
            s = {"name": name, "channel": "news", "national": national}
            if national:
                s["shared"] = True
            sources.append(s)
        for ch in ("x", "facebook", "instagram", "tiktok", "youtube", "complaint"):
            if ch in R.sources:
                sources.append({"name": R.sources[ch], "channel": ch, "national": False})
        used = {d["source"] for d in self.docs}
        names = {s["name"] for s in sources}
        assert used <= names, (self.name, used - names)
        data = {"title": self.title, "kind": self.kind, "step_minutes": self.step, "office": office,
                "sources": sources, "events": self.events}
        head = [f"# Skenario {self.name} — ditulis oleh scenarios/dev/generate.py (jangan diedit tangan;",
                "# ubah generatornya lalu jalankan ulang). Menit dihitung dari rekaman pertama",
                f"# ({self.docs[0]['published_at']}).", "#", "# Alasan harapan (penilaian petugas Humas):"]
        for n in self.notes:
            for i, line in enumerate(wrap(n, 92)):
                head.append(("# - " if i == 0 else "#   ") + line)
        body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
        return "\n".join(head) + "\n\n" + body

    def summary(self):
        n = len(self.docs)
        ev = {}
        for d in self.docs:
            ev[d.get("event", "")] = ev.get(d.get("event", ""), 0) + 1
        hours = (self.docs[-1]["_m"] - self.docs[0]["_m"]) / 60
        size = (OUT / f"{self.name}.jsonl").stat().st_size
        return n, hours, ev, size


def milestones(s):
    """Per labelled event: when it became visible (for checking the deadlines by eye)."""
    out = []
    for e in s.events:
        docs = sorted((d for d in s.docs if d.get("event") == e["key"]), key=lambda d: d["_m"])
        seen, nth = set(), {}
        for d in docs:
            if d["channel"] != "news" and not d.get("parent_id") and not d["text"].startswith("RT @"):
                seen.add(d["author"])
                for k in (10, 20, 50):
                    if len(seen) == k and k not in nth:
                        nth[k] = int(d["_m"])
        local = next((int(d["_m"]) for d in docs if d["channel"] == "news" and not s.region.outlets[
            next(k for k, v in s.region.outlets.items() if v[0] == d["source"])][3]), None)
        nat = next((int(d["_m"]) for d in docs if d["channel"] == "news" and s.region.outlets[
            next(k for k, v in s.region.outlets.items() if v[0] == d["source"])][3]), None)
        line = (f"  {e['key']}: {len(docs)} dok, pertama {int(docs[0]['_m'])}, akun (bukan balasan/RT) ke-10/20/50 "
                f"{nth.get(10)}/{nth.get(20)}/{nth.get(50)}, berita lokal {local}, nasional {nat}")
        for lvl, m in (e.get("expect") or {}).items():
            n = sum(1 for d in docs if d["_m"] <= m)
            line += f"; {lvl}≤{m} ({n} dok)"
        if e.get("max_level"):
            line += f"; maks {e['max_level']}"
        out.append(line)
    return out


SMALL_WORDS = {"di", "dan", "ke", "untuk", "yang", "dari", "hingga", "jadi", "saat", "atau", "dengan", "per"}


def headline(title):
    """Indonesian news-title case for words that came in lower case from a slot."""
    return " ".join(w[:1].upper() + w[1:] if (w.islower() and w not in SMALL_WORDS and len(w) > 2) or i == 0 else w
                    for i, w in enumerate(title.split(" ")))


def wrap(text, width):
    out, line = [], ""
    for w in text.split():
        if len(line) + len(w) + 1 > width:
            out.append(line)
            line = w
        else:
            line = (line + " " + w).strip()
    if line:
        out.append(line)
    return out


def d_short(r):
    return "".join(r.choice(ALNUM) for _ in range(11))


REPORTERS = ["Rina Astuti", "Yoga Pratama", "Dian Kusuma", "Hendrik Saputra", "Nita Anggraini",
             "Bagas Wicaksono", "Fransiska Dewi", "Rahmat Hidayat", "Lusi Marlina", "Ardi Nugraha",
             "Sekar Ayu", "Taufan Hakim", "Meiliana Putri", "Gregorius Wanda", "Imam Fadhil"]


# --------------------------------------------------------------------------------------------
# Background chatter shared by all regions (slots are filled from Region.slots)
# --------------------------------------------------------------------------------------------

def num(*choices):
    return lambda s: s.ch(choices)


COMMON_SLOTS = {
    "cabai": num("45", "48", "50", "52", "55", "60", "62", "65", "70", "75"),
    "bawang": num("32", "35", "36", "38", "40", "42", "45"),
    "beras": num("12.800", "13.000", "13.500", "14.000", "14.200", "15.000"),
    "telur": num("26.000", "27.000", "27.500", "28.000", "29.000", "30.000"),
    "minyak": num("15.700", "17.000", "17.500", "18.000", "19.000"),
    "naik": num("3", "5", "7", "8", "10", "12"),
    "skor": num("1-0", "2-1", "3-1", "2-0", "3-2", "4-1"),
    "n": num("12", "15", "18", "21", "24", "27", "30", "34", "45", "57", "102", "128"),
    "tgl": num("20", "21", "22", "25", "27", "28", "30"),
    "jam": num("06.30", "07.00", "08.00", "09.00", "13.00", "15.30", "19.30", "20.00"),
    "menit": num("10", "15", "20", "30", "45"),
    "lomba": ["debat bahasa Inggris", "pidato", "LKBB", "olimpiade matematika", "cerdas cermat",
              "karya tulis ilmiah", "robotik", "tari tradisional", "MTQ", "futsal pelajar"],
    "peringatan": ["Hari Kesadaran Nasional", "apel gabungan ASN bulanan", "upacara bulanan ASN"],
    "inst": ["Korpri", "Bhayangkara", "PGRI", "PKK", "Kodim", "Bank daerah", "RSUD"],
    "raperda": ["pajak dan retribusi daerah", "perubahan APBD", "penyelenggaraan ketertiban umum",
                "pengelolaan sampah", "rencana tata ruang wilayah", "penanggulangan kemiskinan",
                "desa wisata", "perlindungan lahan pertanian"],
    "pentas": ["wayang kulit semalam suntuk", "pentas seni anak", "orkes dangdut", "pengajian umum",
               "lomba karaoke", "pertunjukan kuda lumping", "konser band lokal"],
    "dinas": ["Dinas PUPR", "Dinas Perdagangan", "Dinas Kesehatan", "Dinas Pendidikan", "Disdukcapil",
              "Dinas Perhubungan", "Dinas Sosial", "Dinas Pertanian", "DLH"],
    "pejabat": ["Agus Priyanto", "Rudy Hartono", "Siti Aminah", "Bambang Setiadi", "Dewi Marliana",
                "Teguh Raharjo", "Nur Hasanah", "Suparman", "Hadi Wibowo", "Eni Kusumawati",
                "Yusuf Effendi", "Rita Anggraeni", "Sutrisno", "Indra Permadi", "Lina Marlina"],
    "motor": ["Beat", "Vario", "Scoopy", "Mio", "NMax", "Supra", "Revo"],
    "warna": ["merah", "hitam", "putih", "biru", "abu-abu"],
    "hari": ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"],
    "e_sad": EMO["sad"], "e_angry": EMO["angry"], "e_happy": EMO["happy"], "e_alarm": EMO["alarm"],
    "e_laugh": EMO["laugh"], "e_neutral": EMO["neutral"], "e_pray": EMO["pray"], "e_food": EMO["food"],
    "e_hot": EMO["hot"], "e_rain": EMO["rain"],
}

# theme, mood, template
BG_POSTS = [
    ("lalin", "angry", "macet parah di {jalan} arah {kec} {e_angry} ada apa ya?"),
    ("lalin", "neutral", "Info lalin: {jalan} padat merayap, ada truk mogok dekat {pasar}. Cari jalur alternatif ya"),
    ("lalin", "neutral", "yang mau lewat {jalan} mending muter, lagi ada perbaikan jalan, antre panjang banget"),
    ("lalin", "angry", "lampu merah {simpang} mati lagi, semrawut semua {e_angry}"),
    ("lalin", "angry", "Tiap sore {jalan} pasti macet, kapan ada solusi @{pemkab_x}"),
    ("lalin", "laugh", "jam pulang kerja {jalan} {kab} udah kayak parkiran {e_laugh}"),
    ("lalin", "neutral", "Ada pengalihan arus di {jalan} karena hajatan warga, hati-hati ya yg lewat {kec}"),
    ("lalin", "neutral", "Hari ini ada CFD di {jalan}, kendaraan dialihkan lewat {jalan2}"),
    ("lalin", "neutral", "senggolan motor di {simpang} barusan, cuma lecet kok, udah damai. hati2 [lur|semua|ya]"),
    ("lalin", "angry", "parkir liar di depan {pasar} bikin macet, tukang parkirnya minta 5 ribu {e_angry}"),
    ("harga", "sad", "Harga cabai rawit di {pasar} hari ini Rp{cabai}rb/kg, naik {naik}rb dari minggu lalu {e_sad}"),
    ("harga", "neutral", "update harga {pasar} pagi ini: beras medium Rp{beras}/kg, telur Rp{telur}/kg, minyak goreng Rp{minyak}/liter"),
    ("harga", "happy", "telur ayam turun dikit di {pasar}, alhamdulillah emak2 bisa napas {e_happy}"),
    ("harga", "sad", "Harga gabah di {kec} anjlok pas panen, petani rugi terus tiap musim"),
    ("harga", "sad", "Pedagang {pasar} ngeluh sepi pembeli padahal harga sudah turun"),
    ("harga", "angry", "bawang merah Rp{bawang}rb sekilo di {pasar}, masak apa kita hari ini {e_angry}"),
    ("harga", "neutral", "Gas melon di {kec} kosong di 3 pangkalan, yang tahu stok di mana kabari ya"),
    ("cuaca", "neutral", "Hujan deras plus angin kencang di {kec} barusan, hati-hati yg di jalan {e_rain}"),
    ("cuaca", "hot", "panas pol {kab} siang ini {e_hot} rasanya kaya di atas wajan"),
    ("cuaca", "neutral", "mendung dari pagi tapi tidak hujan-hujan, gerah"),
    ("cuaca", "neutral", "BMKG: puncak musim hujan diperkirakan bulan depan, warga {kab} diminta waspada genangan dan pohon tumbang"),
    ("cuaca", "neutral", "Pohon tumbang di {jalan} habis hujan tadi, sudah ditangani petugas kok, lalu lintas normal lagi"),
    ("cuaca", "neutral", "kabut tebal pagi ini di {kec}, nyalain lampu ya kalo naik motor"),
    ("cuaca", "happy", "sunset di {tempat} sore ini cakep banget {e_happy}"),
    ("olahraga", "happy", "{club} menang {skor} semalam! Gas terus {e_happy} #{kabtag}"),
    ("olahraga", "neutral", "Turnamen voli antar desa se-Kecamatan {kec} mulai besok di lapangan {desa}"),
    ("olahraga", "happy", "Jalan sehat HUT {inst} Minggu pagi start dari {lapangan}, hadiah utama motor!"),
    ("olahraga", "neutral", "tarkam di {kec} rame banget sore ini, penontonnya sampai ke jalan"),
    ("olahraga", "happy", "Selamat buat atlet pencak silat asal {kec} yang juara di Porprov {e_happy}"),
    ("olahraga", "angry", "{club} kalah lagi, pelatihnya harus dievaluasi ini {e_angry}"),
    ("acara", "happy", "Pasar malam di lapangan {kec} buka sampai Minggu, wahananya lumayan lengkap"),
    ("acara", "happy", "Festival kuliner di {lapangan} malam ini rame pol {e_food}"),
    ("acara", "neutral", "Nanti malam ada {pentas} di {desa}, {kec}. [Monggo|Silakan|Ayo] yang mau nonton"),
    ("acara", "neutral", "Bazar UMKM di {lapangan} sampai tanggal {tgl}, banyak diskon"),
    ("acara", "happy", "Karnaval di {desa} tadi siang seru banget, kostumnya kreatif {e_happy}"),
    ("jalan", "angry", "Jalan di {desa} {kec} rusak parah, lubang di mana-mana, sudah lapor tapi belum ada tindakan @{pemkab_x}"),
    ("jalan", "laugh", "lubangnya segede kolam ikan di {jalan}, tiap hujan jadi jebakan {e_laugh}"),
    ("jalan", "angry", "PJU di {jalan} mati sebulan lebih, gelap banget kalau malam, rawan begal"),
    ("jalan", "happy", "Alhamdulillah jalan di {desa} akhirnya diaspal, makasih pak {e_happy}"),
    ("jalan", "neutral", "Drainase di {jalan} mampet, tiap hujan air meluber ke jalan"),
    ("layanan", "angry", "Antre di Dukcapil {kab} dari jam 6 pagi cuma buat cetak KTP, nomor antrian sudah {n}"),
    ("layanan", "neutral", "Samsat keliling hari ini di {lapangan}, jam 08.00–12.00, bawa KTP & STNK asli"),
    ("layanan", "angry", "puskesmas {kec} antreannya panjang banget, dokternya cuma satu"),
    ("layanan", "happy", "Pelayanan di Mal Pelayanan Publik {kab} cepet kok ternyata, 15 menit kelar {e_happy}"),
    ("layanan", "neutral", "ada yang tau syarat bikin akta kelahiran di {kab} skrg apa aja?"),
    ("agama", "neutral", "Pengajian akbar di {masjid} malam ini bersama {ustaz}, [monggo|silakan|ayo] hadir"),
    ("agama", "happy", "Khataman Al-Qur'an anak-anak TPA di {desa}, {kec}. Bangga {e_happy}"),
    ("agama", "neutral", "Sholawatan bareng malam Jumat di {masjid}, terbuka untuk umum"),
    ("agama", "neutral", "Misa syukur di {gereja} hari Minggu ini jam {jam}"),
    ("agama", "neutral", "Kerja bakti bersihkan masjid dan makam di {desa} Minggu pagi, yang longgar ayo ikut"),
    ("resmi", "neutral", "Upacara {peringatan} di halaman Setda {kab} pagi ini dipimpin langsung {bupati_short}"),
    ("resmi", "neutral", "{bupati_short} melantik {n} pejabat administrator dan pengawas di {pendopo}"),
    ("resmi", "neutral", "Musrenbang Kecamatan {kec} tahun ini fokus ke jalan desa dan penurunan stunting"),
    ("resmi", "neutral", "Apel siaga bencana di {lapangan}, semua unsur hadir: TNI, Polri, BPBD, relawan"),
    ("sekolah", "happy", "Selamat untuk SMPN 1 {kec} juara lomba {lomba} tingkat provinsi {e_happy}"),
    ("sekolah", "neutral", "Pendaftaran beasiswa {kab} Cerdas dibuka sampai akhir bulan, info di website {pemda}"),
    ("sekolah", "happy", "anak-anak TK di {kec} karnaval pagi ini lucu-lucu banget {e_happy}"),
    ("sekolah", "neutral", "Guru-guru di {kec} ikut pelatihan Kurikulum Merdeka tiga hari"),
    ("sekolah", "angry", "atap kelas SD di {desa} bocor tiap hujan, anak-anak belajar sambil geser-geser meja"),
    ("politik", "neutral", "DPRD {kab} gelar paripurna bahas raperda {raperda} hari ini"),
    ("politik", "neutral", "Pilkades di {kec} makin panas ya, baliho di mana-mana"),
    ("politik", "neutral", "Anggota dewan reses di {desa}, warga minta jalan usaha tani diperbaiki"),
    ("politik", "angry", "janji kampanye soal lapangan kerja di {kab} mana realisasinya"),
    ("umkm", "food", "Yang cari {makanan} enak di {kec}, cobain di warung dekat {tempat}, murah meriah {e_food}"),
    ("umkm", "neutral", "Loker: dibutuhkan karyawan toko di {kec}, min. SMA/SMK, kirim lamaran via WA"),
    ("umkm", "neutral", "Dijual cepat rumah di {desa}, {kec}, SHM, harga nego. Minat DM"),
    ("umkm", "sad", "Kehilangan dompet coklat di sekitar {pasar}, isinya KTP dan SIM. Yang menemukan tolong hubungi saya {e_pray}"),
    ("umkm", "food", "Open PO {makanan} khas {kab}, bisa kirim se-{kab} {e_food}"),
    ("kriminal", "alarm", "hati-hati maling helm di parkiran {pasar}, tadi helm teman saya hilang"),
    ("kriminal", "sad", "Motor hilang di {desa} tadi subuh, {motor} {warna}, info ke Polsek {kec} atau DM saya {e_pray}"),
    ("utilitas", "angry", "Air PDAM mati lagi di {kec} dari kemarin sore, gimana ini mau masak {e_angry}"),
    ("utilitas", "angry", "Listrik padam di {kec} dari jam 9, PLN kapan nyala?? ⚡"),
    ("utilitas", "angry", "sinyal di {desa} ilang timbul, mau zoom aja susah"),
    ("umum", "neutral", "Pagi-pagi di {tempat}, udaranya masih seger {e_happy}"),
    ("umum", "laugh", "orang {kab} kalau ditanya jarak pasti jawabnya 'dekat kok' padahal 10 km {e_laugh}"),
    ("umum", "neutral", "Ada yang tau bengkel motor yang buka malam di sekitar {kec}?"),
    ("umum", "happy", "Kangen {makanan} di {pasar}, pulang kampung ke {kab} wajib mampir"),
]

BG_COMPLAINTS = [
    ("jalan", "Dengan hormat, kami warga {desa} Kecamatan {kec} melaporkan jalan kabupaten sepanjang kurang lebih 2 km rusak berat dan berlubang. Sudah beberapa kali terjadi kecelakaan. Mohon segera ditindaklanjuti."),
    ("jalan", "Lampu PJU di {jalan} ({kec}) mati total sejak tiga minggu lalu. Mohon perbaikan karena rawan kejahatan."),
    ("layanan", "Saya sudah mengajukan perubahan data KK di Disdukcapil {kab} sejak sebulan lalu namun belum selesai. Mohon informasi."),
    ("utilitas", "Air PDAM di wilayah {desa}, {kec} sering mati tanpa pemberitahuan. Mohon penjelasan dan jadwal distribusi."),
    ("lingkungan", "Sampah menumpuk di TPS dekat {pasar} sudah lima hari tidak diangkut, bau dan mengganggu pedagang. Mohon ditindaklanjuti DLH."),
    ("lalin", "Mohon penertiban parkir liar di depan {pasar} yang menyebabkan kemacetan setiap pagi."),
    ("sekolah", "Bangunan kelas di SD negeri di {desa}, {kec} retak dan atapnya bocor. Mohon perhatian Dinas Pendidikan."),
    ("lingkungan", "Saluran air di {jalan} tersumbat sehingga setiap hujan terjadi genangan. Mohon normalisasi."),
]

BG_REPLIES = {
    "neutral": ["oke makasih infonya", "siap, noted", "wah baru tau", "mantap infonya", "di mana tepatnya?",
                "share lokasi dong", "sip", "ikut nyimak", "dari kemarin juga gitu", "iya bener", "👍",
                "info yg bermanfaat", "makasih min"],
    "angry": ["sama di tempatku juga", "udah biasa, lapor pun gk ditanggapi", "parah emang",
              "tolong pemda baca ini", "tag aja dinasnya", "kapan bener nya ya", "capek ngeluh terus",
              "sabar ya [kak|bro|semua]", "setuju, harus ada tindakan"],
    "happy": ["keren!", "mantap 🔥", "bangga", "selamat ya", "wah seru", "ikut seneng", "❤️❤️",
              "next ajak2 ya", "lanjutkan"],
    "sad": ["semoga cepat ketemu", "yg sabar ya", "aamiin", "ya ampun", "semoga ada jalan keluar"],
    "laugh": ["wkwkwk", "😂😂", "bener bgt", "ngakak", "hahaha relate"],
    "alarm": ["hati2 semua", "ngeri", "waspada ya", "makasih infonya, hati2"],
    "food": ["jadi laper", "di mana itu?", "otw", "enak emang", "mau dong"],
    "hot": ["sama di sini jg", "panasnya gak ngotak", "wkwk gosong"],
}

BG_NEWS = [
    ("Harga Cabai Rawit di {pasar} Naik, Pedagang Keluhkan Pembeli Berkurang",
     ["Harga cabai rawit di {pasar} kembali naik dalam sepekan terakhir. Pantauan di lapangan, cabai rawit merah dijual Rp{cabai} ribu per kilogram, naik sekitar Rp{naik} ribu dibanding pekan lalu.",
      "\"Pasokan dari petani berkurang karena cuaca. Pembeli juga mengurangi belanja,\" kata salah seorang pedagang, {nama_warga}, {hari} ({tgl}/{bln}).",
      "Kepala Dinas Perdagangan {kab}, {pejabat}, mengatakan pihaknya terus memantau harga kebutuhan pokok dan menyiapkan operasi pasar bila kenaikan berlanjut. Harga beras medium terpantau stabil di kisaran Rp{beras} per kilogram.",
      "Sejumlah pembeli mengaku mengurangi belanja cabai. \"Biasanya beli sekilo, sekarang setengah saja,\" kata seorang ibu rumah tangga yang ditemui di pasar."]),
    ("Disdukcapil {kab} Buka Layanan Akhir Pekan untuk Perekaman KTP-el",
     ["Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil) {kabfull} membuka layanan perekaman KTP elektronik pada akhir pekan untuk mengurangi antrean pada hari kerja.",
      "\"Antrean di hari kerja cukup panjang, terutama pelajar yang baru berusia 17 tahun. Karena itu kami buka Sabtu pagi,\" ujar Kepala Disdukcapil, {pejabat}.",
      "Warga cukup membawa kartu keluarga. Layanan juga akan digelar keliling di Kecamatan {kec} dan {kec2} bulan ini.",
      "Disdukcapil juga mengingatkan warga bahwa seluruh layanan administrasi kependudukan tidak dipungut biaya. Warga yang dimintai uang diminta melapor."]),
    ("DPRD {kab} Setujui Raperda {raperda_t} Jadi Perda",
     ["DPRD {kabfull} menyetujui Rancangan Peraturan Daerah tentang {raperda} menjadi peraturan daerah dalam rapat paripurna, {hari} ({tgl}/{bln}).",
      "Ketua DPRD {kab} {ketua_dprd} mengatakan perda tersebut diharapkan memberi kepastian hukum. \"Setelah ini kami minta eksekutif segera menyusun peraturan bupati sebagai aturan pelaksananya,\" katanya.",
      "Sekda {kab} {sekda}, yang hadir mewakili kepala daerah, menyampaikan terima kasih atas pembahasan bersama yang berjalan lancar.",
      "Pembahasan raperda tersebut berlangsung sejak awal tahun dan melibatkan uji publik dengan sejumlah organisasi masyarakat serta akademisi."]),
    ("Perbaikan Jalan {jalan} Ditargetkan Rampung Bulan Depan",
     ["Dinas PUPR {kabfull} menargetkan perbaikan ruas {jalan} selesai bulan depan. Ruas jalan tersebut selama ini dikeluhkan warga karena banyak lubang.",
      "\"Pekerjaan kami mulai dari titik yang paling parah di wilayah {kec}. Kami mohon maaf atas ketidaknyamanan selama pengerjaan,\" kata Kabid Bina Marga, {pejabat}.",
      "Selama perbaikan, arus lalu lintas diberlakukan buka-tutup. Pengendara diimbau berhati-hati, terutama pada malam hari.",
      "Warga sekitar berharap perbaikan dikerjakan dengan kualitas baik. \"Jangan sampai baru beberapa bulan sudah rusak lagi,\" kata seorang pengendara ojek."]),
    ("Ribuan Warga Ikuti Jalan Sehat HUT {inst} di {lapangan}",
     ["Ribuan warga {kab} memadati {lapangan} untuk mengikuti jalan sehat memperingati HUT {inst}, Minggu pagi. Rute sepanjang lima kilometer melewati sejumlah ruas jalan utama.",
      "{bupati_short} yang ikut melepas peserta mengajak warga membiasakan hidup sehat. \"Olahraga murah meriah seperti ini harus sering digelar,\" ujarnya.",
      "Panitia menyediakan hadiah utama sepeda motor, serta puluhan doorprize dari UMKM lokal.",
      "Sejumlah stan UMKM turut meramaikan acara. Panitia juga menyediakan layanan cek kesehatan gratis bagi peserta."]),
    ("Musrenbang Kecamatan {kec}, Warga Usulkan Perbaikan Irigasi dan Jalan Desa",
     ["Musyawarah perencanaan pembangunan (Musrenbang) tingkat Kecamatan {kec} digelar di aula kecamatan, {hari} ({tgl}/{bln}). Usulan terbanyak berasal dari sektor infrastruktur.",
      "Camat {kec}, {pejabat}, mengatakan perbaikan irigasi dan jalan usaha tani menjadi prioritas. \"Sebagian besar warga kami petani, jadi irigasi sangat penting,\" katanya.",
      "Selain infrastruktur, warga juga mengusulkan pelatihan UMKM dan penanganan stunting di beberapa desa.",
      "Hasil musrenbang kecamatan akan dibawa ke forum musrenbang tingkat kabupaten untuk dibahas bersama perangkat daerah."]),
    ("Pemkab {kab} Gelar Pasar Murah di {n_kec} Kecamatan",
     ["Pemerintah {kabfull} menggelar pasar murah di {n_kec} kecamatan mulai pekan ini untuk menekan harga kebutuhan pokok. Kegiatan pertama digelar di {kec}.",
      "Warga dapat membeli beras, minyak goreng, gula, dan telur dengan harga di bawah pasar. \"Setiap warga dibatasi pembeliannya agar merata,\" kata {pejabat} dari Dinas Perdagangan.",
      "Antusiasme warga cukup tinggi. Sejak pagi antrean sudah terlihat di lokasi.",
      "Pasar murah akan bergilir ke kecamatan lain hingga akhir bulan. Jadwal lengkapnya diumumkan melalui akun media sosial resmi {pemda}."]),
    ("{club} Bidik Kemenangan di Laga Kandang Akhir Pekan Ini",
     ["Tim kebanggaan warga {kab}, {club}, menargetkan kemenangan pada laga kandang akhir pekan ini. Pelatih mengaku skuadnya dalam kondisi bugar.",
      "\"Kami sudah evaluasi laga sebelumnya. Pemain siap, tinggal dukungan suporter,\" ujar pelatih kepala.",
      "Panitia pelaksana memperkirakan stadion akan dipadati suporter. Polisi menyiagakan personel untuk pengamanan.",
      "Tiket pertandingan dijual secara daring dan di loket stadion. Panitia mengimbau suporter tidak membawa flare dan benda berbahaya."]),
    ("Dinkes {kab} Gencarkan Imunisasi Anak di {kec}",
     ["Dinas Kesehatan {kabfull} menggencarkan imunisasi anak di sejumlah desa di Kecamatan {kec}. Petugas puskesmas mendatangi posyandu untuk menjangkau anak yang belum lengkap imunisasinya.",
      "\"Cakupan imunisasi kami targetkan di atas 95 persen tahun ini,\" kata Kepala Dinas Kesehatan, {pejabat}.",
      "Orang tua diimbau membawa buku KIA saat datang ke posyandu.",
      "Selain imunisasi, petugas juga melakukan penimbangan dan pengukuran tinggi badan balita untuk pemantauan stunting."]),
    ("BPBD {kab} Imbau Warga Waspada Cuaca Ekstrem",
     ["Badan Penanggulangan Bencana Daerah (BPBD) {kabfull} mengimbau warga mewaspadai cuaca ekstrem berupa hujan lebat disertai angin kencang dalam beberapa hari ke depan.",
      "\"Warga yang tinggal di lereng dan bantaran sungai agar meningkatkan kewaspadaan,\" kata Kalak BPBD {kab}, {pejabat}.",
      "BPBD juga meminta warga memangkas dahan pohon yang rawan patah di sekitar rumah.",
      "BPBD menyiagakan personel dan peralatan di sejumlah titik rawan. Warga dapat melapor kejadian darurat melalui nomor 112."]),
    ("Festival UMKM {kab} Dibuka, Targetkan Transaksi Rp1 Miliar",
     ["Festival UMKM {kab} resmi dibuka di {lapangan}. Sebanyak 120 pelaku usaha ikut memamerkan produk unggulan, mulai dari kuliner hingga kerajinan.",
      "{bupati_short} berharap festival ini mendongkrak penjualan pelaku usaha kecil. \"Belanjalah produk lokal,\" katanya saat membuka acara.",
      "Festival berlangsung hingga Minggu dengan hiburan musik setiap malam.",
      "Panitia juga menggelar kelas pelatihan pemasaran digital bagi pelaku usaha kecil selama festival berlangsung."]),
    ("Polres {kab} Gelar Operasi Lalu Lintas, Ratusan Pengendara Terjaring",
     ["Satlantas Polres {kab} menggelar operasi lalu lintas di sejumlah titik, antara lain di {jalan} dan {simpang}. Ratusan pengendara terjaring karena tidak membawa surat kendaraan dan tidak memakai helm.",
      "\"Operasi ini bertujuan menekan angka kecelakaan. Kami lebih banyak memberi teguran kepada pelajar,\" kata Kasat Lantas.",
      "Operasi akan berlangsung selama dua pekan ke depan.",
      "Polisi juga mengimbau orang tua tidak mengizinkan anak di bawah umur mengendarai sepeda motor ke sekolah."]),
]


BG_NEWS += [
    ("Pemkab {kab} Salurkan Bantuan Alat Pertanian untuk Kelompok Tani di {kec}",
     ["Pemerintah {kabfull} menyalurkan bantuan alat dan mesin pertanian berupa traktor tangan, pompa air, dan mesin perontok padi kepada kelompok tani di Kecamatan {kec}.",
      "\"Bantuan ini untuk meningkatkan produktivitas dan mengurangi biaya tenaga kerja saat musim tanam,\" kata Kepala Dinas Pertanian {kab}, {pejabat}.",
      "Ketua kelompok tani penerima berterima kasih dan berjanji merawat peralatan agar dapat digunakan bergiliran oleh anggota.",
      "Dinas Pertanian juga menggelar pelatihan perawatan mesin bagi operator dari tiap kelompok tani."]),
    ("Ratusan Pelajar {kab} Ikuti Lomba {lomba} Tingkat Kabupaten",
     ["Ratusan pelajar SD hingga SMA se-{kabfull} mengikuti lomba {lomba} tingkat kabupaten yang digelar di {lapangan}.",
      "Kepala Dinas Pendidikan {kab}, {pejabat}, mengatakan lomba ini menjadi ajang seleksi untuk tingkat provinsi. \"Kami ingin anak-anak terbiasa berkompetisi secara sehat,\" ujarnya.",
      "Juara pertama tiap kategori akan mendapat pembinaan khusus sebelum mewakili {kab} di tingkat provinsi.",
      "Para orang tua tampak antusias mendampingi anak-anak mereka sejak pagi."]),
    ("Dishub {kab} Tertibkan Parkir Liar di Sekitar {pasar}",
     ["Dinas Perhubungan {kabfull} menertibkan parkir liar di sekitar {pasar} yang kerap memicu kemacetan pada pagi hari.",
      "\"Kami tempatkan petugas dan rambu larangan parkir. Juru parkir resmi wajib memakai rompi dan memberi karcis,\" kata Kepala Dinas Perhubungan {kab}, {pejabat}.",
      "Pedagang berharap penataan parkir tidak membuat pembeli enggan datang.",
      "Penertiban akan dilanjutkan ke sejumlah titik lain yang sering dikeluhkan warga."]),
    ("PDAM Targetkan Perbaikan Jaringan Pipa di {kec} Rampung Pekan Ini",
     ["Perusahaan daerah air minum {kab} menargetkan perbaikan jaringan pipa distribusi di Kecamatan {kec} selesai pekan ini. Selama perbaikan, aliran air ke sebagian pelanggan terganggu.",
      "\"Kami mohon maaf atas gangguan ini. Mobil tangki kami siagakan untuk wilayah yang terdampak,\" kata Direktur PDAM.",
      "Pelanggan dapat melaporkan gangguan melalui layanan pengaduan 24 jam.",
      "Sejumlah warga mengaku sudah dua hari menampung air dari sumur tetangga."]),
    ("Pemkab {kab} Gelar Pelatihan Kerja bagi Pemuda di {kec}",
     ["Pemkab {kab} melalui Dinas Tenaga Kerja menggelar pelatihan kerja bagi 60 pemuda di Kecamatan {kec}. Materi pelatihan meliputi las, servis sepeda motor, dan tata boga.",
      "\"Peserta yang lulus akan kami hubungkan dengan perusahaan mitra,\" kata {pejabat} dari Disnaker.",
      "Pelatihan berlangsung selama tiga pekan dan tidak dipungut biaya.",
      "Pemkab menargetkan pelatihan serupa digelar di lima kecamatan lain tahun ini."]),
    ("Warga {desa} Gelar Kerja Bakti Bersihkan Saluran Air",
     ["Warga {desa}, Kecamatan {kec}, menggelar kerja bakti membersihkan saluran air dan sungai kecil di lingkungan mereka, Minggu pagi.",
      "\"Kalau saluran bersih, air hujan tidak meluap ke jalan dan rumah,\" kata kepala desa setempat.",
      "Kegiatan diikuti ratusan warga, pemuda karang taruna, serta petugas dari kecamatan. Sampah yang terkumpul diangkut DLH.",
      "Kerja bakti serupa direncanakan digelar setiap bulan."]),
    ("Disdik {kab} Salurkan Beasiswa untuk Pelajar Kurang Mampu",
     ["Dinas Pendidikan {kabfull} menyalurkan beasiswa kepada ratusan pelajar dari keluarga kurang mampu. Penyerahan simbolis dilakukan di {pendopo}.",
      "{bupati_short} berpesan agar beasiswa digunakan untuk keperluan sekolah. \"Jangan putus sekolah karena biaya,\" ujarnya.",
      "Penerima beasiswa dipilih berdasarkan data terpadu kesejahteraan sosial dan rekomendasi sekolah.",
      "Disdik membuka kanal pengaduan bila ada pelajar layak yang belum terdata."]),
    ("Harga Telur dan Bawang Merah di {pasar} Mulai Turun",
     ["Harga telur ayam ras dan bawang merah di {pasar} mulai turun. Telur dijual Rp{telur} per kilogram, sedangkan bawang merah Rp{bawang} ribu per kilogram.",
      "\"Pasokan sudah normal lagi, pembeli juga mulai ramai,\" kata seorang pedagang.",
      "Dinas Perdagangan {kab} memperkirakan harga akan stabil hingga akhir bulan.",
      "Namun harga cabai rawit masih tinggi di kisaran Rp{cabai} ribu per kilogram."]),
    ("Kemacetan di {jalan}, Dishub {kab} Siapkan Rekayasa Lalu Lintas",
     ["Dinas Perhubungan {kabfull} menyiapkan rekayasa lalu lintas untuk mengurai kemacetan di {jalan} yang terjadi setiap jam berangkat dan pulang kerja.",
      "\"Kami uji coba pengaturan lampu lalu lintas dan larangan parkir di badan jalan,\" kata Kepala Dishub {kab}, {pejabat}.",
      "Pengguna jalan diimbau mengikuti arahan petugas selama uji coba berlangsung.",
      "Dishub akan mengevaluasi hasil uji coba dalam dua pekan."]),
    ("Posyandu Lansia di {kec} Ramai Dikunjungi Warga",
     ["Posyandu lansia di sejumlah desa di Kecamatan {kec} ramai dikunjungi warga. Petugas memeriksa tekanan darah, gula darah, dan kolesterol secara gratis.",
      "\"Banyak lansia yang baru tahu punya darah tinggi setelah diperiksa di sini,\" kata bidan desa.",
      "Puskesmas {kec} juga memberikan penyuluhan pola makan sehat dan senam lansia.",
      "Posyandu lansia digelar setiap bulan di balai desa masing-masing."]),
]


def bg_extra_slots():
    return {"nama_warga": lambda s: s.new_handle()[1], "bln": lambda s: f"{s.start.month}",
            "raperda_t": lambda s: s.ch(["Pajak Daerah", "Pengelolaan Sampah", "Desa Wisata", "Ketertiban Umum", "Perlindungan Lahan Pertanian"]),
            "n_kec": num("5", "6", "8", "10")}


def background(s: Scenario, a, b, n, *, news_per_day=5, label=None, extra_posts=None, weights=None,
               at_zero=True):
    """Ordinary chatter for the whole period. `label` maps a theme to an event key (controls)."""
    r = s.rng
    label = label or {}
    pool = BG_POSTS + (extra_posts or []) + s.region.bg_posts
    themes = sorted({t for t, _, _ in pool})
    weights = weights or {}
    tw = {t: weights.get(t, 1.0) for t in themes}
    by_theme = {t: [(m, x) for tt, m, x in pool if tt == t] for t in themes}
    ex = bg_extra_slots()
    times = s.times(a, b, n)
    if at_zero:
        times = [0.0] + times[1:]
    for m in times:
        theme = s.wch(tw)
        ev = label.get(theme, "")
        if r.random() < 0.06:
            t2 = r.choice([t for t, _ in BG_COMPLAINTS])
            ev = label.get(t2, "")
            txt = s.fill(r.choice([x for t, x in BG_COMPLAINTS if t == t2]), ex)
            a_ = s.person(reuse=0.1, style=0)
            s.add(m, "complaint", "complaint", a_, txt, event=ev)
            continue
        mood, tpl = r.choice(by_theme[theme])
        chans = {"x": 3, "facebook": 4, "instagram": 2, "tiktok": 1.4, "youtube": 0.15}
        rp = BG_REPLIES.get(mood, BG_REPLIES["neutral"])
        s.post(m, [tpl], event=ev, channels=chans, vir=r.choice([0.3, 0.5, 0.8, 1, 1.5, 3]),
                   mood=mood if r.random() < 0.5 else None, extra=ex,
                   reply_pool=rp if r.random() < 0.11 else None, reply_n=(1, 3), reply_mood=mood)
    # local news
    days = (b - a) / 1440
    k = int(round(days * news_per_day))
    local = [o for o, v in s.region.outlets.items() if not v[3]]
    arts = BG_NEWS + s.region.bg_news
    used = [0] * len(arts)
    for m in s.times(a, b, k, flat=0.2):
        if s.local_hour(m) < 6 or s.local_hour(m) > 22:
            continue
        # rotate: least-used first; a title without slots (other than {kab}) only once
        ok = [i for i in range(len(arts))
              if not (used[i] and "{" not in arts[i][0].replace("{kab}", ""))]
        if not ok:
            continue
        low = min(used[i] for i in ok)
        i = r.choice([i for i in ok if used[i] == low])
        used[i] += 1
        title, paras = arts[i]
        ev = ""
        if "Harga" in title:
            ev = label.get("harga", "")
        elif "Cuaca" in title:
            ev = label.get("cuaca", "")
        elif any(w in title for w in ("Lalu Lintas", "Kemacetan", "Parkir")):
            ev = label.get("lalin", "")
        elif "Jalan" in title:
            ev = label.get("jalan", "")
        s.news(m, r.choice(local), title, paras, event=ev, extra=ex)


# --------------------------------------------------------------------------------------------
# Regions (codes and kecamatan are real; officials, outlets, accounts and villages invented)
# --------------------------------------------------------------------------------------------

NATIONAL = {
    "warta": ("Warta Nusantara", "wartanusantara.example", 9400000, True),
    "detak": ("Detak Nasional", "detaknasional.example", 6100000, True),
    "suara": ("Suara Negeri", "suaranegeri.example", 3300000, True),
    "kini": ("Indonesia Kini", "indonesiakini.example", 7200000, True),
    "nusapost": ("Nusantara Post", "nusantarapost.example", 2700000, True),
    "satunusa": ("Berita Satu Nusa", "beritasatunusa.example", 4800000, True),
}


def make_region(*, code, short, full, kind, tz, people, tag, tag_short, districts, desa, roads,
                markets, places, junctions, club, foods, ustaz, churches, mosque, head_name,
                head_aliases, sekda, dprd_chair, local, national, query, info, fb_group,
                bg_posts=(), bg_news=(), dateline=None, police=None, slots_extra=None):
    slug = short.lower().replace(" ", "")
    kota = kind == "kota"
    pem = "pemkot" if kota else "pemkab"
    head_title = "Wali Kota" if kota else "Bupati"
    pemda = ("Pemkot " if kota else "Pemkab ") + short
    police = police or f"Polres {short}"
    psl = police.lower().replace(" ", "")
    officials = {
        "pemkab": {"x": (f"{pem}{slug}", 38000), "instagram": (f"{pem}.{slug}", 121000),
                   "facebook": (f"Pemerintah {'Kota' if kota else 'Kabupaten'} {short}", 86000),
                   "tiktok": (f"{pem}{slug}official", 45000), "youtube": (f"{pemda} Official", 21000)},
        "kominfo": {"x": (f"diskominfo_{tag_short}", 9200), "instagram": (f"diskominfo.{tag_short}", 24000),
                    "facebook": (f"Diskominfo {short}", 15000), "tiktok": (f"kominfo{tag_short}", 8000)},
        "polres": {"x": (psl.replace("polres", "polres_"), 52000), "instagram": (psl, 143000),
                   "facebook": (police, 98000), "tiktok": (f"{psl}official", 76000)},
        "bpbd": {"x": (f"bpbd_{tag_short}", 12000), "instagram": (f"bpbd.{tag_short}", 31000),
                 "facebook": (f"BPBD {full}", 22000)},
        "dinkes": {"x": (f"dinkes_{tag_short}", 6100), "instagram": (f"dinkes.{tag_short}", 18000),
                   "facebook": (f"Dinas Kesehatan {full}", 14000)},
        "bupati": {"instagram": (f"{head_name.split()[0].lower()}.{head_name.split()[-1].lower()}", 87000),
                   "tiktok": (f"{head_name.split()[0].lower()}{tag_short}", 54000),
                   "x": (f"{head_name.split()[0].lower()}_{tag_short}", 19000)},
    }
    official_names = {"pemkab": pemda, "kominfo": f"Diskominfo {short}", "polres": police,
                      "bpbd": f"BPBD {short}", "dinkes": f"Dinkes {short}",
                      "bupati": f"{head_name} ({head_title} {short})"}
    outlets = dict(local)
    for k in national:
        outlets[k] = NATIONAL[k]
    sources = {k: v[0] for k, v in outlets.items()}
    sources.update({"x": f"X — pantauan {short}", "facebook": f"Facebook — grup & halaman {short}",
                    "instagram": f"Instagram — {short}", "tiktok": f"TikTok — {short}",
                    "youtube": f"YouTube — {short}", "complaint": f"SP4N-LAPOR! {short}"})
    key_actors = [
        {"name": head_name, "kind": "pejabat", "aliases": [f"{head_title} {short}"] + head_aliases},
        {"name": f"Sekda {short}", "kind": "pejabat",
         "aliases": [sekda, f"Sekretaris Daerah {full}", f"Sekda {full}"]},
        {"name": f"DPRD {short}", "kind": "dprd",
         "aliases": [f"DPRD {full}", f"Ketua DPRD {short}", dprd_chair, f"dewan {short}"]},
    ]
    match_terms = [t.lower() for t in re.findall(r'"([^"]+)"|(?<![\w"])([A-Za-z][\w-]*)', query) for t in t if t and t != "OR"]
    match_terms = [re.sub(r"[^a-z0-9]+", " ", t).strip() for t in match_terms]
    qdistricts = [d for d in districts if re.sub(r"[^a-z0-9]+", " ", d.lower()).strip() in match_terms]
    kec_pool = qdistricts * 4 + districts
    lapangan = [p for p in places if p.split()[0] in ("Alun-alun", "Lapangan", "Stadion", "GOR", "Taman")]
    lapangan += [f"halaman Balai Kota {short}" if kind == "kota" else f"halaman Kantor Bupati {short}"]
    slots = dict(COMMON_SLOTS)
    slots.update({
        "kab": short, "kabfull": full, "kec": kec_pool, "kec2": kec_pool, "kec3": kec_pool,
        "desa": desa, "desa2": desa, "jalan": roads, "jalan2": roads, "pasar": markets, "tempat": places,
        "tempat2": places, "simpang": junctions, "club": club, "makanan": foods, "ustaz": ustaz,
        "gereja": churches, "masjid": mosque, "lapangan": lapangan, "bupati": f"{head_title} {short} {head_name}",
        "bupati_short": [f"{head_title} {short}", f"{head_title} {head_name.split()[-1]}", f"{head_title} {head_name}"],
        "bupati_nama": head_name, "bupati_sebut": [f"{head_title} {short}", f"pak {head_title.lower()}",
                                                   f"{head_title} {head_name.split()[-1]}", f"Pak {head_name.split()[-1]}"],
        "jabatan": head_title, "sekda": sekda, "ketua_dprd": dprd_chair,
        "pemkab_x": officials["pemkab"]["x"][0], "polres": police,
        "kabtag": tag, "pendopo": "Balai Kota " + short if kota else "Pendopo " + short, "pemda": pemda,
        "nama_warga": lambda s: s.new_handle()[1],
    })
    slots.update(slots_extra or {})
    hashtag = next((h for h in (tag, short.replace(" ", ""), short.split()[-1])
                    if h.lower() in match_terms), short.split()[-1])
    return Region(hashtag=hashtag, code=code, short=short, full=full, kind=kind, tz=tz, people=people, tag=tag,
                  tag_short=tag_short, districts=districts, slug=slug, office_name=pemda,
                  outlets=outlets, sources=sources, officials=officials, official_names=official_names,
                  info=info, key_actors=key_actors, query=query, slots=slots, fb_group=fb_group,
                  bg_posts=list(bg_posts), bg_news=list(bg_news), dateline=dateline or short,
                  head_title=head_title, head_name=head_name, pemda=pemda, police=police,
                  match_terms=match_terms, qdistricts=qdistricts)


def klaten():
    return make_region(
        code="33.10", short="Klaten", full="Kabupaten Klaten", kind="kabupaten", tz="Asia/Jakarta",
        people="jawa", tag="Klaten", tag_short="klaten",
        districts=["Klaten Tengah", "Klaten Utara", "Klaten Selatan", "Cawas", "Pedan", "Delanggu",
                   "Polanharjo", "Jatinom", "Tulung", "Wedi", "Bayat", "Trucuk", "Prambanan", "Ceper",
                   "Juwiring", "Karanganom", "Kemalang", "Jogonalan", "Gantiwarno", "Manisrenggo",
                   "Kebonarum", "Karangnongko", "Kalikotes", "Ngawen", "Karangdowo"],
        desa=["Desa Sidorejo", "Desa Sumberejo", "Desa Mulyorejo", "Desa Tlogorejo", "Desa Kebonsari",
              "Desa Ngemplak", "Desa Tanjungsari", "Desa Candirejo", "Desa Banyuaeng", "Desa Gondangrejo",
              "Desa Kragilan", "Desa Pundungsari"],
        roads=["Jl. Pemuda", "jalan Solo–Jogja", "Jl. Veteran", "jalan Klaten–Cawas", "Jl. Mayor Kusmanto",
               "jalan Jatinom–Boyolali", "Jl. Pramuka", "jalan Pedan–Cawas"],
        markets=["Pasar Induk Klaten", "Pasar Cawas", "Pasar Delanggu", "Pasar Jatinom", "Pasar Pedan", "Pasar Wedi"],
        places=["Alun-alun Klaten", "Umbul Ponggok", "Rowo Jombor", "Stadion Trikoyo", "Candi Plaosan",
                "Monumen Juang", "GOR Gelarsena", "Taman Kota Klaten"],
        junctions=["perempatan Bendogantungan", "simpang empat Tegalyoso", "lampu merah Penggung", "bundaran Karanganom"],
        club="Putra Klaten FC", foods=["nasi tumpang", "soto Delanggu", "bakmi jowo", "serabi", "jenang", "sate kambing", "ayam goreng kampung"],
        ustaz=["Gus Mahfud", "Ustaz Hanif Rosyadi", "KH Ahmad Syakur"], churches=["GKJ Klaten", "Gereja Santo Yusuf"],
        mosque=["Masjid Agung Al-Aqsha Klaten", "Masjid Raya Klaten"],
        head_name="Haryanto Wibisono", head_aliases=["Bupati Haryanto", "Pak Haryanto", "Mas Bupati"],
        sekda="Jaka Purnomo", dprd_chair="Sutarno Hadi",
        local={"kabarklaten": ("Kabar Klaten", "kabarklaten.example", 214000, False),
               "klatenpos": ("Klaten Pos", "klatenpos.example", 96000, False),
               "soloraya": ("Soloraya Terkini", "solorayaterkini.example", 488000, False)},
        national=["warta", "detak", "suara"],
        query='klaten OR cawas OR delanggu OR pedan OR jatinom OR polanharjo OR trucuk OR bayat OR wedi '
              'OR kemalang OR juwiring OR ceper OR tulung OR karanganom OR "klaten tengah"',
        info={"x": [("infoklaten", 186000), ("klatenupdate", 54000), ("seputarklaten_", 23000)],
              "instagram": [("klatenhits", 412000), ("infoklaten.id", 265000), ("explore.klaten", 98000)],
              "tiktok": [("klaten.viral", 310000), ("wongklaten_", 87000)],
              "facebook": [("Info Warga Klaten (IWK)", 520000)], "youtube": [("Klaten Channel", 76000)]},
        fb_group="infowargaklaten",
        bg_posts=[
            ("umum", "laugh", "wong {kab} yen ditakoni adoh ora mesti jawab 'cedhak kok' padahal 10 km {e_laugh}"),
            ("cuaca", "rain", "udan deres neng {kec}, ati-ati sing numpak motor lur"),
            ("harga", "sad", "lombok larang tenan neng {pasar}, Rp{cabai}ewu sakilo {e_sad}"),
            ("umum", "neutral", "Sugeng enjang warga {kab}, ojo lali sarapan {e_happy}"),
            ("jalan", "angry", "dalane neng {desa} {kec} rusak parah ra ndang didandani {e_angry}"),
            ("umkm", "food", "{makanan} cedhak {tempat} pancen juara, murah tur enak {e_food}"),
            ("acara", "neutral", "Mengko bengi ana wayangan neng balai {desa}, {kec}. Monggo pinarak"),
            ("umum", "neutral", "tulung sing ngerti nomer bengkel las neng {kec} DM yo"),
            ("umum", "laugh", "wedi aku nek bengi liwat kuburan {desa} {e_laugh}"),
            ("umum", "happy", "Seger tenan renang neng Umbul Ponggok isuk iki {e_happy}"),
            ("olahraga", "neutral", "Tulung mas, sesuk tarkam neng lapangan {kec} jam piro? #{kabtag}"),
        ])


def cianjur():
    return make_region(
        code="32.03", short="Cianjur", full="Kabupaten Cianjur", kind="kabupaten", tz="Asia/Jakarta",
        people="sunda", tag="Cianjur", tag_short="cianjur",
        districts=["Cianjur", "Cugenang", "Pacet", "Cipanas", "Sukaresmi", "Karangtengah", "Cilaku",
                   "Warungkondang", "Cibeber", "Sukaluyu", "Ciranjang", "Mande", "Takokak", "Campaka",
                   "Sukanagara", "Sindangbarang", "Cidaun", "Naringgul", "Agrabinta", "Tanggeung",
                   "Kadupandak", "Gekbrong", "Haurwangi"],
        desa=["Desa Sukamanah", "Desa Sindanglaka", "Desa Mekarwangi", "Desa Cikancana", "Desa Sukagalih",
              "Desa Ciherang", "Desa Padaluyu", "Desa Sindangjaya", "Desa Girimulya", "Desa Cibulakan",
              "Desa Sukasirna", "Desa Mekarsari"],
        roads=["Jl. Raya Bandung", "Jl. Siliwangi", "Jl. Dr. Muwardi", "jalan raya Cipanas–Puncak",
               "Jl. Aria Wiratanudatar", "jalan raya Sukanagara", "jalan raya Cianjur–Sukabumi", "Jl. Ir. H. Juanda"],
        markets=["Pasar Induk Cianjur", "Pasar Muka", "Pasar Cipanas", "Pasar Ciranjang", "Pasar Sukanagara"],
        places=["Alun-alun Cianjur", "Istana Cipanas", "Kebun Raya Cibodas", "Situs Gunung Padang",
                "Taman Prawatasari", "Jembatan Rajamandala", "Stadion Badak Putih"],
        junctions=["bundaran Tugu Lampu Gentur", "simpang Ramayana", "pertigaan Pasir Hayam", "simpang Ciloto"],
        club="Panglima Cianjur FC", foods=["tauco", "manisan", "nasi liwet", "lontong kari", "bubur ayam", "geco", "surabi"],
        ustaz=["Ajengan Mamad", "Ustaz Dedi Mulyadi Sopandi", "KH Endang Saepudin"], churches=["GKP Cianjur", "Gereja Santo Petrus"],
        mosque=["Masjid Agung Cianjur"],
        head_name="Dadan Rusmana", head_aliases=["Kang Dadan", "Bupati Dadan", "Pak Dadan"],
        sekda="Yusuf Hidayatulloh", dprd_chair="Ujang Syarifudin",
        local={"cianjurekspres": ("Cianjur Ekspres", "cianjurekspres.example", 163000, False),
               "priangan": ("Pikiran Priangan", "pikiranpriangan.example", 392000, False)},
        national=["kini", "nusapost", "warta"],
        query='cianjur OR cugenang OR cipanas OR pacet OR takokak OR sukanagara OR cibeber OR karangtengah '
              'OR cilaku OR sukaresmi OR warungkondang OR campaka OR ciranjang',
        info={"x": [("infocianjur", 142000), ("cianjurupdate", 38000)],
              "instagram": [("cianjur.info", 356000), ("cianjurkeun", 120000)],
              "tiktok": [("cianjur.viral", 221000), ("urangcianjur", 65000)],
              "facebook": [("Info Cianjur Terkini", 410000)], "youtube": [("Cianjur TV Online", 54000)]},
        slots_extra={"pentas": ["pertunjukan wayang golek", "kacapi suling", "pentas seni anak", "orkes dangdut", "lomba ngaliwet"]},
        fb_group="infocianjurterkini",
        bg_posts=[
            ("umum", "neutral", "punten, aya nu terang bengkel nu buka wengi di {kec}?"),
            ("cuaca", "rain", "hujan gede pisan di {kec} euy, ati-ati nu di jalan"),
            ("harga", "sad", "cabe di {pasar} mahal pisan ayeuna, Rp{cabai}rb sakilo {e_sad}"),
            ("umkm", "food", "{makanan} di deukeut {tempat} juara pisan, mangga dicobian {e_food}"),
            ("lalin", "angry", "macet deui di jalan raya Cipanas arah puncak, weekend mah kitu {e_angry}"),
            ("cuaca", "neutral", "puncak musim hujan ceunah bulan ieu, sing waspada nya warga {kab}"),
            ("umum", "laugh", "pacet na loba pisan di kebon {desa} {e_laugh} aya nu gaduh ubar?"),
            ("umum", "happy", "Wilujeng enjing warga {kab}, tong hilap sarapan {e_happy}"),
            ("jalan", "angry", "jalan di {desa} {kec} ruksak parah, iraha rek dibenerkeun? {e_angry}"),
            ("harga", "neutral", "beras pandan wangi asli {kab} ayeuna Rp17rb/kg di {pasar}"),
        ])


def jember():
    return make_region(
        code="35.09", short="Jember", full="Kabupaten Jember", kind="kabupaten", tz="Asia/Jakarta",
        people="jatim", tag="Jember", tag_short="jember",
        districts=["Kaliwates", "Sumbersari", "Patrang", "Ambulu", "Puger", "Wuluhan", "Balung", "Kencong",
                   "Tanggul", "Bangsalsari", "Rambipuji", "Kalisat", "Arjasa", "Sukowono", "Mayang", "Silo",
                   "Mumbulsari", "Jenggawah", "Ajung", "Panti", "Umbulsari", "Gumukmas", "Ledokombo",
                   "Pakusari", "Sumberbaru", "Semboro"],
        desa=["Desa Kebonsari", "Desa Tegalbesar", "Desa Karangrejo", "Desa Sukorejo", "Desa Mangli",
              "Desa Jubung", "Desa Slawu", "Desa Gebang", "Desa Kranjingan", "Desa Sidomekar",
              "Desa Wonoasri", "Desa Curahmalang"],
        roads=["Jl. Gajah Mada", "Jl. Hayam Wuruk", "Jl. Mastrip", "Jl. Kalimantan", "Jl. PB Sudirman",
               "jalan raya Jember–Lumajang", "Jl. Sultan Agung", "jalan raya Ambulu"],
        markets=["Pasar Tanjung", "Pasar Kreongan", "Pasar Ambulu", "Pasar Balung", "Pasar Kalisat"],
        places=["Alun-alun Jember", "Pantai Papuma", "Pantai Watu Ulo", "Stadion Notohadinegoro",
                "Jember Sport Garden", "Taman Botani Sukorambi", "Gedung Soetardjo"],
        junctions=["bundaran DPRD", "perempatan Mangli", "simpang Kaliwates", "perempatan Polres"],
        club="Jember United FC", foods=["suwar-suwir", "prol tape", "pecel", "rujak soto", "nasi jagung", "tahu campur", "bakso"],
        ustaz=["Gus Fadil", "KH Syaiful Anam", "Ustaz Rofiq Hasan"], churches=["GKJW Jember", "Gereja Katolik Santo Yusup"],
        mosque=["Masjid Jami' Al-Baitul Amien", "Masjid Agung Jember"],
        head_name="Hendro Kusumo", head_aliases=["Mas Hendro", "Bupati Hendro", "Pak Hendro"],
        sekda="Akhmad Rofii", dprd_chair="Sugianto Wirabakti",
        local={"jemberhariini": ("Jember Hari Ini", "jemberhariini.example", 181000, False),
               "tapalkuda": ("Suara Tapal Kuda", "suaratapalkuda.example", 262000, False),
               "kabarjember": ("Kabar Jember", "kabarjember.example", 74000, False)},
        national=["detak", "satunusa", "suara"],
        query='jember OR kaliwates OR sumbersari OR patrang OR ambulu OR puger OR balung OR tanggul '
              'OR kencong OR kalisat OR rambipuji OR wuluhan OR mayang OR silo OR bangsalsari',
        info={"x": [("infojember", 132000), ("jemberupdate", 41000)],
              "instagram": [("jember.info", 302000), ("jemberkuy", 118000)],
              "tiktok": [("jemberviral", 190000), ("arekjember_", 57000)],
              "facebook": [("Info Jember Kota & Sekitarnya", 380000)], "youtube": [("Jember Channel", 45000)]},
        fb_group="infojemberkota",
        bg_posts=[
            ("umum", "laugh", "arek {kab} nek ngomong 'sek' iku iso sampek sejam {e_laugh}"),
            ("cuaca", "rain", "udan deres nang {kec} rek, ati-ati"),
            ("jalan", "angry", "tanggul kali nang {desa} wis retak, tulung dicek @{pemkab_x}"),
            ("umum", "neutral", "Panti asuhan di {kec} butuh donasi buku tulis dan seragam, yang mau bantu DM ya"),
            ("harga", "sad", "lombok nang {pasar} larang pol rek, Rp{cabai}ewu sekilo {e_sad}"),
            ("umkm", "food", "Prol tape {kab} oleh-oleh wajib, sing nang {kec} enak poll {e_food}"),
            ("harga", "neutral", "harga tembakau di {kec} musim iki lumayan, petani iso mesem"),
            ("umum", "neutral", "sopo sing ngerti jadwal kereta Jember–Surabaya sing esuk?"),
            ("acara", "happy", "JFC latihan nang {jalan}, kostume apik-apik {e_happy}"),
        ])


def banjar():
    return make_region(
        code="63.03", short="Banjar", full="Kabupaten Banjar", kind="kabupaten", tz="Asia/Makassar",
        people="banjar", tag="KabupatenBanjar", tag_short="banjar", dateline="Martapura",
        districts=["Martapura", "Martapura Barat", "Martapura Timur", "Gambut", "Kertak Hanyar", "Sungai Tabuk",
                   "Astambul", "Karang Intan", "Aranio", "Simpang Empat", "Pengaron", "Sungai Pinang",
                   "Mataraman", "Aluh Aluh", "Beruntung Baru", "Tatah Makmur", "Cintapuri Darussalam"],
        desa=["Desa Sungai Paring", "Desa Tambak Anyar", "Desa Keramat", "Desa Pasayangan", "Desa Sungai Sipai",
              "Desa Gambut Barat", "Desa Tatah Belayung", "Desa Lok Baintan", "Desa Pematang Danau",
              "Desa Sungai Lakum", "Desa Jawa Laut", "Desa Kiram"],
        roads=["Jl. A. Yani km 38", "Jl. A. Yani km 14", "Jl. Sukaramai", "jalan Gambut–Aluh Aluh",
               "Jl. Menteri Empat", "jalan Martapura–Astambul", "jalan Karang Intan", "Jl. Pangeran Hidayatullah"],
        markets=["Pasar Martapura", "Pasar Gambut", "Pasar Kertak Hanyar", "Pasar Astambul", "Pasar Intan Martapura"],
        places=["Masjid Agung Al-Karomah", "Pasar Terapung Lok Baintan", "Waduk Riam Kanan", "Stadion Demang Lehman",
                "Taman Kota Martapura", "Kawasan Sekumpul", "Pasar Intan Martapura"],
        junctions=["simpang empat Sekumpul", "bundaran Gambut", "simpang Km 17", "lampu merah Keramat"],
        club="Intan Martapura FC", foods=["soto banjar", "ketupat kandangan", "nasi kuning", "lontong orari", "bingka", "wadai", "iwak haruan bakar", "mandai"],
        ustaz=["Guru Ahmad Zuhdi", "Ustaz Hasanuddin", "KH Muhammad Ramli"], churches=["Gereja Kalimantan Evangelis Martapura"],
        mosque=["Masjid Agung Al-Karomah Martapura", "Masjid Jami' Gambut"],
        head_name="Rusmadi Hasan", head_aliases=["Pak Rusmadi", "Bupati Rusmadi", "Abah Bupati"],
        sekda="Fahrurrazi Noor", dprd_chair="Ahmad Zaini Syarif",
        local={"kabarmartapura": ("Kabar Martapura", "kabarmartapura.example", 98000, False),
               "banuaterkini": ("Banua Terkini", "banuaterkini.example", 312000, False),
               "intanpos": ("Intan Pos", "intanpos.example", 64000, False)},
        national=["warta", "kini", "nusapost"],
        query='"kabupaten banjar" OR "kab banjar" OR martapura OR gambut OR "kertak hanyar" OR "sungai tabuk" '
              'OR astambul OR "karang intan" OR aranio OR "simpang empat" OR "aluh aluh" OR pengaron OR banjar',
        info={"x": [("infobanjar_", 58000), ("kalselupdate", 210000)],
              "instagram": [("martapura.info", 145000), ("kalsel.hits", 480000)],
              "tiktok": [("banjarviral", 132000), ("urangbanjar_", 76000)],
              "facebook": [("Info Kabupaten Banjar (IKB)", 260000)], "youtube": [("Banjar TV", 22000)]},
        slots_extra={"pentas": ["madihin", "mamanda", "maulid habsyi", "pentas seni anak", "lomba balogo"]},
        fb_group="infokabupatenbanjar",
        bg_posts=[
            ("umum", "neutral", "Ulun handak batakun, bengkel nang buka malam di {kec} di mana lah?"),
            ("lalin", "angry", "Jl. A. Yani km 14 macet banar, truk batubara lagi {e_angry}"),
            ("agama", "neutral", "Persiapan haul di Sekumpul sudah mulai, posko relawan dibuka di {kec}"),
            ("umkm", "food", "Soto banjar di dekat {tempat} nyaman banar, cubai pian {e_food}"),
            ("cuaca", "rain", "Hujan labat di {kec}, banyu naik di jalan {desa}, hati-hati bubuhan {e_rain}"),
            ("harga", "sad", "Harga iwak haruan di {pasar} larang banar wayah ini {e_sad}"),
            ("acara", "happy", "Pasar terapung Lok Baintan rami pagi ini, banyak turis {e_happy}"),
            ("umum", "laugh", "Urang Banjar kalau bilang 'parak ja' jangan dipercaya, bisa 10 km {e_laugh}"),
            ("utilitas", "angry", "Banyu PDAM di {desa} mati pulang, sudah dua hari {e_angry}"),
            ("utilitas", "angry", "air PDAM di {kec} keruh lagi habis hujan, tolong dicek {e_angry}"),
            ("lalin", "neutral", "Simpang empat dekat {pasar} itu lampunya mati, hati-hati bubuhan"),
            ("umkm", "neutral", "Jual intan dan batu permata asli Martapura, bisa COD di Pasar Intan"),
            ("umum", "neutral", "Kota Banjar di Jawa Barat bukan Kabupaten Banjar Kalsel ya, sering salah tag {e_laugh}"),
        ])


def ambon():
    return make_region(
        code="81.71", short="Ambon", full="Kota Ambon", kind="kota", tz="Asia/Jayapura",
        people="ambon", tag="Ambon", tag_short="ambon", police="Polresta Ambon",
        districts=["Sirimau", "Nusaniwe", "Baguala", "Teluk Ambon", "Leitimur Selatan"],
        desa=["Batu Merah", "Passo", "Poka", "Rumah Tiga", "Tantui", "Halong", "Latuhalat", "Amahusu",
              "Kudamati", "Galala", "Hative Kecil", "Waiheru", "Benteng", "Karang Panjang"],
        roads=["Jl. A.Y. Patty", "Jl. Sultan Hairun", "Jl. Jenderal Sudirman", "Jl. Diponegoro",
               "jalan Passo–Batu Merah", "Jl. Dr. Latumeten", "Jl. Said Perintah", "jalan Laksdya Leo Wattimena"],
        markets=["Pasar Mardika", "Pasar Batu Merah", "Pasar Passo", "Pasar Arumbae"],
        places=["Lapangan Merdeka", "Gong Perdamaian", "Pantai Natsepa", "Jembatan Merah Putih",
                "Pelabuhan Yos Sudarso", "Pantai Santai Amahusu", "Taman Pattimura"],
        junctions=["simpang Tugu Trikora", "lampu merah Galunggung", "simpang Batu Merah", "lampu merah Mardika"],
        club="Maluku Putra FC", foods=["papeda", "ikan kuah kuning", "ikan asar", "rujak Natsepa", "kasbi", "pisang goreng colo-colo", "kopi rarobang"],
        ustaz=["Ustaz Abdullah Tuasela", "Habib Ali Alkaff"], churches=["Gereja Maranatha", "Gereja Silo"],
        mosque=["Masjid Raya Al-Fatah", "Masjid Jami' Ambon"],
        head_name="Ronald Tuhuteru", head_aliases=["Pak Wali", "Bung Ronald", "Walkot Ambon", "Wali Kota Ronald"],
        sekda="Hamdani Latuconsina", dprd_chair="Elly Pesulima",
        local={"kabarmaluku": ("Kabar Maluku", "kabarmaluku.example", 192000, False),
               "ambonhariini": ("Ambon Hari Ini", "ambonhariini.example", 95000, False),
               "telukambon": ("Teluk Ambon News", "telukambonnews.example", 61000, False)},
        national=["warta", "detak", "satunusa"],
        query='ambon OR sirimau OR nusaniwe OR baguala OR "teluk ambon" OR "leitimur selatan" OR passo OR "batu merah"',
        info={"x": [("infoambon", 74000), ("ambonmanise_", 33000)],
              "instagram": [("ambon.info", 212000), ("ambonmanise.id", 145000)],
              "tiktok": [("ambonviral", 168000), ("nyongambon", 52000)],
              "facebook": [("Info Kota Ambon", 260000)], "youtube": [("Ambon TV", 41000)]},
        slots_extra={"pentas": ["pentas musik", "lomba paduan suara", "konser band lokal", "tarian cakalele", "festival musik jalanan"]},
        fb_group="infokotaambon",
        bg_posts=[
            ("umum", "neutral", "beta su di {tempat} ni, sapa mau bakumpul? {e_happy}"),
            ("utilitas", "angry", "lampu mati lai di {desa}, PLN ini seng ada perubahan kah {e_angry}"),
            ("harga", "sad", "ikan di {pasar} mahal skali hari ini, ombak tinggi jadi nelayan seng malaut {e_sad}"),
            ("lalin", "angry", "macet di {jalan} sampe seng bisa bagara {e_angry}"),
            ("cuaca", "rain", "ujang lebat di {kec} ni, ati-ati e basudara {e_rain}"),
            ("umum", "happy", "Ambon manise, sore di {tempat} bagus skali {e_happy}"),
            ("acara", "happy", "katong pung musisi Ambon main di {tempat} malam ini, ayo datang basudara! 🎶"),
            ("lalin", "neutral", "speedboat ka Leihitu masih jalan ka seng? ombak bagaimana?"),
            ("umkm", "food", "ose su makan papeda? di {tempat} ada yang enak skali {e_food}"),
            ("umum", "laugh", "beta pung mama su bataria dari tadi, bangun jua ade {e_laugh}"),
            ("utilitas", "angry", "air PDAM di {desa} su tiga hari seng mangalir {e_angry}"),
            ("acara", "neutral", "latihan paduan suara di {gereja} malam ini jam {jam}, jang talat e"),
        ])


def deliserdang():
    return make_region(
        code="12.07", short="Deli Serdang", full="Kabupaten Deli Serdang", kind="kabupaten", tz="Asia/Jakarta",
        people="medan", tag="DeliSerdang", tag_short="deliserdang", dateline="Lubuk Pakam",
        districts=["Lubuk Pakam", "Tanjung Morawa", "Percut Sei Tuan", "Batang Kuis", "Pantai Labu", "Beringin",
                   "Pancur Batu", "Sibolangit", "Namo Rambe", "Deli Tua", "Sunggal", "Hamparan Perak",
                   "Labuhan Deli", "Patumbak", "Galang", "Pagar Merbau", "Bangun Purba", "Kutalimbaru"],
        desa=["Desa Bandar Khalipah", "Desa Tembung", "Desa Sampali", "Desa Kolam", "Desa Paluh Kemiri",
              "Desa Tumpatan Nibung", "Desa Sena", "Desa Bakaran Batu", "Desa Pagar Jati", "Desa Sei Rotan",
              "Desa Denai Kuala", "Desa Bintang Meriah"],
        roads=["Jl. Sudirman Lubuk Pakam", "jalan lintas Medan–Lubuk Pakam", "jalan Batang Kuis–Pantai Labu",
               "Jl. Letda Sujono", "Jl. Jamin Ginting", "jalan arteri Kualanamu", "Jl. Besar Tembung", "Jl. Tanjung Morawa"],
        markets=["Pasar Lubuk Pakam", "Pasar Tanjung Morawa", "Pasar Bakaran Batu", "Pasar Pancur Batu", "Pasar Batang Kuis"],
        places=["Bandara Kualanamu", "Lapangan Segitiga Lubuk Pakam", "Stadion Baharoeddin Siregar",
                "Air Terjun Dua Warna", "Pantai Muara Indah", "Taman Bunga Sibolangit"],
        junctions=["simpang Kayu Besar", "simpang Tembung", "simpang Tanjung Morawa", "simpang Pos Batang Kuis"],
        club="Deli Raya FC", foods=["mie gomak", "lontong medan", "durian", "mie sop", "sate padang", "bika", "kopi"],
        ustaz=["Ustaz Syahrial Lubis", "Buya Hasan Nasution"], churches=["HKBP Lubuk Pakam", "GBKP Pancur Batu"],
        mosque=["Masjid Agung Sultan Thaf Sinar Basarsyah", "Masjid Raya Lubuk Pakam"],
        head_name="Rahmat Sinaga", head_aliases=["Bupati DS", "Pak Rahmat", "Bupati Rahmat"],
        sekda="Jonner Purba", dprd_chair="Haris Nasution",
        local={"delitoday": ("Deli Today", "delitoday.example", 152000, False),
               "wartasumut": ("Warta Sumut", "wartasumut.example", 424000, False),
               "lubukpakam": ("Kabar Lubuk Pakam", "kabarlubukpakam.example", 46000, False)},
        national=["suara", "nusapost"],
        query='"deli serdang" OR deliserdang OR "lubuk pakam" OR "tanjung morawa" OR "percut sei tuan" '
              'OR "batang kuis" OR "pantai labu" OR "pancur batu" OR sunggal OR "hamparan perak" OR beringin OR patumbak',
        info={"x": [("infodeliserdang", 61000), ("medanfakta_", 240000)],
              "instagram": [("deliserdang.info", 188000), ("medantalk", 650000)],
              "tiktok": [("ds.viral", 120000), ("anakmedan_", 330000)],
              "facebook": [("Info Deli Serdang", 290000)], "youtube": [("Deli Serdang Channel", 30000)]},
        slots_extra={"pentas": ["pesta rakyat", "gendang guro-guro aron", "orkes Melayu", "pentas seni anak", "kuda lumping"]},
        fb_group="infodeliserdang",
        bg_posts=[
            ("lalin", "angry", "macet kali di {jalan} ini, tiap hari kek gini {e_angry}"),
            ("cuaca", "hot", "Bah, panas kali hari ini di {kec}, kering kerongkongan awak {e_hot}"),
            ("umkm", "food", "Lontong medan di {kec} dekat {tempat} mantap kali lae {e_food}"),
            ("jalan", "angry", "jalan di {desa} ini berlobang kali, pemerintah ke mana aja? {e_angry}"),
            ("umum", "neutral", "kede kopi di {kec} mana yang buka sampe malam, kawan?"),
            ("cuaca", "rain", "hujan deras kali di {kec}, ati-ati kelen yang di jalan"),
            ("umum", "neutral", "pohon beringin tua di simpang kampung {desa} itu udah ratusan tahun katanya"),
            ("umkm", "food", "Durian di {pasar} lagi murah, 3 biji 100 ribu, manis kali {e_food}"),
            ("lalin", "neutral", "Kereta bandara ke Kualanamu ada jadwal tambahan minggu ini ya kawan"),
            ("umum", "laugh", "kau bilang dekat, rupanya 1 jam dari {kec} bah {e_laugh}"),
        ])


def sleman():
    return make_region(
        code="34.04", short="Sleman", full="Kabupaten Sleman", kind="kabupaten", tz="Asia/Jakarta",
        people="jawa", tag="Sleman", tag_short="sleman",
        districts=["Gamping", "Godean", "Moyudan", "Minggir", "Seyegan", "Mlati", "Depok", "Berbah",
                   "Prambanan", "Kalasan", "Ngemplak", "Ngaglik", "Sleman", "Tempel", "Turi", "Pakem", "Cangkringan"],
        desa=["Condongcatur", "Caturtunggal", "Maguwoharjo", "Sinduadi", "Sendangadi", "Wedomartani",
              "Sardonoharjo", "Purwomartani", "Tirtomartani", "Ambarketawang", "Trihanggo", "Sidoarum",
              "Umbulharjo", "Hargobinangun", "Donoharjo", "Banyurejo"],
        roads=["Jl. Kaliurang", "Jl. Magelang", "Ring Road Utara", "Jl. Solo", "Jl. Palagan", "Jl. Godean",
               "Jl. Wates", "Jl. Seturan Raya", "Jl. Affandi"],
        markets=["Pasar Sleman", "Pasar Gamping", "Pasar Prambanan", "Pasar Pakem", "Pasar Godean", "Pasar Colombo"],
        places=["Lapangan Denggung", "Candi Prambanan", "Kaliurang", "Stadion Maguwoharjo", "Tebing Breksi",
                "Embung Tambakboyo", "Monjali", "Taman Denggung"],
        junctions=["simpang empat Condongcatur", "perempatan Jombor", "bundaran UGM", "perempatan Kentungan", "pertigaan Maguwo"],
        club="Sembada Muda FC", foods=["salak pondoh", "gudeg", "bakmi jawa", "mangut lele", "jadah tempe", "wedang uwuh", "sate kambing"],
        ustaz=["Gus Baha'udin", "Ustaz Salim Fauzi", "KH Munawir"], churches=["Gereja Santo Aloysius Mlati", "GKJ Sleman"],
        mosque=["Masjid Agung Dr. Wahidin Sudirohusodo Sleman", "Masjid Suciati Saliman"],
        head_name="Gunawan Setyadi", head_aliases=["Pak Gunawan", "Bupati Gunawan"],
        sekda="Endang Wahyuningsih", dprd_chair="Bambang Sutrisno",
        local={"slemantoday": ("Sleman Today", "slemantoday.example", 141000, False),
               "jogjautara": ("Kabar Jogja Utara", "kabarjogjautara.example", 233000, False),
               "harianmataram": ("Harian Mataram", "harianmataram.example", 512000, False)},
        national=["warta", "kini"],
        query='sleman OR mlati OR godean OR kalasan OR ngaglik OR ngemplak OR cangkringan OR seyegan OR moyudan '
              'OR berbah OR gamping OR condongcatur OR "jalan kaliurang" OR "jl kaliurang"',
        info={"x": [("infosleman_", 97000), ("jogjaupdate", 380000)],
              "instagram": [("sleman.info", 260000), ("jogjahits", 890000)],
              "tiktok": [("slemanviral", 150000), ("cahjogja_", 96000)],
              "facebook": [("Info Warga Sleman (IWS)", 410000)], "youtube": [("Sleman Channel", 36000)]},
        fb_group="infowargasleman",
        bg_posts=[
            ("umum", "angry", "tolong minggir dikit dong kalau berhenti di {jalan}, jangan di tengah jalan {e_angry}"),
            ("umkm", "neutral", "jual stiker tempel custom murah, bisa COD area {kec} Sleman"),
            ("umkm", "food", "sayur bunga turi enak lho dibikin pecel, di {pasar} ada {e_food}"),
            ("umum", "laugh", "main sesuai pakem aja lah, jangan aneh-aneh {e_laugh} #sleman"),
            ("lalin", "angry", "Jl. Kaliurang km 5 macet total, mahasiswa baru pada dateng {e_angry}"),
            ("cuaca", "happy", "Merapi cerah pagi ini dilihat dari {kec} {e_happy}"),
            ("umum", "laugh", "Depok Sleman vs Depok Jabar, kurir sering salah kirim paket {e_laugh}"),
            ("umum", "neutral", "ada yang tau kos putri murah di {desa}, dekat kampus?"),
            ("umkm", "food", "Salak pondoh Turi lagi panen, sekilo cuma 8 ribu di {pasar} {e_food}"),
            ("cuaca", "rain", "udan deres tenan neng {kec}, Selokan Mataram nganti kebak"),
            ("umum", "neutral", "batu gamping buat pondasi di {kec} sekarang harganya berapa ya per rit?"),
        ])


def luwu():
    return make_region(
        code="73.17", short="Luwu", full="Kabupaten Luwu", kind="kabupaten", tz="Asia/Makassar",
        people="bugis", tag="Luwu", tag_short="luwu", dateline="Belopa",
        districts=["Belopa", "Belopa Utara", "Suli", "Suli Barat", "Bajo", "Bajo Barat", "Bua", "Bua Ponrang",
                   "Ponrang", "Ponrang Selatan", "Larompong", "Larompong Selatan", "Latimojong", "Kamanre",
                   "Walenrang", "Lamasi", "Basse Sangtempe"],
        desa=["Desa Cimpu", "Desa Lindajang", "Desa Salu Bua", "Desa Buntu Batu", "Desa Tiromanda",
              "Desa Pelalan", "Desa Kadong-Kadong", "Desa Lamunre", "Desa Bonelemo", "Desa Tabah",
              "Desa Murante", "Desa Kaladi"],
        roads=["jalan Trans Sulawesi", "jalan poros Belopa–Palopo", "jalan poros Suli", "Jl. Andi Djemma",
               "jalan poros Latimojong", "jalan poros Bajo"],
        markets=["Pasar Sentral Belopa", "Pasar Suli", "Pasar Bajo", "Pasar Padang Sappa", "Pasar Larompong"],
        places=["Lapangan Andi Djemma Belopa", "Masjid Agung Belopa", "Pantai Pelalan", "Gunung Latimojong",
                "Pelabuhan Belopa", "Tugu Toddopuli", "Kantor Bupati Luwu"],
        junctions=["perempatan Belopa", "pertigaan Suli", "simpang Bua", "simpang Padang Sappa"],
        club="Tana Luwu FC", foods=["kapurung", "lawa'", "dange", "pacco'", "durian", "kopi Latimojong", "sagu"],
        ustaz=["Ustaz Muhammad Said", "AG KH Abdul Rahim"], churches=["Gereja Toraja Jemaat Belopa"],
        mosque=["Masjid Agung Belopa", "Masjid Jami' Suli"],
        head_name="Andi Rahman Tenriawaru", head_aliases=["Pak Andi Rahman", "Bupati Andi Rahman", "Puang Bupati"],
        sekda="Sulaiman Mattola", dprd_chair="Ahmad Gazali",
        local={"tanaluwu": ("Kabar Tana Luwu", "kabartanaluwu.example", 131000, False),
               "sawerigading": ("Bumi Sawerigading News", "sawerigadingnews.example", 96000, False),
               "celebes": ("Celebes Terkini", "celebesterkini.example", 452000, False)},
        national=["detak", "warta", "kini"],
        query='luwu OR belopa OR suli OR bajo OR latimojong OR ponrang OR larompong OR walenrang OR lamasi '
              'OR "bua ponrang" OR kamanre OR "suli barat"',
        info={"x": [("infoluwu", 42000), ("infosulsel", 280000)],
              "instagram": [("luwu.info", 165000), ("makassarinfo_", 850000)],
              "tiktok": [("luwuviral", 98000), ("anakluwu_", 41000)],
              "facebook": [("Info Luwu Raya", 240000)], "youtube": [("Luwu TV", 26000)]},
        slots_extra={"pentas": ["pentas tari pajaga", "lomba sepak takraw", "pentas seni anak", "orkes dangdut", "lomba perahu"]},
        fb_group="infoluwuraya",
        bg_posts=[
            ("umum", "neutral", "tabe', ada yang tau bengkel buka malam di {kec}?"),
            ("lalin", "angry", "macetnya di {jalan} ini, ada truk terbalik ka? {e_angry}"),
            ("umkm", "food", "kapurung di dekat {tempat} enak sekali, coba mi {e_food}"),
            ("cuaca", "rain", "hujan deras sekali di {kec} ini, hati-hati ki di jalan {e_rain}"),
            ("cuaca", "hot", "iye, panas sekali ini hari di {kec} {e_hot}"),
            ("harga", "sad", "harga cengkeh turun lagi di {kec}, petani pusing mi ini {e_sad}"),
            ("umum", "neutral", "tabe' puang, jadwal mobil ke Makassar dari {pasar} jam berapa di'?"),
            ("harga", "neutral", "harga gabah di {kec} sekarang Rp6.500/kg kering panen"),
            ("umum", "happy", "sunset di Pantai Pelalan tadi sore, masya Allah {e_happy}"),
            ("umum", "laugh", "orang Luwu Timur sama Luwu Utara selalu dikira satu kabupaten sama Luwu {e_laugh}"),
        ])


# --------------------------------------------------------------------------------------------
# Shared reaction pools
# --------------------------------------------------------------------------------------------

R_SYMPATHY = ["semoga cepat pulih semua {e_pray}", "ya Allah kasihan {e_sad}", "di mana ini persisnya?",
              "turut prihatin {e_pray}", "aamiin", "ngeri banget", "kok bisa ya", "harus diusut",
              "tetangga saya juga kena", "semoga tidak ada korban jiwa", "cepat sembuh semuanya",
              "update terus min", "innalillahi", "sing sabar nggih", "semoga ditangani dengan cepat",
              "turut berduka {e_pray}", "kasihan anak-anak {e_sad}", "dari tadi sirine terus di sini"]
R_ANGRY = ["harus diusut tuntas!", "pemda ke mana aja?", "jangan cuma janji", "ini kelalaian",
           "usut sampai ke akar", "malu-maluin", "tolong ditindak tegas", "udah sering kejadian gini",
           "setuju, evaluasi total", "mana tanggung jawabnya?", "jangan sampai ditutup-tutupi"]
R_HAPPY = ["masya Allah {e_happy}", "keren banget", "sehat selalu pak {e_pray}", "merinding lihatnya",
           "ini yang harus viral", "bangga {e_happy}", "nangis aku {e_sad}", "semoga berkah",
           "panjang umur orang-orang baik", "❤️❤️❤️", "guru terbaik", "respect 🙏"]
R_DOUBT = ["ini bener gak sih?", "sumbernya dari mana?", "jangan asal share dulu", "hoaks kali",
           "udah dicek belum?", "ada info resmi?", "waduh serem kalau beneran", "tolong konfirmasi min"]


# --------------------------------------------------------------------------------------------
# 1. Klaten: food poisoning after a wedding feast + a positive viral teacher (control)
# --------------------------------------------------------------------------------------------

def scenario_klaten():
    s = Scenario("klaten-keracunan-hajatan", 1001, klaten(), dt.datetime(2025, 6, 14, 6, 0), 54,
                 title="Keracunan massal usai hajatan di Cawas dan guru honorer Kemalang yang viral",
                 kind="insiden-lokal")
    E, G = "keracunan-hajatan", "guru-viral"
    s.recap[E] = ("Dugaan keracunan bermula setelah ratusan tamu menyantap hidangan resepsi pernikahan di Desa Sidomulyo, "
                  "Kecamatan Cawas, Sabtu (14/6/2025) siang. Gejala mual, muntah, dan diare mulai dirasakan warga pada sore hingga malam hari.")
    s.recap[G] = ("Video Sumardi menggendong Dafa menyeberangi sungai kecil di lereng Merapi diunggah rekan sesama guru pada "
                  "Sabtu sore dan ditonton jutaan kali dalam sehari. Banyak warganet menawarkan bantuan.")
    ex = {"desa_e": ["Desa Sidomulyo", "Sidomulyo", "Dukuh Krajan, Sidomulyo"], "kec_e": "Cawas",
          "jalan_e": ["jalan Klaten–Cawas", "jalan Pedan–Cawas"], "desa_e_up": "SIDOMULYO CAWAS",
          "rs": ["RSUD Klaten", "RSUD", "RS Islam Klaten", "RS swasta di Pedan"]}
    chans = {"x": 4, "facebook": 5, "instagram": 2, "tiktok": 2}
    tags = ["#Klaten", "#Cawas", "#KeracunanMassal", "#InfoKlaten"]

    P1 = ["habis njagong manten di {desa_e}, {kec_e} kok perut mules terus ya, ada yg sama?",
          "Bapak ibuku muntah-muntah habis kondangan di {desa_e} siang tadi, semoga tidak apa-apa {e_sad}",
          "tetangga-tetangga pada diare semua habis dari hajatan di {desa_e}, keracunan opo yo",
          "wetengku lara banget sak mari kondangan, jare sing liyane yo podo {e_sad}",
          "Ada yang tau kenapa banyak warga {desa_e} dibawa ke puskesmas sore ini?",
          "kok ambulans bolak-balik di {desa_e} {kec_e}, ada apa?",
          "Ya Allah adikku lemes muntah terus habis makan di hajatan tetangga, mau dibawa ke Puskesmas {kec_e}",
          "ini yang habis kondangan di {kec_e} ada yang pusing mual juga nggak? kok banyak yang ngeluh"]
    P2 = ["TOLONG!! Puskesmas {kec_e} penuh, banyak warga {desa_e} muntah-muntah habis hajatan. Butuh ambulans tambahan!!",
          "Info: puluhan warga {desa_e} {kec_e} diduga keracunan makanan hajatan, sekarang dibawa ke Puskesmas {kec_e} {e_alarm}",
          "MOHON BANTUAN, pasien keracunan di Puskesmas {kec_e} sampai di lorong, kurang tempat tidur",
          "Innalillahi, sak kampung muntah-muntah kabeh, ibuku yo melu. Dugaan keracunan sego hajatan {e_sad}",
          "Yang punya mobil di sekitar {kec_e} tolong bantu antar warga ke puskesmas, ambulans kurang",
          "Ini keracunan massal kah? Dari tadi sirine terus di {jalan_e}",
          "Saya ikut makan di hajatan itu juga tapi alhamdulillah tidak kenapa-kenapa, yg kena katanya yang makan pas siang",
          "Kasihan banget, anak kecil juga kena, lemes semua di Puskesmas {kec_e} {e_sad}",
          "sudah {nk} orang katanya yang dibawa ke puskesmas, belum termasuk yang langsung ke {rs}",
          "Menu hajatannya nasi, sambel goreng krecek, ayam bumbu, telur pindang, es buah. Yang dicurigai sambel gorengnya",
          "@{pemkab_x} @dinkes_klaten tolong segera kirim bantuan ke Puskesmas {kec_e}, pasien keracunan terus berdatangan",
          "Grup WA RT rame, banyak yang diare habis kondangan di {desa_e}. Yang masih nyimpen berkat jangan dimakan!",
          "JANGAN MAKAN BERKAT DARI HAJATAN DI {desa_e_up} TADI SIANG!! Banyak yg keracunan!!",
          "Ya Allah {kec_e} kenapa iki, tetanggaku 3 orang digotong ke puskesmas {e_sad}",
          "lewat depan Puskesmas {kec_e} rame banget, banyak yang diinfus di teras {e_sad}",
          "Doakan warga {desa_e} ya, banyak yang keracunan habis hajatan pernikahan {e_pray}"]
    P3 = ["Update dari Puskesmas {kec_e}: sudah {nk} pasien, sebagian dirujuk ke {rs}",
          "Dinkes sudah turun ke {kec_e}, tim ambil sampel makanan sisa hajatan",
          "Balai desa {desa_e} dijadikan posko kesehatan, bidan desa standby semalaman",
          "Semoga yang punya hajat diberi kesabaran, pasti tidak ada niat begini {e_pray}",
          "kateringnya dari mana sih? harus diusut ini",
          "Ibu-ibu di {desa_e} sampai tidur di teras puskesmas nungguin anaknya {e_sad}",
          "Keracunan massal di {kec_e} {kab}, {nk} korban. Pemkab {kab} harus gerak cepat!",
          "Barusan lewat {jalan_e}, antrean ambulans di depan puskesmas {e_sad}",
          "PMI {kab} kirim relawan ke {kec_e}, yang mau bantu air mineral & selimut silakan ke posko balai desa",
          "Kenapa setiap hajatan besar tidak ada pengawasan makanan ya? Sudah berkali-kali kejadian kayak gini",
          "{rs} juga mulai penuh pasien dari {kec_e}",
          "mbakku perawat di puskesmas {kec_e}, katanya pasien terus datang, nakes kewalahan {e_sad}",
          "korban keracunan di {kec_e} katanya sudah {nk}, ada yang dirawat di {rs}"]
    P4 = ["jam segini masih ada pasien baru datang ke Puskesmas {kec_e}",
          "gak bisa tidur, bapak masih diinfus di {rs} {e_sad}",
          "Doakan ibu saya ya, habis kondangan di {desa_e} sekarang dirawat {e_pray}",
          "RS di {kab} penuh, ada yang dirujuk ke {rs}",
          "terima kasih nakes Puskesmas {kec_e} yang begadang malam ini {e_pray}",
          "kampung sepi, separuh warga di puskesmas. Semoga besok sudah membaik {e_pray}",
          "masih nunggu di IGD {rs}, antre panjang, pasien keracunan dari {kec_e} semua"]
    P5 = ["Pagi ini korban keracunan di {kec_e} katanya sudah {nk} orang {e_sad}",
          "{bupati_sebut} barusan datang ke posko di balai desa {desa_e}, ngecek pasien",
          "alhamdulillah adik saya sudah boleh pulang, tapi masih lemes",
          "Masih banyak yang dirawat di {rs}, lansia yang paling parah kondisinya",
          "Sampel makanan sudah dibawa ke labkesda, hasilnya nunggu beberapa hari katanya",
          "Yang punya hajat katanya juga ikut dirawat, kasihan banget, niat sedekah malah begini {e_sad}",
          "Korban keracunan hajatan di {kab} tembus {nk} orang. Ini sudah massal banget",
          "Bupati ke {kec_e} pagi ini, semoga penanganan makin cepat",
          "Posko di balai desa {desa_e} butuh bantuan air mineral, oralit, dan selimut. Yang mau bantu merapat"]
    P6 = ["Innalillahi wa inna ilaihi rajiun, satu korban keracunan di {kec_e}, simbah putri usia 72 tahun, meninggal dunia di {rs} pagi ini {e_pray}",
          "Akhirnya ada korban jiwa. Ini harus diusut tuntas, siapa yang bertanggung jawab? {e_angry}",
          "turut berduka cita untuk keluarga korban di {desa_e} {e_pray}",
          "Keracunan massal di {kab} sampai ada yang meninggal, {nk} korban. Kok bisa separah ini?",
          "KLB nggak sih ini? 100 lebih korban, 1 meninggal",
          "Sudah masuk berita nasional, {kab} viral lagi karena hal kayak gini {e_sad}",
          "tolong jangan sebar foto korban ya, hormati keluarganya",
          "Pemilik katering harus diperiksa! Jangan cuma tuan rumah yang disalahkan",
          "Saya warga {kec_e}, suasana kampung sepi, banyak yang masih dirawat {e_sad}",
          "Ya Allah, simbah di {desa_e} itu tetangga saya, orangnya baik banget {e_sad}",
          "Keracunan massal hajatan di {kec_e} {kab}: {nk} korban, 1 meninggal dunia. Semoga tidak bertambah {e_pray}",
          "KORBAN MENINGGAL!! Tolong @{pemkab_x} jangan diam, usut kateringnya!!",
          "RIP simbah. Semoga jadi pelajaran, keamanan pangan hajatan harus diawasi {e_pray}"]
    P7 = ["Polisi sudah periksa pemilik katering dan ambil sisa makanan, semoga cepat terungkap",
          "Total korban {nk} orang, 1 meninggal, ini data resmi Dinkes katanya",
          "Pemkab {kab} tanggung biaya pengobatan, alhamdulillah setidaknya ada perhatian",
          "Pelajaran buat yang mau hajatan: makanan jangan kelamaan didiamkan, apalagi cuaca panas",
          "Yang viral dari {kab} hari ini bikin sedih {e_sad}",
          "Kenapa Dinkes tidak ada pengawasan jasa katering? Sertifikat laik higiene aja banyak yang tidak punya",
          "Anggota DPRD {kab} minta Pemkab evaluasi pengawasan katering hajatan, setuju!",
          "Status KLB keracunan di {kec_e}, semoga penanganan makin maksimal",
          "masih ada {ns} warga {kec_e} yang dirawat di {rs}, doakan ya {e_pray}",
          "kasihan yang punya hajat, sekarang malah jadi sasaran omongan orang. Tunggu hasil lab dulu"]
    P8 = ["Semoga yang masih dirawat cepat pulih {e_pray}",
          "Tahlilan untuk almarhumah simbah di {desa_e} malam ini",
          "sebagian pasien sudah pulang, tinggal {ns} yang masih dirawat",
          "DPRD {kab} minta Dinkes cek semua katering, jangan tunggu ada korban lagi",
          "semoga kasus {kec_e} jadi yang terakhir. Ayo hati-hati pilih katering"]
    P9 = ["Hasil lab sampel makanan hajatan {kec_e} belum keluar ya?",
          "Hari ini anak-anak SD di {desa_e} banyak yang belum masuk sekolah, masih pemulihan",
          "Alhamdulillah ibu sudah pulang dari {rs} {e_happy}",
          "Warga {desa_e} kerja bakti bersihin balai desa bekas posko. Matur nuwun semua relawan {e_pray}",
          "Katanya polisi masih nunggu hasil labkesda soal keracunan {kec_e}"]
    Q = ["Semoga cepat tertangani {e_pray}", "Pemkab harus gerak cepat ini", "Innalillahi, semoga korban segera pulih",
         "Sedih baca ini, {kab} lagi berduka", "Ini kenapa pengawasan katering lemah banget sih"]

    def W(a, b, n, pool, nk, vir, **kw):
        e = dict(ex, nk=nk, ns=["23", "30", "18", "sekitar 25"])
        kw.setdefault("channels", chans)
        return s.wave(E, a, b, n, pool, extra=e, vir=vir, tags=tags, reply_pool=R_SYMPATHY + R_ANGRY[:4],
                      reply_p=0.22, rt_p=0.25, quote_pool=Q, quote_p=0.05, **kw)

    W(660, 780, 12, P1, ["beberapa"], 0.5, mood="sad", shape="rise", flat=0.3)
    W(780, 900, 48, P2, ["20", "30an", "puluhan", "40an", "hampir 50"], 1.2, mood="alarm", shape="rise", flat=0.4, shout_p=0.08)
    W(900, 1080, 58, P3, ["50an", "60 lebih", "70an", "hampir 80"], 1.5, mood="sad", flat=0.4)
    W(1080, 1440, 24, P4, ["80an", "90"], 0.8, mood="sad", flat=0.6)
    W(1440, 1620, 58, P5, ["100 lebih", "112", "hampir 120", "seratusan"], 1.6, mood="sad")
    W(1620, 1800, 80, P6, ["120", "126", "lebih dari 120"], 2.6, mood="sad", shape="peak", shout_p=0.05)
    W(1800, 2160, 70, P7, ["140", "146", "hampir 150"], 1.8, mood="sad")
    W(2160, 2520, 36, P8, ["146"], 0.9, mood="pray", shape="fall")
    W(2520, 3240, 30, P9, ["146"], 0.6, mood="neutral", shape="fall")

    # accounts with reach
    s.influencer(815, "x", "[INFO] Puluhan warga {desa_e}, Kecamatan {kec_e}, Klaten, diduga keracunan usai menyantap hidangan hajatan pernikahan, Sabtu (14/6) sore. Korban dibawa ke Puskesmas {kec_e}, sebagian dirujuk ke RSUD. Semoga lekas pulih. #Klaten #InfoKlaten", event=E, extra=ex, vir=3)
    s.influencer(850, "instagram", "Suasana Puskesmas {kec_e} malam ini. Puluhan warga {desa_e} diduga keracunan setelah menghadiri resepsi pernikahan tetangga. Petugas kesehatan dan relawan masih menangani pasien yang terus berdatangan. Semoga semua lekas pulih 🙏\n\n#klaten #cawas #infoklaten #keracunan", event=E, extra=ex, vir=3)
    s.influencer(880, "tiktok", "Pasien dugaan keracunan hajatan terus berdatangan ke Puskesmas {kec_e} 😢 doakan ya #klaten #cawas #fyp", event=E, extra=ex, vir=4)
    s.influencer(905, "facebook", "INFO WARGA: Telah terjadi dugaan keracunan massal usai acara hajatan di {desa_e}, {kec_e}. Korban puluhan orang, dirawat di Puskesmas {kec_e} dan {rs}. Warga yang merasa mual/muntah/diare setelah makan hidangan hajatan diminta segera periksa. Yang punya kendaraan & bisa bantu antar pasien silakan merapat ke balai desa.", event=E, extra=ex, vir=3)
    s.influencer(1500, "x", "UPDATE: korban dugaan keracunan hajatan di {kec_e}, Klaten, jadi 112 orang per Minggu pagi. Bupati meninjau posko di balai desa {desa_e}. #Klaten", event=E, extra=ex, vir=3)
    s.influencer(1650, "instagram", "Innalillahi wa inna ilaihi rajiun. Satu korban dugaan keracunan hajatan di {kec_e}, seorang perempuan lansia (72), meninggal dunia saat dirawat di RSUD Klaten, Minggu (15/6) pagi. Total korban tercatat 126 orang. Turut berduka 🤲\n\n#klaten #infoklaten", event=E, extra=ex, vir=4)
    s.influencer(1700, "tiktok", "Korban keracunan hajatan di Cawas bertambah, satu lansia meninggal dunia 💔 #klaten #cawas #beritaterkini", event=E, extra=ex, vir=5)
    s.influencer(1900, "facebook", "UPDATE RESMI (Dinkes): total 146 warga terdampak dugaan keracunan pangan di {kec_e}, 1 meninggal dunia, 31 masih dirawat, sisanya rawat jalan/sudah pulang. Status KLB. Biaya perawatan ditanggung Pemkab.", event=E, extra=ex, vir=3)

    # official statements
    s.official(930, "dinkes", "x", "Dinkes Klaten telah menurunkan tim ke Puskesmas {kec_e} untuk menangani warga yang diduga mengalami keracunan makanan usai menghadiri hajatan di {desa_e}. Sampel makanan telah diambil untuk diperiksa. Warga yang mual, muntah, atau diare diimbau segera ke fasilitas kesehatan terdekat.", event=E, extra=ex)
    s.official(945, "dinkes", "instagram", "[INFO] Penanganan dugaan keracunan makanan di {kec_e}. Tim Dinkes, Puskesmas {kec_e}, dan PSC 119 telah berada di lokasi. Sampel makanan telah diambil untuk uji laboratorium. Segera periksakan diri bila mengalami gejala mual, muntah, pusing, atau diare.\n\n#DinkesKlaten #Klaten", event=E, extra=ex)
    s.official(1050, "pemkab", "x", "Pemkab Klaten membuka posko kesehatan di Balai Desa Sidomulyo, {kec_e}. Biaya perawatan warga terdampak dugaan keracunan makanan ditanggung Pemkab. Informasi & bantuan darurat: Call Center 112.", event=E, extra=ex)
    s.official(1530, "bupati", "instagram", "Pagi ini saya meninjau langsung Puskesmas {kec_e} dan posko di Desa Sidomulyo. Terima kasih kepada tenaga kesehatan, relawan, TNI-Polri yang bekerja semalaman. Seluruh biaya perawatan warga ditanggung Pemkab. Mohon doa untuk kesembuhan semua 🙏", event=E, extra=ex, vir=2.5)
    s.official(1660, "dinkes", "x", "Dengan duka mendalam, kami sampaikan satu warga terdampak keracunan pangan di {kec_e} meninggal dunia pagi ini di RSUD Klaten. Per pukul 09.30 WIB tercatat 126 warga terdampak. Penanganan terus dilakukan.", event=E, extra=ex, vir=3)
    s.official(1745, "pemkab", "instagram", "Pemerintah Kabupaten Klaten menetapkan Kejadian Luar Biasa (KLB) keracunan pangan di Kecamatan {kec_e}. Seluruh warga terdampak mendapat layanan kesehatan gratis. Warga diimbau tidak menyebarkan foto/identitas korban.\n\n#PemkabKlaten", event=E, extra=ex, vir=2.5)
    s.official(1880, "polres", "x", "Polres Klaten telah memeriksa 8 saksi, termasuk pemilik jasa katering, terkait dugaan keracunan massal di {kec_e}. Sampel makanan diperiksa Labkesda. Kami imbau masyarakat tidak berspekulasi.", event=E, extra=ex)
    s.official(3000, "dinkes", "instagram", "Update penanganan keracunan pangan {kec_e} (Senin pagi): 146 warga terdampak, 1 meninggal dunia, 9 masih dirawat, 136 sudah pulang. Hasil laboratorium akan diumumkan setelah keluar.", event=E, extra=ex)

    # news
    n1 = ["Puluhan warga {desa_e}, Kecamatan {kec_e}, {kabfull}, diduga mengalami keracunan makanan usai menghadiri resepsi pernikahan salah seorang warga, Sabtu (14/6/2025). Mereka mengeluh mual, muntah, pusing, dan diare beberapa jam setelah menyantap hidangan.",
          "Kepala Puskesmas {kec_e}, dr. Rina Wulandari, mengatakan hingga pukul 21.30 WIB pihaknya menangani sedikitnya 58 pasien. \"Sebagian kami rujuk ke RSUD Klaten karena kondisinya lemas dan dehidrasi. Pasien masih terus berdatangan,\" ujarnya.",
          "Menurut warga, hidangan hajatan berupa nasi, sambal goreng krecek, ayam bumbu, telur pindang, dan es buah disiapkan oleh jasa katering. Tim Dinas Kesehatan telah mengambil sampel sisa makanan untuk diperiksa di laboratorium.",
          "Kepala Desa Sidomulyo meminta warga yang merasakan gejala serupa segera memeriksakan diri. Balai desa dijadikan posko kesehatan sementara."]
    s.news(975, "kabarklaten", "Puluhan Warga {kec_e} Diduga Keracunan Usai Santap Hidangan Hajatan", n1, event=E, extra=ex)
    s.news(1010, "soloraya", "Dugaan Keracunan Massal di {kab}, Pasien Dirujuk ke Sejumlah Rumah Sakit",
           ["Dugaan keracunan massal terjadi di {kec_e}, {kabfull}, Sabtu (14/6/2025) malam. Jumlah warga yang dirawat terus bertambah hingga mendekati 70 orang.",
            "Sejumlah pasien dirujuk ke RSUD Klaten dan rumah sakit swasta karena Puskesmas {kec_e} kekurangan tempat tidur. Relawan PMI dan BPBD membantu mengangkut pasien.",
            "\"Kami sudah mengambil sampel makanan dan muntahan untuk diperiksa. Untuk sementara dugaan kami keracunan pangan,\" kata Kepala Dinas Kesehatan {kab}, dr. Sri Handayani.",
            "Warga diimbau tidak mengonsumsi sisa makanan hajatan yang dibawa pulang."], event=E, extra=ex)
    s.news(1470, "klatenpos", "Korban Dugaan Keracunan Hajatan di {kec_e} Bertambah Jadi 112 Orang",
           ["Jumlah warga yang diduga keracunan makanan usai hajatan di {desa_e}, Kecamatan {kec_e}, bertambah menjadi 112 orang per Minggu (15/6/2025) pagi. Sebanyak 47 orang masih menjalani rawat inap.",
            "Sebagian besar korban adalah tamu undangan dan tetangga tuan rumah. Beberapa di antaranya anak-anak dan lansia. \"Yang paling kami waspadai pasien lansia dengan penyakit penyerta,\" kata Kepala Dinas Kesehatan, dr. Sri Handayani.",
            "{bupati} dijadwalkan meninjau posko kesehatan di balai desa pagi ini. Pemkab memastikan seluruh biaya perawatan ditanggung pemerintah daerah."], event=E, extra=ex)
    n_nat = ["Seorang warga lanjut usia meninggal dunia dan 126 lainnya dirawat setelah diduga mengalami keracunan makanan usai menghadiri pesta pernikahan di Kecamatan {kec_e}, {kabfull}, Jawa Tengah.",
             "Korban meninggal adalah perempuan berusia 72 tahun yang sempat dirawat di RSUD Klaten sejak Sabtu malam. \"Pasien memiliki riwayat penyakit penyerta dan mengalami dehidrasi berat,\" kata Kepala Dinas Kesehatan {kab}, dr. Sri Handayani, Minggu (15/6/2025).",
             "Gejala keracunan muncul beberapa jam setelah para tamu menyantap hidangan hajatan pada Sabtu siang. Sampel makanan telah dikirim ke Laboratorium Kesehatan Daerah untuk diuji.",
             "{bupati} mengatakan pemerintah daerah menanggung seluruh biaya perawatan. \"Kami fokus pada keselamatan warga. Penyebabnya akan kami ungkap bersama kepolisian,\" ujarnya."]
    s.news(1680, "warta", "Satu Warga Meninggal, 126 Orang Keracunan Usai Hajatan di Klaten", n_nat, event=E, extra=ex, city="Klaten")
    s.news(1712, "detak", "Keracunan Massal Usai Pesta Pernikahan di Klaten, Satu Lansia Meninggal",
           ["Keracunan massal terjadi usai pesta pernikahan di {kabfull}, Jawa Tengah. Satu orang meninggal dunia, sementara lebih dari seratus warga lainnya mendapat perawatan.",
            "Kepala Puskesmas {kec_e}, dr. Rina Wulandari, menyebut pasien pertama datang Sabtu sekitar pukul 17.00 WIB. Jumlah pasien melonjak tajam pada malam hari hingga puskesmas kewalahan.",
            "Polisi telah meminta keterangan sejumlah saksi, termasuk penyedia jasa katering. \"Kami menunggu hasil uji laboratorium,\" kata Kapolres {kab}."], event=E, extra=ex, city="Klaten")
    s.news(1750, "kabarklaten", "Dinkes {kab} Tetapkan KLB Keracunan Pangan di {kec_e}",
           ["Pemerintah {kabfull} menetapkan status Kejadian Luar Biasa (KLB) keracunan pangan menyusul dugaan keracunan massal di {kec_e}. Hingga Minggu siang, 126 warga terdampak dan satu meninggal dunia.",
            "\"Dengan status KLB, penanganan dan pembiayaan bisa lebih cepat. Seluruh pasien tidak dipungut biaya,\" kata Kepala Dinas Kesehatan, dr. Sri Handayani.",
            "Dinkes juga akan menginventarisasi jasa katering di {kab} dan memeriksa sertifikat laik higiene sanitasi mereka."], event=E, extra=ex)
    s.news(1790, "suara", "Klaten Tetapkan KLB Usai Ratusan Warga Keracunan Hidangan Hajatan",
           ["Pemerintah {kabfull} menetapkan status KLB setelah ratusan warga {kec_e} mengalami keracunan usai menyantap hidangan pesta pernikahan. Satu warga meninggal dunia.",
            "Kementerian Kesehatan disebut telah berkoordinasi dengan Dinas Kesehatan Provinsi Jawa Tengah untuk mendukung penyelidikan epidemiologi.",
            "Sampel makanan yang dicurigai, antara lain sambal goreng krecek dan ayam bumbu, sedang diperiksa di laboratorium."], event=E, extra=ex, city="Klaten")
    s.news(1960, "kabarklaten", "Polres {kab} Periksa Pemilik Katering dan 8 Saksi Kasus Keracunan {kec_e}",
           ["Polres {kab} memeriksa delapan saksi, termasuk pemilik jasa katering, terkait dugaan keracunan massal usai hajatan di {kec_e}.",
            "\"Kami juga mengamankan sisa bahan makanan dan peralatan masak. Penyebab pasti menunggu hasil laboratorium,\" kata Kasat Reskrim Polres {kab}.",
            "Hingga Minggu sore, jumlah warga terdampak tercatat 146 orang. Sebanyak 31 orang masih dirawat di sejumlah fasilitas kesehatan."], event=E, extra=ex)
    s.news(2050, "detak", "Korban Keracunan di Klaten Jadi 146 Orang, Polisi Periksa Katering",
           ["Jumlah korban keracunan massal usai hajatan di {kec_e}, {kabfull}, bertambah menjadi 146 orang. Satu orang meninggal dunia.",
            "Polisi telah memeriksa pemilik jasa katering. Pemilik katering mengaku memasak sejak Jumat malam dan menyajikan makanan pada Sabtu siang.",
            "Ahli keamanan pangan menilai makanan bersantan yang didiamkan terlalu lama dalam suhu ruang berisiko tinggi tercemar bakteri."], event=E, extra=ex, city="Klaten")
    s.news(2290, "soloraya", "DPRD {kab} Minta Pengawasan Katering Hajatan Diperketat",
           ["DPRD {kabfull} meminta pemerintah daerah memperketat pengawasan jasa katering setelah keracunan massal di {kec_e} menelan satu korban jiwa.",
            "\"Jangan sampai terulang. Dinkes harus mendata dan membina semua jasa katering, termasuk yang skala rumahan,\" kata Ketua DPRD {kab}, {ketua_dprd}.",
            "DPRD juga meminta Pemkab memastikan seluruh biaya pengobatan korban ditanggung hingga tuntas."], event=E, extra=ex)
    s.news(3090, "kabarklaten", "Sebagian Besar Korban Keracunan di {kec_e} Sudah Pulang, Hasil Lab Ditunggu",
           ["Sebagian besar warga korban keracunan massal di {kec_e} sudah diperbolehkan pulang. Hingga Senin (16/6/2025) pagi, sembilan orang masih dirawat.",
            "Dinas Kesehatan masih menunggu hasil pemeriksaan laboratorium terhadap sampel makanan. \"Perkiraan tiga sampai lima hari,\" kata dr. Sri Handayani.",
            "Posko kesehatan di balai desa ditutup Senin siang, namun bidan desa tetap memantau warga yang baru pulang dari rumah sakit."], event=E, extra=ex)
    v = s.video(1765, "NusaTV News", 2100000, "Ratusan Warga Klaten Keracunan Usai Hajatan, 1 Meninggal | NusaTV",
                "Ratusan warga Kecamatan Cawas, Klaten, Jawa Tengah, keracunan usai menyantap hidangan pesta pernikahan. Satu warga lansia meninggal dunia. Pemkab Klaten menetapkan status KLB.", event=E, vir=4)
    s.replies(v, R_SYMPATHY + R_ANGRY + ["semoga jadi pelajaran buat semua yang punya hajat", "kasihan tuan rumahnya juga",
                                        "katering harus punya izin", "ya Allah Klaten"], 22, event=E, spread=400)

    # ---- control: the honorary teacher from Kemalang who goes viral ----------------------
    gx = {"kec_g": "Kemalang", "desa_g": ["Dusun Watugede", "Watugede", "lereng Merapi"], "guru": ["Pak Mardi", "Pak Sumardi"],
          "murid": ["Dafa", "muridnya"]}
    GP = ["Nangis lihat video {guru}, guru honorer di {kec_g} yang gendong muridnya tiap hari {e_sad}",
          "Ini baru guru sejati. Gaji honorer cuma 450 ribu sebulan tapi pengabdiannya luar biasa {e_happy}",
          "Pemkab {kab} tolong perhatikan {guru}, layak diangkat PPPK!",
          "Bangga jadi orang {kab}, ternyata ada guru sehebat ini di {kec_g} {e_happy}",
          "Video guru honorer dari {kab} ini sudah ditonton jutaan kali, semoga sampai ke pak menteri",
          "Di tengah kabar sedih dari Cawas, ada kabar yang bikin hati hangat dari {kec_g} 🥹",
          "{guru} guru SD di {desa_g}, tiap hari jalan 3 km sambil menggendong {murid} yang tidak bisa jalan. Sehat selalu pak {e_pray}",
          "Sugeng {guru}, panjenengan inspirasi {e_happy}",
          "Mohon doanya buat {guru} & Dafa ya, semoga ada yang bantu kursi roda {e_pray}",
          "ada yang tau rekening buat donasi kursi roda Dafa? mau ikut bantu",
          "Sekolahnya di {desa_g}, {kec_g}, jalannya memang curam dan nyebrang kali, salut {e_happy}",
          "Bapak ini guruku dulu waktu SD, dari dulu memang baik banget orangnya 🥺",
          "Jangan cuma viral, honorer kayak {guru} harus dapat kesejahteraan yang layak",
          "Kapan ya negara bener-bener menghargai guru honorer. Salut buat {guru} dari {kab}",
          "merinding liat {guru} nyebrang kali sambil gendong {murid}, {kab} punya pahlawan {e_happy}",
          "Akhirnya ada berita bagus dari {kab} yang viral {e_happy} #GuruHebat"]
    gtags = ["#GuruHonorer", "#Klaten", "#GuruHebat", "#Kemalang"]

    def GW(a, b, n, vir, **kw):
        return s.wave(G, a, b, n, GP, extra=gx, vir=vir, tags=gtags, reply_pool=R_HAPPY, reply_p=0.25,
                      reply_n=(1, 5), rt_p=0.2, channels={"x": 3, "facebook": 3, "instagram": 3, "tiktok": 4}, **kw)

    a0 = s.account("bu_ani_kemalang", 2300, "Ani Rahmawati")
    d0 = s.add(600, "tiktok", "tiktok", a0, "Setiap pagi Pak Mardi gendong Dafa ke sekolah nyebrang kali, 3 tahun tanpa absen. Guru honorer di lereng Merapi, Kemalang Klaten 🥺❤️ #guruhonorer #klaten #fyp", event=G, vir=60,
               url="https://www.tiktok.com/@bu_ani_kemalang/video/7515123456789012345")
    s.replies(d0, R_HAPPY, 25, event=G, spread=900)
    GW(610, 780, 10, 1.5, mood="happy")
    GW(780, 1080, 38, 2.5, mood="happy", shape="rise")
    GW(1080, 1440, 8, 1.5, mood="happy", flat=0.3)
    GW(1440, 2160, 70, 3.0, mood="happy", shape="peak")
    GW(2160, 2520, 24, 1.5, mood="happy", shape="fall")
    GW(2520, 3240, 26, 1.0, mood="happy", shape="fall")
    s.influencer(800, "tiktok", "Repost dari @bu_ani_kemalang: Pak Mardi, guru honorer di Kemalang yang setiap hari menggendong muridnya ke sekolah 🥺 #klaten #guruhonorer", event=G, vir=6, extra=gx)
    s.influencer(870, "instagram", "Kisah haru dari lereng Merapi 🥹 Pak Mardi, guru honorer SD di Kemalang, setiap pagi menggendong Dafa, muridnya yang memiliki keterbatasan fisik, menyeberangi sungai kecil menuju sekolah. Sudah 3 tahun dilakukan tanpa mengeluh. Sehat selalu, Pak! ❤️\n\n#klaten #klatenhits #guruhonorer", event=G, vir=5, extra=gx)
    s.influencer(1560, "x", "Pagi-pagi timeline penuh video Pak Mardi, guru honorer Kemalang yang gendong muridnya tiap hari. Semoga Pemkab Klaten beri perhatian. #GuruHebat", event=G, vir=3, extra=gx)
    s.news(1625, "soloraya", "Kisah Pak Mardi, Guru Honorer di Lereng Merapi yang Gendong Muridnya Setiap Hari",
           ["Video seorang guru honorer di Kecamatan {kec_g}, {kabfull}, yang menggendong muridnya menyeberangi sungai kecil menuju sekolah viral di media sosial. Video tersebut telah ditonton lebih dari 4 juta kali.",
            "Guru tersebut, Sumardi (41), sudah tiga tahun melakukannya. Muridnya, Dafa (9), memiliki keterbatasan fisik sehingga sulit berjalan di jalan setapak yang curam. \"Saya hanya ingin Dafa tetap sekolah,\" kata Sumardi.",
            "Sumardi menjadi guru honorer sejak 2011 dengan honor sekitar Rp450 ribu per bulan. Warganet ramai meminta pemerintah memberi perhatian."], event=G, extra=gx)
    s.news(1810, "kabarklaten", "Video Guru Honorer di {kec_g} Viral, Disdik {kab} Akan Beri Perhatian",
           ["Dinas Pendidikan {kabfull} merespons viralnya video guru honorer di {kec_g} yang menggendong muridnya ke sekolah.",
            "\"Kami sangat mengapresiasi dedikasi beliau. Kami akan berkunjung dan melihat apa yang bisa dibantu, termasuk alat bantu untuk siswa,\" kata Kepala Dinas Pendidikan {kab}.",
            "Pihak dinas juga menyebut Sumardi masuk dalam data guru yang diusulkan dalam seleksi PPPK tahun ini."], event=G, extra=gx)
    s.news(1980, "detak", "Viral Guru Honorer di Klaten Gendong Murid Disabilitas Menyeberangi Sungai",
           ["Aksi seorang guru honorer di {kabfull}, Jawa Tengah, menggendong muridnya yang penyandang disabilitas menyeberangi sungai menuju sekolah menuai pujian warganet.",
            "Video yang diunggah rekan sesama guru itu telah dibagikan ratusan ribu kali. Banyak warganet menawarkan bantuan kursi roda untuk sang murid.",
            "Pemerintah daerah menyatakan akan memberi perhatian kepada guru dan murid tersebut."], event=G, extra=gx, city="Klaten")
    s.official(3060, "bupati", "instagram", "Pagi ini kami menerima Pak Sumardi dan Dafa di Pendopo. Dedikasi beliau menjadi teladan bagi kita semua. Pemkab memberikan penghargaan, kursi roda untuk Dafa, serta perbaikan jalan setapak menuju sekolah. Matur nuwun, Pak Mardi 🙏", event=G, vir=4)
    s.news(3150, "kabarklaten", "Bupati {kab} Beri Penghargaan untuk Guru Honorer yang Viral",
           ["{bupati} memberikan penghargaan kepada Sumardi, guru honorer di {kec_g} yang viral karena menggendong muridnya ke sekolah setiap hari.",
            "Selain penghargaan, Pemkab menyerahkan kursi roda untuk Dafa dan menjanjikan perbaikan jalan setapak menuju sekolah. \"Semoga menginspirasi guru-guru lain,\" kata Bupati.",
            "Sumardi mengaku tidak menyangka videonya viral. \"Saya hanya menjalankan tugas,\" ujarnya singkat."], event=G, extra=gx)

    background(s, 0, 54 * 60, 540, news_per_day=6)

    s.expect(E, "Keracunan massal usai hajatan di Desa Sidomulyo, Cawas (146 korban, 1 meninggal)",
             isu=840 + 150, kasus=975 + 240, krisis=1680 + 180,
             why="banyak akun (±20) membicarakan korban keracunan sejak ±20.00 Sabtu (menit 840): Isu paling "
                 "lambat 2,5 jam kemudian; berita lokal pertama menit 975 dan puluhan pasien dirujuk: Kasus "
                 "4 jam kemudian; korban meninggal (menit 1620) dan media nasional (menit 1680): Krisis 3 jam kemudian.")
    s.control(G, "Video guru honorer Kemalang yang menggendong muridnya viral", max_level="isu",
              why="kabar positif yang viral (ribuan interaksi, liputan lokal dan nasional) tetap bukan masalah "
                  "bagi Pemkab: paling tinggi Isu.")
    return s


# --------------------------------------------------------------------------------------------
# 2. Cianjur: a landslide in Takokak and an extortion (pungli) video at a public hospital
# --------------------------------------------------------------------------------------------

def scenario_cianjur():
    s = Scenario("cianjur-longsor-dan-pungli", 2002, cianjur(), dt.datetime(2025, 11, 18, 4, 0), 60,
                 title="Longsor di Takokak dan video dugaan pungli kamar di RSUD pada hari yang sama",
                 kind="dua-kejadian")
    L, P = "longsor-takokak", "pungli-rsud"
    s.recap[L] = ("Longsor terjadi Selasa (18/11/2025) sekitar pukul 03.30 WIB setelah hujan deras mengguyur wilayah selatan "
                  "Cianjur sejak Senin sore. Tebing setinggi sekitar 30 meter ambruk dan menimbun tiga rumah di Kampung Pasirhuni.")
    s.recap[P] = ("Kasus ini bermula dari unggahan Rosita Nurjanah di media sosial yang menyebut ayahnya, pasien BPJS, dimintai "
                  "Rp750 ribu oleh petugas agar mendapat kamar rawat inap. Video rekaman percakapan itu dibagikan ribuan kali.")
    lx = {"lok": ["Kampung Pasirhuni, Desa Margaluyu", "Pasirhuni", "Desa Margaluyu", "Kp. Pasirhuni"],
          "kec_e": "Takokak", "desa_e2": ["Margaluyu", "Pasirhuni"], "nr": ["3", "tiga"], "nh": ["4", "empat"],
          "nkk": ["60", "70", "85", "sekitar 80"], "rs": ["RSUD Wangsakarta", "Puskesmas Takokak"]}
    ltags = ["#LongsorCianjur", "#Takokak", "#Cianjur", "#PrayForCianjur"]
    chans = {"x": 4, "facebook": 5, "instagram": 2, "tiktok": 2}

    L1 = ["Innalillahi, longsor di {lok} subuh tadi, jalan raya Takokak–Sukanagara tertutup total {e_sad}",
          "Tadi jam setengah 4 ada suara gemuruh kenceng banget, ternyata tebing di {lok} longsor",
          "punten info, jalan ka {kec_e} ditutup, aya longsor ageung. Cari jalur lain",
          "Ya Allah, katanya ada rumah yang ketimbun longsor di {lok}, semoga penghuninya selamat {e_pray}",
          "Hujan dari semalam tidak berhenti, sekarang longsor di {kec_e}. Warga panik keluar rumah",
          "Longsor di {kec_e} {kab}, material tanah nutup jalan sepanjang 50 meter, motor tidak bisa lewat",
          "listrik mati di {kec_e} dari subuh, katanya tiang PLN ketimpa longsor"]
    L2 = ["TOLONG!! Ada {nr} rumah tertimbun longsor di {lok}, {nh} warga belum ditemukan. Butuh alat berat SEGERA!!",
          "Warga gotong royong gali pakai cangkul, alat berat belum datang. Ya Allah {e_sad}",
          "Yang di {lok} belum ketemu satu keluarga: bapak, ibu, dan 2 anak. Mohon doanya {e_pray}",
          "MOHON BANTUAN, akses ke {kec_e} putus total, ambulans tidak bisa masuk",
          "@bpbd_cianjur @{pemkab_x} mohon kirim alat berat ke {lok}, masih ada warga tertimbun!",
          "Longsor {kec_e} pagi ini: {nr} rumah tertimbun, {nh} orang belum ditemukan. Tim SAR menuju lokasi",
          "adik saya warga {lok}, katanya tetangganya masih di bawah timbunan {e_sad}",
          "ngeri pisan longsorna, tebing 30 meter ambruk. Mugia aya keajaiban {e_pray}",
          "Semoga korban longsor di {kec_e} cepat ditemukan dalam keadaan selamat {e_pray}",
          "BPBD sudah di lokasi longsor {kec_e}, tapi medannya berat, masih hujan rintik",
          "Tiap musim hujan {kec_e} longsor, kapan ada mitigasi beneran?",
          "Warga sekitar {lok} diungsikan ke masjid dan sekolah, takut longsor susulan",
          "LONGSOR {kec_e} {kab}!! {nh} ORANG TERTIMBUN, DOAKAN!!"]
    L3 = ["Pencarian korban longsor {kec_e} masih berlangsung, Basarnas, TNI, Polri, relawan sudah di lokasi",
          "Alat berat sudah masuk ke {lok}, semoga korban cepat ketemu",
          "Pengungsi longsor {kec_e} butuh selimut, makanan bayi, dan terpal. Posko di SDN {desa_e2}",
          "Data sementara: {nkk} KK mengungsi, 3 rumah rata tanah, 12 rumah terancam",
          "Sudah masuk TV nasional longsor {kab}. Semoga bantuan cepat datang {e_pray}",
          "longsor lagi di {kab}, tidak kebayang perasaan keluarga korban {e_sad}",
          "Jalan {kec_e}–Sukanagara masih ditutup, kendaraan diarahkan lewat Campaka",
          "Relawan dari Cibeber dan Cianjur kota berdatangan ke {kec_e}, hatur nuhun {e_pray}",
          "yang mau donasi untuk korban longsor {kec_e} bisa lewat posko PMI {kab}",
          "Seorang warga yang luka patah kaki sudah dievakuasi ke RSUD Wangsakarta",
          "Tanahnya masih labil, tim SAR hati-hati banget. Semoga semua selamat {e_pray}"]
    L4 = ["Innalillahi wa inna ilaihi rajiun, 2 korban longsor {kec_e} ditemukan meninggal dunia {e_pray}",
          "Ibu dan anaknya ditemukan berpelukan di bawah timbunan. Ya Allah tidak kuat bacanya {e_sad}",
          "Masih 2 warga lagi yang dicari, pencarian dihentikan sementara karena hujan",
          "Jenazah korban longsor dibawa ke RSUD Wangsakarta untuk pemulasaraan",
          "Turut berduka untuk warga {lok}. {kab} berduka lagi {e_sad}",
          "Pemkab harus relokasi warga di zona merah {kec_e}, jangan tunggu korban lagi",
          "Semoga 2 korban lainnya segera ditemukan {e_pray}",
          "Update longsor {kec_e}: 2 meninggal, 2 hilang, {nkk} KK mengungsi"]
    L5 = ["Malam ini pengungsi longsor di {kec_e} kedinginan, posko butuh selimut tambahan",
          "Hujan turun lagi di {kec_e}, warga tidak berani tidur di rumah",
          "Doa bersama untuk korban longsor di masjid {desa_e2} malam ini {e_pray}",
          "relawan masih jaga di posko {kec_e}, dapur umum nyala terus. Hatur nuhun {e_pray}"]
    L6 = ["Pencarian hari kedua korban longsor {kec_e} dimulai lagi jam 7 pagi",
          "Bupati {kab} ke lokasi longsor {kec_e}, janji relokasi warga terdampak",
          "Korban ketiga longsor {kec_e} ditemukan meninggal, tinggal 1 orang lagi yang dicari {e_sad}",
          "Bantuan buat pengungsi di posko 2 belum merata, ada yang belum dapat makan siang {e_angry}",
          "Tolong distribusi bantuan longsor {kec_e} diperbaiki, posko di atas belum kebagian",
          "Jalan alternatif ke {kec_e} licin parah, truk bantuan susah naik",
          "Anak-anak pengungsi mulai sakit, batuk pilek. Butuh tenaga kesehatan di posko",
          "Salut relawan yang dari kemarin gali pakai tangan {e_pray}",
          "ayo bantu korban longsor {kec_e}, transfer lewat rekening resmi Baznas/PMI aja",
          "Longsor {kec_e}: 3 meninggal, 1 masih dicari, {nkk} KK mengungsi. Doakan {e_pray}"]
    L7 = ["Hari ketiga pencarian korban terakhir longsor {kec_e}, semoga cepat ketemu",
          "Status tanggap darurat longsor {kec_e} diperpanjang 7 hari",
          "warga {lok} mulai bersih-bersih, tapi rumah yang di bawah tebing tidak boleh ditempati",
          "Semoga relokasi warga {kec_e} bukan cuma janji"]

    def LW(a, b, n, pool, vir, **kw):
        kw.setdefault("channels", chans)
        return s.wave(L, a, b, n, pool, extra=lx, vir=vir, tags=ltags, reply_pool=R_SYMPATHY, reply_p=0.2,
                      rt_p=0.2, **kw)

    LW(70, 150, 15, L1, 0.8, mood="sad", shape="rise", flat=0.5)
    LW(150, 300, 52, L2, 1.8, mood="alarm", flat=0.3, shout_p=0.06)
    LW(300, 600, 70, L3, 1.6, mood="sad")
    LW(600, 960, 58, L4, 2.2, mood="sad", shape="fall")
    LW(960, 1440, 22, L5, 0.8, mood="pray", flat=0.4)
    LW(1440, 2400, 90, L6, 1.3, mood="sad")
    LW(2400, 3600, 36, L7, 0.7, mood="neutral", shape="fall")
    s.influencer(175, "x", "Longsor terjadi di Kp. Pasirhuni, Desa Margaluyu, Kec. Takokak, Cianjur, Selasa subuh. Info sementara 3 rumah tertimbun dan 4 warga belum ditemukan. Akses jalan Takokak–Sukanagara tertutup. #LongsorCianjur", event=L, extra=lx, vir=3)
    s.influencer(210, "instagram", "Longsor di Takokak, Cianjur, Selasa (18/11) dini hari. Tiga rumah tertimbun material tanah, warga bersama petugas masih berupaya mencari korban. Mohon doa 🙏\n\n#cianjur #longsorcianjur #takokak", event=L, extra=lx, vir=3)
    s.influencer(260, "tiktok", "detik-detik warga menggali timbunan longsor di Takokak pakai alat seadanya 😭 #cianjur #longsor #fyp", event=L, extra=lx, vir=5)
    s.influencer(650, "facebook", "BERITA DUKA: 2 korban longsor Pasirhuni Takokak ditemukan meninggal dunia sore ini. 2 orang masih dalam pencarian. Posko pengungsian di SDN Margaluyu membutuhkan selimut, susu bayi, popok, dan air mineral.", event=L, extra=lx, vir=3)
    s.official(240, "bpbd", "x", "[UPDATE 07.30] Longsor di Kp. Pasirhuni, Ds. Margaluyu, Kec. Takokak. 3 rumah tertimbun, 4 jiwa dalam pencarian. Tim BPBD, Basarnas, TNI/Polri menuju lokasi. Alat berat dari Dinas PUPR diberangkatkan. Jalan Takokak–Sukanagara ditutup.", event=L, extra=lx)
    s.official(560, "bpbd", "instagram", "Update longsor Takokak pukul 13.00: pencarian 4 korban terus dilakukan dengan 2 unit alat berat. Warga terdampak 85 KK mengungsi di SDN Margaluyu dan masjid. Kebutuhan mendesak: selimut, terpal, makanan siap saji, perlengkapan bayi.", event=L, extra=lx)
    s.official(625, "bpbd", "x", "[UPDATE 14.25] 2 korban longsor Takokak ditemukan meninggal dunia. 2 jiwa masih dalam pencarian. Pencarian dihentikan sementara karena hujan dan akan dilanjutkan bila cuaca memungkinkan.", event=L, extra=lx, vir=3)
    s.official(700, "pemkab", "instagram", "Pemerintah Kabupaten Cianjur menyampaikan duka cita mendalam atas korban bencana longsor di Kecamatan Takokak. Pemkab telah mendirikan posko pengungsian dan dapur umum, serta menetapkan status tanggap darurat bencana selama 14 hari.", event=L, extra=lx)
    s.official(1600, "bupati", "instagram", "Hari ini saya meninjau lokasi longsor di Takokak dan bertemu para pengungsi. Pencarian korban terus dilakukan. Warga di zona merah akan kami relokasi ke tempat yang aman. Mohon doa dari seluruh warga Cianjur 🤲", event=L, extra=lx, vir=3)
    s.official(1815, "bpbd", "x", "[UPDATE 10.15] Korban ketiga longsor Takokak ditemukan meninggal dunia. 1 jiwa masih dalam pencarian. Jumlah pengungsi 91 KK / 287 jiwa.", event=L, extra=lx)
    s.official(2900, "pemkab", "x", "Status tanggap darurat longsor Takokak diperpanjang. Distribusi logistik kini satu pintu melalui posko utama di Kantor Kecamatan Takokak. Aduan bantuan: hotline 0263-xxxxxx.", event=L, extra=lx)
    s.news(200, "cianjurekspres", "Longsor Timbun Tiga Rumah di {kec_e}, Empat Warga Diduga Tertimbun",
           ["Tebing setinggi sekitar 30 meter longsor dan menimbun tiga rumah di Kampung Pasirhuni, Desa Margaluyu, Kecamatan {kec_e}, {kabfull}, Selasa (18/11/2025) dini hari. Empat warga diduga masih tertimbun.",
            "Longsor terjadi sekitar pukul 03.30 WIB setelah hujan deras mengguyur sejak Senin sore. \"Suaranya seperti gemuruh, warga langsung keluar rumah,\" kata Ketua RT setempat, Ujang Sopandi.",
            "Material longsor juga menutup jalan penghubung {kec_e}–Sukanagara. Warga bersama aparat desa melakukan pencarian dengan alat seadanya sambil menunggu alat berat.",
            "BPBD {kab} menyatakan tim telah diberangkatkan ke lokasi."], event=L, extra=lx)
    s.news(330, "kini", "Longsor di Cianjur, Empat Warga Diduga Tertimbun",
           ["Bencana tanah longsor melanda Kecamatan {kec_e}, {kabfull}, Jawa Barat, Selasa (18/11/2025) dini hari. Tiga rumah tertimbun dan empat warga dilaporkan hilang.",
            "Kepala Pelaksana BPBD {kab} mengatakan pencarian melibatkan Basarnas, TNI, Polri, dan relawan. \"Kendala kami medan yang curam dan tanah yang masih labil,\" ujarnya.",
            "BMKG sebelumnya memperingatkan potensi hujan lebat di wilayah Jawa Barat bagian selatan selama sepekan ke depan."], event=L, extra=lx, city="Cianjur")
    s.news(420, "priangan", "Alat Berat Dikerahkan, 85 KK Warga {kec_e} Mengungsi",
           ["Dua unit alat berat dikerahkan untuk mencari empat warga yang tertimbun longsor di Desa Margaluyu, Kecamatan {kec_e}. Sebanyak 85 kepala keluarga mengungsi karena khawatir longsor susulan.",
            "\"Pengungsi kami tempatkan di SDN Margaluyu dan masjid. Dapur umum sudah berdiri,\" kata Camat {kec_e}.",
            "Seorang warga yang mengalami patah kaki dievakuasi ke RSUD Wangsakarta. Jalan {kec_e}–Sukanagara masih tertutup total."], event=L, extra=lx)
    s.news(640, "cianjurekspres", "Dua Korban Longsor {kec_e} Ditemukan Meninggal",
           ["Tim SAR gabungan menemukan dua korban longsor di Kampung Pasirhuni, Desa Margaluyu, Kecamatan {kec_e}, dalam keadaan meninggal dunia, Selasa (18/11/2025) sore.",
            "Kedua korban merupakan ibu dan anak. Jenazah dibawa ke RSUD Wangsakarta untuk pemulasaraan sebelum diserahkan kepada keluarga.",
            "\"Dua korban lainnya masih kami cari. Pencarian kami hentikan sementara karena hujan deras,\" kata Komandan Tim SAR."], event=L, extra=lx)
    s.news(705, "nusapost", "Dua Korban Longsor Cianjur Ditemukan Tewas, Dua Masih Dicari",
           ["Dua dari empat korban longsor di Kecamatan {kec_e}, {kabfull}, ditemukan tewas. Dua korban lain masih dalam pencarian tim SAR gabungan.",
            "Longsor terjadi Selasa dini hari setelah hujan deras. Pemkab {kab} menetapkan status tanggap darurat selama 14 hari.",
            "Badan Nasional Penanggulangan Bencana mengingatkan pemerintah daerah untuk memetakan ulang permukiman di zona rawan longsor."], event=L, extra=lx, city="Cianjur")
    s.news(1610, "priangan", "Bupati {kab} Janjikan Relokasi Warga Terdampak Longsor",
           ["{bupati} meninjau lokasi longsor di Kecamatan {kec_e}, Rabu (19/11/2025). Ia menjanjikan relokasi bagi warga yang tinggal di zona merah.",
            "\"Kami tidak ingin ada korban lagi. Lahan relokasi sedang kami siapkan bersama desa,\" kata Bupati di hadapan pengungsi.",
            "Hingga Rabu pagi, pencarian dua korban yang tersisa masih berlangsung."], event=L, extra=lx)
    s.news(1830, "kini", "Korban Ketiga Longsor Cianjur Ditemukan, Satu Masih Dicari",
           ["Tim SAR gabungan kembali menemukan satu korban longsor di {kec_e}, {kabfull}, dalam keadaan meninggal dunia. Total korban meninggal menjadi tiga orang.",
            "Satu korban lagi, seorang anak laki-laki berusia 12 tahun, masih dicari. Jumlah pengungsi bertambah menjadi 287 jiwa."], event=L, extra=lx, city="Cianjur")
    s.news(2110, "cianjurekspres", "Pengungsi Longsor {kec_e} Keluhkan Distribusi Bantuan",
           ["Sejumlah pengungsi longsor di {kec_e} mengeluhkan distribusi bantuan yang belum merata. Pengungsi di posko yang berada di dataran lebih tinggi mengaku belum menerima makan siang.",
            "\"Bantuan banyak datang tapi numpuk di posko bawah,\" kata seorang pengungsi.",
            "BPBD {kab} menyatakan akan menerapkan sistem distribusi satu pintu agar bantuan merata."], event=L, extra=lx)
    s.news(3050, "priangan", "Hari Ketiga, Satu Korban Longsor {kec_e} Masih Dicari",
           ["Pencarian satu korban longsor di {kec_e} memasuki hari ketiga. Tim SAR gabungan memperluas area pencarian ke aliran sungai di bawah tebing.",
            "Status tanggap darurat diperpanjang. Pemkab {kab} juga mulai mendata lahan untuk relokasi warga."], event=L, extra=lx)
    v = s.video(760, "NusaTV News", 2100000, "Longsor Cianjur: 2 Korban Ditemukan Meninggal, 2 Masih Dicari | NusaTV",
                "Longsor menimbun tiga rumah di Takokak, Cianjur. Tim SAR gabungan menemukan dua korban meninggal dunia.", event=L, vir=3)
    s.replies(v, R_SYMPATHY + ["Cianjur lagi 😢", "semoga korban lain cepat ditemukan", "relokasi warga harus segera"], 16, event=L, spread=500)

    # ---- pungli at the hospital ----------------------------------------------------------
    px = {"rs": ["RSUD Wangsakarta", "RSUD Wangsakarta Cianjur", "rumah sakit"], "uang": ["750 ribu", "Rp750 ribu", "750rb"],
          "korban": ["bapaknya teh Rosita", "pasien BPJS itu"]}
    ptags = ["#RSUDWangsakarta", "#PungliRSUD", "#Cianjur", "#BPJS"]
    a0 = s.account("rosita.nurjanah.77", 1840, "Rosita Nurjanah")
    d0 = s.add(330, "facebook", "facebook", a0,
               "Kecewa sama pelayanan RSUD Wangsakarta. Bapak saya pasien BPJS, sudah 2 hari di IGD katanya kamar penuh. Terus ada petugas yang bilang kalau mau cepat dapat kamar bayar 750 ribu, nanti diurus. Saya rekam videonya. Giliran ada yang bayar langsung dapat kamar. Tolong viralkan biar pak bupati tahu 🙏😭",
               event=P, vir=40, url="https://www.facebook.com/groups/infocianjurterkini/posts/3391207755102938/")
    s.replies(d0, ["sami di abdi oge kitu, taun kamari dimintain", "viralkan!", "sabar teh, semoga bapaknya cepat sembuh",
                   "ya Allah tega pisan", "share teh", "harus diusut", "dulu mertua saya juga begitu di IGD",
                   "pasien BPJS hak nya sama!", "tag bupati teh"], 30, event=P, spread=300)
    PP1 = ["Viralkan! Pasien BPJS kok disuruh bayar kamar {e_angry}",
           "Ini video oknum {rs} minta {uang} biar dapat kamar. Pasien BPJS lho. @{pemkab_x} tolong ditindak",
           "Bukan rahasia lagi, di rumah sakit harus 'ngasih' dulu biar cepat dilayani",
           "Sedih lihat {korban} nunggu di IGD 2 hari {e_sad}",
           "Kalau benar ini pungli, harus dipecat oknumnya",
           "sami di abdi oge, dimintain artos kanggo kamar di {rs} {e_angry}",
           "ini teh {rs} yang di Cianjur kota? parah pisan"]
    PP2 = ["PUNGLI DI RUMAH SAKIT PEMERINTAH!! Pasien BPJS dimintai {uang} biar dapat kamar. {kab} darurat pelayanan publik {e_angry}",
           "Videonya sudah ditonton ratusan ribu kali, pihak {rs} kok diam aja?",
           "Saya juga pernah, tahun lalu mertua dirawat, dimintai 500 ribu sama orang yang ngaku petugas",
           "Ini yang bikin rakyat males ke RSUD. Harus ada sidak dari Bupati",
           "Mohon Ombudsman turun tangan soal dugaan pungli {rs} {kab}",
           "Tag terus @{pemkab_x} sampai ada tindakan",
           "Katanya kamar penuh, tapi kalau bayar langsung ada. Aneh kan?",
           "Jangan digeneralisir, banyak nakes RSUD yang baik. Yang salah oknumnya",
           "Rumah sakit lagi sibuk nanganin korban longsor juga, tapi pungli tetap jalan ya {e_angry}",
           "BPJS itu hak, bukan belas kasihan. Usut tuntas pungli RSUD {kab}!",
           "yang rekam video itu berani banget, salut teh. Semoga tidak diintimidasi",
           "dugaan pungli di {rs} {kab} ini harus jadi perhatian Kemenkes juga"]
    PP3 = ["Klarifikasi RSUD cuma bilang 'akan kami dalami'. Gitu doang?",
           "Direktur RSUD bilang oknum itu bukan pegawai tetap. Terus siapa yang bolehin dia di IGD?",
           "Semoga pak Bupati baca ini dan sidak besok pagi",
           "Sudah masuk berita, semoga ada tindakan nyata",
           "klarifikasi {rs} tidak menjawab kenapa kamar 'penuh' tapi ada kalau bayar {e_angry}"]
    PP4 = ["Bupati sidak ke {rs} pagi ini, oknum yang minta uang langsung dinonaktifkan {e_happy}",
           "Respon cepat, tapi usut juga siapa saja yang terlibat, pasti bukan cuma satu orang",
           "Akhirnya {korban} dapat kamar. Viral dulu baru dilayani, sedih {e_sad}",
           "DPRD Komisi IV panggil direktur RSUD soal pungli, semoga bukan cuma formalitas",
           "Inspektorat periksa pegawai RSUD. Publik harus kawal terus",
           "Bikin kanal aduan yang jelas dong di RSUD, jangan tunggu viral",
           "Ombudsman Jabar juga turun katanya, mantap",
           "Apresiasi buat Kang Dadan yang langsung turun, tapi benahi sistemnya juga"]
    PP5 = ["kasus pungli {rs} gimana kelanjutannya? jangan sampai hilang begitu aja",
           "sekarang di IGD {rs} ada banner 'tolak pungli', semoga bukan cuma pajangan",
           "Inspektorat periksa 5 pegawai, ditunggu hasilnya"]
    pch = {"x": 4, "facebook": 6, "instagram": 2, "tiktok": 2}

    def PW(a, b, n, pool, vir, **kw):
        return s.wave(P, a, b, n, pool, extra=px, vir=vir, tags=ptags, channels=pch, reply_pool=R_ANGRY,
                      reply_p=0.2, rt_p=0.25, **kw)

    PW(340, 600, 34, PP1, 1.3, mood="angry", shape="rise")
    PW(600, 960, 66, PP2, 2.2, mood="angry", shape="peak", shout_p=0.05)
    PW(960, 1440, 40, PP3, 1.2, mood="angry", flat=0.2)
    PW(1440, 2400, 80, PP4, 1.5, mood="neutral")
    PW(2400, 3600, 22, PP5, 0.6, mood="neutral", shape="fall")
    s.influencer(612, "tiktok", "Viral! Keluarga pasien BPJS mengaku dimintai Rp750 ribu agar dapat kamar di RSUD Wangsakarta Cianjur 😡 #cianjur #pungli #bpjs #fyp", event=P, extra=px, vir=6)
    s.influencer(705, "x", "Keluarga pasien BPJS di Cianjur mengaku dimintai Rp750 ribu oleh oknum petugas agar segera mendapat kamar rawat inap di RSUD Wangsakarta. Video rekamannya beredar luas. Pemkab Cianjur belum memberi tanggapan. #PungliRSUD", event=P, extra=px, vir=4)
    s.influencer(790, "instagram", "Video dugaan pungli kamar rawat inap di RSUD Wangsakarta Cianjur viral. Keluarga pasien BPJS mengaku dimintai Rp750 ribu. Bagaimana tanggapan kalian? 👇\n\n#cianjur #infocianjur #pungli", event=P, extra=px, vir=4)
    rs_acc = s.account("rsudwangsakarta", 8400, "RSUD Wangsakarta Cianjur")
    s.add(1010, "instagram", "instagram", rs_acc, "KLARIFIKASI. Manajemen RSUD Wangsakarta telah menerima informasi terkait video yang beredar. Kami memohon maaf atas ketidaknyamanan yang dialami keluarga pasien. Petugas yang bersangkutan sedang kami periksa. RSUD Wangsakarta tidak memungut biaya apa pun di luar ketentuan bagi pasien BPJS. Aduan: WA 0812-xxxx-xxxx.", event=P, vir=3,
          url="https://www.instagram.com/p/DCrsudklar01/")
    s.official(1750, "bupati", "instagram", "Pagi ini saya sidak ke RSUD Wangsakarta. Petugas yang diduga meminta uang kepada keluarga pasien sudah dinonaktifkan dan diperiksa Inspektorat. Tidak boleh ada pungutan di luar aturan. Warga yang mengalami hal serupa silakan lapor ke SP4N-LAPOR! atau hotline Pemkab.", event=P, vir=4)
    s.official(1765, "pemkab", "x", "Bupati Cianjur melakukan sidak ke RSUD Wangsakarta dan menonaktifkan petugas yang diduga melakukan pungutan liar terhadap keluarga pasien BPJS. Inspektorat Daerah melakukan pemeriksaan. Laporkan pungli: SP4N-LAPOR!", event=P)
    s.news(960, "priangan", "Viral Video Dugaan Pungli Kamar Rawat Inap di RSUD Wangsakarta",
           ["Video yang memperlihatkan dugaan pungutan liar (pungli) terhadap keluarga pasien BPJS di RSUD Wangsakarta, {kabfull}, viral di media sosial, Selasa (18/11/2025).",
            "Dalam video berdurasi dua menit itu, seorang pria yang diduga petugas menawarkan kamar rawat inap dengan imbalan Rp750 ribu. Pengunggah video, Rosita Nurjanah, mengaku ayahnya sudah dua hari menunggu di IGD.",
            "\"Kami pasien BPJS. Katanya kamar penuh, tapi ada yang bayar langsung dapat,\" kata Rosita saat dihubungi.",
            "Hingga berita ini diturunkan, manajemen rumah sakit belum memberikan keterangan resmi."], event=P, extra=px)
    s.news(1030, "cianjurekspres", "RSUD Wangsakarta Klarifikasi Video Dugaan Pungli, Akan Periksa Petugas",
           ["Manajemen RSUD Wangsakarta {kab} menyampaikan klarifikasi atas video dugaan pungli yang viral. Direktur RSUD menyebut petugas dalam video adalah tenaga non-ASN di bagian pendaftaran.",
            "\"Kami tidak membenarkan pungutan apa pun. Petugas tersebut sedang kami periksa,\" kata Direktur RSUD dalam keterangan tertulis, Selasa malam.",
            "Ia juga menyebut keterisian tempat tidur tinggi karena lonjakan pasien, termasuk korban longsor {kec_e}."], event=P, extra=dict(px, kec_e="Takokak"))
    s.news(1800, "cianjurekspres", "Bupati Sidak RSUD, Petugas yang Diduga Pungli Dinonaktifkan",
           ["{bupati} melakukan inspeksi mendadak ke RSUD Wangsakarta, Rabu (19/11/2025) pagi, menyusul viralnya video dugaan pungli terhadap keluarga pasien BPJS.",
            "Bupati langsung menonaktifkan petugas yang bersangkutan dan meminta Inspektorat Daerah melakukan pemeriksaan menyeluruh. \"Kalau terbukti, sanksinya tegas,\" ujarnya.",
            "Ayah Rosita, pasien yang viral dalam video, kini sudah mendapat kamar rawat inap."], event=P, extra=px)
    s.news(1960, "kini", "Bupati Cianjur Nonaktifkan Petugas RSUD yang Diduga Pungli Pasien BPJS",
           ["Bupati Cianjur menonaktifkan seorang petugas RSUD Wangsakarta yang diduga meminta uang Rp750 ribu kepada keluarga pasien BPJS agar mendapat kamar rawat inap.",
            "Kasus ini mencuat setelah video rekaman keluarga pasien viral di media sosial. BPJS Kesehatan menegaskan peserta tidak boleh dipungut biaya tambahan untuk layanan yang dijamin.",
            "Ombudsman RI Perwakilan Jawa Barat menyatakan akan meminta keterangan pihak rumah sakit."], event=P, extra=px, city="Cianjur")
    s.news(2160, "priangan", "Komisi IV DPRD {kab} Panggil Direktur RSUD Wangsakarta",
           ["Komisi IV DPRD {kabfull} memanggil Direktur RSUD Wangsakarta terkait dugaan pungli terhadap keluarga pasien BPJS.",
            "\"Kami minta sistem antrean kamar dibuat transparan dan bisa dipantau publik,\" kata Ketua Komisi IV dalam rapat dengar pendapat, Rabu sore.",
            "DPRD juga meminta rumah sakit membuka kanal pengaduan yang mudah diakses."], event=P, extra=px)
    s.news(3100, "cianjurekspres", "Inspektorat Periksa Lima Pegawai RSUD Terkait Dugaan Pungli",
           ["Inspektorat Daerah {kab} memeriksa lima pegawai RSUD Wangsakarta terkait dugaan pungli kamar rawat inap. Pemeriksaan ditargetkan selesai dalam dua pekan.",
            "RSUD kini memasang papan informasi ketersediaan tempat tidur di ruang IGD."], event=P, extra=px)

    background(s, 0, 60 * 60, 560, news_per_day=6)

    s.expect(L, "Longsor di Kp. Pasirhuni, Desa Margaluyu, Takokak (3 meninggal, 1 hilang, 91 KK mengungsi)",
             isu=180 + 150, kasus=200 + 240, krisis=330 + 180,
             why="puluhan akun menyebut rumah tertimbun dan warga hilang sejak ±07.00 (menit 180): Isu 2,5 jam "
                 "kemudian; berita lokal menit 200: Kasus 4 jam kemudian; korban tertimbun sejak awal dan "
                 "media nasional menit 330: Krisis 3 jam kemudian.")
    s.expect(P, "Video dugaan pungli kamar rawat inap pasien BPJS di RSUD Wangsakarta",
             isu=600 + 180, kasus=960 + 120,
             why="unggahan keluarga pasien (menit 330) diunggah ulang akun-akun info; ±25 akun membicarakannya "
                 "sekitar menit 600: Isu 3 jam kemudian; video sudah menyebar luas sore hari (±50 akun, menit "
                 "750) dan berita lokal menit 960: Kasus 2 jam setelah berita. Tanpa korban jiwa, Krisis tidak "
                 "diharapkan (juga tidak dilarang).")
    return s


# --------------------------------------------------------------------------------------------
# 3. Jember: a slow-burn grievance over the land and building tax (PBB-P2), 14 days
# --------------------------------------------------------------------------------------------

def scenario_jember():
    s = Scenario("jember-kenaikan-pbb", 3003, jember(), dt.datetime(2025, 7, 7, 6, 0), 14 * 24,
                 title="Keluhan kenaikan PBB-P2 2025: dari SPPT, RDP DPRD, sampai aksi damai di Pendopo",
                 kind="keluhan-kebijakan", step=30)
    E = "kenaikan-pbb"
    s.recap[E] = ("Keluhan warga bermula saat SPPT PBB-P2 2025 dibagikan awal Juli. Sejumlah warga mendapati tagihan naik dua "
                  "hingga empat kali lipat akibat penyesuaian nilai jual objek pajak (NJOP) yang terakhir dilakukan pada 2014.")

    def T(d, h, m=0):
        return d * 1440 + (h - 6) * 60 + m

    x = {"pbb_lama": ["186.000", "92.000", "240.500", "310.000", "128.000", "75.000", "415.000"],
         "pbb_baru": ["742.000", "356.000", "910.000", "1.120.000", "480.000", "298.000", "1.380.000"],
         "pet": ["3.000", "4.500", "6.200", "8.000"], "massa": ["500", "600-an", "700", "sekitar 800"],
         "tempat_a": ["alun-alun Jember", "depan Pendopo Jember", "bundaran DPRD"],
         "persen": ["300%", "200%", "3 kali lipat", "4 kali lipat", "250%"]}
    tags = ["#PBBJember", "#TolakPBBNaik", "#Jember", "#PajakMencekik"]
    chans = {"x": 4, "facebook": 6, "instagram": 2, "tiktok": 2}
    P0 = ["SPPT PBB tahun ini kok naik banyak ya? Punya saya di {kec} naik dua kali lipat",
          "Ada yang PBB-nya naik juga? baru terima SPPT dari perangkat desa, kaget {e_sad}",
          "PBB naik lagi, padahal gaji tidak naik-naik {e_angry}",
          "SPPT PBB 2025 sudah dibagi di {desa}, banyak tetangga yang kaget lihat angkanya"]
    P1 = ["Lho PBB-ku yo podo, tahun wingi {pbb_lama} saiki {pbb_baru}. Iki piye Pemkab {kab}?? {e_angry}",
          "Baru lihat postingan Bu Lilik soal PBB naik 4x lipat, ternyata punyaku juga naik {persen} {e_angry}",
          "Kenaikan PBB di {kab} tidak masuk akal. Rumah di gang sempit NJOP-nya disamakan sama pinggir jalan raya",
          "Pajak naik terus, jalan di {desa} masih rusak. Uangnya ke mana?",
          "Yang PBB-nya naik coba cek, kenaikan NJOP tahun ini katanya sampai 300%",
          "@{pemkab_x} mohon penjelasan soal kenaikan PBB 2025, warga kaget semua",
          "PBB sawahku nang {kec} naik 2,5 kali. Petani iso mlarat rek {e_sad}",
          "NJOP naik tapi harga tanah di {desa} segitu-gitu aja. Siapa yang menilai?",
          "Tetangga-tetangga pada ngomongin PBB naik. Ada yang mau protes bareng?",
          "Bayar PBB aja susah, apalagi naik {persen}. Pensiunan kayak bapak saya gimana {e_sad}",
          "PBB {pbb_lama} jadi {pbb_baru}. Ini pajak apa rampok? {e_angry}"]
    P2 = ["Sudah masuk berita, Bapenda bilang kenaikan karena penyesuaian NJOP yang tidak naik sejak 2014",
          "Alasan Bapenda: NJOP sudah 10 tahun tidak disesuaikan. Tapi kok langsung naik 300% sekaligus?",
          "Penyesuaian boleh, tapi bertahap dong. Ekonomi warga lagi susah",
          "Bisa ajukan keberatan ke Bapenda katanya, syaratnya fotokopi KTP, SPPT, dan surat permohonan",
          "Antre ngajukan keberatan PBB di kantor Bapenda {kab}, rame banget {e_angry}",
          "jangan-jangan buat nutup defisit APBD nih",
          "Warga {kec} banyak yang belum tau bisa ajukan keberatan PBB, tolong disosialisasikan"]
    P3 = ["Petisi tolak kenaikan PBB {kab} sudah ditandatangani {pet} orang, ayo ikut",
          "Warga {kec} kumpul di balai desa bahas PBB, katanya mau ke DPRD",
          "PBB naik, retribusi pasar naik, terus apa lagi? {e_angry}",
          "Kades di {desa} bilang belum ada juknis pengurangan. Warga bingung",
          "Kalau memang NJOP harus naik, kasih keringanan buat warga miskin & petani",
          "Saya sudah ajukan keberatan, katanya diproses 3 bulan. Terus jatuh tempo Agustus gimana?",
          "Ini bukan soal mau bayar atau tidak, tapi soal wajar atau tidak",
          "Mahasiswa {kab} bikin kajian kenaikan PBB, hasilnya 40% objek pajak naik di atas 100%",
          "PBB naik {persen}, warga {kec} protes ke kantor desa",
          "obrolan di warung kopi {kec} tiap malam soal PBB terus {e_laugh}"]
    P4 = ["Komisi B DPRD {kab} RDP dengan Bapenda soal PBB hari ini, semoga ada solusi",
          "Hasil RDP: DPRD minta Bapenda kaji ulang kenaikan PBB yang di atas 100%",
          "DPRD minta penundaan jatuh tempo PBB. Setuju!",
          "Nonton live RDP PBB di DPRD {kab}, anggota dewan pada keras ke Bapenda",
          "Semoga rekomendasi DPRD soal PBB bukan cuma omon-omon",
          "RDP PBB: Bapenda janji evaluasi NJOP zona yang naik ekstrem"]
    P5 = ["Aliansi Rakyat {kab} Tolak Kenaikan PBB akan aksi damai Kamis jam 9 di depan Pendopo. Yang peduli ayo gabung!",
          "Aksi damai soal PBB hari Kamis, jangan anarkis ya, kita cuma minta keadilan",
          "Poster aksi tolak PBB naik sudah nyebar di grup WA {kec}",
          "Petani {kec} siap ikut aksi PBB, berangkat naik pikap",
          "Polres {kab} siapkan 300 personel buat kawal aksi PBB, semoga tertib",
          "Saya tidak ikut demo tapi dukung. PBB naik {persen} itu keterlaluan",
          "Kamis ada aksi di {tempat_a}, yang mau lewat sana cari jalan lain"]
    P6 = ["Massa aksi tolak kenaikan PBB mulai kumpul di {tempat_a}",
          "Sekitar {massa} orang aksi damai di depan Pendopo {kab}, tertib",
          "Orasi: 'Kami bukan menolak bayar pajak, kami menolak pajak yang mencekik!'",
          "Aksi PBB di {kab} damai, peserta bawa poster dan spanduk, polisi jaga santai",
          "Perwakilan massa diterima Bupati di Pendopo, semoga ada keputusan",
          "Arus lalu lintas di sekitar alun-alun dialihkan karena aksi PBB",
          "TOLAK KENAIKAN PBB {persen}!! RAKYAT {kab} BERSATU!!",
          "Salut aksi hari ini tertib, sampah dipungut lagi sama peserta {e_happy}",
          "Massa aksi PBB membubarkan diri dengan tertib setelah perwakilan bertemu Bupati",
          "Live dari depan Pendopo {kab}, aksi tolak PBB naik",
          "emak-emak {kec} ikut aksi PBB bawa panci, kreatif {e_laugh}",
          "Aksi damai PBB selesai jam 1 siang, tidak ada yang ricuh. Mantap warga {kab}"]
    P7 = ["Akhirnya Bupati umumkan stimulus PBB: pengurangan 50% buat yang naiknya di atas 100% {e_happy}",
          "Stimulus PBB cuma buat yang naik di atas 100%. Yang naik 90% gimana?",
          "Alhamdulillah ada keringanan PBB, meski belum semua puas",
          "Jatuh tempo PBB diundur ke akhir Oktober, lumayan",
          "Kenapa tidak dari awal sih? harus demo dulu baru didengar",
          "Cara ngajukan stimulus PBB: datang ke kantor desa bawa SPPT, atau online di aplikasi Bapenda"]
    P8 = ["Antrean pengajuan stimulus PBB di kantor Kecamatan {kec} panjang",
          "Aplikasi Bapenda buat ngajuin pengurangan PBB error terus {e_angry}",
          "Sudah dapat pengurangan PBB 50%, alhamdulillah",
          "Aliansi bilang bakal kawal sampai perbup stimulus PBB keluar"]
    CP = ["Saya warga {desa}, Kecamatan {kec}. SPPT PBB-P2 2025 saya naik dari Rp{pbb_lama} menjadi Rp{pbb_baru} tanpa sosialisasi. Mohon penjelasan dasar kenaikannya.",
          "Mohon penjelasan Bapenda {kab}: NJOP tanah saya di {kec} naik lebih dari 200% padahal lokasi di dalam gang. Bagaimana prosedur keberatan?",
          "Saya pensiunan, PBB naik dari Rp{pbb_lama} menjadi Rp{pbb_baru}. Mohon keringanan atau pengurangan."]

    def W(a, b, n, pool, vir, **kw):
        kw.setdefault("channels", chans)
        return s.wave(E, a, b, n, pool, extra=x, vir=vir, tags=tags, reply_pool=R_ANGRY + ["sama, punyaku juga naik", "iya bener", "ayo ajukan keberatan"],
                      reply_p=0.18, rt_p=0.15, **kw)

    def C(a, b, n):
        for m in s.times(a, b, n):
            s.add(m, "complaint", "complaint", s.person(reuse=0.05, style=0), s.fill(s.ch(CP), x), event=E)

    W(T(0, 9), T(2, 11), 12, P0, 0.6, mood="sad")
    C(T(0, 9), T(2, 11), 3)
    a0 = s.account("lilik.rahayu.68", 2650, "Lilik Rahayu")
    d0 = s.add(T(2, 12), "facebook", "facebook", a0,
               "Permisi admin. Mau tanya, PBB rumah saya di Patrang tahun lalu Rp186.000, tahun ini SPPT-nya Rp742.000. Naik hampir 4 kali lipat! Rumah biasa, di gang. Apa cuma saya yang begini? Mohon pencerahan 🙏 #PBBJember",
               event=E, vir=35, url="https://www.facebook.com/groups/infojemberkota/posts/2871103344590021/")
    s.replies(d0, ["sama bu, punyaku juga naik 3x", "lho kok iso", "nggih sami, kulo nggih kaget", "kita protes bareng",
                   "tanya ke kantor desa bu", "gila naik segitu", "punyaku 300 ribu jadi 900 ribu"], 40, event=E, spread=360)
    W(T(2, 12, 30), T(3, 0), 42, P1, 1.6, mood="angry", shape="rise")
    W(T(3, 6), T(4, 6), 50, P2, 1.4, mood="angry")
    C(T(3, 8), T(7, 0), 8)
    W(T(4, 6), T(7, 6), 76, P3, 1.1, mood="angry")
    W(T(7, 6), T(8, 6), 58, P4, 1.4, mood="neutral", shape="peak")
    W(T(8, 6), T(10, 6), 88, P5, 1.3, mood="neutral")
    W(T(10, 6), T(11, 0), 110, P6, 2.2, mood="neutral", shape="peak", shout_p=0.04)
    W(T(11, 6), T(12, 6), 68, P7, 1.5, mood="neutral")
    W(T(12, 6), T(14, 0), 36, P8, 0.8, mood="neutral", shape="fall")
    C(T(11, 8), T(13, 20), 5)
    s.influencer(T(2, 18), "instagram", "Warga Jember ramai mengeluhkan kenaikan PBB-P2 tahun 2025. Sejumlah warga mengaku tagihan PBB naik hingga 3–4 kali lipat dibanding tahun lalu. PBB kalian naik berapa? Tulis di kolom komentar 👇\n\n#jember #pbbjember #infojember", event=E, vir=4)
    s.influencer(T(2, 20), "x", "PBB di Jember naik sampai 300% menurut keluhan warga. Bapenda belum kasih penjelasan resmi. #PBBJember", event=E, vir=3)
    s.influencer(T(5, 19), "tiktok", "Warga Jember kaget PBB naik 4 kali lipat! Kalian gimana? #jember #pbb #fyp", event=E, vir=5)
    s.influencer(T(8, 20), "facebook", "INFO AKSI: Aliansi Rakyat Jember Tolak Kenaikan PBB akan menggelar aksi damai Kamis pukul 09.00 di depan Pendopo. Koordinator meminta peserta menjaga ketertiban. Pengguna jalan diimbau menghindari kawasan alun-alun.", event=E, vir=3)
    s.influencer(T(10, 10), "tiktok", "LIVE aksi damai tolak kenaikan PBB di depan Pendopo Jember. Tertib dan damai 👏 #jember #tolakpbbnaik", event=E, vir=6)
    s.official(T(3, 16), "pemkab", "x", "Penjelasan Bapenda {kab}: kenaikan PBB-P2 2025 disebabkan penyesuaian NJOP yang terakhir dilakukan tahun 2014. Wajib pajak yang keberatan dapat mengajukan permohonan keberatan/pengurangan di kantor Bapenda atau UPT kecamatan.", event=E, extra=x)
    s.official(T(10, 12), "polres", "x", "Aksi penyampaian pendapat terkait PBB di depan Pendopo {kab} berjalan aman dan tertib. Terima kasih kepada peserta aksi dan masyarakat. Arus lalu lintas di sekitar alun-alun kembali normal.", event=E, extra=x)
    s.official(T(11, 10), "bupati", "instagram", "Setelah mendengar aspirasi warga dan rekomendasi DPRD, Pemkab memberikan stimulus pengurangan PBB-P2 2025 sebesar 50% bagi objek pajak yang kenaikannya di atas 100%, dan menunda jatuh tempo hingga 31 Oktober. Terima kasih warga {kab} yang menyampaikan aspirasi dengan santun 🙏", event=E, vir=3, extra=x)
    s.official(T(11, 11), "pemkab", "instagram", "STIMULUS PBB-P2 2025 ✅ Pengurangan 50% untuk kenaikan >100% ✅ Jatuh tempo diundur ke 31 Oktober 2025 ✅ Pengajuan di kantor desa/kelurahan atau aplikasi Bapenda. Info: Call Center Bapenda.", event=E, extra=x)
    s.official(T(12, 9), "kominfo", "x", "Cara mengajukan stimulus PBB-P2 2025: bawa SPPT dan KTP ke kantor desa/kelurahan, atau ajukan lewat aplikasi Bapenda {kab}. Tidak dipungut biaya. #PBBJember", event=E, extra=x)
    news = [
        (T(3, 9), "jemberhariini", "Warga Keluhkan Lonjakan PBB hingga 300 Persen",
         ["Sejumlah warga {kabfull} mengeluhkan lonjakan tagihan Pajak Bumi dan Bangunan Perdesaan dan Perkotaan (PBB-P2) tahun 2025. Kenaikan yang dikeluhkan bervariasi, bahkan ada yang mencapai 300 persen.",
          "Lilik Rahayu, warga Patrang, mengaku tagihan PBB rumahnya naik dari Rp186 ribu menjadi Rp742 ribu. \"Rumah saya di gang, bukan di pinggir jalan besar,\" katanya.",
          "Keluhan serupa ramai di media sosial dan grup warga. Sebagian warga mempertanyakan dasar penilaian nilai jual objek pajak (NJOP).",
          "Hingga Kamis pagi, Bapenda {kab} belum memberikan keterangan resmi."]),
        (T(3, 11), "tapalkuda", "Kenaikan PBB di {kab} Dikeluhkan, Bapenda: Penyesuaian NJOP",
         ["Badan Pendapatan Daerah (Bapenda) {kabfull} menyebut kenaikan PBB-P2 2025 disebabkan penyesuaian NJOP yang terakhir dilakukan pada 2014.",
          "\"NJOP kita jauh di bawah harga pasar. Penyesuaian ini amanat undang-undang,\" kata Kepala Bapenda {kab}, {pejabat}.",
          "Ia mempersilakan wajib pajak yang keberatan mengajukan permohonan pengurangan. Namun ia mengakui sosialisasi belum maksimal."]),
        (T(3, 17), "kabarjember", "Bapenda {kab} Buka Layanan Keberatan PBB di Semua UPT",
         ["Bapenda {kab} membuka layanan pengajuan keberatan dan pengurangan PBB-P2 di seluruh UPT kecamatan menyusul banyaknya keluhan warga.",
          "Wajib pajak cukup membawa fotokopi KTP, SPPT 2025, dan surat permohonan. Proses penelitian lapangan disebut memakan waktu hingga tiga bulan."]),
        (T(5, 10), "tapalkuda", "Petisi Tolak Kenaikan PBB {kab} Tembus 6.000 Tanda Tangan",
         ["Petisi daring menolak kenaikan PBB-P2 di {kabfull} telah ditandatangani lebih dari 6.000 orang. Petisi digagas sejumlah mahasiswa dan aktivis desa.",
          "\"Kami tidak menolak pajak, tapi kenaikannya tidak wajar dan tanpa sosialisasi,\" kata inisiator petisi.",
          "Petisi akan diserahkan kepada DPRD {kab} pekan depan."]),
        (T(7, 13), "jemberhariini", "DPRD Minta Bapenda Kaji Ulang Kenaikan PBB di Atas 100 Persen",
         ["Komisi B DPRD {kabfull} meminta Bapenda mengkaji ulang kenaikan PBB-P2 yang melebihi 100 persen. Permintaan itu disampaikan dalam rapat dengar pendapat (RDP), Senin (14/7/2025).",
          "\"Kenaikan harus bertahap dan mempertimbangkan kemampuan warga,\" kata Ketua Komisi B.",
          "Komisi B juga meminta jatuh tempo pembayaran ditunda dan sosialisasi diperluas hingga tingkat desa."]),
        (T(7, 16), "tapalkuda", "RDP Soal PBB Memanas, Komisi B Minta Jatuh Tempo Ditunda",
         ["Rapat dengar pendapat Komisi B DPRD {kab} dengan Bapenda soal kenaikan PBB-P2 berlangsung alot. Sejumlah anggota dewan menilai kebijakan itu tidak disosialisasikan.",
          "Bapenda berjanji mengevaluasi zona nilai tanah yang kenaikannya ekstrem dan melaporkan hasilnya dalam dua pekan.",
          "Perwakilan mahasiswa yang hadir menyerahkan berkas petisi kepada pimpinan komisi."]),
        (T(8, 15), "kabarjember", "Aliansi Rakyat {kab} Akan Gelar Aksi Tolak Kenaikan PBB",
         ["Aliansi Rakyat {kab} Tolak Kenaikan PBB berencana menggelar aksi damai di depan Pendopo {kab}, Kamis (17/7/2025). Aliansi terdiri atas mahasiswa, petani, dan pedagang.",
          "Koordinator aksi memastikan kegiatan berlangsung damai. \"Kami sudah memberi tahu kepolisian,\" ujarnya.",
          "Polres {kab} menyiapkan sekitar 300 personel untuk pengamanan."]),
        (T(10, 12), "jemberhariini", "Ratusan Warga Gelar Aksi Damai Tolak Kenaikan PBB di Depan Pendopo",
         ["Ratusan warga yang tergabung dalam Aliansi Rakyat {kab} menggelar aksi damai menolak kenaikan PBB-P2 di depan Pendopo {kab}, Kamis (17/7/2025).",
          "Massa membawa spanduk dan poster bertuliskan penolakan kenaikan pajak. Orasi disampaikan bergantian oleh perwakilan petani, pedagang, dan mahasiswa.",
          "Aksi berlangsung tertib dengan pengawalan polisi. Lalu lintas di sekitar alun-alun sempat dialihkan."]),
        (T(10, 14), "tapalkuda", "Bupati Temui Perwakilan Massa Aksi PBB, Janjikan Keputusan Besok",
         ["{bupati} menemui perwakilan massa aksi tolak kenaikan PBB di Pendopo. Bupati berjanji mengumumkan kebijakan keringanan dalam waktu dekat.",
          "\"Aspirasi ini kami dengar. Besok kami sampaikan keputusannya,\" kata Bupati. Massa membubarkan diri dengan tertib sekitar pukul 13.00 WIB."]),
        (T(10, 17), "suara", "Warga Jember Demo Tolak Kenaikan PBB hingga 300 Persen",
         ["Ratusan warga {kabfull}, Jawa Timur, berunjuk rasa menolak kenaikan PBB-P2 yang disebut mencapai 300 persen. Aksi berlangsung damai di depan Pendopo {kab}.",
          "Kenaikan PBB akibat penyesuaian NJOP juga dikeluhkan warga di sejumlah daerah lain. Kementerian Dalam Negeri sebelumnya meminta daerah menerapkan kenaikan secara bertahap.",
          "Bupati {kab} menyatakan akan mengumumkan kebijakan keringanan."]),
        (T(11, 11), "jemberhariini", "Bupati {kab} Beri Stimulus Pengurangan PBB hingga 50 Persen",
         ["Pemkab {kab} memberikan stimulus pengurangan PBB-P2 2025 sebesar 50 persen bagi objek pajak yang kenaikannya di atas 100 persen. Jatuh tempo juga diundur hingga 31 Oktober 2025.",
          "\"Kebijakan ini berdasarkan aspirasi warga dan rekomendasi DPRD,\" kata {bupati}.",
          "Aliansi Rakyat {kab} menyambut baik keputusan itu, namun meminta evaluasi NJOP tetap dilakukan."]),
        (T(11, 15), "detak", "Usai Didemo, Bupati Jember Beri Diskon PBB 50 Persen",
         ["Bupati {kab} memberikan stimulus pengurangan PBB-P2 hingga 50 persen setelah warga berunjuk rasa menolak kenaikan pajak tersebut.",
          "Pengamat kebijakan publik menilai penyesuaian NJOP yang dilakukan sekaligus setelah satu dekade rawan memicu penolakan."]),
        (T(12, 14), "kabarjember", "Warga Mulai Ajukan Stimulus PBB, Antrean Terjadi di Sejumlah Kecamatan",
         ["Warga mulai mengajukan stimulus pengurangan PBB-P2 di kantor desa dan kecamatan. Antrean terlihat di sejumlah kecamatan, seperti Patrang dan Sumbersari.",
          "Bapenda meminta warga tidak khawatir karena batas pengajuan hingga akhir September."]),
    ]
    for m, o, t, p in news:
        s.news(m, o, t, p, event=E, extra=x)

    background(s, 0, 14 * 1440, 470, news_per_day=3)

    s.expect(E, "Keluhan kenaikan PBB-P2 2025 (RDP DPRD, aksi damai, stimulus 50%)",
             isu=T(2, 18) + 180, kasus=T(3, 9) + 300, max_level="kasus",
             why="keluhan sporadis 2 hari; unggahan viral Rabu 12.00 (hari ke-2) diikuti banyak akun sampai "
                 "±18.00: Isu 3 jam kemudian; berita lokal dan penjelasan Bapenda hari ke-3 (Kamis) pukul 09.00: Kasus "
                 "5 jam kemudian. Aksi damai tanpa korban/ancaman keselamatan: paling tinggi Kasus.")
    return s


# --------------------------------------------------------------------------------------------
# 4. Banjar (Kalimantan Selatan, WITA): a "poisoned tap water" hoax wave and its clarification
# --------------------------------------------------------------------------------------------

def scenario_banjar():
    s = Scenario("banjar-hoaks-air-pdam", 4004, banjar(), dt.datetime(2025, 9, 11, 6, 0), 60,
                 title="Pesan berantai hoaks air PDAM beracun di Martapura–Gambut dan klarifikasi PDAM/Dinkes/Polres",
                 kind="hoaks")
    E = "hoaks-air-pdam"
    s.recap[E] = ("Pesan berantai yang beredar sejak Kamis pagi menyebut air PDAM di Martapura, Gambut, dan Kertak Hanyar "
                  "tercemar zat kimia dan telah menewaskan anak-anak. Pesan itu sempat membuat warga memborong air galon.")
    x = {"lokh": ["Martapura", "Martapura dan Gambut", "Kertak Hanyar", "Martapura, Gambut, Kertak Hanyar", "Sungai Tabuk", "Astambul"],
         "lokh2": ["Gambut", "Martapura Timur", "Kertak Hanyar"], "jml": ["3", "2", "tiga"]}
    tags = ["#KabupatenBanjar", "#Martapura", "#CekFakta", "#HoaksPDAM"]
    HOAX = ["*PENTING!!* Info dari orang dalam PDAM: air PDAM wilayah {lokh} TERCEMAR zat kimia berbahaya dari limbah tambang di hulu Riam Kanan. Sudah {jml} anak di {lokh2} meninggal habis minum air keran. JANGAN MINUM & MASAK PAKAI AIR PDAM SELAMA 3 HARI!! Sebarkan ke keluarga!!",
            "WASPADA!!! Air PDAM di {lokh} beracun, banyak warga keracunan dan dirawat di RS. Pakai air galon dulu. Info dari grup Dinkes. SEBARKAN!!",
            "[PESAN BERANTAI] Mohon jangan konsumsi air PDAM di wilayah {lokh} sampai ada pengumuman. Ada kebocoran bahan kimia di instalasi pengolahan. Sudah ada korban anak-anak. Tolong share.",
            "Kabar dari kawan yang bagawi di rumah sakit: banyak pasien muntah-muntah habis minum banyu PDAM di {lokh}. Kada usah nginum banyu keran dulu!! Sebarkan!"]
    PRE = ["", "", "", "Copas dari grup sebelah:\n\n", "Diteruskan:\n", "Dapat dari grup sekolah 👇\n\n", "Mohon dibaca bubuhan 🙏\n\n", "Ini bujur kah? ",
           "Hati-hati ya semua!\n\n"]
    SUF = ["", "", "", "\n\nBenar atau tidak, lebih baik waspada", " 😭😭", "\n\nTolong share", " #waspada", "\n\nsumber: grup WA RT"]

    def copy(m, vir=1.0):
        a = s.person(reuse=0.15)
        t = s.ch(PRE) + s.fill(s.ch(HOAX), x) + s.ch(SUF)
        if s.chance(0.2):
            t = t.replace("Sebarkan", "sebarkan").replace("Tolong", "Tlg").replace("sudah", "sdh")
        ch = s.wch({"facebook": 6, "x": 3, "instagram": 1, "tiktok": 1})
        if ch == "x" and len(t) > 280:
            t = t[:276].rsplit(" ", 1)[0] + "…"
        if ch == "tiktok":
            t = s.fill(s.ch(["Katanya air PDAM di {lokh} beracun 😱 bener gak sih? #banjar #martapura #fyp",
                             "Warga {lokh} rame-rame beli air galon, isu air PDAM tercemar 😨 #kalsel #viral",
                             "Jangan minum air keran dulu kata grup WA 😰 #martapura #fyp"]), x)
        d = s.add(m, ch, ch, a, t, event=E, vir=vir * s.rng.uniform(0.5, 2.0))
        if s.chance(0.15):
            s.replies(d, R_DOUBT + ["ya Allah takutnya", "makasih infonya", "share ke grup keluarga", "astaghfirullah"],
                      s.rng.randint(1, 4), event=E)
        if ch == "x" and s.chance(0.3):
            s.retweet(d, m + s.rng.uniform(2, 60), event=E)
        return d

    PANIC = ["Ya Allah, banyu PDAM baracun kah? ulun sudah nginum tadi pagi {e_alarm}",
             "Toko-toko di {kec} diserbu warga beli air galon gara-gara isu air PDAM beracun",
             "air galon habis di warung dekat {pasar}, orang-orang panik semua",
             "Anak saya habis mandi pakai air PDAM, apa bahaya? tolong yang tau {e_sad}",
             "Harga air galon di {kec} naik jadi 10 ribu, mentang-mentang ada isu PDAM beracun {e_angry}",
             "JANGAN MINUM AIR PDAM DULU!! di grup RT katanya sudah ada korban",
             "Sekolah di {kec} suruh anak-anak bawa air minum sendiri dari rumah",
             "warung makan di {kec} sepi, orang takut masakannya pakai air PDAM",
             "Bujurkah nang ini? banyu PDAM di {lokh} baracun? Ulun takutan {e_sad}",
             "Ibu-ibu di {desa} pada nampung air hujan gara-gara isu PDAM",
             "grup WA keluarga, grup sekolah, grup RT, semua isinya air PDAM beracun di {lokh} 😰"]
    DOUBT = ["Ini hoaks kada? tadi ulun nginum banyu PDAM biasa ja, kadada apa-apa",
             "Sudah ada konfirmasi dari PDAM? jangan langsung sebar dulu",
             "{jml} anak meninggal tapi tidak ada beritanya sama sekali, aneh. Kayaknya hoaks",
             "Yang bilang 'info dari orang dalam' biasanya hoaks. Tunggu info resmi",
             "@{pemkab_x} @dinkes_banjar mohon klarifikasi soal air PDAM {lokh}, warga panik",
             "cek dulu sebelum share, pesan begini pernah beredar di kota lain juga"]
    AFTER = ["Alhamdulillah PDAM & Dinkes sudah klarifikasi: air PDAM aman, hasil uji lab normal. Isu beracun HOAKS",
             "Tuh kan hoaks. Yang untung cuma penjual galon {e_laugh}",
             "Sudah resmi: tidak ada korban keracunan air PDAM di {kab}. Stop sebar",
             "Diskominfo {kab} sudah labeli HOAKS pesan air PDAM beracun",
             "Penyebar hoaks air PDAM harus diproses, bikin panik satu kabupaten {e_angry}",
             "Dinkes bilang tidak ada pasien keracunan air di RS dan puskesmas mana pun di {kab}",
             "Air PDAM tetap dimasak sampai mendidih seperti biasa ya, tapi bukan karena beracun",
             "Bapak-bapak di grup masih aja kirim pesan air PDAM beracun, capek jelasin {e_laugh}",
             "Share klarifikasi PDAM ke grup-grup ya bubuhan, biar kada panik lagi"]
    GALON = ["Depot air isi ulang di {kec} antre panjang, gara-gara hoaks PDAM",
             "Disperindag {kab} sidak toko yang naikkan harga galon, mantap",
             "Pembeli galon masih antre di {kec} padahal sudah dibilang hoaks {e_laugh}"]
    DAY2 = ["Cek fakta nasional juga bilang air PDAM beracun di {kab} hoaks",
            "Warung-warung di {kec} sudah pakai air PDAM lagi, aman",
            "Polisi telusuri penyebar pertama hoaks air PDAM, semoga ketemu",
            "pelajaran buat kita: saring sebelum sharing {e_pray}",
            "PDAM ajak warga lihat langsung uji kualitas air di instalasi pengolahan"]

    for m in s.times(90, 240, 20, shape="rise"):
        copy(m, 0.8)
    for m in s.times(240, 480, 80, shape="peak"):
        copy(m, 1.5)
    for m in s.times(480, 720, 26, shape="fall"):
        copy(m, 0.7)
    for m in s.times(720, 1440, 14, shape="fall"):
        copy(m, 0.4)
    for m in s.times(1440, 2880, 10, shape="fall"):
        copy(m, 0.3)
    ch = {"facebook": 5, "x": 3, "instagram": 1, "tiktok": 2}

    def W(a, b, n, pool, vir, rp, **kw):
        return s.wave(E, a, b, n, pool, extra=x, vir=vir, tags=tags, channels=ch, reply_pool=rp, reply_p=0.18,
                      rt_p=0.2, **kw)

    W(110, 480, 62, PANIC, 1.3, R_DOUBT + ["ya Allah", "hati-hati semua"], mood="alarm", shape="rise", shout_p=0.06)
    W(150, 500, 26, DOUBT, 0.9, ["iya, sabar dulu", "setuju", "nunggu info resmi"], mood="neutral")
    W(505, 900, 60, AFTER, 1.4, ["alhamdulillah", "syukurlah", "makasih infonya", "tuh kan"], mood="neutral", shape="fall")
    W(600, 960, 18, GALON, 1.0, ["iya", "aji mumpung", "kasihan yang kena"], mood="angry")
    W(960, 1440, 24, AFTER, 0.6, ["iya", "sip"], mood="neutral", shape="fall", flat=0.2)
    W(1440, 2880, 62, DAY2 + AFTER[:4], 0.7, ["betul", "setuju"], mood="neutral", shape="fall")
    W(2880, 3600, 18, DAY2, 0.4, ["iya"], mood="neutral", shape="fall")
    s.influencer(265, "facebook", "Admin menerima banyak kiriman soal air PDAM beracun di Martapura dan Gambut. Sampai saat ini BELUM ADA konfirmasi resmi dari PDAM maupun Dinkes. Mohon bubuhan tidak panik dan tidak menyebarkan informasi yang belum jelas. Kami sedang konfirmasi.", event=E, vir=3)
    s.influencer(330, "tiktok", "Antrean beli air galon di Martapura gara-gara isu air PDAM beracun. Benarkah? 🤔 #banjar #kalsel #fyp", event=E, vir=6)
    s.influencer(545, "instagram", "HOAKS! Perumda Air Minum dan Dinas Kesehatan Kabupaten Banjar memastikan air PDAM aman dikonsumsi. Hasil uji laboratorium hari ini normal dan tidak ada pasien keracunan air. Stop sebar ya 🙏\n\n#kalselhits #banjar #hoaks", event=E, vir=5)
    s.influencer(560, "x", "Klarifikasi PDAM & Dinkes Kab. Banjar: isu air PDAM beracun di Martapura–Gambut HOAKS. Tidak ada korban. #CekFakta", event=E, vir=3)
    pdam = s.account("perumda.tirtamartapura", 21000, "Perumda Air Minum Tirta Martapura")
    for m, c in ((495, "instagram"), (500, "facebook")):
        s.add(m, c, c, pdam, "KLARIFIKASI. Beredar pesan berantai yang menyebut air PDAM di wilayah Martapura, Gambut, dan Kertak Hanyar tercemar zat kimia. Informasi tersebut TIDAK BENAR. Hasil uji laboratorium pagi ini (pH, kekeruhan, sisa klor, logam berat) memenuhi baku mutu. Tidak ada kebocoran bahan kimia di instalasi pengolahan kami. Pelanggan dapat menghubungi call center 24 jam.",
              event=E, vir=4, url=f"https://www.instagram.com/p/{d_short(s.rng)}/" if c == "instagram" else f"https://www.facebook.com/perumdatirtamartapura/posts/{s.rng.randint(10 ** 15, 10 ** 16)}/")
    s.official(515, "dinkes", "x", "Dinas Kesehatan Kabupaten Banjar memastikan tidak ada laporan pasien keracunan air minum di rumah sakit maupun puskesmas se-Kabupaten Banjar. Informasi adanya anak meninggal akibat air PDAM adalah tidak benar.", event=E, vir=3)
    s.official(540, "kominfo", "x", "[HOAKS] \"Air PDAM Martapura–Gambut tercemar, 3 anak meninggal.\" FAKTA: Uji lab PDAM normal; Dinkes tidak menerima laporan keracunan; tidak ada anak meninggal (Polres Banjar). Saring sebelum sharing. #BanjarLawanHoaks", event=E, vir=3)
    s.official(548, "kominfo", "instagram", "[HOAKS] Pesan berantai air PDAM beracun di Kabupaten Banjar.\n\nFAKTA: Hasil uji laboratorium Perumda Air Minum memenuhi baku mutu, Dinkes tidak menerima laporan keracunan, dan tidak ada korban meninggal.\n\nSaring sebelum sharing 🙏 #BanjarLawanHoaks #CekFakta", event=E, vir=3)
    for m, c in ((560, "instagram"), (566, "x")):
        s.official(m, "polres", c, "Polres Banjar menegaskan informasi anak meninggal akibat air PDAM beracun adalah HOAKS. Tidak ada laporan kematian maupun keracunan. Kami mengimbau masyarakat tidak menyebarkan pesan tersebut. Penyebar informasi bohong yang meresahkan dapat diproses hukum.", event=E, vir=3)
    s.official(580, "pemkab", "facebook", "Pemerintah Kabupaten Banjar mengimbau masyarakat tetap tenang. Air PDAM aman digunakan sesuai hasil uji laboratorium. Informasi air beracun yang beredar melalui pesan berantai adalah HOAKS.", event=E, vir=2)
    s.official(730, "bupati", "tiktok", "Ulun minum langsung banyu PDAM di instalasi pengolahan, aman! Isu air beracun itu hoaks. Jangan panik, jangan ikut menyebarkan ya bubuhan 🙏 #banjar #martapura", event=E, vir=5)
    news = [
        (600, "kabarmartapura", "PDAM Pastikan Air Aman, Isu Air Beracun di Martapura Hoaks",
         ["Perumda Air Minum Tirta Martapura memastikan air yang didistribusikan ke pelanggan di Martapura, Gambut, dan Kertak Hanyar aman dikonsumsi. Pesan berantai yang menyebut air tercemar zat kimia dinyatakan hoaks, Kamis (11/9/2025).",
          "\"Kami melakukan uji laboratorium pagi ini. Semua parameter memenuhi baku mutu,\" kata Direktur Perumda.",
          "Dinas Kesehatan juga menyatakan tidak ada pasien keracunan air di fasilitas kesehatan. Sejak pagi, warga di sejumlah kecamatan dilaporkan memborong air galon."]),
        (665, "banuaterkini", "Isu Air PDAM Beracun Bikin Warga Banjar Serbu Air Galon",
         ["Pesan berantai tentang air PDAM beracun membuat warga Kabupaten Banjar memborong air galon. Di beberapa toko di Martapura dan Gambut, stok air galon habis sebelum siang.",
          "Diskominfo {kab} telah melabeli informasi itu sebagai hoaks. \"Narasinya mirip hoaks yang pernah beredar di daerah lain,\" kata Kepala Diskominfo.",
          "Sejumlah sekolah sempat meminta siswa membawa air minum sendiri."]),
        (800, "kabarmartapura", "Bupati Banjar Minum Air PDAM Langsung untuk Tepis Hoaks",
         ["{bupati} meminum air PDAM langsung dari keran di instalasi pengolahan untuk menepis hoaks air beracun.",
          "\"Saya minum sendiri. Jangan percaya pesan berantai yang tidak jelas sumbernya,\" kata Bupati."]),
        (905, "intanpos", "Disperindag Sidak Penjual Air Galon yang Naikkan Harga",
         ["Dinas Perdagangan {kab} menyidak sejumlah penjual air galon yang menaikkan harga saat isu air PDAM beracun beredar.",
          "Petugas meminta penjual mengembalikan harga ke kisaran normal."]),
        (1560, "banuaterkini", "Aktivitas Warga Kembali Normal Usai Isu Air PDAM Beracun",
         ["Aktivitas warga di Martapura dan Gambut kembali normal setelah isu air PDAM beracun dipastikan hoaks.",
          "Antrean di depot air isi ulang sudah tidak terlihat. Warung makan kembali ramai."]),
        (1625, "nusapost", "[Cek Fakta] Hoaks Air PDAM Beracun dan Tiga Anak Meninggal di Kabupaten Banjar",
         ["Beredar pesan berantai di WhatsApp, Facebook, dan X yang menyebut air PDAM di Martapura dan Gambut, Kabupaten Banjar, tercemar zat kimia dan menewaskan tiga anak.",
          "Hasil penelusuran: Perumda Air Minum menyatakan hasil uji laboratorium memenuhi baku mutu, Dinas Kesehatan tidak menerima laporan keracunan, dan kepolisian memastikan tidak ada anak meninggal. Narasi serupa pernah beredar di kota lain dengan hanya mengganti nama daerah.",
          "Kesimpulan: informasi tersebut HOAKS."]),
        (1900, "kini", "Polisi Selidiki Penyebar Hoaks Air PDAM Beracun di Kalsel",
         ["Polres Banjar menyelidiki penyebar pertama pesan berantai hoaks air PDAM beracun yang meresahkan warga.",
          "\"Untuk yang ikut menyebarkan karena tidak tahu, kami lakukan edukasi,\" kata Kasat Reskrim."]),
        (2500, "banuaterkini", "Diskominfo Banjar Ajak Warga Saring Sebelum Sharing",
         ["Diskominfo {kab} mengajak warga memeriksa kebenaran informasi sebelum membagikannya, menyusul hoaks air PDAM beracun yang sempat meresahkan.",
          "Diskominfo juga membuka kanal aduan konten hoaks melalui WhatsApp dan media sosial resmi pemerintah daerah."]),
    ]
    for m, o, t, p in news:
        s.news(m, o, t, p, event=E, extra=x)

    background(s, 0, 60 * 60, 560, news_per_day=6)

    s.expect(E, "Hoaks air PDAM beracun di Martapura–Gambut (pesan berantai) dan klarifikasinya",
             isu=300 + 150, kasus=420 + 240,
             why="salinan pesan berantai dan unggahan panik dari banyak akun sejak ±11.00 WITA (menit 300): Isu "
                 "2,5 jam kemudian; pukul 13.00 (menit 420) sudah menyebar luas di Facebook, X, TikTok dan warga "
                 "memborong air galon: Kasus 4 jam kemudian. Tidak ada korban: Krisis tidak diharapkan.")
    return s


# --------------------------------------------------------------------------------------------
# 5. Kota Ambon (WIT): national stories that only list the city among many (controls)
# --------------------------------------------------------------------------------------------

def scenario_ambon():
    s = Scenario("ambon-sebutan-nasional", 5005, ambon(), dt.datetime(2025, 10, 15, 6, 0), 48,
                 title="Ambon disebut dalam indeks kota toleran nasional dan daftar rute tiket pesawat Nataru",
                 kind="sebutan-nasional")
    K, T = "indeks-kota-toleran", "tarif-tiket-nataru"
    s.recap[K] = ("Indeks Kota Toleran disusun setiap tahun dengan menilai 94 kota di Indonesia berdasarkan regulasi, tindakan "
                  "pemerintah, peristiwa intoleransi, dan demografi sosial-keagamaan.")
    s.recap[T] = ("Penurunan tarif batas atas berlaku untuk 20 rute domestik, antara lain Jakarta–Denpasar, Jakarta–Medan, "
                  "Jakarta–Makassar, Jakarta–Ambon, dan Jakarta–Jayapura, pada 18 Desember 2025 hingga 5 Januari 2026.")
    lst = ("1. Singkawang 2. Salatiga 3. Manado 4. Kupang 5. Tomohon 6. Ambon 7. Magelang "
           "8. Pematangsiantar 9. Surakarta 10. Kediri")
    x = {"lembaga": ["Setara Nusantara Institute", "SNI"], "lst": lst}
    NAT = [("datanusantara_", 1200000), ("faktaindonesia", 950000), ("infografis.id", 810000),
           ("kabarterkini_id", 430000), ("ruangpublik_", 260000)]
    KN = ["10 Kota Paling Toleran di Indonesia 2025 versi {lembaga}: {lst}. Kotamu masuk?",
          "Indeks Kota Toleran 2025: Singkawang lagi-lagi juara 1. Kota di Indonesia Timur seperti Manado, Kupang, Tomohon, dan Ambon juga masuk 10 besar",
          "Singkawang, Salatiga, Manado, Kupang, Ambon... kota-kota yang bikin Indonesia tetap adem 🇮🇩",
          "Indeks Kota Toleran 2025 rilis hari ini. 10 besar: {lst}",
          "Daftar lengkap IKT 2025 dari 94 kota sudah keluar, cek peringkat kotamu di sini"]
    KU = ["kok kotaku tidak masuk indeks kota toleran ya 😅 yang masuk Singkawang, Salatiga, Manado, Kupang, Tomohon, Ambon...",
          "Salatiga peringkat 2 indeks kota toleran, di atas Manado dan Ambon. Bangga jadi warga Salatiga 🙌",
          "Manado peringkat 3! Torang samua basudara 💪 selamat juga buat Kupang deng Ambon",
          "Metodologi indeks kota toleran ini perlu dikritisi. Singkawang, Salatiga, Ambon di atas, indikatornya apa aja?",
          "Kupang masuk 5 besar kota toleran, Ambon 6, mantap Indonesia Timur",
          "Solo cuma peringkat 9? kalah sama Ambon dan Magelang 😅",
          "Selamat Singkawang juara lagi. Salatiga, Manado, Kupang, Tomohon, Ambon juga keren",
          "Tomohon, Ambon, Manado, Kupang masuk 10 besar. Indonesia Timur mengajari toleransi {e_happy}"]
    KL = ["Ambon masuk 10 besar kota paling toleran se-Indonesia 🙌 katong pung pela gandong memang juara",
          "Bangga jadi orang Ambon, kota toleran peringkat 6 nasional {e_happy}",
          "Ambon peringkat 6 indeks kota toleran 2025, semoga naik lai taong depan 💪",
          "Ambon kota musik, kota toleran. Manise skali {e_happy}",
          "Beta baru baca, Ambon masuk daftar kota toleran. Katong jaga sama-sama e basudara"]
    for m in s.times(370, 1500, 14, shape="decay"):
        h, f = s.ch(NAT)
        ch = "x" if s.chance(0.6) else "instagram"
        s.add(m, ch, ch, s.account(h, f), s.fill(s.ch(KN), x), event=K, vir=1.5)
    for m in s.times(380, 2600, 30, shape="decay"):
        a = s.person(reuse=0.0, group=s.ch(["jawa", "medan", "sunda", "jatim", "bugis"]))
        ch = s.wch({"x": 6, "instagram": 1, "tiktok": 1, "facebook": 1})
        s.add(m, ch, ch, a, s.informal(s.fill(s.ch(KU), x), a.style, "neutral"), event=K, vir=0.7)
    s.wave(K, 420, 2400, 11, KL, extra=x, vir=0.8, tags=["#Ambon", "#AmbonManise", "#IKT2025"],
           channels={"x": 3, "facebook": 3, "instagram": 2}, shape="decay")
    s.official(800, "pemkab", "instagram", "Kota Ambon meraih peringkat ke-6 Indeks Kota Toleran 2025. Terima kasih basudara semua yang terus menjaga kerukunan di kota tercinta. Ale rasa beta rasa 🤝\n\n#AmbonManise #KotaToleran", event=K, vir=1.0)
    s.news(392, "warta", "Singkawang Kembali Jadi Kota Paling Toleran, Ini Daftar Lengkap Indeks Kota Toleran 2025",
           ["Setara Nusantara Institute merilis Indeks Kota Toleran (IKT) 2025 yang menilai 94 kota di Indonesia. Singkawang kembali menempati peringkat pertama, disusul Salatiga dan Manado.",
            "Sepuluh besar IKT 2025 adalah Singkawang, Salatiga, Manado, Kupang, Tomohon, Ambon, Magelang, Pematangsiantar, Surakarta, dan Kediri.",
            "Penilaian mencakup regulasi pemerintah kota, pernyataan dan tindakan pejabat, peristiwa intoleransi, serta komposisi penduduk. \"Kota-kota dengan kepemimpinan yang inklusif konsisten berada di papan atas,\" kata peneliti lembaga tersebut.",
            "Sementara itu, sepuluh kota dengan skor terendah didominasi kota di Sumatera dan Jawa bagian barat."], event=K, city="Jakarta")
    s.news(425, "detak", "Indeks Kota Toleran 2025: Empat Kota di Timur Indonesia Masuk 10 Besar",
           ["Empat kota di kawasan timur Indonesia, yaitu Manado, Kupang, Tomohon, dan Ambon, masuk sepuluh besar Indeks Kota Toleran 2025.",
            "Peneliti menyebut tradisi kekerabatan lintas agama menjadi salah satu modal sosial kota-kota tersebut.",
            "IKT 2025 menilai 94 kota. Laporan lengkapnya dapat diunduh di situs lembaga penyusun."], event=K, city="Jakarta")
    s.news(488, "satunusa", "Daftar 10 Kota Paling Toleran dan 10 Kota dengan Skor Terendah 2025",
           ["Berikut daftar 10 kota dengan skor tertinggi dalam Indeks Kota Toleran 2025: Singkawang, Salatiga, Manado, Kupang, Tomohon, Ambon, Magelang, Pematangsiantar, Surakarta, dan Kediri.",
            "Adapun 10 kota dengan skor terendah tersebar di enam provinsi. Lembaga penyusun merekomendasikan evaluasi peraturan daerah yang dinilai diskriminatif.",
            "Kementerian Dalam Negeri menyatakan akan menjadikan hasil indeks sebagai bahan pembinaan pemerintah daerah."], event=K, city="Jakarta")
    s.news(1010, "kabarmaluku", "Ambon Masuk 10 Besar Indeks Kota Toleran 2025",
           ["Kota Ambon menempati peringkat keenam dalam Indeks Kota Toleran 2025 yang dirilis Setara Nusantara Institute di Jakarta, Rabu (15/10/2025).",
            "Posisi ini naik dua peringkat dibanding tahun sebelumnya. Pemerintah Kota Ambon menyebut capaian itu buah dari kerja bersama tokoh agama dan masyarakat.",
            "Sepuluh besar lainnya antara lain Singkawang, Salatiga, Manado, dan Kupang."], event=K)
    s.news(1700, "warta", "Mendagri Minta Kepala Daerah Pelajari Indeks Kota Toleran",
           ["Menteri Dalam Negeri meminta kepala daerah mempelajari hasil Indeks Kota Toleran 2025 sebagai bahan evaluasi kebijakan.",
            "Dalam indeks tersebut, Singkawang, Salatiga, Manado, Kupang, Tomohon, dan Ambon menempati posisi teratas, sedangkan sejumlah kota besar di Jawa dan Sumatera berada di posisi bawah."], event=K, city="Jakarta")

    rute = "Jakarta–Denpasar, Jakarta–Medan, Jakarta–Makassar, Jakarta–Ambon, Jakarta–Jayapura, Jakarta–Kupang, Makassar–Ambon, Surabaya–Balikpapan dan 12 rute lain"
    tx = {"rute": rute}
    TN = ["Tarif batas atas tiket pesawat Nataru turun 10% di 20 rute: {rute}. Lumayan buat pulang kampung ✈️",
          "Kemenhub turunkan tarif tiket pesawat di 20 rute selama Nataru, termasuk ke Medan, Makassar, Ambon, Jayapura, Kupang. Berlaku 18 Des–5 Jan",
          "Rute mana aja yang tiketnya turun pas Nataru? Ini daftarnya: {rute}",
          "Diskon tiket pesawat Nataru cuma 10%, tetap aja mahal buat rute Indonesia Timur kayak Ambon, Jayapura 😮‍💨"]
    TL = ["tiket Jakarta–Ambon turun katanya pas Natal, beta pung ade bisa pulang ni {e_happy}",
          "Turun 10% tapi Jakarta–Ambon tetap 3 juta lebih, sama saja {e_laugh}",
          "Semoga tiket Makassar–Ambon juga betul-betul turun, jang cuma di berita"]
    for m in s.times(1740, 2870, 12, shape="decay"):
        h, f = s.ch(NAT + [("tiketmurah_id", 310000), ("jalanjalan.id", 620000)])
        ch = s.ch(["x", "x", "instagram"])
        s.add(m, ch, ch, s.account(h, f), s.fill(s.ch(TN), tx), event=T, vir=1.2)
    for m in s.times(1760, 2870, 12, shape="decay"):
        a = s.person(reuse=0.0, group=s.ch(["jawa", "medan", "bugis", "sunda"]))
        s.add(m, "x", "x", a, s.informal(s.fill(s.ch(TN[1:] + ["mudik Nataru tahun ini tiketnya turun dikit, alhamdulillah. Jakarta–Ambon masuk daftar", "cuma 20 rute? ada Medan, Makassar, Ambon, Kupang, tapi rute ke kampungku gak ada"]), tx), a.style), event=T, vir=0.5)
    s.wave(T, 1780, 2870, 7, TL, vir=0.6, channels={"x": 2, "facebook": 3}, shape="decay")
    s.news(1742, "warta", "Kemenhub Turunkan Tarif Batas Atas Tiket Pesawat di 20 Rute Selama Nataru",
           ["Kementerian Perhubungan menurunkan tarif batas atas tiket pesawat kelas ekonomi sebesar 10 persen di 20 rute domestik selama libur Natal dan Tahun Baru, 18 Desember 2025 hingga 5 Januari 2026.",
            "Rute yang mendapat penurunan antara lain Jakarta–Denpasar, Jakarta–Medan, Jakarta–Makassar, Jakarta–Ambon, Jakarta–Jayapura, Jakarta–Kupang, dan Makassar–Ambon.",
            "\"Kami ingin masyarakat bisa pulang kampung dengan biaya lebih terjangkau,\" kata pejabat Kemenhub. Maskapai diminta menambah penerbangan pada rute padat."], event=T, city="Jakarta")
    s.news(1810, "detak", "Daftar 20 Rute yang Tarif Tiket Pesawatnya Turun Saat Libur Nataru",
           ["Pemerintah menurunkan tarif batas atas tiket pesawat di 20 rute selama libur Nataru. Berikut daftar lengkapnya, mulai dari Jakarta–Medan hingga Makassar–Ambon.",
            "Penurunan tarif berlaku untuk penerbangan kelas ekonomi pada periode 18 Desember 2025 sampai 5 Januari 2026."], event=T, city="Jakarta")
    s.news(1920, "satunusa", "Tiket Pesawat Nataru Turun 10 Persen, YLKI: Masih Mahal untuk Rute Timur",
           ["YLKI menilai penurunan tarif batas atas 10 persen belum banyak membantu penumpang rute Indonesia timur, seperti Ambon, Jayapura, dan Kupang.",
            "Menurut YLKI, harga tiket di rute-rute itu tetap tinggi karena jumlah penerbangan terbatas."], event=T, city="Jakarta")

    background(s, 0, 48 * 60, 760, news_per_day=6)

    s.control(K, "Ambon disebut dalam Indeks Kota Toleran 2025 (peringkat 6 dari 94 kota)", "pemantauan",
              why="berita dan unggahan nasional yang hanya mencantumkan Ambon dalam daftar 10 kota (ditambah "
                  "segelintir unggahan bangga warga dan satu berita lokal): tidak ada yang perlu ditangani, "
                  "tetap Pemantauan.")
    s.control(T, "Daftar 20 rute tiket pesawat Nataru yang tarifnya turun (termasuk Jakarta–Ambon)", "pemantauan",
              why="kebijakan nasional yang menyebut Ambon di antara banyak rute: tetap Pemantauan.")
    return s


# --------------------------------------------------------------------------------------------
# 6. Deli Serdang: a copy-paste hashtag burst from fresh accounts against the regent
# --------------------------------------------------------------------------------------------

def scenario_deliserdang():
    s = Scenario("deliserdang-serangan-tagar", 6006, deliserdang(), dt.datetime(2025, 8, 22, 6, 0), 48,
                 title="Serangan tagar #BupatiDSGagal dari akun-akun baru soal jalan beton Pantai Labu",
                 kind="amplifikasi")
    E = "tagar-jalan-pantailabu"
    s.recap[E] = ("Jalan beton sepanjang sekitar 9 kilometer yang menghubungkan Batang Kuis dan Pantai Labu itu selesai dibangun "
                  "pada Mei 2025 dengan anggaran sekitar Rp48 miliar. Kontraktor masih terikat masa pemeliharaan selama satu tahun.")
    x = {"nama": ["Rahmat", "Rahmat Sinaga"], "rp": ["Rp48 miliar", "Rp48 M", "48 miliar"],
         "jln": ["jalan beton Batang Kuis–Pantai Labu", "jalan Pantai Labu", "jalan beton Pantai Labu"]}
    GEN = ["jalan beton {jln} yang baru siap 3 bulan udah retak di beberapa titik, gimana ini {e_angry}",
           "Lewat {jln} tadi, ada retakan panjang dekat Desa Paluh Sebaji. Baru juga diresmikan",
           "Jalan baru di Pantai Labu udah retak, semoga masih masa pemeliharaan kontraktor",
           "fotoin retakan di {jln}, udah lapor ke kepala desa. Tolong dicek @pemkabdeliserdang"]
    s.wave(E, 240, 780, 9, GEN, extra=x, vir=0.8, channels={"x": 2, "facebook": 4, "instagram": 1}, mood="angry",
           reply_pool=["iya bang, aku lewat juga retak", "masa pemeliharaan kan?", "lapor ke PUPR"], reply_p=0.3)
    BUZ = ["{jln_c} {rp} di Pantai Labu baru 3 bulan sudah retak-retak. Bupati {nama} ke mana? Usut tuntas! {tags}",
           "Proyek jalan Pantai Labu {rp} retak dalam 3 bulan. Rakyat Deli Serdang dibohongi! {tags}",
           "Uang rakyat {rp} jadi jalan retak di Pantai Labu. Bupati {nama} harus tanggung jawab!! {tags}",
           "Deli Serdang butuh pemimpin yang kerja, bukan pencitraan. Jalan Pantai Labu baru 3 bulan sudah hancur {tags}",
           "Jalan {rp} di Pantai Labu hancur, Bupati diam saja. Rakyat menuntut jawaban! {tags}"]
    HT = ["#BupatiDSGagal", "#UsutJalanPantaiLabu", "#DeliSerdangMenangis", "#BupatiDSGagal #UsutJalanPantaiLabu"]
    bx = dict(x, jln_c=["Jalan beton", "Proyek jalan", "Jalan"])
    fresh = [s.fresh_account() for _ in range(170)]
    buzz_docs = []

    def burst(a, b, n):
        for m in s.times(a, b, n, shape="peak", flat=0.7):
            acc = s.ch(fresh)
            t = s.fill(s.ch(BUZ), dict(bx, tags=s.ch(HT)))
            r = s.rng.random()
            if r < 0.25:
                t = t.replace("sudah", "udah").replace("!!", "!!!")
            elif r < 0.4:
                t = t + " " + s.ch(["😡", "😡😡", "🤬", "👎👎", "‼️"])
            elif r < 0.5:
                t = "@pemkabdeliserdang " + t
            elif r < 0.6:
                t = t.replace("Bupati", "bupati").replace("Rakyat", "rakyat")
            ch = s.wch({"x": 17, "instagram": 1, "tiktok": 1, "facebook": 1})
            d = s.add(m, ch, ch, acc, t, event=E, vir=0.2)
            buzz_docs.append(d)
            if ch == "x" and s.chance(0.3):
                for _ in range(s.rng.randint(1, 2)):
                    mm = m + s.rng.uniform(0.5, 25)
                    if mm < 48 * 60:
                        s.add(mm, "x", "x", s.ch(fresh), f"RT @{d['author']}: {d['text']}"[:300], event=E, vir=0.0)

    burst(840, 1050, 230)
    burst(2280, 2400, 38)
    NOTICE = ["Kok tiba-tiba tagar #BupatiDSGagal trending? akunnya baru semua, followers 0 {e_laugh}",
              "Cek deh akun-akun yang nge-tweet #BupatiDSGagal, dibuat bulan ini semua. Buzzer detected",
              "Terlepas dari buzzer, {jln} memang retak kok. Saya lewat tiap hari",
              "Yang bayar buzzer siapa ni? Pilkada masih lama bah {e_laugh}",
              "Kalau memang retak ya diperbaiki, tapi cara serang pakai akun bodong gini tidak sehat",
              "Tagar #BupatiDSGagal trending di Medan malam ini, isinya copas semua",
              "warga Pantai Labu beneran: jalannya retak di 2-3 titik, bukan hancur kayak yang dibilang akun-akun itu",
              "kalimatnya sama persis semua, bahkan typonya juga sama {e_laugh} #BupatiDSGagal",
              "Jangan mau digiring buzzer, tapi tetap kawal kualitas jalan {jln}",
              "Akun-akun #BupatiDSGagal ini fotonya aja ambil dari Pinterest bah {e_laugh}"]
    s.wave(E, 900, 1440, 42, NOTICE, extra=x, vir=1.4, channels={"x": 8, "facebook": 2}, mood="laugh",
           reply_pool=["wkwk iya", "bot semua", "tapi jalannya emang retak bang", "kelihatan kali"], reply_p=0.25,
           rt_p=0.2)
    SAT = ["PUPR bilang retak di {jln} masih masa pemeliharaan, kontraktor wajib perbaiki. Kita tunggu",
           "Berita pagi ini: tagar serang Bupati DS didominasi akun baru. Udah ketebak",
           "Terlepas dari tagarnya, semoga perbaikan {jln} betul-betul dikerjakan",
           "Komisi D DPRD Deli Serdang mau cek lapangan ke Pantai Labu, bagus",
           "Pemkab jangan cuma bilang buzzer, jelaskan juga kualitas betonnya",
           "Jalan Pantai Labu retak rambut, bukan hancur. Yang lebay itu buzzernya {e_laugh}",
           "Ada lagi tuh akun-akun baru nge-tweet #BupatiDSGagal malam ini, pola sama"]
    s.wave(E, 1500, 2880, 52, SAT, extra=x, vir=1.0, channels={"x": 5, "facebook": 4, "instagram": 1},
           mood="neutral", reply_pool=["setuju", "kawal terus", "betul"], reply_p=0.15)
    s.influencer(935, "x", "Tagar #BupatiDSGagal naik malam ini. Dari 200-an cuitan yang kami cek, mayoritas dari akun yang dibuat Agustus 2025, pengikut di bawah 20, dan teksnya nyaris identik. Isu jalannya sendiri perlu dicek ke lapangan.", event=E, vir=4)
    s.influencer(1580, "instagram", "Ramai tagar #BupatiDSGagal soal jalan beton Pantai Labu yang retak. Pemkab Deli Serdang menyebut jalan masih masa pemeliharaan dan kontraktor wajib memperbaiki. Menurut kalian gimana? 👇\n\n#deliserdang #pantailabu", event=E, vir=3)
    s.official(1560, "pemkab", "x", "Penjelasan Dinas PUPR Deli Serdang: ruas jalan beton Batang Kuis–Pantai Labu masih dalam masa pemeliharaan hingga Mei 2026. Retak rambut di 3 titik sudah dicatat dan kontraktor wajib memperbaikinya tanpa biaya tambahan. Masyarakat dapat melapor melalui SP4N-LAPOR!", event=E, vir=2)
    s.official(1575, "pemkab", "instagram", "KLARIFIKASI: Jalan beton Batang Kuis–Pantai Labu masih dalam masa pemeliharaan. Retakan yang ditemukan akan diperbaiki kontraktor tanpa biaya APBD tambahan. Terima kasih atas laporan masyarakat 🙏\n\n#PemkabDeliSerdang", event=E, vir=2)
    s.news(1620, "delitoday", "Tagar #BupatiDSGagal Ramai di Medsos, Pemkab: Jalan Pantai Labu Masih Masa Pemeliharaan",
           ["Tagar #BupatiDSGagal ramai di media sosial X sejak Jumat (22/8/2025) malam. Unggahan dengan tagar itu menyoal retaknya jalan beton Batang Kuis–Pantai Labu yang baru selesai dibangun.",
            "Kepala Dinas PUPR {kab} mengatakan retakan berupa retak rambut di tiga titik dan jalan masih dalam masa pemeliharaan. \"Kontraktor wajib memperbaiki tanpa tambahan anggaran,\" ujarnya, Sabtu (23/8/2025).",
            "Pemkab juga menyoroti banyaknya akun baru yang mengunggah teks serupa. \"Kritik kami terima, tetapi kami imbau warga memeriksa informasi,\" kata Kepala Diskominfo {kab}."], event=E, extra=x)
    s.news(1720, "wartasumut", "Analis Medsos: Tagar Serang Bupati Deli Serdang Didominasi Akun Baru",
           ["Pengamat media sosial menyebut tagar #BupatiDSGagal yang ramai Jumat malam didominasi akun-akun baru dengan pengikut sangat sedikit dan teks yang nyaris identik.",
            "\"Polanya khas operasi pendengung: ratusan unggahan dalam tiga jam, lalu berhenti,\" katanya. Meski demikian, ia menilai pemerintah daerah tetap perlu menjawab substansi soal kualitas jalan.",
            "Warga Pantai Labu yang dihubungi membenarkan ada retakan, namun jalan masih dapat dilalui dengan normal."], event=E, extra=x)
    s.news(1960, "lubukpakam", "Komisi D DPRD Deli Serdang Akan Cek Jalan Beton Pantai Labu",
           ["Komisi D DPRD {kabfull} akan meninjau jalan beton Batang Kuis–Pantai Labu pekan depan menyusul keluhan warga soal retakan.",
            "\"Kami ingin memastikan kontraktor menjalankan kewajiban pemeliharaan,\" kata Ketua Komisi D."], event=E, extra=x)

    background(s, 0, 48 * 60, 560, news_per_day=6)

    s.expect(E, "Tagar #BupatiDSGagal: serangan akun baru soal retak jalan beton Pantai Labu",
             isu=900 + 120, max_level="kasus",
             why="ratusan unggahan nyaris identik dari akun baru mulai 20.00 (menit 840), jelas terlihat pada "
                 "menit 900: Isu 2 jam kemudian. Kampanye pendengung tanpa korban dan substansinya kecil "
                 "(retak rambut, masa pemeliharaan): paling tinggi Kasus.")
    return s


# --------------------------------------------------------------------------------------------
# 7. Sleman: a month of ordinary traffic, no incident (recurring themes are controls)
# --------------------------------------------------------------------------------------------

def scenario_sleman():
    s = Scenario("sleman-sebulan-biasa", 7007, sleman(), dt.datetime(2025, 1, 6, 6, 0), 30 * 24,
                 title="Sebulan obrolan biasa di Sleman (musim hujan, Januari 2025) tanpa kejadian",
                 kind="latar-sebulan", step=60)
    s.region.bg_news = [
        ("Harga Salak Pondoh di Turi Anjlok saat Panen Raya",
         ["Harga salak pondoh di tingkat petani di Kapanewon Turi turun saat panen raya. Petani hanya menerima Rp4.000 hingga Rp6.000 per kilogram.",
          "\"Kalau panen serentak begini harga pasti turun. Kami berharap ada pembeli besar dari luar daerah,\" kata seorang petani di Donoharjo.",
          "Dinas Pertanian {kab} mendorong petani mengolah salak menjadi produk turunan seperti keripik dan dodol.",
      "Sebagian petani memilih menunda panen atau menjual langsung kepada wisatawan di kebun untuk mendapatkan harga yang lebih baik."]),
        ("MPP {kab} Perpanjang Layanan Adminduk hingga Malam Hari",
         ["Mal Pelayanan Publik (MPP) {kabfull} memperpanjang jam layanan administrasi kependudukan hingga pukul 20.00 WIB setiap Kamis.",
          "\"Banyak pekerja dan mahasiswa yang hanya bisa datang sore,\" kata Kepala Disdukcapil {kab}, {pejabat}.",
          "Layanan malam meliputi perekaman KTP elektronik, pencetakan kartu identitas anak, dan perubahan data kartu keluarga.",
      "Selain adminduk, MPP juga melayani perizinan usaha, pembayaran pajak daerah, dan layanan BPJS dalam satu gedung."]),
        ("Merapi Masih Siaga, Guguran Lava Pijar Meluncur ke Barat Daya",
         ["Gunung Merapi masih berstatus Siaga (Level III). Dalam sepekan terakhir teramati beberapa kali guguran lava pijar ke arah barat daya dengan jarak luncur maksimal 1,8 kilometer.",
          "BPBD {kab} meminta warga tidak beraktivitas di daerah potensi bahaya. Aktivitas warga di Cangkringan dan Pakem di luar radius bahaya berjalan normal.",
      "BPPTKG mencatat aktivitas kegempaan masih tinggi. Masyarakat diminta mengikuti informasi resmi dan tidak terpancing kabar yang belum jelas sumbernya."]),
        ("Volume Sampah di Depo-Depo {kab} Meningkat saat Musim Hujan",
         ["DLH {kabfull} mencatat peningkatan volume sampah di sejumlah depo selama musim hujan. Warga diminta memilah sampah organik dari rumah.",
          "\"Pengangkutan kami tambah ritasenya,\" kata Kepala DLH {kab}.",
          "Sejumlah depo di kawasan padat penduduk seperti Depok dan Mlati sempat kelebihan muatan pada akhir pekan.",
      "DLH juga meminta warga tidak membuang sampah ke sungai dan selokan karena dapat memicu genangan saat hujan deras."]),
    ]
    extra = [
        ("lalin", "angry", "Ring Road Utara dekat [perempatan Kentungan|perempatan Jombor|Monjali] macet parah, ada truk mogok? {e_angry}"),
        ("lalin", "neutral", "Perempatan Kentungan sudah lancar lagi sore ini, proyek underpass selesai"),
        ("lalin", "angry", "Jl. Magelang arah Tempel padat merayap, liburan sekolah ya {e_angry}"),
        ("cuaca", "rain", "Hujan deras di {kec}, Selokan Mataram meluap sedikit di {desa}, hati-hati lewat sana {e_rain}"),
        ("cuaca", "neutral", "angin kencang di {kec} sore ini, banyak ranting patah di jalan"),
        ("merapi", "neutral", "Merapi luncurkan guguran lava lagi semalam, warga {kec} tetap tenang beraktivitas"),
        ("merapi", "happy", "Merapi cerah banget pagi ini dari {kec}, puncaknya kelihatan jelas {e_happy}"),
        ("acara", "happy", "Nonton jathilan di {desa} tadi malam, rame pol {e_happy}"),
        ("umum", "neutral", "Mahasiswa baru nyari kos di {desa}, harga sekarang 800rb–1,5jt"),
        ("olahraga", "happy", "{club} menang di Maguwoharjo, suporter bergemuruh {e_happy}"),
        ("umkm", "food", "Mangut lele di {kec} enak pol, sambelnya nendang {e_food}"),
        ("layanan", "neutral", "Bayar pajak kendaraan di Samsat {kab} sekarang bisa pakai QRIS"),
        ("utilitas", "angry", "sampah di depo {desa} numpuk lagi, baunya sampai ke jalan {e_angry}"),
        ("sekolah", "neutral", "Pendaftaran SPMB SMP {kab} dibuka bulan depan, cek zonasi domisili ya"),
        ("agama", "neutral", "Pengajian Ahad pagi di {masjid} rutin tiap minggu, terbuka untuk umum"),
        ("umum", "happy", "Sunrise di Tebing Breksi pagi ini keren {e_happy}"),
        ("politik", "neutral", "Reses anggota DPRD {kab} di {desa}, warga minta lampu jalan"),
        ("jalan", "angry", "Jl. Godean berlubang dekat pasar, motor sering jatuh {e_angry}"),
        ("harga", "neutral", "harga beras di {pasar} minggu ini Rp{beras}, gula Rp17.500"),
        ("harga", "sad", "salak pondoh panen raya, harga di petani Turi cuma 5 ribu sekilo {e_sad}"),
        ("acara", "neutral", "Car free day Minggu pagi di Jl. Magelang depan Lapangan Denggung, ramai UMKM"),
        ("umum", "laugh", "Kos di Depok Sleman, tapi ongkir dari toko di Depok Jawa Barat nyasar ke sini {e_laugh}"),
    ]
    label = {"harga": "harga-pangan", "lalin": "lalu-lintas", "cuaca": "cuaca-hujan"}
    background(s, 0, 30 * 1440, 2750, news_per_day=3, label=label, extra_posts=extra,
               weights={"lalin": 1.3, "harga": 1.1, "cuaca": 1.4, "umum": 1.2, "merapi": 0.5})
    s.control("harga-pangan", "Harga kebutuhan pokok di pasar-pasar Sleman (rutin)", "pemantauan",
              why="laporan dan keluhan harga pangan sehari-hari: tidak perlu ditangani, tetap Pemantauan.")
    s.control("lalu-lintas", "Kemacetan rutin (Jl. Kaliurang, Ring Road, Jl. Magelang)", "pemantauan",
              why="macet dan pengalihan arus biasa: tetap Pemantauan.")
    s.control("cuaca-hujan", "Hujan, angin, dan genangan musim hujan tanpa korban", "pemantauan",
              why="cuaca musim hujan tanpa korban atau kerusakan berarti: tetap Pemantauan.")
    return s


# --------------------------------------------------------------------------------------------
# 8. Luwu (WITA): flash flood and landslides, with official updates and slow-aid complaints
# --------------------------------------------------------------------------------------------

def scenario_luwu():
    s = Scenario("luwu-banjir-bandang", 8008, luwu(), dt.datetime(2025, 4, 26, 20, 0), 72,
                 title="Banjir bandang dan longsor di Suli, Bajo, Latimojong: korban, pengungsian, dan keluhan bantuan",
                 kind="bencana")
    E = "banjir-bandang-luwu"
    s.recap[E] = ("Banjir bandang terjadi Minggu (27/4/2025) dini hari setelah hujan deras mengguyur kawasan pegunungan "
                  "Latimojong sejak Sabtu sore. Sungai-sungai di Suli dan Bajo meluap membawa lumpur dan batang kayu.")
    x = {"kec_f": ["Suli", "Suli Barat", "Bajo", "Bajo Barat", "Bua Ponrang", "Ponrang", "Suli", "Bajo"],
         "kec_l": ["Latimojong", "Bajo Barat", "Suli Barat"],
         "desa_f": ["Desa Cimpu", "Desa Salu Bua", "Desa Lindajang", "Desa Murante", "Desa Kaladi", "Desa Buntu Batu"],
         "desa_up": ["DESA CIMPU", "SALU BUA", "LINDAJANG"],
         "posko": ["Masjid Agung Belopa", "kantor Camat Suli", "SMPN 1 Suli", "Gedung Islamic Center Belopa", "kantor desa Cimpu"]}
    tags = ["#BanjirLuwu", "#PrayForLuwu", "#Luwu", "#BanjirBandang"]
    chans = {"x": 4, "facebook": 6, "instagram": 2, "tiktok": 2}
    F1 = ["Air naik cepat sekali di {desa_f} {kec_f}, sudah setinggi pinggang, TOLONG!!",
          "ADA WARGA TERJEBAK DI ATAP RUMAH DI {desa_up}, MOHON BANTUAN TIM SAR!!",
          "Banjir bandang di {kec_f}, suaranya kayak gemuruh, kayu-kayu besar hanyut {e_alarm}",
          "Ya Allah, air masuk rumah jam 1 malam, kami naik ke loteng. Doakan kami {e_pray}",
          "listrik padam semua di {kec_f}, gelap, air terus naik",
          "sungai meluap di {kec_f}, jembatan di {desa_f} tidak kelihatan lagi",
          "Tabe', siapa yang punya perahu di sekitar {kec_f}, ada lansia yang belum dievakuasi",
          "Keluarga saya di {desa_f} tidak bisa dihubungi dari tadi, ada yang tau kondisi di sana? {e_sad}"]
    F2 = ["Jalan Trans Sulawesi di {kec_f} putus, kendaraan tertahan berkilo-kilo",
          "Longsor juga di {kec_l}, akses ke desa-desa di atas terputus",
          "Katanya ada 2 orang hanyut di {kec_f}, belum ditemukan {e_sad}",
          "Warga mengungsi ke masjid dan kantor desa di {kec_f}, butuh selimut dan makanan",
          "Banjir di {kab} parah sekali, ini lebih besar dari tahun lalu",
          "MOHON DOA, BANJIR BANDANG DI LUWU, BANYAK WARGA TERJEBAK",
          "Subuh ini warga {desa_f} masih bertahan di atap, perahu karet belum datang {e_sad}"]
    F3 = ["Update BPBD: banjir dan longsor di 6 kecamatan di {kab}, {nd} meninggal, {nh} hilang, {nr} rumah terendam",
          "Pengungsi di {kec_f} butuh air bersih, makanan siap saji, popok bayi. Posko di {posko}",
          "Tim SAR gabungan evakuasi warga pakai perahu karet di {kec_f}",
          "Ini banjir terparah yang pernah saya lihat di {kab} {e_sad}",
          "Latimojong terisolir, longsor tutup semua jalan. Warga di atas belum dapat bantuan",
          "Bupati tetapkan tanggap darurat 14 hari, semoga bantuan cepat mengalir",
          "Pray for Luwu {e_pray}",
          "Sudah masuk berita nasional, semoga pusat cepat kirim bantuan ke {kab}",
          "Kendaraan dari Makassar ke Palopo tertahan di {kec_f}, jalan Trans Sulawesi putus",
          "Rumah kami hanyut. Tinggal baju di badan {e_sad}",
          "Yang mau donasi untuk korban banjir {kab}, salurkan lewat lembaga resmi ya",
          "banjir {kab}: {nd} orang meninggal, masih ada yang dicari. Innalillahi {e_pray}"]
    F4 = ["Jumlah pengungsi banjir {kab} tembus {np} jiwa, posko-posko mulai penuh",
          "Helikopter BNPB kirim logistik ke Latimojong",
          "Relawan dari Palopo, Makassar, Toraja berdatangan ke {kab} {e_pray}",
          "Air mulai surut di {kec_f}, lumpur setinggi lutut di dalam rumah",
          "korban meninggal banjir {kab} bertambah jadi {nd} orang {e_sad}",
          "Dapur umum di {posko} butuh beras, minyak, sayur",
          "anak-anak pengungsi mulai gatal-gatal dan diare, butuh obat-obatan"]
    F5 = ["malam ini pengungsi di {posko} tidur beralas terpal, dingin sekali",
          "lampu belum menyala di {kec_f}, gelap gulita",
          "Doa bersama untuk korban banjir di masjid {kec_f} {e_pray}"]
    F6 = ["Bantuan belum sampai di Latimojong, warga di sana makan seadanya. Tolong pemerintah {e_angry}",
          "Kenapa bantuan numpuk di posko utama Belopa tapi tidak sampai ke {kec_f}? {e_angry}",
          "Distribusi bantuan lambat, sudah 2 hari pengungsi di {desa_f} belum dapat beras",
          "BNPB tiba di {kab}, semoga penanganan lebih cepat",
          "Korban banjir {kab}: {nd} meninggal, {nh} masih dicari. Ya Allah {e_sad}",
          "Harga-harga di Belopa naik karena jalan putus, telur sampai 70 ribu se-rak",
          "Tim SAR temukan 1 korban hanyut di {kec_f} dalam keadaan meninggal",
          "Jembatan darurat di {kec_f} mulai dibangun TNI",
          "salut sama relawan yang jalan kaki bawa logistik ke desa terisolir {e_pray}",
          "Data penerima bantuan harus jelas, jangan ada yang dobel, jangan ada yang terlewat",
          "TOLONG @{pemkab_x} PENGUNGSI DI {desa_up} BELUM DAPAT BANTUAN SAMA SEKALI!!"]
    F7 = ["Mensos kunjungi pengungsi banjir {kab} hari ini",
          "Warga {desa_f} mulai bersihkan lumpur, butuh alat semprot dan sekop",
          "Sudah 3 hari, desa di atas Latimojong masih belum tersentuh bantuan darat {e_angry}",
          "Jalan Trans Sulawesi di {kec_f} sudah bisa dilalui satu jalur",
          "Terima kasih semua yang sudah bantu korban banjir {kab} {e_pray}",
          "anak-anak belum bisa sekolah, sekolah penuh lumpur"]

    def W(a, b, n, pool, vir, nums, **kw):
        kw.setdefault("channels", chans)
        return s.wave(E, a, b, n, pool, extra=dict(x, **nums), vir=vir, tags=tags,
                      reply_pool=R_SYMPATHY + ["semoga cepat surut", "di mana posko donasinya?", "keluarga saya juga di sana"],
                      reply_p=0.2, rt_p=0.2, **kw)

    n0 = {"nd": ["2"], "nh": ["3"], "nr": ["1.200"], "np": ["2.000"]}
    n1 = {"nd": ["4"], "nh": ["3"], "nr": ["2.700"], "np": ["3.400", "3.000-an"]}
    n2 = {"nd": ["7"], "nh": ["3"], "nr": ["2.700"], "np": ["4.100"]}
    n3 = {"nd": ["8"], "nh": ["2"], "nr": ["2.900"], "np": ["3.600"]}
    W(330, 480, 38, F1, 1.2, n0, mood="alarm", shape="rise", flat=0.85, shout_p=0.1)
    W(480, 600, 46, F2, 1.5, n0, mood="sad", flat=0.7, shout_p=0.05)
    W(600, 900, 104, F3, 2.4, n0, mood="sad", shape="peak")
    W(900, 1440, 104, F4 + F3[1:4], 2.0, n1, mood="sad")
    W(1440, 1800, 26, F5, 0.8, n1, mood="pray", flat=0.3)
    W(1800, 2880, 112, F6, 1.6, n2, mood=None)
    W(2880, 3240, 16, F5, 0.6, n2, mood="pray", flat=0.3)
    W(3240, 4320, 66, F7 + F6[:3], 1.0, n3, mood="neutral", shape="fall")
    s.influencer(420, "facebook", "INFO BANJIR: Banjir bandang melanda Kec. Suli dan Bajo dini hari ini. Banyak warga terjebak di rumah. Yang punya perahu/ban dalam mohon bantu evakuasi. Nomor darurat BPBD Luwu dan Basarnas Makassar silakan hubungi.", event=E, vir=3)
    s.influencer(470, "x", "Banjir bandang terjang Suli dan Bajo, Luwu, Sulsel dini hari ini. Warga terjebak di atap rumah, jalan Trans Sulawesi lumpuh. #BanjirLuwu #PrayForLuwu", event=E, vir=3)
    s.influencer(640, "instagram", "Banjir bandang dan longsor melanda Kabupaten Luwu, Minggu (27/4) dini hari. Data sementara BPBD: 2 orang meninggal, 3 hilang, 1.200 rumah terendam. Mari bantu doa 🤲\n\n#banjirluwu #prayforluwu #luwu #sulsel", event=E, vir=5)
    s.influencer(700, "tiktok", "Detik-detik banjir bandang di Suli, Luwu 😭 #banjirluwu #prayforluwu #fyp", event=E, vir=7)
    s.influencer(2200, "x", "Warga Latimojong, Luwu, belum tersentuh bantuan darat sejak Minggu karena longsor menutup akses. Mohon BNPB/Basarnas prioritaskan. #BanjirLuwu", event=E, vir=3)
    offs = [(600, "bpbd", "x", "[UPDATE 06.00 WITA] Banjir bandang & longsor di Kab. Luwu: Kec. Suli, Suli Barat, Bajo, Bajo Barat, Latimojong, Bua Ponrang. Korban: 2 MD, 3 hilang. ±1.200 rumah terendam. Jalan Trans Sulawesi di Suli putus. Tim gabungan melakukan evakuasi."),
            (610, "bpbd", "instagram", "UPDATE BANJIR BANDANG & LONGSOR KAB. LUWU (27/4 pukul 06.00 WITA)\n• 6 kecamatan terdampak\n• 2 meninggal dunia, 3 hilang\n• ±1.200 rumah terendam\n• Akses Trans Sulawesi di Suli terputus\nPosko utama: Masjid Agung Belopa."),
            (720, "polres", "instagram", "Personel Polres Luwu bersama TNI, Basarnas, dan BPBD mengevakuasi warga terdampak banjir bandang di Kecamatan Suli dan Bajo. Warga diimbau menjauhi aliran sungai dan lereng rawan longsor."),
            (840, "pemkab", "instagram", "Pemerintah Kabupaten Luwu menetapkan status TANGGAP DARURAT bencana banjir bandang dan tanah longsor selama 14 hari, mulai 27 April 2025. Posko utama di Masjid Agung Belopa. Bantuan dapat disalurkan melalui posko resmi."),
            (900, "bupati", "instagram", "Saya bersama tim sudah di Suli sejak subuh. Fokus kita evakuasi warga dan pencarian korban. Kebutuhan mendesak: perahu karet, air bersih, makanan siap saji, selimut. Mohon doa seluruh masyarakat Luwu 🤲"),
            (1040, "bpbd", "x", "[UPDATE 13.00 WITA] Korban MD 4 orang, hilang 3. Pengungsi 3.400 jiwa di 17 titik. Latimojong terisolir akibat longsor; logistik dikirim via helikopter."),
            (1700, "kominfo", "facebook", "Posko Pengaduan Bantuan Bencana dibuka di Kantor Diskominfo Luwu dan melalui WhatsApp. Laporkan titik pengungsian yang belum menerima bantuan agar segera ditindaklanjuti."),
            (2100, "bpbd", "x", "[UPDATE Senin 11.00 WITA] Korban MD 7 orang, 3 masih dicari. Pengungsi 4.100 jiwa. BNPB mengirim 2 helikopter untuk distribusi logistik ke Latimojong dan Bajo Barat."),
            (2400, "bupati", "instagram", "Kami mendengar keluhan soal bantuan yang belum merata. Mulai hari ini distribusi diatur per desa dengan pendamping dari TNI/Polri, dan desa terisolir diprioritaskan lewat udara. Mohon maaf atas keterlambatan 🙏"),
            (3600, "bpbd", "x", "[UPDATE Selasa 08.00 WITA] Korban MD 8 orang, 2 masih dicari. Pengungsi 3.600 jiwa. Trans Sulawesi di Suli dapat dilalui satu jalur dengan buka-tutup.")]
    for m, who, ch, t in offs:
        s.official(m, who, ch, t, event=E, vir=3)
    news = [
        (660, "tanaluwu", "Banjir Bandang Terjang Suli dan Bajo, Dua Warga Meninggal",
         ["Banjir bandang menerjang sejumlah desa di Kecamatan Suli dan Bajo, {kabfull}, Minggu (27/4/2025) dini hari, setelah hujan deras mengguyur sejak Sabtu sore. Dua warga dilaporkan meninggal dunia dan tiga lainnya hilang.",
          "\"Air datang sekitar pukul 01.30 WITA, cepat sekali. Banyak warga naik ke atap,\" kata Kepala Desa Cimpu.",
          "Kepala Pelaksana BPBD {kab} menyebut sekitar 1.200 rumah terendam. Jalan Trans Sulawesi di Suli terputus sehingga kendaraan dari arah Makassar tertahan."]),
        (725, "celebes", "Banjir dan Longsor di Luwu, Ribuan Rumah Terendam",
         ["Banjir bandang dan tanah longsor melanda enam kecamatan di {kabfull}, Sulawesi Selatan. Ribuan rumah terendam dan akses jalan ke sejumlah desa di Latimojong terputus.",
          "Tim gabungan BPBD, Basarnas, TNI, dan Polri mengevakuasi warga menggunakan perahu karet. Pengungsi ditempatkan di masjid, sekolah, dan kantor desa.",
          "BMKG memperkirakan hujan dengan intensitas sedang hingga lebat masih berpotensi terjadi hingga tiga hari ke depan."]),
        (785, "detak", "Banjir Bandang Luwu Sulsel: 2 Tewas, 3 Hilang",
         ["Banjir bandang melanda {kabfull}, Sulawesi Selatan, Minggu (27/4/2025) dini hari. Dua orang tewas dan tiga lainnya hilang terseret arus.",
          "BNPB menyatakan tengah berkoordinasi dengan BPBD setempat untuk mengirimkan bantuan logistik dan peralatan evakuasi.",
          "Jalan nasional Trans Sulawesi yang menghubungkan Makassar dan Palopo terputus di Kecamatan Suli."]),
        (855, "warta", "Luwu Tetapkan Tanggap Darurat Banjir Bandang dan Longsor",
         ["Pemerintah {kabfull} menetapkan status tanggap darurat selama 14 hari menyusul banjir bandang dan longsor yang menewaskan sedikitnya dua orang.",
          "\"Prioritas kami evakuasi dan pencarian korban, serta memenuhi kebutuhan dasar pengungsi,\" kata {bupati}.",
          "Sejumlah desa di Kecamatan Latimojong dilaporkan terisolir akibat longsor."]),
        (1100, "sawerigading", "Latimojong Terisolir Akibat Longsor, Logistik Dikirim Lewat Udara",
         ["Sejumlah desa di Kecamatan Latimojong, {kabfull}, terisolir setelah longsor menutup jalan poros di beberapa titik.",
          "BPBD menyebut logistik akan dikirim menggunakan helikopter. \"Jalur darat butuh waktu berhari-hari untuk dibuka,\" kata petugas di posko."]),
        (1210, "kini", "Korban Meninggal Banjir Luwu Jadi 4 Orang, 3.400 Warga Mengungsi",
         ["Jumlah korban meninggal akibat banjir bandang dan longsor di {kabfull} bertambah menjadi empat orang. Tiga orang masih dalam pencarian.",
          "Sebanyak 3.400 warga mengungsi di 17 titik. Kebutuhan mendesak meliputi air bersih, makanan siap saji, selimut, dan obat-obatan."]),
        (2190, "tanaluwu", "Pengungsi Banjir Keluhkan Bantuan Belum Merata",
         ["Sejumlah pengungsi banjir di {kab} mengeluhkan distribusi bantuan yang belum merata. Pengungsi di beberapa desa di Suli Barat dan Latimojong mengaku belum menerima beras sejak Minggu.",
          "\"Di posko utama bantuan menumpuk, tapi di sini belum ada,\" kata seorang pengungsi di Desa Lindajang.",
          "Pemkab menyatakan kendala utama adalah akses jalan yang terputus dan kekurangan kendaraan."]),
        (2310, "detak", "BNPB Kirim Helikopter ke Luwu, Korban Tewas Jadi 7 Orang",
         ["Badan Nasional Penanggulangan Bencana mengirim dua helikopter untuk distribusi logistik ke wilayah terisolir di {kabfull}. Korban meninggal bertambah menjadi tujuh orang.",
          "Kepala BNPB meminta pemerintah daerah memperbaiki pendataan pengungsi agar bantuan tepat sasaran."]),
        (2700, "sawerigading", "DPRD Luwu Minta Distribusi Bantuan Banjir Dibenahi",
         ["DPRD {kabfull} meminta Pemkab membenahi distribusi bantuan banjir setelah banyak keluhan dari pengungsi.",
          "\"Jangan sampai ada desa yang terlewat. Libatkan kepala desa dan relawan lokal,\" kata Ketua DPRD {kab}, {ketua_dprd}."]),
        (3480, "celebes", "Mensos Tinjau Pengungsi Banjir Luwu, Janjikan Bantuan Hunian Sementara",
         ["Menteri Sosial meninjau pengungsian korban banjir bandang di {kabfull}, Selasa (29/4/2025). Mensos menjanjikan bantuan hunian sementara bagi warga yang rumahnya hanyut.",
          "Hingga Selasa pagi, korban meninggal tercatat delapan orang dan dua lainnya masih dicari."]),
        (3820, "tanaluwu", "Warga Mulai Bersihkan Lumpur, Ratusan Rumah Rusak Berat",
         ["Warga di Kecamatan Suli dan Bajo mulai membersihkan lumpur sisa banjir bandang. Data sementara mencatat ratusan rumah rusak berat dan puluhan hanyut.",
          "Sekolah-sekolah yang terendam belum dapat digunakan. Dinas Pendidikan menyiapkan kelas darurat."]),
    ]
    for m, o, t, p in news:
        s.news(m, o, t, p, event=E, extra=x)
    v = s.video(930, "NusaTV News", 2100000, "Banjir Bandang Luwu Sulsel, Warga Terjebak di Atap Rumah | NusaTV",
                "Banjir bandang melanda Kabupaten Luwu, Sulawesi Selatan. Dua orang meninggal, tiga hilang, ribuan rumah terendam.", event=E, vir=3)
    s.replies(v, R_SYMPATHY + ["Pray for Luwu", "semoga cepat surut", "sedih liatnya", "kampung saya itu 😭"], 20, event=E, spread=600)

    background(s, 0, 72 * 60, 600, news_per_day=5)

    s.expect(E, "Banjir bandang dan longsor di Suli, Bajo, Latimojong (8 meninggal, ribuan mengungsi)",
             isu=480 + 120, kasus=660 + 180, krisis=785 + 180,
             why="permintaan tolong dari banyak akun sejak 01.30 WITA, jelas ramai pukul 04.00 (menit 480): Isu "
                 "2 jam kemudian; berita lokal menit 660 dan banjir meluas: Kasus 3 jam kemudian; korban jiwa "
                 "diumumkan BPBD (menit 600) dan media nasional menit 785: Krisis 3 jam kemudian.")
    return s


# --------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------

SCENARIOS = [scenario_klaten, scenario_cianjur, scenario_jember, scenario_banjar, scenario_ambon,
             scenario_deliserdang, scenario_sleman, scenario_luwu]


def main(argv):
    verbose = "-v" in argv
    only = [a for a in argv[1:] if a != "-v"]
    for build in SCENARIOS:
        s = build()
        if only and not any(o in s.name for o in only):
            continue
        s.write()
        n, hours, ev, size = s.summary()
        evs = ", ".join(f"{k or 'latar'}={v}" for k, v in sorted(ev.items()))
        print(f"{s.name}: {n} dokumen, {hours:.1f} jam, {size / 1e6:.2f} MB ({evs})")
        if verbose:
            print("\n".join(milestones(s)))


if __name__ == "__main__":
    main(sys.argv)
