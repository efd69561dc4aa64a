"""Limits on what a request may carry, checked before Django reads a byte of its body.

- A body larger than its kind of page allows is refused with 413 on its Content-Length alone, so it is
  never read or spooled to disk: small for the public forms (text only), larger under the admin, where the
  secretariat uploads documents and import files. Django reads no body without a Content-Length.
- A NUL character in the address, its query string or a cookie is refused with 400: PostgreSQL cannot store or compare
  one, so a filter or search given one would end in a 500. Form fields refuse NUL themselves (Django's
  CharField), with a field error.
"""

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest
from django.middleware.clickjacking import XFrameOptionsMiddleware
from django.middleware.security import SecurityMiddleware
from django.template import loader
from django_permissions_policy import PermissionsPolicyMiddleware

from portal.middleware import PortalCSPMiddleware


def max_body_bytes(path):
    if path.startswith(settings.REQUEST_UPLOAD_PATH_PREFIX):
        return settings.REQUEST_MAX_UPLOAD_BYTES
    return settings.REQUEST_MAX_BODY_BYTES


def declared_length(request):
    try:
        return max(int(request.META.get("CONTENT_LENGTH") or 0), 0)
    except ValueError:
        return 0  # as Django itself reads it: no body


def carries_nul(request):
    if "\x00" in request.path:
        return True
    if any("\x00" in key or "\x00" in value for key, value in request.COOKIES.items()):
        return True  # a session cookie holding one would reach the session table
    return any("\x00" in key or any("\x00" in value for value in values) for key, values in request.GET.lists())


class RequestLimitsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        # A refusal is answered before the header middleware further down runs; it passes the same ones here,
        # so a 400 or 413 carries the site's CSP, HSTS, nosniff, frame and permissions headers like any page.
        self.with_site_headers = SecurityMiddleware(
            PermissionsPolicyMiddleware(PortalCSPMiddleware(XFrameOptionsMiddleware(self.refusal)))
        )

    def __call__(self, request):
        if declared_length(request) > max_body_bytes(request.path) or carries_nul(request):
            return self.with_site_headers(request)
        return self.get_response(request)

    @staticmethod
    def refusal(request):
        # Rendered without the request: nothing of it (session, user) is read for a refusal.
        context = {"organisation": settings.ORGANISATION}
        if declared_length(request) > max_body_bytes(request.path):
            return HttpResponse(loader.render_to_string("413.html", context), status=413)
        return HttpResponseBadRequest(loader.render_to_string("400.html", context))
