from django.urls import path

from . import policy_page, views

app_name = "complaints"
urlpatterns = [
    path("", views.queue, name="queue"),
    path("baru/", views.intake, name="intake"),
    path("aturan/", policy_page.policy_edit, name="policy"),
    path("aturan/induk/", policy_page.policy_reset, name="policy_reset"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/verifikasi/", views.verify, name="verify"),
    path("<int:pk>/tunda/", views.hold, name="hold"),
    path("<int:pk>/disposisi/", views.dispose, name="dispose"),
    path("<int:pk>/tutup/", views.reject, name="reject"),
    path("<int:pk>/selesai/", views.resolve, name="resolve"),
    path("<int:pk>/tindak-lanjut/mulai/", views.start, name="start"),
    path("<int:pk>/tindak-lanjut/", views.answer, name="answer"),
]
