from django.urls import path

from . import contacts, views

app_name = "crisis"
urlpatterns = [
    path("", views.crisis_list, name="list"),
    path("baru/", views.crisis_create, name="create"),
    path("kpi/", views.kpi, name="kpi"),
    path("pustaka/", views.library, name="library"),
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
