"""PDF redaction removes the content for real: the published copy has no text layer, and the personal data
is painted over on the page image (sigap/lib/pdf_redaction.py)."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest

from sigap.lib.pdf_redaction import DPI, Box, BoxSyntaxError, UnreadablePDF, page_image, parse_boxes, redact_pdf

NIK = "3321014501900001"
HTML = f"""<p style="font-size:16pt">Daftar penerima bansos 2025</p>
<p style="font-size:16pt">NIK pemohon {NIK}</p>
<p style="font-size:16pt">Telepon 0812-3456-7890, e-mail siti@example.id</p>
<p style="font-size:16pt">Nama Siti Rahayu</p>"""


@pytest.fixture(scope="module")
def original() -> bytes:
    from weasyprint import HTML as Page

    return Page(string=HTML).write_pdf()


def _pixels_of(data: bytes, text: str) -> tuple[int, int, int, int]:
    """The pixel box (at DPI) of ``text`` on page 1 of ``data``, found in its text layer."""
    pdf = pdfium.PdfDocument(data)
    page = pdf[0]
    textpage = page.get_textpage()
    searcher = textpage.search(text)
    start, count = searcher.get_next()
    boxes = [textpage.get_charbox(i) for i in range(start, start + count)]
    height = page.get_height()
    scale = DPI / 72
    left, right = min(b[0] for b in boxes), max(b[2] for b in boxes)
    bottom, top = min(b[1] for b in boxes), max(b[3] for b in boxes)
    return int(left * scale), int((height - top) * scale), int(right * scale), int((height - bottom) * scale)


def _dark_share(image, box) -> float:
    pixels = list(image.crop(box).convert("L").getdata())
    return sum(1 for p in pixels if p < 40) / len(pixels)


def test_the_redacted_pdf_has_no_text_left(original):
    redacted, _ = redact_pdf(original, name="Siti Rahayu")
    pdf = pdfium.PdfDocument(io.BytesIO(redacted))
    assert all(pdf[i].get_textpage().get_text_range().strip() == "" for i in range(len(pdf)))
    assert NIK.encode() not in redacted


def test_the_nik_is_painted_black(original):
    redacted, _ = redact_pdf(original)
    where = _pixels_of(original, NIK)
    assert _dark_share(page_image(redacted), where) > 0.95
    assert _dark_share(page_image(original), where) < 0.5  # the original page is not black there


def test_text_without_personal_data_stays_readable(original):
    redacted, _ = redact_pdf(original)
    assert _dark_share(page_image(redacted), _pixels_of(original, "Daftar penerima bansos")) < 0.5


@pytest.mark.parametrize("text", ["0812-3456-7890", "siti@example.id", "Siti Rahayu"])
def test_phone_email_and_the_requesters_name_are_painted_black(original, text):
    redacted, _ = redact_pdf(original, name="Siti Rahayu")
    assert _dark_share(page_image(redacted), _pixels_of(original, text)) > 0.95


def test_an_officer_box_is_painted_black(original):
    redacted, _ = redact_pdf(original, extra_boxes=[Box(0, 0.5, 0.5, 0.75, 0.75)])
    image = page_image(redacted)
    w, h = image.size
    assert _dark_share(image, (int(w * 0.55), int(h * 0.55), int(w * 0.7), int(h * 0.7))) == 1


def test_officer_boxes_are_read_in_percent_from_the_top_left():
    assert parse_boxes("1, 10, 20, 60, 25\n\n2; 0 0 100 5") == [
        Box(0, 0.1, 0.2, 0.6, 0.25),
        Box(1, 0.0, 0.0, 1.0, 0.05),
    ]


def test_an_officer_box_outside_the_page_names_its_line():
    with pytest.raises(BoxSyntaxError) as exc:
        parse_boxes("1, 10, 20, 60, 25\n1, 60, 20, 10, 25")
    assert exc.value.line_no == 2


def test_a_file_that_is_not_a_pdf_is_refused():
    with pytest.raises(UnreadablePDF):
        redact_pdf(b"%PDF-1.4 not really")
