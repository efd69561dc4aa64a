from allauth.account.decorators import secure_admin_login
from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path
from django.views.generic import TemplateView

from . import dashboard, views
from .sitemaps import SITEMAPS

# The admin logs in through allauth (rate limits, verified e-mail): no second login form.
admin.site.login = secure_admin_login(admin.site.login)
admin.site.site_header = "Sociale Alliantie – secretariaat"
admin.site.site_title = "Sociale Alliantie"
admin.site.index_title = "Beheer van de portal"
_admin_index = admin.site.index


def admin_index_with_start_page(request, extra_context=None):
    """The admin's start page opens with what waits for the secretariat (alliantie/dashboard.py)."""
    if not request.user.has_perm("alliantie.view_membership"):
        return _admin_index(request, extra_context=extra_context)
    return _admin_index(request, extra_context={**dashboard.context(), **(extra_context or {})})


admin.site.index = admin_index_with_start_page

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("privacy/", views.PrivacyView.as_view(), name="privacy"),
    path("toegankelijkheid/", TemplateView.as_view(template_name="accessibility.html"), name="accessibility"),
    path("robots.txt", views.RobotsView.as_view(), name="robots"),
    path("sitemap.xml", sitemap_views.sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("favicon.ico", views.favicon, name="favicon"),
    path(settings.MEDIA_URL.lstrip("/") + "<path:path>", views.public_media, name="public-media"),
    path("admin/", admin.site.urls),
    path("account/", include("allauth.urls")),
    path("", include("alliantie.netwerk.urls")),
    path("", include("manifest.urls")),
    path("cooperaties/", include("cooperaties.urls")),
    path("agenda/", include("agenda.urls")),
    path("nieuwsbrief/", include("nieuwsbrief.urls")),
    path("publicaties/", include("publicaties.urls")),
    path("verhalen/", include("verhalen.urls")),
    path("zoeken/", include("zoeken.urls")),
]

handler500 = "alliantie.views.server_error"
