"""Settings, all from the environment (12-factor).

Defaults give a self-contained development workbench: SQLite under ``var/`` and Celery tasks run
in-process. ``DATABASE_URL`` switches to PostgreSQL, ``REDIS_URL`` to a real broker and result backend
for ``celery -A workbench worker`` processes. ``DJANGO_ENV=production`` turns DEBUG off, demands a
secret key from the environment and enables the HTTPS hardening that ``check --deploy`` asks for.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("WORKBENCH_VAR_DIR", BASE_DIR / "var"))


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value not in (None, "") else default


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


def _development_secret_key() -> str:
    """A per-checkout random key, so that no secret ever lives in the repository."""
    path = VAR_DIR / "dev-secret-key"
    try:
        return path.read_text().strip()
    except FileNotFoundError:
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        key = secrets.token_urlsafe(50)
        path.write_text(key)
        return key


PRODUCTION = os.environ.get("DJANGO_ENV", "development") == "production"
DEBUG = env_bool("DJANGO_DEBUG", default=not PRODUCTION)

if PRODUCTION:
    SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]  # a KeyError here is the intended failure
else:
    SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY") or _development_secret_key()

ALLOWED_HOSTS = env_list(
    "DJANGO_ALLOWED_HOSTS", [] if PRODUCTION else ["127.0.0.1", "localhost", "[::1]", "testserver"]
)
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "workbench",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "workbench.middleware.RejectNulMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "workbench.middleware.SecurityHeadersMiddleware",
]

ROOT_URLCONF = "workbench.urls"
WSGI_APPLICATION = "workbench.wsgi.application"

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
            ],
        },
    }
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'workbench.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
    )
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # A team on the embedded database: request threads and in-process tasks share the file. WAL lets
    # readers go on while one writer writes; IMMEDIATE transactions take the write lock when they
    # begin, so two writers queue (for up to ``timeout`` seconds) instead of one failing with
    # "database is locked" when a read lock cannot be upgraded halfway through.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        timeout=env_int("WORKBENCH_SQLITE_TIMEOUT", 20),
        transaction_mode="IMMEDIATE",
        init_command="PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    )
    VAR_DIR.mkdir(parents=True, exist_ok=True)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("ja", _("Japanese"))]
LOCALE_PATHS = [BASE_DIR / "workbench" / "locale"]
TIME_ZONE = os.environ.get("TZ_NAME", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}

WHITENOISE_USE_FINDERS = not PRODUCTION

LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/accounts/login/"

# --- Uploads: a whole import is refused above this size, each file above WORKBENCH_MAX_FILE_BYTES.
WORKBENCH_MAX_FILE_BYTES = env_int("WORKBENCH_MAX_FILE_BYTES", 20 * 1024 * 1024)
WORKBENCH_MAX_UPLOAD_BYTES = env_int("WORKBENCH_MAX_UPLOAD_BYTES", 60 * 1024 * 1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("DJANGO_DATA_UPLOAD_MAX_MEMORY_SIZE", 5 * 1024 * 1024)
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 5000

# --- Logins (workbench/auth.py): failures lock the account from every address, and the address only
# far later (a team behind one proxy shares it); a token lives WORKBENCH_TOKEN_TTL_HOURS (0: for ever).
WORKBENCH_LOGIN_MAX_FAILURES = env_int("WORKBENCH_LOGIN_MAX_FAILURES", 10)
WORKBENCH_LOGIN_MAX_ADDRESS_FAILURES = env_int("WORKBENCH_LOGIN_MAX_ADDRESS_FAILURES", 100)
WORKBENCH_LOGIN_LOCK_SECONDS = env_int("WORKBENCH_LOGIN_LOCK_SECONDS", 300)
WORKBENCH_TOKEN_TTL_HOURS = env_int("WORKBENCH_TOKEN_TTL_HOURS", 0)

# --- REST API
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "workbench.auth.ExpiringTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "workbench.api.schema.WorkbenchAutoSchema",
    # Services raise workbench.services.errors.ApplicationError; it becomes an HTTP answer there.
    "EXCEPTION_HANDLER": "workbench.api.errors.exception_handler",
    # ?format= selects an export format (tmx, xliff, tsv), not a DRF renderer.
    "URL_FORMAT_OVERRIDE": None,
    "DEFAULT_THROTTLE_CLASSES": [
        "rest_framework.throttling.AnonRateThrottle",
        "rest_framework.throttling.UserRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": os.environ.get("WORKBENCH_THROTTLE_ANON", "60/min"),
        "user": os.environ.get("WORKBENCH_THROTTLE_USER", "6000/min"),
        "login": os.environ.get("WORKBENCH_THROTTLE_LOGIN", "10/min"),
    },
    # How many proxies in front of the workbench append to X-Forwarded-For. 0 (the default): the
    # header is the client's to write, so throttles key on REMOTE_ADDR; without this DRF trusted it,
    # and 40 wrong passwords each with another header value were never throttled.
    "NUM_PROXIES": env_int("WORKBENCH_TRUSTED_PROXIES", 0),
}
SPECTACULAR_SETTINGS = {
    "TITLE": "zh→ja translation review workbench API",
    "DESCRIPTION": "Projects, documents, aligned segments, flags, reviews, scores and the translation memory.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PERMISSIONS": ["rest_framework.permissions.IsAuthenticated"],
    # Swagger UI from the installed package, never a CDN: the workbench works offline.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    # Two models have a "status" and two an "origin": name their enums, or the schema gets a hashed name for one.
    "ENUM_NAME_OVERRIDES": {
        "FlagStatusEnum": "workbench.models.review.Flag.Status",
        "ImportJobStatusEnum": "workbench.models.documents.ImportJob.Status",
        "FlagOriginEnum": "workbench.models.review.Flag.Origin",
        "TranslationUnitOriginEnum": "workbench.models.memory.TranslationUnit.Origin",
    },
}

# --- Cache: Redis when there is one (shared by workers and web processes), else per-process memory.
# Besides throttling counters it holds the review page's and the segments API's responses, keyed on
# the document's revision (workbench/selectors/cached.py): per-process memory is correct too, each
# process just fills its own. A review page is ~100-200 kB; 500 entries bound the memory per process.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            # Redis down is a slower workbench, not a dead one (workbench/cache.py).
            "BACKEND": "workbench.cache.FailOpenRedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 2},
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": env_int("WORKBENCH_LOCMEM_CACHE_ENTRIES", 500)},
        }
    }
# Sessions in the database, not the cache: with Redis down everyone stays logged in (a cached_db
# session is read from Redis first), and a logout can never be undone by Redis coming back with the
# session it missed deleting. A query per page request is the price.
SESSION_ENGINE = "django.contrib.sessions.backends.db"
# How long a cached response of an unchanged document is kept (a change makes it unreachable at once).
WORKBENCH_RESPONSE_CACHE_SECONDS = env_int("WORKBENCH_RESPONSE_CACHE_SECONDS", 15 * 60)
# How many of those each process also keeps in its own memory, in front of the shared cache.
WORKBENCH_RESPONSE_MEMORY_ENTRIES = env_int("WORKBENCH_RESPONSE_MEMORY_ENTRIES", 200)

# --- Celery
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", default=not REDIS_URL)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_BROKER_URL = REDIS_URL or "memory://localhost/"  # in-process; a host keeps kombu from warning
CELERY_RESULT_BACKEND = REDIS_URL or "cache+memory://"
CELERY_TASK_TRACK_STARTED = True
# A job whose worker dies is redelivered to another worker, never lost: acknowledge after the work.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": env_int("CELERY_VISIBILITY_TIMEOUT", 3600)}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_RESULT_EXPIRES = 24 * 3600
# Every task is stopped after these many seconds (soft: an exception the task can report; hard: the
# process is killed). A stopped task is acknowledged as failed, never redelivered; an import says
# so in its job's message.
CELERY_TASK_SOFT_TIME_LIMIT = env_int("CELERY_TASK_SOFT_TIME_LIMIT", 15 * 60)
CELERY_TASK_TIME_LIMIT = env_int("CELERY_TASK_TIME_LIMIT", CELERY_TASK_SOFT_TIME_LIMIT + 60)
# The watchdog (workbench/services/watchdog.py) under `celery -A workbench beat` (or `worker -B`).
CELERY_BEAT_SCHEDULE = {"watchdog": {"task": "workbench.tasks.watchdog.watchdog", "schedule": 60.0}}
# An import job in which nothing moved for this long lost its worker: queued again, or failed.
WORKBENCH_JOB_STALL_SECONDS = env_int("WORKBENCH_JOB_STALL_SECONDS", 5 * 60)
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]

# --- Security headers (all modes) and HTTPS hardening (production)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False  # the review page's JavaScript reads it to send X-CSRFToken
if PRODUCTION:
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = env_int("DJANGO_SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
    "loggers": {"workbench": {"level": os.environ.get("WORKBENCH_LOG_LEVEL", "INFO")}},
}
