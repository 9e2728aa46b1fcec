"""Indeks Kepuasan Masyarakat (IKM) of the information service, PermenPAN-RB 14/2017 (docs/ppid.md, Satisfaction).

Every element weighs the same (1/9), so the regulation's weighted sum of element averages is their
plain mean; ×25 converts the 1–4 scale to 25–100. The category is read from the converted value
rounded to two decimals.
"""

from __future__ import annotations

from datetime import date

from django.db.models import Avg
from django.utils.translation import gettext_lazy as _

from .models import IKM_ELEMENTS, SatisfactionResponse

# (lowest converted value, category, quality): PermenPAN-RB 14/2017, Lampiran, nilai interval konversi.
CATEGORIES = (
    (88.31, "A", _("Very good")),
    (76.61, "B", _("Good")),
    (65.00, "C", _("Not good enough")),
    (25.00, "D", _("Not good")),
)


def category(value: float) -> tuple[str, str]:
    """(letter, quality) of a converted IKM value (25–100)."""
    for lowest, letter, quality in CATEGORIES:
        if value >= lowest:
            return letter, str(quality)
    return "D", str(CATEGORIES[-1][2])


def summarise(office_ids, start: date, end: date) -> dict:
    """Respondents, element averages (1–4), the IKM value (25–100) and its category for the period.

    A response counts in the period it was submitted (office dates), whichever year its request came in.
    """
    rows = SatisfactionResponse.objects.filter(
        office_id__in=office_ids, submitted_at__date__gte=start, submitted_at__date__lte=end
    )
    respondents = rows.count()
    if not respondents:
        return {"respondents": 0, "elements": [], "value": None, "category": "", "quality": ""}
    averages = rows.aggregate(**{key: Avg(key) for key, _label in IKM_ELEMENTS})
    elements = [(key, str(label), round(float(averages[key]), 2)) for key, label in IKM_ELEMENTS]
    value = round(sum(float(averages[key]) for key, _label in IKM_ELEMENTS) / len(IKM_ELEMENTS) * 25, 2)
    letter, quality = category(value)
    return {"respondents": respondents, "elements": elements, "value": value, "category": letter, "quality": quality}
