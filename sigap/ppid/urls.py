from django.urls import path

from . import views

app_name = "ppid"
urlpatterns = [
    path("", views.request_list, name="request_list"),
    path("permohonan/baru/", views.request_create, name="request_create"),
    path("permohonan/dari-dokumen/<int:document_pk>/", views.request_from_document, name="request_from_document"),
    path("permohonan/<int:pk>/", views.request_detail, name="request_detail"),
    path("permohonan/<int:pk>/nik/", views.reveal_nik, name="reveal_nik"),
    path("permohonan/<int:pk>/aksi/<slug:action>/", views.request_action, name="request_action"),
    path("permohonan/<int:pk>/dokumen/<slug:kind>.pdf", views.request_document, name="request_document"),
    path("permohonan/<int:pk>/keberatan/", views.objection_create, name="objection_create"),
    path("lampiran/<int:pk>/", views.attachment, name="attachment"),
    path("keberatan/", views.objection_list, name="objection_list"),
    path("keberatan/<int:pk>/", views.objection_detail, name="objection_detail"),
    path("keberatan/<int:pk>/aksi/<slug:action>/", views.objection_action, name="objection_action"),
    path("keberatan/<int:pk>/tanda-bukti.pdf", views.objection_receipt, name="objection_receipt"),
    path("keberatan/<int:objection_pk>/sengketa/baru/", views.dispute_edit, name="dispute_create"),
    path("keberatan/<int:objection_pk>/sengketa/<int:pk>/", views.dispute_edit, name="dispute_edit"),
    path("register/<slug:kind>/", views.register, name="register"),
    path("dip/", views.dip_list, name="dip_list"),
    path("dip/baru/", views.dip_edit, name="dip_create"),
    path("dip/<int:pk>/", views.dip_edit, name="dip_edit"),
    path("dik/", views.dik_list, name="dik_list"),
    path("dik/baru/", views.dik_edit, name="dik_create"),
    path("dik/<int:pk>/", views.dik_edit, name="dik_edit"),
    path("uji-konsekuensi/baru/", views.consequence_test_edit, name="test_create"),
    path("uji-konsekuensi/<int:pk>/", views.consequence_test_edit, name="test_edit"),
    path("surat/", views.letters, name="letters"),
    path("surat/<int:office_id>/kop/", views.letterhead_edit, name="letterhead_edit"),
    path("surat/<int:office_id>/<slug:kind>/", views.letter_template_edit, name="letter_template_edit"),
    path("laporan/", views.report_list, name="report_list"),
    path("laporan/baru/", views.report_edit, name="report_create"),
    path("laporan/<int:pk>/", views.report_detail, name="report_detail"),
    path("laporan/<int:pk>/ubah/", views.report_edit, name="report_edit"),
    path("laporan/<int:pk>/unduh.<slug:fmt>", views.report_export, name="report_export"),
]
