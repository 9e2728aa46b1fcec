from django.urls import path

from . import views

app_name = "core"
urlpatterns = [path("kantor/", views.office_list, name="office_list")]
