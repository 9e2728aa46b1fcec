"""Sample posts of the issue tests."""

#: A flood in Demak, as citizens post about it (tests/test_issues_tracking.py, tests/test_issues_drill.py).
FLOOD = [
    "Tanggul Sungai Wulan jebol, banjir merendam desa di Demak. Warga mengungsi ke posko, satu korban meninggal.",
    "Banjir Demak makin parah setelah tanggul Sungai Wulan jebol, ribuan warga mengungsi dan korban bertambah.",
    "Tanggul jebol di Demak, banjir setinggi dada. Warga minta evakuasi, korban meninggal dunia satu orang.",
    "Korban banjir Demak belum dapat bantuan, tanggul Sungai Wulan jebol sejak pagi, pengungsi kedinginan.",
    "Banjir besar di Demak, tanggul Sungai Wulan jebol. Evakuasi warga terus berjalan, korban jiwa bertambah.",
    "Pemkab Demak lamban, banjir akibat tanggul Sungai Wulan jebol, pengungsi kekurangan makanan dan selimut.",
    "Tolong warga Demak! Banjir karena tanggul Sungai Wulan jebol, banyak korban dan pengungsi butuh bantuan.",
    "Banjir Demak: tanggul Sungai Wulan jebol, jalan Pantura ditutup, ribuan pengungsi di posko darurat.",
]
