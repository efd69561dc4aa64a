"""Limits on what a request may carry, checked before Django reads a byte of its body.

- A body larger than its kind of page allows is refused with 413 on its Content-Length alone, so it is
  never read or spooled to disk: small for the public forms (text only), larger under the admin for a logged-in
  staff member (not its login form), where the
  secretariat uploads documents and import files. Django reads no body without a Content-Length.
- A NUL character in the address, its query string or a cookie is refused with 400: PostgreSQL cannot store or compare
  one, so a filter or search given one would end in a 500. Form fields refuse NUL themselves (Django's
  CharField), with a field error.
"""

from importlib import import_module

from django.conf import settings
from django.contrib.auth import SESSION_KEY, get_user_model
from django.db import DatabaseError
from django.http import HttpResponse, HttpResponseBadRequest
from django.middleware.clickjacking import XFrameOptionsMiddleware
from django.middleware.security import SecurityMiddleware
from django.template import loader
from django_permissions_policy import PermissionsPolicyMiddleware

from portal.middleware import PortalCSPMiddleware


def max_body_bytes(request):
    if declared_length(request) > settings.REQUEST_MAX_BODY_BYTES and _staff_uploads(request):
        return settings.REQUEST_MAX_UPLOAD_BYTES
    return settings.REQUEST_MAX_BODY_BYTES


def _staff_uploads(request):
    """Under the admin, for a logged-in active staff member only: anyone else (the login form included) gets the
    public limit. Asked only for a body over that limit, so no other request pays the two lookups."""
    if not request.path.startswith(settings.REQUEST_UPLOAD_PATH_PREFIX):
        return False
    session_key = request.COOKIES.get(settings.SESSION_COOKIE_NAME)
    if not session_key:
        return False
    try:
        user_id = import_module(settings.SESSION_ENGINE).SessionStore(session_key).get(SESSION_KEY)
        return bool(user_id) and get_user_model().objects.filter(pk=user_id, is_staff=True, is_active=True).exists()
    except DatabaseError:
        return False  # the database is down: the request could not be saved anyway


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
    # On the raw query string: a NUL reaches its names and values only as itself or as %00, and a page served
    # from the cache then never parses it at all.
    query = request.META.get("QUERY_STRING", "")
    return "\x00" in query or "%00" in query


class RequestLimitsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        # A refusal is answered before the header middleware further down runs; it passes the same ones here,
        # so a 400 or 413 carries the site's CSP, HSTS, nosniff, frame and permissions headers like any page.
        self.with_site_headers = SecurityMiddleware(
            PermissionsPolicyMiddleware(PortalCSPMiddleware(XFrameOptionsMiddleware(self.refusal)))
        )

    def __call__(self, request):
        # NUL first: a session cookie holding one must never reach the session lookup of the size check.
        if carries_nul(request):
            request.refused_with = 400
        elif declared_length(request) > max_body_bytes(request):
            request.refused_with = 413
        else:
            return self.get_response(request)
        return self.with_site_headers(request)

    @staticmethod
    def refusal(request):
        # Rendered without the request: nothing of it (session, user) is read for a refusal.
        context = {"organisation": settings.ORGANISATION}
        if request.refused_with == 413:
            return HttpResponse(loader.render_to_string("413.html", context), status=413)
        return HttpResponseBadRequest(loader.render_to_string("400.html", context))
