"""
Settings for the PRS (Payment Receiving System) demo project that ships with migdesk.

Only the project's own apps are installed (no admin/auth/contenttypes), so the set of
migrations Django knows about is exactly the set recorded in the demo's django_migrations.
The database is taken from the standard libpq environment variables.
"""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "migdesk-demo-not-a-secret")
DEBUG = False
ALLOWED_HOSTS = ["localhost", "127.0.0.1"]

INSTALLED_APPS = [
    "core.apps.CoreConfig",
    "accounts.apps.AccountsConfig",
    "customers.apps.CustomersConfig",
    "billing.apps.BillingConfig",
    "payments.apps.PaymentsConfig",
    "receipts.apps.ReceiptsConfig",
    "ledger.apps.LedgerConfig",
]

MIDDLEWARE = []
ROOT_URLCONF = "core_config.urls"
TEMPLATES = []

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("PGDATABASE", "prs"),
        "USER": os.environ.get("PGUSER", ""),
        "PASSWORD": os.environ.get("PGPASSWORD", ""),
        "HOST": os.environ.get("PGHOST", ""),
        "PORT": os.environ.get("PGPORT", ""),
    }
}

DEFAULT_AUTO_FIELD = "django.db.models.AutoField"

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = False
USE_L10N = False
USE_TZ = True
