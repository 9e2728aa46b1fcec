"""People, organisations and places in Indonesian text (sigap.text.entities)."""

from __future__ import annotations

import pytest

from sigap.text.entities import (
    MODEL_NAME,
    MODEL_VERSION,
    Entity,
    EntityTagger,
    bio_spans,
    entity_scores,
    extract_entities,
    extract_entities_many,
    map_tag,
    read_bio,
)


def found(text: str) -> set[tuple[str, str, str | None]]:
    return {(e.type, e.text, e.region_code) for e in extract_entities(text)}


def test_person_place_and_district_in_a_news_sentence():
    ents = found("Bupati Demak Haryo Setiabudi meninjau pengungsi di Kecamatan Karanganyar.")
    assert ("PER", "Haryo Setiabudi", None) in ents
    assert ("LOC", "Demak", "33.21") in ents
    assert ("LOC", "Kecamatan Karanganyar", "33.21.09") in ents  # Karanganyar in Demak


def test_regional_office_is_one_organisation_linked_to_its_region():
    ents = found("BPBD Jawa Tengah mengirim perahu karet ke lokasi banjir.")
    assert ("ORG", "BPBD Jawa Tengah", "33") in ents
    assert not any(t == "LOC" for t, _, _ in ents)
    assert ("ORG", "Pemkot Semarang", "33.74") in found("Pemkot Semarang menutup jalan yang tergenang.")


def test_government_bodies_and_people():
    assert ("PER", "Saifullah Yusuf", None) in found("Menteri Sosial Saifullah Yusuf meninjau lokasi longsor.")
    ents = found("Tim BNPB meninjau lokasi longsor di Kabupaten Banjarnegara, Jawa Tengah.")
    assert ("ORG", "BNPB", None) in ents
    assert ("LOC", "Kabupaten Banjarnegara", "33.04") in ents
    assert ("LOC", "Jawa Tengah", "33") in ents


def test_city_versus_regency_of_the_same_name():
    assert ("LOC", "Kabupaten Semarang", "33.22") in found("Jalan di Kabupaten Semarang rusak parah.")
    assert ("LOC", "Semarang", "33.74") in found("Banjir rob kembali melanda Semarang.")


def test_informal_lower_case_post():
    ents = found("banjir di demak makin parah, bpbd jateng kemana aja?? 😡")
    assert ("ORG", "bpbd jateng", "33") in ents
    assert ("LOC", "demak", "33.21") in ents


def test_offsets_point_into_the_original_text():
    text = "<p>Wali Kota Semarang <b>Agustina Wilujeng</b> meninjau banjir</p> https://x.id"
    ents = extract_entities(text)
    assert ents
    for e in ents:
        assert isinstance(e, Entity)
        assert text[e.start : e.end] == e.text
        assert e.type in ("PER", "ORG", "LOC")


def test_batch_gives_the_same_result_as_one_by_one():
    texts = [
        "Gubernur Jawa Barat meninjau Bogor.",
        "",
        "Kapolda Jateng datang ke Kudus.",
        "Presiden Prabowo Subianto tiba di Jakarta.",
    ]
    assert extract_entities_many(texts) == [extract_entities(t) for t in texts]


def test_model_name_and_version_are_exposed():
    tagger = EntityTagger.load()
    assert MODEL_NAME.startswith("sigap-ner") and MODEL_VERSION.count(".") == 2
    assert (tagger.name, tagger.version) == (MODEL_NAME, MODEL_VERSION)


@pytest.mark.parametrize(
    "bad",
    [
        "",
        " \n\t ",
        "😀😂🙏🔥",
        "\ud800\udfff lone \ud83d surrogates",
        None,
        42,
        b"bytes",
        "<div><script>alert(1)</script>&nbsp;&amp;</div>",
        "ا" * 500,
        "Demak " * 20_000,
        "x" * 100_000,
    ],
)
def test_bad_input_never_raises(bad):
    ents = extract_entities(bad)
    assert isinstance(ents, list)
    for e in ents:
        assert bad[e.start : e.end] == e.text


def test_tag_schemes_are_mapped_to_three_types():
    assert map_tag("B-PERSON") == ("B", "PER")
    assert map_tag("I-PPL") == ("I", "PER")
    assert map_tag("B-PLACE") == ("B", "LOC") == map_tag("B-PLC")
    assert map_tag("I-ORGANISATION") == ("I", "ORG") == map_tag("I-IND")
    assert map_tag("B-EVT") == ("O", None) == map_tag("I-FNB")
    assert map_tag("S-LOC") == ("B", "LOC") and map_tag("LOC") == ("I", "LOC")
    # IOB1 (an entity may start with I-) and BIO give the same spans
    assert bio_spans(["I-PER", "I-PER", "O", "B-LOC"]) == [("PER", 0, 2), ("LOC", 3, 4)]
    assert bio_spans(["B-PER", "I-ORG", "I-ORG"]) == [("PER", 0, 1), ("ORG", 1, 3)]


