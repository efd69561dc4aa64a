"""The secretariat's admin: Django's AdminSite with the portal's start page and allauth's login."""

from allauth.account.decorators import secure_admin_login
from django.contrib import admin

from portal import dashboard


class PortalAdminSite(admin.AdminSite):
    site_header = "Sociale Alliantie – secretariaat"
    site_title = "Sociale Alliantie"
    index_title = "Beheer van de portal"

    def login(self, request, extra_context=None):
        # One login form for everyone: allauth's, with its rate limits and verified addresses.
        return secure_admin_login(super().login)(request, extra_context)

    def index(self, request, extra_context=None):
        """The start page opens with what waits for the secretariat (portal/dashboard.py)."""
        if request.user.has_perm("alliantie.view_membership"):
            extra_context = {**dashboard.context(), **(extra_context or {})}
        return super().index(request, extra_context=extra_context)

