from django.contrib import admin

from .models import Alert, AlertRule, Delivery, DeliveryAttempt, Notification


@admin.register(AlertRule)
class AlertRuleAdmin(admin.ModelAdmin):
    list_display = ["name", "office", "owner", "kind", "active"]
    list_filter = ["kind", "active", "office"]
    search_fields = ["name"]
    exclude = ["webhook_secret"]  # secrets are shown to the rule's editors on its page only


@admin.register(Alert)
class AlertAdmin(admin.ModelAdmin):
    list_display = ["title", "office", "kind", "level", "repeat_count", "created_at"]
    list_filter = ["kind", "level"]
    readonly_fields = [f.name for f in Alert._meta.fields]


class DeliveryAttemptInline(admin.TabularInline):
    model = DeliveryAttempt
    extra = 0
    can_delete = False
    readonly_fields = ["at", "ok", "status_code", "error", "duration_ms"]


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    list_display = ["id", "channel", "status", "attempts", "next_attempt_at", "office"]
    list_filter = ["status", "channel"]
    readonly_fields = [f.name for f in Delivery._meta.fields]
    inlines = [DeliveryAttemptInline]


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ["user", "alert", "created_at", "read_at"]
