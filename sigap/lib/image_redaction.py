"""Redact a scanned image (a KTP photo, a scanned letter) for the public archive: for PPID releases.

An image has no text layer to search, so only the officer's boxes (sigap/lib/pdf_redaction.py's
``page, left, top, right, bottom`` in percent, page 1 only) are painted solid black. The pixels are
copied into a fresh image before encoding, so nothing of the original file survives but the picture:
no EXIF (camera, GPS position, time taken), no ICC profile, no text chunks, no thumbnail.

Pure: no Django.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Final

from PIL import Image, ImageDraw, ImageOps, UnidentifiedImageError

from .pdf_redaction import Box

__all__ = ["FORMATS", "BoxOutsideImage", "UnreadableImage", "redact_image"]

# The content type of the upload -> Pillow's encoder; the redacted copy keeps the upload's format.
FORMATS: Final = {"image/jpeg": "JPEG", "image/png": "PNG"}


class UnreadableImage(ValueError):
    """Pillow cannot decode the file (damaged, truncated, or not a JPEG/PNG)."""


class BoxOutsideImage(ValueError):
    """A box names a page other than 1: an image has one page."""

    def __init__(self, box: Box) -> None:
        super().__init__(box)
        self.box = box


def redact_image(data: bytes, extra_boxes: Sequence[Box] = ()) -> tuple[bytes, str, int]:
    """``data`` re-encoded without metadata, ``extra_boxes`` painted black: (bytes, content type, box count)."""
    for box in extra_boxes:
        if box.page != 0:
            raise BoxOutsideImage(box)
    try:
        with Image.open(io.BytesIO(data)) as source:
            fmt = source.format
            if fmt not in FORMATS.values():
                raise UnreadableImage(f"format {fmt}")
            # The officer measures the picture as it is shown, i.e. after the EXIF rotation.
            image = ImageOps.exif_transpose(source).convert("RGB")
    except (OSError, UnidentifiedImageError, Image.DecompressionBombError, SyntaxError) as exc:
        raise UnreadableImage(str(exc)) from exc
    clean = Image.frombytes("RGB", image.size, image.tobytes())  # pixels only: no info, no EXIF
    draw = ImageDraw.Draw(clean)
    w, h = clean.size
    for box in extra_boxes:
        draw.rectangle((box.left * w, box.top * h, box.right * w, box.bottom * h), fill="black")
    out = io.BytesIO()
    if fmt == "JPEG":
        clean.save(out, "JPEG", quality=90)
    else:
        clean.save(out, "PNG", optimize=True)
    content_type = next(ct for ct, name in FORMATS.items() if name == fmt)
    return out.getvalue(), content_type, len(extra_boxes)
