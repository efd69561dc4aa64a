"""The yardstick: a bare Django view that answers "hello", served by gunicorn exactly like the portal.

gunicorn portal.benchmarks.hello:application
"""

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

settings.configure(DEBUG=False, ALLOWED_HOSTS=["*"], ROOT_URLCONF=__name__, SECRET_KEY="hello-" + "x" * 50)


def hello(request):
    return HttpResponse("hello")


urlpatterns = [path("", hello), path("healthz", hello)]
application = get_wsgi_application()
