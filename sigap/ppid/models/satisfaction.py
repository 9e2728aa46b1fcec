"""The requester's satisfaction survey (IKM, PermenPAN-RB 14/2017), one per request (docs/ppid.md, Satisfaction)."""

from __future__ import annotations

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from sigap.core.models import Office

from .requests import InformationRequest

#: The nine survey elements of PermenPAN-RB 14/2017 (U1–U9), in the regulation's order.
IKM_ELEMENTS = (
    ("u1", _("Requirements")),
    ("u2", _("System, mechanism and procedure")),
    ("u3", _("Time to complete")),
    ("u4", _("Cost / fee")),
    ("u5", _("Service product")),
    ("u6", _("Competence of the staff")),
    ("u7", _("Conduct of the staff")),
    ("u8", _("Handling of complaints, suggestions and feedback")),
    ("u9", _("Facilities and infrastructure")),
)


def _score(label):
    return models.PositiveSmallIntegerField(label, validators=[MinValueValidator(1), MaxValueValidator(4)])


class SatisfactionResponse(models.Model):
    """Anonymous: scores and an optional comment; the request is only the key that allows one answer."""

    request = models.OneToOneField(InformationRequest, on_delete=models.CASCADE, related_name="satisfaction")
    # The request's office, kept here so the IKM of an office (or a tree) is one filter.
    office = models.ForeignKey(Office, on_delete=models.PROTECT, related_name="ppid_satisfaction")
    u1 = _score(IKM_ELEMENTS[0][1])
    u2 = _score(IKM_ELEMENTS[1][1])
    u3 = _score(IKM_ELEMENTS[2][1])
    u4 = _score(IKM_ELEMENTS[3][1])
    u5 = _score(IKM_ELEMENTS[4][1])
    u6 = _score(IKM_ELEMENTS[5][1])
    u7 = _score(IKM_ELEMENTS[6][1])
    u8 = _score(IKM_ELEMENTS[7][1])
    u9 = _score(IKM_ELEMENTS[8][1])
    comment = models.TextField(_("comment"), max_length=1000, blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), db_index=True)

    class Meta:
        ordering = ["-submitted_at", "-id"]
        verbose_name = _("satisfaction response")
        verbose_name_plural = _("satisfaction responses")
        constraints = [
            models.CheckConstraint(condition=Q(**{f"{key}__gte": 1, f"{key}__lte": 4}), name=f"ppid_ikm_{key}_1_to_4")
            for key, _label in IKM_ELEMENTS
        ]

    def __str__(self) -> str:
        return f"IKM #{self.request_id}"

    def scores(self) -> dict[str, int]:
        return {key: getattr(self, key) for key, _label in IKM_ELEMENTS}
