from django.conf import settings
from django.contrib.auth import views as auth_views
from django.urls import reverse_lazy

from . import throttle, twofactor
from .forms import PasswordResetForm, ThrottledAuthenticationForm
from .views_two_factor import start_code_step


class LoginView(auth_views.LoginView):
    form_class = ThrottledAuthenticationForm
    redirect_authenticated_user = True

    def form_valid(self, form):
        user = form.get_user()
        if twofactor.is_enrolled(user):
            return start_code_step(self.request, user, self.get_success_url())
        return super().form_valid(form)

    def form_invalid(self, form):
        response = super().form_invalid(form)
        if form.locked:
            response.status_code = 429  # tells scripts to back off; people read the message
        return response


class PasswordResetView(auth_views.PasswordResetView):
    form_class = PasswordResetForm
    template_name = "accounts/password_reset_form.html"
    email_template_name = "accounts/password_reset_email.txt"
    subject_template_name = "accounts/password_reset_subject.txt"
    success_url = reverse_lazy("password_reset_done")

    @property
    def extra_email_context(self):
        # Links are built from SIGAP_BASE_URL, never from the request's Host header, so a forged
        # Host cannot send a reset link pointing at someone else's server.
        return {"base_url": settings.BASE_URL}


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("password_reset_complete")

    def form_valid(self, form):
        throttle.clear_account(form.user.get_username())  # the owner proved control of the mailbox
        return super().form_valid(form)
