from django.urls import path

from . import crisis_views, statistics_views, survey_views, views

app_name = "portal"
urlpatterns = [
    path("", views.index, name="index"),
    path("lacak/", views.track, name="track"),
    path("lacak/<str:code>/", views.track_detail, name="track_detail"),
    path("lacak/<str:code>/keberatan/", views.objection, name="objection"),
    path("lacak/<str:code>/survei/", survey_views.survey, name="survey"),
    path("terkirim/<str:code>/", views.submitted, name="submitted"),
    path("kalkulator-tenggat/", views.calculator, name="calculator"),
    path("krisis/", crisis_views.crisis_page, name="crisis"),
    path("krisis/rss.xml", crisis_views.crisis_rss, name="crisis_rss"),
    path("krisis/feed.json", crisis_views.crisis_json, name="crisis_json"),
    path("krisis/atom.xml", crisis_views.crisis_atom, name="crisis_atom"),
    path("krisis/pernyataan/<int:pk>/", crisis_views.statement, name="statement"),
    path("<slug:slug>/krisis/", crisis_views.crisis_page, name="crisis_office"),
    path("<slug:slug>/krisis/rss.xml", crisis_views.crisis_rss, name="crisis_rss_office"),
    path("<slug:slug>/krisis/feed.json", crisis_views.crisis_json, name="crisis_json_office"),
    path("<slug:slug>/krisis/atom.xml", crisis_views.crisis_atom, name="crisis_atom_office"),
    path("<slug:slug>/permohonan/", views.request_form, name="request_form"),
    path("<slug:slug>/dip/", views.dip, name="dip"),
    path("<slug:slug>/statistik/", statistics_views.statistics_page, name="statistics"),
    path("<slug:slug>/statistik.json", statistics_views.statistics_json, name="statistics_json"),
    path("<slug:slug>/statistik.csv", statistics_views.statistics_csv, name="statistics_csv"),
]
