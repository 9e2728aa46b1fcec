"""Scenario ``banjir-demak``: the Wulan river embankment breaks in Kabupaten Demak.

Heavy rain (from 54 h before end) → rising river, a complaint about seepage that nobody
picks up → the embankment breaks (33 h before end) → evacuation, a victim, thousands
displaced, the Pantura road closed → the bupati visits, emergency status, complaints about
slow and uneven aid, Kemensos field kitchens → still elevated at end.
Amplification: a copy-pasted appeal for help, retweets, press releases re-published
across outlets with near-identical text.
"""

from __future__ import annotations

from .banjir_demak_keyed import BREACH, BUPATI, KEYED, _say, _x_source, slots
from .banjir_demak_texts import (
    APPEAL2,
    COMMENTS,
    DONASI,
    FLOOD_ANGRY,
    FLOOD_GOOD,
    FLOOD_X,
    JV,
    LAPOR,
    NEWS_SOURCES,
    NEWS_T,
    PRE_INFO,
    PRE_NEWS,
    PRE_X,
    REPLIES,
    TAGS,
    TIKTOK_COMMENTS,
    TIKTOK_VIDEOS,
)
from .common import KNOWN, Gen, Pivot, emojis, hashtags, retweet, roughen
from .vocab import DESA_BANJIR

KEY = "banjir-demak"
META = {
    "key": KEY,
    "title": "Banjir di Kabupaten Demak",
    "office": "demak",
    "offices": ["demak", "jateng", "kemensos"],
    "starts_hours_before_end": 54,
    "peak_hours_before_end": 30,
    "peak_window_hours_before_end": [36, 24],
    "still_elevated_at_end": True,
    "keywords": ["banjir", "Demak", "tanggul", "Sungai Wulan", "jebol", "pengungsi", "evakuasi",
                 "BPBD", "Karanganyar", "posko", "bantuan", "tanggap darurat"],
    "hashtags": ["#BanjirDemak", "#PrayForDemak", "#TanggulWulanJebol", "#DemakBanjir"],
    "shape": "slow rise with rain, a sharp spike when the embankment breaks ~33 h before end, "
             "peak ~30 h before end, slow decay, still well above baseline at end",
    "crisis_cues": ["korban meninggal", "pengungsi", "tanggul jebol", "evakuasi"],
    "milestones": {
        "peringatan_bmkg": 53.5, "aduan_rembesan_lapor": 40.6, "status_awas": 35.0,
        "tanggul_jebol": 33.0, "seruan_minta_tolong_viral": 32.6, "korban_meninggal": 29.1,
        "bupati_meninjau": 27.8, "tanggap_darurat": 25.9, "keluhan_bantuan_viral": 24.0,
        "dapur_umum_kemensos": 20.1, "permintaan_maaf_distribusi": 9.1,
    },
}  # fmt: skip

START = 54.0
#: the bupati's visit happens in daylight; the breach itself keeps no office hours
PIVOTS = (Pivot(BUPATI, (7, 20), (29.5, 25.0)),)
COUNT = 500
#: ordinary chatter (follows the daily rhythm) and the burst the breach causes (does not)
CURVE = (
    (54, 0.06), (46, 0.10), (40, 0.14), (36, 0.20), (33.2, 0.28), (32, 0.45), (28, 0.50),
    (20, 0.48), (10, 0.42), (0, 0.40),
)  # fmt: skip
BURST = ((33.2, 0.0), (32.4, 1.0), (30.5, 1.15), (29, 0.9), (27, 0.45), (24, 0.15), (20, 0.0))


# --------------------------------------------------------------------------- makers


def _pre_x(g: Gen, h: float):
    mood, tmpl = g.pick(PRE_X)
    text = (
        roughen(_say(g, tmpl, h), g.rng, 0.55)
        + emojis(g.rng, mood)
        + hashtags(g.rng, ("#Demak", "#BanjirDemak", "#HujanDeras"), 0.35, 1)
    )
    return g.post(h, _x_source(g), text, g.citizen("x", "demak"))


def _pre_info(g: Gen, h: float):
    account = KNOWN[g.pick(("demakhariini", "kudusinfo", "jatengupdate", "suarapantura"))]
    return g.post(h, _x_source(g), _say(g, g.pick(PRE_INFO), h), account, boost=1.2)


