from django.urls import path

from . import views

app_name = "reports"
urlpatterns = [
    path("ringkasan/", views.brief_page, name="brief"),
    path("ringkasan/<int:office_id>/<str:day>.pdf", views.brief_pdf_view, name="brief_pdf"),
    path("ringkasan/<int:office_id>/jadwal/", views.brief_schedule, name="brief_schedule"),
]
