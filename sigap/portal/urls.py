from django.urls import path

from . import views

app_name = "portal"
urlpatterns = [
    path("", views.index, name="index"),
    path("lacak/", views.track, name="track"),
    path("lacak/<str:code>/", views.track_detail, name="track_detail"),
    path("lacak/<str:code>/keberatan/", views.objection, name="objection"),
    path("terkirim/<str:code>/", views.submitted, name="submitted"),
    path("kalkulator-tenggat/", views.calculator, name="calculator"),
    path("<slug:slug>/permohonan/", views.request_form, name="request_form"),
    path("<slug:slug>/dip/", views.dip, name="dip"),
]