def _pre_news(g: Gen, h: float):
    title, lead = g.pick(PRE_NEWS)
    memo: dict[str, str] = {}
    s = slots(g, h)
    s["kec"] = g.pick(("Karanganyar", "Gajah", "Mijen", "Dempet"))
    return g.news(
        h,
        g.pick(("demak-terkini", "suara-pantura")),
        g.say(title, h, s, memo=memo),
        g.say(lead, h, s, memo=memo),
        kota="Demak",
    )


def _pre_comment(g: Gen, h: float):
    return _comment(g, h, pre=True)


def _flood_x(g: Gen, h: float):
    mood, tmpl = g.pick(FLOOD_X)
    text = roughen(_say(g, tmpl, h), g.rng, 0.55) + emojis(g.rng, mood) + hashtags(g.rng, TAGS, 0.6)
    return g.post(h, _x_source(g), text, g.citizen("x", "demak"))


def _angry_x(g: Gen, h: float):
    text = roughen(_say(g, g.pick(FLOOD_ANGRY), h), g.rng, 0.6) + emojis(g.rng, "angry") + hashtags(g.rng, TAGS, 0.5)
    return g.post(h, _x_source(g), text, g.citizen("x", "demak"), boost=1.5)


def _good_x(g: Gen, h: float):
    template = g.pick(FLOOD_GOOD)
    if h > 19.5 and ("Kemensos" in template or "Dapur umum" in template):
        return None
    text = roughen(_say(g, template, h), g.rng, 0.5) + emojis(g.rng, "good") + hashtags(g.rng, TAGS, 0.5)
    return g.post(h, _x_source(g), text, g.citizen("x"))


def _donasi(g: Gen, h: float):
    text = roughen(_say(g, g.pick(DONASI), h), g.rng, 0.4) + emojis(g.rng, "pray") + hashtags(g.rng, TAGS, 0.8)
    return g.post(h, _x_source(g), text, g.citizen("x"))


def _jv(g: Gen, h: float):
    text = _say(g, g.pick(JV), h) + emojis(g.rng, "pray")
    if g.chance(0.5):
        parent = g.thread("fb-demak", h)
        if parent is not None:
            return g.post(h, "fb-demak", text, g.citizen("facebook", "demak"), parent=parent, lang="jv")
    return g.post(h, "x-demak", text, g.citizen("x", "demak"), lang="jv")


def _copy_appeal(g: Gen, h: float, base_key: str = "appeal"):
    base = g.named.get(base_key)
    if base is None or base["_h"] <= h:
        return None
    text = base["text"]
    r = g.rng
    swaps = (("MOHON BANTUAN 🙏🙏", ("TOLONG BANTU!!", "URGENT!!! 🚨", "MOHON BANTUAN", "Mohon bantuan 🙏")),
             ("setinggi dada", ("setinggi dada", "sudah sedada", "hampir sampai leher")),
             ("Tolong sebarkan!!", ("Tolong sebarkan!!", "Bantu RT ya", "Mohon di-up", "Sebarkan!")),
             ("SEGERA", ("SEGERA", "segera", "secepatnya")),
             ("Butuh perahu", ("Butuh perahu", "Perlu perahu")),
             ("Pengungsi di", ("Pengungsi di", "Info: pengungsi di")))  # fmt: skip
    for old, alts in swaps:
        if old in text and r.random() < 0.45:
            text = text.replace(old, r.choice(alts), 1)
    if r.random() < 0.3:
        text = text.replace(" @bpbd_demak @pemkabdemak", "")
    if r.random() < 0.35:
        text = (
            r.choice(
                (
                    "Copas dari grup WA: ",
                    "Info dari saudara di Demak: ",
                    "[SEBARKAN] ",
                    "Dari grup warga: ",
                )
            )
            + text
        )
    if r.random() < 0.2:
        text = text.lower()
    return g.post(h, _x_source(g), text, g.citizen("x"), boost=0.8)


def _copy_appeal2(g: Gen, h: float):
    return _copy_appeal(g, h, "appeal2")


def _rt(g: Gen, h: float):
    keys = [k for k in ("appeal", "victim_x", "lambe", "bpbd_evac", "pantura", "kangmas", "appeal2", "x_darurat", "donasi")
            if (rec := g.named.get(k)) and rec["_h"] > h]  # fmt: skip
    if keys and g.chance(0.7):
        original = g.named[g.pick(keys)]
    else:
        original = g.earlier(
            "x",
            h,
            pred=lambda r: not r["text"].startswith("RT @") and r["parent_id"] is None,
            recent=10,
        )
    if original is None:
        return None
    return retweet(g, h, original["source"], original, g.citizen("x"))


