from django.urls import path

from . import views

app_name = "issues"
urlpatterns = [
    path("", views.issue_list, name="list"),
    path("baru/", views.issue_create, name="create"),
    path("ekspor.<str:fmt>", views.issue_export, name="export"),
    path("<int:pk>/", views.issue_detail, name="detail"),
    path("<int:pk>/<slug:action>/", views.issue_action, name="action"),
    path("pengaturan/<int:office_id>/", views.policy_edit, name="policy"),
]
