"""The yardstick: a bare Django view that answers "hello", served by gunicorn exactly like the portal; and the
same view answering a body of n bytes (/bytes/n), to tell what a page costs from what its size costs on the wire.

gunicorn portal.benchmarks.hello:application
"""

import functools

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

settings.configure(DEBUG=False, ALLOWED_HOSTS=["*"], ROOT_URLCONF=__name__, SECRET_KEY="hello-" + "x" * 50)


def hello(request):
    return HttpResponse("hello")


@functools.cache
def body(size):
    return b"x" * size


def sized(request, size):
    # With its length, as the portal's pages have it (CommonMiddleware): without, gunicorn would send it in chunks.
    response = HttpResponse(body(size))
    response["Content-Length"] = size
    return response


urlpatterns = [path("", hello), path("healthz", hello), path("bytes/<int:size>", sized)]
application = get_wsgi_application()
