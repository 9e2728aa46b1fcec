"""Invented accounts: the fixed ones the scenarios name and deterministic pools of citizens.

Pure Python (no Django); pools are drawn from ``random.Random`` seeded by strings, so the same
seed gives the same accounts whatever ``PYTHONHASHSEED`` is.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate
from random import Random

from .vocab import FIRST_F, FIRST_M, LAST_F, LAST_M, PLACES, REGION_WEIGHTS, WORDS


@dataclass(frozen=True)
class Account:
    handle: str
    name: str
    followers: int
    kind: str = "citizen"  # citizen | gov | media | influencer | buzzer
    region: str = ""


def acct(handle: str, name: str, followers: int, kind: str = "media", region: str = "") -> Account:
    return Account(handle, name, followers, kind, region)


#: Fixed accounts referred to by key in the scenarios.
KNOWN: dict[str, Account] = {
    # offices and public bodies
    "humasjateng": acct("humasjateng", "Humas Pemprov Jawa Tengah", 412_300, "gov", "semarang"),
    "diskominfojateng": acct("diskominfo_jtg", "Diskominfo Jawa Tengah", 98_400, "gov", "semarang"),
    "pemkabdemak": acct("pemkabdemak", "Pemkab Demak", 61_800, "gov", "demak"),
    "bpbddemak": acct("bpbd_demak", "BPBD Kabupaten Demak", 23_900, "gov", "demak"),
    "bpbdjateng": acct("bpbdjateng", "BPBD Provinsi Jawa Tengah", 88_100, "gov", "semarang"),
    "kemensos": acct("KemensosHumas", "Biro Humas Kemensos", 1_284_000, "gov", "jakarta"),
    "poldajateng": acct("humaspoldajtg", "Bidhumas Polda Jateng", 356_000, "gov", "semarang"),
    "polrestabes": acct("polrestabes_smg", "Polrestabes Semarang", 142_000, "gov", "semarang"),
    "tmcsmg": acct("tmc_polrestabessmg", "TMC Polrestabes Semarang", 97_500, "gov", "semarang"),
    "dprdjateng": acct("dprd_jateng", "DPRD Provinsi Jawa Tengah", 21_300, "gov", "semarang"),
    "bmkgjateng": acct("infobmkg_jateng", "Info Cuaca BMKG Jateng", 154_000, "gov", "semarang"),
    # outlets on social media
    "wartajateng": acct("wartajateng", "Warta Jateng", 268_000, "media", "semarang"),
    "suarapantura": acct("suarapantura", "Suara Pantura", 74_200, "media", "demak"),
    "kabarnusantara": acct("kabarnusantara", "Kabar Nusantara", 2_310_000, "media", "jakarta"),
    "tilikfakta": acct("tilikfakta", "Tilik Fakta", 187_000, "media", "jakarta"),
    "metrosmg": acct("metrosemarang", "Metro Semarang", 131_000, "media", "semarang"),
    "demakterkini": acct("demakterkini", "Demak Terkini", 38_600, "media", "demak"),
    # information and community accounts (invented)
    "infosmg": acct("infosemarangraya", "Info Semarang Raya", 321_000, "influencer", "semarang"),
    "demakhariini": acct("demakhariini", "Demak Hari Ini", 118_000, "influencer", "demak"),
    "kudusinfo": acct("kudus_update", "Kudus Update", 96_300, "influencer", "kudus"),
    "patiinfo": acct("infopati_id", "Info Pati", 54_100, "influencer", "pati"),
    "jeparainfo": acct("jeparakita", "Jepara Kita", 47_800, "influencer", "jepara"),
    "jatengupdate": acct("jatengupdate", "Jateng Update", 205_000, "influencer", "semarang"),
    "lambetura": acct("lambe_pantura", "Lambe Pantura", 412_000, "influencer", "pati"),
    "mbaktara": acct("mbak_tara", "Tara Anindita", 86_400, "influencer", "semarang"),
    "kangmas": acct("kangmas_opini", "Kangmas Opini", 152_000, "influencer", "semarang"),
    "relawanpantura": acct("relawanpantura", "Relawan Pantura Bergerak", 12_700, "influencer", "demak"),
    "bemsmg": acct("aliansibem_smg", "Aliansi BEM Semarang Raya", 28_900, "influencer", "semarang"),
    "buruhjateng": acct("aliansiburuhjtg", "Aliansi Buruh Jawa Tengah", 17_400, "influencer", "semarang"),
    "ekonomrakyat": acct("ekonom_rakyat", "Dr. Bagus Hermawan", 233_000, "influencer", "jakarta"),
    "nusantarawatch": acct("nusantara_watch", "Nusantara Watch", 1_040_000, "influencer", "jakarta"),
    "cekdulu": acct("cekdulu_id", "Cek Dulu Baru Sebar", 64_500, "influencer", "jakarta"),
}  # fmt: skip


def _followers(rng: Random) -> int:
    """A heavy-tailed follower count: median about 180, a few above 10 000."""
    return max(3, int(math.exp(rng.gauss(5.2, 1.55))))


def _handle(rng: Random, first: str, last: str, region: str, style: str) -> str:
    f, last_l = first.lower(), last.lower()
    place = rng.choice(PLACES[region])
    num = str(rng.choice((rng.randint(1, 99), rng.randint(100, 999), rng.randint(1980, 2006))))
    word = rng.choice(WORDS)
    if style == "facebook":
        return rng.choice((f"{f}.{last_l}", f"{f}.{last_l}.{num}", f"{f}{last_l}{num}", f"{f}.{place}"))
    options = (
        f"{f}{last_l}", f"{f}_{last_l[:4]}", f"{f}{num}", f"{word}{f}", f"{word}_{place}",
        f"{f}_{place}", f"{f}.{last_l}", f"{f}{last_l[:1]}_", f"{word}{word}{num}",
        f"{f}{place}{num}", f"{word}_{f}{num}", f"its{f}{last_l[:3]}",
    )  # fmt: skip
    handle = rng.choice(options)
    if style == "x":
        handle = handle.replace(".", "_")
    return handle[:24]


def _display(rng: Random, first: str, last: str, handle: str, style: str) -> str:
    if style == "facebook" or style == "youtube":
        return f"{first} {last}" if rng.random() < 0.8 else f"{first} {last[:1]}."
    return rng.choice((
        f"{first} {last}", first, f"{first} {last[:1]}.", f"{first} | {rng.choice(('smg', 'jateng', 'pantura'))}",
        handle.replace("_", " ").title(), f"{first} 🌻", f"{first} {last}🇮🇩", f"mas {first.lower()}",
    ))  # fmt: skip


class Accounts:
    """Deterministic pools of invented accounts per channel, with a few prolific ones."""

    SIZES = {"x": 1400, "facebook": 600, "instagram": 500, "tiktok": 420, "youtube": 260}

    def __init__(self, seed: int) -> None:
        rng = Random(f"sigap-demo-accounts|{seed}")
        self.pools: dict[str, list[Account]] = {}
        self.cum: dict[str, list[float]] = {}
        regions = [r for r, _ in REGION_WEIGHTS]
        weights = [w for _, w in REGION_WEIGHTS]
        for channel, size in self.SIZES.items():
            seen: set[str] = {a.handle for a in KNOWN.values()}
            pool: list[Account] = []
            while len(pool) < size:
                female = rng.random() < 0.48
                first = rng.choice(FIRST_F if female else FIRST_M)
                last = rng.choice(LAST_F if female else LAST_M)
                region = rng.choices(regions, weights)[0]
                handle = _handle(rng, first, last, region, channel)
                if handle in seen:
                    continue
                seen.add(handle)
                pool.append(Account(handle, _display(rng, first, last, handle, channel),
                                    _followers(rng), "citizen", region))  # fmt: skip
            self.pools[channel] = pool
            # Zipf-like reuse: low ranks post often
            self.cum[channel] = list(accumulate(1.0 / (i + 12) ** 0.85 for i in range(size)))

    def pick(self, rng: Random, channel: str, region: str = "") -> Account:
        pool, cum = self.pools[channel], self.cum[channel]
        for _ in range(3 if region else 1):
            account = pool[bisect_right(cum, rng.random() * cum[-1])]
            if not region or account.region == region:
                return account
        return account

    def buzzers(self, seed: int, count: int) -> list[Account]:
        """Look-alike low-follower accounts for the coordinated hashtag push."""
        rng = Random(f"sigap-demo-buzzers|{seed}")
        stems = ("rakyatbergerak", "suararakyat", "wargajateng", "pemudabangkit", "rakyatjelata",
                 "bersatulawan", "jatengmelawan", "suaraburuh", "rakyatkecil", "anakbangsa")  # fmt: skip
        names = ("Rakyat Biasa", "Suara Rakyat", "Pemuda Bangkit 🇮🇩", "Warga Jateng", "Rakyat Kecil",
                 "Anak Bangsa", "Buruh Bersatu", "Rakyat Melawan ✊", "Jateng Bergerak", "Suara Akar Rumput")  # fmt: skip
        out: list[Account] = []
        seen: set[str] = set()
        while len(out) < count:
            handle = f"{rng.choice(stems)}{rng.choice(('', '_', '0'))}{rng.randint(10, 9999)}"
            if handle in seen:
                continue
            seen.add(handle)
            out.append(Account(handle, rng.choice(names), rng.randint(4, 160), "buzzer", "semarang"))
        return out
