from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from sigap.accounts.forms import ThrottledAdminAuthenticationForm

# The admin's own login page obeys the same throttle as /masuk/.
admin.site.login_form = ThrottledAdminAuthenticationForm

urlpatterns = [
    path("", include("sigap.accounts.urls")),
    path("keluar/", auth_views.LogoutView.as_view(), name="logout"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("api/v1/", include("sigap.api.urls")),
    path("layanan/", include("sigap.portal.urls")),
    path("ppid/", include("sigap.ppid.urls")),
    path("pengaduan/", include("sigap.complaints.urls")),
    path("isu/", include("sigap.issues.urls")),
    path("akun-sumber/", include("sigap.issues.account_urls")),
    path("beranda/", include("sigap.home.urls")),
    path("laporan/", include("sigap.reports.urls")),
    path("krisis/", include("sigap.crisis.urls")),
    path("notifikasi/", include("sigap.alerts.urls")),
    path("", include("sigap.core.urls")),
    path("", include("sigap.monitoring.urls")),
]
