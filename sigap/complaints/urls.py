from django.urls import path

from . import views

app_name = "complaints"
urlpatterns = [
    path("", views.queue, name="queue"),
    path("baru/", views.intake, name="intake"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/verifikasi/", views.verify, name="verify"),
    path("<int:pk>/tunda/", views.hold, name="hold"),
    path("<int:pk>/disposisi/", views.dispose, name="dispose"),
    path("<int:pk>/tutup/", views.reject, name="reject"),
    path("<int:pk>/selesai/", views.resolve, name="resolve"),
    path("<int:pk>/tindak-lanjut/mulai/", views.start, name="start"),
    path("<int:pk>/tindak-lanjut/", views.answer, name="answer"),
]
