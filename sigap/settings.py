"""Sigap settings: every value comes from an environment variable, read here and only here.

Safe defaults give the embedded setup (SQLite under var/, database task queue, DEBUG off).
A bad value stops start-up with a message naming the variable.
"""

import os
import sys
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.core.exceptions import ImproperlyConfigured

from sigap.core.clientip import parse_proxies as _parse_proxies
from sigap.lib.netguard import Policy as _FetchPolicy

BASE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BASE_DIR.parent


def env(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def env_bool(name: str, default: bool) -> bool:
    raw = env(name)
    if not raw:
        return default
    if raw.lower() in {"1", "true", "yes", "on", "ya"}:
        return True
    if raw.lower() in {"0", "false", "no", "off", "tidak"}:
        return False
    raise ImproperlyConfigured(f"{name}={raw!r}: use true or false.")


def env_int(name: str, default: int, minimum: int = 0) -> int:
    raw = env(name)
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r}: expected a whole number.") from None
    if value < minimum:
        raise ImproperlyConfigured(f"{name}={raw!r}: must be at least {minimum}.")
    return value


#: libpq connection parameters accepted in the query string of a postgresql:// URL, e.g.
#: ?sslmode=verify-full&sslrootcert=/etc/sigap/db-ca.pem (docs/deploy.md). Each has a PG* variable,
#: so pg_dump and pg_restore connect the same way (sigap/core/backup.py).
_POSTGRES_OPTIONS = {
    "sslmode",
    "sslrootcert",
    "sslcert",
    "sslkey",
    "sslcrl",
    "sslnegotiation",
    "connect_timeout",
    "application_name",
    "target_session_attrs",
    "options",
    "gssencmode",
    "channel_binding",
}
_SSLMODES = {"disable", "allow", "prefer", "require", "verify-ca", "verify-full"}


def _postgres_options(query: str, name: str) -> dict:
    # Handed to psycopg as they are; an unknown name would only fail later, at the first query.
    try:
        options = dict(parse_qsl(query, keep_blank_values=True, strict_parsing=bool(query)))
    except ValueError:
        raise ImproperlyConfigured(f"{name}: write options as ?name=value&name=value.") from None
    unknown = sorted(set(options) - _POSTGRES_OPTIONS)
    if unknown:
        raise ImproperlyConfigured(
            f"{name}: unknown option {', '.join(unknown)}; use {', '.join(sorted(_POSTGRES_OPTIONS))}."
        )
    if "sslmode" in options and options["sslmode"] not in _SSLMODES:
        raise ImproperlyConfigured(f"{name}: sslmode={options['sslmode']!r}; use {', '.join(sorted(_SSLMODES))}.")
    return options


def database_from_url(url: str, name: str) -> dict:
    """sqlite:///relative/or/absolute.sqlite3 or postgresql://user:pass@host:port/db?sslmode=require"""
    parts = urlsplit(url)
    if parts.scheme == "sqlite":
        path = unquote(parts.path[1:] if parts.path.startswith("/") else parts.path)
        if not path:
            raise ImproperlyConfigured(f"{name}={url!r}: give a file, e.g. sqlite:///var/sigap.sqlite3")
        file = Path(path) if Path(path).is_absolute() else PROJECT_DIR / path
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": file,
            "OPTIONS": {
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
                "init_command": (
                    "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                    "PRAGMA mmap_size=268435456; PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;"
                ),
            },
            "TEST": {"NAME": None},
        }
    if parts.scheme in {"postgres", "postgresql"}:
        return {
            "ENGINE": "django.db.backends.postgresql",
            "OPTIONS": _postgres_options(parts.query, name),
            "NAME": unquote(parts.path.lstrip("/")) or "sigap",
            "USER": unquote(parts.username or ""),
            "PASSWORD": unquote(parts.password or ""),
            "HOST": parts.hostname or "",
            "PORT": str(parts.port or ""),
            "CONN_MAX_AGE": 60,
            "CONN_HEALTH_CHECKS": True,
        }
    raise ImproperlyConfigured(f"{name}={url!r}: only sqlite:/// and postgresql:// are supported.")


DEBUG = env_bool("SIGAP_DEBUG", False)
TESTING = "pytest" in sys.modules
DATA_DIR = Path(env("SIGAP_DATA_DIR") or PROJECT_DIR / "var")

SECRET_KEY = env("SIGAP_SECRET_KEY")
if not SECRET_KEY:
    if DEBUG or TESTING:
        SECRET_KEY = "insecure-development-key-never-use-in-production"  # noqa: S105 - development and tests only
    else:
        raise ImproperlyConfigured(
            "SIGAP_SECRET_KEY is not set. Set it to a long random string "
            "(e.g. python -c 'import secrets; print(secrets.token_urlsafe(50))'). "
            "`make run` creates one under var/ for you."
        )

