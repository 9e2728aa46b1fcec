from django.contrib import admin

from sigap.core.models import AuditEvent

from .actions import on_regulation_changed
from .models import Regulation


@admin.register(Regulation)
class RegulationAdmin(admin.ModelAdmin):
    """The legal clock per office; a change recomputes the office's open deadlines and is audited."""

    list_display = [
        "__str__",
        "response_days",
        "extension_days",
        "objection_answer_days",
        "clock_start",
        "cuti_bersama_off",
        "saturday_off",
    ]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        AuditEvent.record(
            actor=request.user,
            action=f"regulation.{'changed' if change else 'created'}",
            target=obj,
            office=obj.office,
            data={"changed": form.changed_data},
        )
        on_regulation_changed(request.user, obj)
