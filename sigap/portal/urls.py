from django.urls import path

from . import crisis_views, views

app_name = "portal"
urlpatterns = [
    path("", views.index, name="index"),
    path("lacak/", views.track, name="track"),
    path("lacak/<str:code>/", views.track_detail, name="track_detail"),
    path("lacak/<str:code>/keberatan/", views.objection, name="objection"),
    path("terkirim/<str:code>/", views.submitted, name="submitted"),
    path("kalkulator-tenggat/", views.calculator, name="calculator"),
    path("krisis/", crisis_views.crisis_page, name="crisis"),
    path("krisis/rss.xml", crisis_views.crisis_rss, name="crisis_rss"),
    path("krisis/feed.json", crisis_views.crisis_json, name="crisis_json"),
    path("<slug:slug>/krisis/", crisis_views.crisis_page, name="crisis_office"),
    path("<slug:slug>/krisis/rss.xml", crisis_views.crisis_rss, name="crisis_rss_office"),
    path("<slug:slug>/krisis/feed.json", crisis_views.crisis_json, name="crisis_json_office"),
    path("<slug:slug>/permohonan/", views.request_form, name="request_form"),
    path("<slug:slug>/dip/", views.dip, name="dip"),
]
