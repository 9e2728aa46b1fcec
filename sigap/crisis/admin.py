"""Admin for the preparedness library: each office's playbooks, pre-approved templates and channels."""

from django.contrib import admin

from .models import Contact, MessageTemplate, Playbook, PublishChannel


@admin.register(Playbook)
class PlaybookAdmin(admin.ModelAdmin):
    list_display = ("name", "office", "cluster", "threatens_life")
    list_filter = ("office", "cluster")


@admin.register(MessageTemplate)
class MessageTemplateAdmin(admin.ModelAdmin):
    list_display = ("title", "kind", "office")
    list_filter = ("office", "kind")


@admin.register(PublishChannel)
class PublishChannelAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "office", "endpoint")
    list_filter = ("office", "kind")


@admin.register(Contact)
class ContactAdmin(admin.ModelAdmin):
    list_display = ("name", "organisation", "kind", "office", "phone", "email")
    list_filter = ("office", "kind")