# Earlier keys, newest first: sessions and password-reset links signed with them stay
# valid after SIGAP_SECRET_KEY is replaced (docs/deploy.md, "Replacing SIGAP_SECRET_KEY").
SECRET_KEY_FALLBACKS = [k.strip() for k in env("SIGAP_SECRET_KEY_FALLBACKS").split(",") if k.strip()]

ALLOWED_HOSTS = [h.strip() for h in env("SIGAP_ALLOWED_HOSTS", "127.0.0.1,localhost").split(",") if h.strip()]
CSRF_TRUSTED_ORIGINS = [o.strip() for o in env("SIGAP_CSRF_TRUSTED_ORIGINS").split(",") if o.strip()]
SECURE_COOKIES = env_bool("SIGAP_SECURE_COOKIES", False)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = SECURE_COOKIES
# Only behind a proxy that sets X-Forwarded-Proto itself (docs/deploy.md); otherwise any client
# could claim HTTPS.
if env_bool("SIGAP_BEHIND_HTTPS_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Reverse proxies whose X-Forwarded-For is believed when finding the client's address for
# per-address limits (sigap/core/clientip.py, docs/deploy.md). Empty: REMOTE_ADDR only.
try:
    TRUSTED_PROXIES = _parse_proxies(env("SIGAP_TRUSTED_PROXIES"))
except ValueError as exc:
    raise ImproperlyConfigured(f"SIGAP_TRUSTED_PROXIES: {exc}.") from None
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# HSTS only makes sense once the site is served over HTTPS: set SIGAP_HSTS_SECONDS=31536000
# there (docs/security.md). 0 (default) sends no header, so plain-HTTP installs are not locked out.
SECURE_HSTS_SECONDS = env_int("SIGAP_HSTS_SECONDS", 0, minimum=0)
# Content-Security-Policy (django-csp): no inline script, nothing from other origins (docs/security.md).
from csp.constants import NONE, SELF  # noqa: E402

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
    },
}

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_tasks",
    "django_tasks_db",
    "sigap.core",
    "sigap.accounts",
    "sigap.monitoring",
    "sigap.alerts",
    "sigap.issues",
    "sigap.crisis",
    "sigap.ppid",
    "sigap.complaints",
    "sigap.portal",
    "sigap.reports",
    "sigap.home",
    "sigap.demo",
    "sigap.api",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "sigap.core.middleware.ChosenLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "sigap.core.middleware.PrivateResponsesMiddleware",
    "sigap.accounts.middleware.TwoFactorRequiredMiddleware",
    "sigap.core.middleware.OfficeTimeZoneMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
]

ROOT_URLCONF = "sigap.urls"
WSGI_APPLICATION = "sigap.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "sigap.alerts.context_processors.unread_notifications",
            ],
        },
    },
]

