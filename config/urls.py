from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path

from portal import views
from portal.sitemaps import SITEMAPS

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("privacy/", views.PrivacyView.as_view(), name="privacy"),
    path("toegankelijkheid/", views.AccessibilityView.as_view(), name="accessibility"),
    path("robots.txt", views.RobotsView.as_view(), name="robots"),
    path("sitemap.xml", sitemap_views.sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
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
