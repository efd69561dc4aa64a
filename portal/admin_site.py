"""The secretariat's admin: Django's AdminSite with the portal's start page, allauth's login and a second step."""

from allauth.account.decorators import secure_admin_login
from allauth.mfa.models import Authenticator
from django.contrib import admin
from django.db.models.base import ModelBase
from django.urls import path
from django.views.decorators.cache import never_cache

from alliantie import second_factor
from portal import dashboard


class PortalAdminSite(admin.AdminSite):
    site_header = "Sociale Alliantie – secretariaat"
    site_title = "Sociale Alliantie"
    index_title = "Beheer van de portal"

    def login(self, request, extra_context=None):
        # One login form for everyone: allauth's, with its rate limits and verified addresses.
        return secure_admin_login(super().login)(request, extra_context)

    def register(self, model_or_iterable, admin_class=None, **options):
        # allauth.mfa's own admin page shows and edits the secret of everyone's app, and deletes without a trace:
        # a lost phone is reset by the audited action on accounts instead (alliantie/second_factor.py).
        models = [model_or_iterable] if isinstance(model_or_iterable, ModelBase) else list(model_or_iterable)
        models = [model for model in models if model is not Authenticator]
        if models:
            super().register(models, admin_class, **options)

    def get_urls(self):
        # Under /admin/ but not through admin_view (SecondFactorRequiredMiddleware lets them through): the pages that
        # lead back to the admin page the person asked for.
        return [
            path("tweede-stap/", never_cache(second_factor.SetUpView.as_view()), name="second_factor_set_up"),
            path(
                "tweede-stap/herstelcodes/",
                never_cache(second_factor.RecoveryCodesView.as_view()),
                name="second_factor_recovery_codes",
            ),
            *self.people_urls(),
            *super().get_urls(),
        ]

    def people_urls(self):
        from portal.people import views

        def page(view):
            return self.admin_view(lambda request: view(self, request))

        return [
            path("personen/", page(views.search_view), name="people_search"),
            path("personen/persoon/", page(views.person_view), name="people_person"),
            path("personen/persoon/json/", page(views.person_json_view), name="people_person_json"),
            path("personen/persoon/wissen/", page(views.erase_view), name="people_person_erase"),
        ]

    def index(self, request, extra_context=None):
        """The start page opens with what waits for the secretariat (portal/dashboard.py)."""
        from portal.people.views import may_see_people

        extra_context = {"people_search": may_see_people(request.user), **(extra_context or {})}
        if request.user.has_perm("alliantie.view_membership"):
            extra_context = {**dashboard.context(), **(extra_context or {})}
        return super().index(request, extra_context=extra_context)
