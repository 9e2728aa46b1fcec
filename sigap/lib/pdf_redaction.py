"""Redact a PDF so the removed content is really gone: for documents the PPID publishes.

Blacking out text with a drawn rectangle leaves the text in the file (copy, search and text
extraction still find it). Here every page is found for personal data with pdfium's character boxes
(the patterns of sigap/lib/redaction.py: NIK, telephone numbers, e-mail addresses, the requester's
name and address), the officer's own boxes are added, and then each page is rendered to an image with
the boxes painted solid black. The result is a new PDF of images only: no text layer, no hidden
object, no metadata of the original survives.

Officer boxes are written one a line as ``page, left, top, right, bottom``: the page number from 1
and the edges in percent of the page width and height measured from the top-left corner, so an
officer can read them off a printed page with a ruler.

Pure: no Django.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

import pypdfium2 as pdfium  # type: ignore[import-untyped,unused-ignore]
from PIL import Image, ImageDraw

from .redaction import EMAIL, NIK, PHONE, _loose, _phrases

__all__ = [
    "DPI",
    "Box",
    "BoxSyntaxError",
    "UnreadablePDF",
    "find_boxes",
    "page_count",
    "page_image",
    "parse_boxes",
    "redact_pdf",
]

DPI: Final = 150
PAD: Final = 1.5  # points around each character box: anti-aliased glyph edges stay covered


@dataclass(frozen=True)
class Box:
    """A rectangle on one page (0-based), as fractions 0–1 of the page from the top-left corner."""

    page: int
    left: float
    top: float
    right: float
    bottom: float


class UnreadablePDF(ValueError):
    """pdfium cannot open the file: damaged, password-protected, or no page."""


class BoxSyntaxError(ValueError):
    def __init__(self, line_no: int, line: str) -> None:
        super().__init__(line_no, line)
        self.line_no, self.line = line_no, line


_BOX_LINE: Final = re.compile(r"^\s*(\d+)\s*[,; ]\s*" + r"\s*[,; ]\s*".join([r"(\d+(?:[.,]\d+)?)"] * 4) + r"\s*$")


def parse_boxes(text: str) -> list[Box]:
    """The officer's boxes ``page, left, top, right, bottom`` (percent), one a line; BoxSyntaxError names the line."""
    boxes = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        match = _BOX_LINE.match(line.replace(", ", ","))
        if not match:
            raise BoxSyntaxError(number, line)
        page = int(match.group(1))
        left, top, right, bottom = (float(match.group(i).replace(",", ".")) / 100 for i in range(2, 6))
        if page < 1 or not (0 <= left < right <= 1 and 0 <= top < bottom <= 1):
            raise BoxSyntaxError(number, line)
        boxes.append(Box(page - 1, left, top, right, bottom))
    return boxes


def _spans(text: str, name: str, addresses: Iterable[str]) -> list[tuple[int, int]]:
    spans = [m.span() for pattern in (EMAIL, NIK, PHONE) for m in pattern.finditer(text)]
    for phrase in _phrases(name, addresses):
        pattern = re.compile(rf"(?<!\w){_loose(phrase)}(?!\w)", re.IGNORECASE)
        spans += [m.span() for m in pattern.finditer(text)]
    return spans


def find_boxes(pdf: pdfium.PdfDocument, *, name: str = "", addresses: Iterable[str] = ()) -> list[Box]:
    """Boxes around every character of personal data the PDF's text layer holds."""
    addresses = list(addresses)
    boxes = []
    for index in range(len(pdf)):
        page = pdf[index]
        width, height = page.get_size()
        textpage = page.get_textpage()
        # One character of text per character index: the spans of the text are the indices of the boxes.
        chars = [textpage.get_text_range(i, 1) or " " for i in range(textpage.count_chars())]
        text = "".join(c[:1] for c in chars)
        for start, end in _spans(text, name, addresses):
            for i in range(start, end):
                if text[i].isspace():
                    continue
                left, bottom, right, top = textpage.get_charbox(i, loose=True)
                boxes.append(
                    Box(
                        index,
                        max(0.0, (left - PAD) / width),
                        max(0.0, (height - top - PAD) / height),
                        min(1.0, (right + PAD) / width),
                        min(1.0, (height - bottom + PAD) / height),
                    )
                )
    return boxes


def redact_pdf(
    data: bytes, *, name: str = "", addresses: Iterable[str] = (), extra_boxes: Sequence[Box] = ()
) -> tuple[bytes, int]:
    """A new image-only PDF of ``data`` with personal data and ``extra_boxes`` painted black; and the box count.

    Raises UnreadablePDF for a file pdfium cannot open (damaged or password-protected).
    """
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise UnreadablePDF(str(exc)) from exc
    try:
        boxes = find_boxes(pdf, name=name, addresses=addresses) + list(extra_boxes)
        images = []
        for index in range(len(pdf)):
            image = pdf[index].render(scale=DPI / 72).to_pil().convert("RGB")
            draw = ImageDraw.Draw(image)
            w, h = image.size
            for box in boxes:
                if box.page == index:
                    draw.rectangle((box.left * w, box.top * h, box.right * w, box.bottom * h), fill="black")
            images.append(image)
    finally:
        pdf.close()
    if not images:
        raise UnreadablePDF("no page")
    out = io.BytesIO()
    images[0].save(out, "PDF", save_all=True, append_images=images[1:], resolution=float(DPI))
    return out.getvalue(), len(boxes)


def page_count(data: bytes) -> int:
    """Pages of a PDF; UnreadablePDF when it cannot be opened."""
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise UnreadablePDF(str(exc)) from exc
    try:
        return len(pdf)
    finally:
        pdf.close()


def page_image(data: bytes, page: int = 0, dpi: int = DPI) -> Image.Image:
    """One page of a PDF as an image (the officer's preview and the tests)."""
    pdf = pdfium.PdfDocument(data)
    try:
        image: Image.Image = pdf[page].render(scale=dpi / 72).to_pil().convert("RGB")
        return image
    finally:
        pdf.close()
