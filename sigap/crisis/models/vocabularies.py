"""Crisis vocabularies and guidance: SCCT clusters and strategies, severity, roles, message kinds,
the CERC checklist per phase and the publishing channels."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from django.db import models
from django.utils.translation import gettext_lazy as _

from ..workflow import Phase

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


class Cluster(models.TextChoices):
    VICTIM = "victim", _("Victim (weak responsibility)")
    ACCIDENTAL = "accidental", _("Accidental (minimal responsibility)")
    PREVENTABLE = "preventable", _("Preventable (strong responsibility)")


CLUSTER_ORDER: list[str] = [Cluster.VICTIM, Cluster.ACCIDENTAL, Cluster.PREVENTABLE]


class Severity(models.IntegerChoices):
    S1 = 1, _("1 — Minor")
    S2 = 2, _("2 — Moderate")
    S3 = 3, _("3 — Serious")
    S4 = 4, _("4 — Severe")
    S5 = 5, _("5 — Catastrophic")


class TeamRole(models.TextChoices):
    LEAD = "lead", _("Crisis lead")
    SPOKESPERSON = "spokesperson", _("Spokesperson")
    ANALYST = "analyst", _("Analyst")
    LIAISON = "liaison", _("Liaison")
    LEGAL = "legal", _("Legal")
    PPID = "ppid", _("PPID")
    APPROVER = "approver", _("Approver")


class MessageKind(models.TextChoices):
    HOLDING = "holding", _("Holding statement")
    PRESS_RELEASE = "press_release", _("Press release")
    FAQ = "faq", _("FAQ / Q&A")
    FACT_SHEET = "fact_sheet", _("Fact sheet")
    MESSAGE_HOUSE = "message_house", _("Message house")
    CLARIFICATION = "clarification", _("Clarification")


#: Kinds the public may read once published.
PUBLIC_KINDS = {
    MessageKind.HOLDING,
    MessageKind.PRESS_RELEASE,
    MessageKind.FAQ,
    MessageKind.FACT_SHEET,
    MessageKind.CLARIFICATION,
}


# SCCT (Coombs): docs/crisis.md, SCCT.
STRATEGIES = {
    "deny": (_("Deny"), _("Attack the accuser, denial, scapegoat — only against false rumours and hoaxes.")),
    "diminish": (
        _("Diminish"),
        _("Excuse and justification: explain that the harm was not intended or is smaller than claimed."),
    ),
    "rebuild": (_("Rebuild"), _("Apology and compensation: take responsibility and say what will change.")),
    "bolster": (_("Bolster"), _("Reminding, ingratiation, victimage: supplements any strategy, never alone.")),
}
CLUSTER_ADVICE: dict[str, tuple[list[str], StrOrPromise]] = {
    Cluster.VICTIM: (
        ["deny", "bolster"],
        _(
            "Victim cluster (natural disaster, rumour/hoax, workplace violence, tampering): the office is seen as a "
            "victim too. Give instructing information (what people must do to stay safe) and adjusting information "
            "(care, empathy). Deny is appropriate only against false rumours."
        ),
    ),
    Cluster.ACCIDENTAL: (
        ["diminish", "bolster"],
        _(
            "Accidental cluster (technical-error accident, challenge): minimal attributed responsibility. Diminish "
            "(excuse, justification) plus instructing and adjusting information."
        ),
    ),
    Cluster.PREVENTABLE: (
        ["rebuild", "bolster"],
        _(
            "Preventable cluster (human-error accident, organisational misdeed, corruption): strong attributed "
            "responsibility. Rebuild: apologise, compensate, say what changes."
        ),
    ),
}

# CERC checklist per phase: (step key, task title, minutes after the phase starts or None).
CHECKLIST: dict[str, list[tuple[str, StrOrPromise, int | None]]] = {
    Phase.PRA_KRISIS: [
        ("plan", _("Review the crisis plan and the playbook for this scenario"), None),
        ("roles", _("Confirm roles: lead, spokesperson, analyst, liaison, approver"), None),
        ("contacts", _("Check contact lists of partner agencies and media"), None),
        ("templates", _("Check pre-approved message templates and channels"), None),
    ],
    Phase.AWAL: [
        ("verify", _("Verify: confirm what happened, from at least two sources"), 30),
        ("notify", _("Notify: inform leadership, the crisis team and partner agencies"), 30),
        ("assess", _("Assess: severity, SCCT cluster, who is affected"), 45),
        ("assign", _("Assign: name the spokesperson and owners of each task"), 45),
        ("holding", _("Holding statement: what is known, not yet known, being done, next update"), 60),
        ("clear", _("Clear: get the statement approved"), 60),
        ("release", _("Release: publish on the website and every official channel"), 75),
    ],
    Phase.PEMELIHARAAN: [
        ("updates", _("Regular updates at the promised times"), 240),
        ("faq", _("FAQ and fact sheet with verified facts"), 360),
        ("rumours", _("Correct rumours and hoaxes"), 360),
        ("feedback", _("Get feedback: listen to the public and adjust"), 720),
        ("partners", _("Keep partner agencies aligned on the key messages"), 720),
    ],
    Phase.RESOLUSI: [
        ("cause", _("Explain the cause and the recovery"), 1440),
        ("thanks", _("Thank partners and volunteers"), 1440),
        ("educate", _("Educate: encourage preparedness"), 2880),
    ],
    Phase.EVALUASI: [
        ("review", _("After-action review with the team"), 4320),
        ("lessons", _("Write lessons learned and follow-ups"), 4320),
        ("plan_update", _("Update the crisis plan and playbook"), 10080),
    ],
}

HOLDING_DUE = timedelta(hours=1)


class ChannelKind(models.TextChoices):
    WEBSITE = "website", _("Official website (Sigap portal)")
    PRESS = "press", _("Press conference")
    SOCIAL = "social", _("Social-media account")
    PARTNER = "partner", _("Partner agency")
    OTHER = "other", _("Other")
