"""PPID vocabularies shared by the models, forms and registers: roles, channels, legal grounds."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from sigap.core.models import Role

# Roles that work the PPID desk; pimpinan reads only.
PPID_EDIT_ROLES = frozenset({Role.PPID, Role.ADMIN})
PPID_READ_ROLES = frozenset({Role.PPID, Role.ADMIN, Role.PIMPINAN})


class ClockStart(models.TextChoices):
    RECEIPT = "receipt", _("When the request is received")
    REGISTRATION = "registration", _("When the request is registered")


class Channel(models.TextChoices):
    PORTAL = "portal", _("Web portal")
    WALK_IN = "walk_in", _("In person")
    PHONE = "phone", _("Telephone")
    LETTER = "letter", _("Letter")
    EMAIL = "email", _("E-mail")
    LAPOR = "lapor", _("SP4N-LAPOR!")


class RequesterKind(models.TextChoices):
    INDIVIDUAL = "individual", _("Individual")
    LEGAL_ENTITY = "legal_entity", _("Legal entity")
    GROUP = "group", _("Group of people")


class ObtainMethod(models.TextChoices):
    SEE = "see", _("See / read / listen / note")
    SOFTCOPY = "softcopy", _("A copy (softcopy)")
    HARDCOPY = "hardcopy", _("A copy (hardcopy)")


class DeliveryMethod(models.TextChoices):
    PICK_UP = "pick_up", _("Collect in person")
    COURIER = "courier", _("Courier")
    POST = "post", _("Post")
    EMAIL = "email", _("E-mail")
    FAX = "fax", _("Fax")


class Pasal17(models.TextChoices):
    """Grounds for exempting information, UU KIP Pasal 17 a–j."""

    A = "a", _("a. would obstruct law enforcement")
    B = "b", _("b. would harm intellectual property or fair competition")
    C = "c", _("c. would endanger national defence and security")
    D = "d", _("d. would reveal Indonesia's natural resources")
    E = "e", _("e. would harm national economic resilience")
    F = "f", _("f. would harm foreign relations")
    G = "g", _("g. would reveal an authentic deed of a personal nature or a will")
    H = "h", _("h. would reveal personal secrets")
    I = "i", _("i. confidential memoranda between or within public bodies")  # noqa: E741
    J = "j", _("j. information closed by another law")


class AttachmentKind(models.TextChoices):
    KTP = "ktp", _("KTP scan")
    POWER_OF_ATTORNEY = "kuasa", _("Power of attorney")
    LEGAL_ENTITY = "badan_hukum", _("Legal-entity deed")
    OTHER = "lainnya", _("Other")


class Pasal35(models.TextChoices):
    A = "a", _("a. refusal under Pasal 17")
    B = "b", _("b. periodic information not published")
    C = "c", _("c. request not answered")
    D = "d", _("d. answered differently from what was asked")
    E = "e", _("e. request not fulfilled")
    F = "f", _("f. unreasonable fee")
    G = "g", _("g. information delivered later than the law allows")


class DisputeStage(models.TextChoices):
    FILED = "filed", _("Filed at the Komisi Informasi")
    REGISTERED = "registered", _("Registered by the KI")
    MEDIATION = "mediation", _("Mediation")
    ADJUDICATION = "adjudication", _("Adjudication")
    DECIDED = "decided", _("KI decision")
    COURT = "court", _("Court challenge (PTUN/PN)")
    CASSATION = "cassation", _("Cassation (Mahkamah Agung)")
    FINAL = "final", _("Final and binding")


class DisputeResult(models.TextChoices):
    NONE = "", _("Not yet")
    MEDIATED = "mediated", _("Settled by mediation")
    GRANTED = "granted", _("Requester's petition granted")
    PARTLY = "partly", _("Petition partly granted")
    REJECTED = "rejected", _("Petition rejected")
    WITHDRAWN = "withdrawn", _("Petition withdrawn")


class DIPCategory(models.TextChoices):
    BERKALA = "berkala", _("Periodic (berkala)")
    SERTA_MERTA = "serta_merta", _("Immediate (serta-merta)")
    SETIAP_SAAT = "setiap_saat", _("Available at any time (setiap saat)")


class LetterKind(models.TextChoices):
    RECEIPT = "receipt", _("Receipt of the request")
    NOTICE = "notice", _("Written notice")
    EXTENSION = "extension", _("Extension notice")
    REFUSAL = "refusal", _("Refusal decision")
    OBJECTION_RECEIPT = "objection_receipt", _("Objection receipt")
