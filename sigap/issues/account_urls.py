"""/akun-sumber/<channel>/<account>/: a monitored account's page (not /akun/, the user's own settings)."""

from django.urls import path, register_converter

from . import account_page


class AccountConverter:
    """Any account name, slashes and line breaks included, so every name an import brought can be linked."""

    regex = r"[\s\S]+"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(AccountConverter, "account")

app_name = "source_accounts"
urlpatterns = [path("<str:channel>/<account:author>/", account_page.account_detail, name="detail")]
