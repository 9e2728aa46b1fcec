from django.contrib import admin

from .models import AuditEvent, Holiday, Membership, Office, save_with_audit


class AuditedAdmin(admin.ModelAdmin):
    """Changes made in the admin are audited like any other change of state."""

    def save_model(self, request, obj, form, change):
        save_with_audit(
            obj,
            request.user,
            obj._meta.model_name,
            office=obj if isinstance(obj, Office) else None,
            data={"changed": form.changed_data},
        )

    def save_formset(self, request, form, formset, change):
        instances = formset.save(commit=False)
        for deleted in formset.deleted_objects:
            AuditEvent.record(actor=request.user, action="membership.deleted", target=deleted, office=deleted.office)
            deleted.delete()
        for instance in instances:
            save_with_audit(instance, request.user, "membership", office=instance.office, to_state=instance.role)
        formset.save_m2m()

    def delete_model(self, request, obj):
        AuditEvent.record(actor=request.user, action=f"{obj._meta.model_name}.deleted", target=obj)
        super().delete_model(request, obj)


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(Office)
class OfficeAdmin(AuditedAdmin):
    list_display = ["name", "kind", "parent", "time_zone"]
    search_fields = ["name", "slug"]
    inlines = [MembershipInline]


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    list_display = ["at", "actor", "office", "action", "target_type", "target_label", "from_state", "to_state"]
    list_filter = ["action", "office"]
    readonly_fields = [f.name for f in AuditEvent._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Holiday)
class HolidayAdmin(admin.ModelAdmin):
    """Calendar overrides: every change is audited and open legal deadlines are recomputed."""

    list_display = ["date", "name", "kind", "day_off", "office", "legal_basis", "active"]
    list_filter = ["kind", "active", "day_off", "office"]
    search_fields = ["name", "legal_basis"]
    date_hierarchy = "date"

    def save_model(self, request, obj, form, change):
        event = save_with_audit(
            obj,
            request.user,
            "holiday",
            office=obj.office,
            data={"changed": form.changed_data, "date": obj.date.isoformat()},
        )
        Holiday.changed(request.user, obj, event.action)

    def delete_model(self, request, obj):
        AuditEvent.record(
            actor=request.user,
            action="holiday.deleted",
            target=obj,
            office=obj.office,
            data={"date": obj.date.isoformat()},
        )
        super().delete_model(request, obj)
        Holiday.changed(request.user, obj, "holiday.deleted")
