from django.contrib import admin

from . import actions
from .models import LoginFailure, TOTPDevice


@admin.register(LoginFailure)
class LoginFailureAdmin(admin.ModelAdmin):
    """Read-only log; deleting an account's rows lifts its lock early."""

    list_display = ("username", "ip", "at")
    search_fields = ("username", "ip")
    date_hierarchy = "at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(TOTPDevice)
class TOTPDeviceAdmin(admin.ModelAdmin):
    """Only for turning two-step sign-in off for someone who lost the phone and every recovery
    code; the key itself is never shown."""

    list_display = ("user", "confirmed_at")
    search_fields = ("user__username",)
    fields = readonly_fields = ("user", "created_at", "confirmed_at")
    actions = None  # no bulk delete: each removal goes through actions.disable and is audited

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def delete_model(self, request, obj):
        actions.disable(obj.user, actor=request.user)
