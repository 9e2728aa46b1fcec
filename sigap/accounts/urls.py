"""Sign-in, password change and password reset (Django's views, Indonesian paths and templates),
two-step sign-in and an office's users.
No namespace: Django's views redirect to these names."""

from django.contrib.auth import views as auth_views
from django.urls import path

from . import views, views_members, views_two_factor

urlpatterns = [
    path("masuk/", views.LoginView.as_view(), name="login"),
    path("masuk/kode/", views_two_factor.login_code, name="login_code"),
    path("akun/keamanan/", views_two_factor.security, name="account_security"),
    path("akun/keamanan/aktifkan/", views_two_factor.enrol, name="two_factor_enrol"),
    path("akun/keamanan/matikan/", views_two_factor.disable, name="two_factor_disable"),
    path("kantor/<int:pk>/keamanan/", views_two_factor.office_security, name="office_security"),
    path("kantor/<int:pk>/pengguna/", views_members.office_users, name="office_users"),
    path("kantor/<int:pk>/pengguna/undang/", views_members.invite, name="office_user_invite"),
    path("kantor/<int:pk>/pengguna/<int:user_pk>/", views_members.member_detail, name="office_user"),
    path(
        "kantor/<int:pk>/pengguna/<int:user_pk>/nonaktifkan/", views_members.deactivate, name="office_user_deactivate"
    ),
    path("kantor/<int:pk>/pengguna/<int:user_pk>/aktifkan/", views_members.reactivate, name="office_user_reactivate"),
    path("kantor/<int:pk>/pengguna/<int:user_pk>/kirim-ulang/", views_members.resend, name="office_user_resend"),
    path("masuk/lupa-sandi/", views.PasswordResetView.as_view(), name="password_reset"),
    path(
        "masuk/lupa-sandi/terkirim/",
        auth_views.PasswordResetDoneView.as_view(template_name="accounts/password_reset_done.html"),
        name="password_reset_done",
    ),
    path(
        "masuk/atur-sandi/<uidb64>/<token>/",
        views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "masuk/atur-sandi/selesai/",
        auth_views.PasswordResetCompleteView.as_view(template_name="accounts/password_reset_complete.html"),
        name="password_reset_complete",
    ),
    path(
        "akun/sandi/",
        auth_views.PasswordChangeView.as_view(template_name="accounts/password_change_form.html"),
        name="password_change",
    ),
    path(
        "akun/sandi/selesai/",
        auth_views.PasswordChangeDoneView.as_view(template_name="accounts/password_change_done.html"),
        name="password_change_done",
    ),
]
