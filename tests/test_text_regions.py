"""The region and government-body gazetteer (sigap.text.regions)."""

from __future__ import annotations

import pytest

from sigap.text.regions import (
    Gazetteer,
    find_bodies,
    find_regions,
    get_region,
    lookup_region,
)


def codes(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.code) for m in find_regions(text)]


def test_all_provinces_and_regencies_with_official_codes():
    gaz = Gazetteer.load()
    assert len(gaz.provinces()) == 38
    assert len(gaz.regencies()) == 514
    assert get_region("33").name == "Jawa Tengah"
    assert get_region("33.21").name == "Kabupaten Demak"
    assert get_region("33.74").name == "Kota Semarang"
    assert get_region("33.22").name == "Kabupaten Semarang"
    assert get_region("96").name == "Papua Barat Daya"  # newest province (2022)
    demak = get_region("33.21")
    assert demak.level == "kabupaten" and demak.province_code == "33"
    assert get_region("33.74").level == "kota"
    assert get_region("99") is None
    assert get_region(None) is None  # type: ignore[arg-type]


def test_every_regency_belongs_to_a_province():
    gaz = Gazetteer.load()
    provinces = {p.code for p in gaz.provinces()}
    for regency in gaz.regencies():
        assert regency.province_code in provinces
        assert regency.name.startswith(("Kabupaten ", "Kota "))
    assert len(gaz.regencies("33")) == 35  # 29 kabupaten + 6 kota in Jawa Tengah


def test_districts_are_listed_under_their_regency():
    names = {d.name for d in Gazetteer.load().districts("33.21")}
    assert {"Mranggen", "Sayung", "Karanganyar", "Demak"} <= names


@pytest.mark.parametrize("written", ["Kab. Demak", "Kabupaten Demak", "Kab Demak", "Demak",
                                     "KABUPATEN DEMAK", "demak"])
def test_ways_of_writing_a_regency(written):
    assert codes(f"Banjir melanda {written} sejak Senin.") == [(written, "33.21")]


def test_city_and_regency_of_the_same_name():
    assert codes("Kota Semarang") == [("Kota Semarang", "33.74")]
    assert codes("Kabupaten Semarang") == [("Kabupaten Semarang", "33.22")]
    assert codes("Kab. Semarang") == [("Kab. Semarang", "33.22")]
    # documented choice: a bare name shared by a city and a regency means the city
    assert codes("Macet parah di Semarang pagi ini") == [("Semarang", "33.74")]
    assert [r.code for r in lookup_region("Semarang")] == ["33.74", "33.22"]


def test_bare_name_prefers_the_province_then_context():
    assert codes("Harga cabai di Jambi naik") == [("Jambi", "15")]
    assert codes("Kota Jambi") == [("Kota Jambi", "15.71")]
    # Kota Banjar (Jawa Barat) by default, Kabupaten Banjar when Kalimantan Selatan is named
    assert codes("Banjir di Banjar") == [("Banjar", "32.79")]
    assert codes("Banjir di Banjar, Kalimantan Selatan")[0] == ("Banjar", "63.03")


def test_provinces_and_their_common_short_names():
    assert codes("Gubernur Jawa Tengah") == [("Jawa Tengah", "33")]
    assert codes("Pemudik dari Jateng dan Jatim") == [("Jateng", "33"), ("Jatim", "35")]
    assert codes("Provinsi DKI Jakarta") == [("Provinsi DKI Jakarta", "31")]
    assert codes("Warga Jakarta Selatan") == [("Jakarta Selatan", "31.74")]
    assert codes("Sumatra Utara") == [("Sumatra Utara", "12")]
    assert codes("Warga Solo antre minyak") == [("Solo", "33.72")]
    assert codes("Wali Kota Semarang") == [("Kota Semarang", "33.74")]


def test_common_words_need_a_capital_letter():
    assert codes("harga batu bata naik, nasib lagi malang") == []
    assert codes("Wisata di Kota Batu dan Malang") == [("Kota Batu", "35.79"), ("Malang", "35.73")]


def test_districts_need_a_prefix_and_a_known_regency():
    assert codes("Banjir di Kecamatan Sayung, Demak") == [
        ("Kecamatan Sayung", "33.21.04"), ("Demak", "33.21")]
    # Karanganyar is a district name in several regencies: linked only with one in sight
    assert ("Kecamatan Karanganyar", "33.21.09") in codes("Kecamatan Karanganyar, Demak")
    assert codes("Kecamatan Karanganyar") == []


def test_bodies_with_and_without_a_region():
    found = [(b.text, b.region_code) for b in find_bodies(
        "BNPB dan BPBD Jawa Tengah membantu Pemkab Demak; DPRD Kota Semarang rapat.")]
    assert found == [("BNPB", None), ("BPBD Jawa Tengah", "33"), ("Pemkab Demak", "33.21"),
                     ("DPRD Kota Semarang", "33.74")]
    # the office names the level: Pemkab Semarang is the regency, Pemkot Semarang the city
    assert [b.region_code for b in find_bodies("Pemkab Semarang dan Pemkot Semarang")] == [
        "33.22", "33.74"]
    assert find_bodies("Kementerian Sosial menyalurkan bansos")[0].name == "Kementerian Sosial"
    assert find_bodies("kata pemerintah kemarin") == []  # 'Pemerintah' needs a region
    assert find_bodies("Polda Metro Jaya")[0].region_code == "31"


def test_short_acronyms_are_case_sensitive():
    assert [b.text for b in find_bodies("MK memutus perkara; mk itu apa")] == ["MK"]


def test_offsets_point_into_the_original_text():
    text = "<p>Banjir di <b>Kab.&nbsp;Demak</b></p> lihat https://x.id/Demak @Demak"
    (match,) = find_regions(text)
    assert text[match.start:match.end] == match.text == "Kab.&nbsp;Demak"


@pytest.mark.parametrize("bad", ["", "   ", "😀😀😀", "\ud800 Demak \udfff", None, 42,
                                 "<script>x</script>" * 10, "Demak " * 20_000])
def test_bad_input_never_raises(bad):
    result = find_regions(bad)
    assert isinstance(result, list)
    assert isinstance(find_bodies(bad), list)
