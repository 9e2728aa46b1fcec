"""Criticism of the government or of an office ("kritik terhadap pemerintah/instansi"), apart from mood.

Mood and criticism differ: a flood, an accident or a bad online shop make a text negative but
criticise no one; "Bupati resmikan jembatan" names an official without judging; "Makasih pak
bupati, jalannya mulus kayak bulan 🙏" is cheerful in words and critical in fact. So a text is
scored critical when it names a target (a government body, an official, a public service, or a
mention of an official account) *and* judges it: complaint words, demands, sarcasm, or a
negative mood while the target is named. Without a target, only heavy complaint language counts.

The score is a probability-like value in 0..1 from a small hand-set logistic combination; the
rules and the evaluation are in ``models/criticism.md``. Pure Python; works on the normalised
text (``sigap.text.normalize``) plus the raw text for account handles, which normalisation hides.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

MODEL_NAME = "sigap-kritik-aturan"
MODEL_VERSION = "1.0.0"
THRESHOLD = 0.5
"""A score at or above this is shown as "kritik"."""

#: Government bodies and officials (normalised spelling). A phrase matches on word boundaries.
TARGETS = (
    "pemerintah",
    "pemda",
    "pemkab",
    "pemkot",
    "pemprov",
    "pemdes",
    "pemerintahan",
    "bupati",
    "wabup",
    "wakil bupati",
    "wali kota",
    "walikota",
    "wawali",
    "gubernur",
    "wagub",
    "camat",
    "lurah",
    "kelurahan",
    "kecamatan",
    "kades",
    "kepala desa",
    "perangkat desa",
    "sekda",
    "dinas",
    "dishub",
    "dinkes",
    "disdik",
    "dispendukcapil",
    "disdukcapil",
    "dukcapil",
    "bpbd",
    "satpol pp",
    "satpol",
    "dprd",
    "dpr",
    "dewan",
    "anggota dewan",
    "wakil rakyat",
    "menteri",
    "kementerian",
    "presiden",
    "istana",
    "pejabat",
    "aparat",
    "aparatur",
    "petugas",
    "pegawai",
    "pns",
    "asn",
    "birokrasi",
    "instansi",
    "humas",
    "kominfo",
    "diskominfo",
    "puskesmas",
    "rsud",
    "pdam",
    "pln",
    "polisi",
    "polres",
    "polsek",
    "kapolres",
    "penguasa",
    "rezim",
    "negara",
    "ombudsman",
)

#: Public services and policies: criticising them is criticising whoever runs them.
SERVICES = (
    "pelayanan",
    "layanan",
    "pelayanan publik",
    "bansos",
    "bantuan sosial",
    "anggaran",
    "apbd",
    "kebijakan",
    "program",
    "proyek",
    "tarif",
    "retribusi",
    "pajak",
    "izin",
    "perizinan",
    "janji kampanye",
    "janji",
    "jalan rusak",
    "jalan berlubang",
    "lampu jalan",
    "sampah",
    "laporan",
    "lapor",
    "aduan",
    "pengaduan",
    "regulasi",
    "perda",
    "jalan",
    "jembatan",
    "trotoar",
    "drainase",
    "saluran",
    "normalisasi",
    "penerangan jalan",
    "listrik",
    "pemadaman",
    "air bersih",
    "sekolah negeri",
    "rumah sakit",
    "bpjs",
    "kk",
    "ktp",
    "e-ktp",
    "akta",
    "adminduk",
    "samsat",
    "sim",
    "blt",
    "pkh",
    "bantuan",
    "subsidi",
    "pupuk",
    "relokasi",
    "stunting",
    "pungutan",
    "sumbangan",
)

#: Judging words: what a citizen says about a service or official that failed them.
COMPLAINTS = (
    "tidak becus",
    "becus",
    "lambat",
    "lamban",
    "lelet",
    "lemot",
    "tidak ditanggapi",
    "tidak ditanggepin",
    "tidak direspon",
    "tidak ada tindak lanjut",
    "tidak ada respon",
    "tidak ada solusi",
    "tanpa solusi",
    "dibiarkan",
    "abai",
    "mengabaikan",
    "tidak peduli",
    "cuek",
    "tutup mata",
    "pungli",
    "pungutan liar",
    "korupsi",
    "korup",
    "suap",
    "gratifikasi",
    "nepotisme",
    "pencitraan",
    "makan gaji buta",
    "gaji buta",
    "mangkrak",
    "tidak tepat sasaran",
    "salah sasaran",
    "maladministrasi",
    "mempersulit",
    "dipersulit",
    "berbelit",
    "bertele",
    "ingkar janji",
    "janji palsu",
    "omong kosong",
    "hanya janji",
    "cuma janji",
    "percuma",
    "mengecewakan",
    "kecewa",
    "buruk",
    "parah",
    "amburadul",
    "semrawut",
    "tidak transparan",
    "tidak profesional",
    "arogan",
    "sewenang",
    "gusur",
    "menggusur",
    "mahal",
    "memberatkan",
    "menyengsarakan",
    "sengsara",
    "tidak adil",
    "diskriminatif",
    "pemborosan",
    "boros",
    "foto-foto",
    "studi banding",
    "tidak ada",
    "mati terus",
    "rusak",
    "tak kunjung",
    "tidak kunjung",
    "belum juga",
    "belum jadi",
    "belum cair",
    "tidak cair",
    "gagal",
    "langka",
    "kelangkaan",
    "ditolak",
    "menolak",
    "nolak",
    "bolong",
    "berlubang",
    "retak",
    "ambles",
    "keruh",
    "dipotong",
    "tanpa pemberitahuan",
    "sepihak",
    "antrean panjang",
    "berjam-jam",
    "geram",
    "resah",
    "kesal",
    "menjerit",
    "mengeluh",
    "keluhkan",
    "mengeluhkan",
    "dikeluhkan",
    "keluhan",
    "abal-abal",
    "asal-asalan",
    "kebalik",
    "dijanjikan",
    "dijanjiin",
    "sampai sekarang",
    "tidak jelas",
    "mati lagi",
    "lagi-lagi",
)

#: Demands and pointed questions addressed to someone responsible.
DEMANDS = (
    "tolong",
    "mohon diperbaiki",
    "segera perbaiki",
    "kapan diperbaiki",
    "kapan dibenerin",
    "kapan",
    "kemana",
    "ke mana",
    "ngapain",
    "gimana sih",
    "bagaimana sih",
    "mundur",
    "copot",
    "usut",
    "tuntut",
    "menuntut",
    "protes",
    "memprotes",
    "demo",
    "unjuk rasa",
    "kerja dong",
    "jangan cuma",
    "diminta",
    "desak",
    "mendesak",
    "kritik",
    "mengkritik",
    "menyoroti",
    "minta pertanggungjawaban",
    "kecam",
    "mengecam",
    "soroti",
    "sorot",
    "pertanyakan",
    "mempertanyakan",
    "tolak",
    "gugat",
    "menggugat",
    "adukan",
    "mengadu",
    "aduan",
    "tagih",
    "menagih",
    "dinilai",
    "katanya",
)

#: Praise turned round: cheerful words about a bad state of things.
SARCASM = (
    "mulus kayak bulan",
    "mulus seperti bulan",
    "jadi kolam",
    "kolam renang",
    "hebat ya",
    "hebat sekali ya",
    "mantap pak",
    "prestasi luar biasa",
    "luar biasa pak",
    "selamat ya",
    "terima kasih pak",
    "terima kasih bu",
)

#: Fragments of account handles of government offices (``@pemkotsmg``, ``@humasdemak``).
HANDLE_PARTS = (
    "pemkot",
    "pemkab",
    "pemprov",
    "humas",
    "kominfo",
    "dinas",
    "dishub",
    "bpbd",
    "polres",
    "polda",
    "dprd",
    "gubernur",
    "bupati",
    "walikota",
    "kemen",
    "pdam",
    "pln",
    "lapor",
)


def _pattern(words: Sequence[str]) -> re.Pattern[str]:
    alternatives = sorted({re.escape(w) for w in words}, key=len, reverse=True)
    # Possessive endings stay the same word: "pejabatnya", "dinasnya", "pemdanya".
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?:nya|ku|mu)?(?![\w-])")


_ENDINGS = ("nya", "ku", "mu")


def _terms(words: Sequence[str]) -> tuple[re.Pattern[str], frozenset[str]]:
    """The list's pattern, and the first word of each term: a list none of whose first words is
    among the text's words cannot match, so its pattern is not run (most posts name few)."""
    return _pattern(words), frozenset(w.split()[0] for w in words)


