from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path

from portal import views
from portal.caching.pages import ALL, public_page
from portal.sitemaps import SITEMAPS

urlpatterns = [
    path("", public_page(views.HomeView.as_view(), areas=ALL), name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("privacy/", public_page(views.PrivacyView.as_view(), areas=()), name="privacy"),
    path("toegankelijkheid/", public_page(views.AccessibilityView.as_view(), areas=()), name="accessibility"),
    path("robots.txt", public_page(views.RobotsView.as_view(), areas=()), name="robots"),
    path("sitemap.xml", public_page(sitemap_views.sitemap, areas=ALL), {"sitemaps": SITEMAPS}, name="sitemap"),
    path("favicon.ico", views.favicon, name="favicon"),
    path(settings.MEDIA_URL.lstrip("/") + "<path:path>", views.public_media, name="public-media"),
    path("admin/", admin.site.urls),
    path("account/", include("allauth.urls")),
    path("", include("alliantie.urls")),
    path("", include("manifest.urls")),
    path("cooperaties/", include("cooperaties.urls")),
    path("agenda/", include("agenda.urls")),
    path("nieuwsbrief/", include("nieuwsbrief.urls")),
    path("publicaties/", include("publicaties.urls")),
    path("verhalen/", include("verhalen.urls")),
    path("uitwisseling/", include("uitwisseling.urls")),
    path("zoeken/", include("zoeken.urls")),
    path("vraag-en-aanbod/", include("vraagaanbod.urls")),
    path("gemeenten/", include("gemeenten.urls")),
]

handler500 = "portal.views.server_error"