def _reply(g: Gen, h: float):
    parent = g.earlier("x", h, pred=lambda r: r["author_followers"] > 10_000 and r["channel"] == "x"
                       and not r["text"].startswith("RT @"), recent=14)  # fmt: skip
    if parent is None:
        return None
    mood, tmpl = g.pick(REPLIES)
    text = f"@{parent['author']} " + roughen(_say(g, tmpl, h), g.rng, 0.6) + emojis(g.rng, mood)
    return g.post(h, parent["source"], text, g.citizen("x", "demak"), parent=parent)


def _comment(g: Gen, h: float, pre: bool = False):
    source = g.pick(("fb-demak", "fb-demak", "ig-demak", "fb-jateng", "ig-demak", "ig-jateng"))
    parent = g.thread(source, h, recent=30)
    if parent is None:
        return None
    channel = "facebook" if source.startswith("fb") else "instagram"
    if pre:
        mood, tmpl = g.pick((("alert", "Di {desa} air sudah masuk jalan min, mohon dipantau"),
                              ("pray", "Semoga aman semua, Aamiin"), ("", "Tanggul di belakang {desa} rembes min"),
                              ("alert", "Hujan gak berhenti dari tadi, warga bantaran siaga")))  # fmt: skip
    else:
        mood, tmpl = g.pick(COMMENTS)
    text = _say(g, tmpl, h)
    if channel == "instagram" or g.chance(0.3):
        text = roughen(text, g.rng, 0.5)
    return g.post(h, source, text + emojis(g.rng, mood), g.citizen(channel, "demak"), parent=parent)


def _tiktok(g: Gen, h: float):
    if g.chance(0.4):
        mood, tmpl = g.pick(TIKTOK_VIDEOS)
        return g.post(h, "tiktok-jateng", _say(g, tmpl, h), g.citizen("tiktok", "demak"), thread=True, boost=3)
    parent = g.thread("tiktok-jateng", h, recent=20)
    if parent is None or "banjir" not in parent["text"]:
        return None
    mood, tmpl = g.pick(TIKTOK_COMMENTS)
    return g.post(
        h,
        "tiktok-jateng",
        roughen(tmpl, g.rng, 0.6) + emojis(g.rng, mood),
        g.citizen("tiktok"),
        parent=parent,
    )


def _news(g: Gen, h: float):
    rows = [row for row in NEWS_T if h <= row[0]]
    if not rows:
        return None
    _from, title, lead = g.pick(rows)
    source = g.rng.choices([s for s, _ in NEWS_SOURCES], [w for _, w in NEWS_SOURCES])[0]
    memo: dict[str, str] = {}
    s = slots(g, h)
    return g.news(
        h,
        source,
        g.say(title, h, s, memo=memo),
        g.say(lead, h, s, memo=memo),
        kota="Demak",
        boost=2,
    )


def _lapor(g: Gen, h: float):
    office, title, text = g.pick(LAPOR)
    memo: dict[str, str] = {}
    s = slots(g, h)
    s["desa"] = g.pick(DESA_BANJIR)
    return g.complaint(
        h,
        f"lapor-{office}",
        g.say(title, h, s, memo=memo),
        g.say(text, h, s, memo=memo),
        region="demak",
    )


def _k_appeal2(g: Gen, h: float):
    g.named["appeal2"] = g.post(
        h,
        "x-demak",
        APPEAL2,
        g.citizen("x", "demak"),
        views=420_000,
        likes=3_300,
        shares=5_100,
        replies=270,
    )


B = BREACH - 0.2
CATEGORIES = (
    # before the breach
    (10, START, B, _pre_x), (2.5, START, B, _pre_info), (1.2, START, B, _pre_news), (2, START, B, _pre_comment),
    # after the breach
    (12, B, 0, _flood_x), (6, 30, 0, _angry_x), (3, 32, 0, _good_x), (3, 31, 0, _donasi),
    (16, B, 24, _copy_appeal), (4, 24, 0, _copy_appeal), (5, 26, 0, _copy_appeal2),
    (9, B, 0, _rt), (7, B, 0, _reply), (11, B, 0, _comment), (5, B, 0, _tiktok),
    (5, B, 0, _news), (3, 31, 0, _lapor), (0.5, B, 0, _jv),
)  # fmt: skip


def build(g: Gen) -> None:
    keyed = [*KEYED, (26.3, _k_appeal2)]
    sampled = g.schedule(CURVE, COUNT, burst=BURST, anchors=[h for h, _ in keyed], pivots=PIVOTS)
    g.run(sampled, CATEGORIES, keyed)