_TARGET = _terms(TARGETS)
_SERVICE = _terms(SERVICES)
_COMPLAINT = _terms(COMPLAINTS)
_DEMAND = _terms(DEMANDS)
_SARCASM = _terms(SARCASM)
_HANDLE = re.compile(r"@(\w+)")


def _words(normalized: str) -> set[str]:
    words = set(normalized.split())
    words.update(w[: -len(e)] for w in list(words) for e in _ENDINGS if w.endswith(e))
    return words


def _count(terms: tuple[re.Pattern[str], frozenset[str]], normalized: str, words: set[str]) -> int:
    pattern, first = terms
    return 0 if words.isdisjoint(first) else len(pattern.findall(normalized))


# Weights of the combination, fitted by logistic regression (C=1) on 80 examples written for the
# purpose (models/criticism.md); the held-out set in evaldata/criticism.tsv was not used. A judged
# target is what counts; negative mood helps only when something is aimed at.
_BIAS = -2.34
_W_TARGET = 0.09
_W_SERVICE = 1.58
_W_JUDGE_WITH_TARGET = 2.62
_W_JUDGE_ALONE = 0.32
_W_NEGATIVE_WITH_TARGET = 0.73
_W_NEGATIVE_ALONE = -0.52
_W_SARCASM = 1.11


