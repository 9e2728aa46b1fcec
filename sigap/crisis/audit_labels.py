"""Crisis audit actions in words (sigap/core/audit_labels.py)."""

from django.utils.translation import gettext_lazy as _

ACTIONS = {
    "crisis.declared": _("Crisis declared"),
    "crisis.assessed": _("Crisis assessment changed"),
    "crisis.phase": _("Phase changed"),
    "crisis.serta_merta": _("Immediate disclosure decided"),
    "crisis.team_added": _("Team member added"),
    "crisis.fact_added": _("Fact added"),
    "crisis.partner_invited": _("Partner office invited"),
    "crisis.partner_statement": _("Partner statement recorded"),
    "crisis.contact_added": _("Contact added"),
    "crisis.contact_removed": _("Contact removed"),
    "crisis.evaluation": _("Evaluation written"),
    "crisis.playbook_added": _("Playbook added"),
    "crisis.playbook_changed": _("Playbook changed"),
    "crisis.playbook_retired": _("Playbook retired"),
    "crisis.playbook_restored": _("Playbook back in use"),
    "crisis.playbook_copied": _("Playbook copied to the office"),
    "crisis.template_added": _("Message template added"),
    "crisis.template_changed": _("Message template changed"),
    "crisis.template_retired": _("Message template retired"),
    "crisis.template_restored": _("Message template back in use"),
    "crisis.template_copied": _("Message template copied to the office"),
    "crisis.channel_added": _("Publication channel added"),
    "crisis.channel_changed": _("Publication channel changed"),
    "crisis.channel_removed": _("Publication channel removed"),
    "crisis_message.created": _("Draft message written"),
    "crisis_message.saved": _("Draft message changed"),
    "crisis_message.submitted": _("Draft sent for approval"),
    "crisis_message.returned": _("Draft returned for revision"),
    "crisis_message.approved": _("Draft approved"),
    "crisis_message.cosigned": _("Message co-signed by a partner office"),
    "crisis_message.published": _("Message published"),
    # "crisis_publication." + the publication's status (actions.publish)
    "crisis_publication.pending": _("Publication being sent"),
    "crisis_publication.published": _("Message sent to the channel"),
    "crisis_publication.failed": _("Sending to the channel failed"),
    "crisis_publication.simulated": _("Publication simulated (drill)"),
    "crisis_task.created": _("Task added"),
    "crisis_task.done": _("Task done"),
    "crisis_task.reopened": _("Task reopened"),
    "crisis_task.overdue": _("Task overdue"),
}

#: A task has no state column (workflow.TASK_FLOW).
STATES = {
    "crisis_task": {"open": _("not done yet"), "done": _("done")},
}
