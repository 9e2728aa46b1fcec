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


@pytest.mark.parametrize("written", ["Kab. Demak", "Kabupaten Demak", "Kab Demak", "Demak", "KABUPATEN DEMAK", "demak"])
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
    assert codes("Banjir di Kecamatan Sayung, Demak") == [("Kecamatan Sayung", "33.21.04"), ("Demak", "33.21")]
    # Karanganyar is a district name in several regencies: linked only with one in sight
    assert ("Kecamatan Karanganyar", "33.21.09") in codes("Kecamatan Karanganyar, Demak")
    assert codes("Kecamatan Karanganyar") == []


def test_bodies_with_and_without_a_region():
    found = [
        (b.text, b.region_code)
        for b in find_bodies("BNPB dan BPBD Jawa Tengah membantu Pemkab Demak; DPRD Kota Semarang rapat.")
    ]
    assert found == [
        ("BNPB", None),
        ("BPBD Jawa Tengah", "33"),
        ("Pemkab Demak", "33.21"),
        ("DPRD Kota Semarang", "33.74"),
    ]
    # the office names the level: Pemkab Semarang is the regency, Pemkot Semarang the city
    assert [b.region_code for b in find_bodies("Pemkab Semarang dan Pemkot Semarang")] == ["33.22", "33.74"]
    assert find_bodies("Kementerian Sosial menyalurkan bansos")[0].name == "Kementerian Sosial"
    assert find_bodies("kata pemerintah kemarin") == []  # 'Pemerintah' needs a region
    assert find_bodies("Polda Metro Jaya")[0].region_code == "31"


def test_short_acronyms_are_case_sensitive():
    assert [b.text for b in find_bodies("MK memutus perkara; mk itu apa")] == ["MK"]


def test_offsets_point_into_the_original_text():
    text = "<p>Banjir di <b>Kab.&nbsp;Demak</b></p> lihat https://x.id/Demak @Demak"
    (match,) = find_regions(text)
    assert text[match.start : match.end] == match.text == "Kab.&nbsp;Demak"


@pytest.mark.parametrize(
    "bad", ["", "   ", "😀😀😀", "\ud800 Demak \udfff", None, 42, "<script>x</script>" * 10, "Demak " * 20_000]
)
def test_bad_input_never_raises(bad):
    result = find_regions(bad)
    assert isinstance(result, list)
    assert isinstance(find_bodies(bad), list)


# --- names that are also ordinary words (sigap.text.places) --------------------------------


def test_sentence_initial_ordinary_word_names_no_region():
    assert codes("Puncak musim hujan diprediksi Januari, warga diminta waspada.") == []


def test_title_case_headline_is_no_evidence():
    assert codes("Harga Batu Bata Naik Jelang Musim Kemarau") == []


def test_all_caps_text_is_no_evidence():
    assert codes("PUNCAK ARUS BALIK DIPREDIKSI MINGGU MALAM") == []


def test_prefix_links_an_ordinary_word_name():
    assert codes("Kekeringan melanda Kabupaten Puncak.") == [("Kabupaten Puncak", "94.05")]
    assert codes("kab. puncak butuh bantuan pangan") == [("kab. puncak", "94.05")]


def test_province_after_the_name_is_evidence_even_across_a_split():
    # Puncak Jaya is in Papua Tengah (94) since 2022; texts still say Papua (91)
    assert codes("puncak jaya, papua tengah lagi ga aman") == [("puncak jaya", "94.02"), ("papua tengah", "94")]
    assert codes("Dua guru dievakuasi dari Puncak Jaya, Papua.")[0] == ("Puncak Jaya", "94.02")


def test_an_office_names_an_ordinary_word_place_in_lower_case():
    assert [(b.text, b.region_code) for b in find_bodies("pemkab puncak lambat bgt")] == [("pemkab puncak", "94.05")]


def test_a_title_or_resident_names_an_ordinary_word_place():
    assert codes("bupati pati harus mundur!!") == [("pati", "33.18")]
    assert codes("warga padang panik") == [("padang", "13.71")]


def test_disaster_verb_names_an_ordinary_word_place():
    assert codes("padang diguncang gempa magnitudo 5,2") == [("padang", "13.71")]
    assert codes("Padang diguncang gempa magnitudo 5,2.") == [("Padang", "13.71")]
    assert codes("GEMPA GUNCANG PADANG, WARGA PANIK") == [("PADANG", "13.71")]


def test_capital_mid_sentence_is_evidence_but_not_inside_a_longer_name():
    assert codes("Banjir kembali merendam Medan, Sumatera Utara.") == [("Medan", "12.71"), ("Sumatera Utara", "12")]
    assert codes("Pendaki itu mencapai Puncak Mandala kemarin.") == []
    assert codes("Luapan Bengawan Solo merendam rumah.") == []


def test_evidence_elsewhere_in_the_text_counts():
    assert codes("Padang berduka. Warga Padang menggelar doa bersama.") == [("Padang", "13.71"), ("Padang", "13.71")]


def test_local_place_named_after_another_region_is_not_linked():
    # Puncak in Bogor (the mountain pass) is not Kabupaten Puncak in Papua
    assert codes("Jalur Puncak Bogor macet total sejak pagi.") == [("Bogor", "32.71")]


def test_name_after_a_geographic_feature_is_not_the_region():
    assert codes("Sungai Kapuas meluap dan merendam Kota Pontianak.") == [("Kota Pontianak", "61.71")]
    assert codes("Danau Toba dipadati wisatawan.") == []
    assert codes("Sudah tiga kali Demak banjir.") == [("Demak", "33.21")]


def test_district_written_before_its_regency():
    assert codes("Gubernur Jateng Tinjau Tanggul Jebol Di Karanganyar Demak") == [
        ("Jateng", "33"),
        ("Karanganyar", "33.21.09"),
        ("Demak", "33.21"),
    ]
    assert codes("Wisatawan memadati Kuta, Badung.") == [("Kuta", "51.03.01"), ("Badung", "51.03")]


def test_district_named_after_its_city():
    assert codes("Banjir di Semarang Timur surut.") == [("Semarang Timur", "33.74.03")]


def test_common_media_abbreviations():
    assert codes("vaksin di puskesmas tangsel buka hari apa") == [("tangsel", "36.74")]


def test_ambiguous_names_are_derived_gazetteer_names():
    from sigap.text.places import AMBIGUOUS_NAMES

    gaz = Gazetteer.load()
    assert {"puncak", "batu", "batu bara", "tanah laut", "pesisir selatan", "malang"} <= AMBIGUOUS_NAMES
    assert "demak" not in AMBIGUOUS_NAMES and "semarang" not in AMBIGUOUS_NAMES
    for name in AMBIGUOUS_NAMES:
        assert gaz.lookup(name), name