def test_reading_bio_files_and_scoring(tmp_path):
    path = tmp_path / "mini.txt"
    path.write_text(
        "Jokowi\tB-PPL\nke\tO\nDemak\tB-PLC\n\nBNPB B-IND\ndatang O\npesta B-EVT\n\nMenteri NOUN O\nSosial NOUN O\n",
        encoding="utf-8",
    )
    sentences = read_bio(path)
    assert sentences == [
        (["Jokowi", "ke", "Demak"], ["B-PER", "O", "B-LOC"]),
        (["BNPB", "datang", "pesta"], ["B-ORG", "O", "O"]),
        (["Menteri", "Sosial"], ["O", "O"]),
    ]
    gold = [tags for _, tags in sentences]
    pred = [["B-PER", "O", "B-ORG"], ["B-ORG", "O", "O"], ["B-ORG", "I-ORG"]]
    scores = entity_scores(gold, pred)
    assert scores["overall"]["precision"] == pytest.approx(2 / 4)
    assert scores["overall"]["recall"] == pytest.approx(2 / 3)
    assert scores["per_type"]["LOC"]["recall"] == 0.0


def test_tagger_on_pretokenised_sentences():
    (tags,) = EntityTagger.load().tag([["Presiden", "Joko", "Widodo", "tiba", "di", "Surabaya", "."]])
    assert bio_spans(tags) == [("PER", 1, 3), ("LOC", 5, 6)]


# --- shouting, Title Case and ordinary-word place names ------------------------------------


def test_shouted_word_does_not_extend_a_place():
    ents = found("TOLONG tanggul di Demak JEBOL, MOHON BANTUAN BPBD")
    assert ("LOC", "Demak", "33.21") in ents
    assert not any("JEBOL" in text for _, text, _ in ents)


def test_shouted_request_is_no_organisation():
    assert found("MOHON BANTUAN Pemkab Demak untuk warga") == {("ORG", "Pemkab Demak", "33.21")}


def test_shouted_word_at_the_start_is_no_organisation():
    assert found("VIRAL video warga Semarang dorong mobil mogok") == {("LOC", "Semarang", "33.74")}
    assert found("DARURAT banjir Demak") == {("LOC", "Demak", "33.21")}


def test_shouted_slang_is_no_organisation():
    assert found("RAME BANGET di Simpang Lima malam ini") == {("LOC", "Simpang Lima", None)}


def test_shouted_common_word_missing_from_the_root_words_is_no_name():
    assert found("SEMARANG HUJAN DERAS, hati2 di jalan") == {("LOC", "SEMARANG", "33.74")}


def test_shouted_three_letter_interjection_is_no_organisation():
    assert found("OTW ke Kendal bawa bantuan") == {("LOC", "Kendal", "33.24")}


def test_shouted_word_before_an_office_stays_out_of_it():
    assert ("ORG", "Pemkot Semarang", "33.74") in found("TOLONG Pemkot Semarang perbaiki lampu jalan")


def test_acronym_spelt_out_by_the_next_words_stays_one_organisation():
    assert found("pasukan PETA Pembela Tanah Air dibentuk 1943") == {("ORG", "PETA Pembela Tanah Air", None)}


def test_acronym_in_common_use_stays_an_organisation():
    assert found("warga minta BUMN bantu korban banjir") == {("ORG", "BUMN", None)}


def test_name_in_common_use_is_not_shouting():
    assert found("pak JOKOWI tolong lihat jalan rusak ini") == {("PER", "JOKOWI", None)}


def test_verb_after_a_person_in_an_all_caps_headline_is_not_part_of_the_name():
    ents = found("GANJAR DAN YASIN HADIRI PERESMIAN JEMBATAN DI KENDAL")
    assert ("PER", "YASIN", None) in ents
    assert not any("HADIRI" in text for _, text, _ in ents)


def test_places_and_offices_in_a_shouted_post_are_still_found():
    assert found("BANJIR DI DEMAK PARAH, MOHON BANTUAN BPBD DAN PLN") == {
        ("LOC", "DEMAK", "33.21"),
        ("ORG", "BPBD", None),
        ("ORG", "PLN", None),
    }


def test_acronyms_stay_organisations():
    ents = found("KPK dan TNI membantu; PLN padamkan listrik, BPBD Demak dan DPRD Demak rapat.")
    assert {
        ("ORG", "KPK", None),
        ("ORG", "TNI", None),
        ("ORG", "PLN", None),
        ("ORG", "BPBD Demak", "33.21"),
        ("ORG", "DPRD Demak", "33.21"),
    } <= ents


def test_names_in_an_all_caps_headline_are_still_found():
    ents = found("KAPOLRES DEMAK AKBP BUDI SANTOSO TINJAU LOKASI BANJIR")
    assert ("LOC", "DEMAK", "33.21") in ents
    assert ("PER", "BUDI SANTOSO", None) in ents


def test_title_case_headline_does_not_make_every_word_a_name():
    assert found("Serang Diguyur Hujan Deras, Puluhan Rumah Terendam") == {("LOC", "Serang", "36.73")}


def test_ordinary_word_is_no_place():
    assert not any(code for _, _, code in found("Puncak musim hujan diprediksi Januari, warga diminta waspada."))
    assert not any(code for _, _, code in found("Batu bata skrg mahal bgt"))


def test_place_inside_a_title_gets_its_code():
    assert ("LOC", "Medan", "12.71") in found("Wali Kota Medan meminta warga tidak membuang sampah ke parit.")


def test_several_places_in_one_span_are_linked_each():
    ents = found("listrik di Kec. Wedung Demak padam dari semalem")
    assert ("LOC", "Kec. Wedung", "33.21.13") in ents
    assert ("LOC", "Demak", "33.21") in ents
