"""Site-wide middleware: the Content-Security-Policy with the admin's one exception, and no personal
page in any cache."""

from csp.constants import SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.utils.cache import patch_cache_control

ADMIN_PREFIX = "/admin/"


class PortalCSPMiddleware(CSPMiddleware):
    """The strict policy everywhere; Django's admin templates put a few style="" attributes in
    their HTML, so the admin alone may use inline styles. Scripts stay 'self' there too."""

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if request.path_info.startswith(ADMIN_PREFIX) and not report_only:
            parts.update = {**(parts.update or {}), "style-src": [SELF, UNSAFE_INLINE]}
        return parts


class PrivatePagesMiddleware:
    """Every response for a logged-in person, and every page under the account, registration and admin
    paths, carries Cache-Control: private, no-store: no browser, proxy or CDN may keep personal data."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if request.path_info.startswith(settings.PRIVATE_PATH_PREFIXES) or (user is not None and user.is_authenticated):
            response.headers.pop("Cache-Control", None)
            patch_cache_control(response, private=True, no_store=True)
        return response
