from django.contrib import admin

from sigap.core.models import AuditEvent

from .models import ComplaintPolicy


@admin.register(ComplaintPolicy)
class ComplaintPolicyAdmin(admin.ModelAdmin):
    """An office's clocks (verification and the tier days) and its anonymity rule; a change is audited.

    A change applies to complaints verified or disposed from then on; running clocks keep their days."""

    list_display = ["__str__", "verify_days", "light_days", "normative_days", "no_oversight_days", "oversight_days"]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        AuditEvent.record(
            actor=request.user,
            action=f"complaint_policy.{'changed' if change else 'created'}",
            target=obj,
            office=obj.office,
            data={"changed": form.changed_data},
        )