DATABASE_URL = env("SIGAP_DATABASE_URL", "sqlite:///var/sigap.sqlite3")
DATABASES = {"default": database_from_url(DATABASE_URL, "SIGAP_DATABASE_URL")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env("SIGAP_REDIS_URL")
TASKS_BACKEND = env("SIGAP_TASKS_BACKEND", "db")
# Separate queues so a long import never holds up an alert (docs/background-jobs.md); "default"
# and "import" are the names used before the split, kept so tasks queued under them still run.
_TASK_QUEUES = ["ingest", "analysis", "alerts", "scheduler", "default", "import"]
if TASKS_BACKEND == "db":
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": _TASK_QUEUES}}
elif TASKS_BACKEND == "immediate":
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend", "QUEUES": _TASK_QUEUES}}
elif TASKS_BACKEND == "rq":
    if not REDIS_URL:
        raise ImproperlyConfigured("SIGAP_TASKS_BACKEND=rq needs SIGAP_REDIS_URL (e.g. redis://127.0.0.1:6379/0).")
    INSTALLED_APPS += ["django_rq", "django_tasks_rq"]
    RQ_QUEUES = {q: {"URL": REDIS_URL, "DEFAULT_TIMEOUT": 3600} for q in _TASK_QUEUES}
    TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": _TASK_QUEUES}}
else:
    raise ImproperlyConfigured(f"SIGAP_TASKS_BACKEND={TASKS_BACKEND!r}: use db, rq or immediate.")

if REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
if TESTING:  # the suite creates many users; a slow password hash only slows it down
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home:home"  # each role's own page (sigap/home)
LOGOUT_REDIRECT_URL = "login"
# Sign-in throttle (sigap/accounts/throttle.py): this many wrong passwords within the lockout
# time lock the account, or the address, for the lockout time.
LOGIN_MAX_FAILURES_ACCOUNT = env_int("SIGAP_LOGIN_MAX_FAILURES_ACCOUNT", 5, minimum=1)
LOGIN_MAX_FAILURES_IP = env_int("SIGAP_LOGIN_MAX_FAILURES_IP", 20, minimum=1)
LOGIN_LOCKOUT_MINUTES = env_int("SIGAP_LOGIN_LOCKOUT_MINUTES", 15, minimum=1)
# A session ends after this many hours without a request (every request renews it).
SESSION_COOKIE_AGE = env_int("SIGAP_SESSION_IDLE_HOURS", 8, minimum=1) * 3600
SESSION_SAVE_EVERY_REQUEST = True

LANGUAGE_CODE = env("SIGAP_LANGUAGE", "id")
if LANGUAGE_CODE not in {"id", "en"}:
    raise ImproperlyConfigured(f"SIGAP_LANGUAGE={LANGUAGE_CODE!r}: use id or en.")
LANGUAGES = [("id", "Bahasa Indonesia"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = env("SIGAP_TIME_ZONE", "Asia/Jakarta")
try:
    ZoneInfo(TIME_ZONE)
except (ZoneInfoNotFoundError, ValueError):
    raise ImproperlyConfigured(f"SIGAP_TIME_ZONE={TIME_ZONE!r} is not a known time zone.") from None

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = DATA_DIR / "static"
WHITENOISE_USE_FINDERS = True  # `make run` serves without collectstatic; production runs collectstatic
MEDIA_ROOT = DATA_DIR / "media"
IMPORT_DIR = DATA_DIR / "imports"
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
IMPORT_MAX_BYTES = env_int("SIGAP_IMPORT_MAX_MB", 1024, minimum=1) * 1024 * 1024
# Uploaded import files hold personal data; the job row, its counts and rejected lines stay.
IMPORT_RETENTION_DAYS = env_int("SIGAP_IMPORT_RETENTION_DAYS", 30, minimum=1)

# Polite fetching of feeds and pages.
FETCH_USER_AGENT = env("SIGAP_USER_AGENT", "SigapBot/0.1 (+https://sigap.id/bot)")
FETCH_MIN_INTERVAL = env_int("SIGAP_FETCH_MIN_INTERVAL_SECONDS", 1, minimum=0)
FETCH_TIMEOUT = env_int("SIGAP_FETCH_TIMEOUT_SECONDS", 20, minimum=1)
# Feeds, pages and webhooks never reach loopback, private, link-local or cloud-metadata
# addresses (SSRF), except the hosts and networks listed here (docs/security.md).
FETCH_ALLOW = tuple(item.strip() for item in env("SIGAP_FETCH_ALLOW").split(",") if item.strip())
try:
    _FetchPolicy.parse(FETCH_ALLOW)
except ValueError as exc:
    raise ImproperlyConfigured(f"SIGAP_FETCH_ALLOW: {exc}.") from None

SCHEDULER_TICK = env_int("SIGAP_SCHEDULER_TICK_SECONDS", 30, minimum=1)
# A job a worker holds (an import, the analysis) is its own for this long without a sign of life;
# after that another worker takes it over and resumes it (docs/background-jobs.md).
JOB_LEASE_SECONDS = env_int("SIGAP_JOB_LEASE_SECONDS", 120, minimum=1)

# Public portal brakes (docs/security.md): stored submissions per client address per 10 minutes,
# receipts e-mailed to one address per hour, and the least time a person takes to fill a form.
PORTAL_SUBMISSIONS_PER_IP = env_int("SIGAP_PORTAL_SUBMISSIONS_PER_IP", 5, minimum=1)
PORTAL_RECEIPTS_PER_EMAIL = env_int("SIGAP_PORTAL_RECEIPTS_PER_EMAIL", 3, minimum=1)
PORTAL_MIN_FILL_SECONDS = env_int("SIGAP_PORTAL_MIN_FILL_SECONDS", 3, minimum=0)

# Outgoing e-mail (alerts, daily brief, PPID notices). Without an SMTP host, mail is written to
# files under var/mail so `make run` needs no mail server.
SMTP_HOST = env("SIGAP_SMTP_HOST")
if SMTP_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = SMTP_HOST
    EMAIL_PORT = env_int("SIGAP_SMTP_PORT", 587, minimum=1)
    EMAIL_HOST_USER = env("SIGAP_SMTP_USER")
    EMAIL_HOST_PASSWORD = env("SIGAP_SMTP_PASSWORD")
    EMAIL_USE_TLS = env_bool("SIGAP_SMTP_TLS", EMAIL_PORT == 587)
    EMAIL_TIMEOUT = env_int("SIGAP_SMTP_TIMEOUT_SECONDS", 10, minimum=1)
else:
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = DATA_DIR / "mail"
DEFAULT_FROM_EMAIL = env("SIGAP_MAIL_FROM", "Sigap <sigap@localhost>")
# Absolute links in e-mails, webhooks and PDFs.
BASE_URL = env("SIGAP_BASE_URL", "http://127.0.0.1:8000").rstrip("/")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("SIGAP_LOG_LEVEL", "INFO")},
    # httpx logs every request URL at INFO; a webhook URL may carry a token in its query string.
    "loggers": {"django.db.backends": {"level": "INFO"}, "httpx": {"level": "WARNING"}},
}
