"""The shared app's tables: the counters of the rate limits (portal/ratelimit.py) and the content versions
(portal/caching/versions.py)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.privacy import NOT_PERSONAL, Personal


class RateCounter(models.Model):
    """Attempts made within one window for one limit and one address (or one hashed e-mail address).

    A table of its own, not the cache: page traffic can never evict a counter, and one upsert counts exactly
    however many requests arrive at once. Written only by ratelimit.py, in SQL; read by nobody else.
    """

    privacy = Personal(
        fields={"key": _("uw IP-adres, of een code die wij maken van uw e-mailadres")},
        purpose=_(
            "Tellen hoe vaak vanaf één adres een formulier wordt verstuurd of een stemcode wordt geprobeerd. "
            "Zo kan niemand de website of iemands mailbox overspoelen."
        ),
        seen_by=_("Niemand. Alleen de website zelf telt ermee."),
        retention="rate_counter",
    )

    # Which limit and for whom: "ratelimit:<scope>:<address or hash>".
    key = models.TextField(_("sleutel"), primary_key=True)
    count = models.PositiveIntegerField(_("aantal pogingen"))
    # No index: the table holds one row per address active in the last hour, and an index on a column that
    # changes at every new window would make each such upsert write the index too.
    window_ends_at = models.DateTimeField(_("telt tot"))

    class Meta:
        verbose_name = _("telling tegen misbruik")
        verbose_name_plural = _("tellingen tegen misbruik")

    def __str__(self):
        return self.key


class ContentVersion(models.Model):
    """The current version of one content area (manifest, coöperaties, agenda, ...): a cached page names the
    versions of what it shows, and a change gives its area a new one.

    In PostgreSQL, not in the cache: a bump is one upsert in autocommit that holds the row for a moment only,
    so hundreds of registrations committing at once do not queue behind it (a database cache's set runs a
    count for culling, a select and an update in a transaction of its own). Written and read only by
    portal/caching/versions.py, in SQL.
    """

    privacy = NOT_PERSONAL

    area = models.CharField(_("onderdeel"), max_length=40, primary_key=True)
    # Random, not a counter: a store that outlived an emptied database can never match a new version.
    version = models.CharField(_("versie"), max_length=32)

    class Meta:
        verbose_name = _("versie van de inhoud")
        verbose_name_plural = _("versies van de inhoud")

    def __str__(self):
        return f"{self.area}: {self.version}"
