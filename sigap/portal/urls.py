from django.urls import include, path

from . import archive_views, crisis_views, dip_views, follow_views, release_views, statistics_views, survey_views, views

app_name = "portal"
urlpatterns = [
    path("", views.index, name="index"),
    path("", include("sigap.portal.complaint_views")),  # pengaduan: form and tracking
    path("lacak/", views.track, name="track"),
    path("lacak/<str:code>/", views.track_detail, name="track_detail"),
    path("lacak/<str:code>/keberatan/", views.objection, name="objection"),
    path("lacak/<str:code>/survei/", survey_views.survey, name="survey"),
    path("lacak/<str:code>/ikuti/", follow_views.follow_request, name="follow_request"),
    path("lacak/<str:code>/dokumen/<int:pk>/", release_views.released_document, name="released_document"),
    path("terkirim/<str:code>/", views.submitted, name="submitted"),
    path("arsip/", archive_views.archive_list, name="archive"),
    path("arsip/atom.xml", archive_views.archive_feed, name="archive_feed"),
    path("arsip/<int:pk>/", archive_views.archive_entry, name="archive_entry"),
    path("arsip/<int:pk>/ikuti/", follow_views.follow_entry, name="follow_entry"),
    path("arsip/<int:pk>/dokumen/<int:doc_pk>/", release_views.archive_document, name="archive_document"),
    path("ikuti/<str:token>/", follow_views.follow_confirm, name="follow_confirm"),
    path("ikuti/<str:token>/berhenti/", follow_views.follow_unsubscribe, name="follow_unsubscribe"),
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
    path("<slug:slug>/arsip/", archive_views.archive_list, name="archive_office"),
    path("<slug:slug>/arsip/atom.xml", archive_views.archive_feed, name="archive_feed_office"),
    path("<slug:slug>/dip/", dip_views.dip, name="dip"),
    path("<slug:slug>/dip/<int:pk>/dokumen/", dip_views.dip_document, name="dip_document"),
    path("<slug:slug>/statistik/", statistics_views.statistics_page, name="statistics"),
    path("<slug:slug>/statistik.json", statistics_views.statistics_json, name="statistics_json"),
    path("<slug:slug>/statistik.csv", statistics_views.statistics_csv, name="statistics_csv"),
]
