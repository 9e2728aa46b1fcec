from django.urls import path

from . import contacts, library, views

app_name = "crisis"
urlpatterns = [
    path("", views.crisis_list, name="list"),
    path("baru/", views.crisis_create, name="create"),
    path("kpi/", views.kpi, name="kpi"),
    path("pustaka/", library.library, name="library"),
    path("pustaka/skenario/baru/", library.playbook_edit, name="playbook_create"),
    path("pustaka/skenario/<int:pk>/ubah/", library.playbook_edit, name="playbook_edit"),
    path("pustaka/templat/baru/", library.template_edit, name="template_create"),
    path("pustaka/templat/<int:pk>/ubah/", library.template_edit, name="template_edit"),
    path("pustaka/<slug:kind>/<int:pk>/pensiun/", library.retire, name="library_retire"),
    path("pustaka/<slug:kind>/<int:pk>/salin/", library.copy, name="library_copy"),
    path("kanal/", library.channel_list, name="channels"),
    path("kanal/<int:pk>/ubah/", library.channel_edit, name="channel_edit"),
    path("kanal/<int:pk>/hapus/", library.channel_remove, name="channel_remove"),
    path("kontak/", contacts.contact_list, name="contacts"),
    path("kontak/<int:contact_id>/hapus/", contacts.contact_remove, name="contact_remove"),
    path("<int:pk>/", views.crisis_detail, name="detail"),
    path("<int:pk>/dasbor/", views.dashboard, name="dashboard"),
    path("<int:pk>/evaluasi/", views.evaluation_view, name="evaluation"),
    path("<int:pk>/evaluasi.pdf", views.evaluation_pdf, name="evaluation_pdf"),
    path("<int:pk>/bersama/", views.shared, name="shared"),
    path("<int:pk>/tugas/<int:task_id>/<slug:action>/", views.task_action, name="task_action"),
    path("<int:pk>/pesan/<int:message_id>/", views.message_detail, name="message"),
    path("<int:pk>/pesan/<int:message_id>/<slug:action>/", views.message_action, name="message_action"),
    path("<int:pk>/publikasi/<int:pub_id>/ulang/", views.publication_retry, name="retry"),
    path("<int:pk>/<slug:action>/", views.crisis_action, name="action"),
]
