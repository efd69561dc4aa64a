import os
from importlib import import_module

from django.conf import settings
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
application = get_wsgi_application()
# Import every app's URLs and views now, while the process starts, not in the first request: when the
# registration for an Alliantiedag opens, the first visitors after a deploy would otherwise wait for it.
import_module(settings.ROOT_URLCONF)