@dataclass(frozen=True, slots=True)
class Criticism:
    score: float  # 0..1
    critical: bool
    reasons: tuple[str, ...]  # which signals fired: sasaran, layanan, keluhan, tuntutan, sindiran, nada negatif


def _handle_target(raw: str) -> bool:
    return any(part in handle.lower() for handle in _HANDLE.findall(raw) for part in HANDLE_PARTS)


def score_one(normalized: str, raw: str = "", negative: float = 0.0) -> Criticism:
    """Criticism of one text; ``negative`` is the sentiment model's probability of "negatif"."""
    words = _words(normalized)
    target = _count(_TARGET, normalized, words) > 0 or ("@" in raw and _handle_target(raw))
    service = _count(_SERVICE, normalized, words) > 0
    complaints = _count(_COMPLAINT, normalized, words)
    demand = _count(_DEMAND, normalized, words) > 0
    sarcasm = _count(_SARCASM, normalized, words) > 0
    judge = min(complaints, 2) + (1 if demand else 0)
    aimed = 1.0 if target else (0.6 if service else 0.0)
    z = _BIAS + _W_TARGET * target + _W_SERVICE * service
    z += (_W_JUDGE_WITH_TARGET * aimed + _W_JUDGE_ALONE * (1 - aimed)) * judge
    z += (_W_NEGATIVE_WITH_TARGET * aimed + _W_NEGATIVE_ALONE * (1 - aimed)) * max(0.0, min(1.0, negative))
    z += _W_SARCASM * sarcasm * aimed
    value = 1.0 / (1.0 + math.exp(-z))
    reasons = tuple(
        name
        for name, on in (
            ("sasaran", target),
            ("layanan", service),
            ("keluhan", complaints > 0),
            ("tuntutan", demand),
            ("sindiran", sarcasm and aimed > 0),
            ("nada negatif", negative >= 0.5),
        )
        if on
    )
    return Criticism(round(value, 4), value >= THRESHOLD, reasons)


def score(normalized: Sequence[str], raw: Sequence[str], negative: Sequence[float]) -> list[Criticism]:
    return [score_one(n, r, p) for n, r, p in zip(normalized, raw, negative, strict=True)]
