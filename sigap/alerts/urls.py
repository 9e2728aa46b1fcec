from django.urls import path

from . import views

app_name = "alerts"
urlpatterns = [
    path("", views.inbox, name="inbox"),
    path("<int:pk>/buka/", views.notification_open, name="notification_open"),
    path("<int:pk>/dibaca/", views.notification_read, name="notification_read"),
    path("semua-dibaca/", views.notification_read_all, name="notification_read_all"),
    path("aturan/", views.rule_list, name="rule_list"),
    path("aturan/baru/", views.rule_edit, name="rule_create"),
    path("aturan/<int:pk>/", views.rule_detail, name="rule_detail"),
    path("aturan/<int:pk>/ubah/", views.rule_edit, name="rule_edit"),
    path("aturan/<int:pk>/hapus/", views.rule_delete, name="rule_delete"),
    path("aturan/<int:pk>/kunci-baru/", views.rule_regenerate_secret, name="rule_regenerate_secret"),
    path("pengiriman/", views.delivery_list, name="delivery_list"),
    path("pengiriman/<int:pk>/", views.delivery_detail, name="delivery_detail"),
    path("pengiriman/<int:pk>/kirim-ulang/", views.delivery_retry, name="delivery_retry"),
]
