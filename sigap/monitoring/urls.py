from django.urls import path

from . import correction_views, views

app_name = "monitoring"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("dokumen/", views.document_list, name="document_list"),
    path("dokumen/ekspor.<str:fmt>", views.document_export, name="document_export"),
    path("dokumen/<int:pk>/", views.document_detail, name="document_detail"),
    path("dokumen/<int:pk>/teks.txt", views.document_text, name="document_text"),
    path("dokumen/<int:pk>/koreksi/", correction_views.document_correct, name="document_correct"),
    path(
        "dokumen/<int:pk>/koreksi/<int:correction_id>/batalkan/",
        correction_views.correction_undo,
        name="correction_undo",
    ),
    path("kesepakatan/<int:office_id>/", correction_views.agreement_page, name="agreement"),
    path("kesepakatan/<int:office_id>/sesuaikan/", correction_views.office_model_adapt, name="office_model_adapt"),
    path("sumber/", views.source_list, name="source_list"),
    path("sumber/baru/", views.source_edit, name="source_create"),
    path("sumber/<int:pk>/", views.source_detail, name="source_detail"),
    path("sumber/<int:pk>/ubah/", views.source_edit, name="source_edit"),
    path("sumber/<int:pk>/ambil/", views.source_poll_now, name="source_poll_now"),
    path("sumber/<int:pk>/impor/", views.source_import, name="source_import"),
    path("sumber/<int:pk>/ditolak/", views.rejected_list, name="rejected_list"),
    path("impor/<int:pk>/", views.import_detail, name="import_detail"),
    path("impor/<int:pk>/batalkan/", views.import_cancel, name="import_cancel"),
    path("impor/<int:pk>/ulangi/", views.import_retry, name="import_retry"),
    path("pantauan/", views.watchlist_list, name="watchlist_list"),
    path("pantauan/baru/", views.watchlist_edit, name="watchlist_create"),
    path("pantauan/<int:pk>/ubah/", views.watchlist_edit, name="watchlist_edit"),
    path("pantauan/<int:pk>/hapus/", views.watchlist_delete, name="watchlist_delete"),
    path("pencarian/", views.saved_search_list, name="saved_search_list"),
    path("pencarian/simpan/", views.saved_search_create, name="saved_search_create"),
    path("pencarian/<int:pk>/", views.saved_search_open, name="saved_search_open"),
    path("pencarian/<int:pk>/hapus/", views.saved_search_delete, name="saved_search_delete"),
]
