"""Image redaction for released scans: the officer's boxes are solid black and the file's metadata is gone
(sigap/lib/image_redaction.py)."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from sigap.lib.image_redaction import BoxOutsideImage, UnreadableImage, redact_image
from sigap.lib.pdf_redaction import Box

# The left half of the top quarter: where the KTP's NIK would be on the officer's scan.
NIK_AREA = Box(0, 0.0, 0.0, 0.5, 0.25)


def _scan(fmt: str, **save) -> bytes:
    """A white 400×200 "scan" with a grey line of text in the NIK area and EXIF naming the camera."""
    image = Image.new("RGB", (400, 200), "white")
    image.paste((90, 90, 90), (20, 20, 180, 40))
    exif = Image.Exif()
    exif[0x010F] = "Kamera Kantor"  # Make
    exif[0x0131] = "Ponsel Petugas"  # Software
    out = io.BytesIO()
    image.save(out, fmt, exif=exif, **save)
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["JPEG", "PNG"])
def test_the_pixels_inside_the_box_are_black(fmt):
    data, _ct, count = redact_image(_scan(fmt), [NIK_AREA])
    image = Image.open(io.BytesIO(data)).convert("RGB")
    assert count == 1
    assert all(sum(image.getpixel((x, y))) < 30 for x in range(0, 199, 7) for y in range(0, 49, 7))


def test_the_pixels_outside_the_box_are_kept():
    data, _ct, _count = redact_image(_scan("PNG"), [NIK_AREA])
    assert Image.open(io.BytesIO(data)).convert("RGB").getpixel((300, 150)) == (255, 255, 255)


@pytest.mark.parametrize("fmt", ["JPEG", "PNG"])
def test_the_exif_is_gone(fmt):
    original = _scan(fmt)
    assert dict(Image.open(io.BytesIO(original)).getexif())  # the fixture really carries EXIF
    data, _ct, _count = redact_image(original, [NIK_AREA])
    redacted = Image.open(io.BytesIO(data))
    assert not dict(redacted.getexif()) and "exif" not in redacted.info
    assert b"Kamera Kantor" not in data


def test_the_copy_keeps_the_format_of_the_upload():
    assert redact_image(_scan("JPEG"))[1] == "image/jpeg"
    assert redact_image(_scan("PNG"))[1] == "image/png"


def test_a_box_on_page_2_is_refused():
    with pytest.raises(BoxOutsideImage):
        redact_image(_scan("PNG"), [Box(1, 0.1, 0.1, 0.2, 0.2)])


def test_a_damaged_image_is_refused():
    with pytest.raises(UnreadableImage):
        redact_image(_scan("JPEG")[:200])
    with pytest.raises(UnreadableImage):
        redact_image(b"\x89PNG\r\n\x1a\n" + b"\x00" * 200)
